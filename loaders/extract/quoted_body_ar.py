"""A body named in guillemets or quotes right after an Arabic title: «رئيس «الائتلاف الوطني لقوى
الثورة والمعارضة السورية» أحمد الجربا», «رئيس «المجلس الوطني الكردي» سعود الملا», «قائد "لواء
التوحيد" عبد القادر الصالح». ``quoted_body_end`` gives the end of such a body, so that
``title_extent_ar.skip_definite_body`` looks for the holder's name after it (before, a quote right
after the title ended the search, and a new person's name after a long quoted body was lost)."""

from __future__ import annotations

from loaders.extract.tokens import Tok

_OPENERS = {"«": "»", "“": "”", '"': '"'}
_MAX_WORDS = 9  # words inside the quotes


def quoted_body_end(toks: list[Tok], j: int, hi: int) -> int:
    """The position after the closing quote of a body's name opened at *j* (two to nine Arabic
    words inside, no other mark); *j* when there is none."""
    closer = _OPENERS.get(toks[j].text)
    if closer is None:
        return j
    for c in range(j + 1, min(hi, j + _MAX_WORDS + 2)):
        t = toks[c]
        if t.text == closer:
            return c + 1 if c - j >= 3 else j
        if t.punct or not t.ar:
            return j
    return j
