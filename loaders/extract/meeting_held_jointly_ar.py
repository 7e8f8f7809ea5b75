"""MET_WITH (Arabic, session 66): two or more people told as the joint subject of a holding verb
before the meeting noun held it together.

Gulf agencies open an official visit with the host and the guest as one subject of «عقد»:
«عقد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وفخامة الدكتور مسعود
بزشكيان رئيس الجمهورية الإسلامية الإيرانية، جلسة مباحثات رسمية بقصر لوسيل»، «عقد الرئيس A
ونظيره B اجتماعاً في أنقرة»، «أجرى الملك A والرئيس B محادثات». The people between the verb and
the noun, each after the first joined by و (a title of his own between, commas around it),
met each other. Not read: indirect talks («جولة محادثات غير مباشرة»: ``meeting_co_subjects
.talks_apart``), a delegation's members («أجرى وفد تركي يضم A وB مباحثات»: one
side), a partner after the noun («عقد A وB اجتماعاً مع C»: other rules),
one person only («عقد X اجتماعاً بحضور A وB»: ``meeting_convened_ar``), a negated or planned
verb.

The same verb with its partner after «مع» before the noun, «وعقد سموه مع فخامته جلسة مباحثات
رسمية»، «وكان الشيخ X قد عقد مع الرئيس Y جلسة مباحثات»، «عقد X مع نظيره Y اجتماعاً»: the subject
(after the verb, or right before it: «وكان سموه قد عقد») met the partner (:func:`held_with_ar`);
the noun must follow the partner (not «عقد X مع Y صفقة»).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_co_subjects import talks_apart
from loaders.extract.plural_refs import GROUP_PREFIX
from loaders.extract.rule_common import EMPTY, title_start

AR_HOLD_JOINTLY = L._ar("عقد", "وعقد", "أجرى", "وأجرى")
_NOUNS = L.AR_MEET_NOUNS | L._ar("جلسة", "اجتماعاً", "اجتماعا", "لقاءً", "لقاء", "قمة", "مباحثات",
                                 "محادثات")
_PARTNER = L._ar("مع", "بين", "معه", "معهما")
# a delegation the verb's subject, its members listed («أجرى وفد تركي يضم A وB مباحثات»)
_GROUP = L._ar("وفد", "الوفد", "وفدا", "يضم", "تضم", "ضم", "برئاسة", "يرأسه", "يتقدمه", "فريق")
_ENDS = (".", "؛", ";", "!", "؟", "?", ":")
_REACH = 40  # words from the verb to the noun (two long protocol titles)
_OFFICE_REACH = 14  # words from one subject's name to the next one's (his office between)
_W_TITLES = L.AR_W_TITLE_WORDS | L._ar("وزراء", "وزارة", "ولي", "والي", "وكيل")
register_triggers(AR_HOLD_JOINTLY, EMPTY)


def _noun_after(sr: Any, v: int) -> int | None:
    """The meeting noun after the verb at *v*: no clause end or partner word before it."""
    for x in range(v + 1, min(sr.hi, v + _REACH)):
        if sr.toks[x].text in _ENDS or sr.f(x) & _PARTNER:
            return None
        if sr.f(x) & _NOUNS and not any(a.lo <= x < a.hi for a in sr.args):
            return x
    return None


def _joined(sr: Any, end: int, b: Any) -> bool:
    """Is *b* joined by و to the person whose words end at *end*: the first و-word after
    *end* (past his office and a comma: «... أمير البلاد، والرئيس B»، «، وفخامة الدكتور B»،
    «ونظيره B»; not a title word such as «وزير») opens *b*'s honorific, title or name (at most
    four words before it), and no clause end comes before *b*?"""
    start = title_start(b)
    if start - end > _OFFICE_REACH or any(sr.toks[y].text in _ENDS for y in range(end, b.lo)):
        return False
    for x in range(end, start + 1):
        k = sr.key(x)
        if k.startswith("و") and len(k) > 2 and k not in _W_TITLES:
            return start - x <= 4
    return False


def held_jointly_ar(sr: Any) -> None:
    """Pair the joint subjects of a holding verb (module doc)."""
    for v in sr.triggers(AR_HOLD_JOINTLY, EMPTY):
        n = _noun_after(sr, v)
        if n is None or n + 1 < sr.hi and sr.f(n + 1) & _PARTNER or \
                n + 2 < sr.hi and sr.f(n + 2) & _PARTNER:
            continue  # («عقد A وB اجتماعاً مع C»)
        subjects = [m for m in sr.args if m.etype == "Person" and v < title_start(m) and
                    m.hi <= n and not m.in_title and not m.eid.startswith(GROUP_PREFIX)]
        people: list[Any] = []
        end = v
        for m in subjects:
            if people and m.eid == people[-1].eid:
                end = m.hi  # (his own office after his name: «... آل ثاني أمير البلاد»)
                continue
            if people and not _joined(sr, end, m):
                people = []
                break
            people.append(m)
            end = m.hi
        if len({m.eid for m in people}) < 2 or sr.blocked(v, people[0]) or sr.hypothetical(v) \
                or talks_apart(sr):  # («جولة محادثات غير مباشرة»: no one table)
            continue
        if any(sr.f(x) & _GROUP for x in range(v + 1, title_start(people[0]))):
            continue  # a delegation's members: one side
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if a.eid != b.eid:
                    sr.add("MET_WITH", a.eid, b.eid, "held_jointly_ar")


_AUX = L._ar("قد", "وقد", "كان", "وكان")
_AFTER_PARTNER = 10  # words from the partner (his office after his name) to the meeting noun


def held_with_ar(sr: Any) -> None:
    """Pair the subject of «عقد ... مع Y <meeting noun>» with Y (module doc)."""
    for v in sr.triggers(AR_HOLD_JOINTLY, EMPTY):
        w = next((x for x in range(v + 1, min(sr.hi, v + _REACH))
                  if sr.f(x) & _PARTNER or sr.toks[x].text in _ENDS), None)
        if w is None or sr.toks[w].text in _ENDS or sr.key(w) != "مع":
            continue
        subjects = [m for m in sr.args if m.etype == "Person" and v < m.lo and m.hi <= w and
                    not m.in_title and not m.eid.startswith(GROUP_PREFIX)]
        if not subjects:
            b = sr.before(v, types=("Person",), maxgap=3)
            if b is None or any(not sr.f(x) & _AUX for x in range(b.hi, v)):
                continue
            subjects = [b]
        partner = next((m for m in sr.args if m.etype == "Person" and m.lo > w and
                        title_start(m) - w <= 4), None)
        if partner is None or any(sr.toks[x].punct for x in range(w + 1, partner.lo)):
            continue
        end = partner.hi
        for m in sr.args:  # (his office after his name: the same man)
            if m.lo == end and m.eid == partner.eid:
                end = m.hi
        n = next((x for x in range(end, min(sr.hi, end + _AFTER_PARTNER))
                  if sr.f(x) & _NOUNS or sr.toks[x].text in _ENDS or sr.mention_at.get(x)), None)
        if n is None or not sr.f(n) & _NOUNS or n in sr.mention_at:
            continue
        if sr.blocked(v, subjects[0]) or sr.hypothetical(v):
            continue
        for a in subjects:
            if a.eid != partner.eid:
                sr.add("MET_WITH", a.eid, partner.eid, "held_with_ar")
