"""Arabic talks "حيث" in the second place of a visit (session 24, meetargs).

"زار X الرياض حيث التقى Y، ثم أنقرة حيث عقد محادثات مع Z": the talks after "، ثم <place> حيث"
have the visitor X as subject (the place continues the object of "زار"); the nearest person
before them is Y, the partner of the first stop. :func:`then_place_where_subject_ar` gives X
(the first person after the visit verb, before the first "حيث"), else the subject found.
The same after "، ثم توجه / انتقل إلى <place> حيث". Not: a planned talk ("حيث سيجري"), a
visit verb with no person after it.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_WHERE = L._ar("حيث", "وحيث")
_AR_THEN = L._ar("ثم", "وثم")
_AR_VISITED = L._ar("زار", "وزار", "زارت", "وزارت", "يزور", "ويزور", "تزور", "وتزور")
_AR_HELD = L._ar("عقد", "عقدت", "أجرى", "اجرى", "أجرت", "اجرت", "جلسة", "جولة")
_AR_MOVED = L._ar("توجه", "انتقل", "سافر", "وصل", "توجهت", "انتقلت", "سافرت", "وصلت")
_PLACES = ("Location", "Country")


def then_place_where_subject_ar(sr: Any, t: int, subj: Any) -> Any:
    """The visitor for talks at *t* after "، ثم <place> حيث" (module doc), else *subj*."""
    w = t - 1
    while w > sr.lo and w >= t - 3 and sr.f(w) & _AR_HELD:
        w -= 1  # "حيث عقد (جلسة) محادثات"
    if w <= sr.lo or not sr.f(w) & _AR_WHERE:
        return subj
    place = sr.mention_at.get(w - 1)
    if place is None or place.etype not in _PLACES or place.hi != w:
        return subj
    b = title_start(place) - 1
    if sr.key(b) in ("إلى", "الى", "الي") and sr.f(b - 1) & _AR_MOVED:
        b -= 2  # "، ثم توجه إلى دمشق حيث ..."
    if not sr.f(b) & _AR_THEN or sr.toks[b - 1].text not in ("،", ","):
        return subj
    v = next((y for y in range(sr.lo, b) if sr.f(y) & _AR_VISITED), None)
    if v is None:
        return subj
    visitor = sr.after(v + 1, types=("Person",), maxgap=3)
    if visitor is None or visitor.lo >= b or visitor.prefix.lstrip("و")[:1] in ("ب", "ل"):
        return subj
    return visitor
