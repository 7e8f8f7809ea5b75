"""MET_WITH, Arabic (session 31, meetar): an oath sworn before a person is a meeting in person.

"أدى X اليمين الدستورية أمام Y" (X took the oath before Y): X met Y, as the annotators read
every such sentence of session 30's writers (a new prime minister, minister, judge or
intelligence chief sworn in before the head of state). The subject is the person right after
the verb (a title allowed) or the one named before "(قد) أدى" ("وكان X قد أدى اليمين"); the
oath word (اليمين / القسم) comes within twelve words after the verb (a date and a place may
stand between, "أدى X، اليوم الأحد، اليمين"), then "أمام" within ten words and the person right
after it (a title allowed). Those present at the oath ("بحضور Z") are read by the attendee
rules from this pair. Since session 38 a long title, a rank or an honorific may stand before
either name ("أدى حاكم مصرف لبنان الجديد X"، "أدى الأستاذ X"، "أمام رئيس الجمهورية العماد Y"،
"أمام فخامة الرئيس الدكتور Y": ``_titled_after``, up to twelve words, not past a comma, a
clause word, a preposition or the oath word).

Session 69 (blind69b): two or more sworn together, joined by و after the verb ("وأدى الفريق
أول X والفريق Y اليمين أمام الرئيس Z"، "أدى وزير الخارجية X ووزير الدفاع Y اليمين"): each met
Z, and they met each other, at one ceremony (``meeting_comprised_ar.listed_ar``); an attendee
("بحضور W") then meets each of them too. Session 72: the list ends at the oath word: "أدى رئيس
الوزراء X وأعضاء حكومته اليمين الدستورية أمام الملك Y" (the cabinet unnamed) is X's oath before Y,
not Y's too.

    ar: "أدى الوزير الجديد سالم الحمدان اليمين القانونية أمام الرئيس كريم العباسي" -> MET_WITH
    en: (English writes "sworn in before Y": ``meeten``'s, not read here)

Not read: an oath before a body ("أمام البرلمان"، "أمام مجلس الشورى": no person right after
أمام), a planned oath ("سيؤدي"، "يؤدي": the verb is past only), a negated one (the blockers
of the meeting rules), "أمام" before another clause ("أمام تحديات").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_comprised_ar import listed_ar
from loaders.extract.rule_common import EMPTY, person_at, title_start

AR_SWORE = L._ar("أدى", "وأدى", "أدت", "وأدت", "ادى", "وادى")
register_triggers(AR_SWORE, EMPTY)
_AR_OATH = L._ar("اليمين", "القسم")
_AR_BEFORE = L._ar("أمام")
_AR_QAD = L._ar("قد", "لقد")
_AR_NEG = L._ar("لم", "ولم", "لن", "ولن", "ما", "وما")
_TITLE_SPAN = 12
# words that end a title: a clause or a preposition ("أمام البرلمان الذي يرأسه Y")
_AR_NOT_TITLE = L._ar("الذي", "التي", "في", "من", "على", "عن", "مع", "عهد", "بعد", "قبل", "حيث",
                      "أمام", "اليمين", "القسم",  # (no subject past the oath: "X قد أدى اليمين")
                      # a succession cue: "أمام البرهان خلفاً لـY" is no title of Y (s56)
                      "خلفا", "خلفاً", "بدلا", "بدلاً", "محل")
_STOP = frozenset({".", "؛", ";", ":", "؟", "!"})


def _sworn_subject(sr: Any, v: int) -> Any:
    """The person who swore by the verb at *v*: right after it (a title allowed), else named
    right before "(قد) أدى"; else None."""
    m = person_at(sr, v + 1) or _titled_after(sr, v + 1)
    if m is not None:
        return m
    w = v - 1 if sr.key(v - 1) in _AR_QAD else v
    m = sr.mention_at.get(w - 1)
    return m if m is not None and m.etype == "Person" and m.hi == w else None


def _after_word(sr: Any, start: int, words: frozenset[str], span: int) -> int | None:
    """The first token from *start* within *span* words with a form in *words*, no sentence
    stop before it; else None."""
    for x in range(start, min(sr.hi, start + span)):
        if sr.toks[x].text in _STOP:
            return None
        if sr.key(x) in words:  # (the plain key: no forms made for the words passed)
            return x
    return None


def _titled_after(sr: Any, k: int) -> Any:
    """The person whose long title or honorific starts at *k* ("أمام رئيس الجمهورية العماد
    Y"، "أمام فخامة الرئيس الدكتور Y"، "أدى حاكم مصرف لبنان الجديد X"، "أدى الأستاذ X"): the first
    person named within twelve words, with no punctuation, clause word, preposition or oath
    word between (session 38); else None."""
    for m in sr.args:
        if m.lo < k or m.in_title:
            continue
        if m.lo - k > _TITLE_SPAN:
            return None
        if m.etype != "Person":
            continue  # a body or a place inside the title ("رئيس مجلس السيادة")
        if any(sr.toks[y].punct or sr.key(y) in _AR_NOT_TITLE for y in range(k, m.lo)) or \
                m.lo > k and m.prefix.lstrip("وف")[:1] in ("ل", "ب"):
            return None  # (a name governed by لـ / بـ is no titled person: "... لدفع الله")
        return m
    return None


def _negated(sr: Any, v: int, subj: Any) -> bool:
    """A negation within three words before the verb or its subject told first ("ولم يكن X
    قد أدى"), or the blockers of the meeting rules at the verb."""
    lo = min(v, title_start(subj))
    return any(sr.key(x) in _AR_NEG for x in range(max(sr.lo, lo - 3), lo)) or \
        sr.blocked(v, subj)


def oath_before_ar(sr: Any) -> None:
    """Pair the one who swore the oath with the person he swore it before (module doc)."""
    for v in sr.triggers(AR_SWORE, EMPTY):
        subj = _sworn_subject(sr, v)
        if subj is None:
            continue
        sworn = listed_ar(sr, subj) if subj.lo > v else [subj]  # "أدى X وY اليمين"
        if len(sworn) > 1:  # (not the one sworn before, past the oath word: "أدى X وأعضاء
            first_oath = _after_word(sr, subj.hi, _AR_OATH, 12)  # حكومته اليمين أمام Y"; s72)
            if first_oath is not None:
                sworn = [m for m in sworn if m.lo < first_oath]
        start = sworn[-1].hi if subj.lo > v else v + 1
        oath = _after_word(sr, start, _AR_OATH, 12)
        if oath is None:
            continue
        before = _after_word(sr, oath + 1, _AR_BEFORE, 10)
        if before is None:
            continue
        partner = person_at(sr, before + 1) or _titled_after(sr, before + 1)
        if partner is None or partner.eid == subj.eid or _negated(sr, v, subj):
            continue
        for i, one in enumerate(sworn):
            if one.eid != partner.eid:
                sr.add("MET_WITH", one.eid, partner.eid, "oath_before_ar")
            for other in sworn[i + 1:]:
                sr.add("MET_WITH", one.eid, other.eid, "oath_together_ar")
