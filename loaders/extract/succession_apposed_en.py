"""English: "K picks X, <apposition naming Z>, to succeed Y": X succeeds Y, not Z.

The person found right before "to succeed / replace" may stand inside an apposition that
a comma closes just before "to" ("The shura picks Mullah Fazlullah, the Swat commander
behind the 2012 attack on Malala Yousafzai, to succeed Hakimullah"): the one who succeeds
is the person the apposition describes, named before its opening comma."""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_sides_en import _EN_APPOSITION_OPEN

_STOP = frozenset({"who", "which", "whom", "said", "says", "and", "but", ";", ":"})


def apposed_infinitive_subject_en(sr: Any, to: int, new: Any) -> Any:
    """The person X of the module docstring for the "to" at *to* when *new* (the person
    found before it) stands inside X's apposition; *new* otherwise."""
    if new is None or to - 1 <= sr.lo or sr.key(to - 1) != ",":
        return new
    for w in range(to - 2, max(sr.lo, to - 25), -1):
        k = sr.key(w)
        if k in _STOP:
            return new
        if k == ",":
            head = sr.mention_at.get(w - 1)
            if head is None or head.etype != "Person" or head.hi != w or \
                    w + 1 >= sr.hi or sr.key(w + 1) not in _EN_APPOSITION_OPEN or not new.lo > w:
                return new
            return head
    return new
