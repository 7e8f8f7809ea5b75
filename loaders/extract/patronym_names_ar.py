"""Three-word Arabic names whose third word is a usual given name (session 23, second round).

Somali, Sudanese, Egyptian and Gulf writers name a person by his own name, his father's and
his grandfather's ("حسين عوض علي"، "عبد الرحمن عمر عثمان"، "أحمد محمد موسى"). The step that
reads a name from its usual given name stops at a second strong given name after two words, so
that "عباس عراقجي محمد ..." (a family name, then the next person's given name) is two people.
A plain second word (no article, no family-name ending) is a father's name, and a strong given
name after it is the grandfather's: the name goes on. "علي" is also the preposition على written
without its dotless ya ("علي هامش"، "علي رأس"), so it goes on only before punctuation or a word
with a proclitic or an article, never before a bare word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_ALI = L.fold_ar("علي")
_PROCLITIC_HEADS = ("ب", "ل", "و", "ف", "ك", "ال")


def patronym_third(doc: Doc, j: int, hi: int) -> bool:
    """Is the strong given name at *j*, the third word of a name, the grandfather's name: the
    word before it plain (no article, no family-name ending, no و)?"""
    toks = doc.toks
    prev = toks[j - 1].key
    if prev.startswith(("ال", "و")) or GN.family_name_shape(prev) or len(prev) < 3:
        return False
    if toks[j].key != _ALI:
        return True
    if j + 1 >= hi:
        return True
    nx = toks[j + 1]
    return nx.punct or not nx.ar or nx.key.startswith(_PROCLITIC_HEADS)
