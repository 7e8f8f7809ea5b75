"""SUCCESSOR_OF (session 67, residual67en): the head of a long apposition takes over.

"Stevens, a career diplomat who served as Washington's envoy to the rebels during last
year's uprising, took over the embassy in May from Gene Cretz": the person nearest the verb
("Washington's envoy", a description inside the aside) is not the one who took over; the
name before the aside that opens with ", a / an / the / who ..." is
(``SentenceCore.subject_before`` finds it). Read by ``succession_rules_en`` for "X ..., took
over / was appointed ... from / to replace Y" when a comma stands right before the verb and
the nearest person is not the one right before it (that case, "X, a cousin of Z, took over",
is read there already).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.mention_base import Mention


def apposed_head_en(sr: Any, t: int, nearest: Mention) -> Mention:
    """The subject of the verb at *t* when an apposition closed by the comma before *t*
    holds *nearest*: the person named before the apposition; else *nearest*."""
    head = sr.subject_before(t, maxgap=30)
    if head is None or head.etype != "Person" or head.hi > nearest.lo or head.eid == nearest.eid:
        return nearest
    return head
