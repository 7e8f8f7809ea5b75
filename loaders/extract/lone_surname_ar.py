"""A new person named by an Arabic rank and one word ("العقيد غويتا", "الفريق البرهان", "اللواء
الحداثي"), then by that word alone later in the article ("والتقى غويتا البرهان"). Arabic has no
capitals, so one unknown word after a title is read as a name only with that evidence: the title is
a military rank, the word is no ordinary word the lexicon knows nor a name word of the gazetteer
(those are the known-names step's: "المشير حفتر"), and it comes back elsewhere in the
article on its own (never after a given name: "المشير حفتر" after "خالد حفتر" is a Haftar named in
full; nor only after a title again: "الفريق الحكومي ... الفريق الحكومي" is a team).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.mention_base import accusative_tanween

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc

# military ranks (folded) before a name ("اللواء" folds to "اللوا")
_RANKS = frozenset(L.fold_ar(w) for w in (
    "العقيد", "العميد", "اللواء", "الفريق", "الفريق أول", "الجنرال", "العماد", "المشير",
    "الكولونيل", "الفريق الركن", "اللواء الركن", "العميد الركن", "العقيد الركن",
    "الفريق أول ركن", "العميد ركن", "اللواء ركن", "الفريق ركن", "العقيد ركن", "الأدميرال"))
# honorifics between a rank and a name ("الفريق الشهيد قاسم ...", "اللواء الحاج X")
_HONORIFICS = L._ar("الشهيد", "المرحوم", "الحاج", "السيد", "الدكتور", "المهندس", "الراحل")


def _plain_word(key: str, text: str) -> bool:
    """Could the word be a surname: three letters at least, no particle, verb, title, common
    noun, qualifier, nationality or indefinite accusative?"""
    bare = key[2:] if key.startswith("ال") else key
    return len(bare) >= 3 and not accusative_tanween(text) and not (
        key in L.AR_STOP or key in L.AR_COMMON_NOUNS or bare in L.AR_COMMON_NOUNS or
        key in L.AR_QUALIFIERS or key in L.NATIONALITY or key in L.AR_TITLES or
        key in L.AR_TITLE_FIRST or key in L.AR_COMMON_VERBS or key in _HONORIFICS or
        key.endswith(("يه", "ها")))


def lone_rank_surname_ar(doc: Doc, covered: dict[int, Mention], phrase: str, jn: int,
                         hi: int) -> bool:
    """Is the one word at *jn*, after the rank *phrase*, a new person's surname: a plain word
    followed by no other name word (the caller found none) that recurs alone in another place
    of the article?"""
    if phrase not in _RANKS or jn >= hi or jn in covered:
        return False
    toks = doc.toks
    t = toks[jn]
    if not t.ar or t.punct or not _plain_word(t.key, t.text) or t.key in doc.gaz.ar_latin:
        return False  # (a name word of the gazetteer: "المشير حفتر", the known-names step's)
    key = t.key
    alone = False
    for x, o in enumerate(toks):
        if x == jn or not o.ar or not (o.key == key or any(
                off == 1 and st == key and o.key[0] in "وبل" for off, st in o.stems)):
            continue
        before = toks[x - 1].key if x > 0 else ""
        if before in GN.ALL or (before[:1] == "و" and before[1:] in GN.ALL):
            return False  # "خالد حفتر": the family name of someone named in full here
        if before not in L.AR_TITLE_FIRST:
            alone = True
    return alone
