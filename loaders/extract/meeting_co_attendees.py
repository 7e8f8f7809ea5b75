"""MET_WITH (session 27, meet27): attendees of one meeting met each other.

The annotation brief since session 24: "A person who attended met every participant, his own
side included", and an attendee is a participant: "بحضور A وB" / "attended by A and B" / "with
A and B attending" gives A-B too. The attendee rules pair each attendee with the meeting's
principals; here two attendees whose partners in this sentence are the same principals (at
least two) are paired. The attendees of a series of audiences too («حضر المقابلتين A وB», "The
audiences were attended by A and B": ``meeting_audiences_attended``; session 72).
"""

from __future__ import annotations

from typing import Any

_ATTEND_RULES = ("attended_meeting", "present_", "with_attending", "joined_at_meeting",
                 "audiences_attended")


def co_attendees(sr: Any, n_met: int) -> None:
    """Pair the attendees of one meeting with each other (module doc)."""
    partners: dict[str, set[str]] = {}
    for r in sr.out[n_met:]:
        if r.type == "MET_WITH" and r.rule.startswith(_ATTEND_RULES):
            partners.setdefault(r.source, set()).add(r.target)
    if len(partners) < 2:
        return
    people = sorted(partners)
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            pa, pb = partners[a] - {b}, partners[b] - {a}
            if len(pa) >= 2 and pa == pb and not _apposed(sr, a, b):
                sr.add("MET_WITH", a, b, "co_attendees")


def _apposed(sr: Any, a: str, b: str) -> bool:
    """One of the two stands in apposition to the other ("the Minister of Planning and
    International Cooperation, Dr. Y"): a mention of one ends at most three tokens before a
    mention of the other, with no "and" / و between (a misread title, not two people)."""
    spans = [(m.lo, m.hi, m.eid) for m in sr.args if m.eid in (a, b)]
    for _, hi1, e1 in spans:
        for lo2, _, e2 in spans:
            if e1 != e2 and 0 <= lo2 - hi1 <= 3 and not any(
                    sr.key(x) in ("and", "و") or sr.key(x).startswith("و")
                    for x in range(hi1, lo2)):
                return True
    return False
