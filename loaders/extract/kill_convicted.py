"""ASSASSINATED_BY: a court that convicted people of a killing, in Arabic.

"دانت المحكمة X وY بقتل Z" / "أدانت محكمة X باغتيال Z" / "وكانت المحكمة قد دانت الرئيس
السابق X وولي العهد Y بقتل Z": each convicted person (the objects of the verdict verb, a list
joined by و) killed Z. English "convicted X of killing Z" is
``kill_claims_verdicts.verdict_killer``.
Not an accusation ("اتهمت X بقتل Z"), not a negated or an acquitting verdict ("لم تدن",
"برّأت").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs

AB = "ASSASSINATED_BY"
_EMPTY: frozenset[str] = frozenset()
_AR_OF_KILLING = L._ar("بقتل", "باغتيال", "بمقتل", "بتصفية")
_AR_CONVICTED = L._ar("دانت", "أدانت", "ادانت", "دان", "أدان", "ادان", "تدين", "يدين")
_AR_NOT = L._ar("لم", "لن", "ولم")


@needs((_AR_OF_KILLING, _EMPTY))
def convicted_of_killing_ar(sr: Any) -> None:
    """Add Z -> each convicted X of "دانت (المحكمة) X (وY) بقتل Z" (module doc)."""
    for t in sr.triggers(_AR_OF_KILLING, _EMPTY):
        v = next((y for y in range(t - 1, max(sr.lo, t - 16) - 1, -1)
                  if sr.f(y) & _AR_CONVICTED or sr.toks[y].text in ("،", ",", ".")), None)
        if v is None or not sr.f(v) & _AR_CONVICTED or (v > sr.lo and sr.f(v - 1) & _AR_NOT):
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=3)
        first = sr.after(v + 1, types=("Person",), maxgap=6)
        if victim is None or first is None or first.hi > t:
            continue
        killers = [m for m in sr.chain(first, ("Person",)) if m.hi <= t]
        if sr.blocked(v, first):
            continue
        for k in killers:
            if k.eid != victim.eid:
                sr.add(AB, victim.eid, k.eid, "convicted_of_killing_ar")
