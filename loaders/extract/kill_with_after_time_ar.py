"""ASSASSINATED_BY, Arabic: a companion named with مع after a bare time phrase (session 67).

"استشهد الفريق X فجر الجمعة مع نائب رئيس هيئة الحشد الشعبي Y ... في غارة أميركية", "قُتل X
أمس مع مرافقه Y بغارة إسرائيلية", "اغتيل X مساء الأربعاء مع Y": the words between the victim
and مع only tell when (a day, "أمس", "فجر", "مساء", a date), so Y shares the killing as he does
right after the victim ("قُتل X مع Y", ``killing_nominal._with_victims``), and the means is
looked for after Y. :func:`with_past_time_ar` gives the position of that مع; anything else
between (a place, a clause, a comma) keeps the victim alone.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.time_aside_ar import AR_TIME_ASIDE_WORDS

_REACH = 4  # time words at most between the victim and مع


def with_past_time_ar(sr: Any, x: int) -> int:
    """The مع after a bare time phrase starting at *x* (module doc), else *x*."""
    y = x
    toks = sr.toks
    while y < sr.hi and y - x < _REACH and toks[y].ar and sr.mention_at.get(y) is None and (
            sr.f(y) & AR_TIME_ASIDE_WORDS or toks[y].text.replace("/", "").isdigit()):
        y += 1
    if x < y < sr.hi and sr.key(y) == "مع":
        return y
    return x
