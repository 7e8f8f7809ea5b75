"""The given-name lookups of the gazetteer (``GivenNames``, a base class of
``gazetteer.Gazetteer``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract.given_alike import (
    first_words,
    given_differs,
)
from loaders.extract.given_variants import given_alternatives
from loaders.textnorm import (
    is_arabic,
    normalize,
    strip_article_ar,
)

if TYPE_CHECKING:
    from loaders.extract.gazetteer_entry import Entry
    from loaders.extract.tokens import Tok


class GivenNames:
    """The given names of the gazetteer (a base class of ``Gazetteer``, which builds the indexes
    read here): whether a word is a usual given name, the Latin given names of a person, the
    known names that may start at a token (``first_cands``)."""

    _first_cache: dict[tuple, tuple]
    _first_words: dict[tuple[str, bool], frozenset[str]]
    _firsts: dict[str, frozenset[str]]
    _given_names: frozenset[str] | None
    _starts: dict[str, tuple]
    ar_latin: dict[str, str]
    entries: dict[str, Entry]
    first_tokens: set[str]
    token_facts: dict[str, Any]

    def is_given_name(self, tok: str) -> bool:
        """Is the folded word *tok* a usual given name (given_names.yaml, in Arabic or in
        the Latin spelling names.yaml gives it)?"""
        names = self._given_names
        if names is None:
            from loaders.extract import given_names as GN

            names = set(GN.ALL)
            names.update(normalize(self.ar_latin[a]) for a in GN.ALL if a in self.ar_latin)
            self._given_names = names = frozenset(names)
        return tok in names or strip_article_ar(tok) in names

    def latin_given(self, tok: str) -> str | None:
        """The usual Latin spelling of the folded Latin word *tok* when it is a usual given
        name ("mohamad" -> "mohammed"), else None."""
        cache = self.token_facts.setdefault("latin_given_word", {})
        if tok in cache:
            return cache[tok]
        from loaders.extract.latin_ids import canonical_word

        canon = canonical_word(self, tok).lower()  # type: ignore[arg-type]  (self: a Gazetteer)
        hit = cache[tok] = canon if self.is_given_name(canon) else None
        return hit

    def usual_given(self, tok: str) -> bool:
        """Is the folded word *tok* a usual given name, in any of its Latin spellings
        ("mohammad", "mohamad" as "mohammed": "Mohammad Mustafa" is no Hamza al-Mustafa)?"""
        if self.is_given_name(tok) or given_alternatives(tok):
            return True  # (or a Turkish / Persian form: "Mehmed Assad" is no Ahmed al-Asadi)
        return not is_arabic(tok) and self.latin_given(tok) is not None

    def _latin_firsts(self, eid: str) -> frozenset[str]:
        """The usual given names that *eid*'s Latin names start with, and the Latin spelling
        of the given name his Arabic names start with ("Hamid Karzai", «حامد كرزاي»: Hamid and
        Hamed, so "Hameed Karzai" is he; session 58) (cached)."""
        hit = self._firsts.get(eid)
        if hit is None:
            e = self.entries[eid]
            words = {n.split()[0].lower() for n in [e.name, *e.aliases]
                     if n and n.split() and not is_arabic(n)}
            words |= {self.ar_latin[w].lower() for w in (
                normalize(n).split()[0] for n in e.all_names()
                if n and is_arabic(n) and len(n.split()) >= 2) if w in self.ar_latin}
            hit = self._firsts[eid] = frozenset(
                g for g in map(self.latin_given, words) if g is not None)
        return hit

    def _given_differs(self, tok: str, eid: str) -> bool:
        """Is the first word *tok* of a name unlike every first word of *eid*'s names of
        two or more words in its script (given_alike)? First words cached per person."""
        key = (eid, is_arabic(tok))
        firsts = self._first_words.get(key)
        if firsts is None:
            e = self.entries[eid]
            firsts = self._first_words[key] = first_words(e.all_names(), key[1])
        return given_differs(tok, firsts)

    def first_cands(self, stems: tuple) -> tuple:
        """The (offset, stem) options of a token that can start a gazetteer name."""
        hit = self._first_cache.get(stems)
        if hit is None:
            hit = tuple([(off, st) for off, st in stems if st in self.first_tokens])  # (a list
            # comprehension: one frame, not a generator resumed per stem)
            if len(self._first_cache) > 200_000:
                self._first_cache.clear()
            self._first_cache[stems] = hit
        return hit

    def first_cands_of(self, t: Tok) -> tuple:
        """``first_cands`` of token *t* (cached per token text); none for punctuation."""
        hit = self._starts.get(t.text)
        if hit is None:
            hit = () if t.punct else self.first_cands(t.stems)
            if not hit and t.cap and not t.ar and len(t.key) >= 6 and \
                    t.key.startswith(("al", "el")) and t.key[2:] in self.first_tokens:
                hit = ((0, t.key[2:]),)  # "Almaliki", "Almuhandis", "Elsisi": al-/el- glued on
            if len(self._starts) > 200_000:
                self._starts.clear()
            self._starts[t.text] = hit
        return hit

    def first_cands_all(self, toks: list[Tok], texts: list[str] | None = None) -> list[tuple]:
        """``first_cands_of`` of each token (*texts*: their texts, if at hand)."""
        known = self._starts
        if texts is None:
            texts = [t.text for t in toks]
        try:  # (usually every text is known: no look for the missing ones)
            return list(map(known.__getitem__, texts))
        except KeyError:
            pass
        out: list = list(map(known.get, texts))
        k = -1
        try:
            while True:  # texts not seen before (found without a Python loop over all)
                k = out.index(None, k + 1)
                out[k] = self.first_cands_of(toks[k])
        except ValueError:
            return out

    def may_start_name(self, t: Tok) -> bool:
        """Whether a gazetteer name can start at token *t*."""
        return bool(self.first_cands_of(t))
