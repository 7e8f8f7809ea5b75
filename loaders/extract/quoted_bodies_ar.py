"""Arabic bodies named in quotes after their type noun: "فصيل «أحرار الشرقية»".

The name runs to the closing quote, whatever its words (an adjective "الشرقية" would end an
unquoted name); after a generic type noun (فصيل، تنظيم، جماعة، ميليشيا) the quoted words
alone are the name, since the noun only says what kind of body it is."""
from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.tokens import Tok

# type nouns that are no part of the name they introduce ("فصيل «X»" is X)
AR_GENERIC_TYPE_HEADS = L._ar("فصيل", "تنظيم", "جماعة", "ميليشيا", "مليشيا")
_CLOSING = frozenset({"»", "”", '"'})
_MAX_WORDS = 5


def quoted_name_end(toks: list[Tok], j: int, hi: int, covered: dict) -> int | None:
    """End (exclusive, the closing quote) of the quoted name whose first word is at *j*
    (just after the opening quote): Arabic words only, at most five, none covered; None
    if no closing quote follows them."""
    for x in range(j, min(hi, j + _MAX_WORDS + 1)):
        t = toks[x]
        if t.punct:
            return x if t.text in _CLOSING and x > j else None
        if not t.ar or x in covered:
            return None
    return None
