"""Arabic "أي" (any) under a negation: "لم يُدرج على جدول الزيارة أي لقاء مع Y", "ولم يصدر
عن الحزب أي إعلان عن لقاء بين X وY", "لم تعلن الرئاسة عن أي اجتماع بين X وY".

The negation may stand further before the meeting word than ``negated()``'s few tokens,
because "أي" marks the noun as the negated one: the meeting did not take place (or was
not announced), whatever lies between the negation and "أي" in the same clause.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

_ANY = frozenset({"اي", "أي"})
_ABOUT = frozenset({"عن", "بشان", "بشأن", "حول"})
_BACK = 12  # tokens before "أي" searched for the negation
ANY_ABOUT = _ANY | _ABOUT  # the word before the meeting word, for a cheap test first


def any_under_negation(sr: Any, k: int, neg: list[int], flags: list[int],
                       contrast: int) -> bool:
    """True when the Arabic word at *k* follows "أي" ("أي لقاء") or "أي <noun> عن"
    ("أي إعلان عن لقاء"), and a negation (positions *neg*) opens the same clause (no
    token with the *contrast* flag between them) at most _BACK tokens before "أي"."""
    toks, lo = sr.toks, sr.lo
    q = k - 1
    if q < lo:
        return False
    if toks[q].key not in _ANY:
        if toks[q].key not in _ABOUT or q - 2 < lo or toks[q - 2].key not in _ANY:
            return False
        q -= 2
    for p in neg[bisect_left(neg, max(lo, q - _BACK)):bisect_left(neg, q)]:
        if not any(flags[x] & contrast for x in range(p, q)):
            return True
    return False
