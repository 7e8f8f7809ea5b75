"""English: an age before a title keeps "the ... <title>" a description of its holder.

"The 54-year-old premier, who took office in October 2022 in place of X, ...", "the
61-year-old commander", "the 70-year-old Iraqi cleric": the age ("54-year-old", "61 year
old") is no qualifier of the office (as "new" or "former" are), so the phrase is read as
"the premier" is: the holder named before (session 62). Before, the age's words stood
between "the" and the title and no description was read at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.tokens import Tok

_YEAR = frozenset({"year", "years"})


def age_start_en(toks: list[Tok], y: int, lo: int) -> int:
    """If an age "N-year-old" / "N year old" ends at token *y*, the index of its number;
    else -1."""
    if y < lo or toks[y].key != "old":
        return -1
    x = y - 1
    if x >= lo and toks[x].text == "-":
        x -= 1
    if x < lo or toks[x].key not in _YEAR:
        return -1
    x -= 1
    if x >= lo and toks[x].text == "-":
        x -= 1
    return x if x >= lo and toks[x].text.isdigit() else -1


def aged_the_en(toks: list[Tok], k: int, lo: int) -> bool:
    """Is the English title at *k* preceded by "the", an age and at most a nationality ("the
    54-year-old premier", "the 70-year-old Iraqi cleric")?"""
    y = k - 1
    if y >= lo and toks[y].key in L.NATIONALITY:
        y -= 1
    n = age_start_en(toks, y, lo)
    return n > lo and toks[n - 1].key == "the"
