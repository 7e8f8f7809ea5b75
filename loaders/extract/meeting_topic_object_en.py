"""MET_WITH, English: a body or state naming the topic of "discussed" is not the one met
(session 69, residual69b).

"X discussed the PKK presence in Sinjar with his Iraqi counterpart, Y", "X discussed the Hamas
rocket fire with Y", "X discussed the Hezbollah threat with Y": the body or state first after
"discussed" qualifies a common noun (the topic), so the one met is the person after the
"with" that follows, if any (the PKK had been read as Cavusoglu's guest). "X discussed with
Hamas leaders ...", "X discussed the plan with the PKK" and "X discussed the matter with Y" are
untouched: the topic has to begin with the body itself, followed by a lower-case word that is
no group head ("the Hamas leaders").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_EN_DISCUSS = frozenset({"discussed", "discusses", "discuss", "discussing"})
# how far past the topic's body "with" may come ("the PKK presence in northern Sinjar with")
_WITH_SPAN = 8


def topic_body_object_en(sr: Any, t: int, obj: Any) -> tuple[bool, Any]:
    """(True, the person met after "with" or None) when *obj*, the first mention after the
    verb at *t*, is a body or state naming the topic of "discussed"; else (False, *obj*)."""
    if obj is None or sr.key(t) not in _EN_DISCUSS or obj.etype not in (
            "Organization", "Country") or obj.hi >= sr.hi:
        return False, obj
    if sr.key(t + 1) == "with" or any(sr.key(y) == "with" for y in range(t + 1, obj.lo)):
        return False, obj  # "discussed with Hamas ...": the body is met
    nxt = sr.toks[obj.hi]
    if nxt.punct or nxt.cap or nxt.key in L.EN_GROUP_HEADS or nxt.key in ("and", "with", "'s",
                                                                          "on", "in", "at"):
        return False, obj
    for y in range(obj.hi, min(sr.hi, obj.hi + _WITH_SPAN)):
        if sr.key(y) == "with":
            return True, sr.after(y + 1, types=("Person",), maxgap=6)
    return True, None
