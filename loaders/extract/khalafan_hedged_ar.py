"""Arabic: a taking told only as possible governs «خلفاً لـY»: «وتردد أن X قد يُكلَّف برئاسة الحكومة
بالوكالة خلفاً لـY» (may be asked), «ومن المحتمل أن يُعيَّن X رئيساً للحكومة خلفاً لـY», «ويُرجَّح أن
يتولى X المنصب خلفاً لـY»: no succession. The verb is the imperfect right after قد, or after أن
that a modal word («المحتمل», «المتوقع», «المرجح», «يُرجَّح» ...) opens, in the same clause as
خلفاً (no comma between). Used by ``succession_rules_ar`` (khalafan_ar; session 69, blind69f)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    from loaders.extract.sentence_base import SentenceBase
    from loaders.extract.tokens import Tok

_QAD = L._ar("قد", "وقد", "فقد")
_AN = L._ar("أن", "ان")
_CLAUSE_ENDS = frozenset({"،", ",", ".", "؛", ":", "؟"})
_REACH = 14  # tokens back from خلفاً to the verb


def _imperfect(key: str, feminine: bool) -> bool:
    """Does the folded word read as an imperfect verb (يـ; also تـ when *feminine* is
    allowed, after أن, where a past tense does not stand)?"""
    k = key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key
    return k[:1] == "ي" or (feminine and k[:1] == "ت")


def hedged_taking_ar(sr: SentenceBase, t: int) -> bool:
    """Is the taking that governs «خلفاً» at *t* told as only possible («قد يُكلَّف»، «من
    المحتمل أن يُعيَّن»)?"""
    return hedged_taking_in(sr.toks, sr.lo, t, sr.f)


def hedged_taking_in(toks: list[Tok], lo: int, t: int, forms: Callable[[int], Collection[str]]) -> bool:
    """As :func:`hedged_taking_ar` over tokens *toks* of a sentence opening at *lo*, with the
    word forms of a token index given by *forms* (also used by ``scorer_hedged``)."""
    for x in range(t - 2, max(lo, t - _REACH) - 1, -1):
        if toks[x].text in _CLAUSE_ENDS:
            return False
        key = toks[x].key
        if key in _QAD and _imperfect(toks[x + 1].key, False):
            return True  # قد + imperfect = "may"
        if key in _AN and _imperfect(toks[x + 1].key, True) and any(
                not L.AR_MODAL.isdisjoint(forms(y)) for y in range(max(lo, x - 2), x)):
            return True  # "من المحتمل أن يُعيَّن"
    return False
