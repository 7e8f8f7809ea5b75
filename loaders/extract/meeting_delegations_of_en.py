"""MET_WITH (session 64, summit64): a host met the delegations of two bodies at one table.

"Saudi Foreign Minister Prince Faisal bin Farhan met on Friday with the delegations of the
Sudanese Armed Forces and the Rapid Support Forces taking part in the Jeddah talks": the host met
each body, and the two bodies met each other (dev enNV5's annotators pair all three; the summits
of three named sides are paired so too, ``meeting_all_sides``). Also "received the delegations
of A and B" and "met the A and B delegations".

Read only with the plural noun ("delegations" / "negotiating teams") right after the verb and
its adverbs or "with" (a singular delegation is ``meetings_en.delegations_en``'s), two bodies
or countries named, the host the verb's subject; not a planned, negated or remote meeting
(``blocked``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, meet_each_other

EN_DELEGATIONS = frozenset({"delegations"})
register_triggers(EMPTY, EN_DELEGATIONS)
_EN_MET = frozenset({"met", "received", "hosted", "welcomed"})
_EN_SKIP = frozenset({"with", "the", "on", "separately", "jointly", "also", "later", "then",
                      "both", "two", "rival", "negotiating"}) | L.EN_WEEKDAYS
_BODY_TYPES = ("Organization", "Country")
_VERB_REACH = 6  # words between the verb and "delegations" ("met on Friday with the")


def _bodies_of(sr: Any, d: int) -> list[Any]:
    """The two bodies of "delegations of (the) A and (of) (the) B" after *d*, else []."""
    if sr.key(d + 1) != "of":
        return []
    a = sr.after(d + 2, types=_BODY_TYPES, maxgap=1)
    if a is None or a.etype not in _BODY_TYPES:
        return []
    y = a.hi
    if sr.key(y) != "and":
        return []
    y += 1 + (sr.key(y + 1) == "of")
    b = sr.after(y, types=_BODY_TYPES, maxgap=1)
    if b is None or b.etype not in _BODY_TYPES or b.eid == a.eid:
        return []
    return [a, b]


def _bodies_before(sr: Any, d: int) -> list[Any]:
    """The two bodies of "the A and B delegations" before *d*, else []."""
    b = sr.mention_at.get(d - 1)
    if b is None or b.etype not in _BODY_TYPES or sr.key(b.lo - 1) != "and":
        return []
    a = sr.mention_at.get(b.lo - 2)
    if a is None or a.etype not in _BODY_TYPES or a.eid == b.eid:
        return []
    return [a, b]


def delegations_of_en(sr: Any) -> None:
    """Add host-body and body-body pairs of the module doc."""
    for d in sr.triggers(EMPTY, EN_DELEGATIONS):
        bodies = _bodies_of(sr, d)
        start = d
        if not bodies:
            bodies = _bodies_before(sr, d)
            start = bodies[0].lo if bodies else d
        if not bodies:
            continue
        v = start - 1
        while v > sr.lo and start - v <= _VERB_REACH and sr.key(v) in _EN_SKIP:
            v -= 1
        if sr.key(v) not in _EN_MET or sr.mention_at.get(v) is not None:
            continue
        host = sr.subject_before(v)
        if host is None or host.etype != "Person" or sr.blocked(v, host):
            continue
        ids = [host.eid] + [m.eid for m in bodies]
        meet_each_other(sr, ids, "delegations_of_en")
