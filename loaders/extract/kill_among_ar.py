"""ASSASSINATED_BY, Arabic: "X was among those killed" with the strike's agent after it.

"أكدت مصادر أن وزير الإعلام X كان بين الذين قُتلوا في الغارة الإسرائيلية" / "وكان X من بين
القتلى في غارة إسرائيلية": X is a victim, the agent is named after the verb or noun as for
any killing (``_agent_after``: "في غارة إسرائيلية", "على يد Y"). English "X was among those
killed in an Israeli strike" is ``kill_same_strike.among_killed_en``. No agent named, no relation.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_not_among import negated_among
from loaders.extract.rule_common import EMPTY

AB = "ASSASSINATED_BY"
_AR_AMONG = L._ar("بين")
_AR_WHO_PL = L._ar("الذين")
_AR_KILLED_PL = L._ar("قتلوا", "استشهدوا", "اغتيلوا", "سقطوا")
_AR_THE_DEAD = L._ar("القتلى", "الضحايا", "الشهداء")
_AR_BEFORE_AMONG = L._ar("من", "كان", "وكان", "كانت", "وكانت")


@needs((_AR_AMONG, EMPTY))
def among_killed_ar(sr: Any) -> None:
    """Add X -> the agent of "X (كان) (من) بين الذين قُتلوا / القتلى ..." (module doc)."""
    for t in sr.triggers(_AR_AMONG, EMPTY):
        if sr.f(t + 1) & _AR_THE_DEAD:
            after = t + 2
        elif sr.f(t + 1) & _AR_WHO_PL and sr.f(t + 2) & _AR_KILLED_PL:
            after = t + 3
        else:
            continue
        b = t - 1
        while b > sr.lo and b > t - 3 and sr.f(b) & _AR_BEFORE_AMONG:
            b -= 1
        victim = sr.mention_at.get(b)
        if victim is None or victim.etype != "Person" or victim.hi != b + 1 or \
                sr.blocked(t, victim) or negated_among(sr, after - 1):
            continue
        for a in sr._agents_after(after):
            if a != victim.eid:
                sr.add(AB, victim.eid, a, "among_killed_ar")
