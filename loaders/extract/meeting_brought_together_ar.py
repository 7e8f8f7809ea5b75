"""MET_WITH: Arabic "X يجمع A وB في لقاء / قمة" (session 22, second round, meet2ar).

The host who brings people together at a meeting met each of them, and they met each other:
"وانغ يي يجمع في بكين نظيريه A وB في لقاء ثلاثي" (X-A, X-B, A-B), also the verb first
("جمع X A وB في قمة"). Read only with a meeting noun after the people (لقاء، اجتماع، قمة،
محادثات ...): "يجمع المراقبون على أن ..." (agree) and "يجمع التبرعات" (collects) are not
meetings; the planned and the negated stay out (``blocked``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers

_EMPTY: frozenset[str] = frozenset()
AR_BRINGS_TOGETHER = L._ar("يجمع", "جمع", "وجمع", "ويجمع")
_AR_GATHERING = L.AR_MEET_NOUNS | L._ar("قمة", "القمة", "حوار", "الحوار", "مأدبة")
_AR_AGREE = L._ar("على", "علي")  # "يُجمع ... على": agree on
register_triggers(AR_BRINGS_TOGETHER, _EMPTY)


def _gathering_after(sr: Any, k: int) -> bool:
    """A meeting noun within six tokens from *k* ("في لقاء"، "في قمة ثلاثية")."""
    return any(sr.f(y) & _AR_GATHERING for y in range(k, min(sr.hi, k + 6)))


def brought_together_ar(sr: Any) -> None:
    """"X يجمع A وB في لقاء" (module doc)."""
    for t in sr.triggers(AR_BRINGS_TOGETHER, _EMPTY):
        if sr.f(t + 1) & _AR_AGREE:
            continue
        subj = sr.before(t, types=("Person",), maxgap=1)
        if subj is not None:
            first = sr.after(t + 1, types=("Person",), maxgap=8)
        else:  # the verb first: "جمع X A وB"
            subj = sr.after(t + 1, types=("Person",), maxgap=1)
            first = sr.after(subj.hi, types=("Person",), maxgap=8) if subj is not None else None
        if subj is None or first is None:
            continue
        guests = [m for m in sr.chain(first, ("Person",)) if m.etype == "Person"]
        if not _gathering_after(sr, guests[-1].hi) or sr.blocked(t, subj):
            continue
        people = [subj] + [g for g in guests if g.eid != subj.eid]
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if a.eid != b.eid:
                    sr.add("MET_WITH", a.eid, b.eid, "brought_together_ar")
