"""English: the first-name words read leftwards from a known surname go on across a hyphen
glued on both sides, so a compound given name stays whole: "Abdul-Amir Rasheed Yarallah"
(was "Abdul-" a person and "Amir Rasheed Yarallah" another), "Gen. Abdel-Fattah Al-Burhan",
and across a lower-case Arabic article written with a hyphen inside the given name: "Izz
ad-Din Haddad" (was "Din Haddad"). Used by ``person_names._first_names_before_surnames``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from loaders.extract.tokens import Tok

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention

# the Arabic article as it is written inside Latin compound names ("Izz ad-Din", "Nur ud-Din",
# "Saif ul-Islam"): lower case, glued to its hyphen
ARTICLES = frozenset({"al", "el", "ad", "ed", "ud", "ul", "ur", "ar", "as", "ash", "az", "uz",
                      "an", "at"})


def _glued(a: Tok, b: Tok) -> bool:
    return a.end == b.start


def hyphen_start(toks: list[Tok], q: int, lo: int, covered: dict[int, Mention],
                 name_word: Callable[[Tok], bool]) -> int:
    """*q* is the token where the leftward walk over name words stopped (the word at q + 1
    opens the name so far). When toks[q] is a hyphen glued to that word and to a capitalised
    name word before it ("Abdul-Amir"), or to a lower-case article that a name word precedes
    ("Izz ad-Din"), return the new stop (the token before the compound's first word); else
    *q* unchanged. Bounds-checked at the sentence start *lo*."""
    if q < lo + 1 or toks[q].text != "-" or q + 1 >= len(toks) or \
            not _glued(toks[q], toks[q + 1]) or not toks[q + 1].cap:
        return q
    b = q - 1
    if b in covered or not _glued(toks[b], toks[q]):
        return q
    if toks[b].cap and not toks[b].ar and name_word(toks[b]):
        return b - 1  # "Abdul-Amir"
    if toks[b].key in ARTICLES and not toks[b].cap and b - 1 >= lo and \
            (b - 1) not in covered and toks[b - 1].cap and not toks[b - 1].ar and \
            name_word(toks[b - 1]) and not _glued(toks[b - 1], toks[b]):
        return b - 2  # "Izz ad-Din"
    return q


def article_inside(toks: list[Tok], j: int, hi: int) -> bool:
    """Is toks[j] a lower-case article glued to a hyphen and a capitalised word ("ad-Din",
    "ul-Islam"), inside a capitalised name run ending before *hi*?"""
    t = toks[j]
    return not t.cap and t.key in ARTICLES and j + 2 < hi and toks[j + 1].text == "-" and \
        _glued(t, toks[j + 1]) and _glued(toks[j + 1], toks[j + 2]) and toks[j + 2].cap and \
        not toks[j + 2].punct
