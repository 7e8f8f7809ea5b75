"""SUCCESSOR_OF, English (session 68): the possessor inside an apposition is not the new holder.

"Mohammad al-Amin Itani, the candidate of MP Saad Hariri's Future Movement, won Sunday's
by-election to replace slain MP Walid Eido": the person nearest "to replace" is Hariri, named
only as the owner of the movement inside the apposition; the one who replaces Eido is Itani,
the apposition's head. The same with "X, the nominee of K's party, was elected to succeed Y",
"X, Y's former deputy, ... to succeed Z" is read elsewhere (the possessor of a kin or post word).
Read by ``succession_rules_en`` for "to succeed / to replace" when the nearest person is a
possessor ("K's") and a comma closes the apposition after him.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.mention_base import Mention


def apposed_possessor_head_en(sr: Any, t: int, nearest: Mention | None) -> Mention | None:
    """The head of the apposition that holds *nearest*, a possessor ("K's movement"), when a
    comma after him closes it before the verb at *t*; else *nearest*."""
    if nearest is None or not nearest.poss or nearest.etype != "Person":
        return nearest
    if not any(sr.toks[x].text == "," for x in range(nearest.hi, t)):
        return nearest
    head = sr.subject_before(t, maxgap=30)
    if head is None or head.etype != "Person" or head.hi > nearest.lo or head.eid == nearest.eid:
        return nearest
    return head
