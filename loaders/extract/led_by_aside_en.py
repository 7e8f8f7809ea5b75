"""A leader named in an aside of the body he leads (session 70, blind70i).

"The Coastal Shield Brigade, led by former officer Y, claimed the killing of X", "Hamas, headed by
Y, claimed responsibility for the killing of X": the agent read back from the verb is the body,
not Y named in its ", led by Y," aside. ``aside_owner_en`` gives the body (the mention right
before the aside's opening comma); the callers read it only after finding a cue word ("claimed",
"responsibility") and a person just before it, so the cost is a few key look-ups.
"""
from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_LED = frozenset({"led", "headed", "commanded", "founded", "run"})
_AUX = frozenset({"which", "who", "is", "was", "then", "now", "once", "long", "still"})
_OWNER_TYPES = ("Organization", "Country")
_TITLE_REACH = 7  # words of a title between "by" and the name ("former Republican Guard officer")


def aside_owner_en(sr: Any, m: Any) -> Any:
    """The body B of "B, (which was) led by <title> m," for the person *m* read as an agent,
    else None. The aside must close with a comma right after *m*."""
    if m is None or m.etype != "Person" or m.hi >= sr.hi or sr.key(m.hi) != ",":
        return None
    k = title_start(m) - 1
    lo = max(sr.lo, m.lo - _TITLE_REACH)
    while k > lo and sr.key(k) != "by":
        if sr.toks[k].punct:
            return None
        k -= 1
    if sr.key(k) != "by" or sr.key(k - 1) not in _LED:
        return None
    k -= 2
    while k > sr.lo and sr.key(k) in _AUX:
        k -= 1
    if sr.key(k) != ",":
        return None
    owner = sr.before(k + 1, types=_OWNER_TYPES, maxgap=1)
    return owner if owner is not None and owner.hi == k else None
