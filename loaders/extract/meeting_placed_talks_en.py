"""MET_WITH (session 68): the attendees of talks placed where no meeting told before was held.

"The proposal was presented at two days of talks in Doha last week attended by A, B, C and D",
"A meeting in Cairo on Sunday, attended by A and B, agreed ...": talks with no article, set in a
place, are a meeting of their own, not the latest meeting told (Blinken's with Netanyahu in
Jerusalem two sentences before). Their attendees met each other (``meeting_co_attendees``) and
nobody of an earlier meeting, unless the sentence of one of the two last meetings read names
the same place ("X received Y in Doha. Talks in Doha attended by Z followed": Z met X and Y).
"The meeting in Baghdad was attended by Z" (definite: the meeting told before) is left as it was.
Read by ``meeting_attended.attended_meeting`` for an English "attended by" with no meeting in
its own sentence.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_place_named_en import meeting_pairs_placed

_NOUNS = frozenset({"talks", "meeting", "meetings", "session", "negotiations", "consultations",
                    "summit"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
_PLACES = ("Location", "Country")
_OPENERS = frozenset({"at", "during", "after", "from", "to", "into", "in"})
_PHRASE = 5  # tokens of the phrase before the noun ("two days of", "a closed-door")
_REACH = 12  # tokens back from "attended" to the meeting noun
_TAIL = 5  # tokens between the place and "attended" ("last week", "on Sunday ,")


def _introduced_en(sr: Any, n: int) -> bool:
    """Is the meeting noun at *n* new talks: its phrase opens the sentence ("Talks in Doha") or
    follows a preposition ("at two days of talks", "during a meeting"), with no definite word
    ("the 40-minute meeting") and no verb or name ("held official talks") before the noun?"""
    for y in range(n - 1, max(sr.lo, n - _PHRASE) - 1, -1):
        k = sr.key(y)
        if k in _OPENERS:
            return True
        if k in _DEFINITE or y in sr.mention_at or not (k.isalnum() or k == "-") or \
                sr.toks[y].cap and y > sr.lo:
            return False
    return n - _PHRASE < sr.lo  # (the phrase opens the sentence)


def _placed_talks_en(sr: Any, t: int) -> str | None:
    """The place of "<talks> in / at <Place> ... attended by" ending at *t* ("attended"), with
    no definite word before the noun; None when the attendees' meeting is not so placed."""
    for n in range(t - 1, max(sr.lo, t - _REACH) - 1, -1):
        if sr.key(n) not in _NOUNS:
            continue
        if not _introduced_en(sr, n) or sr.key(n + 1) not in ("in", "at"):
            return None
        m = sr.mention_at.get(n + 2)
        if m is None or m.lo != n + 2 or m.etype not in _PLACES or not 0 <= t - m.hi <= _TAIL:
            return None
        return m.eid
    return None


def placed_talks_pairs_en(sr: Any, t: int) -> list[tuple[str, str]] | None:
    """The pairs of the meeting the attendees at *t* attended when it is placed talks (module
    doc): those of one of the two last meetings read whose sentence names the place, else [];
    None when the sentence reads a meeting of its own or its talks are not so placed."""
    if sr.key(t + 1) != "by" or any(r.type == "MET_WITH" for r in sr.out):
        return None
    place = _placed_talks_en(sr, t)
    if place is None:
        return None
    return meeting_pairs_placed(sr, place)
