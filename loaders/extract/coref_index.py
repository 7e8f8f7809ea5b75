"""Per-article indexes for the description checks of :mod:`loaders.extract.coreference`
(session 17, speed): made once per article with C-level iteration, so that a check asked for
every description ("was this person just said to be replaced?") costs a look-up, not a scan
of the article's mentions, when the article has no cue for it."""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_KEY = attrgetter("key")


def cue_positions(doc: Doc, name: str, keys: frozenset[str]) -> list[int]:
    """The positions, ascending, of the article's tokens whose key is in *keys* (cached in
    ``doc.state`` under *name*: one pass over the tokens per article)."""
    pos = doc.state.get(name)
    if pos is None:
        pos = doc.state[name] = list(compress(range(len(doc.toks)),
                                              map(keys.__contains__, map(_KEY, doc.toks))))
    return pos


def any_cue_before(doc: Doc, name: str, keys: frozenset[str], at_tok: int) -> bool:
    """Has the article a token with a key in *keys* before token *at_tok*?"""
    pos = cue_positions(doc, name, keys)
    return bool(pos) and bisect_left(pos, at_tok) > 0
