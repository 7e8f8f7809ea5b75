"""Session 67 (blind67e): the killer named before a relative clause, "The Houthis, who had fought
alongside Saleh's loyalists against a Saudi-led coalition since 2015, said their fighters had killed
Y", "Hamas, which has fought Israel since 2007, killed Y": the agent is the clause's head (the
Houthis, Hamas), not the body named inside the clause (the coalition, Israel), which only stood
nearest to the verb.

Asked by ``KillingRulesEn._killed_en`` (``killed_active_en``) before it takes the mention before the
verb as its agent.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.mentions import AGENT_TYPES

_RELATIVES = frozenset({"who", "which"})
_MAX_CLAUSE = 16


def relative_clause_head_en(sr: Any, agent_m: Any, t: int) -> Any:
    """The body or person X of "X, who / which <clause naming *agent_m*>, ... killed" whose clause
    a comma closes between *agent_m* and the verb at *t*, nothing named after that comma; else
    None."""
    close = next((y for y in range(agent_m.hi, t) if sr.key(y) == ","), None)
    if close is None or any(y in sr.mention_at for y in range(close + 1, t)):
        return None
    for y in range(agent_m.lo - 1, max(sr.lo, agent_m.lo - _MAX_CLAUSE), -1):
        k = sr.key(y)
        if k in _RELATIVES and sr.key(y - 1) == ",":
            head = sr.mention_at.get(y - 2)
            return head if head is not None and head.hi == y - 1 and \
                head.etype in AGENT_TYPES else None
        if sr.toks[y].punct and k not in ("-", "'"):
            return None
    return None
