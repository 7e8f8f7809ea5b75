"""SUCCESSOR_OF, Arabic: a suspension before "خلفاً له / مكانه" names the one replaced.

"قرر البرلمان إيقاف رئيس الحكومة المكلف من قبله Y عن العمل وإحالته إلى التحقيق، وتكليف وزير
المالية Z بتسيير مهامها خلفاً له": the one suspended, Y (named past a long title), is the one Z
replaced, as after "إقالة / إعفاء Y". Not read: a suspension naming no person within eight
words, or with punctuation between ("إيقاف العمل، وY ...").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# suspension: "إيقاف Y عن العمل" (the noun or the verb, then the one suspended)
AR_SUSPENDED = L._ar("إيقاف", "بإيقاف", "وإيقاف", "ايقاف", "أوقف", "وأوقف", "أوقفت")


def suspended_person_ar(sr: Any, x: int) -> Any:
    """The person the suspension word at *x* names past a long title ("إيقاف رئيس الحكومة
    المكلف من قبله Y عن العمل"): the first person within eight words, no punctuation
    between; None for any other word."""
    if sr.key(x) not in AR_SUSPENDED:
        return None
    m = sr.after(x + 1, types=("Person",), maxgap=8)
    if m is None or any(sr.toks[y].punct for y in range(x + 1, m.lo)):
        return None
    return m
