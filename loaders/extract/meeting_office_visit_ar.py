"""MET_WITH (Arabic, session 66): a visit to someone's office where "the two sides" then did
something together.

"ثم توجه X إلى مقر رئيس الوزراء Y، حيث وقّع الجانبان الاتفاقية" / "انتقل X إلى مكتب Y، حيث
بحث الجانبان العلاقات" / "وصل X إلى قصر Y، حيث عقد الرئيسان جلسة مباحثات": the two sides are the
visitor X (named right after the verb of going) and Y, whose office, house or palace it is; they
met. Only a dual right after "حيث" and one verb, the office's owner named right before "حيث"
(a comma between allowed); not negated or planned (``blocked``). Run by ``meetings_ar``; the
attendees of "بحضور Z" after it then find the pair (``meeting_attended_ar.present_ar``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

# "the two sides / presidents / leaders / ministers" as the subject after "حيث"
AR_OFFICE_DUALS = L._ar("الجانبان", "الطرفان", "الرئيسان", "الزعيمان", "الوزيران")
register_triggers(AR_OFFICE_DUALS, frozenset())
_AR_WHERE = L._ar("حيث")
_AR_OFFICE = L._ar("مقر", "مكتب", "منزل", "دارة", "قصر", "مقام", "ديوان")
_AR_WENT = L._ar("توجه", "وتوجه", "انتقل", "وانتقل", "وصل", "ووصل", "حضر", "وحضر", "قصد",
                 "وقصد", "توجهت", "انتقلت", "وصلت", "وتوجهت", "وانتقلت", "ووصلت")
_COMMAS = ("،", ",")
_VISITOR_GAP = 3  # words from the verb of going to the visitor's title
_TITLE_GAP = 3  # title words between the office noun and its owner's mention ("قصر الرئيس X")


def office_visit_dual_ar(sr: Any) -> None:
    """The visitor met the office's owner (module doc)."""
    for d in sr.triggers(AR_OFFICE_DUALS, frozenset()):
        w = d - 2
        if w <= sr.lo or not sr.f(w) & _AR_WHERE or sr.toks[d - 1].punct:
            continue  # ("حيث وقّع الجانبان": حيث, one verb, the dual)
        end = w - 1 if sr.toks[w - 1].text in _COMMAS else w
        owner = sr.before(end, types=("Person",), maxgap=0)
        if owner is None or owner.hi != end:
            continue
        office = next((x for x in range(title_start(owner) - 1,
                                        max(sr.lo, title_start(owner) - 1 - _TITLE_GAP), -1)
                       if sr.f(x) & _AR_OFFICE), None)  # (a title word the mention left out)
        if office is None or office - 1 < sr.lo or not sr.f(office - 1) & L.AR_TO or any(
                sr.toks[x].punct or sr.mention_at.get(x) is not None
                for x in range(office + 1, title_start(owner))):
            continue
        v = next((x for x in range(office - 2, sr.lo - 1, -1) if sr.f(x) & _AR_WENT), None)
        if v is None or any(sr.toks[x].text in (".", "؛") for x in range(v, office)):
            continue
        visitor = sr.after(v + 1, types=("Person",), maxgap=_VISITOR_GAP)
        if visitor is None or visitor.hi > office - 1 or visitor.eid == owner.eid or \
                title_start(visitor) - v > _VISITOR_GAP or sr.blocked(d) or sr.blocked(v, visitor):
            continue
        sr.add("MET_WITH", visitor.eid, owner.eid, "office_visit_dual_ar")
