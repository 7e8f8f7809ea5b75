"""MET_WITH (English, session 20): a meeting of three or more sides, "a three-way meeting",
"four-way talks", "trilateral talks".

The clause's meeting rules read the subject and its partners ("Burns later joined four-way
talks in Cairo with A, B and C": Burns met A, B and C; "X sat down with Y ..., in a three-way
meeting with Z": X met Y and Z). A meeting of several sides is one table: every two of its
people met, so A, B and C met each other too (and Y met Z). Read only on the sentence's own
MET_WITH output, when it names three to five people, the multi-party noun names its partners
("... talks in Cairo with A": not "days before a four-way summit that Qatar will host") and
is not negated or hypothetical (``SentenceCore.blocked``). Run by ``meetings_en.meetings_en`` on
the cues below.
"""

from __future__ import annotations

from typing import Any

EN_MULTIPARTY = frozenset({"way", "trilateral", "quadrilateral", "tripartite"})
_EN_SIDES = frozenset({"three", "four", "five", "3", "4", "5"})  # "three-way"
_EN_MEETING = frozenset({"talks", "meeting", "meetings", "summit", "negotiations"})
_MAX_PEOPLE = 5
_WITH_GAP = 6  # "four-way talks in the Egyptian capital with"


def _multiparty_at(sr: Any, x: int) -> bool:
    """Does the cue at *x* name a meeting of several sides ("four-way talks", "a trilateral
    summit")?"""
    if sr.key(x) == "way" and not (sr.key(x - 1) == "-" and sr.key(x - 2) in _EN_SIDES):
        return False
    return sr.key(x + 1) in _EN_MEETING


def _with_after(sr: Any, x: int) -> int | None:
    """The "with" naming the partners of the meeting noun at *x* ("talks in Cairo with"),
    else None (a summit of others: "days before a four-way summit that Qatar will host")."""
    return next((y for y in range(x + 1, min(sr.hi, x + _WITH_GAP))
                 if sr.key(y) == "with"), None)


def multiparty_en(sr: Any) -> None:
    """Every two people of a multi-party meeting of this sentence met (module doc)."""
    for x in sr.triggers(frozenset(), EN_MULTIPARTY):
        if not _multiparty_at(sr, x) or sr.blocked(x):
            continue
        w = _with_after(sr, x + 1)
        if w is None or not any(m.etype == "Person" and m.lo > w for m in sr.args):
            continue
        people: list[str] = []
        for r in sr.out:
            if r.sent == sr.si and r.type == "MET_WITH":
                for eid in (r.source, r.target):
                    if eid.startswith("person:") and eid not in people:
                        people.append(eid)
        if 3 <= len(people) <= _MAX_PEOPLE:
            for i, a in enumerate(people):
                for b in people[i + 1:]:
                    sr.add("MET_WITH", a, b, "multiparty_en")
        return
