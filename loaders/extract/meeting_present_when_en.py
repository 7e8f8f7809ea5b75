"""MET_WITH: "Z was (also) present when H received G" (session 65, blind65b).

English copy tells an attendee in a clause of his own before the meeting: "Qassem Soleimani
was also present when Rouhani received the Syrian leader", "Lavrov was present when Putin met
Erdogan", "Shamkhani was in the room when Khamenei received Putin", "Z was on hand as H met
G". The meeting rules read the "when" / "as" clause (H met G); Z, the subject right before
"was (also) present / in the room / on hand", met each person of those pairs
(:func:`present_when_en`). Not "was not present when" nor "will be present when" (only
"was" / "were", at most an "also" / "already" / "personally" between), nor a pair whose
people are not both named after "when". (``meeting_present_more`` reads the attendee told
after the meeting: "Also present were A and B", "A was in the room".)
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY

EN_PRESENT = frozenset({"present", "room", "hand"})
register_triggers(EMPTY, EN_PRESENT)
_BE = frozenset({"was", "were"})
_ADVERBS = frozenset({"also", "already", "personally"})
_WHEN = frozenset({"when", "as", "while"})


def _present_verb(sr: Any, t: int) -> int:
    """Position of the "was" of "was (also) present / in the room / on hand" ending at *t*,
    else -1."""
    k = sr.key(t)
    if k == "present":
        y = t - 1
    elif k == "room" and sr.key(t - 1) == "the" and sr.key(t - 2) == "in":
        y = t - 3
    elif k == "hand" and sr.key(t - 1) == "on":
        y = t - 2
    else:
        return -1
    while y > sr.lo and sr.key(y) in _ADVERBS:
        y -= 1
    return y if sr.key(y) in _BE else -1


def present_when_en(sr: Any) -> None:
    """"Z was (also) present when H met G": Z met H and G (module doc)."""
    for t in sr.triggers(EMPTY, EN_PRESENT):
        if sr.key(t + 1) not in _WHEN:
            continue
        be = _present_verb(sr, t)
        if be < 0:
            continue
        z = sr.mention_at.get(be - 1)
        if z is None or z.etype != "Person" or z.hi != be:
            continue
        after = {m.eid for m in sr.args if m.etype == "Person" and m.lo > t + 1}
        sides: list[str] = []
        for r in sr.out:
            if r.type == "MET_WITH" and r.source in after and r.target in after:
                sides += [e for e in (r.source, r.target) if e not in sides]
        for side in sides:
            if side != z.eid:
                sr.add("MET_WITH", z.eid, side, "present_when_en")
