"""MET_WITH (session 68): "a meeting between the delegations, attended by A and B" names no sides.

"لقاء بين X وY" / "a meeting between X and Y" names the two sides after "بين" / "between"
(``meetings.MeetingRules.met_with``, "met_between"). When the sides are the delegations,
unnamed, and the first names after "between" are those of a participation clause, they are
attendees of the meeting of the two leaders told before, read by ``meeting_attended`` (each
with both principals), not the two sides of a meeting of their own:

- Arabic (blind68c): "أعقبه اجتماع موسّع بين وفدي البلدين شارك فيه وزير الخارجية A ووزير الدفاع
  B"، "عُقد اجتماع بين الجانبين بحضور A وB"، "ثم اجتماع بين الوفدين حضره A" (a participation
  word of ``meeting_attended_ar.ATTEND_CUES_AR``: "شارك"، "حضره"، "بحضور"، "بمشاركة"، "ضمّ",
  before the first name's title);
- English (blind68f): "The two leaders held a one-on-one meeting, followed by talks between the
  delegations attended by Foreign Minister A, Communications Director B and spokesman C" / "...
  talks between the two sides attended by A and B" ("attended", "attending", "joined",
  "present", before the first name).

:func:`attendees_after_between` tells that case for both languages.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_attended_ar import ATTEND_CUES_AR
from loaders.extract.rule_common import title_start

_EN_ATTENDING = frozenset({"attended", "attending", "joined", "present"})


def attendees_after_between(sr: Any, bx: int, first: Any, ar: bool) -> bool:
    """Does a participation word stand between "بين" / "between" at *bx* and the mention
    *first* (in Arabic, before its title)? *ar*: the meeting word is Arabic."""
    if ar:
        return any(sr.f(x) & ATTEND_CUES_AR for x in range(bx + 1, title_start(first)))
    return any(sr.key(y) in _EN_ATTENDING for y in range(bx + 1, first.lo))
