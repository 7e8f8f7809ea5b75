"""ASSASSINATED_BY, English: the reduced passive after a named person (session 19, round 2).

Timelines and headlines drop the auxiliary: "- June 2006: X killed by a US airstrike near
Baqubah", "X and Y killed in a joint US-Iraqi operation near Tikrit". A person's name right
before "killed" is otherwise read as the active subject ("X killed Y"), but an active "killed"
takes its object right after it, never "by", nor "in" + a strike noun: those read the name as
the victim, and the agent as for "X was killed by/in ..." (``KillingRules._agent_after``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_KILLED = frozenset({"killed", "assassinated"})
_DETS = frozenset({"a", "an", "the"})


def reduced_passive_en(sr: Any, t: int) -> bool:
    """True when "killed" at *t* is a reduced passive after a person's name: "X killed by
    ..." or "X killed in a (joint US-Iraqi) raid/strike/operation"."""
    if sr.key(t) not in _KILLED:
        return False
    m = sr.mention_at.get(t - 1)
    if m is None or m.etype != "Person" or m.kind != "name":
        return False
    nxt = sr.key(t + 1)
    if nxt == "by":
        return True
    if nxt != "in" or sr.key(t + 2) not in _DETS:
        return False
    for y in range(t + 3, min(sr.hi, t + 9)):  # "in a joint US-Iraqi operation"
        if sr.toks[y].punct and sr.toks[y].text != "-":
            return False
        if sr.key(y) in L.EN_STRIKE:
            return True
    return False

