"""SUCCESSOR_OF, English: "him" after a taker's apposition is not the person inside it.

"Y served until early 2017, when X, a senior adviser to Quds Force commander Z, took over from
him": "him" is Y, the person named before X, never Z, named inside X's apposition (the
nearest person before the verb). Only when the taker is set off by a comma and someone is named
before him in the sentence; otherwise the pronoun is resolved as before.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start


def past_taker_apposition(sr: Any, t: int, new: Any, old_id: str | None) -> str | None:
    """*old_id*, or the person named before the taker *new* when *old_id* is named only
    inside *new*'s apposition (between *new* and the verb at *t*)."""
    if old_id is None or new.hi >= sr.hi or sr.toks[new.hi].text != ",":
        return old_id
    inside = [m for m in sr.args if m.etype == "Person" and new.hi <= m.lo and m.hi <= t]
    if not inside or all(m.eid != old_id for m in inside) or any(
            m.eid == old_id for m in sr.args if m.hi <= new.lo):
        return old_id
    before = [m for m in sr.args if m.etype == "Person" and m.hi <= title_start(new) and
              m.eid != new.eid and not m.poss and not m.in_title]
    return before[-1].eid if before else old_id
