"""Session 58 (blind58d): who "moved on" after a meeting is the meeting's subject, not the
person he met.

"والتقى حميدتي في كمبالا الرئيس الأوغندي يوري موسيفيني، ثم انتقل إلى أديس أبابا حيث التقى
رئيس الوزراء الإثيوبي آبي أحمد" and "وكان دقلو قد بدأ جولته من كمبالا، حيث التقى الرئيس
الأوغندي موسيفيني، ثم انتقل إلى أديس أبابا وأجرى مباحثات مع آبي أحمد": the nearest person
before "ثم انتقل" is Museveni, the object of "التقى"; the traveller is the subject of that
verb (the person between the verb and its object, else the subject before the verb). A
verb with a pronoun object ("حيث استقبله Y") has Y as its subject and is left to
``meeting_tour_guest_ar.received_traveller_ar``; after a reception ("استقبل H G، ثم انتقل إلى
...") the guest moves on, as before."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_OBJ_PREPS = frozenset({"ل", "من", "عن", "الي", "علي", "في", "ك", "ب", "مع"})


def meeting_subject_of_object_ar(sr: Any, s: Any, pron_object: Any, subject_before: Any) -> Any:
    """The subject of the meeting verb whose object is *s* in *s*'s own clause (no comma
    between them), else *s* (module doc). *pron_object* and *subject_before* are
    ``meeting_fallback._pron_object`` and ``_subject_before``."""
    start = title_start(s)
    y = start - 1
    while y >= sr.lo and sr.toks[y].text not in ("،", ",", ".", "؛", ";", ":"):
        if sr.f(y) & L.AR_MEET and not sr.key(y).startswith("وزار"):
            if pron_object(sr, y) or sr.f(y) & L.AR_RECEIVE_VERBS:
                return s  # ("استقبل H G، ثم انتقل ...": the guest moves on, as before)
            between = [m for m in sr.args if m.etype == "Person" and y < m.lo and
                       m.hi <= start and not sr.has_prep(m, _AR_OBJ_PREPS)]
            if between:
                return between[0]
            sub = subject_before(sr, y)
            return sub if sub is not None and sub.eid != s.eid else s
        y -= 1
    return s


def moved_talks_subject_ar(sr: Any, t: int, subj: Any) -> Any:
    """"التقى X Y، ثم انتقل إلى B وأجرى مباحثات مع Z": the subject of the talks noun at *t*
    after a subjectless "انتقل / توجه إلى <place> و<verb>" is X, not Y (module doc); else
    *subj*."""
    if subj is None or subj.etype != "Person" or t - 1 <= sr.lo:
        return subj
    from loaders.extract.meeting_fallback import _pron_object, _subject_before
    from loaders.extract.meeting_tour import moved_on_before_ar

    if moved_on_before_ar(sr, t - 1) < 0 or subj.hi > t:
        return subj
    return meeting_subject_of_object_ar(sr, subj, _pron_object, _subject_before)
