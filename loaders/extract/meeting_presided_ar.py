"""MET_WITH (Arabic, session 18): a meeting "chaired by X, with the participation of Y and Z".

"استضافت الرياض الاجتماع الثاني للجنة ...، برئاسة X، وبمشاركة Y وZ": the chair and the
participants of one meeting met each other (X-Y, X-Z, Y-Z). Only when a meeting noun (اجتماع،
لقاء، جلسة، قمة، محادثات ...) comes before "برئاسة" in the clause and no delegation noun stands
between them ("وفد برئاسة X وبمشاركة Y" are members of one delegation, who do not meet each
other); not when negated or planned. Run by ``meetings_ar.meetings_ar`` on the cue "بمشاركة".
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_press import _pairs
from loaders.extract.rule_common import person_at

AR_WITH_PARTICIPATION = L._ar("بمشاركة", "وبمشاركة")
_CHAIRED = L._ar("برئاسة", "وبرئاسة")
_MEETING = L._ar("اجتماع", "الاجتماع", "اجتماعا", "اجتماعات", "الاجتماعات", "لقاء", "اللقاء",
                 "جلسة", "الجلسة", "قمة", "القمة", "محادثات", "المحادثات", "مباحثات",
                 "المباحثات", "الجولة", "جولة", "اجتماعها", "اجتماعه")
_DELEGATION = L._ar("وفد", "الوفد", "وفدا", "وفداً", "بوفد")
_REACH = 14  # words from "برئاسة" back to the meeting noun, and on to "بمشاركة"


def presided_participation_ar(sr: Any) -> None:
    """The chair and the participants of one meeting met (module doc)."""
    for p in sr.triggers(AR_WITH_PARTICIPATION, frozenset()):
        h = next((x for x in range(p - 1, max(sr.lo, p - _REACH) - 1, -1)
                  if sr.f(x) & _CHAIRED), None)
        if h is None:
            continue
        chair = person_at(sr, h + 1)
        nxt = sr.after(chair.hi, types=("Person",), maxgap=0) if chair is not None else None
        if nxt is not None and nxt.lo == chair.hi:
            chair = nxt  # "المهندس وليد الخريجي": a title word read as a name, then the name
        if chair is None or chair.hi > p or any(
                sr.toks[x].text in (".", "؛", ";") for x in range(chair.hi, p)):
            continue
        noun = None
        for x in range(h - 1, max(sr.lo, h - _REACH) - 1, -1):
            fx = sr.f(x)
            if fx & _DELEGATION or sr.toks[x].text in (".", "؛", ";"):
                break
            if fx & _MEETING:
                noun = x
                break
        if noun is None:
            continue
        first = person_at(sr, p + 1)
        if first is None or sr.blocked(p, chair):
            continue
        people = [chair] + [m for m in sr.chain(first, ("Person",)) if m is not chair]
        _pairs(sr, people, "presided_participation_ar")
