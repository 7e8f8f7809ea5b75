"""Arabic: the first person after a meeting verb's named object is only present (session 23,
third round, ``live``).

"وصل X إلى موسكو، ويلتقي (والتقى) Y في الكرملين بحضور Z": the verb carries X's subject and
Y is its object; Z, after "بحضور" / "بمشاركة", is only present (paired by
``meeting_attended_ar``), not the object of a verb-subject-object reading "Y met Z". Dated
entries of live pages and timelines ("23 يونيو، 19:30 - X يصل ... ويلتقي Y بحضور Z") write
their meetings this way. So do "واجتمع بـY بحضور Z" (Y after a preposition, Z the first
person free of one): Z is no candidate object (``present_only_ar``), the subject is carried
and Y is met.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start


def present_only_ar(sr: Any, m: Any) -> bool:
    """Is *m* named right after "بحضور" / "بمشاركة" / "في حضور" (its title between)?"""
    b = title_start(m) - 1
    return sr.key(b) in L.AR_IN_PRESENCE or m.prefix.lstrip("و") in ("بحضور", "بمشاركة") or \
        sr.key(b) == "حضور" and sr.key(b - 1) in ("في", "وفي")  # (Lebanese press, s58)


def present_not_object_ar(sr: Any, t: int, subj: Any, obj: Any) -> bool:
    """Is *obj*, read as the object of the verb at *t* after its subject *subj*, someone only
    present ("بحضور Z") while a person named before the verb in this sentence may be the
    subject the verb carries? Then *subj* is the object and the carried subject is looked for."""
    if subj is None or obj is None or subj.lo <= t or obj.lo < subj.hi:
        return False
    if not present_only_ar(sr, obj):
        return False
    return sr.before(t, types=("Person",), maxgap=40, indep=True) is not None
