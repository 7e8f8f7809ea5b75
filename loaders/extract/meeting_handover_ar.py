"""MET_WITH (session 36): an Arabic handover of office told with its ceremony or meeting.

"تسلّم الوزير X مهامه من سلفه Y خلال مراسم تسليم وتسلم" / "تسلّم X إدارة الوزارة من الوزير
وكالةً Y، وعقد الجانبان اجتماعاً" / "سلّم الوزير السابق Y خلفه X ملفات الوزارة خلال لقاء" / "جرت
عملية التسلم والتسليم بين الوزير السابق Y والوزيرة الجديدة X، في حضور Z": the outgoing and the
incoming holder met, and so did those "في حضور / بحضور" the handover. A handover is a meeting
only when the sentence names the ceremony or a meeting ("مراسم", "حفل", "لقاء", "اجتماع",
"الجانبان", "حضرها", "حضور"), or is the handover event itself ("عملية التسلم والتسليم"); not
a letter received from someone ("تسلّم رسالة من X" comes by an envoy), not a holder who could
not attend ("تعذّر حضورها") or a handover done through a deputy ("عبر وكيل الوزارة").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import meet_each_other, title_start

_AR_RECEIVED = L._ar("تسلم", "وتسلم", "تسلّم", "وتسلّم", "يتسلم", "ليتسلم", "تتسلم", "تسلمت",
                     "وتسلمت")
_AR_HANDED = L._ar("سلم", "وسلم", "سلّم", "وسلّم", "سلمت", "وسلمت", "يسلم")
_AR_HANDOVER_NOUN = L._ar("التسلم", "التسلّم", "التسليم")
AR_HANDOVER = _AR_RECEIVED | _AR_HANDED | _AR_HANDOVER_NOUN
register_triggers(AR_HANDOVER, frozenset())
# what is handed when it is an office (not a letter: "تسلّم رسالة من X")
_OFFICE = L._ar("مهامه", "مهامها", "مهام", "منصبه", "منصبها", "الوزارة", "إدارة", "ادارة",
                "قيادة", "الحقيبة", "ملفات", "الحاكمية", "رئاسة", "المديرية", "مهماته")
_CEREMONY = L._ar("مراسم", "المراسم", "حفل", "الحفل", "لقاء", "اللقاء", "اجتماع",
                  "اجتماعا", "اجتماعاً", "الجانبان", "الوزيران", "الطرفان", "حضرها", "حضور",
                  "بحضور", "وبحضور")
_ABSENT = L._ar("تعذر", "تعذّر", "غياب", "بغياب", "عبر", "غيابه", "غيابها")
_FROM = L._ar("من")
_BETWEEN = L._ar("بين")
_CUES = _CEREMONY | _ABSENT
_PRESENCE = L._ar("حضور", "بحضور", "وبحضور")


def _person_at(sr: Any, y: int, maxgap: int = 4) -> Any:
    """The person named within *maxgap* tokens after *y*, no punctuation between."""
    m = next((a for a in sr.args if a.lo >= y and a.etype == "Person" and a.kind == "name"),
             None)  # (a name: not "الوزير" read as the minister named before)
    if m is None or title_start(m) - y > maxgap or \
            any(sr.toks[z].punct for z in range(y, m.lo)):
        return None
    return m


def _received(sr: Any, t: int) -> tuple[Any, Any] | None:
    """"تسلّم X مهامه / إدارة الوزارة من (سلفه) Y": (Y, X)."""
    receiver = _person_at(sr, t + 1)
    if receiver is None:
        return None
    for y in range(receiver.hi, min(sr.hi, receiver.hi + 6)):
        if sr.toks[y].punct:
            return None
        if sr.f(y) & _FROM:
            if not any(sr.f(z) & _OFFICE for z in range(receiver.hi, y)):
                return None
            giver = _person_at(sr, y + 1)
            return (giver, receiver) if giver is not None else None
    return None


def _handed(sr: Any, t: int) -> tuple[Any, Any] | None:
    """"سلّم (الوزير السابق) Y (خلفه) X ملفات / مهامه": (Y, X)."""
    giver = _person_at(sr, t + 1)
    receiver = _person_at(sr, giver.hi, 2) if giver is not None else None
    if receiver is None or not sr.f(receiver.hi) & _OFFICE:
        return None
    return giver, receiver


def _between(sr: Any, t: int) -> tuple[Any, Any] | None:
    """"عملية التسلم والتسليم بين Y وX": (Y, X)."""
    y = t + 1
    if sr.f(y) & _AR_HANDOVER_NOUN:
        y += 1
    if not sr.f(y) & _BETWEEN:
        return None
    a = _person_at(sr, y + 1, 6)
    if a is None:
        return None
    b = next((m for m in sr.args if m.lo >= a.hi and m.etype == "Person"), None)
    if b is None or b.lo - a.hi > 8 or any(sr.toks[z].punct for z in range(a.hi, b.lo)):
        return None
    return a, b


def _attendees(sr: Any, start: int) -> list[Any]:
    """The people "في حضور / بحضور" after *start*."""
    for y in range(start, sr.hi):
        if sr.f(y) & _PRESENCE:
            m = _person_at(sr, y + 1, 6)
            return sr.chain(m, ("Person",)) if m is not None else []
    return []


def handover_met_ar(sr: Any) -> None:
    """Add the meetings of an Arabic handover of office (module doc)."""
    if not sr.toks[sr.lo].ar:
        return
    cues = [y for y in range(sr.lo, sr.hi) if sr.f(y) & _CUES]
    if any(sr.f(y) & _ABSENT for y in cues):
        return  # (an absent holder)
    told = any(sr.f(y) & _CEREMONY for y in cues)  # a ceremony or a meeting told
    for t in sr.triggers(AR_HANDOVER, frozenset()):
        f = sr.f(t)
        if f & _AR_HANDOVER_NOUN:
            pair = _between(sr, t)  # (the handover event itself)
        elif not told:
            continue
        elif f & _AR_RECEIVED:
            pair = _received(sr, t)
        else:
            pair = _handed(sr, t)
        if pair is None or pair[0].eid == pair[1].eid or sr.blocked(t):
            continue
        people = [pair[0], pair[1]]
        for a in _attendees(sr, max(pair[0].hi, pair[1].hi)):
            if all(a.eid != p.eid for p in people):
                people.append(a)
        meet_each_other(sr, [m.eid for m in people], "handover_met_ar")
