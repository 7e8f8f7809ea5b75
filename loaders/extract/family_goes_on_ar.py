"""An Arabic name goes on past a known person's family name (session 25, second round).

``person_names._first_names_before_surnames`` joins first names before a known surname into
one new person ("محمد عياش" after the alias "عياش" of Yahya Ayyash) and ended the name there:
"محافظ الحديدة محمد عياش قحيم" read "محمد عياش". As in English (``person_ids._family_goes_on_en``:
"Abdul Ghani Baradar"), the known family name is a middle word when one more bare name word
follows it: no given name (the next person of a list or an object), no word of another known
name, no title, verb or common noun (``_ar_name_word``), no و-word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc, Mention


def family_goes_on_ar(doc: Doc, covered: dict[int, Mention], si: int, hi: int) -> int:
    """End of an Arabic name whose known family name ends at *hi*: *hi* + 1 when the word
    at *hi* is one more family name word, else *hi*."""
    from loaders.extract.arabic_name_words import _ar_name_word  # (person_ids imports this)

    toks = doc.toks
    if hi >= doc.sents[si].hi or hi in covered:
        return hi
    t = toks[hi]
    if not t.ar or t.punct or t.key.startswith("و") or t.key in GN.ALL or doc.gaz_start[hi] \
            or not _ar_name_word(doc, t, False):
        return hi
    return hi + 1
