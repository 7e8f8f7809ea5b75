"""Session 58 (blind58d): Arabic "شهد اللقاء حضور Z" ("the meeting saw the presence of Z"),
the Egyptian presidency's attendee line, read as "في حضور Z".

"استقبل الرئيس السيسي البرهان. وصرح المتحدث الرسمي بأن اللقاء شهد حضور اللواء عباس كامل
رئيس المخابرات العامة، وسامح شكري وزير الخارجية" and "وشهد اللقاء حضور Z": Z attended the
meeting the sentence names (``meeting_attended_ar.present_ar``; the meeting told in this
sentence, else the one before). A bare "حضور" is read only after "في" otherwise ("رفض حضور
الاجتماع")."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_WITNESSED = L._ar("شهد", "وشهد", "شهدت", "وشهدت")
_AR_THE_MEETING = L._ar("الاجتماع", "اللقاء", "المباحثات", "المحادثات", "المقابلة", "الاستقبال",
                        "الجلسة", "القمة")


def witnessed_presence_ar(sr: Any, t: int) -> bool:
    """Is the bare "حضور" at *t* the object of "شهد" with a meeting noun as its subject
    ("شهد اللقاء حضور Z", "اللقاء شهد حضور Z")?"""
    if t - 2 < sr.lo:
        return False
    one, two = sr.key(t - 1), sr.key(t - 2)
    return (two in _AR_WITNESSED and one in _AR_THE_MEETING) or \
        (one in _AR_WITNESSED and two in _AR_THE_MEETING)
