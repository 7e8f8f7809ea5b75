"""MET_WITH: leaders who witnessed a signing together (session 51).

"Egyptian President X and Greek Prime Minister Y witnessed / oversaw the signing of several
agreements", «وشهد الرئيس X ورئيس الوزراء اليوناني Y توقيع عدد من الاتفاقيات»: the people
of the subject list sat at one ceremony, so every two of them met. Only a list of two or more
named people (a single witness is told with the signers by ``meeting_ceremony_en``); not a
plan or negation, nor a remote ceremony ("by video link").

Session 70: "A, B and C attended the signing ceremony at the palace, along with D" / "A
attended the signing of the accord, along with B", «وحضر X وY مراسم / حفل التوقيع»: the subjects and the people listed after
", along with" at one signing (the writers pair "the four leaders" of it, RR3). Only "the / a
signing" right after "attended" (not "the funeral", "a conference"); ", along with" must close
the clause the verb opens (no other verb, no ", who" in between).
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
EN_ATTENDED_SIGNING = frozenset({"attended"})
_EN_SIGNING_VERBS = EN_WITNESSED | EN_ATTENDED_SIGNING
register_triggers(frozenset(), _EN_SIGNING_VERBS)
AR_WITNESSED = L._ar("شهد", "وشهد", "شهدا", "وشهدا")
register_triggers(AR_WITNESSED, frozenset())
AR_ATTENDED_SIGNING = L._ar("حضر", "وحضر")  # «وحضر X وY مراسم التوقيع» (session 70)
register_triggers(AR_ATTENDED_SIGNING, frozenset())
_AR_THE_SIGNING = L._ar("توقيع", "التوقيع")
_AR_SIGNING_VERBS = AR_WITNESSED | AR_ATTENDED_SIGNING
_EN_DET = frozenset({"the", "a"})
AR_SIGNING = L._ar("توقيع", "التوقيع", "مراسم", "مراسيم")  # the signing (ceremony) witnessed


def _along_with_en(sr: Any, y: int) -> list:
    """The people of ", along with D (and E)" after the signing noun at *y*, in the same
    clause (no verb-like comma clause between: at most twelve words, no "who"), else []."""
    for k in range(y + 1, min(sr.hi - 2, y + 14)):
        w = sr.key(k)
        if w in ("who", "which", ";", "while", "where", "before", "after"):
            return []
        if w == "," and sr.key(k + 1) == "along" and sr.key(k + 2) == "with":
            first = sr.after(k + 3, types=("Person",), maxgap=6)
            if first is None or first.poss:
                return []
            return sr.chain(first, ("Person",))
    return []


def witnessed_signing_en(sr: Any) -> None:
    """"X and Y witnessed / oversaw the signing of ...": X met Y; "X (and Y) attended the
    signing ceremony, along with Z": each two of them met."""
    for t in sr.triggers(frozenset(), _EN_SIGNING_VERBS):
        y = t + 1 if sr.key(t + 1) in _EN_DET else t
        if sr.key(y + 1) != "signing":
            continue
        people = people_before_verb_en(sr, t)[1]
        if sr.key(t) in EN_ATTENDED_SIGNING:
            if y == t:
                continue  # ("attended signing ...": no article, not the rite)
            people = people + [m for m in _along_with_en(sr, y + 1) if m not in people]
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
    """«وشهد X وY توقيع ...» (VSO), «وحضر X وY مراسم التوقيع»: X met Y."""
    for t in sr.triggers(_AR_SIGNING_VERBS, frozenset()):
        people = witnesses_ar(sr, t)
        signing = _AR_THE_SIGNING if sr.f(t) & AR_ATTENDED_SIGNING else AR_SIGNING
        if len(people) < 2 or not any(sr.f(y) & signing for y in range(
                people[-1].hi, min(sr.hi, people[-1].hi + 3))) or sr.blocked(t, people[0]):
            continue
        each_pair_met(sr, people, "witnessed_signing_ar")
