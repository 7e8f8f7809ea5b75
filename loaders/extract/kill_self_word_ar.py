"""«لكن X نفسه قُتل بعد أيام في غارة إسرائيلية» (session 52): a word of emphasis or addition
between the subject and its passive killing verb ("نفسه"، "بدوره"، "أيضاً"، "هو الآخر") keeps
the subject the victim, as with no word between."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_SELF_WORDS = L._ar("نفسه", "نفسها", "ذاته", "ذاتها", "بدوره", "بدورها", "أيضاً", "أيضا",
                       "ايضا", "كذلك")
_AR_HE_SHE = L._ar("هو", "هي")
_AR_OTHER = L._ar("الآخر", "الاخر", "الأخرى", "الاخري")


def self_word_between_ar(sr: Any, hi: int, t: int) -> bool:
    """Only "نفسه" / "بدوره" / "أيضاً" / "هو الآخر" between a subject ending at *hi* and its
    verb at *t* ("لكن شادماني نفسه قُتل بعد أيام في غارة إسرائيلية")."""
    if t - hi == 1:
        return sr.key(hi) in _AR_SELF_WORDS
    return t - hi == 2 and sr.key(hi) in _AR_HE_SHE and sr.key(hi + 1) in _AR_OTHER
