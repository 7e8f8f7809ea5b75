"""SUCCESSOR_OF, Arabic: a resignation accepted as the loss after "بعد" (session 67).

«عيّن الرئيس K X رئيساً للوزراء بعد قبول استقالة رئيس الوزراء Y» / «...، وذلك بعد قبول سموه يوم
الاثنين الماضي استقالة حكومة الشيخ Y»: past "قبول" (and its agent or a time phrase, no
punctuation) the loss word «استقالة» follows, read by ``core_recall_succession`` as
«بعد استقالة Y».
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_ACCEPTANCE = L._ar("قبول")
_AR_RESIGNATION = L._ar("استقالة")
_SPAN = 7  # words from "قبول" to the resignation


def past_acceptance_ar(sr: Any, y: int) -> int:
    """The index of «استقالة» after "قبول" at *y* (seven words at most, no punctuation
    between), else *y*."""
    if not sr.f(y) & _AR_ACCEPTANCE:
        return y
    for z in range(y + 1, min(sr.hi, y + _SPAN)):
        if sr.toks[z].punct:
            return y
        if sr.f(z) & _AR_RESIGNATION:
            return z
    return y
