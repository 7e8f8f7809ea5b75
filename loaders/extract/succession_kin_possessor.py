"""SUCCESSOR_OF: a person named as the possessor of someone else is not a side of the
succession.

"وكانت ابنة رئيس الوزراء الأسبق X قد تولّت المنصب خلفاً لـY": the daughter took over, not X;
"Thaksin's daughter took over from Y"; "Z, who took over from Assad's last prime minister, W":
W is the predecessor, not Assad. The kinship noun stands before the possessor's title in
Arabic (feminine ones only: "نجل الرئيس X" may be the president's son X), after the name with
"'s" in English.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.context_tails import possessed_person_en
from loaders.extract.rule_common import title_start

# (feminine nouns only: "نجل الرئيس X" may be "the president's son X", "ابنة الرئيس X" is not X)
_AR_KIN = L._ar("ابنة", "نجلة", "كريمة", "شقيقة", "زوجة", "أرملة", "حفيدة", "أخت")
_EN_KIN = frozenset({"daughter", "son", "wife", "widow", "husband", "brother", "sister",
                     "nephew", "niece", "grandson", "granddaughter", "son-in-law", "cousin"})


def kin_possessor(sr: Any, m: Any) -> bool:
    """Is *m* named only as whose relative is meant: "ابنة (رئيس الوزراء) X", "X's daughter",
    "the son of X"?"""
    if m is None:
        return False
    s = title_start(m)
    if sr.toks[m.lo].ar:
        k = sr.key(s - 1) if s - 1 >= sr.lo else ""
        return k in _AR_KIN or (k[:1] in ("و", "ف") and k[1:] in _AR_KIN)
    if m.poss:  # "Thaksin's daughter" (not "X's government, and he took over")
        return any(sr.key(y) in _EN_KIN for y in range(m.hi, min(sr.hi, m.hi + 3)))
    return sr.key(s - 1) == "of" and sr.key(s - 2) in _EN_KIN  # "the daughter of X"



def possessed_named(sr: Any, m: Any) -> Any:
    """The person named for the noun *m* possesses: "Assad's last prime minister, W" -> W
    (``context_tails.possessed_person_en``); None when none is named."""
    w = possessed_person_en(sr, m)
    return None if w is m else w

def kin_apposition_head(sr: Any, m: Any) -> Any:
    """"X، ابنة Y، ..." / "X, the daughter of Y,": the person X whose kinship to *m* the
    apposition tells (a comma right before the kinship noun); None when none is named."""
    s = title_start(m)
    c = s - 2 if sr.toks[m.lo].ar or sr.key(s - 1) != "of" else s - 4
    if sr.key(c) == "the":
        c -= 1
    if c < sr.lo or sr.toks[c].text not in (",", "،"):
        return None
    head = sr.before(c, types=("Person",), maxgap=0)
    return head if head is not None and head.hi == c else None


# any kinship noun of an apposition after a comma ("X، شقيق Y، ..."): the aside tells X's kin
_AR_KIN_ASIDE = _AR_KIN | L._ar("شقيق", "نجل", "ابن", "أخ", "أخو", "أخي", "زوج", "والد", "حفيد",
                                "صهر")


def past_kin_aside_ar(sr: Any, head: Any, m: Any) -> tuple[bool, Any]:
    """"وخلف X، شقيق Y، Z": is *m* (Y) named in a kinship aside right after *head* (X)? Then
    (True, Z), the person right after the aside's closing comma (None when no one is named
    there); else (False, None) (session 53)."""
    s = title_start(m)
    if s - 2 != head.hi or sr.toks[head.hi].text not in (",", "،") or \
            sr.key(s - 1) not in _AR_KIN_ASIDE:
        return False, None
    if m.hi >= sr.hi or sr.toks[m.hi].text not in (",", "،"):
        return True, None
    return True, sr.after(m.hi + 1, types=("Person",), maxgap=1)
