"""A strike clause that goes on to its result with "و": "تبنّى Y قصفاً بالصواريخ استهدف منزل X
في أربيل، وأدى إلى مقتله" (the subject of "وأدى" is the strike, told with its claimer or
doer before: تبنّى / نفّذ / شنّ + the strike noun, in the same sentence, no full stop or
semicolon between). ``strike_claimed_ar`` tells ``kill_death_causes.result_killed_him_ar``
that such a "وأدى / وأسفر" may stand where "ما أدى" does.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_STRIKE_N = L._ar("غارة", "غارات", "ضربة", "ضربات", "هجوم", "هجوما", "قصف", "قصفا", "غاره",
                     "ضربه", "هجمات", "عملية", "غارة")
_AR_DOER_V = L._ar("تبنى", "تبنت", "نفذ", "نفذت", "شن", "شنت")


def strike_claimed_ar(sr: Any, r: int, window: int = 24) -> bool:
    """Is there, within *window* tokens before the result verb at *r*, a strike noun whose
    doer or claimer verb stands right before it (up to 4 words: its subject)?"""
    for x in range(r - 1, max(sr.lo, r - window) - 1, -1):
        if sr.toks[x].text in (";", "؛", "."):
            return False
        if sr.f(x) & _AR_STRIKE_N and any(sr.f(y) & _AR_DOER_V
                                          for y in range(max(sr.lo, x - 5), x)):
            return True
    return False
