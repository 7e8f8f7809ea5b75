"""MET_WITH: small readers of meeting phrases in feature writing (session 14).

- ``held_before_en``: "X and Y held closed-door talks", "held a two-hour meeting", "held
  three hours of talks": the verb "held" a few modifiers before the meeting noun.
"""

from __future__ import annotations

from typing import Any

_EN_HELD = frozenset({"held", "hold", "holding", "holds"})
_EN_NOUN_MODIFIERS = frozenset({"a", "an", "closed", "-", "door", "two", "three", "four", "five",
                                "several", "hours", "hour", "of", "long", "lengthy",
                                "marathon", "private", "secret", "direct", "face", "to",
                                "rare", "frank", "day", "more", "than", "separate", "further",
                                "fresh", "new", "unannounced", "informal", "formal",
                                "bilateral", "extensive", "intensive", "tense", "cordial"})


def held_before_en(sr: Any, t: int) -> bool:
    """Is the meeting noun at *t* the object of "held" past a few modifiers ("held talks",
    "held closed-door talks", "held three hours of talks", "held a face-to-face meeting")?"""
    for y in range(t - 1, max(sr.lo - 1, t - 8), -1):
        ky = sr.key(y)
        if ky in _EN_HELD:
            return True
        if ky not in _EN_NOUN_MODIFIERS or sr.mention_at.get(y) is not None:
            return False
    return False
