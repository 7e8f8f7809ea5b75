"""MET_WITH in Arabic: "جمع X في لقاء (واحد) A وB" (session 55).

"وصل قاآني إلى بغداد، وجمع في لقاء واحد زعيم منظمة بدر A والأمين العام للنجباء B": the
verb جمع ("brought together") with the meeting noun in an aside between it and its objects;
the subject (named after the verb, else carried from the clause before) met A and B, and A
and B met each other (``gathered_in_meeting_ar``, from ``meetings._met_svo`` on the noun; the noun after the verb
``meeting_gathered_ar.joined_verb_after_ar`` reads the other order, "لقاء جمع A وB").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

AR_GATHERED = L._ar("جمع", "وجمع", "فجمع", "جمعت", "وجمعت")
# the adjectives of the meeting noun before its objects: "في لقاء واحد / مشترك / ثلاثي"
_AR_MEETING_ADJ = L._ar("واحد", "مشترك", "ثلاثي", "رباعي", "موسع", "مغلق", "خاص", "منفصل")


def gathered_at(sr: Any, t: int) -> bool:
    """Does the meeting noun at *t* follow "جمع (X) في"?"""
    if sr.key(t - 1) not in ("في", "فى"):
        return False
    return any(sr.f(v) & AR_GATHERED for v in range(max(sr.lo, t - 14), t - 1))


def gathered_in_meeting_ar(sr: Any, t: int) -> None:
    """Add the meetings of "جمع (X) في لقاء A وB" (module doc) for the noun at *t*."""
    v = next((v for v in range(t - 2, max(sr.lo, t - 14) - 1, -1) if sr.f(v) & AR_GATHERED),
             None)
    if v is None or any(sr.toks[x].punct for x in range(v, t)):
        return
    k = t + 1
    while k < sr.hi and sr.f(k) & _AR_MEETING_ADJ:
        k += 1
    first = sr.after(k, types=("Person",), maxgap=3)
    if first is None or any(sr.toks[x].punct for x in range(k, first.lo)):
        return
    members = sr.chain(first, ("Person",))
    subj = sr.after(v + 1, types=("Person",), maxgap=4)
    if subj is not None and subj.lo >= t:
        subj = None
    if subj is None:
        subj = sr._carried_subject(v)
    if sr.blocked(v):
        return
    people = ([subj] if subj is not None and subj not in members else []) + members
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            sr.add("MET_WITH", a.eid, b.eid, "gathered_in_meeting_ar")
