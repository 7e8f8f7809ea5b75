"""MET_WITH, Arabic: a sentence opening with a و-verb of meeting whose first person is "his
counterpart" («والتقى نظيره الإيراني X»، «ثم اجتمع بنظيره X») continues the previous
sentence's visitor or the guest of its reception, else its subject (session 57): "نظيره" is
the object, its -ه the one who met him.

"وصل مستشار الأمن القومي العراقي قاسم الأعرجي إلى طهران. والتقى نظيره الإيراني علي أكبر
أحمديان": al-Araji met Ahmadian (the same clause after a comma was read already: "حيث / ،
والتقى نظيره X", ``meetings``). Called by ``meeting_moved_on.dropped_with_subject_ar`` when
no subject is carried."""

from __future__ import annotations

from typing import Any

from loaders.extract.core_recall_objects import guest_antecedent
from loaders.extract.received_guest_ar import received_guest_ar

_AR_OPENERS = frozenset({"و", "ثم", "كما", "وقد", "قد"})


def counterpart_opening_subject_ar(sr: Any, t: int, first_obj: Any) -> Any:
    """The subject of the meeting verb at *t* opening its sentence with "his counterpart"
    *first_obj* as its first person: the previous sentence's visitor or guest, else its
    subject;
    None when the verb does not open the sentence or the person is no counterpart."""
    if first_obj is None or first_obj.etype != "Person" or sr.si == 0 or \
            not sr._counterpart(first_obj):
        return None
    if not all(sr.toks[x].key in _AR_OPENERS for x in range(sr.lo, t)):
        return None
    prev = guest_antecedent(sr, exclude=first_obj.eid, back=1) or \
        received_guest_ar(sr, first_obj.eid) or sr._prev_subject(exclude=first_obj.eid)
    if prev is None or prev.etype != "Person" or prev.eid == first_obj.eid:
        return None
    return prev
