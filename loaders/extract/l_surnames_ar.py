"""A family name that starts with the letter ل after a lone given name (session 22, second round).

Maghrebi family names often start with ل ("رمطان لعمامرة"، "كريم لعرابة"): ``_is_ar_name_token``
reads a later word "ل + ...ة" as the preposition and a noun ("X Y لزيارة": for a visit) and ends
the name before it. Right after a single usual given name (``given_names``) such a word is the
family name when the word without ل is itself a name word and no noun: not a verbal noun
(``_MASDAR``: لتعزيز، لاستقبال; مفاعلة: لمواجهة), not a common noun or a trigger word (لزيارة،
لمنظمة), and the next word is neither a given name ("for" + a name) nor a definite word other than
a nationality ("لمواجهة الأزمة": a noun in construct). Never a word opening with لل, ل + the
article ("للمنصب", "للرئاسة": session 66).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_words import _MASDAR, _is_ar_name_token
from loaders.extract.tokens import make_token

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_CACHE: dict[str, bool] = {}
_MUFAALA = re.compile(r"^م.ا..ه$")  # مواجهة، مشاركة، مناقشة: a verbal noun


def _l_stem_is_name(text: str) -> bool:
    """Is *text* without its first letter ل a name word (and no noun)?"""
    hit = _CACHE.get(text)
    if hit is None:
        rest = make_token(0, 0, text[1:])
        k = rest.key
        hit = _CACHE[text] = len(k) >= 4 and not _MASDAR.match(k) and not _MUFAALA.match(k) and \
            k not in L.AR_COMMON_NOUNS and k not in GN.ALL and \
            not k.startswith("ال") and _is_ar_name_token(rest, True)
    return hit


def l_surname_after_given(doc: Doc, k: int, j: int, n: int, hi: int) -> bool:
    """Is the word at *j* a ل family name after the lone given name at *k* (*n* == 1)?"""
    t = doc.toks[j]
    if n != 1 or t.key[:1] != "ل" or t.punct or not t.ar or doc.toks[k].key not in GN.ALL:
        return False
    if t.key.startswith("لل"):
        return False  # "رشّحت الجبهة غيتاتشو للمنصب": ل + the article (its alif dropped), a
        # prepositional phrase, no family name (session 66)
    nx = doc.toks[j + 1] if j + 1 < hi else None
    if nx is not None and nx.ar and not nx.punct and (nx.key in GN.ALL or (
            nx.key.startswith("ال") and nx.key not in L.NATIONALITY)):
        return False  # "لمواجهة الأزمة": a noun in construct with the next word
    return _l_stem_is_name(t.text)
