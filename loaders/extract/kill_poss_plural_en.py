"""English killing nouns whose agent is a plural possessive: "Taliban forces' assassination of X".

``plural_poss_agent`` finds the body before "<group> forces' / troops' / fighters' <killing noun>"
(the apostrophe after a plural noun of armed men, the organisation or country before it), and
``by_of_later_passive`` tells that the "by" after "the killing of X" belongs to a later passive
("... of X was condemned by the UN": the UN condemned, it did not kill).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.mentions import AGENT_TYPES
from loaders.extract.orders import EN_ORDER_CUES

if TYPE_CHECKING:
    from typing import Any

# plural nouns of armed men after which a bare apostrophe marks the possessive
_ARMED_PLURAL = frozenset({"forces", "troops", "fighters", "militants", "gunmen", "soldiers",
                           "jets", "drones", "operatives", "agents", "militias", "commandos"})

_RELATIVE = frozenset({"that", "which", "who"})


def plural_poss_agent(sr: Any, t: int) -> str | None:
    """The agent of "<Y> forces' killing" / "<Y>'s forces' killing" at killing noun ``t``."""
    w = t - 1  # the tokenizer keeps the apostrophe on the word: "forces'"
    if w <= sr.lo or sr.toks[w].text[-1:] not in ("'", "\u2019") or \
            sr.key(w) not in _ARMED_PLURAL:
        return None
    a = sr.before(w, maxgap=1)
    if a is not None and a.etype in AGENT_TYPES:
        return a.eid
    return sr.nat_agent(max(sr.lo, w - 2), w)


FINITE_AUX = frozenset({"was", "were", "is", "are"})


# words of time between a participle and its "by" ("was followed hours later by"; session 52)
_TIME_GAP = frozenset({"later", "soon", "shortly", "quickly", "swiftly", "immediately", "hours",
                       "days", "weeks", "minutes", "months", "a", "few", "two", "three"})


def later_passive_at(sr: Any, x: int) -> bool:
    """A finite passive of another verb opens at ``x``: "was condemned by", "were denounced by",
    "was followed hours later by" (not "that was ordered by": a relative clause or an order
    keeps its own agent)."""
    if sr.key(x) not in FINITE_AUX or not sr.key(x + 1).endswith("ed") or \
            sr.key(x + 1) in EN_ORDER_CUES or sr.key(x - 1) in _RELATIVE:
        return False
    y = x + 2
    while y < min(sr.hi, x + 6) and sr.key(y) in _TIME_GAP:
        y += 1
    return sr.key(y) == "by"


def by_of_later_passive(sr: Any, start: int) -> bool:
    """True when a finite passive opens after ``start`` (the end of the victim) before any "by":
    the noun phrase is its subject, the "by" its agent."""
    for x in range(start, min(sr.hi, start + 4)):
        if sr.key(x) == "by":
            return False
        if later_passive_at(sr, x):
            return True
    return False
