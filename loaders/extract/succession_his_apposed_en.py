"""SUCCESSOR_OF, English (session 67): "X, his successor, <verb> ..." -- "his / her successor"
set off by commas right after a person X: X succeeded the one the possessive stands for, the
person named before X (in the sentence, else in the sentences before).

"Leon's term ended in November 2015; Germany's Martin Kobler, his successor, oversaw the
signing" / "Annan resigned in August. Lakhdar Brahimi, his successor, fared no better" /
"Obama received Donald Trump, his successor, at the White House": Kobler -> Leon, Brahimi ->
Annan, Trump -> Obama. ``succession_rules_en`` asks here when "his successor" names no one
after it ("his successor, Y": Y) and no appointing verb is near ("named X as his successor").
Not read: "X, his likely / chosen successor," (a word between "his" and the noun; the hedged
ones are dropped before), "X, his predecessor," (the other noun).
"""

from __future__ import annotations

from typing import Any

_CLOSERS = frozenset({",", ")", "—"})


def apposed_his_successor_en(sr: Any, t: int) -> Any | None:
    """The person X of "X, his successor," for the noun at *t*, or None."""
    if t - 3 < sr.lo or sr.key(t - 1) not in ("his", "her") or sr.key(t - 2) != "," or \
            sr.key(t + 1) not in _CLOSERS:
        return None
    m = sr.before(t - 2, types=("Person",), maxgap=0)
    return m if m is not None and m.hi == t - 2 else None
