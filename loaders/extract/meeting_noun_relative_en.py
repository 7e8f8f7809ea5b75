"""A relative aside after a name inside a meeting noun's phrase (session 67).

"A meeting between Qaani and the cleric Moqtada al-Sadr, whose movement won the most seats, was
not expected" / "Talks with X, who heads the Coordination Framework, were postponed": the
clause between the commas describes the person; the meeting noun's own predicate ("was not
expected", "were postponed") comes after it. ``unreal_meeting_en`` skips such an aside: its
words do not count toward the reach of the meeting noun, and a planning word inside it ("X, who
is expected to run, ...") is not the meeting's.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.relative_heads import EN_RELATIVE_OPENERS

_STOPS = frozenset({".", ";"})
_MAX = 16


def relative_aside_close_en(sr: Any, y: int) -> int | None:
    """The comma closing a relative aside opened by the comma at *y* right after a named
    person or body (", who / whose / which ... ,"), else None."""
    if sr.key(y + 1) not in EN_RELATIVE_OPENERS or sr.mention_at.get(y - 1) is None:
        return None
    for z in range(y + 2, min(sr.hi, y + _MAX)):
        text = sr.toks[z].text
        if text in _STOPS:
            return None
        if text == ",":
            return z
    return None
