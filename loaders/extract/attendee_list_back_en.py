"""MET_WITH, English (session 64, seen64): an attendee list opening the sentence whose members
are set off by commas, before "were in the room" / "sat in" / "took part" / "attended".

"Intelligence chief, Hassan Rashad, and Foreign Minister, Badr Abdelatty, who arrived with
Abbas, were in the room" / "Deputy envoy Morgan Ortagus, who flew in from Tel Aviv, and Foreign
Minister Youssef Rajji were also in the room": the list the attendance rules found ended at the
last member (``sr.chain`` stops at a titled apposition or a relative clause); the members before
it, each joined by ", and" / "and" / ",", are read back: a person whose name ends right before
the joiner, or the head of "X, who <clause>," whose comma is the joiner; session 68 (blind68h): the person X of "X, <apposition>, and B" ("General David
Petraeus, the top U.S. commander in Iraq, and Ambassador Ryan Crocker were also present").

Kept only when the list opens the sentence: the words before its first member are titles
(capitalised words), commas or "also" -- not "X met Y, and A was in the room" (Y is no
attendee).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_sides_en import before_apposition
from loaders.extract.relative_heads import EN_COMMA, EN_WHO_WHOM, relative_head_back
from loaders.extract.rule_common import title_start

_MAX_MEMBERS = 6
_CLAUSE_ENDS = frozenset({";", ".", "and"})
_MAX_TITLE_WORDS = 10
_TITLE_LINKS = frozenset({"of", "the", "and", "for"})
# the words of titles, for a lower-case one ("Intelligence chief, A")


def _title_before_comma(sr: Any, first: Any) -> int:
    """The first word of a title set off by a comma before *first* ("Foreign Minister, B"),
    else *first*'s own title start."""
    start = title_start(first)
    x = start - 1
    if sr.key(x) != ",":
        return start
    y = x - 1
    while y >= sr.lo and x - y <= 4 and (sr.toks[y].cap or sr.key(y) in L.EN_TITLE_WORDS) and \
            y not in sr.mention_at:
        y -= 1
    return y + 1 if y < x - 1 and sr.key(y) in ("and", ",") else start


def _long_title_starts(sr: Any, first: Any) -> list[int]:
    """The starts of a long title the mention *first* did not take in, nearest first: each
    title word right after "and" / "," in the run of capitalised words (and "of", "the", "and",
    "for") before it ("Deputy Prime Minister and Minister of Foreign Affairs and Expatriates B":
    "Minister", "Deputy"), up to the first person or other word (session 68)."""
    starts = []
    y = title_start(first) - 1
    while y > sr.lo and title_start(first) - y <= _MAX_TITLE_WORDS:
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person" or \
                not (sr.toks[y].cap or sr.key(y) in _TITLE_LINKS):
            break
        if sr.key(y) in L.EN_TITLE_FIRST and sr.key(y - 1) in ("and", ","):
            starts.append(y)
        y -= 1
    return starts


def _member_before(sr: Any, first: Any) -> Any:
    """The member listed right before *first* (", and" / "and" / "," between, past a title set
    off by commas, else past a long title of its own), else None."""
    m = _member_joined_before(sr, _title_before_comma(sr, first) - 1)
    if m is not None:
        return m
    for start in _long_title_starts(sr, first):
        m = _member_joined_before(sr, start - 1)
        if m is not None:
            return m
    return None


def _member_joined_before(sr: Any, x: int) -> Any:
    """The member whose words end at the joiner *x* (", and" / "and" / ","), else None."""
    joined = False
    if sr.key(x) == "and":
        x -= 1
        joined = True
    comma = x if sr.key(x) == "," else None
    if comma is not None:
        x -= 1
        joined = True
    if not joined or x < sr.lo:
        return None
    m = sr.mention_at.get(x)
    if m is not None and m.etype == "Person" and m.hi == x + 1:
        return m  # "A, and (Foreign Minister,) B": A
    if comma is None:
        return None
    head = relative_head_back(sr, comma - 1, max(sr.lo, comma - 16), EN_WHO_WHOM, EN_COMMA,
                              lambda w: sr.key(w) in _CLAUSE_ENDS)  # "A, who ..., and B"
    if head is not None or sr.key(comma + 1) != "and":
        return head
    end = before_apposition(sr, comma)  # "A, the top U.S. commander in Iraq, and B" (s68)
    m = sr.mention_at.get(end) if end != comma else None
    return m if m is not None and m.etype == "Person" and m.hi == end + 1 else None


# a lead-in naming the list as a delegation's members ("Members of the delegation, among them A,
# <apposition>, and B, took part"; "The delegation, including A and B, ..."; session 69)
_DELEGATION_LEAD_IN = frozenset({"members", "member", "delegation", "delegations", "team", "among",
                                 "them", "including", "his", "her", "its", "their"})


def _opens_sentence(sr: Any, first: Any) -> bool:
    """Are the words before *first* (back to the sentence's start) only titles (capitalised
    words, title words, "the", "of", a country named before *first*), commas, "also" or a
    delegation's lead-in ("Members of the delegation, among them")?"""
    return all(sr.toks[y].cap or sr.key(y) in (",", "also", "the", "of") or
               sr.key(y) in _DELEGATION_LEAD_IN or
               sr.key(y) in L.EN_TITLE_WORDS or
               y in sr.mention_at and sr.mention_at[y].hi <= first.lo
               and sr.mention_at[y].etype == "Country"
               for y in range(sr.lo, _title_before_comma(sr, first)))


def listed_back_en(sr: Any, people: list[Any]) -> list[Any]:
    """*people* (an attendee list ending before the attendance verb) with the members set off
    by commas before it, when the whole list opens the sentence; else *people*."""
    if not people or sr.toks[people[0].lo].ar:
        return people
    out = list(people)
    while len(out) < _MAX_MEMBERS:
        prev = _member_before(sr, out[0])
        if prev is None or prev in out:
            break
        out.insert(0, prev)
    if len(out) == len(people) or not _opens_sentence(sr, out[0]):
        return people
    return out
