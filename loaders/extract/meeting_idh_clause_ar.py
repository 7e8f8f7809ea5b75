"""A meeting verb opening an «إذ» clause after a comma carries its subject (Arabic, session 65).

"وشرع أخنوش في مشاوراته، إذ التقى، على التوالي، بمقر حزبه بالرباط، A، ثم B" / "وواصل X
مشاوراته، إذ التقى A، ثم B": «إذ» ("as, in that") explains the clause before it, so the verb
after it has that clause's subject, as after «، حيث» (``meetings``' carried subject): X met A
and B, A did not meet B. Only right after a comma, and only when the person after the verb
opens a list of meetings in turn («A، ثم B») or no person stands right after it: «، إذ التقى
رئيس الاستخبارات السعودية X نائبَ الأمين Y» names its own subject (X met Y). The person
after short asides between commas («، على التوالي، بمقر حزبه بالرباط،») is the verb's object
there (``object_past_asides_ar``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_then_more_ar import then_list_ar

_AR_IDH = L._ar("إذ", "اذ")
_PERSON = ("Person",)
_ASIDES = 3  # asides between commas after the verb, at most
_ASIDE_LEN = 6  # words of one aside, at most
_SIDELINE_LEN = 18  # words of an aside «على هامش ...», at most
_AR_ON = frozenset({"على", "علي"})  # (the key of «على»)
_TITLE_GAP = 8  # words of a title before the person after the asides


def idh_after_comma_ar(sr: Any, t: int, first: Any) -> bool:
    """Does the verb at *t* follow «، إذ» with *first* (the person right after it, or None)
    opening a list of meetings in turn (module doc)?"""
    if t - 2 < sr.lo or sr.key(t - 1) not in _AR_IDH or sr.toks[t - 2].text not in ("،", ","):
        return False
    return first is None or len(then_list_ar(sr, first)) > len(sr.chain(first, _PERSON))


def object_past_asides_ar(sr: Any, t: int) -> Any:
    """The person after the asides that follow the verb at *t*, each between commas and naming
    no one («التقى، على التوالي، بمقر حزبه بالرباط، A»), else None. An aside of the sidelines
    may be longer, «قد التقى، على هامش المؤتمر الدولي حول عودة اللاجئين الذي استضافته دمشق في
    11 تشرين الثاني، A» (``sideline_aside_object_ar``)."""
    y = t + 1
    for _ in range(_ASIDES):
        if y >= sr.hi or sr.toks[y].text not in ("،", ","):
            return None
        long_ = sr.f(y + 2) & L.AR_BESIDE and sr.key(y + 1) in _AR_ON
        end = next((z for z in range(y + 1, min(sr.hi, y + 2 + (
            _SIDELINE_LEN if long_ else _ASIDE_LEN)))
                    if sr.toks[z].text in ("،", ",")), None)
        if end is None or any(m.etype in ("Person", "Organization") and y < m.lo < end
                              for m in sr.args):
            return None
        if any(sr.toks[z].punct for z in range(y + 1, end)):
            return None
        p = sr.after(end + 1, types=_PERSON, maxgap=_TITLE_GAP)
        if p is not None and not any(sr.toks[z].punct for z in range(end + 1, p.lo)):
            return p
        y = end
    return None


def sideline_aside_object_ar(sr: Any, t: int) -> Any:
    """"وكان X قد التقى، على هامش <event> ...، Y": the person after an aside of the sidelines
    right after the verb at *t* (session 65), else None."""
    if sr.key(t + 1) not in ("،", ",") or sr.key(t + 2) not in _AR_ON or \
            not sr.f(t + 3) & L.AR_BESIDE:
        return None
    return object_past_asides_ar(sr, t)
