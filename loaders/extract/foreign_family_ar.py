"""A foreign family name ending in -iha / -ha after a foreign given name (session 25).

`arabic_name_words` ends a name at a word with a possessive ها ("رئيساً لأركانها"): a noun of
the sentence, not a name word. After a given name of a non-Arab culture (``GN.FOREIGN``:
أندريه، فيتالي، دميترو) Arabic outlets write family names that end so ("أندريه سيبيها"
Sybiha, "أوليكسي ... كوليها"): the word is the family name when it is bare (no proclitic
reading, no article), not a common noun or title with the pronoun ("أندريه نظيرها" is no
name: نظير), and no name word is known in its place.

The same holds for a family name that opens with ب or ل ("نيكولا بوشيه" Boucher, "ماري
لوبان" Le Pen), which `arabic_name_words` reads as a preposition and a noun ("X
بضربة") or a name ("بعباس"): after a foreign given name it is the family name, unless the
rest is a common noun or a name the gazetteer knows alone ("جوزيف بدمشق": in Damascus;
session 48: ``foreign_family_bl``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_HA = "ها"


def foreign_family_ha(doc: Doc, k: int, j: int) -> bool:
    """Is the word at *j*, second of the name opening at *k* with a foreign given name, a
    family name ending in ها?"""
    t = doc.toks[j]
    key = t.key
    if not key.endswith(_HA) or len(key) < 5 or not t.ar or t.punct or \
            doc.toks[k].key not in GN.FOREIGN or key.startswith("ال"):
        return False
    base = key[:-2]
    return base not in L.AR_COMMON_NOUNS and base not in L.AR_TITLES and \
        base not in L.AR_STOP


def foreign_family_bl(doc: Doc, k: int, j: int) -> bool:
    """Is the word at *j*, second of the name opening at *k* with a foreign given name, a
    family name opening with ب / ل ("نيكولا بوشيه", "ماري لوبان")?"""
    t = doc.toks[j]
    key = t.key
    if key[:1] not in _BL or len(key) < 4 or not t.ar or t.punct or \
            doc.toks[k].key not in GN.FOREIGN or key.startswith(("بال", "لل")):
        return False
    noun = key[1:]
    if key in L.AR_COMMON_NOUNS or key[:-1] in L.AR_COMMON_NOUNS and key[-1] == "ا":
        return False  # "جوزيف بيان" / "بيانا": a statement
    node = doc.gaz.name_trie().get(noun)
    return noun not in L.AR_COMMON_NOUNS and ("ال" + noun) not in L.AR_COMMON_NOUNS and \
        noun not in L.AR_STOP and noun not in L.AR_TITLES and noun not in L.AR_STRIKE and \
        not (node and node[0])


_BL = ("ب", "ل")


# what may close a name told with its title: "القيادي حسن بدير، الذي ..." (session 51)
_NAME_CLOSERS = frozenset({"،", ",", ".", "الذي", "والذي"})


def closing_family_bl(doc: Doc, k: int, j: int, hi: int) -> bool:
    """Is the word at *j*, second of the name opening at *k* with a usual Arabic given name,
    a family name opening with ب / ل ("حسن بدير": not ب + دير "in a monastery") that closes
    the name: a comma, a full stop or "الذي" follows (a preposition would take its noun's
    complement first: "التقى محمد بوفد حماس")? Not a name the gazetteer knows alone."""
    t = doc.toks[j]
    key = t.key
    if key[:1] not in _BL or len(key) < 4 or not t.ar or t.punct or \
            doc.toks[k].key not in GN.ALL or key.startswith(("بال", "لل")) or \
            key in L.AR_STOP or (j + 1 < hi and doc.toks[j + 1].key not in _NAME_CLOSERS):
        return False
    node = doc.gaz.name_trie().get(key[1:])
    return not (node and node[0])


# "إن / أن" after a speaker's name ("وقال برادة إن ...")
_AR_THAT = L._ar("إن", "أن", "ان")
# ب-words that say something themselves or tell the manner ("وذكر بلاغ أن"، "وقال بصراحة
# إن"): no names; a pronoun or plural ending is checked on the written word ("بدوره")
_SAID_B_NOT = L._ar("بيان", "بلاغ", "باحث", "بعض", "بصراحة", "بوضوح", "بشدة", "بحزم", "بقوة",
                    "بثقة", "بأسف", "بحسرة", "بغضب", "بمرارة", "بفخر", "بحماس", "بجدية")
_PRONOUNS = ("ه", "ها", "هم", "هما", "كم")
_PLURALS = ("ون", "ين")


def said_b_names(doc: Doc) -> frozenset[str]:
    """Words opening with ب that the article uses alone as a speaker's name, between a verb
    of saying and "إن / أن" ("وقال برادة إن"، "وأوضح بنموسى أن"): a Maghrebi family name
    (Berrada, Benmoussa), not ب + a noun, wherever the name is told in full ("محمد سعد
    برادة"; session 53). Computed once per article."""
    got = doc.said_b
    if got is None:
        toks = doc.toks
        got = frozenset(toks[x].key for x in range(1, len(toks) - 1)
                        if toks[x].key[:1] == "ب" and len(toks[x].key) >= 4 and toks[x].ar and
                        toks[x - 1].key in L.AR_SAID and toks[x + 1].key in _AR_THAT and
                        _may_be_name(toks[x].key, toks[x].text))
        doc.said_b = got
    return got


def _may_be_name(key: str, raw: str) -> bool:
    """Can the ب-word *key* (written *raw*) be a family name: no common noun, manner word,
    pronoun ending or plural ending (a long word: "بوتين" stays)?"""
    if key in _SAID_B_NOT or key in L.AR_COMMON_NOUNS or key in L.AR_STOP or \
            key[1:] in L.AR_COMMON_NOUNS:
        return False
    raw = raw.rstrip(_HARAKAT)
    return not raw.endswith(_PRONOUNS) and not (len(key) >= 6 and raw.endswith(_PLURALS))


_HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
