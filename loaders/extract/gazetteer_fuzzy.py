"""The spelling-tolerant lookups of the gazetteer (``FuzzyNames``, a base class of
``gazetteer.Gazetteer``): a known person spelled differently in either script."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from loaders.extract.gazetteer_given import GivenNames
from loaders.extract.gazetteer_spelling import (
    _PATRONYM,
    _compound_head,
    _latin_family_ok,
    _place_nisba,
    _vowels_folded,
    consonants_differ,
    ending_differs,
    nisba_differs,
    same_ar_family,
    shin_differs,
)
from loaders.extract.given_variants import given_alternatives
from loaders.textnorm import (
    core_tokens,
    is_arabic,
    normalize,
    token_phonetic,
    token_skeleton,
)

_ABD_JOINED = re.compile(r"abd(?:ul|el|ol|al|il)([a-z]{4,})$")
# (folded) words that are no given name alone: the first half of a compound ("Abd", "Abu",
# «أبا» in the accusative) or a patronymic joiner; read by ``middle_left_out`` and by
# ``person_ids`` (a given name before a known family name)
NO_GIVEN_ALONE = frozenset({"abd", "abdul", "abdel", "abu", "bin", "ibn", "ben", "umm",
                            "عبد", "ابو", "ابي", "ابا", "بن", "ابن", "ام", "ال"})
# (folded) first words of a Persian compound given name, left out in the press ("Mohammad
# Javad Zarif" -> "Javad Zarif"): ``_persian_first_left_out``
_FIRST_OF_COMPOUND = frozenset({"mohammad", "mohammed", "muhammad", "mohamed", "ali", "seyed",
                                "seyyed", "sayed", "محمد", "علي", "سيد"})
_COMPOUND_GIVEN = re.compile(r"^\S+ (?:الله|الدين|الرحمن|Allah|al-Din|ad-Din|ud-Din)\b")


def compound_given(name: str) -> bool:
    """Does *name* (as written) open with a compound given name ("عبد الله", "Nasr al-Din";
    "Nasrallah" written as one word aside)? Its first word is then no given name alone."""
    return _COMPOUND_GIVEN.search(name) is not None
_FAMILY_MARGIN = 5.0  # fuzzy_person: scores this close are a tie the family name breaks


def _ends_index(by_len: dict[int, list[str]]
                ) -> tuple[dict[tuple[int, str, str], list[str]], dict[str, int]]:
    """For ``FuzzyNames._skels_near``: the skeletons of *by_len* of five letters or more by
    (length, first three letters, "") and by (length, "", last three letters), each list in
    the order of *by_len*'s list; the index of each in its list."""
    index: dict[tuple[int, str, str], list[str]] = {}
    pos: dict[str, int] = {}
    for n, sks in by_len.items():
        if n >= 5:
            for x, sk in enumerate(sks):
                pos[sk] = x
                index.setdefault((n, sk[:3], ""), []).append(sk)
                index.setdefault((n, "", sk[-3:]), []).append(sk)
    return index, pos


class FuzzyNames(GivenNames):
    """Spelling-tolerant lookup of known people (a base class of ``Gazetteer``, which builds the
    indexes read here): an Arabic surname spelled differently (``fuzzy_arabic_token``), a
    person by skeleton, phonetic form and given-name variants (``fuzzy_person``,
    ``_fuzzy_ranked``), a family name several known people share (``named_family``)."""

    _skel_by_len: dict[int, list[str]]
    _near_index: tuple[dict[tuple[int, str, str], list[str]], dict[str, int]] | None
    ar_first: dict[str, set[str]]
    ar_tokens: dict[str, set[str]]
    by_last_skel: dict[str, set[str]]
    first_skel: dict[str, set[str]]
    full_skel: dict[str, set[str]]
    last_skel: dict[str, set[str]]
    phon: dict[str, set[str]]
    tok_skel: dict[str, set[str]]

    @lru_cache(maxsize=50_000)  # noqa: B019
    def fuzzy_arabic_token(self, tok: str) -> str | None:
        """A known person whose Arabic surname is spelled slightly differently (قائاني ~
        قاآني): same skeleton and rapidfuzz ratio >= 80 against an Arabic name token;
        ``None`` when two people are equally close."""
        sk = token_skeleton(tok)
        if len(sk) < 2:
            return None
        cands = self.token_facts["ar_skel_tokens"].get(sk)  # (_ar_skel_tokens)
        if not cands:
            return None  # (most words: no known person's Arabic word has the skeleton)
        place = _place_nisba(tok)  # (a person's own surname of that shape: "مغنية")
        best, best_ids = 0.0, set()
        for c, a, a_place, a_given in cands:
            if (place and not a_place) or (a_given and a != tok):
                continue  # (a usual given name spelt another way: "إبرهيم" is no
                # Jamal Jaafar Al Ibrahim)
            if not nisba_differs(tok, a) and not ending_differs(tok, a) and \
                    not consonants_differ(tok, a) and same_ar_family(tok, (a,)):
                # (the letters agree: "ناقلة" (tanker) is no النخالة, though ق and خ meet
                # in the skeleton)
                r = fuzz.ratio(tok, a)
                if r > best:
                    best, best_ids = r, {c}
                elif r == best:
                    best_ids.add(c)
        # two people equally close ("رشيد": Abdul Latif Rashid and Gholam Ali Rashid) is no
        # answer; picking one would depend on set order, i.e. on PYTHONHASHSEED
        return next(iter(best_ids)) if best >= 80 and len(best_ids) == 1 else None

    @lru_cache(maxsize=5_000)  # noqa: B019
    def _nisba_surname(self, eid: str) -> bool:
        """Does a name of *eid* end in a word of the feminine relative shape ("Haniyeh",
        "Mughniyah", "هنية")?"""
        e = self.entries[eid]
        return any(_place_nisba(w) for n in e.all_names() for w in core_tokens(n)[-1:])

    @lru_cache(maxsize=5_000)  # noqa: B019
    def has_ar_article(self, eid: str) -> bool:
        """Does one of the entity's Arabic names have a word with the article (الكاظمي)?
        A foreign name (حاليفا، فيدان) never does: "الحلفاء" is a common noun, not him."""
        e = self.entries.get(eid)
        return e is not None and any(
            w.startswith("ال") and w != "الله" for n in e.all_names() if is_arabic(n)
            for w in normalize(n).split())

    def fuzzy_person(self, toks: list[str], prefer: set[str] | None = None,
                     types: tuple[str, ...] = ("Person",)) -> str | None:
        """Resolve name tokens (folded, any script) not found exactly to a known entity by
        skeleton key + rapidfuzz similarity of phonetic forms. ``None`` if not confident."""
        if not all(toks):  # (usually none is empty: no new list)
            toks = [t for t in toks if t]
        if not toks:
            return None
        if len(toks) == 1 and prefer:
            named = self.named_family(toks[0], prefer, types) or \
                self._jim_as_g_named(toks[0], prefer, types)
            if len(named) == 1:
                return named[0]
        key = tuple(toks)
        ranked = self._fuzzy_ranked(key, types)
        if not ranked and len(toks) > 1:
            ranked = self._respelt_ranked(key, types)
        if not ranked:
            return None
        if (len(toks) == 1 and self.is_given_name(toks[0])) or \
                (len(toks) == 2 and toks[0] == "عبد" and self.is_given_name("عبد" + toks[1])):
            # a lone usual given name ("إبراهيم", "عقيل", "عبد الله") is a known person's
            # surname only when the article has named that person: "مقتل عبد الله يري" is
            # not King Abdullah (whose alias "الملك عبد الله" is the given name alone)
            ranked = tuple(x for x in ranked if x[1] in (prefer or ()))
            if not ranked:
                return None
        if len(toks) == 1 and not is_arabic(toks[0]):
            # a lone Latin word is a person the article has not named only when it is
            # written nearly as one of his name words ("Suleimani"), not merely sounds so:
            # "Kidal" is no al-Khazali, "Kadyrov" no Qadir, "Sinjar" (a place) no Sinjari
            ranked = tuple(x for x in ranked if x[1] in (prefer or ()) or
                           self._spelt_near(toks[0], x[1]))
            if not ranked:
                return None
        best = ranked[0][0]
        if len(toks) > 1 and len(ranked) > 1 and best - ranked[1][0] < _FAMILY_MARGIN:
            # of people about as close, the one whose family name is written so wins:
            # "Husayn Salami" is Hossein Salami, not Hussein al-Salameh (session 58)
            own = [c for sc, c in ranked if best - sc < _FAMILY_MARGIN and
                   self._family_written(toks[-1], c)]
            if len(own) == 1:
                return own[0]
        tied = [c for sc, c in ranked if sc == best]
        if len(tied) > 1:
            pref = [c for c in tied if c in (prefer or set())]
            if not pref and len(toks) == 1:
                # a lone word: the one person the gazetteer names by that word alone, not
                # one for whom it only ends a longer name ("al-Sudany" is the premier, whose
                # aliases hold "al-Sudani", not Bilal al-Sudani; session 72)
                pref = [c for c in tied if self._named_alone(token_skeleton(toks[0]), c)]
            return pref[0] if len(pref) == 1 else None
        return tied[0]

    def _named_alone(self, skel: str, eid: str) -> bool:
        """Is a one-word name of *eid* (its listed, not ambiguous, names) of skeleton
        *skel*? Cached per skeleton and person in ``token_facts``."""
        cache = self.token_facts.setdefault("named_alone", {})
        key = (skel, eid)
        hit = cache.get(key)
        if hit is None:
            e = self.entries[eid]
            amb = set(e.ambiguous)
            hit = cache[key] = any(
                len(ws := core_tokens(n)) == 1 and token_skeleton(ws[0]) == skel
                for n in (e.name, e.name_ar, *e.aliases) if n and n not in amb)
        return hit

    @lru_cache(maxsize=50_000)  # noqa: B019  (as _fuzzy_ranked: one gazetteer per process)
    def _respelt_ranked(self, toks: tuple[str, ...], types: tuple[str, ...]
                        ) -> tuple[tuple[float, str], ...]:
        """The candidates of a name of two words or more that ``_fuzzy_ranked`` does not
        find, read another way: the first of the readings below that gives any. Cached per
        name (each reading depends on the name and the gazetteer alone): the synthetic
        articles' names that match no known person ran all eight readings at every mention,
        ~0.5 ms per name on first sight (speed67)."""
        return self._french_ch(toks, types) or self._french_dj(toks, types) or \
            self._given_variant(toks, types) or self._jim_as_g(toks, types) or \
            self._abd_split(toks, types) or self._glued_article(toks, types) or \
            self._eh_ending(toks, types) or self._persian_first_left_out(toks, types)

    def _latin_phon(self, eid: str) -> set[str]:
        """The phonetic forms of the words of *eid*'s Latin names (``phon``'s words when it
        has none), cached per person in ``token_facts``."""
        cache = self.token_facts.setdefault("latin_phon", {})
        hit = cache.get(eid)
        if hit is None:
            e = self.entries[eid]
            hit = {token_phonetic(w) for n in (e.name, *e.aliases) if n and not is_arabic(n)
                   for w in core_tokens(n)}
            hit = cache[eid] = hit or self.phon[eid]
        return hit

    def _family_written(self, tok: str, eid: str) -> bool:
        """Is the folded word *tok* the last word of one of *eid*'s names as written?"""
        for n in self.entries[eid].all_names():  # (a loop: no generator per call)
            if core_tokens(n)[-1:] == [tok]:
                return True
        return False

    @lru_cache(maxsize=50_000)  # noqa: B019  (reads the word and the gazetteer alone;
    def _spelt_near(self, tok: str, eid: str) -> bool:  # a lone word seen again: speed67)
        """Is the lone Latin word *tok* written nearly as a Latin word of entity *eid*'s
        names (its consonant letters, vowels written either way: "al-Amery" is al-Amiri,
        "Kazalov" no al-Khazali), and not as that word less a nisba ending ("Sinjar" /
        "Sinjari", "Sudan" / "al-Soudani": the place the family name comes from)?"""
        e = self.entries[eid]
        nisba = tok[-1:] not in ("i", "y")
        mine = _vowels_folded(tok)
        for n in (e.name, *e.aliases):
            if is_arabic(n):
                continue
            for w in core_tokens(n):
                if w == tok:
                    return True
                theirs = _vowels_folded(w)
                if len(theirs) >= 4 and fuzz.ratio(mine, theirs) >= 82.0 and \
                        not (nisba and w[-1:] in ("i", "y")):
                    return True
        return False

    def _given_variant(self, toks: tuple[str, ...], types: tuple[str, ...]
                       ) -> tuple[tuple[float, str], ...]:
        """A Turkish or Persian form of the first given name ("Mehmet", "Ahmet", "Recep")
        read as its other forms: the candidates of the first that has any."""
        alts = given_alternatives(toks[0])
        if not alts:
            return ()
        lasts = self.by_last_skel.get(token_skeleton(toks[-1]), ())
        for alt in alts:
            # (a known person whose first name is that form: "Mehmed Assad" is no Ahmed
            # al-Asadi, one consonant off; none of that surname: no second look-up)
            sk = token_skeleton(alt)
            if not any(sk in self.first_skel.get(c, ()) for c in lasts):
                continue
            ranked = tuple(x for x in self._fuzzy_ranked((alt, *toks[1:]), types)
                           if sk in self.first_skel.get(x[1], ()))
            if ranked:
                return ranked
        return ()

    def _french_ch(self, toks: tuple[str, ...], types: tuple[str, ...]
                   ) -> tuple[tuple[float, str], ...]:
        """French transliteration writes ش as "ch" ("Asaad al-Chaibani", "Achraf"): the
        candidates of the name with "ch" read as "sh", when it has no reading with "ch"."""
        if not any("ch" in t and "sch" not in t and not is_arabic(t) for t in toks):
            return ()
        alt = tuple(t.replace("ch", "sh") if "sch" not in t and not is_arabic(t) else t
                    for t in toks)
        return self._fuzzy_ranked(alt, types)

    def _french_dj(self, toks: tuple[str, ...], types: tuple[str, ...]
                   ) -> tuple[tuple[float, str], ...]:
        """French transliteration writes ج as "dj" ("Ali Laridjani", "Abdeldjalil"): the
        candidates of the name with "dj" read as "j", when it has no reading with "dj"."""
        if not any("dj" in t and not is_arabic(t) for t in toks):
            return ()
        alt = tuple(t.replace("dj", "j") if not is_arabic(t) else t for t in toks)
        return self._fuzzy_ranked(alt, types)

    def middle_left_out(self, toks: list[str]) -> str | None:
        """A given name and a family name, the middle of a known name of three words left
        out ("Mushtaq al-Saidi", «مشتاق السعيدي» for Mushtaq Taleb al-Saidi): he, when he is
        the one known person named with that family word as written and that given name
        opens one of his names of three words in the script, a given name that is no usual
        one (a family name shared by several known people, the Sadrs, the Hakims, the
        Sabahs, names none; session 58).
        For a name written with two words only: a longer one cut to two ("Ali Hamid Mukhlif
        al-Dulaimi") has a middle of its own, another man's."""
        if len(toks) != 2 or toks[0] in NO_GIVEN_ALONE or self.usual_given(toks[0]):
            return None  # (a usual given name and a family name are many men: "Amadou
            # Touré" is no Amadou Toumani Touré, "Ali al-Dulaimi" no Ali Farhan al-Dulaimi)
        bearers = self._family_bearers().get(toks[1], ())
        if len(bearers) != 1:
            return None
        eid = next(iter(bearers))
        ar = is_arabic(toks[0])
        for n in self.entries[eid].all_names():
            if is_arabic(n) != ar or compound_given(n):
                continue
            ct = core_tokens(n.replace("-", " ") if not ar else n)
            if len(ct) >= 3 and ct[0] == toks[0] and ct[-1] == toks[1] and \
                    ct[1] not in NO_GIVEN_ALONE:
                return eid
        return None

    def _ar_skel_tokens(self) -> None:
        """For ``fuzzy_arabic_token``, built once per gazetteer (in its ``__init__``): each
        skeleton key of ``tok_skel`` -> (person, his Arabic word of four letters or more with
        that skeleton, is the word a feminine relative (``_place_nisba``), is it a usual
        given name) for the people under that key: the facts of the gazetteer's words that
        the lookup tested again for every new word of an article."""
        out: dict[str, tuple[tuple[str, str, bool, bool], ...]] = {}
        for sk, ids in self.tok_skel.items():
            rows = tuple((c, a, _place_nisba(a), self.is_given_name(a)) for c in ids
                         if self.entries[c].type == "Person"
                         for a in self.ar_tokens.get(c, ())
                         if len(a) >= 4 and token_skeleton(a) == sk)
            if rows:
                out[sk] = rows
        self.token_facts["ar_skel_tokens"] = out

    def _family_bearers(self) -> dict[str, set[str]]:
        """Folded last word of each known person's names of two words or more -> the
        people (built once per gazetteer)."""
        out = self.token_facts.get("family_bearers")
        if out is None:
            out = self.token_facts["family_bearers"] = {}
            for eid, e in self.entries.items():
                if e.type != "Person":
                    continue
                for n in e.all_names():
                    ct = core_tokens(n)
                    if len(ct) >= 2:
                        out.setdefault(ct[-1], set()).add(eid)
        return out

    def _glued_article(self, toks: tuple[str, ...], types: tuple[str, ...]
                       ) -> tuple[tuple[float, str], ...]:
        """A Latin family name with its article glued on ("Kadim Alfartousi", "Mohamed
        Aljassem"; the exact names are matched so in ``known_names``): the candidates of the
        name without it (session 58)."""
        last = toks[-1]
        if len(toks) < 2 or is_arabic(last) or len(last) < 6 or not last.startswith(("al", "el")):
            return ()
        return self._fuzzy_ranked((*toks[:-1], last[2:]), types)

    def _eh_ending(self, toks: tuple[str, ...], types: tuple[str, ...]
                   ) -> tuple[tuple[float, str], ...]:
        """A Latin word ending in "-eh" where others write "-a" for the same final ة ("Khalil
        al-Hayyeh" / al-Hayya, "Hamadeh" / Hamada; "-ah" is read so already by the phonetic
        key): the candidates of the name with that ending read as "-a" (session 60; "Saleh"
        keeps its own reading first: this runs only when nothing else matched)."""
        if not any(len(t) > 4 and t.endswith("eh") and not is_arabic(t) for t in toks):
            return ()
        alt = tuple(t[:-2] + "a" if len(t) > 4 and t.endswith("eh") and not is_arabic(t)
                    else t for t in toks)
        changed = {token_phonetic(a) for a, t in zip(alt, toks, strict=True) if a != t}
        # (the word so read must sound as one of the person's words: "Farzaneh" is no Farzin)
        return tuple(x for x in self._fuzzy_ranked(alt, types)
                     if changed <= {token_phonetic(w) for n in self.entries[x[1]].all_names()
                                    if not is_arabic(n) for w in core_tokens(n)})

    def _persian_first_left_out(self, toks: tuple[str, ...], types: tuple[str, ...]
                                ) -> tuple[tuple[float, str], ...]:
        """An Iranian's compound given name written without its first word ("Kazem Al-e
        Sadegh", «كاظم آل صادق», "Javad Zarif", "Bagher Ghalibaf" for Mohammad Kazem Al-e
        Sadegh, Mohammad Javad Zarif, Mohammad Bagher Ghalibaf): the known Iranians one of
        whose names is the written one after a first word Mohammad / Ali / Seyyed, each word
        spelt alike (same skeleton, close sound; the same Arabic letters in the family name).
        Iranians only: an Arab's second word is his father's name ("Hussein al-Sharaa" is
        not Ahmed Hussein al-Sharaa; session 60)."""
        if len(toks) < 2 or toks[0] in NO_GIVEN_ALONE:
            return ()
        skels = [token_skeleton(t) for t in toks]
        if len(skels[-1]) < 2:
            return ()
        ar = is_arabic(toks[-1])
        found: list[tuple[float, str]] = []
        for c in self.by_last_skel.get(skels[-1], ()):
            e = self.entries.get(c)
            if e is None or e.type not in types or e.country != "country:iran":
                continue
            best = 0.0
            for n in e.all_names():
                if is_arabic(n) != ar or compound_given(n):
                    continue
                ct = core_tokens(n)
                if len(ct) != len(toks) + 1 or ct[0] not in _FIRST_OF_COMPOUND or \
                        not _PATRONYM.isdisjoint(ct):
                    continue
                rest = ct[1:]
                if any(token_skeleton(a) != b for a, b in zip(rest, skels, strict=True)):
                    continue
                if ar and not same_ar_family(toks[-1], (rest[-1],)):
                    continue
                score = min(fuzz.ratio(token_phonetic(a), token_phonetic(b))
                            for a, b in zip(rest, toks, strict=True))
                best = max(best, score)
            if best >= 75.0:
                found.append((best, c))
        return tuple(sorted(found, reverse=True))

    def _abd_split(self, toks: tuple[str, ...], types: tuple[str, ...]
                   ) -> tuple[tuple[float, str], ...]:
        """A Latin family name written as one word with its "Abdul-" ("Adil Abdelmahdi",
        "Adel Abdulmahdi"): the candidates of the name with "abdul" and the divine name
        apart, as the gazetteer lists "Abdul-Mahdi" (session 58)."""
        if len(toks) < 2 or is_arabic(toks[-1]):
            return ()
        m = _ABD_JOINED.match(toks[-1])
        if m is None:
            return ()
        return self._fuzzy_ranked((*toks[:-1], "abdul", m.group(1)), types)

    def _jim_as_g(self, toks: tuple[str, ...], types: tuple[str, ...]
                  ) -> tuple[tuple[float, str], ...]:
        """The Arabic press writes a foreign g as غ or as ج (Egypt), at times both in one
        name ("هانس غروندبرج"): the candidates of the name with ج read as غ (not in a usual
        given name: "جمال" is Jamal), people whose Latin name has a g ("Grundberg")."""
        if not any("ج" in t for t in toks) or not is_arabic(toks[-1]):
            return ()
        alt = tuple(t.replace("ج", "غ") if not self.is_given_name(t) else t for t in toks)
        if alt == tuple(toks):
            return ()
        found = tuple(x for x in self._fuzzy_ranked(alt, types)
                      if "g" in self.entries[x[1]].name.lower())
        if found or sum(a != t for a, t in zip(alt, toks, strict=True)) < 2:
            return found
        # ... or in one word only: "مولود جاويش أوجلو" (Çavuşoğlu: ج for ç, then for ğ)
        for i, t in enumerate(toks):
            if alt[i] != t:
                one = (*toks[:i], alt[i], *toks[i + 1:])
                found = tuple(x for x in self._fuzzy_ranked(one, types)
                              if "g" in self.entries[x[1]].name.lower())
                if found:
                    return found
        return ()

    def _jim_as_g_named(self, tok: str, prefer: set[str], types: tuple[str, ...]) -> list[str]:
        """``named_family`` of a lone family name with ج read as غ ("غروندبرج" after "هانس
        غروندبرج", found as Grundberg by ``_jim_as_g``)."""
        if "ج" not in tok or not is_arabic(tok) or self.is_given_name(tok):
            return []
        return [c for c in self.named_family(tok.replace("ج", "غ"), prefer, types)
                if "g" in self.entries[c].name.lower()]

    def named_family(self, tok: str, prefer: set[str],
                     types: tuple[str, ...] = ("Person",)) -> list[str]:
        """The people the article has named (*prefer*) whose family name a lone word spelt
        another way may be: same skeleton, sounds alike ("Masrour Barazani ... Barazani":
        Masrour, not another Barzani the gazetteer knows). Sorted ids."""
        sk = token_skeleton(tok)
        if len(sk) < 3:
            return []
        cands = self.by_last_skel.get(sk)
        if not cands or prefer.isdisjoint(cands) or self.is_given_name(tok):
            return []
        return sorted(c for c in cands if c in prefer and self._family_alike(tok, c, types))

    @lru_cache(maxsize=50_000)  # noqa: B019  (as _fuzzy_ranked: one gazetteer per process)
    def _family_alike(self, tok: str, eid: str, types: tuple[str, ...]) -> bool:
        """``named_family``'s test of one person *eid* the article named: a person of
        *types* one of whose names sounds as *tok* (and, for an Arabic word, with the same
        family letters). Cached per word and person (it reads the word and the gazetteer
        alone): a family name repeated in an article, or in the next, was scored again at
        each mention (speed67)."""
        e = self.entries.get(eid)
        if e is None or e.type not in types or e.type != "Person":
            return False
        ph = token_phonetic(tok)
        return max((fuzz.ratio(ph, p) for p in self.phon.get(eid, ())), default=0.0) >= 80.0 \
            and (not is_arabic(tok) or not self.ar_tokens.get(eid) or
                 same_ar_family(tok, self.ar_tokens[eid]))

    def _opens_alike(self, tok: str, skel: str, eid: str) -> bool:
        """Does a Latin word of entity *eid* with the skeleton *skel* open as *tok* does (a
        vowel letter or not)? True when none of its Latin words has that skeleton."""
        e = self.entries[eid]
        vowel = tok[:1] in "aeiou"
        words = [w for n in (e.name, *e.aliases) if not is_arabic(n)
                 for w in core_tokens(n) if token_skeleton(w) == skel]
        return not words or any((w[:1] in "aeiou") == vowel for w in words)

    def _compound_head_ok(self, head: str, eid: str) -> bool:
        """Is *head*, the first word of a compound family name, a word of entity *eid*'s
        names spelled another way (the same letters in Arabic, a like sound in Latin)?"""
        if is_arabic(head):
            return not self.ar_tokens.get(eid) or same_ar_family(head, self.ar_tokens[eid])
        return _latin_family_ok(token_phonetic(head), self.phon[eid])

    def _skels_near(self, whole: str) -> list[str]:
        """The skeletons of ``_skel_by_len`` of length ``len(whole)`` - 1 to + 1 (*whole*: six
        letters or more) that may lie within one edit of it, in the order of those lists
        (length, then list order): those that share its first or its last three letters (one
        edit leaves one of the two as it was), not every one (``_ends_index``, made once)."""
        near = self._near_index
        if near is None:
            near = self._near_index = _ends_index(self._skel_by_len)
        index, pos = near
        pre, suf = whole[:3], whole[-3:]
        out: list[str] = []
        for n in (len(whole) - 1, len(whole), len(whole) + 1):
            same_pre = index.get((n, pre, ""))
            same_suf = index.get((n, "", suf))
            if same_pre and same_suf:  # (one list in the scan's order, each skeleton once)
                out.extend(sorted(set(same_pre).union(same_suf), key=pos.__getitem__))
            elif same_pre or same_suf:
                out.extend(same_pre or same_suf)  # type: ignore[arg-type]
        return out

    @lru_cache(maxsize=50_000)  # noqa: B019  (one gazetteer per process, kept for its life)
    def _fuzzy_ranked(self, toks: tuple[str, ...], types: tuple[str, ...]
                      ) -> tuple[tuple[float, str], ...]:
        """Candidates above the similarity threshold, best first."""
        skels = [token_skeleton(t) for t in toks]
        phon = " ".join(token_phonetic(t) for t in toks)
        cands: set[str] = set()
        near: set[str] = set()  # candidates one consonant off
        whole = "".join(skels)
        if len(toks) > 1:
            cands |= self.full_skel.get(whole, set())
            if not cands:
                # one consonant off over a long name (e.g. a dropped 'h')
                if not self._skel_by_len and self.full_skel:
                    for sk in self.full_skel:
                        self._skel_by_len[len(sk)].append(sk)
                # (the skeletons of lengths len(whole) - 1 .. + 1 that may be one edit
                # off, in the order of the lists: _skels_near)
                near_len = self._skels_near(whole) if len(whole) >= 6 and \
                    _PATRONYM.isdisjoint(toks[1:-1]) else []
                # (not a "bin" chain: "Hamad bin Khalifa" is not "Hamad bin Isa Al Khalifa",
                # one short name off: the father's name differs)
                # a usual given name that differs is another person ("كاظم الحسيني" is no
                # Saddam Hussein, "إبراهيم الموسوي" no Abdolrahim Mousavi)
                given = self.usual_given(toks[0])
                for sk in near_len:
                    ids = self.full_skel[sk]
                    if Levenshtein.distance(sk, whole, score_cutoff=1) <= 1:
                        # ... but the same surname ("لأبي مهدي المهندس"; "مجتبى أماني"
                        # is no Mojtaba Khamenei) and a closer likeness below
                        near |= {c for c in ids if skels[-1] in self.last_skel[c] and (
                            not given or skels[0] in self.first_skel[c])}
                cands |= near
        else:
            if len(skels[0]) >= 2:
                cands |= self.tok_skel.get(skels[0], set())
            if cands and not is_arabic(toks[0]):
                # a lone Latin word opens as the name's word of its skeleton does, a vowel
                # or not ("Varzaqan" is no "Erdogan", though v and z drop out of both)
                cands = {c for c in cands if self._opens_alike(toks[0], skels[0], c)}
        cands = {c for c in cands if self.entries[c].type in types}
        if len(toks) > 1 and is_arabic(toks[0]) and self.is_given_name(toks[0]):
            # a usual Arabic given name the person's Arabic names never start with is
            # another person, even when the skeletons meet ("أحمد مصطفى" is no حمزة المصطفى,
            # "رائد المالكي" no رياض المالكي)
            cands = {c for c in cands if not self.ar_first.get(c) or toks[0] in self.ar_first[c]}
        elif len(toks) > 1 and cands and self.usual_given(toks[0]):
            # a usual given name in Latin script spelt as another one is another person
            # ("Mohammed Vaezi" is no Mahmoud Vaezi, "Mahmoud bin Abdulrahman Al Thani" no
            # Mohammed bin Abdulrahman Al Thani: one skeleton, two names)
            given = self.latin_given(toks[0])
            cands = {c for c in cands if given is None or not self._latin_firsts(c) or
                     given in self._latin_firsts(c)}
        if len(toks) > 1 and cands:
            # a first name unlike each of the person's is another person ("سامية حسن" is
            # no وسام الحسن, "Samia Hassan" no Wissam al-Hassan): the family name alone
            # does not make him
            cands = {c for c in cands if not self._given_differs(toks[0], c)}
        if is_arabic(toks[-1]):
            # Arabic against Arabic: the family name's letters must agree ("أحمد الساعدي"
            # is no Ahmed al-Asadi, though ʿayn drops out of the skeleton)
            cands = {c for c in cands if not self.ar_tokens.get(c) or
                     same_ar_family(toks[-1], self.ar_tokens[c])}
        elif len(toks) > 1:
            # Latin: the family name must sound like one of the name's words ("Hassan
            # Yarallah" is no Hassan Irlu, though the whole names come close)
            last = token_phonetic(toks[-1])
            # (a family name of one consonant says little: it must sound closer, "Mohammad
            # Ali" is no Mohammed Allawi)
            least = 70.0 if len(skels[-1]) >= 2 else 85.0
            # (against the words of his Latin names, or closer against all his words: "Ali
            # Rezaei" is no Ali Laarayedh, whose Arabic «العريض» sounds "rid" once ʿayn and
            # the article drop; "Wen Jia-bao" is still Wen Jiabao, «ون جيا باو»; session 72)
            cands = {c for c in cands if _latin_family_ok(last, self._latin_phon(c), least) or
                     _latin_family_ok(last, self.phon[c], max(least, 85.0))}
            if cands:  # "Ahmed Husni" is no Ahmed Hachani: س is no ش (session 48)
                cands = {c for c in cands if not shin_differs(
                    toks[-1], [self.entries[c].name, *self.entries[c].aliases])}
        if _place_nisba(toks[-1]):
            # a place or an adjective, unless the person's own family name has that shape
            # ("Mughniyeh", "Haniyeh", "مغنية": "Imad Moughniyeh" is Imad Mughniyeh)
            cands = {c for c in cands if self.entries[c].type != "Person" or
                     self._nisba_surname(c)}
        head = _compound_head(toks)
        if head and cands:
            # a compound family name's first word must agree too ("هاشم شرف الدين" /
            # "Hashem Sharaf al-Din" is no Hashem Safi al-Din, though both end in الدين)
            cands = {c for c in cands if self._compound_head_ok(head, c)}
        if not cands:
            return ()
        scored = []
        for c in cands:
            best = max((fuzz.ratio(phon, p) for p in self.phon[c]), default=0.0)
            if is_arabic(toks[-1]) and self.ar_tokens.get(c):
                best = max(best, max(fuzz.ratio(toks[-1], a) for a in self.ar_tokens[c]))
            scored.append((best, c))
        threshold = 70.0 if len(whole) >= 3 else 80.0
        return tuple(sorted((x for x in scored if x[0] >= (
            80.0 if x[1] in near else threshold)), reverse=True))
