"""Arabic: the first person after a meeting verb's named object is only present (session 23,
third round, ``live``).

"وصل X إلى موسكو، ويلتقي (والتقى) Y في الكرملين بحضور Z": the verb carries X's subject and
Y is its object; Z, after "بحضور" / "بمشاركة", is only present (paired by
``meeting_attended_ar``), not the object of a verb-subject-object reading "Y met Z". Dated
entries of live pages and timelines ("23 يونيو، 19:30 - X يصل ... ويلتقي Y بحضور Z") write
their meetings this way.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_PRESENT = L._ar("بحضور", "وبحضور", "بمشاركة", "وبمشاركة")


def present_not_object_ar(sr: Any, t: int, subj: Any, obj: Any) -> bool:
    """Is *obj*, read as the object of the verb at *t* after its subject *subj*, someone only
    present ("بحضور Z") while a person named before the verb in this sentence may be the
    subject the verb carries? Then *subj* is the object and the carried subject is looked for."""
    if subj is None or obj is None or subj.lo <= t or obj.lo < subj.hi:
        return False
    s = title_start(obj)
    if sr.key(s - 1) not in _AR_PRESENT and obj.prefix.lstrip("و") not in ("بحضور", "بمشاركة"):
        return False
    return sr.before(t, types=("Person",), maxgap=40, indep=True) is not None
