"""A person named only as the owner of the place of a meeting told before (session 64, blind64d).

"Qaani met Kadhimi. The meeting was held at Kadhimi's office in the presence of Z" / "والتقى
قاآني الكاظمي. وقال المصدر إن اللقاء جرى في مكتب الكاظمي بحضور Z": Kadhimi is named here only
to say where the meeting of the sentence before took place, so the sentence still tells that
meeting's attendees (``meeting_present_more``: a person named before "in the presence of" /
«بحضور» otherwise makes the sentence a new meeting). Only a participant of that meeting, named
after "at / in" with a possessive and a place noun ("at X's office / home / residence"), or
after «في مكتب / منزل / مقر ...» (``wire_meetings.in_place_phrase``).
"""

from __future__ import annotations

from typing import Any

_EN_PLACES = frozenset({"office", "offices", "home", "house", "residence", "palace", "villa",
                        "headquarters", "compound"})
_EN_AT = frozenset({"at", "in", "inside"})


def names_told_place(sr: Any, m: Any, told: set[str]) -> bool:
    """Is *m* a participant (in *told*) of the meeting told before, named here as the owner
    of its place (module doc)?"""
    if m.eid not in told:
        return False
    if sr.toks[m.lo].ar:
        from loaders.extract.wire_meetings import in_place_phrase  # (a cycle at import time)

        return in_place_phrase(sr, m)
    return m.poss and sr.key(m.hi) in _EN_PLACES and sr.key(m.lo - 1) in _EN_AT
