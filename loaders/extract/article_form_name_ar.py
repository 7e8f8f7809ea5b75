"""Arabic: a person's one-word name written with the article is a common word, not the person.

«رئيسي» (Ebrahim Raisi) is also the adjective "main"; with the article («المسؤول الرئيسي»,
«المحور الرئيسي»، «والرئيسي») it is only ever the adjective: his names never take the article.
The same holds for every person whose gazetteer names write that word without it («بري» /
«الهجوم البري»، «روحاني» / «الروحاني»). ``known_names`` matches a one-word name through the
article (token stems drop it), so an article that named the man turned every «الرئيسي» into
him ("the main official met Y" became "Raisi met Y"; «المسؤول الروحاني» Rouhani).
``article_form_of_bare_name`` says when the token is such an article form: the token is the
article + the matched stem, and no name of the person has that word with the article («الكاظمي»
is still al-Kadhimi: his name carries it). The state counterpart is
``state_cues.adjective_form`` ("المالي" for مالي)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.textnorm import is_arabic

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer
    from loaders.extract.tokens import Tok

_NAME_WORDS: dict[str, frozenset[str]] = {}  # person id -> the keys of his Arabic name words


def _name_words(gaz: Gazetteer, eid: str) -> frozenset[str]:
    """The token keys of the words of the Arabic names of *eid* (cached per id)."""
    got = _NAME_WORDS.get(eid)
    if got is None:
        e = gaz.entries.get(eid)
        words = set()
        if e is not None:
            for name in e.all_names():
                if is_arabic(name):
                    words.update(L.ar_key(w) for w in name.split())
        got = _NAME_WORDS[eid] = frozenset(words)
    return got


def article_form_of_bare_name(gaz: Gazetteer, eid: str, tok: Tok, off: int, stem: str) -> bool:
    """Is *tok* (its proclitics *off* characters long) the article + *stem*, the one-word name
    of the person *eid* matched, when none of his Arabic names writes the word with the
    article («الرئيسي» for Raisi: "main")?"""
    if not tok.ar or not eid.startswith("person:"):
        return False
    word = tok.key[off:]
    if not word.startswith("ال") or word[2:] != stem:
        return False
    words = _name_words(gaz, eid)
    return stem in words and word not in words
