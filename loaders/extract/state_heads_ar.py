"""Arabic: "جمهورية X" / "مملكة X" / "سلطنة X" names a state, never a person.

A head of state is often titled with the state's full name ("فخامة رئيس جمهورية X
الفيدرالية الدكتور Y"). When X is a country no list knows, the title step took "جمهورية X"
(and the name after it) as the person's name. ``state_name_end`` skips the state's name after
a title: the head noun, the country's name (a known place or one word) and up to two
definite adjectives (الفيدرالية، الإسلامية، الديمقراطية ...), so that the name after it is the
title's holder; ``STATE_HEADS`` are no name words (``arabic_name_words.AR_BODY_NOUNS``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention, accusative_tanween

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

STATE_HEADS = frozenset(L.fold_ar(w) for w in ("جمهورية", "مملكة", "سلطنة"))


def state_name_end(doc: Doc, covered: dict[int, Mention], j: int, hi: int) -> int:
    """The end of a state's name "جمهورية X [الصفة ...]" at *j* (after a title), else *j*."""
    toks = doc.toks
    if j + 1 >= hi or toks[j].key not in STATE_HEADS or j in covered:
        return j
    x = j + 1
    m = covered.get(x)
    if m is not None:
        if m.lo != x or m.etype not in ("Country", "Location"):
            return j
        x = m.hi
    else:
        t = toks[x]
        if not t.ar or t.punct or accusative_tanween(t.text) or t.key in L.AR_TITLE_FIRST:
            return j
        x += 1
    n = 0
    while x < hi and n < 2 and x not in covered and toks[x].ar and not toks[x].punct and \
            toks[x].key.startswith("ال") and toks[x].key not in L.AR_TITLE_FIRST and \
            toks[x].key not in L.AR_TITLES:
        x += 1
        n += 1
    return x
