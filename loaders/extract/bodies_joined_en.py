"""English bodies whose name goes on after "of / for / in" (session 20, ``org``): "the
Movement for Justice and Reform in Darfur (MJRD)", "the National Committee for the Defence
of the Republic", "the Union of Free Farmers". A capitalised run ending in a body's head word
(Front, Council, Committee, Movement, Union ...) takes the capitalised words after "of" /
"for" (with "the" and an inner "and"); after "in" only before "the" or a parenthesised
acronym ("... in the Lake Region", "... in Darfur (MJRD)"), not "the Council in Brussels"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention, _latin_first_name

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

JOINS = frozenset({"of", "for", "in"})


def _word(doc: Doc, covered: dict[int, Mention], x: int, hi: int) -> bool:
    t = doc.toks[x]
    return x < hi and t.cap and not t.punct and not t.ar and not t.poss and \
        x not in covered and not (
            _latin_first_name(doc, t.key) and x + 1 < hi and doc.toks[x + 1].cap)


def _acronym_after(doc: Doc, x: int, hi: int) -> bool:
    toks = doc.toks
    return x + 2 < hi and toks[x].text == "(" and toks[x + 1].acronym and toks[x + 2].text == ")"


def joined_body_end(doc: Doc, covered: dict[int, Mention], k: int, e: int,
                    hi: int) -> tuple[int, Mention | None]:
    """End of the body named k..e with its "of / for / in" complements (*e* if none), and
    the place mention it swallowed before an acronym (to be dropped)."""
    toks = doc.toks
    if e >= hi or toks[e].key not in JOINS or not toks[e - 1].cap or (
            toks[e - 1].key not in L.EN_ORG_HEADS and toks[e - 1].key not in L.EN_MORE_ORG_HEADS):
        return e, None
    best = x = e
    while x < hi and toks[x].key in JOINS:
        j = x + 1 + (x + 1 < hi and toks[x + 1].key == "the")
        y = j
        while y < hi and _word(doc, covered, y, hi):
            y += 1
            if y + 1 < hi and toks[y].key == "and" and _word(doc, covered, y + 1, hi) and \
                    toks[y + 1].key not in L.EN_TITLE_FIRST:
                y += 1
        place = covered.get(j)
        if y == j and toks[x].key == "in" and place is not None and place.hi - place.lo == 1 \
                and place.etype in ("Location", "Country") and _acronym_after(doc, j + 1, hi):
            return j + 1, place  # "... in Darfur (MJRD)": the place is part of the name
        if y == j or toks[y - 1].key in L.NATIONALITY or toks[x].key == "in" and toks[x + 1].key != "the" and \
                not _acronym_after(doc, y, hi):
            break
        best = x = y
    return best, None
