"""A successor noun in a hedged frame is a succession not yet made (both languages).

"Y's successor could be Z", "Y's successor has not been named", "Y's successor is expected to
be chosen by the council", "Y's successor remains unclear": no SUCCESSOR_OF is read from the
noun's later person (the successor rules otherwise pair "Y's successor" with the next person
named who leads what Y led). "Y's successor, Z, ..." and "Z became Y's successor" are untouched.

Arabic: "لم يحسم الإطار اسم خليفة Y، ويتداول اسم Z", "هوية خليفة Y", "البحث عن خليفة Y",
"خليفة Y المحتمل": the same (the noun's later person is no successor).

A hedge adjective on the noun itself makes any reading of it a prospect, whoever is named:
"X, Y's likely successor", "X is the possible successor to Y", "X، الخليفة المحتمل لـY"; so does a
verb of prospect before "as": "X, long groomed / widely seen as the successor of Y" (session 69).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# a modal, a negation or a word of doubt within the few words after the noun
_EN_HEDGES = L._en("could", "may", "might", "would", "not", "yet", "expected", "likely",
                   "unlikely", "possible", "possibly", "probably", "unclear", "undecided",
                   "unknown", "uncertain", "speculation", "tipped", "rumoured", "rumored")


def successor_unsettled_en(sr: Any, t: int) -> bool:
    """True when a hedge follows the successor noun at *t* within four words of its clause."""
    for y in range(t + 1, min(t + 5, sr.hi)):
        if sr.toks[y].punct:
            return False
        ky = sr.toks[y].key  # (= sr.key(y): t < y < hi)
        if ky in _EN_HEDGES or ky in L.EN_NOT_CONTRACTED:
            return True
    return False


# before "خليفة": a negation, "the name / identity of", "the choice / search for", "candidate"
_AR_HEDGES_BEFORE = L._ar("لم", "لن", "لا", "ليس", "اسم", "هوية", "اختيار", "البحث", "تحديد",
                          "يحسم", "حسم", "مرشح", "المرشح", "مرشحا", "مرشحاً", "المرشحين",
                          "المرشحون", "لاختيار", "يختار", "سيخلف", "قد")
# after "خليفة Y": "the likely / expected one"
_AR_HEDGES_AFTER = L._ar("المحتمل", "المرتقب", "المنتظر", "المقبل", "القادم", "المرجح",
                         # (session 53) "the expected / presumed one", indefinite forms
                         "المتوقع", "المفترض", "محتمل", "محتملا", "متوقع", "متوقعا", "مرتقب")


def successor_unsettled_ar(sr: Any, t: int, old_hi: int) -> bool:
    """True when "خليفة" at *t* (its predecessor ending at *old_hi*) stands in a hedged frame:
    a hedge within the three words before it (in its clause) or right after the predecessor."""
    for y in range(t - 1, max(sr.lo, t - 4) - 1, -1):
        if sr.toks[y].punct:
            break
        if sr.key(y) in _AR_HEDGES_BEFORE:
            return True
    return old_hi < sr.hi and sr.key(old_hi) in _AR_HEDGES_AFTER


# an adjective of prospect on the noun: "Y's likely successor", "the possible successor to Y"
_EN_HEDGE_ADJ = L._en("likely", "possible", "potential", "probable", "presumptive", "putative",
                      "would-be", "prospective", "expected", "presumed")


# a verb of prospect before "as" and the noun: "long groomed / widely seen / once tipped as the
# successor of Y" (session 69, blind69f)
_EN_PROSPECT_AS = L._en("seen", "groomed", "touted", "tipped", "regarded", "viewed", "billed",
                        "earmarked", "eyed", "mooted")


def prospect_as_en(toks: list[Any], k: int, hi: int) -> bool:
    """Is toks[k] the "as" of a verb of prospect before a successor noun ("groomed / seen as the
    successor", as read by :func:`hedged_noun_en`; used by ``scorer_hedged``)?"""
    return toks[k].key == "as" and k > 0 and toks[k - 1].key in _EN_PROSPECT_AS and any(
        toks[y].key in L.EN_SUCCESSOR for y in range(k + 1, min(hi, k + 4)))


def hedged_noun_en(sr: Any, t: int) -> bool:
    """True when a prospect adjective stands right before the successor noun at *t*, or a verb
    of prospect and "as" open its phrase ("groomed as the successor of Y")."""
    if t > sr.lo and sr.key(t - 1) in _EN_HEDGE_ADJ:
        return True
    for a in range(t - 1, max(sr.lo + 1, t - 3) - 1, -1):
        if sr.key(a) == "as":
            return sr.key(a - 1) in _EN_PROSPECT_AS
    return False


def hedged_noun_ar(sr: Any, t: int, old_lo: int, old_hi: int = -1) -> bool:
    """True when a prospect adjective stands between "خليفة" at *t* and its predecessor at
    *old_lo* ("الخليفة المحتمل لـY") or right after the predecessor ending at *old_hi*
    ("خليفة Y المتوقع")."""
    if 0 <= old_hi < sr.hi and sr.key(old_hi) in _AR_HEDGES_AFTER:
        return True
    return any(sr.key(y) in _AR_HEDGES_AFTER for y in range(t + 1, old_lo))
