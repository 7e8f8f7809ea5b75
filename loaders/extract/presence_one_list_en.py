"""MET_WITH (session 40, meeten): "X received / met A and B (together) ..., in the presence of
Z" -- one meeting verb whose objects are one list: A and B sat at one meeting with X, so the
witness Z met X, A and B (annotators pair all of them: "received Mukhif and Al-Habobi together
..., in the presence of Finance Minister Ali Allawi", "receives the general's daughter A and
his brother B, ..., in the presence of Ghaani", "Ghaani met A, <title>, and B, <title>, in the
presence of ... Z").

``meeting_sides_en.present_partners`` read such pairs (the host with each guest) as several
meetings and gave Z the convener alone (``meeting_own_side.whole_meeting``); one table of all
("received A and B together") the same. Not when the
guests were met apart ("separately", "respectively", "each"; "then" / "later" between
two guests), nor when the
pairs have no single host or the guests are no one list of the sentence.

Session 71: guests named before as "the two men" / "both leaders" right after the verb
("Macron received the two men ..., first separately and then together, in the presence of
Z": a sentence before named them) count as that list when the sentence's pairs give the host
exactly two guests; "separately" followed by "together" before the presence phrase no longer
keeps the guests apart.

Session 45: the guests of that one list met each other too (``meeting_sides_en``), unless
the sentence says the meetings were apart ("in separate meetings", "one after the other",
"in turn", "on successive days", "in back-to-back meetings", "in three meetings":
``_met_apart``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.context_tails import apposition_tail
from loaders.extract.meeting_own_side import conveners, one_table

_MET_VERBS = frozenset({"received", "hosted", "met", "welcomed"})
_APART = frozenset({"separately", "respectively", "each", "individually"})
# between two guests only: "met A and later B" (not "received A and B later in the day")
_APART_INSIDE = frozenset({"then", "later", "afterwards", "subsequently"})
# anywhere before the presence phrase: the guests had meetings of their own (session 45)
_APART_MEETINGS = frozenset({"separate", "different", "successive", "consecutive", "respective",
                             "meetings", "audiences"})


def one_list_meeting_en(sr: Any, pairs: list[tuple[str, str]],
                        present_at: int) -> tuple[list[str], list[str]]:
    """Everyone of *pairs* when they are one host with the guests of one object list named
    before the presence phrase at *present_at* (module doc), else []; and the guests of that
    one meeting who met each other (session 45: [] when ``_met_apart`` or one table already)."""
    seen = {frozenset(p) for p in pairs if p[0] != p[1]}
    people = {p for pair in seen for p in pair}
    if len(seen) < 2 or not all(p.startswith("person:") for p in people):
        return [], []
    apart = next((y for y in range(sr.lo, present_at) if sr.key(y) in _APART), None)
    if apart is not None and not any(sr.key(y) == "together" for y in range(apart, present_at)):
        return [], []  # (not "first separately and then together": session 71)
    if one_table(pairs):  # "received A and B together": one table already
        return sorted(people), []
    hubs = conveners(people, seen)
    if len(hubs) != 1 or len(seen) != len(people) - 1:
        return [], []
    guests = people - {hubs[0]}
    first = next((m for m in sr.args if m.eid in guests and m.lo < present_at), None)
    if first is None:  # "X received the two men ..., in the presence of Z" (session 71)
        if len(guests) == 2 and _the_two_before(sr, present_at):
            return sorted(people), ([] if _met_apart(sr, present_at) else sorted(guests))
        return [], []
    last = [m for m in sr.chain(first, ("Person",)) if m.lo < present_at]
    listed = {m.eid for m in last}
    while last and not guests <= listed:
        more = [m for m in apposition_tail(sr, last[-1]) if m.lo < present_at]
        if not more:
            break
        listed |= {m.eid for m in more}
        last = more
    if not guests <= listed:
        return [], []
    inside = [m.lo for m in sr.args if m.eid in guests and m.lo < present_at]
    if any(sr.key(y) in _APART_INSIDE for y in range(min(inside), max(inside))):
        return [], []
    return sorted(people), ([] if _met_apart(sr, present_at) else sorted(guests))


def _the_two_before(sr: Any, present_at: int) -> bool:
    """Is a guest list named before *present_at* as "the two <noun>" / "both <noun>" right
    after the meeting verb ("received the two envoys", "hosted both leaders")?"""
    for y in range(sr.lo + 1, present_at - 1):
        if sr.key(y) in _MET_VERBS and (
                sr.key(y + 1) == "the" and sr.key(y + 2) == "two" or sr.key(y + 1) == "both"):
            return True
    return False


def _met_apart(sr: Any, present_at: int) -> bool:
    """Does the sentence before *present_at* tell meetings of the guests apart ("in separate
    meetings", "on successive days", "in turn", "one after the other", "in two audiences")?"""
    return any(sr.key(y) in _APART_MEETINGS or (sr.key(y) == "turn" and sr.key(y - 1) == "in")
               or (sr.key(y) == "other" and sr.key(y - 2) == "after")
               for y in range(sr.lo, present_at))
