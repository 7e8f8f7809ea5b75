"""ASSASSINATED_BY (English): two sides joined by a hyphen in one agent phrase (session 58).

The wires write a joint strike as "a US-Israeli strike", and the Houthi and Iranian agencies
their enemy as "the American-Zionist enemy" or "the US-Zionist aggression": one adjective
compound that names two states. ``killing_agents._agent_after`` took the first of them (the
United States) for the agent; :func:`hyphen_partner_en` gives the second (Israel), so that both
are read. Only a compound of two nationality words or country names joined by "-" right
after the first agent counts ("the US-brokered truce" names no second side).

>>> from loaders.extract import lexicon as L
>>> L.NATIONALITY["zionist"]
'country:israel'
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L


def _side_at(sr: Any, y: int) -> str | None:
    """The state named by token *y*: a country mention starting there, else a nationality."""
    m = sr.mention_at.get(y)
    if m is not None:
        return m.eid if m.etype == "Country" and m.lo == y else None
    return L.NATIONALITY.get(sr.key(y))


def hyphen_partner_en(sr: Any, k: int, end: int, first: str) -> str | None:
    """The second state of "<first>-<second>" in tokens [*k*, *end*) ("US-Israeli",
    "American-Zionist") when the token before the hyphen names *first*; else None."""
    for y in range(max(k, sr.lo) + 1, min(end, sr.hi) - 1):
        if sr.toks[y].text != "-" or sr.toks[y].ar:
            continue
        before = sr.mention_at.get(y - 1)
        left = before.eid if before is not None and before.etype == "Country" and \
            before.hi == y else L.NATIONALITY.get(sr.key(y - 1))
        if left != first:
            continue
        right = _side_at(sr, y + 1)
        if right is not None and right != first:
            return right
    return None
