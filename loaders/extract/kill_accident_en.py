"""ASSASSINATED_BY, English (session 58): a death in an accident has no killer.

"Hossein Amir-Abdollahian died in the May helicopter crash that also killed President Ebrahim
Raisi": the relative "that (also) killed Y" hangs on the accident noun before it (crash,
accident, fire ...), so the person before it, the subject of "died", is a fellow victim and no
agent. Called from ``killing_rules_en`` (the active "X killed Y" rule) before a pair is added.
The accident noun may also be the verb's own subject (session 66): "X took over the ministry
after a helicopter crash killed Y and Z", "A plane crash (also) killed Y": no killer, not the
main clause's subject X.
"""

from __future__ import annotations

from typing import Any

# nouns of accidents and disasters, which no one carries out
_EN_ACCIDENT = frozenset({"crash", "accident", "collision", "fire", "blaze", "earthquake",
                          "quake", "flood", "floods", "storm", "avalanche", "stampede",
                          "landslide", "mishap", "derailment", "sinking", "capsizing"})
_EN_ALSO = frozenset({"also", "later", "eventually", "reportedly"})


def accident_relative_en(sr: Any, t: int) -> bool:
    """Is "killed" at *t* the verb of "<accident noun> (that / which) (also) killed"?"""
    y = t - 1
    if sr.key(y) in _EN_ALSO:
        y -= 1
    if y >= sr.lo and sr.key(y) in _EN_ACCIDENT:
        return True  # "after a helicopter crash killed Y"
    return y - 1 >= sr.lo and sr.key(y) in ("that", "which") and sr.key(y - 1) in _EN_ACCIDENT
