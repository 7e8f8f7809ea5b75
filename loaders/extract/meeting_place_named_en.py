"""MET_WITH (session 33, meeten): an attendee of "the <Name> meeting / talks".

"Secretary of State A attended the Oval Office meeting", "A, B and C joined the Oval Office
meeting", "A also took part in the Addis Ababa talks": the meeting named by a capitalised
modifier is one told before (HB-HD, IX-IZ, KE-KG; the older rules read only "the meeting").
When the modifier is a place the text names ("the Addis Ababa talks"), the meeting is the
latest of the two last told whose sentence names that place (not a meeting told between in
another city: "..., where X was received by Y"); none names it: no meeting. A modifier that
is no place ("Oval Office") leaves the latest meeting, as "the meeting" does.
"""

from __future__ import annotations

from typing import Any

_NOUNS = frozenset({"meeting", "talks", "meetings", "session"})
_PLACES = ("Location", "Country")


def place_named_meeting_en(sr: Any, t: int) -> int | None:
    """The meeting noun of "the <Capitalised words> meeting / talks" right after token *t*
    (one to four capitalised words), else None."""
    if sr.key(t + 1) != "the":
        return None
    y = t + 2
    while y < sr.hi and y < t + 7 and sr.toks[y].cap and not sr.toks[y].punct:
        y += 1
    return y if y > t + 2 and y < sr.hi and sr.key(y) in _NOUNS else None


def place_meeting_pairs(sr: Any, t: int) -> list[tuple[str, str]] | None:
    """The pairs of the meeting "the <Place> talks" after *t* names (module doc); None when
    no place-named meeting follows *t* or its modifier names no place."""
    noun = place_named_meeting_en(sr, t)
    if noun is None:
        return None
    place = next((m.eid for m in sr.args if t + 2 <= m.lo and m.hi <= noun and
                  m.etype in _PLACES), None)
    if place is None:
        return None
    return meeting_pairs_placed(sr, place)


def meeting_pairs_placed(sr: Any, place: str) -> list[tuple[str, str]]:
    """The MET_WITH pairs of the latest of the two last meetings read whose sentence names
    *place* (an entity id), else [] (also read by ``meeting_placed_talks_en``)."""
    for key in ("met_out", "met_prev"):
        si, out = sr.doc.state.get(key, (-9, ()))
        if si < sr.si and any(m.eid == place for m in sr.doc.by_sent.get(si, ())):
            return [(r.source, r.target) for r in out if r.type == "MET_WITH"]
    return []
