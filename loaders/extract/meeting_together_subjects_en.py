"""MET_WITH (session 71, attendees71): a subject list, a "together with" aside, a meeting verb.

"A and Defence Minister B, together with their Turkish counterparts C and D, met X (and Y)":
one side of four people met X and Y, so every two of A, B, C, D and each of them with X and Y
met (the brief: every named participant of one meeting). ``meeting_present_more._together_with``
reads "S, together with A, met Y" from S alone; this reading adds the people joined to S
before it ("A and B" / "A, B and S") and, when the meeting rules took the aside's people
for the verb's subject instead of S ("..., together with C and D, met X": C-X, D-X), the
partners those people got. The aside sits between the list and a meeting verb (the caller's
check); the list must not be an object ("X met A and B, together with C, ...": a meeting
verb, "with", "by" or "to" before its first member), nor hold kin.

The Arabic verb-first form, «والتقى A وB، برفقة C وD، X», is read in
``meeting_companions_aside_ar``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import pair_all, title_start

_BEFORE_OBJECT = L.EN_MEET | {"with", "by", "to", "and", "of", "for", "from"}
_REACH = 24  # tokens back from S to the list's first member


def subject_list_en(sr: Any, subj: Any) -> list:
    """The people joined to *subj* before it by "and" / commas, *subj* last ([subj] when none)."""
    best = [subj]
    for m in sr.args:
        if m.etype != "Person" or m.hi > subj.lo or m is subj or subj.lo - m.hi > _REACH:
            continue
        members = sr.chain(m, ("Person",))
        if any(c is subj for c in members):
            best = members[:next(i for i, c in enumerate(members) if c is subj) + 1]
            break  # (args in text order: the earliest list reaching S)
    if len(best) < 2:
        return best
    from loaders.extract.chains import _EN_KIN  # (here: chains imports the meeting phrases)
    first = title_start(best[0])
    if first > sr.lo and sr.key(first - 1) in _BEFORE_OBJECT:
        return [subj]
    if any(sr.key(x) in _EN_KIN for x in range(best[0].hi, subj.lo)):
        return [subj]
    return best


def together_subjects_en(sr: Any, subj: Any, people: list) -> bool:
    """Pair the subject list of *subj*, the aside's *people* and the partners of either
    (module doc); False when nobody of them has a partner yet."""
    side = subject_list_en(sr, subj)
    ids = {m.eid for m in side} | {m.eid for m in people}
    met: set[str] = set()
    for r in sr.out:
        if r.type != "MET_WITH":
            continue
        if r.source in ids and r.target not in ids:
            met.add(r.target)
        elif r.target in ids and r.source not in ids:
            met.add(r.source)
    if not met:
        return False
    pair_all(sr, side + people, met, "attended_meeting_together_en")
    return True
