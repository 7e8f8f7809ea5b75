"""Arabic "التقى الوفد Z": a delegation named before, now the subject (session 40, meetar).

"استقبل H وفد حزب X، والذي ضمّ A وB ... . وفي وقت لاحق، التقى الوفد Z في مقره" / "زار وفد
... برئاسة A السليمانية ... . وفي وقت لاحق، التقى الوفد Z": the definite "الوفد" right after
the meeting verb, with no one named before the verb, is the delegation the article told of
in the last sentences (``meetings_ar._recent_delegation``: its members and body), and the
person after it is the one they met. ``meetings_ar._delegations`` read "الوفد" only as an
object ("استقبل H الوفد"); with no subject for that reading, this one is tried. Not: a
delegation with a nationality ("التقى الوفد الإيراني Z": ``_national_delegation``), a plan
or negation ("كان مقرراً أن يلتقي الوفد Z", ``_blocked``), someone named before the verb, a
partner named by a description only ("التقى الوفد الأمين العام ..." with the name misread).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_PUNCT_STOP = ("،", ",", ".", "؛", ";", ":")


def delegation_subject_again_ar(sr: Any, t: int, d: int, ids: list[str],
                                bid: str | None) -> list[str]:
    """The partners met by the delegation at *d* (the subject right after the verb at *t*),
    paired with its remembered members *ids* and body *bid*; [] when the shape is not there
    (module doc)."""
    if d != t + 1 or d + 1 >= sr.hi or sr.toks[d].text.endswith(("اً", "ا")):
        return []
    obj = sr.after(d + 1, types=("Person",), maxgap=6)
    if obj is None or obj.prefix or obj.kind != "name" or any(sr.toks[x].text in _PUNCT_STOP
                                        for x in range(d + 1, title_start(obj))):
        return []
    if any(sr.mention_at.get(x) is not None or sr.key(x) in L.NATIONALITY
           for x in range(d + 1, title_start(obj))):
        return []  # ("التقى الوفد الإيراني Z" / a body between: not this shape)
    partners = ids + ([bid] if bid else [])
    out = []
    for o in sr.chain(obj, ("Person",)):
        if o.eid in partners:
            continue
        for e in partners:
            sr.add("MET_WITH", o.eid, e, "delegation_subject_again_ar")
        out.append(o.eid)
    return out
