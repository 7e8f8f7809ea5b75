"""MET_WITH: English "joint talks / a joint meeting with" (session 26, meet26).

"A and B held joint talks with C" / "X held a joint meeting with A and B": "joint" says the
people of the meeting sat together, so each pair of them met (A-B, not only A-C and B-C;
A-B of the objects), beside the pairs of the subject with the objects that ``meetings`` reads.
The verb of holding is right before "joint" (past "a"); the subject is the and-list ending
before the verb, the objects the and-list right after "with" (past a relative: "with A, who heads X, and B"). Not a joint statement or press
conference (``meeting_press``), not by video or phone (``SentenceRules.add``), not negated or
planned.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_phrases import _close_person
from loaders.extract.meeting_press import each_pair_met, people_before
from loaders.extract.rule_common import title_start

_EN_MEETING = frozenset({"talks", "meeting", "meetings", "session", "sessions", "discussions",
                         "consultations", "negotiations"})
_EN_HELD = frozenset({"held", "had", "hold", "holds", "holding", "conducted"})
_EN_STOPS = frozenset({";", ".", "said", "says", "told", "while", "before", "after", "then"})


def joint_talks_en(sr: Any, j: int) -> None:
    """The pairs of "held (a) joint talks / meeting with" at the "joint" word *j*."""
    if sr.key(j + 1) not in _EN_MEETING or sr.key(j + 2) != "with":
        return
    v = j - 1 if sr.key(j - 1) not in ("a", "an") else j - 2
    if sr.key(v) not in _EN_HELD:
        return
    subjects = people_before(sr, v)
    obj = _close_person(sr, j + 3)
    if not subjects or obj is None or sr.blocked(v, subjects[0]):
        return
    objs = sr.chain(obj, ("Person",))
    for m in sr.args:  # "with A, who heads X, and B": the list goes on past a relative
        if m.lo > objs[-1].hi and m.etype == "Person" and sr.key(title_start(m) - 1) == "and" \
                and not any(sr.key(y) in _EN_STOPS for y in range(objs[-1].hi, m.lo)):
            objs = objs + [m]
    people = subjects + [o for o in objs if o not in subjects]
    if len(people) >= 3:
        each_pair_met(sr, people, "joint_talks_en")
