"""MET_WITH, English (session 67, blind67f): a list of attendees whose members each carry a
comma-closed title, as state agencies write their protocol lines: "The talks were attended by
Crown Prince Mohammed bin Naif, deputy premier and minister of interior, and Deputy Crown Prince
Mohammed bin Salman, second deputy premier and minister of defense, as well as U.S. Secretary of
State John Kerry", "attended by Sheikh A, the Deputy Prime Minister, and Sheikh B, the Minister
of Defence". ``chains.chain`` stops at the apposition; ``apposed_list_en`` continues the list
past it, as ``meeting_held_attended_en.semicolon_list_en`` does past semicolons.

The apposition is short (at most ``_REACH`` tokens), holds no person, no full stop, semicolon
or colon, and no verb of saying or relative word ("A, who met B last week, and C": the clause
is A's, and C is listed only when the apposition is a title); it ends with ", and" or ", as
well as" and the next person follows within a title.
"""

from __future__ import annotations

from typing import Any

_REACH = 14  # tokens of a title after a name, up to its closing comma
_CLAUSE = frozenset({"who", "whom", "whose", "which", "that", "said", "told", "says", "added",
                     "stated", "when", "where", "while", "after", "before", "had", "has",
                     "have", "was", "were", "is", "are", "will", "would"})


def _next_member_start(sr: Any, comma: int) -> int | None:
    """The token after ", and" / ", as well as" at *comma*, or None."""
    if sr.key(comma + 1) == "and":
        return comma + 2
    if sr.key(comma + 1) == "as" and sr.key(comma + 2) == "well" and sr.key(comma + 3) == "as":
        return comma + 4
    return None


def apposed_list_en(sr: Any, people: list) -> list:
    """*people* (the list after "attended by") continued past a comma-closed title after its
    last member (module doc)."""
    out = list(people)
    while out:
        last = out[-1]
        if sr.key(last.hi) != ",":
            return out
        comma = next((y for y in range(last.hi + 1, min(sr.hi, last.hi + _REACH))
                      if sr.key(y) in (",", ".", ";", ":") or sr.key(y) in _CLAUSE or
                      y in sr.mention_at and sr.mention_at[y].etype == "Person"), None)
        if comma is None or sr.key(comma) != "," or comma == last.hi + 1:
            return out
        start = _next_member_start(sr, comma)
        if start is None:
            return out
        nxt = sr.after(start, types=("Person",), maxgap=6)
        if nxt is None or nxt in out or any(sr.key(y) in (".", ";", ":", ",")
                                             for y in range(start, nxt.lo)):
            return out
        out.extend(m for m in sr.chain(nxt, ("Person",)) if m not in out)
    return out
