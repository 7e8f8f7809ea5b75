"""MET_WITH, Arabic (session 68): "a meeting between the delegations, attended by A and B".

"لقاء بين X وY" names the two sides after "بين" (``meetings.MeetingRules.met_with``,
"met_between"). When the sides are the delegations, unnamed, and the first names after
"بين" are those of a participation clause, "أعقبه اجتماع موسّع بين وفدي البلدين شارك فيه
وزير الخارجية A ووزير الدفاع B"، "عُقد اجتماع بين الجانبين بحضور A وB"، "ثم اجتماع بين
الوفدين حضره A": A and B are attendees of the meeting of the two leaders told before, read by
``meeting_attended`` (each with both principals), not the two sides of a meeting of their own.

:func:`attendees_after_between_ar` tells that case: a participation word ("شارك"، "حضره"،
"بحضور"، "بمشاركة"، "ضمّ") between "بين" and the first name.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_attended_ar import ATTEND_CUES_AR
from loaders.extract.rule_common import title_start


def attendees_after_between_ar(sr: Any, bx: int, first: Any) -> bool:
    """Does a participation word stand between "بين" at *bx* and the mention *first*?"""
    return any(sr.f(x) & ATTEND_CUES_AR for x in range(bx + 1, title_start(first)))
