"""ASSASSINATED_BY: an English confession of a killing names the killer (session 53).

"Ahmed al-Kinani confessed to killing Hisham al-Hashimi", "X admitted killing Y": the
subject of "confessed (to)" / "admitted (to)" killed the person named right after the
gerund. The English form of the Arabic «اعترف X بمسؤوليته عن اغتيال Y» (session 52). Not
read: "denied killing Y", "was accused of killing Y" (no confession), a negated or
planned confession (``blocked``), a subject that is no person or body.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.mentions import AGENT_TYPES

_CONFESS = frozenset({"confessed", "confesses", "admitted", "admits"})


def confessed_killing_en(sr: Any, t: int) -> bool:
    """The gerund "killing" at *t* after "confessed / admitted (to)": add X -> Y and say
    whether the shape was read (the caller then reads nothing else)."""
    v = t - 2 if sr.key(t - 1) == "to" else t - 1
    if v <= sr.lo or sr.key(v) not in _CONFESS:
        return False
    victim = sr.after(t + 1, types=("Person",), maxgap=3)
    if victim is None or any(sr.toks[y].punct for y in range(t + 1, victim.lo)):
        return False
    killer = sr.subject_before(v, maxgap=20)
    if killer is None or killer.etype not in AGENT_TYPES or killer.eid == victim.eid or \
            sr.blocked(v, killer):
        return True
    for m in sr.chain(victim, ("Person",)):
        sr.add("ASSASSINATED_BY", m.eid, killer.eid, "confessed_killing_en")
    return True
