"""Where a modal or lead-in word stops reaching (session 17b).

"X told Y that Tehran wanted calm, and later met Z": "wanted" belongs to the reported clause;
a past-tense verb after ", and (later / then / also)" opens a coordinated clause of its own,
so the meeting stands. A bare verb stays in the modal's scope ("will visit Beirut, and meet
Z": planned).
"""

from __future__ import annotations

from typing import Any

_EN_AND = frozenset({"and", "but"})
_EN_ADV = frozenset({"later", "then", "also", "subsequently", "afterwards", "separately", "he",
                     "she"})
_EN_PAST_IRREGULAR = frozenset({"met", "held", "saw", "sat", "spoke", "took", "had", "went",
                                "flew", "made"})


def past_clause_after(sr: Any, x: int, k: int) -> bool:
    """Does a ", and (later) <past verb>" clause open between the modal at *x* and the
    English verb at *k* (so the modal does not reach *k*)?"""
    kk = sr.key(k)
    if not (kk in _EN_PAST_IRREGULAR or kk.endswith("ed")):
        return False
    for q in range(x + 1, k):
        if sr.toks[q].text == "," and sr.key(q + 1) in _EN_AND and all(
                sr.key(y) in _EN_ADV for y in range(q + 2, k)):
            return True
    return False
