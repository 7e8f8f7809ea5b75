"""MET_WITH (Arabic, session 18): a meeting "chaired by X, with the participation of Y and Z".

"استضافت الرياض الاجتماع الثاني للجنة ...، برئاسة X، وبمشاركة Y وZ": the chair and the
participants of one meeting met each other (X-Y, X-Z, Y-Z). Only when a meeting noun (اجتماع،
لقاء، جلسة، قمة، محادثات ...) comes before "برئاسة" in the clause and no delegation noun stands
between them ("وفد برئاسة X وبمشاركة Y" are members of one delegation, who do not meet each
other); not when negated or planned. Run by ``meetings_ar.meetings_ar`` on the cue "بمشاركة".
Session 22: with no chair, the participants of a meeting named three- or four-sided ("الحوار
الثلاثي ...، بمشاركة A وB وC") met each other (``_trilateral_participants``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_attend_forms import titled_list_ar
from loaders.extract.meeting_held_participants_ar import held_participants_ar
from loaders.extract.meeting_press import each_pair_met
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
            _trilateral_participants(sr, p)
            held_participants_ar(sr, p)  # "استضاف X قمة ...، بمشاركة A وB" (s69)
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
        people = [chair] + [m for m in titled_list_ar(sr, sr.chain(first, ("Person",)))
                            if m is not chair]
        each_pair_met(sr, people, "presided_participation_ar")


_MANY_SIDED = L._ar("الثلاثي", "ثلاثي", "الثلاثية", "ثلاثية", "ثلاثيا", "ثلاثياً", "الرباعي",
                    "رباعي", "الرباعية", "رباعية")
_MEETING_OR_DIALOGUE = _MEETING | L._ar("الحوار", "حوار", "المشاورات", "مشاورات")
_FUTURE = ("ستست", "سيست", "ستعقد", "سيعقد", "ستجري", "سيجري", "ستنطلق", "ستبدا", "سيبدا")
_INDIRECT = L._ar("المباشرة", "مباشرة")  # ("غير المباشرة": the sides never met)


def _trilateral_participants(sr: Any, p: int) -> None:
    """"استضافت كابول الجولة السادسة من الحوار الثلاثي بين ...، بمشاركة A وB وC" (no chair): the
    participants of a meeting named three- or four-sided met each other (session 22); not a
    conference or talks merely "with the participation of", not indirect talks."""
    many = None
    for x in range(p - 1, max(sr.lo, p - _REACH) - 1, -1):
        fx = sr.f(x)
        if fx & (_DELEGATION | _INDIRECT) or sr.toks[x].text in (".", "؛", ";"):
            return
        if fx & _MANY_SIDED and any(sr.f(y) & _MEETING_OR_DIALOGUE
                                    for y in range(max(sr.lo, x - 3), x)):
            many = x
    first = person_at(sr, p + 1) if many is not None else None
    if first is None or sr.blocked(p, first) or sr.blocked(many) or any(
            sr.f(y) & L.AR_MODAL or sr.key(y).startswith(_FUTURE) for y in range(sr.lo, many)):
        return  # ("من المقرر أن تستضيف ... اجتماعاً ثلاثياً", "ستستضيف")
    each_pair_met(sr, titled_list_ar(sr, sr.chain(first, ("Person",))),
                  "trilateral_participants_ar")
