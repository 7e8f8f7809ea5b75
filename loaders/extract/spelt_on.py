"""A known name whose following words, spelt another way, finish another known person's
name (session 21).

The longest exact match of the gazetteer can stop at a prefix that is itself a known name
(a body, a place or another person) when the words after it are spelt in a way no list has:
"Badr Albuseidi" (Badr Organization + ?), "Muthanna al-Tamimmi" (the province + ?), "Sadegh
Ommidzadeh" (Al-e Sadegh + ?), "Reza Salehi-Ammiri" (Reza Salehi + Hadi al-Amiri?). When the
prefix and up to two more Latin name words make, spelling-tolerantly, the full name of
another known person, the whole span is that person. English only: Arabic has no capitals
to tell a name word from the next word of the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

_AL = frozenset({"al", "el"})


def _plain_name(t: Tok) -> bool:
    """A capitalised Latin word that may be part of a name (no title, stop word,
    nationality or possessive)."""
    return not t.ar and t.cap and not t.punct and not t.poss and \
        t.key not in L.EN_NOT_NAME and t.key not in L.EN_STOP and \
        t.key not in L.EN_TITLE_FIRST and t.key not in L.NATIONALITY


def spelt_on(doc: Doc, lo: int, hi: int, s_hi: int, eid: str) -> tuple[int, str] | None:
    """(end, id) when the known name at tokens lo..hi and the Latin name words right after
    it ("al-", a hyphen inside) make the full name of another known person; else None."""
    toks = doc.toks
    if hi >= s_hi or toks[lo].ar:
        return None
    j, words = hi, 0
    while j < s_hi and words < 2:
        t = toks[j]
        if t.text == "-" and words == 0 and j == hi and j + 1 < s_hi and \
                _plain_name(toks[j + 1]):
            j += 1  # "Reza Salehi-Ammiri": the rest of a hyphenated family name
            continue
        if t.key in _AL and j + 2 < s_hi and toks[j + 1].text == "-" and \
                _plain_name(toks[j + 2]):
            j += 2  # "al-Tamimmi"
            continue
        if not _plain_name(t):
            break
        j += 1
        words += 1
    if not words:
        return None
    pid = other_person(doc, doc.text[toks[lo].start:toks[j - 1].end], eid)
    return (j, pid) if pid is not None else None


def other_person(doc: Doc, surface: str, eid: str) -> str | None:
    """The known person, other than *eid*, whose full name *surface* spells (rapidfuzz on
    skeleton keys, ``FuzzyNames.fuzzy_person``), cached per surface and id on the gazetteer."""
    cache = doc.gaz.token_facts.setdefault("other_person", {})
    key = (surface, eid)
    if key in cache:
        return cache[key]
    pid = doc.gaz.fuzzy_person(core_tokens(surface))
    if pid == eid or (pid is not None and doc.etype(pid) != "Person"):
        pid = None
    if len(cache) > 50_000:
        cache.clear()
    cache[key] = pid
    return pid
