"""Gazetteer of known entities: YAML data, indexes for exact and spelling-tolerant lookup."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from loaders.extract.abd_compounds import abd_variants
from loaders.extract.gazetteer_cache import cached
from loaders.extract.patronyms import short_patronyms
from loaders.textnorm import (
    core_tokens,
    fold_ar,
    is_arabic,
    normalize,
    strip_article_ar,
    token_phonetic,
    token_skeleton,
)

if TYPE_CHECKING:
    from loaders.extract.tokens import Tok

DEFAULT_GAZETTEER = Path(__file__).with_name("gazetteer.yaml")
# the regular cast of Middle East news 2019-2025 (people, bodies, outlets, places), loaded
# after DEFAULT_GAZETTEER: an entry with an id already there adds names/hints to it
DOMAIN_GAZETTEER = Path(__file__).with_name("gazetteer_mideast.yaml")
NAMES_FILE = Path(__file__).with_name("names.yaml")
GAZETTEER_ENV = "NEWSGRAPH_GAZETTEER"
MONARCH_TITLES = frozenset({"king", "emir", "sultan"})  # one at a time per country
# a description that closes the reign: "King of Jordan (1952-1999)", "(2006 - September 2020)"
_PAST_REIGN = re.compile(r"\d{4}\s*[-–]\s*(?:[A-Z][a-z]+\s+)?\d{4}\)")
# libyaml's parser when PyYAML was built with it (same documents, about 10x faster), else
# PyYAML's pure-Python one
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_EN_ARTICLE_TOKENS = frozenset({"al", "el", "the", "ul"})
_CHAIN_WORDS = frozenset({"bin", "ibn", "bint", "بن", "ابن", "بنت", "al", "ال"})
# second words of compound names ("صفي الدين", "نصر الله"): words of their own elsewhere
_COMPOUND_TAILS = frozenset({"din", "deen", "دين", "الله", "allah", "ullah"})
_ABD = frozenset({"عبد", "abd", "abdul", "abdel", "abdol", "abdal"})  # "Abdul Wahid"
_KUNYA_WORDS = frozenset({"abu", "umm", "ابو", "ام", "sheikh", "sayyed", "sayyid", "king",
                          "prince", "sultan", "emir", "general", "ayatollah", "grand",
                          "president", "الشيخ", "السيد", "الملك", "الامير", "السلطان"})


class GazetteerError(ValueError):
    """A gazetteer file is unreadable or malformed (message names file and entry)."""


@dataclass
class Entry:
    """One known entity."""

    id: str
    type: str
    name: str
    name_ar: str | None = None
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    country: str | None = None
    titles: list[str] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)
    successor_of: str | None = None
    # names that are also common words or other people's names ("حماس" enthusiasm, "Fars"
    # the province, a surname that is a given name): also in ``aliases``, but matched only
    # once the entity has been named otherwise in the same article
    ambiguous: list[str] = field(default_factory=list)

    def merge(self, later: Entry) -> Entry:
        """This entry extended by *later* (same id, a later file): names, titles and
        leads are merged; scalar fields the later entry sets win, and so does its word on
        a name: one it lists as a plain name is no longer ambiguous (a user file that
        writes "Rasool" as an alias of Yahya Rasool wants it matched)."""
        plain = {later.name, later.name_ar, *later.aliases} - set(later.ambiguous)
        return Entry(
            id=self.id, type=later.type, name=later.name,
            name_ar=later.name_ar or self.name_ar,
            aliases=list(dict.fromkeys(self.aliases + later.aliases)),
            description=later.description or self.description,
            country=later.country or self.country,
            titles=list(dict.fromkeys(self.titles + later.titles)),
            leads=list(dict.fromkeys(self.leads + later.leads)),
            successor_of=later.successor_of or self.successor_of,
            ambiguous=list(dict.fromkeys([a for a in self.ambiguous if a not in plain] +
                                         later.ambiguous)),
        )

    def all_names(self) -> list[str]:
        names = [self.name] + ([self.name_ar] if self.name_ar else []) + list(self.aliases)
        return [n for n in names if n]

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_attributes(self, state)


def _set_attributes(obj: object, state: dict[str, Any]) -> None:
    """Unpickling (gazetteer_cache.py): set the attributes one by one, in the order
    ``__init__`` set them, as pickle's default (which fills ``obj.__dict__``) does not: CPython
    3.11 then keeps the instance's compact attribute layout, whose reads the interpreter
    specialises (measured: the default way cost ~0.35 M more instructions per article)."""
    for k, v in state.items():
        setattr(obj, k, v)


def alias_tokens(name: str) -> tuple[tuple[str, ...], bool]:
    """Match tokens of a gazetteer name, and whether the name is case-sensitive
    (it contains capitals: text tokens must then be capitalised too)."""
    from loaders.extract.tokens import tokenize

    toks = tokenize(name)
    out: list[str] = []
    for k, t in enumerate(toks):
        if t.punct:
            continue
        if t.ar:
            out.append(strip_article_ar(t.key))
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.key in _EN_ARTICLE_TOKENS and nxt is not None and nxt.text == "-":
            continue
        if t.key == "the" and k == 0:
            continue
        out.append(t.key)
    sensitive = any(c.isupper() for c in name)
    return tuple(out), sensitive


_BRITISH = (("isation", "ization"), ("ization", "isation"), ("ence", "ense"),
            ("ense", "ence"))


def english_variants(toks: tuple[str, ...], number: bool = True) -> list[tuple[str, ...]]:
    """Other spellings of a multi-word English name that mean the same body: British /
    American spelling ("Organisation" ~ "Organization", "Defence" ~ "Defense") and, with
    *number* (a capitalised head: a proper name, not "Iran-backed militias"), the number of
    the head word ("Revolutionary Guard" ~ "Revolutionary Guards")."""
    if len(toks) < 2 or not all(t.isascii() for t in toks):
        return []
    out: list[tuple[str, ...]] = []
    for i, t in enumerate(toks):
        for a, b in _BRITISH:
            if t.endswith(a) and len(t) > len(a) + 2:
                out.append(toks[:i] + (t[: -len(a)] + b,) + toks[i + 1:])
                break
    last = toks[-1]
    if number and len(last) > 4 and last.isalpha():
        if last.endswith("s") and not last.endswith("ss"):
            out.append(toks[:-1] + (last[:-1],))
        elif not last.endswith("s"):
            out.append(toks[:-1] + (last + "s",))
    return out


def _spaced_article(name: str, toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name of a multi-word English name whose "al-"/"el-" article is written as a
    word of its own, as some papers do ("Mohammed Shia Al Sudani", "Hadi Al Amiri" for
    "Mohammed Shia al-Sudani", "Hadi al-Amiri"): the article is then a token of the name."""
    if "-" not in name or len(toks) < 2 or is_arabic(name):
        return []
    low = name.lower()
    if "al-" not in low and "el-" not in low:
        return []
    spaced = alias_tokens(_ARTICLE_HYPHEN.sub(r"\1 ", name))[0]
    return [spaced] if spaced != toks and len(spaced) > len(toks) else []


_ARTICLE_HYPHEN = re.compile(r"\b([Aa]l|[Ee]l)-(?=\w)")


class Gazetteer:
    """Known entities with lookup indexes."""

    def __init__(self, entries: list[Entry], sources: list[str] | None = None,
                 latin_override: set[str] | None = None):
        """*latin_override*: ids of people whose aligned Arabic/Latin name words replace
        the usual spellings of names.yaml (``None``: all; the other people only add words
        it does not have, so a new gazetteer file does not respell unknown names)."""
        self._latin_override = latin_override
        self.entries: dict[str, Entry] = {}
        for e in entries:
            old = self.entries.get(e.id)
            # later files win for the fields they set; names and hints are merged
            self.entries[e.id] = old.merge(e) if old is not None else e
        self.sources = sources or []
        self.exact: dict[tuple[str, ...], list[tuple[str, bool, bool]]] = defaultdict(list)
        # match tokens -> ids for which that name is ambiguous (matched only when the entity
        # is already named in the article; see Entry.ambiguous)
        self.guarded: dict[tuple[str, ...], set[str]] = {}
        self.first_tokens: set[str] = set()
        self.prefixes: set[tuple[str, ...]] = set()
        self._first_cache: dict[tuple, tuple] = {}
        self._trie: dict[str, list] | None = None  # see name_trie()
        self._starts: dict[str, tuple] = {}  # token text -> first_cands
        self._leaders: dict[str, list[Entry]] | None = None  # org id -> entries leading it
        self._monarchs: dict[str, list[Entry]] = {}  # country no one leads -> its monarchs
        self._ruled: dict[str, frozenset[str]] = {}  # title -> countries ruled so
        self._firsts: dict[str, frozenset[str]] = {}  # person -> Latin given names
        # facts of a token text that depend on this gazetteer, cached by the mention steps
        self.token_facts: dict[str, Any] = {}
        self.maxlen = 1
        self.full_skel: dict[str, set[str]] = defaultdict(set)
        self._skel_by_len: dict[int, list[str]] = defaultdict(list)  # built on first use
        self.by_last_skel: dict[str, set[str]] = defaultdict(set)  # last-word skeleton -> ids
        self.tok_skel: dict[str, set[str]] = defaultdict(set)
        self.phon: dict[str, set[str]] = defaultdict(set)  # id -> phonetic forms
        self.last_skel: dict[str, set[str]] = defaultdict(set)  # id -> last-word skeletons
        self.first_skel: dict[str, set[str]] = defaultdict(set)  # id -> first-word skeletons
        self.ar_tokens: dict[str, set[str]] = defaultdict(set)  # id -> folded Arabic tokens
        self.ar_first: dict[str, set[str]] = defaultdict(set)  # person -> first Arabic words
        self.ar_latin: dict[str, str] = {}  # folded Arabic name token -> Latin spelling
        self._load_names()
        # words used as given names (first word of a known person's name, "Abu"/"bin"
        # chains aside): a person whose surname is one of them ("Fuad Hussein", "Mahmoud
        # Abbas") gets no spelling-tolerant key for that word alone
        self._given: set[str] = set()
        self._given_names: frozenset[str] | None = None  # built on first use
        for e in self.entries.values():
            if e.type == "Person":
                for name in e.all_names():
                    toks = alias_tokens(name)[0]
                    if len(toks) >= 2 and toks[0] not in _KUNYA_WORDS:
                        self._given.add(toks[0])
        for eid, forms in short_patronyms(self.entries).items():
            e = self.entries[eid]  # "ابن فرحان" once Faisal bin Farhan is named (session 12)
            known = {e.name, e.name_ar, *e.aliases}
            new = [f for f in forms if f not in known]
            e.ambiguous = [*e.ambiguous, *new]
            e.aliases = [*e.aliases, *new]
        for e in self.entries.values():
            self._index(e)

    def _load_names(self) -> None:
        try:
            data = yaml.load(NAMES_FILE.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}
        except (OSError, yaml.YAMLError):
            data = {}
        pairs = [(ar, la) for ar, la in data.items() if isinstance(ar, str) and
                 isinstance(la, str)]
        for ar, la in pairs:
            self.ar_latin[normalize(ar)] = la
        for ar, la in pairs:
            # the bare form of "الكريم" (al-Karim) must not replace "كريم" (Karim)
            self.ar_latin.setdefault(strip_article_ar(normalize(ar)), la)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_attributes(self, state)

    # ---- building ----------------------------------------------------------------------
    def _index(self, e: Entry) -> None:
        amb_names = set(e.ambiguous)
        plain_vars: set[tuple[str, ...]] = set()
        amb_vars: set[tuple[str, ...]] = set()
        # a person's surname listed as ambiguous ("Qassem", "Hussein": also given names) is
        # no spelling-tolerant key for that person on its own
        amb_skels = {token_skeleton(t[0]) for t in (alias_tokens(n)[0] for n in amb_names)
                     if len(t) == 1} if e.type == "Person" else set()
        for name in e.all_names():
            toks, sensitive = alias_tokens(name)
            if not toks:
                continue
            amb = name in amb_names
            acronym = name.replace(".", "").isupper() and len(name.replace(".", "")) <= 6 \
                and not is_arabic(name)
            head_cap = name.rstrip()[-1:].isalpha() and name.split()[-1][:1].isupper()
            # an Arabic kunya in any case: "أبو/أبا/أبي مهدي المهندس" (genitive after a noun
            # or و: "اغتيال سليماني وأبي مهدي المهندس")
            kunya = [("ابي", *toks[1:]), ("ابا", *toks[1:])] if len(toks) > 2 and \
                toks[0] == "ابو" else []
            abd = abd_variants(toks)
            if abd and amb_names and not amb:
                # the other spelling of a plain name that is an ambiguous name ("محمد
                # عبدالسلام" for the ambiguous "محمد عبد السلام") stays ambiguous
                amb_toks = {alias_tokens(n)[0] for n in amb_names}
                amb_toks.update(v for t in list(amb_toks) for v in abd_variants(t))
                abd = [v for v in abd if v not in amb_toks]
            for var in (toks, *english_variants(toks, number=head_cap), *kunya,
                        *_spaced_article(name, toks), *abd):
                (amb_vars if amb else plain_vars).add(var)
                if (e.id, sensitive, acronym) not in self.exact[var]:
                    self.exact[var].append((e.id, sensitive, acronym))
                self.first_tokens.add(var[0])
                for n in range(1, len(var) + 1):
                    self.prefixes.add(var[:n])
            self.maxlen = max(self.maxlen, len(toks))
            if acronym or amb:
                continue
            skels = [token_skeleton(t) for t in toks]
            self.last_skel[e.id].add(skels[-1])
            self.by_last_skel[skels[-1]].add(e.id)
            self.first_skel[e.id].add(skels[0])
            whole = "".join(skels)
            if len(toks) > 1 and len(whole) >= 4:
                self.full_skel[whole].add(e.id)
            # the last word of a "bin" chain (bin Salman, آل ثاني) is a father's or a
            # dynasty's name shared by others: no key for the person on its own
            chain = any(t in _CHAIN_WORDS for t in toks[:-1]) or (
                len(toks) == 2 and toks[0] in _KUNYA_WORDS)  # "أبو مازن": a given name
            # a body's one-word Arabic name written with the article is a common noun
            # ("الفصائل", factions): no spelling-tolerant key, which a Latin "Faisal" would hit
            common = len(toks) == 1 and e.type != "Person" and is_arabic(name) and \
                name.strip().startswith(("ال", "إل", "أل"))
            if ((e.type == "Person" and not chain) or len(toks) == 1) and not common:
                last = skels[-1]
                if len(last) >= 2 and (len(toks) == 1 or e.type == "Person") and \
                        last not in amb_skels and toks[-1] not in _COMPOUND_TAILS and \
                        not (e.type == "Person" and toks[-1] in self._given) and \
                        not (e.type == "Person" and len(toks) > 1 and _nationality(toks[-1])) \
                        and toks[-1] not in _ORDINALS and \
                        not (len(toks) > 1 and toks[-2] in _ABD):
                    # ("عبد الله الثاني" is no "آل ثاني"; the tail of a عبد compound is
                    # one of God's names, an ordinary word alone: "دفعة واحدة" is no
                    # Shaswar Abdulwahid)
                    # (a surname that is a nationality adjective, "المصري", is no key on its
                    # own: "وفداً مصرياً" is no Mohammed Diab al-Masri)
                    self.tok_skel[last].add(e.id)
            self.phon[e.id].add(" ".join(token_phonetic(t) for t in toks))
            for t in toks:
                self.phon[e.id].add(token_phonetic(t))
                if is_arabic(t):
                    self.ar_tokens[e.id].add(t)
            if e.type == "Person" and len(toks) > 1 and is_arabic(toks[0]):
                self.ar_first[e.id].add(toks[0])
        for var in amb_vars - plain_vars:
            self.guarded.setdefault(var, set()).add(e.id)
        if e.name_ar and e.type == "Person":
            ar = [strip_article_ar(t) for t in normalize(e.name_ar).split()]
            la = [t for t in e.name.replace("-", " ").split() if t.lower() not in ("al", "el")
                  and len(t) > 1]  # ("Al-e Sadegh": no word for آل)
            if len(ar) == len(la):
                over = self._latin_override is None or e.id in self._latin_override
                for a, b in zip(ar, la, strict=True):
                    if over:
                        self.ar_latin[a] = b
                    else:
                        self.ar_latin.setdefault(a, b)

    # ---- lookups -----------------------------------------------------------------------
    def name_trie(self) -> dict[str, list]:
        """``exact`` and ``prefixes`` as a trie (built on first use): first token -> node
        ``[hits or None, {next token: node}, token tuple]``, one node per prefix of a name,
        so a longest-match walk looks up one token per step instead of hashing the growing
        tuple twice."""
        trie = self._trie
        if trie is None:
            trie = self._trie = {}
            for seq in sorted(self.prefixes, key=len):
                level = trie
                for tok in seq[:-1]:
                    level = level[tok][1]
                level[seq[-1]] = [self.exact.get(seq) or None, {}, seq]
        return trie

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

    def _latin_given(self, tok: str) -> str | None:
        """The usual Latin spelling of the folded Latin word *tok* when it is a usual given
        name ("mohamad" -> "mohammed"), else None."""
        from loaders.extract.latin_ids import canonical_word

        canon = canonical_word(self, tok).lower()
        return canon if self.is_given_name(canon) else None

    def _latin_firsts(self, eid: str) -> frozenset[str]:
        """The usual given names that *eid*'s Latin names start with (cached)."""
        hit = self._firsts.get(eid)
        if hit is None:
            e = self.entries[eid]
            words = {n.split()[0].lower() for n in [e.name, *e.aliases]
                     if n and n.split() and not is_arabic(n)}
            hit = self._firsts[eid] = frozenset(
                g for g in map(self._latin_given, words) if g is not None)
        return hit

    def first_cands(self, stems: tuple) -> tuple:
        """The (offset, stem) options of a token that can start a gazetteer name."""
        hit = self._first_cache.get(stems)
        if hit is None:
            hit = tuple((off, st) for off, st in stems if st in self.first_tokens)
            if len(self._first_cache) > 200_000:
                self._first_cache.clear()
            self._first_cache[stems] = hit
        return hit

    def first_cands_of(self, t: Tok) -> tuple:
        """``first_cands`` of token *t* (cached per token text); none for punctuation."""
        hit = self._starts.get(t.text)
        if hit is None:
            hit = () if t.punct else self.first_cands(t.stems)
            if not hit and t.cap and not t.ar and len(t.key) >= 6 and t.key.startswith("al") \
                    and t.key[2:] in self.first_tokens:
                hit = ((0, t.key[2:]),)  # "Almaliki", "Almuhandis": al- glued on (session 16)
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

    def get(self, eid: str) -> Entry | None:
        return self.entries.get(eid)

    def leaders_of(self, org: str) -> list[Entry]:
        """The entries whose ``leads`` hint names *org*, in gazetteer order (an index built
        on first use); for a country no entry leads, the monarchs of that country (a person
        of it titled king, emir or sultan: "ملك الأردن" is its king)."""
        index = self._leaders
        if index is None:
            index = self._leaders = {}
            for e in self.entries.values():
                for o in dict.fromkeys(e.leads):
                    index.setdefault(o, []).append(e)
            for e in self.entries.values():
                if e.type == "Person" and e.country and MONARCH_TITLES & set(e.titles) \
                        and not any(x.type == "Person" for x in index.get(e.country, ())) \
                        and not _PAST_REIGN.search(e.description or ""):
                    self._monarchs.setdefault(e.country, []).append(e)
            for c, kings in self._monarchs.items():
                index.setdefault(c, []).extend(kings)
        return index.get(org, [])

    def ruled_by(self, title: str) -> frozenset[str]:
        """The countries whose leader (or monarch) in the gazetteer bears *title* ("sultan"
        -> Oman), so that "سلطان عمان" is the sultanate, not Amman."""
        hit = self._ruled.get(title)
        if hit is None:
            self.leaders_of("")  # (the index)
            hit = self._ruled[title] = frozenset(
                o for o, es in (self._leaders or {}).items()
                if any(e.type == "Person" and title in e.titles for e in es))
        return hit

    @lru_cache(maxsize=50_000)  # noqa: B019
    def fuzzy_arabic_token(self, tok: str) -> str | None:
        """A known person whose Arabic surname is spelled slightly differently (قائاني ~
        قاآني): same skeleton and rapidfuzz ratio >= 80 against an Arabic name token;
        ``None`` when two people are equally close."""
        sk = token_skeleton(tok)
        if len(sk) < 2 or _place_nisba(tok):
            return None
        best, best_ids = 0.0, set()
        for c in self.tok_skel.get(sk, ()):
            if self.entries[c].type != "Person":
                continue
            for a in self.ar_tokens.get(c, ()):
                if len(a) >= 4 and token_skeleton(a) == sk and not nisba_differs(tok, a) \
                        and not ending_differs(tok, a) and not consonants_differ(tok, a):
                    r = fuzz.ratio(tok, a)
                    if r > best:
                        best, best_ids = r, {c}
                    elif r == best:
                        best_ids.add(c)
        # two people equally close ("رشيد": Abdul Latif Rashid and Gholam Ali Rashid) is no
        # answer; picking one would depend on set order, i.e. on PYTHONHASHSEED
        return next(iter(best_ids)) if best >= 80 and len(best_ids) == 1 else None

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
            named = self.named_family(toks[0], prefer, types)
            if len(named) == 1:
                return named[0]
        ranked = self._fuzzy_ranked(tuple(toks), types)
        if not ranked and len(toks) > 1:
            ranked = self._french_ch(toks, types)
        if not ranked:
            return None
        if len(toks) == 1 and self.is_given_name(toks[0]):
            # a lone usual given name ("إبراهيم", "عقيل") is a known person's surname only
            # when the article has named that person
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
        tied = [c for sc, c in ranked if sc == best]
        if len(tied) > 1:
            pref = [c for c in tied if c in (prefer or set())]
            return pref[0] if len(pref) == 1 else None
        return tied[0]

    def _spelt_near(self, tok: str, eid: str) -> bool:
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

    def _french_ch(self, toks: list[str], types: tuple[str, ...]
                   ) -> tuple[tuple[float, str], ...]:
        """French transliteration writes ش as "ch" ("Asaad al-Chaibani", "Achraf"): the
        candidates of the name with "ch" read as "sh", when it has no reading with "ch"."""
        if not any("ch" in t and "sch" not in t and not is_arabic(t) for t in toks):
            return ()
        alt = tuple(t.replace("ch", "sh") if "sch" not in t and not is_arabic(t) else t
                    for t in toks)
        return self._fuzzy_ranked(alt, types)

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
        ph = token_phonetic(tok)
        hits = sorted(c for c in cands if c in prefer and
                      (e := self.entries.get(c)) is not None and e.type in types and
                      e.type == "Person" and
                      max((fuzz.ratio(ph, p) for p in self.phon.get(c, ())), default=0.0) >= 80.0
                      and (not is_arabic(tok) or not self.ar_tokens.get(c) or
                           same_ar_family(tok, self.ar_tokens[c])))
        return hits

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
                near_len = [sk for n in (len(whole) - 1, len(whole), len(whole) + 1)
                            for sk in self._skel_by_len.get(n, ())] if len(whole) >= 6 and \
                    _PATRONYM.isdisjoint(toks[1:-1]) else []
                # (not a "bin" chain: "Hamad bin Khalifa" is not "Hamad bin Isa Al Khalifa",
                # one short name off: the father's name differs)
                # a usual given name that differs is another person ("كاظم الحسيني" is no
                # Saddam Hussein, "إبراهيم الموسوي" no Abdolrahim Mousavi)
                given = self.is_given_name(toks[0])
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
        elif len(toks) > 1 and self.is_given_name(toks[0]):
            # a usual given name in Latin script spelt as another one is another person
            # ("Mohammed Vaezi" is no Mahmoud Vaezi, "Mahmoud bin Abdulrahman Al Thani" no
            # Mohammed bin Abdulrahman Al Thani: one skeleton, two names)
            given = self._latin_given(toks[0])
            cands = {c for c in cands if given is None or not self._latin_firsts(c) or
                     given in self._latin_firsts(c)}
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
            cands = {c for c in cands if _latin_family_ok(last, self.phon[c], least)}
        if _place_nisba(toks[-1]):
            cands = {c for c in cands if self.entries[c].type != "Person"}
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


_VOWEL_FOLD = str.maketrans("eoy", "iui")


def _vowels_folded(word: str) -> str:
    """A Latin name word with its vowels written one way and no doubled letter
    ("Amery" -> "amiri", "Soleymani" -> "sulimani")."""
    w = word.translate(_VOWEL_FOLD)
    return "".join(c for i, c in enumerate(w) if i == 0 or c != w[i - 1])


def _compound_head(toks: tuple[str, ...]) -> str | None:
    """The word before the tail of a compound family name ending a name of three or more
    words ("هاشم شرف الدين" -> "شرف"), else None."""
    if len(toks) >= 3 and toks[-1] in _COMPOUND_TAILS and toks[-2] not in _PATRONYM:
        return toks[-2]
    return None


_ORDINALS = frozenset({"ثاني", "ثالث", "اول", "رابع", "ii", "iii", "iv"})
# long vowels, hamza seats, the article's alef: not part of an Arabic family name's letters;
# the consonants the press writes either way merge (غ/ج/ق/ك for a foreign g, ظ/ض, ذ/ز ...)
_AR_NOT_CONSONANT = str.maketrans("", "", "اويىءأإآئؤ")
_AR_SAME_CONSONANT = str.maketrans("غجقگطصظذثة", "ككككتسضزسه")


def _latin_family_ok(last: str, phons: set[str], least: float = 70.0) -> bool:
    """Does the phonetic family name *last* sound like one of a known name's words
    (*phons*: its phonetic forms; those with a space are whole names)? Close (ratio >= 70)
    and opening alike, a vowel or not: "Saadi" is no "Asadi" (ʿayn and the vowels drop out
    of the skeleton). True when the name has no word forms."""
    words = [p for p in phons if " " not in p]
    if not words:
        return True
    vowel = last[:1] in "aiu"
    return any((p[:1] in "aiu") == vowel and fuzz.ratio(last, p) >= least for p in words)


def ar_consonants(tok: str) -> str:
    """The letters of a folded Arabic name word that tell names apart: long vowels and
    hamza dropped, ʿayn kept (ساعدي -> سعد, اسدي -> سد: al-Saadi is no al-Asadi)."""
    return strip_article_ar(tok).translate(_AR_NOT_CONSONANT).translate(_AR_SAME_CONSONANT)


_AR_VOWEL_LETTERS = frozenset("اويىءأإآؤئ")


def consonants_differ(tok: str, name: str) -> bool:
    """Do two folded Arabic words have a different number of consonant letters ("قانوني" /
    "قاني": the skeleton reads ن-و-ن as one n)? Arabic writes no doubled letter for a
    geminate, so an added consonant makes another word, not another spelling."""
    a = sum(c not in _AR_VOWEL_LETTERS for c in strip_article_ar(tok))
    b = sum(c not in _AR_VOWEL_LETTERS for c in strip_article_ar(name))
    return a != b


def nisba_differs(tok: str, name: str) -> bool:
    """Do two Arabic words differ only by a final nisba ي ("العامر" / "العامري", "الحسين" /
    "الحسيني")? Then they are two words, however close their letters."""
    a, b = strip_article_ar(tok), strip_article_ar(name)
    return a.endswith("ي") != b.endswith("ي") and a.rstrip("ي") == b.rstrip("ي")


def ending_differs(tok: str, name: str) -> bool:
    """Does one of two folded Arabic words end in ة/ه (a feminine noun, a pronoun) or in
    the nisba ي and the other not ("علاقة" / "العلاق", "ولايته" / "ولايتي", "إبعاد" /
    "آبادي")? Then an ordinary word, not the name spelled another way."""
    a, b = strip_article_ar(tok), strip_article_ar(name)
    return any(a.endswith(x) != b.endswith(x) for x in ("ه", "ي"))


def same_ar_family(tok: str, names: set[str] | list[str]) -> bool:
    """True when the Arabic family name *tok* is one of the Arabic words *names* spelled
    another way (same consonants; or one ends the other, a compound written as one word:
    حاجي زاده / حاجيزاده). False for another name with a similar skeleton (الساعدي vs
    الأسدي, العقابي vs الكعبي)."""
    c = ar_consonants(tok)
    if len(c) < 2:
        return True
    for n in names:
        if nisba_differs(tok, n):
            continue  # "العامر" (an adjective) is no "العامري": the nisba -ī is the name's
        d = ar_consonants(n)
        if d == c or (len(d) >= 2 and (c.endswith(d) or d.endswith(c))):
            return True
    return False
_PATRONYM = frozenset({"bin", "ibn", "بن", "ابن"})


def _nationality(tok: str) -> bool:
    """Is the (article-stripped) name word a nationality adjective (مصري، Lebanese)?"""
    from loaders.extract.lexicon import NATIONALITY  # noqa: PLC0415 (data module)

    return tok in NATIONALITY or ("ال" + tok) in NATIONALITY


def _place_nisba(tok: str) -> bool:
    """A feminine relative word ("السليمانية", "Sulaimaniyah", "Nasiriyah"): a place or an
    adjective, never a person's surname (those end in -i / ي)."""
    if is_arabic(tok):
        return tok.endswith("يه") and len(tok) > 4
    return tok.endswith(("iyah", "iya", "iyeh", "iyya", "iyyah")) and len(tok) > 5


def _entry_from(raw: Any, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise GazetteerError(f"{where}: each entity must be a mapping")
    for key in ("id", "type", "name"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise GazetteerError(f"{where}: field '{key}' is required (a non-empty string)")
    eid = raw["id"]
    if ":" not in eid or eid.split(":", 1)[0] != raw["type"].lower():
        raise GazetteerError(f"{where}: id {eid!r} must start with '{raw['type'].lower()}:'")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise GazetteerError(f"{where} ({eid}): 'aliases' must be a list of strings")
    ambiguous = raw.get("ambiguous") or []
    if not isinstance(ambiguous, list) or not all(isinstance(a, str) and a.strip()
                                                  for a in ambiguous):
        raise GazetteerError(f"{where} ({eid}): 'ambiguous' must be a list of strings")
    for key in ("titles", "leads"):
        val = raw.get(key) or []
        if not isinstance(val, list) or not all(isinstance(a, str) for a in val):
            raise GazetteerError(f"{where} ({eid}): '{key}' must be a list of strings")
    known = {f for f in Entry.__dataclass_fields__}
    unknown = set(raw) - known
    if unknown:
        raise GazetteerError(f"{where} ({eid}): unknown field(s) {sorted(unknown)}")
    return Entry(
        id=eid, type=raw["type"], name=raw["name"], name_ar=raw.get("name_ar"),
        aliases=list(dict.fromkeys(list(aliases) + list(ambiguous))),
        description=raw.get("description"), country=raw.get("country"),
        titles=list(raw.get("titles") or []), leads=list(raw.get("leads") or []),
        successor_of=raw.get("successor_of"), ambiguous=list(ambiguous),
    )


def read_entries(path: Path) -> list[Entry]:
    """Entries of one YAML gazetteer file (``entities:`` list)."""
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read gazetteer: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise GazetteerError(f"{path}{where}: invalid YAML: {exc}") from exc
    if doc is None:
        return []
    if not isinstance(doc, dict) or not isinstance(doc.get("entities"), list):
        raise GazetteerError(f"{path}: expected a mapping with an 'entities:' list")
    return [_entry_from(raw, f"{path}: entities[{i}]") for i, raw in enumerate(doc["entities"])]


def gazetteer_paths(extra: list[str | Path] | None = None) -> list[Path]:
    """The default gazetteer and the domain gazetteer, then files from
    $NEWSGRAPH_GAZETTEER, then *extra*."""
    paths = [DEFAULT_GAZETTEER, DOMAIN_GAZETTEER]
    env = os.environ.get(GAZETTEER_ENV, "")
    paths += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    paths += [Path(p) for p in (extra or [])]
    return paths


_CACHE: dict[tuple[str, ...], Gazetteer] = {}


def _below_project_entries(domain: list[Entry], project: dict[str, Entry]) -> list[Entry]:
    """The shipped domain list is background knowledge: for an entity the project's gazetteer
    (seeded from the annotated articles) already has, it adds names, titles and hints but
    keeps that entry's name, Arabic name and description, so extracted and annotated
    articles describe the entity the same way."""
    out = []
    for e in domain:
        mine = project.get(e.id)
        if mine is not None:
            extra = [n for n in (e.name, e.name_ar) if n and n not in (mine.name, mine.name_ar)]
            e = replace(e, name=mine.name, name_ar=mine.name_ar or e.name_ar,
                        description=mine.description or e.description,
                        aliases=e.aliases + extra)
        out.append(e)
    return out


def load_gazetteer(extra: list[str | Path] | None = None) -> Gazetteer:
    """Load (and cache) the gazetteer from the default file plus user files."""
    paths = gazetteer_paths(extra)
    stamp = tuple(f"{p}:{p.stat().st_mtime_ns if p.exists() else 0}" for p in paths)
    if stamp not in _CACHE:
        # (gazetteer_cache.py: the built object is kept on disk, keyed by the files and code)
        _CACHE[stamp] = cached([*paths, NAMES_FILE], Gazetteer, lambda: _build(paths))
    return _CACHE[stamp]


def _build(paths: list[Path]) -> Gazetteer:
    """Read the gazetteer files in order and build the indexes."""
    entries: list[Entry] = []
    base: set[str] | None = None
    for p in paths:
        read = read_entries(p)
        if p == DOMAIN_GAZETTEER:
            read = _below_project_entries(read, {e.id: e for e in entries})
        entries += read
        if p == DEFAULT_GAZETTEER:
            base = {e.id for e in entries}
    return Gazetteer(entries, [str(p) for p in paths], latin_override=base)


def fold_key(text: str) -> str:
    """Folded key of a single word, either script."""
    return fold_ar(text).lower()
