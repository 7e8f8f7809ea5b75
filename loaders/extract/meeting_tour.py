"""A tour told in one Arabic sentence: "... استقبله Y في الرياض، ثم توجه إلى أنقرة والتقى Z".

The و-verb after "ثم توجه / انتقل / سافر / عاد إلى <place>" has no subject of its own: the
traveller is the visitor of the sentence (``meeting_visitor._continued_ar``), not Y who
received him in the first stop. :func:`moved_on_before_ar` finds such a subjectless
movement clause right before a meeting verb.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_MOVE = L._ar("توجه", "توجهت", "انتقل", "انتقلت", "سافر", "سافرت", "عاد", "عادت", "غادر",
                 "غادرت", "وتوجه", "وتوجهت", "وانتقل", "وانتقلت")
_AR_THEN = L._ar("ثم", "وثم", "بعدها", "وبعدها")
# the subjunctive after "قبل أن" ("، قبل أن ينتقل إلى السراي حيث التقاه Y"; session 57)
_AR_MOVE_SUBJ = L._ar("ينتقل", "تنتقل", "يتوجه", "تتوجه", "يسافر", "تسافر", "يعود", "تعود",
                      "يغادر", "تغادر")
_AR_BEFORE_THAT = L._ar("قبل", "وقبل")
_AR_TO = L._ar("إلى", "الى", "نحو")
_PLACES = ("Location", "Country")


def after_before_that_ar(sr: Any, v: int) -> bool:
    """Does "قبل أن" ("before") stand right before the word at *v*?"""
    return v - 2 >= sr.lo and sr.key(v - 1) == "ان" and sr.key(v - 2) in _AR_BEFORE_THAT


def before_moving_ar(sr: Any, v: int) -> bool:
    """Is *v* the subjunctive movement verb of "قبل أن ينتقل / يتوجه" ("before he moved on")?"""
    return sr.key(v) in _AR_MOVE_SUBJ and after_before_that_ar(sr, v)


def moved_on_before_ar(sr: Any, t: int) -> int:
    """Position of the movement verb of "(، ثم) توجه إلى <place> و<t>" right before the و-verb
    at *t* (no subject between the movement verb and its place), else -1."""
    if not sr.toks[t].key.startswith("و") or t - 3 < sr.lo:
        return -1
    place = sr.mention_at.get(t - 1)
    if place is None or place.etype not in _PLACES or place.hi != t:
        return -1
    v = place.lo - 2
    if v < sr.lo or sr.key(place.lo - 1) not in _AR_TO:
        return -1
    if before_moving_ar(sr, v):
        return v  # "، قبل أن ينتقل إلى أديس أبابا ويلتقي Z" (session 65)
    if not sr.f(v) & _AR_MOVE:
        return -1
    if not (sr.key(v - 1) in _AR_THEN or sr.toks[v].key.startswith("و") or
            sr.toks[v - 1].text in ("،", ",")):
        return -1  # "... توجه X إلى أنقرة والتقى Z": X has a subject of his own (not here)
    return v


def moved_on_before_where_ar(sr: Any, t: int) -> bool:
    """"(، ثم) انتقل / (، قبل أن) ينتقل إلى <place> حيث <t>": a subjectless movement clause right before
    "حيث" and the verb at *t* (whose pronoun object then means the traveller); the place
    is one to three words, named or not ("إلى السراي", "إلى عين التينة")."""
    for to in range(t - 3, max(sr.lo, t - 5) - 1, -1):
        if sr.key(to) in _AR_TO:
            break
    else:
        return False
    if any(sr.toks[x].punct for x in range(to + 1, t - 1)):
        return False
    v = to - 1
    if before_moving_ar(sr, v):
        return True  # "، قبل أن ينتقل إلى السراي حيث <t>" (session 57)
    if v < sr.lo or not sr.f(v) & _AR_MOVE:
        return False
    return sr.key(v - 1) in _AR_THEN or sr.toks[v].key.startswith("و")
