"""MET_WITH (English, session 44): who attended a ceremony met all who took part in it.

"X and Y signed a memorandum. The signing was attended by A and B", "X was sworn in before
Y. Z also attended the ceremony", "X took over from Y at a handover ceremony. The ceremony was
attended by A and by B": an attendee of a signing, swearing-in or handover met every
participant of the latest meeting read (the signers, the one sworn in and the one before
whom), whatever his side -- unlike an attendee of talks (``meeting_sides_en``), who met the
other side only -- and the attendees named together met each other. Read by
``meeting_attended.attended_meeting``; the dev gold pairs ceremony attendees so in JY, KC, KF,
KI, KZ and LD (writers JY-KA, KB-KD, KE-KG, KH-KJ, KZ-LA, LD-LE).

Only a rite (after review): the latest meeting must itself be a signing, an oath, a
handover or a letter handed over in person (session 70: "X handed Y the letter of designation
at a ceremony attended by A and B"; read by one of ``_RITE_RULES``) told in this sentence or the one before, never one
from further back; the ceremony is a bare / signing / handover / swearing-in one ("the funeral
ceremony", "the ceremony for the victims" are other events), and no time shift ("A week later,
Z attended the ceremony").
"""

from __future__ import annotations

from typing import Any

EN_CEREMONY = frozenset({"ceremony", "signing"})
_DET = frozenset({"the", "this", "that", "brief", "signing", "handover", "swearing-in"})
_BEFORE_CEREMONY = _DET | {"a"}
_OTHER_EVENT = frozenset({"for", "to", "marking", "commemorating", "honouring", "honoring"})
_TIME_SHIFT = frozenset({"later", "earlier", "previously", "afterwards", "subsequently"})
_RITE_RULES = frozenset({"signed_together_en", "signed_with_en", "signed_by_en", "oath_before_en",
                         "oath_attended_en", "handover_met_en",
                         # (session 70) a letter handed over in person: "X handed Y the letter
                         # of designation at a ceremony attended by A and B"
                         "message_handed_en"})


def rite_pairs(sr: Any) -> list[tuple[str, str]]:
    """The MET_WITH pairs of the latest meeting when it is a signing, an oath or a handover
    told in this sentence or the one before (all its pairs: "in the presence of" too); []
    otherwise (a meeting of talks, or one from further back)."""
    rels = [r for r in sr.out if r.type == "MET_WITH"]
    if not rels:
        si, prev = sr.doc.state.get("met_out", (-9, ()))
        rels = [r for r in prev if r.type == "MET_WITH"] if si == sr.si - 1 else []
    if not any(r.rule in _RITE_RULES for r in rels):
        return []
    return [(r.source, r.target) for r in rels]


def _the_ceremony(sr: Any, y: int) -> bool:
    """Is the ceremony noun at *y* the rite's: "the / a / signing ceremony", "the signing", not
    "the funeral ceremony", "the ceremony for the victims"?"""
    if sr.key(y) == "ceremony" and sr.key(y - 1) not in _BEFORE_CEREMONY:
        return False
    return sr.key(y + 1) not in _OTHER_EVENT


def _no_time_shift(sr: Any, t: int) -> bool:
    """No "later" / "earlier" before *t* in the sentence ("A week later, Z attended")."""
    return not any(sr.key(y) in _TIME_SHIFT for y in range(sr.lo, t))


def ceremony_before(sr: Any, t: int) -> bool:
    """Is a ceremony noun named in the sentence before *t* ("The signing was attended by",
    "in a ceremony attended by")?"""
    return _no_time_shift(sr, t) and any(
        sr.key(y) in EN_CEREMONY and _the_ceremony(sr, y) for y in range(sr.lo, t))


def names_ceremony_en(sr: Any, t: int) -> bool:
    """Does "the (signing / handover) ceremony" / "the signing" follow *t* ("X also attended
    the ceremony")?"""
    y = t + 1
    if y >= sr.hi or sr.key(y) not in ("the", "this", "that") or not _no_time_shift(sr, t):
        return False
    while y < sr.hi and y < t + 4:
        if sr.key(y) in EN_CEREMONY and (sr.key(y) != "signing" or sr.key(y + 1) != "of"):
            return _the_ceremony(sr, y)
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
