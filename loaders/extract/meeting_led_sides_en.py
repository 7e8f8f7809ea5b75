"""MET_WITH: English talks "led by A and by B" (session 26, meet26).

"The talks in Beijing, hosted by W, were led by A and by B" / "expert teams led by A, the
director of policy planning, and by B and C met in Muscat": the two "by" groups are the two
sides of one meeting, so each person of one side met each of the other (A-B, A-C), and the host
of the talks ("hosted by W") met them all. Only when the sentence tells a meeting: a meeting
noun is the subject of "were / was led by", or a meeting verb follows the second side ("...
and by B met in Muscat"). Not negated or planned.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

EN_LED = frozenset({"led"})
register_triggers(frozenset(), EN_LED)
_EN_TALKS = frozenset({"talks", "negotiations", "meeting", "meetings", "round", "session",
                       "discussions", "consultations"})
_EN_MET = frozenset({"met", "held", "convened", "sat"})
_STOPS = frozenset({".", ";", ":"})


def _side(sr: Any, b: int) -> list[Any]:
    """The people named right after the "by" at *b* (an and-list), else []."""
    m = next((a for a in sr.args if a.lo > b), None)
    if m is None or m.etype != "Person" or min(m.lo, title_start(m)) - b > 6 or any(
            sr.toks[y].text in (",", ";", ":", "(") for y in range(b + 1, m.lo)):
        return []  # (a title between: "by the deputy foreign ministers A and B", "Dr.")
    return sr.chain(m, ("Person",))


def _second_by(sr: Any, start: int) -> int:
    """The "by" of "and by" after *start* (past an apposition), else -1."""
    for y in range(start, min(sr.hi - 1, start + 14)):
        if sr.key(y) in _STOPS:
            return -1
        if sr.key(y) == "and" and sr.key(y + 1) == "by":
            return y + 1
    return -1


def led_sides_en(sr: Any) -> None:
    """Add the pairs of the two sides "led by A and by B" (module doc)."""
    for t in sr.triggers(frozenset(), EN_LED):
        if sr.key(t + 1) != "by":
            continue
        one = _side(sr, t + 1)
        b2 = _second_by(sr, one[-1].hi) if one else -1
        two = _side(sr, b2) if b2 > 0 else []
        if not two:
            continue
        talks = sr.key(t - 1) in ("were", "was") and any(
            sr.key(y) in _EN_TALKS for y in range(sr.lo, t - 1))
        after = two[-1].hi
        met = any(sr.key(y) in _EN_MET for y in range(after, min(sr.hi, after + 3)))
        if not (talks or met) or sr.blocked(t, one[0]):
            continue
        host = next((a for a in sr.args if a.etype == "Person" and sr.key(a.lo - 1) == "by" and
                     sr.key(a.lo - 2) == "hosted" and a.hi <= t), None)
        hosts = [host] if host is not None else []
        for a in one:
            for o in two + hosts:
                if a.eid != o.eid:
                    sr.add("MET_WITH", a.eid, o.eid, "led_sides_en")
        for o in two:
            for h in hosts:
                if o.eid != h.eid:
                    sr.add("MET_WITH", o.eid, h.eid, "led_sides_en")
