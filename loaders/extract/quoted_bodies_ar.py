"""Arabic bodies named in quotes after their type noun: "فصيل «أحرار الشرقية»".

The name runs to the closing quote, whatever its words (an adjective "الشرقية" would end an
unquoted name); after a generic type noun (فصيل، تنظيم، جماعة، ميليشيا) the quoted words
alone are the name, since the noun only says what kind of body it is (``quoted_name_end``).

After a title (session 67, blind67b): «رئيس «الائتلاف الوطني لقوى الثورة والمعارضة السورية» أحمد
الجربا», «رئيس «المجلس الوطني الكردي» سعود الملا», «قائد "لواء التوحيد" عبد القادر الصالح».
``quoted_body_end`` gives the end of such a body, so that
``title_extent_ar.skip_definite_body`` looks for the holder's name after it (before, a quote
right after the title ended the search, and a new person's name after a long quoted body was
lost)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_core import QUOTE_PAIRS

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


_TITLE_BODY_MAX_WORDS = 9  # words inside the quotes of a body after a title


def quoted_body_end(toks: list[Tok], j: int, hi: int) -> int:
    """The position after the closing quote of a body's name opened at *j* (two to nine Arabic
    words inside, no other mark); *j* when there is none."""
    closer = QUOTE_PAIRS.get(toks[j].text)
    if closer is None:
        return j
    for c in range(j + 1, min(hi, j + _TITLE_BODY_MAX_WORDS + 2)):
        t = toks[c]
        if t.text == closer:
            return c + 1 if c - j >= 3 else j
        if t.punct or not t.ar:
            return j
    return j
