"""A rank word that also names a unit, after a title in construct (session 21, shapear).

اللواء is a major general and a brigade, الفريق a lieutenant general and a team. After a title
or a noun that takes it as its complement ("قائد اللواء الثالث X"، "آمر اللواء"، "مقر الفريق")
it is the unit: no description of a general named before. Before, "اغتالت الولايات المتحدة قائد
اللواء الثالث مهدي الكناني" after a sentence naming the French president made "اللواء" a
mention of that president, and he became the victim. A rank before a name ("اللواء X"، "قال
اللواء إن") is still read as the rank.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from loaders.extract import lexicon as L

_UNIT_RANKS = L._ar("اللواء", "الفريق")
_UNIT_HEADS = L._ar("مقر", "قيادة", "عناصر", "أفراد", "تابع", "التابع", "ضباط", "مقاتلي",
                    "مقاتلو", "كتائب", "أركان")


def unit_not_rank_ar(toks: Sequence[Any], k: int, j: int, lo: int) -> bool:
    """Is the description toks[k:j] a unit rank word alone (اللواء، الفريق, with adjectives)
    right after a title or a noun that governs it ("قائد اللواء")?"""
    if k <= lo or not toks[k].ar or toks[k].key not in _UNIT_RANKS:
        return False
    prev = toks[k - 1].key
    return any(p in L.AR_TITLE_FIRST or p in L.AR_TITLES or p in _UNIT_HEADS
               for p in (prev, prev[1:] if prev[:1] == "و" else ""))  # ("وقائد اللواء")
