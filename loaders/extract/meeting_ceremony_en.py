"""MET_WITH (English, session 44): who attended a ceremony met all who took part in it.

"X and Y signed a memorandum. The signing was attended by A and B", "X was sworn in before
Y. Z also attended the ceremony", "X took over from Y at a handover ceremony. The ceremony was
attended by A and by B": an attendee of a signing, swearing-in or handover met every
participant of the latest meeting read (the signers, the one sworn in and the one before
whom), whatever his side -- unlike an attendee of talks (``meeting_sides_en``), who met the
other side only -- and the attendees named together met each other. Read by
``meeting_attended.attended_meeting``; the dev gold pairs ceremony attendees so in JY, KC, KF,
KI, KZ and LD (writers JY-KA, KB-KD, KE-KG, KH-KJ, KZ-LA, LD-LE).
"""

from __future__ import annotations

from typing import Any

EN_CEREMONY = frozenset({"ceremony", "signing"})
_DET = frozenset({"the", "this", "that", "brief", "signing", "handover", "swearing-in"})


def ceremony_before(sr: Any, t: int) -> bool:
    """Is a ceremony noun named in the sentence before *t* ("The signing was attended by",
    "in a ceremony attended by")?"""
    return any(sr.key(y) in EN_CEREMONY for y in range(sr.lo, t))


def names_ceremony_en(sr: Any, t: int) -> bool:
    """Does "the (signing / handover) ceremony" / "the signing" follow *t* ("X also attended
    the ceremony")?"""
    y = t + 1
    if y >= sr.hi or sr.key(y) not in ("the", "this", "that"):
        return False
    while y < sr.hi and y < t + 4:
        if sr.key(y) in EN_CEREMONY and (sr.key(y) != "signing" or sr.key(y + 1) != "of"
                                         or y + 1 >= sr.hi):
            return True
        if sr.key(y) not in _DET:
            return False
        y += 1
    return False


def own_pair_here(sr: Any, people: list) -> bool:
    """Has one of the attendees *people* a meeting of his own read in this sentence ("X, who
    attended the ceremony, held separate talks with Y")? Then the ceremony's people are not
    read as his partners."""
    ids = {a.eid for a in people}
    return any(r.sent == sr.si and r.type == "MET_WITH" and (r.source in ids or r.target in ids)
               for r in sr.out)


def ceremony_partners(attendee: str, pairs: list[tuple[str, str]]) -> list[str]:
    """Every person of the ceremony's *pairs* but the attendee himself."""
    return sorted({p for pair in pairs for p in pair if p.startswith("person:")} - {attendee})


def co_attendees_en(sr: Any, people: list, rule: str) -> None:
    """The attendees of one ceremony named together met each other."""
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if a.eid != b.eid:
                sr.add("MET_WITH", a.eid, b.eid, rule)
