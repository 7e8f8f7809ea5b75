"""A description nobody was found for, standing as a member of an English list of people
(session 69).

"where CIA Director William Burns, Mossad chief David Barnea, the Qatari premier and Egyptian
intelligence chief Abbas Kamel met": "the Qatari premier" resolved to no one (the article had not
named him) and left the words ", the Qatari premier and" between Barnea and Kamel, so the list
stopped at Barnea and no one met. ``description_member_gap_en`` tells ``chains.chain`` that such
a gap is one more member of the list, a description ("the" or a possessive, nationalities,
title words) between a comma and "and" (or a second comma): the list goes on past it.
"""

from __future__ import annotations

from loaders.extract import lexicon as L

_OPENERS = frozenset({"the", "his", "her", "their", "its"})


def description_member_gap_en(gap_keys: list[str]) -> bool:
    """Are *gap_keys* (the words between two list members) a comma, a description ("the
    Qatari premier", "the Egyptian intelligence chief") and "and" or a comma (a "then-" of
    the next member's title after it)?"""
    if gap_keys[-2:] == ["then", "-"]:
        gap_keys = gap_keys[:-2]  # "... and then-Egyptian intelligence chief Y"
    n = len(gap_keys)
    if n < 4 or gap_keys[0] != "," or gap_keys[-1] not in ("and", ",") or \
            gap_keys[1] not in _OPENERS:
        return False
    words = gap_keys[2:-1]
    return words[-1] in L.EN_TITLES and all(
        w in L.NATIONALITY or w in L.EN_TITLE_WORDS or w in L.EN_QUALIFIERS for w in words)
