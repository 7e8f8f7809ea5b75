"""English: the agent of a strike told with a light verb, "X carried out / launched /
conducted an air strike on P".

"Israel has carried out an air strike on a residential building in Doha. Five members of the
group were killed in the attack, among them A and B": the strike's agent is the subject of
"carried out", as it is of "struck" ("Israel struck a building in Doha"), so the dead of "the
attack" told afterwards are Israel's (``strike_refs._strike_agent_at`` reads the subject
before the verb :func:`light_verb_start` finds, for a strike noun that names no agent of its
own). Not a strike
planned or threatened (``note_strike_agents`` checks that), not one "X said Y carried out"
(the subject stands right before the verb).
"""

from __future__ import annotations

from typing import Any

_LIGHT = frozenset({"launched", "conducted", "staged", "mounted", "launches", "conducts"})
_CARRIED = frozenset({"carried", "carries"})
# between the verb and the strike noun: "an air strike", "a series of drone strikes"
_MODS = frozenset({"a", "an", "the", "two", "three", "several", "new", "fresh", "series", "of",
                   "wave", "air", "drone", "missile", "precision", "targeted", "deadly",
                   "overnight", "further", "more", "another"})
_AUX = frozenset({"had", "has", "have", "also", "reportedly", "then", "later"})
_MAX_MODS = 4


def light_verb_start(sr: Any, x: int) -> int | None:
    """Where the verb that "carried out / launched / conducted" the strike noun at *x*
    starts, its auxiliaries included ("Israel [has carried out] an air strike", "US forces
    [launched] a raid"): its subject ends there. None when no such verb governs the noun."""
    y = x - 1
    while y > sr.lo and x - y <= _MAX_MODS and sr.key(y) in _MODS:
        y -= 1
    k = sr.key(y)
    if k == "out" and sr.key(y - 1) in _CARRIED:
        y -= 1
    elif k not in _LIGHT:
        return None
    b = y
    while b > sr.lo and sr.key(b - 1) in _AUX:
        b -= 1
    return b
