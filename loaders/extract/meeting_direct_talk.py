"""MET_WITH: two people who talked directly in a third one's presence (session 26, meet26).

"A and B spoke / talked directly (for a few minutes) in the presence of C", "إن A وB تحادثا
مباشرة (لبضع دقائق) بحضور C": a direct talk with someone present is a meeting in person
("spoke directly" alone may be a call; "face to face" is ``meeting_face_en``'s). The people
of the subject list met each other; C's pairs are the attendee rules'. Not by phone or video
(``SentenceRules.add`` drops remote contacts), not negated or planned.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_dual_ar import dual_pair_ar
from loaders.extract.meeting_phrases import _joint_subjects
from loaders.extract.meeting_press import each_pair_met

AR_DIRECT = L._ar("مباشرة", "مباشرةً")
EN_DIRECT = frozenset({"directly"})
register_triggers(AR_DIRECT, EN_DIRECT)
_EN_TALKED = frozenset({"spoke", "talked", "conversed", "chatted", "negotiated"})
_AR_TALKED = L._ar("تحادثا", "تحدثا", "تباحثا", "تفاوضا", "تحاورا", "وتحادثا", "وتحدثا")
_AR_PRESENCE = L._ar("بحضور", "وبحضور", "حضور")
_REACH = 12  # tokens from "directly" to the presence phrase


def _presence_after(sr: Any, t: int, ar: bool) -> bool:
    for x in range(t + 1, min(sr.hi, t + _REACH)):
        if sr.toks[x].text in (".", ";", "؛"):
            return False
        if ar and sr.f(x) & _AR_PRESENCE:
            return True
        if not ar and sr.key(x) == "presence" and sr.key(x - 1) == "the" and \
                sr.key(x - 2) == "in":
            return True
    return False


def direct_talk(sr: Any) -> None:
    """Add the pairs of those who talked directly in someone's presence (module doc)."""
    for t in sr.triggers(AR_DIRECT, EN_DIRECT):
        ar = sr.toks[t].ar
        v = t - 1
        if not (sr.f(v) & _AR_TALKED if ar else sr.key(v) in _EN_TALKED) or \
                not _presence_after(sr, t, ar):
            continue
        if ar:
            people = dual_pair_ar(sr, v)
        else:
            subj = sr.subject_before(v)
            people = _joint_subjects(sr, subj) if subj is not None and \
                subj.etype == "Person" else []
        if len(people) >= 2 and not sr.blocked(v, people[0]):
            each_pair_met(sr, people, "direct_talk")
