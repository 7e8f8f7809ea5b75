"""MET_WITH: people named in a meeting sentence who were NOT met, whatever rule paired them.

Run once per sentence after every meeting rule (``relations.SentenceRules.run``), each check
only on a sentence holding its cue word, so other sentences pay one dictionary look-up:

- a meeting noun whose status comes after it: "a meeting with X did not take place", "A
  meeting between X and Y, requested by Z, was not on the agenda", "talks with X were
  postponed"; "اللقاء مع X أُرجئ", "لقاء مع X لم يُعقد" (a status BEFORE the noun, "أُرجئ
  الاجتماع", "sought a meeting", is read by ``meetings_ar._planned_noun`` and
  ``meetings_en.unreal_meeting_en``);
- the one whose envoy, son or letter came, in Arabic: "استقبل X مبعوثَ الرئيس التركي Y" (the
  envoy was met, not Y; the English "envoy of Y" is ``meetings_en.proxy_partner_en``), "تسلّم
  X رسالة (خطية) من Y", "ونقل إليه رسالة من Y";
- someone only present: "استقبل X الوفدَ بحضور Y" / "in the presence of Y" (then paired with
  the meeting's other side: ``meeting_sides_en.present_partners``; Arabic, session 19,
  ``meeting_attended_ar.present_ar``);
- someone whose death or funeral dates the meeting (session 14): "التقى X Y، في أول جولة له
  بعد مقتل الوزير Z", "X met Y a week after the killing of Z" (Z met nobody).

A person named only in such a place loses the MET_WITH pairs of this sentence; a person also
named elsewhere in the sentence keeps those with the people met there ("X met Y, but a meeting
with Z did not take place": X-Y stays, nothing with Z).
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.guarded_title import AR_HEAD_ROLES
from loaders.extract.meeting_aide_of import CUE_SETS as _AIDE_CUES
from loaders.extract.meeting_aide_of import aides_not_heads
from loaders.extract.meeting_coordination import CUE_SETS as _AND_CUES
from loaders.extract.meeting_coordination import second_predicate_subject_ar
from loaders.extract.meeting_denied import CUE_SETS as _DENIED_CUES
from loaders.extract.meeting_denied import denied_meetings
from loaders.extract.meeting_ruled_out import CUE_SETS as _RULED_OUT_CUES
from loaders.extract.meeting_ruled_out import ruled_out_meetings
from loaders.extract.meeting_side_subjects import CUE_SETS as _SIDE_CUES
from loaders.extract.meeting_side_subjects import side_clause_subjects
from loaders.extract.meeting_sides_en import present_en, present_partners
from loaders.extract.meeting_speaker import CUE_SETS as _SPEAKER_CUES
from loaders.extract.meeting_speaker import reported_meeting_pairs
from loaders.extract.meeting_venue_owner_ar import CUE_SETS as _VENUE_CUES
from loaders.extract.meeting_venue_owner_ar import venue_owners_ar
from loaders.extract.mention_core import QUOTES
from loaders.extract.rule_common import EMPTY, title_start, word_back_in_clause

# ---- cue words (each set registered, so a sentence's present_sets tells which check applies)
_EN_STATUS = frozenset({"place", "agenda", "materialise", "materialize", "materialised",
                        "materialized", "happen", "happened", "occur", "occurred", "ahead",
                        "postponed", "cancelled", "canceled", "scrapped", "shelved",
                        "called", "fell", "aborted", "deferred", "delayed", "confirmed",
                        "planned", "scheduled", "arranged", "yet",
                        "put"})  # "has been put off" (session 72)
_EN_NOT = L.en_keys("not", "never", "didn't", "wasn't", "weren't", "hasn't", "hadn't",
                    "haven't", "isn't", "doesn't", "don't")
_EN_AFTER_NOT = frozenset({"take", "took", "place", "happen", "happened", "materialise",
                           "materialize", "materialised", "materialized", "occur", "occurred",
                           "go", "went", "held", "on", "agenda", "confirmed",
                           # "a meeting with X, floated by aides, was not planned / arranged"
                           "planned", "scheduled", "arranged", "expected", "sought"})
_EN_CALLED_OFF = frozenset({"postponed", "cancelled", "canceled", "scrapped", "shelved",
                            "aborted", "deferred", "delayed"})
_EN_BE = frozenset({"was", "were", "is", "are", "been", "be", "got"})
_EN_STOP = frozenset({".", ";", "but", "while", "whereas", "although", "though"})
_EN_BUT = frozenset({"but", "though", "although"})
_EN_PLANNED = frozenset({"planned", "scheduled", "arranged", "expected", "slated", "due",
                         "announced", "agreed", "mooted", "proposed"})
_EN_PRESENCE = frozenset({"presence"})

_AR_CALLED_OFF = L._ar("أرجئ", "ارجئ", "أرجئت", "أجل", "أجلت", "تأجل", "تأجلت", "ألغي",
                       "ألغيت", "تعذر", "تعثر", "فشل", "أُلغي", "أُرجئ")
_AR_NOT_HELD = L._ar("يعقد", "تعقد", "ينعقد", "تنعقد", "يتم", "تتم", "يحصل", "يحدث", "يجر",
                     "يتحقق")
_AR_NOT = L._ar("لم", "لن")
_AR_PLANNED = L._ar("مقرر", "مقررا", "مقرراً", "المقرر", "مرتقب", "مرتقبا", "مرتقباً", "متوقع",
                    "متوقعا", "متوقعاً", "مزمع", "مزمعا", "مزمعاً")
_AR_BUT = L._ar("لكنه", "ولكنه", "لكن", "ولكن", "لكنها", "ولكنها", "غير", "إلا", "الا")
# the cancelling verb or noun before the meeting noun: «أُلغيت الجولة ... بين X وY», «إلغاء
# اللقاء بين X وY» (session 63)
_AR_CANCEL_BEFORE = _AR_CALLED_OFF | L._ar("إلغاء", "الغاء", "ألغت", "ألغى", "تأجيل", "إرجاء",
                                           "ارجاء", "أرجأ", "أرجأت")  # (active: session 66)
_AR_STATUS = _AR_NOT_HELD | _AR_CANCEL_BEFORE  # (_AR_CANCEL_BEFORE holds _AR_CALLED_OFF)
# (session 47) whose family is received ("استقبل خامنئي عائلة سليماني", "ذوي الشهيد X"): not
# the man; these may govern his name across definite words ("أسرة الشهيد القائد X"). Not ابنة /
# والدة ...: folded they are ابنه / والده, "his son / father" before the man's own name
_AR_KIN = ("عائلة", "أسرة", "عوائل", "أسر", "ذوي", "ذوو", "أهالي", "أرملة", "والد", "أقارب",
           "أشقاء", "أبناء", "أنجال")
_AR_KIN_SET = L._ar(*_AR_KIN)
_AR_PROXY = L._ar("مبعوث", "المبعوث", "مبعوثة", "المبعوثة", "موفد", "الموفد", "موفدة",
                  "نجل", "شقيق", "شقيقة", "زوجة", "رسالة", "الرسالة", "رسائل", "برقية",
                  *_AR_KIN)
_AR_PROXY_ADJ = L._ar("الخاص", "الخاصة", "الشخصي", "الشخصية", "خطية", "الخطية", "شفهية",
                      "الشفهية", "شفوية", "مكتوبة", "خاصة")
_AR_LETTERS = L._ar("رسالة", "الرسالة", "رسائل", "الرسائل", "برقية", "تحيات")
_AR_PRESENCE = L._ar("حضور", "بحضور", "وبحضور")
_AR_DEATH = L._ar("مقتل", "اغتيال", "وفاة", "استشهاد", "رحيل", "مصرع", "تصفية", "تشييع",
                  "جنازة")
_EN_DEATH = frozenset({"death", "killing", "assassination", "murder", "funeral"})
_AR_POSTED = L._ar("في", "الى", "إلى", "لدى")
_AR_STOP = (".", "؛", "،", ";", ",")

for _ar, _en in ((_AR_STATUS, _EN_STATUS), (_AR_PROXY, EMPTY), (_AR_PRESENCE, _EN_PRESENCE),
                 (_AR_DEATH, _EN_DEATH)):
    register_triggers(_ar, _en)
# the cue sets of :func:`unmet_partners` (relations.run calls it only when one is present)
CUE_SETS = frozenset({_AR_STATUS, _EN_STATUS, _AR_PROXY, _AR_PRESENCE, _EN_PRESENCE,
                      _AR_DEATH, _EN_DEATH}) | \
    _SPEAKER_CUES | _AND_CUES | _SIDE_CUES | _AIDE_CUES | _DENIED_CUES | _RULED_OUT_CUES | _VENUE_CUES


_TYPE = attrgetter("type")  # (a relation's type, read without a Python call)


# ---- a meeting noun whose status comes after it --------------------------------------------
_S12_CUES = _SPEAKER_CUES | _AND_CUES | _SIDE_CUES


def _session12_checks(sr: Any, cues: Any) -> None:
    """The session-12 checks whose cue words the sentence holds (their modules' docs)."""
    if not _SPEAKER_CUES.isdisjoint(cues):
        reported_meeting_pairs(sr)  # "وأضاف X أن الوفد التقى Y": not X (meeting_speaker.py)
    ar = sr.toks[sr.lo].ar
    if ar and not _AND_CUES.isdisjoint(cues):
        second_predicate_subject_ar(sr)  # "التقى A وB، ...، والتقى أيضاً Z": not A-Z (coordination)
    if not _SIDE_CUES.isdisjoint(cues):
        side_clause_subjects(sr)  # "استقبل X Y، الذي التقى Z", ", as did Z" (meeting_side_subjects)


def _unheld_en(sr: Any, k: int) -> int:
    """End of the span of a meeting noun at *k* that the clause says did not take place
    ("a meeting with X did not take place", "..., was not on the agenda", "talks with X were
    postponed"), else -1."""
    toks = sr.toks
    end = min(sr.hi, k + 30)  # (an apposition, a place: "between X and the leader of Z, Y, in P")
    y = k
    while y + 1 < end:
        y += 1
        ky = toks[y].key
        if ky == "." and y < sr.hi - 1:
            continue  # no sentence end: "Mr. X", "President George W. Bush"
        if ky == "," and sr.key(y + 1) in ("which", "who") and end < sr.hi:
            c = next((z for z in range(y + 2, min(sr.hi, y + 24)) if toks[z].text in (
                ",", ";", ".")), -1)
            if c > 0 and toks[c].text == ",":  # ", which aides had floated for ..., was not"
                end = min(sr.hi, end + c - y)
                y = c
                continue
        if ky in _EN_STOP:
            if ky in _EN_BUT and _planned_before(sr, y):
                end = max(end, min(sr.hi, y + 7))  # "had been planned but did not take place"
                continue
            return -1
        if ky in _EN_NOT or ky.endswith("n't"):
            if any(sr.key(z) in _EN_AFTER_NOT for z in range(y + 1, min(sr.hi, y + 4))):
                return y
            return -1  # some other negated verb: not the noun's status
        if ky in _EN_CALLED_OFF and sr.key(y - 1) in _EN_BE:
            return y
        if ky == "yet" and sr.key(y + 1) == "to" and any(
                sr.key(z) in _EN_AFTER_NOT for z in range(y + 2, min(sr.hi, y + 5))):
            return y  # "has / is yet to take place / be held / materialise": not yet held
        if ky in ("called", "put") and sr.key(y + 1) == "off" and sr.key(y - 1) in _EN_BE:
            return y  # "was called off", "has been put off" (session 72)
        if ky == "fell" and sr.key(y + 1) == "through":
            return y
    return -1


def _planned_before(sr: Any, y: int) -> bool:
    """A planning word in the five words before "but" at *y*: "(had been) planned / scheduled
    for Monday but never happened" (the meeting noun is the subject of both predicates)."""
    return any(sr.key(z) in _EN_PLANNED for z in range(max(sr.lo, y - 5), y))


def _called_off_before_ar(sr: Any, k: int) -> bool:
    """A cancelling or postponing word at most six words before the Arabic meeting noun at
    *k*, with no punctuation between (quote marks aside, not counted): «وأُلغيت الجولة السادسة من
    المحادثات بين X وY»، «أعلنت مسقط إلغاء الجولة ... بين X وY»، «تأجيل اللقاء بين X وY»، «أرجأ
    رئيس "اللقاء الديموقراطي" النائب X لقاءً كان مقرراً مع Y» (session 66)."""
    return word_back_in_clause(sr, k, _AR_CANCEL_BEFORE, 6, QUOTES) is not None


def _unheld_ar(sr: Any, k: int) -> int:
    """The same for Arabic: "اللقاء مع X «أُرجئ»", "لقاء مع X لم يُعقد"."""
    toks = sr.toks
    planned = False
    for y in range(k + 1, min(sr.hi, k + 26)):
        if toks[y].text in _AR_STOP:
            nxt = sr.key(y + 1)
            if toks[y].text in ("،", ",") and (nxt in _AR_BUT and planned or nxt == "في" or
                                              nxt in _AR_PLANNED or nxt in L.AR_KANA and
                                              sr.key(y + 2) in _AR_PLANNED):
                continue  # "لقاء بين X وY، في P، كان مقرراً، لكنه لم يُعقد"
            return -1
        fs = sr.f(y)
        planned = planned or toks[y].key in _AR_PLANNED
        if fs & _AR_CALLED_OFF:
            return y
        if fs & _AR_NOT_HELD and sr.key(y - 1) in _AR_NOT:
            return y
    return -1


def _unheld_spans(sr: Any) -> list[tuple[int, int]]:
    spans = []
    for k in sr.triggers(L.AR_MEET_NOUNS, L.EN_MEET_NOUNS):
        if sr.toks[k].ar:
            end = _unheld_ar(sr, k)
            if end < 0 and _called_off_before_ar(sr, k):
                end = next((y for y in range(k + 1, sr.hi) if sr.toks[y].text in _AR_STOP),
                           sr.hi)
        else:
            if sr.key(k + 1) not in ("with", "between", "of"):
                continue  # "the talks did not ...": no partner named in the noun phrase
            end = _unheld_en(sr, k)
        if end > 0:
            spans.append((k + 1, end))
    return spans


# ---- whose envoy / letter: the name after "مبعوث" / "رسالة من" ------------------------------
def _proxied_ar(sr: Any, m: Any) -> bool:
    """Is *m* named as the one whose envoy / son / letter is meant: "مبعوثَ الرئيس التركي Y",
    "المبعوث الخاص للرئيس Y", "رسالة (خطية) من Y", "نجل Y"?"""
    s = title_start(m)
    y = s - 1
    if y < sr.lo:
        return False
    if sr.key(y) == "من" or m.prefix.lstrip("وف") == "من":  # "رسالة (خطية) من Y"
        y = y - 1 if sr.key(y) == "من" else y
        if y >= sr.lo and sr.f(y) & _AR_PROXY_ADJ:
            y -= 1
        return y >= sr.lo and bool(sr.f(y) & _AR_LETTERS)
    if sr.f(y) & _AR_PROXY_ADJ:
        y -= 1
    k = y  # kin across up to two definite words: "ذوي الشهيد القائد X"
    while k > max(sr.lo, y - 2) and sr.key(k).startswith("ال") and not sr.f(k) & _AR_PROXY:
        k -= 1
    if k < y and k >= sr.lo and sr.key(k) in _AR_KIN_SET:
        return True
    if y < sr.lo or not sr.f(y) & _AR_PROXY:
        return False
    # "المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن Y": a posting in the title makes Y
    # the envoy himself (whoever sends him is named without one); so does the gazetteer
    # knowing Y as an envoy (session 50: "... للأمم المتحدة هانس غروندبرغ")
    if any(sr.key(x) in _AR_POSTED for x in range(s, m.lo)):
        return False
    entry = sr.doc.gaz.entries.get(m.eid)
    if entry is not None and _holds_no_head_title(sr, entry, s, m.lo):
        return False  # "مبعوث أمير قطر محمد الخليفي": the envoy, not an emir (session 52)
    return entry is None or not any("envoy" in t or "representative" in t
                                    for t in (*entry.titles, (entry.description or "").lower()))
    # (an envoy the description tells: "President Macron's envoy to Lebanon", session 63)


_AR_PRESIDENT = L._ar("رئيس", "الرئيس")


def _holds_no_head_title(sr: Any, entry: Any, lo: int, hi: int) -> bool:
    """Does the title at lo..hi open with a head of state's title ("أمير قطر") that the
    known person named after it does not hold (by his gazetteer entry)? Then the name is the
    envoy's own, not his principal's."""
    role = AR_HEAD_ROLES.get(sr.key(lo))
    if role is None or sr.key(lo) in _AR_PRESIDENT and lo + 1 < hi and \
            sr.key(lo + 1) in L.AR_COMMON_NOUNS:
        return False  # ("رئيس الوزراء", "رئيس الحكومة": another head; not read here)
    held = " ".join([entry.description or "", *entry.titles]).lower()
    return bool(held.strip()) and role not in held  # (an entry that says nothing: no answer)


_PRESENT_READ = frozenset({"presence_at_signing_en", "presence_at_signing_ar"})


def unmet_partners(sr: Any) -> None:
    """Drop this sentence's MET_WITH pairs with someone named only where no meeting with him
    is stated (module doc)."""
    if "MET_WITH" not in map(_TYPE, sr.out):
        return  # (every check below only drops MET_WITH pairs)
    cues = sr.present_sets
    if not _S12_CUES.isdisjoint(cues):
        _session12_checks(sr, cues)
    if not _AIDE_CUES.isdisjoint(cues):
        aides_not_heads(sr)  # "met the adviser to Prime Minister Y": not Y (meeting_aide_of)
    if not _DENIED_CUES.isdisjoint(cues):
        denied_meetings(sr)  # "التقى X Y، وهو ما نفته الحركة" (meeting_denied)
        if "MET_WITH" not in map(_TYPE, sr.out):
            return
    if not _RULED_OUT_CUES.isdisjoint(cues):
        ruled_out_meetings(sr)  # "ruled out any meeting with Y" (meeting_ruled_out)
        if "MET_WITH" not in map(_TYPE, sr.out):
            return
    if not _VENUE_CUES.isdisjoint(cues):
        venue_owners_ar(sr)  # "في مقر الهيئة": not the body (meeting_venue_owner_ar)
        if "MET_WITH" not in map(_TYPE, sr.out):
            return
    status = (_AR_STATUS in cues or _EN_STATUS in cues)
    proxy = _AR_PROXY in cues
    presence = _AR_PRESENCE in cues or _EN_PRESENCE in cues
    death = _AR_DEATH in cues or _EN_DEATH in cues
    if not (status or proxy or presence or death):
        return
    if "MET_WITH" not in map(_TYPE, sr.out):
        return
    people = [m for m in sr.args if m.etype in ("Person", "Organization") and m.kind != "ref"]
    spans = _unheld_spans(sr) if status else []
    unmet: set[int] = set()  # id() of the mentions named where nobody met them
    for m in people:
        if any(a <= m.lo < b for a, b in spans):
            unmet.add(id(m))
        elif proxy and m.etype == "Person" and _proxied_ar(sr, m):
            unmet.add(id(m))
        elif presence and (_present_only(sr, m) or not sr.toks[sr.lo].ar and present_en(sr, m)):
            unmet.add(id(m))
        elif death and m.etype == "Person" and _dead_only(sr, m):
            unmet.add(id(m))
    if not unmet:
        return
    met = {m.eid for m in people if id(m) not in unmet}
    drop = {m.eid for m in people if id(m) in unmet} - met
    inner = {m.eid for m in people if id(m) in unmet}
    if not inner:
        return
    sr.out[:] = [r for r in sr.out if not (r.type == "MET_WITH" and (
        r.source in drop or r.target in drop or (r.source in inner and r.target in inner and
                                                 _same_span(sr, spans, r))) and
        r.rule not in _PRESENT_READ)]  # (the people present at a signing, read as such)
    if presence and not sr.toks[sr.lo].ar:  # "in the presence of C": C met the other side
        present_partners(sr, [m for m in people if m.eid in drop and (
            _present_only(sr, m) or present_en(sr, m))])  # (Arabic "بحضور C":
        # meeting_attended_ar.present_ar)


def _same_span(sr: Any, spans: list[tuple[int, int]], r: Any) -> bool:
    """Are both members of *r* named in one span of a meeting that did not take place ("a
    meeting between X and Y ... was not on the agenda", X also named elsewhere)?"""
    for a, b in spans:
        ids = {m.eid for m in sr.args if a <= m.lo < b}
        if r.source in ids and r.target in ids:
            return True
    return False


def _present_only(sr: Any, m: Any) -> bool:
    """"بحضور (وزير الخارجية) Y" / "in the presence of (Minister) Y" (and the list after it)."""
    s = title_start(m)
    if m.prefix.lstrip("و") in ("بحضور",) or sr.f(s - 1) & _AR_PRESENCE:
        return True
    if sr.key(s - 1) == "of" and sr.key(s - 2) == "presence":
        return True
    # a list member after the first one: "بحضور Y وZ"
    prev = [o for o in sr.args if o.hi <= s and s - o.hi <= 1 and o is not m]
    if prev and (m.prefix.startswith("و") or sr.key(s).startswith("وال") or
                 sr.key(s - 1) in ("و", "and", ",")):
        return _present_only(sr, prev[-1])
    return False


def _definite_ar(key: str) -> bool:
    """Does the folded Arabic word carry the article (after و/ف and ب/ك/ل)? Then it is no
    construct head of the name after it ("التشييع X" is not "the funeral of X")."""
    k = key[1:] if key[:1] in ("و", "ف") else key
    return k.startswith(("ال", "بال", "كال", "لل"))


def _dead_only(sr: Any, m: Any) -> bool:
    """"بعد مقتل (الوزير) Z" / "after the death of (Minister) Z" (and the list after it):
    the one whose death or funeral is named."""
    s = title_start(m)
    if sr.f(s - 1) & _AR_DEATH and sr.toks[s - 1].ar and not _definite_ar(sr.key(s - 1)):
        return True  # (not "على هامش التشييع X": a noun with the article heads no X)
    if sr.key(s - 1) == "of" and sr.key(s - 2) in _EN_DEATH:
        return True
    prev = [o for o in sr.args if o.hi <= s and s - o.hi <= 1 and o is not m]
    if not prev:
        return False
    joined = m.prefix.startswith("و") or sr.key(s - 1) in ("و", "and")
    # "after the deaths of X, Y and Z": a comma joins a list only where the list goes on
    # ("After the funeral of X, Y met Z": Y, followed by his verb, is the subject)
    listed = sr.key(s - 1) == "," and sr.key(m.hi) in (",", "and", "و")
    return (joined or listed) and prev[-1].etype == "Person" and _dead_only(sr, prev[-1])
