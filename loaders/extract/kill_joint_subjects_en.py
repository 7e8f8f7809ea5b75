"""ASSASSINATED_BY (English): two sides that open the clause of an active killing together
(session 58).

"The IDF and Shin Bet eliminated Hamas commander Raed Saad", "Israel and the United States
killed X": the active rule of ``killing_rules_en`` took the side next to the verb (Shin Bet,
the United States) for the agent; :func:`co_agent_before` gives the first side, joined to it by
"and", so that both are read. Only a country or a body that opens the sentence (after "The")
or the clause after "that", so that "a strike on Lebanon and Hezbollah killed ..." or "talks
between Iran and the US ..." give nothing more.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_SIDES = ("Country", "Organization")


def co_agent_before(sr: Any, agent: Any) -> Any:
    """The country or body *A* of "A and (the) <agent> killed ..." opening the clause, else
    None."""
    x = title_start(agent) - 1
    if x > sr.lo and sr.key(x) == "the":
        x -= 1
    if x <= sr.lo or sr.key(x) != "and":
        return None
    first = sr.mention_at.get(x - 1)
    if first is None or first.hi != x or first.etype not in _SIDES or first.eid == agent.eid:
        return None
    p = title_start(first)
    if p > sr.lo and sr.key(p - 1) == "the":
        p -= 1
    return first if p == sr.lo or sr.key(p - 1) == "that" else None
