"""Session 67 (blind67e): an English "and" joining two words of one title inside an apposition,
"X, the rebels' chief negotiator and spokesman, was also present", "X, minister of state and
government spokesman, attended the meeting": the apposition still describes X alone, so the
attendee readings that stop at a clause word ("and" opening another clause or list) go on.

Read by ``attendee_later_en.apposed_attendee_en`` and ``meeting_sides_en.before_apposition``.
"""

from __future__ import annotations

from typing import Any

# a word after "and" that opens another phrase or clause, not the title's second word
_OPENS_PHRASE = frozenset({"the", "a", "an", "his", "her", "its", "their", "other", "several", "two",
                           "three", "members", "senior", "also", "then", "was", "were", "who"})


def joins_title_words_en(sr: Any, w: int) -> bool:
    """Is token *w* an "and" between two plain words of a title ("negotiator and spokesman"):
    no punctuation and no mention on either side, the word after it lower-case and not an
    article, possessive or verb opening another phrase or clause?"""
    if sr.key(w) != "and" or w - 1 < sr.lo or w + 1 >= sr.hi:
        return False
    before, after = sr.toks[w - 1], sr.toks[w + 1]
    if before.punct or after.punct or after.ar or w - 1 in sr.mention_at or w + 1 in sr.mention_at:
        return False
    return not after.cap and sr.key(w + 1) not in _OPENS_PHRASE
