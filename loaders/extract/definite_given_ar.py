"""Arabic: given names written with the article open a name after a title.

Maghrebi, Sudanese and West African given names are often written with the article:
"الفريق أول السعيد شنقريحة"، "الوزير الطيب البكوش"، "رئيس الحكومة الحبيب الجملي"، "الرئيس
الحسن واتارا". A first word with the article is otherwise no name's first word (an adjective or
a noun: "الرئيس السابق"، "الوزير الأول"), so ``_ar_name_span`` found no one after such a
title. ``definite_given_first`` lets one of these usual names open the span when a name word
follows it (the span step still ends the name at an al- family name), also fused with a
preposition or conjunction ("خلفاً للقاسم إنداتو"، "والتقى بالحسن واتارا"; session 56).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# usual given names written with the article (not العربي "Arab", الأمين "secretary" ...)
DEFINITE_GIVEN = frozenset(L.fold_ar(w) for w in (
    "السعيد", "الطيب", "الحبيب", "الهادي", "المنصف", "الباجي", "الأخضر", "الطاهر",
    "المختار", "الشاذلي", "البشير", "المنجي", "العياشي", "الصادق", "الناصر", "الصديق",
    "الحسن", "الحسين", "المكي", "العيد", "الزبير", "المهدي", "القاسم",
    # Levantine and Iraqi ones (session 57: "السفير العراقي المنهل الصافي")
    "المثنى", "المعتصم", "المنذر", "المنهل"))


def definite_given_key(key: str) -> bool:
    """Is the folded word one of ``DEFINITE_GIVEN``, bare or after a fused preposition or
    conjunction ("بالحسن"، "والطيب"، "للقاسم": ل before the article drops its alif)?"""
    if key in DEFINITE_GIVEN:
        return True
    if key.startswith("لل"):
        return "ا" + key[1:] in DEFINITE_GIVEN
    for pre in ("و", "ب", "ف", "وب", "ول", "فب"):
        if key.startswith(pre + "ال") and key[len(pre):] in DEFINITE_GIVEN:
            return True
    return key.startswith("ولل") and "ا" + key[2:] in DEFINITE_GIVEN


def definite_given_first(doc: Doc, j: int, hi: int) -> bool:
    """Does the word at *j* open a name as a given name with the article ("السعيد
    شنقريحة")? One of ``DEFINITE_GIVEN`` with no proclitic, before a name word that is no
    nationality or qualifier ("الرئيس الحسن X"; not "الوزير الطيب الذكر"); fused with a
    preposition too ("خلفاً للقاسم X"، "التقى بالحسن X": ``definite_given_key``)."""
    from loaders.extract.arabic_name_words import _ar_name_word

    toks = doc.toks
    if not definite_given_key(toks[j].key) or j + 1 >= hi:
        return False
    nxt = toks[j + 1]
    return nxt.ar and not nxt.punct and nxt.key not in L.NATIONALITY and \
        nxt.key not in L.AR_QUALIFIERS and nxt.key not in L.AR_STOP and \
        _ar_name_word(doc, nxt, False)
