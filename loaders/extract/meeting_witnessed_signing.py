"""MET_WITH: leaders who witnessed a signing together (session 51).

"Egyptian President X and Greek Prime Minister Y witnessed / oversaw the signing of several
agreements", «وشهد الرئيس X ورئيس الوزراء اليوناني Y توقيع عدد من الاتفاقيات»: the people
of the subject list sat at one ceremony, so every two of them met. Only a list of two or more
named people (a single witness is told with the signers by ``meeting_ceremony_en``); not a
plan or negation, nor a remote ceremony ("by video link").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_press import (
    each_pair_met,
    people_before_verb_en,
    remote_en,
)

EN_WITNESSED = frozenset({"witnessed", "oversaw", "witness", "oversee"})
AR_WITNESSED = L._ar("شهد", "وشهد", "شهدا", "وشهدا")
register_triggers(AR_WITNESSED, frozenset())
_EN_DET = frozenset({"the", "a"})
AR_SIGNING = L._ar("توقيع", "التوقيع", "مراسم", "مراسيم")  # the signing (ceremony) witnessed


def witnessed_signing_en(sr: Any) -> None:
    """"X and Y witnessed / oversaw the signing of ...": X met Y."""
    for t in sr.triggers(frozenset(), EN_WITNESSED):
        y = t + 1 if sr.key(t + 1) in _EN_DET else t
        if sr.key(y + 1) != "signing":
            continue
        people = people_before_verb_en(sr, t)[1]
        if len(people) >= 2 and not (remote_en(sr) or any(m.poss for m in people) or
                                     sr.blocked(t, people[0]) or sr._irrealis(t)):
            each_pair_met(sr, people, "witnessed_signing_en")


def witnesses_ar(sr: Any, t: int) -> list:
    """«وشهد X وY ...»: the people named right after the verb at *t* (the first with no clitic
    and no mark before it, a title at most), else []."""
    first = sr.after(t + 1, types=("Person",), maxgap=2)
    if first is None or first.prefix or any(sr.toks[y].punct for y in range(t + 1, first.lo)):
        return []
    return sr.chain(first, ("Person",))


def witnessed_signing_ar(sr: Any) -> None:
    """«وشهد X وY توقيع ...» (VSO): X met Y."""
    for t in sr.triggers(AR_WITNESSED, frozenset()):
        people = witnesses_ar(sr, t)
        if len(people) < 2 or not any(sr.f(y) & AR_SIGNING for y in range(
                people[-1].hi, min(sr.hi, people[-1].hi + 3))) or sr.blocked(t, people[0]):
            continue
        each_pair_met(sr, people, "witnessed_signing_ar")
