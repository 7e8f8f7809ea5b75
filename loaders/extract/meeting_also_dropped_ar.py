"""Arabic: «كما التقى X، ثم اجتمع مع Y» opening a sentence whose subject was dropped (the
visitor of the sentence before): X is the object of the first verb, so the one who went on to
meet Y is the dropped subject, not X.

``meetings_ar._also_met`` takes the subject of the verb the second one goes on from; with
nobody before that verb, the first person after it was taken as its subject, so «وصل عراقجي إلى
بيروت، حيث التقى بري. كما التقى رئيس الحكومة نجيب ميقاتي، ثم عقد اجتماعاً مع نظيره اللبناني
عبد الله بوحبيب» paired Bou Habib with Mikati (blind set QO2). When that person is the verb's
only argument before the next verb (no object of his own, no بـ / مع before him) and the verb
opens its sentence after particles only, he is the object; the subject is the previous
sentence's visitor or guest, else its subject (as ``meeting_moved_on.dropped_with_subject_ar``
chooses).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.core_recall_objects import guest_antecedent

_AR_OPENERS = frozenset({"و", "ثم", "كما", "وكما", "وقد", "قد"})
_WITH = frozenset({"ب", "مع"})


def opening_object_ar(sr: Any, v: int, t: int, first: Any) -> bool:
    """Is *first*, the first person after the meeting verb at *v*, that verb's object: the
    verb opens the sentence (particles only before it), *first* has no preposition, and no
    other person or body stands between him and the next verb at *t*?"""
    if sr.si == 0 or first.lo <= v or sr.has_prep(first, _WITH):
        return False
    if any(sr.toks[x].key not in _AR_OPENERS for x in range(sr.lo, v)):
        return False
    return not any(m is not first and first.hi <= m.lo < t and m.etype in ("Person", "Organization")
                   for m in sr.args)


def also_met_dropped_subject_ar(sr: Any, first: Any) -> Any:
    """The subject dropped before «كما التقى X»: the previous sentence's visitor or guest,
    else its subject (not X); None when there is none."""
    prev = guest_antecedent(sr, exclude=first.eid, back=1) or sr._prev_subject(exclude=first.eid)
    if prev is None or prev.etype != "Person" or prev.eid == first.eid:
        return None
    return prev
