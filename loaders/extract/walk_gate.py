"""Which gazetteer walks of ``known_names`` cannot find a name (a speed gate, no reading).

``known_names._gaz_walk`` walks the gazetteer's name trie from each word that may start a
known name. About a third of those walks (27 of 86 per real-text article, 42 of 115 per
synthetic one, session 64) end at once: no candidate's node lists a name of one word, and
the next word continues none of them ("President" before "said", «الرئيس» before a verb).
The call and the walk's set-up cost more than the look-ups that tell so, so
``_known_names`` makes them first and skips the walk:

- ``continuations(gaz, known, text, cands)``: ``False`` when a name may end at the word
  itself (the walk must run), else the keys that may follow it in a name (the child map of
  its candidate's trie node, or their union for several candidates); kept per token text
  on the gazetteer, as the word's first candidates are;
- ``may_continue(keys, nt)``: can the next token *nt* carry one of them on? A necessary
  condition of the walk's next step: the next key is the token's article-less stem
  (``stems[0][1]``, = ``strip_article_ar(key)`` for Arabic, the key otherwise), or, for a
  capitalised Latin word with "al"/"el" glued on, the rest of it ("Almuhandis").
  ``_known_names`` writes the test out (no call per word).

A walk these tests skip returns ``None`` (they are necessary conditions of a match only:
the walk itself still stops at punctuation), so the output is the same.
"""

from __future__ import annotations

from collections.abc import Container
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer
    from loaders.extract.tokens import Tok

_FACT = "walk_continuations"
_HITS = itemgetter(0)  # (of a trie node: the entities of the name ending there)
AL_EL = frozenset({"al", "el"})  # an article glued on: "Almaliki", "Elsisi"


def continuation_cache(gaz: Gazetteer) -> dict[str, Any]:
    """The gazetteer's cache of ``continuations`` per token text (emptied past 200,000)."""
    known = gaz.token_facts.get(_FACT)
    if known is None or len(known) > 200_000:
        known = gaz.token_facts[_FACT] = {}
    return known


def continuations(gaz: Gazetteer, known: dict[str, Any], text: str,
                  cands: tuple) -> Container[str] | bool:
    """For a word of text *text* whose first candidates (offset, stem) are *cands* (not
    empty): ``False`` when a candidate's node lists a name (one may end at the word), else
    the keys that may come next in a name (empty: none); kept in *known*
    (``continuation_cache``)."""
    trie = gaz.name_trie()
    nodes = [trie[stem] for _off, stem in cands]
    got: Container[str] | bool
    if any(map(_HITS, nodes)):  # (in C: no generator per call)
        got = False
    elif len(nodes) == 1:
        got = nodes[0][1]  # (the node's own child map: no copy)
    else:
        got = frozenset().union(*(node[1] for node in nodes))
    known[text] = got
    return got


def may_continue(keys: Container[str], nt: Tok) -> bool:
    """Can token *nt* continue a name whose next keys are *keys* (``continuations``)?"""
    return nt.stems[0][1] in keys or (
        nt.key[:2] in AL_EL and not nt.ar and nt.cap and len(nt.key) >= 6 and
        nt.key[2:] in keys)
