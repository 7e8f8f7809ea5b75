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

Session 64: the delegation fronted as the subject of كان ... قد, "وكان الوفد قد التقى (أيضاً) Z"
(``kana_delegation_verb_ar``); not "وكان الوفد قد طلب لقاء Z" (no meeting verb after قد).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_PUNCT_STOP = ("،", ",", ".", "؛", ";", ":")
_WAS = L._ar("كان", "وكان")


def kana_delegation_verb_ar(sr: Any, d: int, triggers: list[int]) -> int | None:
    """"وكان الوفد قد التقى (أيضاً) Z" (session 64): the meeting verb at *triggers* whose
    subject is the definite delegation at *d*, fronted after كان opening the sentence and
    followed by قد; None else."""
    if d - 1 != sr.lo or not sr.f(d - 1) & _WAS or sr.key(d + 1) != "قد":
        return None
    return d + 2 if d + 2 in triggers else None


def delegation_subject_again_ar(sr: Any, t: int, d: int, ids: list[str],
                                bid: str | None) -> list[str]:
    """The partners met by the delegation at *d* (the subject right after the verb at *t*,
    or before it: "وكان الوفد قد التقى Z", :func:`kana_delegation_verb_ar`), paired with its
    remembered members *ids* and body *bid*; [] when the shape is not there (module doc)."""
    if d + 1 >= sr.hi or sr.toks[d].text.endswith(("اً", "ا")):
        return []
    if d == t + 1:
        start = d + 1
    elif t == d + 2:
        start = t + 1 + int(bool(sr.f(t + 1) & L.AR_ALSO))  # ("قد التقى أيضاً Z")
    else:
        return []
    obj = sr.after(start, types=("Person",), maxgap=6)
    if obj is None or obj.prefix or obj.kind != "name" or any(sr.toks[x].text in _PUNCT_STOP
                                        for x in range(start, title_start(obj))):
        return []
    if any(sr.mention_at.get(x) is not None or sr.key(x) in L.NATIONALITY
           for x in range(start, title_start(obj))):
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
