"""ASSASSINATED_BY: a court that convicted people of a killing, in Arabic.

"دانت المحكمة X وY بقتل Z" / "أدانت محكمة X باغتيال Z" / "وكانت المحكمة قد دانت الرئيس
السابق X وولي العهد Y بقتل Z": each convicted person (the objects of the verdict verb, a list
joined by و) killed Z. English "convicted X of killing Z" is
``kill_claims_verdicts.verdict_killer``.
Not an accusation ("اتهمت X بقتل Z"), not a negated or an acquitting verdict ("لم تدن",
"برّأت").

Session 55: the passive "أُدين X بقتل Z" (the convicted person is its subject), an apposition
closed by commas between him and the charge ("أُدين X، العضو في حزب الله، باغتيال Z"), and a
victim named before the verdict by a pronoun ("اغتيل Z عام 2020، وأُدين X بقتله": the one
other person the sentence names before the verb).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.rule_common import EMPTY, title_start

AB = "ASSASSINATED_BY"
_AR_OF_KILLING = L._ar("بقتل", "باغتيال", "بمقتل", "بتصفية")
_AR_CONVICTED = L._ar("دانت", "أدانت", "ادانت", "دان", "أدان", "ادان", "تدين", "يدين",
                      "أدين", "ادين", "أُدين")  # (the passive: session 55)
_AR_NOT = L._ar("لم", "لن", "ولم")
_AR_OF_KILLING_HIM = L._ar("بقتله", "باغتياله", "بمقتله", "بتصفيته")  # (the victim a pronoun)
_COMMAS = ("،", ",")


@needs((_AR_OF_KILLING | _AR_OF_KILLING_HIM, EMPTY))
def convicted_of_killing_ar(sr: Any) -> None:
    """Add Z -> each convicted X of "دانت (المحكمة) X (وY) بقتل Z" (module doc)."""
    for t in sr.triggers(_AR_OF_KILLING | _AR_OF_KILLING_HIM, EMPTY):
        v = _verdict_verb(sr, t)
        if v is None or (v > sr.lo and sr.f(v - 1) & _AR_NOT):
            continue
        first = sr.after(v + 1, types=("Person",), maxgap=6)
        if first is None or first.hi > t:
            continue
        if sr.f(t) & _AR_OF_KILLING_HIM:
            victim = _pronoun_victim(sr, v)
        else:
            victim = sr.after(t + 1, types=("Person",), maxgap=3)
        if victim is None or _bad_aside(sr, first, t):
            continue
        killers = [m for m in sr.chain(first, ("Person",)) if m.hi <= t]
        if sr.blocked(v, first):
            continue
        for k in killers:
            if k.eid != victim.eid:
                sr.add(AB, victim.eid, k.eid, "convicted_of_killing_ar")


def _verdict_verb(sr: Any, t: int) -> int | None:
    """The verdict verb ("دانت", "أُدين") at most 16 tokens before the charge at *t*, past
    at most two commas (an apposition), not past a full stop; ``None`` if none."""
    commas = 0
    for y in range(t - 1, max(sr.lo, t - 16) - 1, -1):
        if sr.f(y) & _AR_CONVICTED:
            return y
        text = sr.toks[y].text
        if text == "." or text in _COMMAS and commas == 2:
            return None
        commas += text in _COMMAS
    return None


def _bad_aside(sr: Any, first: Any, t: int) -> bool:
    """Do commas stand between the verdict's first object *first* and the charge at *t*
    other than one apposition right after him ("X، العضو في حزب الله، بقتل"), or does that
    apposition name another person?"""
    commas = [y for y in range(first.hi, t) if sr.toks[y].text in _COMMAS]
    if not commas:
        return False
    if len(commas) != 2 or commas[0] != first.hi or commas[1] != t - 1:
        return True
    return any(m.etype == "Person" and commas[0] < m.lo < commas[1] for m in sr.args)


def _pronoun_victim(sr: Any, v: int) -> Any:
    """The one person the sentence names before the verdict verb at *v*, right after a
    killing word ("اغتيل Z ...، وأُدين X بقتله"); ``None`` when none, several, or no killing
    told before him."""
    people = [m for m in sr.args if m.etype == "Person" and m.hi <= v]
    if len({m.eid for m in people}) != 1:
        return None
    m = people[0]
    lo = title_start(m)
    if not any(sr.f(y) & L.AR_KILL_STRONG for y in range(max(sr.lo, lo - 2), lo)):
        return None
    return m
