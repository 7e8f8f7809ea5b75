"""Arabic: the relative pronoun before a meeting verb, past the auxiliaries between them.

"أشاد X بـY، الذي سبق أن التقاه / الذي كان قد اجتمع به": the relative clause of Y opens at
الذي with "سبق أن" or "(كان) (قد)" before its verb; the readers of "، الذي التقاه" look
for the pronoun right before the verb, ``relative_before_verb_ar`` finds it past them.
"""

from __future__ import annotations

from typing import Any

_QAD = frozenset({"قد"})
_KAN = frozenset({"كان", "كانت"})


def relative_before_verb_ar(sr: Any, t: int) -> int:
    """The position of the word before the verb at *t* past "سبق أن" / "كان قد" / "قد"
    (t - 1 when none stands there)."""
    r = t - 1
    if r - 1 > sr.lo and sr.key(r) == "ان" and sr.key(r - 1) == "سبق":
        return r - 2
    if r > sr.lo and sr.key(r) in _QAD:
        r -= 1
    if r > sr.lo and sr.key(r) in _KAN:
        r -= 1
    return r
