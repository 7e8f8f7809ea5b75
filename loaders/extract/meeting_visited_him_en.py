"""MET_WITH (English, session 72): a person who "visited him / her", the pronoun standing for a
person named before: "Ghali was taken to a military hospital, where President Y visited him on
Wednesday" (Y met Ghali), "X arrived in Paris on Monday. Y visited him at his hotel".

The visitor is the person named right before the verb (a title may open the name; "had",
"also", "personally" may stand between); the visited person is whom the pronoun stands for, as
for "Y received him" (``core_recall_objects.pronoun_object_en``). A visit reported by the
visited one ("X said Y had visited him") is ``meeting_reported.said_visited_him_en``'s; a
planned visit has no past "visited" ("Y will visit him"); a negated one is blocked.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.core_recall_objects import pronoun_object_en
from loaders.extract.meeting_reported import EN_VISITED
from loaders.extract.rule_common import title_start

_EN_HIM = frozenset({"him", "her"})
_EN_BETWEEN = frozenset({"had", "has", "also", "personally", "later", "then", "briefly"})
_EN_SAY = frozenset({"said", "says", "told", "recalled", "revealed", "disclosed", "that"})


def visited_him_en(sr: Any) -> None:
    """"(where) Y visited him": Y met the person the pronoun stands for."""
    for t in sr.triggers(frozenset(), EN_VISITED):
        if sr.key(t + 1) not in _EN_HIM:
            continue
        y = t - 1
        while y > sr.lo and sr.key(y) in _EN_BETWEEN:
            y -= 1
        visitor = sr.mention_at.get(y)
        if visitor is None or visitor.etype != "Person" or visitor.hi != y + 1 or visitor.poss:
            continue
        if sr.key(title_start(visitor) - 1) in _EN_SAY:
            continue  # "X said (that) Y visited him": said_visited_him_en's
        guest = pronoun_object_en(sr, t, visitor)
        if guest is None or guest.eid == visitor.eid or getattr(guest, "etype", "Person") != "Person" \
                or sr.blocked(t, visitor):
            continue
        sr.add("MET_WITH", visitor.eid, guest.eid, "visited_him_en", 0.6)
