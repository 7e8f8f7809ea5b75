"""Entity mentions: gazetteer names, unknown names after titles, capitalised spans,
named organisations, and descriptions used in place of a name (light coreference)."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from operator import or_

from loaders.extract import arabic_bodies as AB
from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.gazetteer import Gazetteer
from loaders.extract.tokens import Sentence, Tok
from loaders.textnorm import (
    core_tokens,
    is_arabic,
    proclitic_splits,
    slugify,
    strip_article_ar,
    token_skeleton,
    transliterate_ar,
)

_ORG_OUTLET_HEADS = L.AR_ORG_HEADS | L.AR_OUTLET_HEADS
QUOTES = frozenset('"“”«»„‟\'‘’`')
AR_PARTICLE_TOKENS = frozenset({"ل", "ب", "و", "ك", "لل", "ف", "وب", "ول"})
AGENT_TYPES = ("Person", "Organization", "Country")


@dataclass(slots=True)
class Mention:
    """A span of the text that refers to one entity."""

    lo: int
    hi: int
    start: int
    end: int
    eid: str
    etype: str
    sent: int
    kind: str = "name"  # name | desc | nat
    tlo: int = -1  # first token of a title phrase before the name (else lo)
    prefix: str = ""  # Arabic proclitics before the name (glued or as a separate token)
    role: str | None = None
    role_org: str | None = None
    role_nat: str | None = None
    qual: str | None = None
    in_title: bool = False
    poss: bool = False
    extra: dict = field(default_factory=dict)


# _ment_at creates mentions with positional arguments in this order
assert [f.name for f in dataclasses.fields(Mention)][:16] == [
    "lo", "hi", "start", "end", "eid", "etype", "sent", "kind", "tlo", "prefix", "role",
    "role_org", "role_nat", "qual", "in_title", "poss"], "update _ment_at"


class Doc:
    """Working state of one article."""

    def __init__(self, text: str, toks: list[Tok], sents: list[Sentence], gaz: Gazetteer,
                 session: dict | None = None):
        self.text = text
        self.toks = toks
        self.sents = sents
        self.gaz = gaz
        self.ments: list[Mention] = []
        self.new_entities: dict[str, dict] = {}
        self.session = session if session is not None else {}
        self.leaders: dict[str, list[tuple[str, str | None]]] = {}
        self.nat: dict[str, str] = {}  # new entity id -> nationality
        self.local: dict[tuple[str, ...], str] = {}  # name tokens of new people -> id
        self.local_first: set[str] = set()
        self.by_sent: dict[int, list[Mention]] = {}
        self.pending: list[tuple] = []  # unresolved descriptions, for cataphora
        self.kill_agents: list[tuple[int, str]] = []  # (sentence, agent) of killings found
        self.sent_ids: set[str] = set()  # gazetteer ids named so far in the current sentence
        self._mid: set[str] = set()
        self._mid_n = -1
        self._head_first: dict[str, int] = {}
        self._head_n = 0
        # per token, facts that depend only on its text (looked up once per article)
        self.gaz_start = gaz.first_cands_all(toks)  # gazetteer names that may start here
        self.pass_bits = _pass_bits_all(toks)  # which token-scanning steps it may trigger

    # ---- entity helpers -------------------------------------------------------------------
    def etype(self, eid: str) -> str:
        e = self.gaz.entries.get(eid)  # = gaz.get(eid), without a call (a hot path)
        if e:
            return e.type
        if eid in self.new_entities:
            return self.new_entities[eid]["type"]
        return eid.split(":", 1)[0].capitalize()

    def country_of(self, eid: str) -> str | None:
        e = self.gaz.get(eid)
        return e.country if e else self.nat.get(eid)

    def mentions_changed(self) -> None:
        """Call after changing mentions already in ``ments`` in place (their id): the
        indexes kept up to date as ``ments`` grows are then rebuilt on next use."""
        self._mid, self._mid_n = set(), -1
        self._head_first, self._head_n = {}, 0

    def first_head_sentence(self, eid: str) -> float:
        """First sentence where the article calls *eid* a head of state or government
        (infinity if none); kept up to date as ``ments`` grows."""
        if self._head_n != len(self.ments):
            first = self._head_first
            for m in self.ments[self._head_n:]:
                if m.role == "head_state" and m.sent < first.get(m.eid, float("inf")):
                    first[m.eid] = m.sent
            self._head_n = len(self.ments)
        return self._head_first.get(eid, float("inf"))

    def mentioned_ids(self) -> set[str]:
        """Ids mentioned so far (``ments`` only grows: only the new mentions are added)."""
        if self._mid_n != len(self.ments):
            if self._mid_n < 0:
                self._mid_n = 0
            self._mid.update(m.eid for m in self.ments[self._mid_n:])
            self._mid_n = len(self.ments)
        return self._mid

    def new_entity(self, etype: str, surface: str, name_tokens: list[str]) -> str:
        """Id for an entity not in the gazetteer; reuse one made earlier in this document or
        session when the name has the same skeleton (another spelling or script)."""
        skel = "".join(token_skeleton(t) for t in name_tokens)
        reg = self.session.setdefault("skel", {})
        key = (etype, skel)
        if skel and key in reg:
            eid = reg[key]
            if eid not in self.new_entities:
                self.new_entities[eid] = dict(self.session["ents"][eid])
            self._add_alias(eid, surface)
            return eid
        if is_arabic(surface):
            words = surface.split()
            parts: list[str] = []
            i = 0
            while i < len(words):
                w = words[i]
                if strip_article_ar(normalize_word(w)) == "عبد" and i + 1 < len(words):
                    nxt = transliterate_ar(words[i + 1], self.gaz.ar_latin)
                    nxt = nxt[3:] if nxt.lower().startswith("al-") else nxt
                    if nxt.lower() in ("lah", "llah", "allah", "alla"):
                        parts.append("Abdullah")
                    else:
                        parts.append("Abdul-" + nxt[:1].upper() + nxt[1:])
                    i += 2
                    continue
                tr = transliterate_ar(w, self.gaz.ar_latin)
                if etype != "Person" and w.endswith("ة") and i + 1 < len(words) and \
                        tr.endswith("a") and strip_article_ar(words[i + 1]) != words[i + 1]:
                    tr += "t"  # construct state: "عصبة الثائرين" -> "Asbat al-..."
                parts.append(tr)
                i += 1
            latin = " ".join(parts)
        else:
            latin = surface
        slug = slugify(latin) or "unnamed"
        eid = f"{etype.lower()}:{slug}"
        name = " ".join(w[:1].upper() + w[1:] if w not in ("al", "bin", "ibn") else w
                        for w in slug.split("-"))
        name = name.replace("Al ", "al-").replace(" al ", " al-")
        ent = {"id": eid, "type": etype, "name": name, "aliases": []}
        self.new_entities.setdefault(eid, ent)
        self.session.setdefault("ents", {})[eid] = self.new_entities[eid]
        if skel:
            reg[key] = eid
        self._add_alias(eid, surface)
        return eid

    def remember(self, eid: str, name_tokens: list[str]) -> None:
        """Let later bare mentions of a new person's name (surname, full name) match."""
        toks = [t for t in name_tokens if t]
        if not toks:
            return
        self.local.setdefault(tuple(toks), eid)
        self.local_first.add(toks[0])
        self.local_first.add(toks[-1])
        if len(toks) > 2:
            self.local_first.add(toks[-2])
        last = toks[-1]
        if len(toks) > 1 and len(last) >= 3 and last not in L.AR_STOP and last not in L.EN_STOP:
            self.local.setdefault((last,), eid)
        if len(toks) > 2 and toks[-2] in ("عبد", "ابو", "abu", "abd", "bin"):
            self.local.setdefault(tuple(toks[-2:]), eid)

    def _add_alias(self, eid: str, surface: str) -> None:
        ent = self.new_entities[eid]
        if surface and surface != ent["name"] and surface not in ent["aliases"]:
            ent["aliases"].append(surface)


# ---- sentence-level mention finding ---------------------------------------------------------
def _units(doc: Doc, s: Sentence) -> list[int]:
    """Token indices used for name matching: hyphens, quotes, 'al-' articles and standalone
    Arabic particles are skipped (they may sit inside or before names)."""
    toks = doc.toks
    bits = doc.pass_bits
    hi = s.hi
    return [k for k in range(s.lo, hi)
            if not (bits[k] & _B_NOT_UNIT and _skipped_unit(toks, k, hi))]


def _skipped_unit(toks: list[Tok], k: int, hi: int) -> bool:
    """For a token with the _B_NOT_UNIT bit (a hyphen or quote, or 'al'/'el'): is it left
    out of the units?  Punctuation always; 'al'/'el' when a hyphen follows ("al-Amiri")."""
    return toks[k].punct or (k + 1 < hi and toks[k + 1].text == "-")


@lru_cache(maxsize=100_000)
def _strip_article_cached(key: str) -> str:
    return strip_article_ar(key)


def _next_key(t: Tok) -> str:
    return _strip_article_cached(t.key) if t.ar else t.key


def _case_ok(t: Tok, sensitive: bool, acronym: bool) -> bool:
    if t.ar:
        return True
    if acronym:
        return t.acronym or t.text.isupper()
    if sensitive:
        return t.cap
    return True


def _next_name_word(toks: list[Tok], k: int, hi: int) -> bool:
    """An Arabic-style surname (al-Name, bin Name) follows position *k*: "Saleh al-Arouri"."""
    if k < hi and toks[k].key in ("al", "el") and k + 2 < hi and toks[k + 1].text == "-":
        k += 2
    elif k < hi and toks[k].key in ("bin", "ibn") and k + 1 < hi:
        k += 1
    else:
        return False
    return k < hi and not toks[k].ar and toks[k].cap and not toks[k].punct and \
        toks[k].key not in L.EN_NOT_NAME and toks[k].key not in L.EN_STOP


def _local_match(doc: Doc, units: list[int], u: int) -> tuple[int, int, str, str] | None:
    toks = doc.toks
    first = toks[units[u]]
    if first.punct or not doc.local or (not first.ar and not first.cap):
        return None
    for off, stem in first.stems:
        if stem not in doc.local_first:
            continue
        for n in (3, 2, 1):
            if u + n > len(units):
                continue
            seq = (stem,) + tuple(_next_key(toks[units[u + x]]) for x in range(1, n))
            eid = doc.local.get(seq)
            if eid:
                pref = first.key[: len(first.key) - len(stem)] if off else ""
                return n, off, eid, pref
    return None


def _name_start_units(doc: Doc, units: list[int]) -> list[int]:
    """The units (positions in *units*) where a gazetteer name or a new person's name of the
    document may start; most words are neither, nor is punctuation."""
    toks = doc.toks
    gaz_start = doc.gaz_start
    local = bool(doc.local)
    return [u for u, k in enumerate(units) if not toks[k].punct and (
        gaz_start[k] or local and _may_start_local(doc, toks[k]))]


def _may_start_local(doc: Doc, t: Tok) -> bool:
    """Cheap test: can a name of a new person of this document start at *t*?"""
    if not doc.local or not (t.ar or t.cap):
        return False
    first = doc.local_first
    for _off, stem in t.stems:
        if stem in first:
            return True
    return False


# words after which an ambiguous Arabic name is a body's name ("الناطق باسم حماس", "وفد حماس",
# "القيادي في حماس"; not "بحماس" = with enthusiasm: the name must be written bare)
_AR_ORG_CUES = frozenset({"باسم", "وفد", "وفدا", "قاده", "قيادات", "زعيم", "مسؤولو", "عناصر",
                          "مقاتلو", "مقاتلي", "اعضاء", "حركه", "حركتا"})
_AR_MEMBER_IN = frozenset({"القيادي", "قيادي", "عضو", "مسؤول", "المسؤول", "والقيادي"})


def _org_cue_before(doc: Doc, k: int) -> bool:
    """Is the Arabic token before *k* a cue that the name at *k* is a body's?"""
    toks = doc.toks
    if k < 1 or not toks[k].ar:
        return False
    pk = toks[k - 1].key
    if pk in _AR_ORG_CUES:
        return True
    return pk == "في" and k >= 2 and toks[k - 2].key in _AR_MEMBER_IN


def _gaz_match(doc: Doc, units: list[int], u: int) -> tuple[int, int, str, str] | None:
    """Longest gazetteer match starting at unit *u*: (n_units, char offset in first token,
    entity id, folded prefix)."""
    gaz = doc.gaz
    toks = doc.toks
    first = toks[units[u]]
    if first.punct:
        return None
    cands = doc.gaz_start[units[u]]  # = gaz.first_cands_of(first), looked up per article
    if not cands:
        return None
    best: tuple[int, int, str, str] | None = None
    for off, stem in cands:
        seq: tuple[str, ...] = (stem,)
        n = 1
        while True:
            hits = gaz.exact.get(seq)
            if hits:
                ok = [h for h in hits if _case_ok(first, h[1], h[2])]
                if ok and seq in gaz.guarded and not (off == 0 and _org_cue_before(doc, units[u])):
                    # ambiguous name: only for entities named before (or after an org cue:
                    # "الناطق باسم حماس", "القيادي في حماس")
                    mids = doc.mentioned_ids()
                    ok = [h for h in ok if h[0] not in gaz.guarded[seq] or h[0] in mids or
                          h[0] in doc.sent_ids]
                if ok and (best is None or n > best[0]):
                    ids = [h[0] for h in ok]
                    if len(ids) > 1:  # ambiguous name: prefer an entity already mentioned
                        mids = doc.mentioned_ids()
                        ids = [i for i in ids if i in mids] or ids
                    eid = ids[0]
                    best = (n, off, eid, first.key[: len(first.key) - len(stem)] if off else "")
            if n >= gaz.maxlen or u + n >= len(units):
                break
            nt = toks[units[u + n]]
            if nt.punct and nt.text not in ("&",):
                break
            seq = seq + (_next_key(nt),)
            n += 1
            if seq not in gaz.prefixes:
                break
    return best


@lru_cache(maxsize=100_000)
def _org_head(stems: tuple) -> str | None:
    return next((st for _o, st in stems if st in _ORG_OUTLET_HEADS), None)


_MAY_TITLE: dict[str, bool] = {}  # token text -> _may_title


def _may_title(t: Tok) -> bool:
    """Cheap test: can a title phrase start at this token? (cached per token text)"""
    hit = _MAY_TITLE.get(t.text)
    if hit is None:
        if t.punct:
            hit = False
        elif t.ar:
            hit = _may_title_ar(t.key, t.stems)
        else:
            hit = t.key in L.EN_TITLE_FIRST
        if len(_MAY_TITLE) > 200_000:
            _MAY_TITLE.clear()
        _MAY_TITLE[t.text] = hit
    return hit


@lru_cache(maxsize=100_000)
def _may_title_ar(key: str, stems: tuple) -> bool:
    return any(st in L.AR_TITLE_FIRST for st in (key, *(x[1] for x in stems)))


@lru_cache(maxsize=100_000)
def _title_firsts(key: str, stems: tuple) -> tuple[str, ...]:
    """Candidate first words of an Arabic title phrase at a token (key, proclitic splits,
    stems), in the order they are tried."""
    return tuple([key] + [st for _n, st in sorted(proclitic_splits(key)) if st != key] +
                 [st for _o, st in stems if st != key])


@lru_cache(maxsize=100_000)
def _title_firsts_known(key: str, stems: tuple) -> tuple[str, ...]:
    """``_title_firsts`` that can begin a title (with or without the article)."""
    return tuple(st for st in _title_firsts(key, stems) if st in L.AR_TITLE_FIRST)


def _title_lengths(titles: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """First word -> the word counts (3, 2, 1 at most, longest first) of titles it begins."""
    lengths: dict[str, set[int]] = {}
    for title in titles:
        words = title.split()
        lengths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(n for n in (3, 2, 1) if n in ns) for w, ns in lengths.items()}


_AR_TITLE_LENGTHS = _title_lengths(L.AR_TITLES)
_EN_TITLE_LENGTHS = _title_lengths(L.EN_TITLES)


@lru_cache(maxsize=10_000)
def _ar_title_lengths(stem: str) -> tuple[int, ...]:
    """Word counts worth trying for an Arabic title starting with *stem* (the title may carry
    the article the stem lacks)."""
    ns = set(_AR_TITLE_LENGTHS.get(stem, ()))
    if not stem.startswith("ال"):
        ns.update(_AR_TITLE_LENGTHS.get("ال" + stem, ()))
    return tuple(n for n in (3, 2, 1) if n in ns)


def _title_at(doc: Doc, k: int, hi: int) -> tuple[int, str, str] | None:
    """A title phrase starting at token *k*: (end token, role kind, folded title)."""
    toks = doc.toks
    t = toks[k]
    if t.punct:
        return None
    if t.ar:
        if not _may_title_ar(t.key, t.stems):
            return None
        for stem in _title_firsts_known(t.key, t.stems):
            for n in _ar_title_lengths(stem):
                if k + n > hi:
                    continue
                words = [stem] + [toks[k + j].key for j in range(1, n)]
                phrase = " ".join(words)
                # 'الرئيس' folded keeps the article; titles are stored folded with article
                for cand in (phrase, "ال" + phrase if not phrase.startswith("ال") else phrase):
                    if cand in L.AR_TITLES:
                        if n == 1 and cand in ("امر", "الامر") and "آ" not in t.text:
                            continue  # أمر "ordered" / "order", not آمر "commander"
                        return k + n, L.AR_TITLES[cand], cand
        return None
    key = t.key
    if key not in L.EN_TITLE_FIRST:
        return None
    for n in _EN_TITLE_LENGTHS.get(key, ()):
        if k + n > hi:
            continue
        parts: list[str] = []
        j = k
        while len(parts) < n and j < hi:
            if toks[j].text in (".",) and parts:
                j += 1
                continue
            if toks[j].punct and toks[j].text != "-":
                break
            if toks[j].text != "-":
                parts.append(toks[j].key)
            j += 1
        phrase = " ".join(parts)
        if len(parts) == n and phrase in L.EN_TITLES:
            if j < hi and toks[j].text == ".":
                j += 1
            return j, L.EN_TITLES[phrase], phrase
    return None


_NAME_TITLES = frozenset({"امير", "ملك", "سلطان"})  # also common personal names
# words between an Arabic title and the name that are neither (a time adverb, "on its behalf")
_AR_TITLE_FILLERS = frozenset(L.fold_ar(w) for w in (
    "آنذاك", "حينها", "حينذاك", "وقتها", "وقتذاك", "يومها", "يومذاك", "باسمه", "باسمها",
    "باسمهم", "باسمهما", "بدوره", "بدورها"))
# governor: the (definite) province follows the title ("محافظ السليمانية X")
_AR_GOVERNOR = frozenset(L.fold_ar(w) for w in ("محافظ", "المحافظ"))
_JOINERS = frozenset({"ابو", "بن", "ابن", "عبد", "ام", "بنت", "ال", "ابي"})


# Arabic verbal nouns (masdar) of derived forms: انفعال، افتعال، استفعال، تفعيل/تفاعل
_MASDAR = re.compile(r"^(?:ان..ا.|ا.ت.ا.|است..ا.|ت..ي.|ت.ا..)$")

# last words of English place names (a capitalised run ending so is not a person)
_EN_PLACE_HEADS = frozenset({
    "palace", "airport", "base", "square", "street", "zone", "province", "governorate",
    "hospital", "university", "mosque", "shrine", "hotel", "bridge", "camp", "complex",
    "embassy", "building", "headquarters", "district", "city", "port", "highway", "road",
    "hall", "house", "centre", "center", "compound", "crossing", "border", "stadium",
    "island", "valley", "river", "mountains", "desert", "gulf", "sea", "lake", "prison"})

# titles of people posted somewhere: the place after them is part of the title
_POSTED_TITLES = frozenset({L.fold_ar(w).replace("اا", "ا") for w in (
    "السفير", "سفير", "المبعوث", "مبعوث", "القنصل", "قنصل", "الممثل", "ممثل")} |
    {"ambassador", "envoy", "consul", "representative"})


def _is_ar_name_token(t: Tok, first: bool, known: frozenset[str] | dict = frozenset()) -> bool:
    """Can *t* be part of an Arabic personal name?  *known*: name words of names.yaml; for
    them a clitic reading (فيصل = ف + يصل) is not considered."""
    if not t.ar or t.punct:
        return False
    k = t.key
    stems = t.stems
    if k in known and len(stems) > 1:
        stems = ((0, k),)  # a known name word as written, no proclitic reading
    elif not first and _proclitic_name_key(k, stems, known):
        return False  # "فؤاد حسين بعباس ...": a preposition starts another phrase
    if not first and _speech_noun(k):
        return False  # "علي جهرمي قوله إن": his saying, not a name word
    if len(k) > 5 and k.endswith(("ها", "هم", "هما")) and k not in known:
        return False  # "رئيساً لأركانها": a noun with a possessive pronoun
    if not first and k in _AR_AFTER_ADJECTIVE:
        return False  # "حسن النية", "حسن الجوار": an adjective phrase, not Hassan al-...
    if k == "الله" and not first:
        return True
    if _accusative(t.text):
        return False  # "أميناً عاماً", "خلفاً": indefinite accusative words are no names
    stem = stems[0][1]
    if k == "علي" and re.sub("[\u064B-\u0652]", "", t.text).endswith("ى"):
        return False  # the preposition على, not the name علي
    if k in L.AR_COMMON_NOUNS or stem in L.AR_COMMON_NOUNS:
        return False
    stop = (k in L.AR_STOP or any(st in L.AR_STOP for _o, st in stems) or
            any(st in L.AR_STOP for _n, st in proclitic_splits(k) if _n)) and k != "علي"
    if stop or k in L.AR_QUALIFIERS or k in L.NATIONALITY:
        return False
    for _o, st in stems:
        if st in L.AR_COMMON_VERBS:
            return False
        if (st in L.AR_TITLES or ("ال" + st) in L.AR_TITLES) and (first or st not in _NAME_TITLES):
            return False
    if k in L.AR_COMMON_VERBS or (k in L.AR_TITLES and (first or k not in _NAME_TITLES)):
        return False
    for trig in (L.AR_MEET, L.AR_KILL, L.AR_VISIT, L.AR_SUCCESSOR, L.AR_TAKEOVER,
                 L.AR_LEAD_VERBS, L.AR_WITHDRAW, L.AR_ATTACK, L.AR_SUPPORT, L.AR_NEG):
        if any(st in trig for _o, st in stems):
            return False
    if first and k.startswith("ال"):
        return False
    if k.startswith("ال") and k != "الله" and (k[2:] in L.AR_STRIKE or k in L.AR_COMMON_NOUNS or
                                              k[2:] in L.AR_MEET_NOUNS):
        return False  # "يحيى رسول الضربة": a common noun after the name, no surname
    if first and k[:1] in ("ب", "ل", "ك") and k not in known and (
            _MASDAR.match(k[1:]) or (k.endswith("ه") and len(k) >= 5 and k not in GN.ALL)):
        return False  # "بانفجار", "بتنفيذ", "لاجتماع", "لمحاربة": preposition + noun, no name
    if any(st in _ORG_OUTLET_HEADS or st in _AR_BODY_NOUNS for _o, st in stems):
        return False  # "كتائب"، "كتلة": the head of a body's name
    if first and _MASDAR.match(k) and k not in known and k not in GN.ALL:
        return False  # "رسالة تحذير": a verbal noun (تفعيل، افتعال ...), no first name
    if k.startswith(("بال", "لل", "كال", "فال", "وال")) and k not in ("الله",) and \
            k not in known and k not in GN.ALL:
        return False  # a preposition/conjunction + article starts another phrase (not فالح)
    return len(k) >= 2


# heads of bodies' names not in the lexicon's list (a name word never starts so)
_AR_BODY_NOUNS = frozenset(L.fold_ar(w) for w in (
    "كتلة", "جمعية", "نقابة", "شركة", "مؤسسة", "لجنة"))
# nouns after an adjective that is also a given name (حسن، سعيد، جميل): "حسن النية"
_AR_AFTER_ADJECTIVE = frozenset(L.fold_ar(w) for w in (
    "النية", "النوايا", "الحظ", "الظن", "السمعة", "الجوار", "الخلق", "التصرف", "الإدارة",
    "الحال", "الطالع", "الاستقبال"))


def _proclitic_name_key(key: str, stems: tuple, known: frozenset[str] | dict) -> bool:
    """A known name word behind a proclitic ("بعباس", "ولقاسم"): the start of another
    phrase, not the next word of the name before it."""
    if key in known or key in GN.ALL:
        return False
    return any(o > 0 and (st in known or st in GN.ALL) for o, st in stems)


# nouns of saying with a possessive suffix after a name ("قال X قوله", "X تصريحه")
_AR_SPEECH_NOUNS = frozenset(L.fold_ar(w) for w in (
    "قول", "تصريح", "تصريحات", "حديث", "كلام", "رأي", "موقف", "إعلان", "نفي", "تأكيد",
    "تحذير", "دعوة", "تعليق", "رد", "خطاب", "تغريدة", "منشور", "بيان", "كلمة", "حضور",
    "لقاء", "زيارة", "اجتماع", "استقبال", "مقتل", "اغتيال", "وصول", "تعيين", "اختيار"))


@lru_cache(maxsize=65536)
def _speech_noun(key: str) -> bool:
    """A folded noun of saying/doing with a possessive suffix: قوله، تصريحها، زيارته."""
    for suf in ("هما", "هم", "ها", "ه"):
        if key.endswith(suf) and len(key) > len(suf) + 1:
            base = key[: -len(suf)]
            if base in _AR_SPEECH_NOUNS or (base.endswith("ت") and
                                            base[:-1] + "ه" in _AR_SPEECH_NOUNS):
                return True
    return False


_AR_THAT = frozenset({"ان", "بان", "انه", "انها"})


def _next_conjunct(doc: Doc, j: int, hi: int) -> bool:
    """"سمير فندي وخضر الأقرع": a و-word followed by an al- word starts the next name
    (not "ستيف ويتكوف": a foreign name that begins with و)."""
    toks = doc.toks
    k = toks[j].key
    return k.startswith("و") and len(k) >= 4 and k not in doc.gaz.ar_latin and \
        k not in GN.ALL and j + 1 < hi and toks[j + 1].key.startswith("ال")


def _said_to(doc: Doc, j: int, hi: int) -> bool:
    """"قال X Y لروداو إن ...": a word with the preposition ل before "إن/أن" is whom
    something was said to, not the last word of the name."""
    toks = doc.toks
    t = toks[j]
    return t.key.startswith("ل") and len(t.key) >= 4 and t.key not in doc.gaz.ar_latin and \
        t.key not in GN.ALL and j + 1 < hi and toks[j + 1].key in _AR_THAT


# indefinite accusative head roles ("عُيّن X قائداً لـY"): predicates, never a description
# of the body's (former) leader
_AR_ACC_ROLES = frozenset({"قائدا", "زعيما", "رئيسا", "امينا", "مديرا"})


def _accusative(raw: str) -> bool:
    """An Arabic word written with the accusative tanween (اً / ً)."""
    return "\u064b" in raw[-2:]


def _ar_name_span(doc: Doc, k: int, hi: int) -> int:
    """End of an Arabic personal name starting at *k* (k if there is none)."""
    toks = doc.toks
    j = k
    n = 0
    while j < hi and n < 5 and j - k < 9:
        t = toks[j]
        if n > 0 and t.key in _JOINERS and j + 1 < hi and toks[j + 1].ar:
            j += 1  # بن / أبو / آل inside a name (not counted: "محمد بن عبد الرحمن آل ثاني")
            continue
        after_joiner = n > 0 and toks[j - 1].key in _JOINERS
        kunya_surname = n >= 2 and toks[k].key in ("ابو", "ام") and t.key.startswith("ال") and \
            t.key in L.AR_QUALIFIERS
        # compound names "صفي الدين", "نور الدين": the word before الدين is a name word
        compound = n > 0 and j + 1 < hi and toks[j + 1].key == "الدين" and t.ar and \
            not t.punct and t.key not in L.AR_STOP and not _accusative(t.text)
        if compound:
            j += 2
            n += 2
            break
        if not kunya_surname and not (after_joiner and t.ar and not t.punct and t.key not in L.AR_STOP) and \
                not _is_ar_name_token(t, first=(n == 0), known=doc.gaz.ar_latin) or \
                n > 0 and (_said_to(doc, j, hi) or _next_conjunct(doc, j, hi) or
                           (not after_joiner and _FAILA.match(t.key) is not None)):
            break
        j += 1
        n += 1
        if t.key.startswith("ال") and n > 1 and t.key not in ("الله",) and not after_joiner \
                and not (t.key == "الدين" and n == 2):  # "عز الدين الحداد": a compound first name
            break  # an al- surname ends the name
    while j > k and toks[j - 1].key in _JOINERS:
        j -= 1
    return j


def _cap_run(doc: Doc, k: int, hi: int) -> int:
    """End of a run of capitalised English words starting at *k*."""
    toks = doc.toks
    j = k
    last_good = k
    while j < hi:
        t = toks[j]
        if t.ar:
            break
        if t.cap and not t.punct and j > k and t.key in L.EN_NOT_NAME and (
                t.key in L.EN_OUTLET_HEADS or t.key in L.EN_ORG_HEADS):
            j += 1  # "Sepah News", "Fars News Agency": the head ends the name
            last_good = j
            continue
        if t.cap and not t.punct and (t.key not in L.EN_NOT_NAME or (
                j > k and t.key in _EN_NAME_HONORIFICS and j + 1 < hi and toks[j + 1].cap
                and not toks[j + 1].punct)):
            j += 1
            last_good = j
            if t.poss:
                break
            continue
        if t.text == "." and j > k and len(toks[j - 1].text) == 1 and toks[j - 1].cap and \
                j + 1 < hi and toks[j + 1].cap and not toks[j + 1].punct:
            j += 1  # a middle initial: "Lloyd J. Austin"
            continue
        if t.text == "-" or t.key in ("al", "el", "bin", "ibn", "abu", "abd", "of", "de", "van",
                                      "von", "bint"):
            if j + 1 < hi and (toks[j + 1].cap or toks[j + 1].text == "-"):
                j += 1
                continue
        break
    return last_good


def _ment_at(doc: Doc, sent: int, lo: int, hi: int, eid: str, kind: str = "name",
             off: int = 0, prefix: str = "") -> Mention:
    toks = doc.toks
    start = toks[lo].start + off
    end = toks[hi - 1].end
    last = toks[hi - 1]
    poss = last.poss
    if poss:  # exclude the 's from the span
        end = last.end - (2 if last.text.lower().endswith(("'s", "\u2019s")) else 1)
    while end > start and doc.text[end - 1] in QUOTES:
        end -= 1
    # positional: a keyword call costs about twice as much here (order checked below)
    return Mention(lo, hi, start, end, eid, doc.etype(eid), sent, kind, lo, prefix,
                   None, None, None, None, False, poss)


def find_mentions(doc: Doc, si: int) -> list[Mention]:
    """All mentions of sentence *si* (also appended to ``doc.ments``)."""
    eid: str | None
    etype: str | None
    s = doc.sents[si]
    toks = doc.toks
    units = _units(doc, s)
    covered: dict[int, Mention] = {}
    out: list[Mention] = []
    n_local = len(doc.local)
    # steps that scan every token act only at tokens with certain texts: skip a step when
    # no token of the sentence can trigger it (the bits depend on token text alone)
    bits = reduce(or_, doc.pass_bits[s.lo:s.hi], 0)

    # 1. gazetteer names (longest match)
    doc.sent_ids = set()
    u = 0  # the first unit not inside a name found before
    for start in _name_start_units(doc, units):
        if start < u:
            continue
        u = start
        m = _gaz_match(doc, units, u) or _local_match(doc, units, u)
        if m is None:
            u += 1
            continue
        n, off, eid, pref = m
        lo, hi = units[u], units[u + n - 1] + 1
        if n == 1 and doc.etype(eid) == "Person" and (
                _next_name_word(toks, hi, s.hi) if not toks[lo].ar else
                _ar_given_before_family(doc, lo, hi, s.hi) or
                (lo > s.lo and toks[lo - 1].key in _JOINERS and not pref)):
            u += 1  # "Saleh al-Arouri": a first name of someone else, not "Saleh" alone
            continue
        if not toks[lo].ar and lo - 2 >= s.lo and toks[lo - 1].text == "-" and \
                toks[lo - 2].key in ("al", "el"):
            lo -= 2  # keep the "al-" of "al-Muhandis" inside the mention
        # a standalone particle token just before the name (لـ“فيلق القدس”) acts as prefix
        if not pref and u > 0 and toks[units[u - 1]].key in AR_PARTICLE_TOKENS:
            pref = toks[units[u - 1]].key
        me = _ment_at(doc, si, lo, hi, eid, off=off, prefix=pref)
        out.append(me)
        doc.sent_ids.add(eid)
        if me.etype == "Event" and n > 1:
            me.in_title = True  # names inside an event name stay visible ("زيارة قاآني")
            u += 1
            continue
        for k in range(lo, hi):
            covered[k] = me
        u += n

    # 1a. Arabic spellings of known people not listed in the gazetteer ("قائاني")
    for k in (range(s.lo, s.hi) if bits & _B_AR else ()):
        t = toks[k]
        if k in covered or not t.ar or len(t.key) < 4 or t.key in doc.gaz.ar_latin:
            continue  # a common name word as written (كاظم) is no misspelt surname (الكاظمي)
        hit = _ar_fuzzy(doc.gaz, t.key, t.stems)
        if hit is not None and not _proclitic_name_key(t.key, t.stems, doc.gaz.ar_latin):
            off, stem, eid = hit
            me = _ment_at(doc, si, k, k + 1, eid, off=off,
                          prefix=t.key[: len(t.key) - len(stem)] if off else "")
            out.append(me)
            covered[k] = me

    # 1b. a first name before a known surname, in a spelling of its own ("Esmaeel Ghaani")
    for me in list(out):
        if me.etype != "Person" or me.kind != "name" or me.prefix:
            continue  # "فؤاد حسين بعباس": a preposition before the surname starts a phrase
        p = me.lo - 1
        if p < s.lo or p in covered:
            continue
        pt = toks[p]
        ok = (not pt.ar and pt.cap and pt.key not in L.EN_NOT_NAME and
              pt.key not in L.EN_STOP and pt.key not in L.EN_TITLE_FIRST) or (
            pt.ar and _is_ar_name_token(pt, first=True))
        if not ok:
            continue
        surface = doc.text[pt.start:me.end]
        if doc.gaz.fuzzy_person(core_tokens(surface), {me.eid}) == me.eid:
            me.lo, me.tlo, me.start = p, p, pt.start
            covered[p] = me
            continue
        # known first name(s) before a bare surname linked to someone else ("Ahmed Mohsen
        # Faraj al-Hamidawi" after "Abu Hussein al-Hamidawi", "مسرور بارزاني"): one name
        if len(core_tokens(doc.text[me.start:me.end])) != 1:
            if me.hi - me.lo == 2 and pt.ar and _known_name_word(doc, pt) and \
                    doc.gaz.get(me.eid) is not None and me in out and not (
                        p - 1 >= s.lo and p - 1 not in covered and
                        _ar_given_first(doc, toks[p - 1]) is not None):
                # (not "التقى قاسم مصلح هادي العامري": مصلح ends another name)
                # "علي هادي العامري": a first name, then the father's (known) full name
                eid = _resolve_name(doc, doc.text[pt.start:me.end], "Person")
                if eid != me.eid:
                    out.remove(me)
                    nm = _ment_at(doc, si, p, me.hi, eid)
                    out.append(nm)
                    for x in range(p, me.hi):
                        covered[x] = nm
            continue
        q = p
        while q >= s.lo and me.lo - q <= 3 and q not in covered and _name_word(doc, toks[q]):
            q -= 1
        if q < p and not _known_name_word(doc, toks[q + 1]) and (
                q + 1 == s.lo or toks[q + 1].ar) and not any(
                    _known_name_word(doc, toks[x]) for x in range(q + 1, p + 1)):
            # no usual first name in it (Arabic; English at the start of a sentence):
            # not taken as a name. Mid-sentence capitals before a surname are ("His
            # brother Qubad Talabany")
            q = p
        if q < p and me in out:
            _name_with_surname(doc, si, covered, out, q + 1, me.lo, me)

    # 3. English capitalised spans not covered: organisations, outlets, fuzzy known people
    k = s.lo if bits & _B_EN_CAP else s.hi
    while k < s.hi:
        t = toks[k]
        if not t.cap:
            k += 1  # every case below starts at a capitalised word
            continue
        if k > s.lo and k not in covered and not t.ar and \
                t.key in L.EN_OUTLET_HEADS and (k - 1) in covered and \
                covered[k - 1].hi == k and covered[k - 1].hi - covered[k - 1].lo == 1 and \
                covered[k - 1].etype == "Organization" and toks[k - 1].cap:
            # "Sepah News": a body's name + an outlet head is the body's outlet
            org = covered[k - 1]
            if org in out:
                out.remove(org)
            surface = doc.text[toks[org.lo].start:t.end]
            me = _ment_at(doc, si, org.lo, k + 1,
                          doc.new_entity("Outlet", surface, core_tokens(surface)))
            out.append(me)
            covered[org.lo] = covered[k] = me
            k += 1
            continue
        if k not in covered and not t.ar and t.cap and t.key in L.EN_NOT_NAME and \
                k > s.lo and toks[k - 1].key == "the":
            e = _en_body_run(doc, covered, k, s.hi)
            if e > k:  # "the General Intelligence Presidency": a body named with a rank word
                surface = doc.text[t.start:toks[e - 1].end]
                me = _ment_at(doc, si, k, e, doc.new_entity("Organization", surface,
                                                            core_tokens(surface)))
                out.append(me)
                for x in range(k, e):
                    covered[x] = me
                k = e
                continue
        if k in covered or t.ar or not t.cap or t.punct or t.key in L.EN_NOT_NAME \
                or t.key in L.EN_STOP or t.key in L.NATIONALITY:
            k += 1
            continue
        tt = _title_at(doc, k, s.hi) if t.key in L.EN_TITLE_FIRST else None
        if tt is not None and toks[_cap_run(doc, k, s.hi) - 1].key not in _EN_BODY_LAST:
            k = tt[0]  # "Speaker Mohammed ...", "Prince Faisal ...": the title step names them
            continue  # (not "the General Intelligence Presidency", "the General Staff")
        e = _cap_run(doc, k, s.hi)
        if e - k >= 2 and (k == s.lo or toks[k - 1].text in ("—", "–", "-", ":", '"', "“")):
            # "— Reformist Masoud Pezeshkian", "Powerful Shiite cleric ...": a capitalised
            # adjective opening the sentence is no part of a name
            while e - k >= 1 and toks[k].key.endswith(_EN_ADJ_SUFFIXES) and \
                    k not in covered and toks[k].key not in L.EN_ORG_HEADS:
                k += 1
            if k >= e:
                continue
        cov = None
        for x in range(k + 1, e):
            if x in covered:
                cov = x
                break
        if cov is not None and toks[cov - 1].key in ("of", "in") and \
                _single_place(covered, cov) is not None:
            e = cov - 1  # "Patriotic Union of Kurdistan": the place is joined below
        if e <= k or any(x in covered for x in range(k, e)):
            k = max(e, k + 1)
            continue
        # "Parliament Speaker Mohammed al-Halbousi": the run ends where a title begins
        cut = next((x for x in range(k + 1, e) if toks[x].key in L.EN_TITLE_FIRST and
                    toks[x].key not in _EN_NAME_HONORIFICS and
                    _title_at(doc, x, s.hi) is not None), None)
        if cut is not None:
            if cut - k == 1 and toks[k].key in L.EN_ORG_HEADS:
                k = cut  # a generic modifier ("Parliament", "Army"), not a named body
                continue
            e = cut
        lower_head = None
        if e < s.hi and e - k <= 4 and not toks[e].ar and not toks[e].cap:
            # a lower-case head after a capitalised name: "State of Law coalition", "K1 air
            # base", "Qayyarah airfield" (not "the Islamic State group": a descriptor)
            if toks[e].key in _EN_LOWER_ORG_HEADS:
                lower_head, e = "Organization", e + 1
            elif toks[e].key in _EN_LOWER_PLACE_HEADS:
                lower_head, e = "Location", e + 1
            elif toks[e].key == "air" and e + 1 < s.hi and toks[e + 1].key == "base":
                lower_head, e = "Location", e + 2
            while lower_head == "Organization" and k - 2 >= s.lo and toks[k - 1].key == "of" \
                    and toks[k - 2].cap and not toks[k - 2].ar and (k - 2) not in covered and \
                    toks[k - 2].key not in L.EN_STOP:
                k -= 2  # "State of Law coalition"
        words = [toks[x].key for x in range(k, e) if not toks[x].punct]
        surface = doc.text[toks[k].start:toks[e - 1].end]
        etype = None
        place = bool(words) and (words[-1] in _EN_PLACE_HEADS or words[-1] in L.EN_PLACE_HEADS)
        if place and len(words) < 2:
            k = e  # a bare "Palace" / "Base": no name
            continue
        if lower_head is not None and any(x in covered for x in range(k, e)):
            k = e
            continue
        if lower_head is not None:
            etype = lower_head
        elif place:
            etype = "Location"  # "the Salam Palace", "White House": a place, never a person
        elif any(w in L.EN_OUTLET_HEADS or w in L.EN_MORE_OUTLET_HEADS for w in words):
            etype = "Outlet"
        elif any(w in L.EN_ORG_HEADS or w in L.EN_MORE_ORG_HEADS for w in words) or \
                (len(words) >= 2 and words[-1] in _EN_BODY_LAST):
            etype = "Organization"
        eid = None
        if etype is None and _dateline_source(doc, k, e, s.lo, s.hi):
            etype = "Outlet"  # "BAGHDAD (Asharq Al-Awsat) -": the source of a dateline
        if etype is None and e - k == 1 and toks[k].acronym and k > s.lo and \
                toks[k - 1].key in _EN_OUTLET_NOUNS:
            etype = "Outlet"  # "the official news agency IRNA", "the daily ABC"
        if etype is None:
            eid = doc.gaz.fuzzy_person(core_tokens(surface), doc.mentioned_ids(),
                                       types=("Person",))
            if eid is None and len(words) == 1 and not toks[k].acronym:
                # an acronym is matched as written only; a place or body spelled otherwise
                # keeps its first letter (Kerman is no misspelt Germany)
                eid = doc.gaz.fuzzy_person(words, doc.mentioned_ids(),
                                           types=("Organization", "Country", "Location"))
                if eid is not None and not _same_initial(doc, eid, words[0]):
                    eid = None
            n_al = words.count("al") + words.count("el")
            n_name = len(words) - n_al if len(words) > 4 else len(words)
            if n_name > 4:
                n_name -= sum(1 for w in words if w in ("bin", "ibn", "abu", "bint"))
            if eid is None and len(words) >= 2 and k > s.lo and n_name <= 4:
                etype = "Person"  # a multi-word proper name inside a sentence
            n_core = len(words) - n_al
            if eid is None and n_core <= 3 and k - 2 >= s.lo and toks[k - 1].key == "of" and (
                    toks[k - 2].key in _EN_PLACE_HEADS or toks[k - 2].key in L.EN_PLACE_HEADS):
                etype = "Location"  # "the southeastern city of Kerman", "province of Diyala"
            al_form = n_core <= 2 and ("al" in words or "el" in words)
            if eid is None and (len(words) == 1 or al_form or (
                    n_core == 2 and not _latin_first_name(doc, words[0]))) and k > s.lo and \
                    (toks[k - 1].key in ("in", "near", "outside") or
                     al_form and toks[k - 1].key in ("of", "from")) and \
                    words[0] not in _EN_TIME_WORDS and not toks[k].acronym and \
                    (e >= s.hi or not toks[e].cap):
                etype = "Location"  # "a blast in Kerman", "clashes near Tarmiyah"
            if eid is None and len(words) >= 2 and k == s.lo and e < s.hi and \
                    toks[e].key in (L.EN_MEET | L.EN_KILL | L.EN_VISIT | L.EN_SUCCEED |
                                    {"said", "says", "told", "and", ",", "was", "has", "had"}):
                etype = "Person"
        if etype == "Organization":
            # "the Kurdistan Democratic Party of Masoud Barzani": the body ends before "of"
            # and a known person
            of = next((x for x in range(k + 1, e - 1) if toks[x].key == "of"), None)
            if of is not None and (_latin_first_name(doc, toks[of + 1].key) and
                                   2 <= e - of - 1 <= 5 or doc.gaz.fuzzy_person(
                    core_tokens(doc.text[toks[of + 1].start:toks[e - 1].end]),
                    doc.mentioned_ids(), types=("Person",)) is not None):
                e = of
                surface = doc.text[toks[k].start:toks[e - 1].end]
            # a known place inside a body's name: "Kurdistan Democratic Party",
            # "Patriotic Union of Kurdistan", "Islamic Resistance in Iraq"
            k, e, surface = _org_with_place(doc, covered, out, k, e, s.lo, s.hi, surface)
        if eid is None and e - k == 1 and toks[k].acronym and len(toks[k].text) >= 3:
            # "the KRG" after "the Kurdistan Regional Government": a body's initials
            eid = _acronym_of(doc, out, toks[k].text.replace(".", ""))
        if eid is None and etype in (None, "Organization") and 1 <= len(words) <= 2:
            # "the Guards" after "the Revolutionary Guards", "Nujaba" after "Harakat
            # al-Nujaba", "the Islamic Resistance": a short form of a body named before
            short = _org_short_ref(doc, out, [w for w in words if w not in ("al", "el")])
            if short is not None:
                eid = short
        if eid is None and etype is not None:
            if etype == "Person":
                eid = _resolve_name(doc, surface, "Person")
            else:
                eid = doc.new_entity(etype, surface, core_tokens(surface))
        if eid is None:
            k = e
            continue
        me = _ment_at(doc, si, k, e, eid)
        out.append(me)
        for x in range(k, e):
            covered[x] = me
        k = e

    # 3b. "the factions" / "the militias": the group named so earlier ("armed factions")
    for k in (range(s.lo + 1, s.hi) if bits & _B_GROUPS else ()):
        t = toks[k]
        if t.ar or k in covered or t.key not in _EN_GROUP_NOUNS or toks[k - 1].key != "the" \
                or (k >= 2 and toks[k - 2].key in ("of", "among")):
            continue
        ante = _group_antecedent(doc, t.key)
        if ante is not None:
            me = _ment_at(doc, si, k - 1, k + 1, ante, kind="desc")
            out.append(me)
            covered[k - 1] = covered[k] = me

    # 3d. "the US-led coalition", "the international coalition", "التحالف الدولي": the
    # international coalition (one id in both scripts); a bare "the coalition" after it
    for k in (range(s.lo, s.hi) if bits & _B_COALITION else ()):
        t = toks[k]
        if k in covered:
            continue
        lo_c = hi_c = None
        if not t.ar and t.key == "coalition" and not t.cap and k > s.lo:
            p = k - 1
            while p >= s.lo and toks[p].key in ("international", "-", "led", "us", "u.s",
                                                  "u.s.", "american", "anti", "isis",
                                                  "western", "global", "military"):
                p -= 1
            words = {toks[x].key for x in range(p + 1, k)}
            nxt = toks[k + 1].key if k + 1 < s.hi else ""
            if words & {"led", "international", "isis"}:
                lo_c, hi_c = k, k + 1
            elif getattr(doc, "coalition_seen", False) and nxt not in _EN_COALITION_NOT and (
                    toks[k - 1].key == "the" or nxt in L.EN_TITLE_FIRST):
                lo_c, hi_c = k, k + 1  # "the coalition", "coalition spokesman X"
        elif t.ar and t.stems and t.stems[0][1] == _AR_TAHALUF and \
                t.key[t.stems[0][0]:].startswith("ال") and k + 1 < s.hi and \
                toks[k + 1].key in _AR_INTERNATIONAL:
            lo_c, hi_c = k, k + 2
        if lo_c is None or any(x in covered for x in range(lo_c, hi_c)):
            continue
        eid = doc.new_entity("Organization", "International Coalition",
                             ["international", "coalition"])
        off = t.stems[0][0] if t.ar else 0
        me = _ment_at(doc, si, lo_c, hi_c, eid, off=off, prefix=t.key[:off] if t.ar else "")
        out.append(me)
        for x in range(lo_c, hi_c):
            covered[x] = me
        doc.coalition_seen = True  # type: ignore[attr-defined]

    # 3c. "the group's secretary-general X", "the movement's spokesman": the body named
    # most recently (a possessive before a title or an office)
    for k in (range(s.lo + 1, s.hi - 1) if bits & _B_GROUP_POSS else ()):
        t = toks[k]
        if t.ar or not t.poss or k in covered or t.key not in _EN_GROUP_SINGULAR or \
                toks[k - 1].key != "the":
            continue
        ante = next((m.eid for m in itertools.chain(reversed(out), reversed(doc.ments))
                     if m.etype == "Organization" and m.kind == "name" and
                     (m.sent < si or m.hi <= k) and not _EN_FORCE_WORDS.intersection(
                         doc.text[m.start:m.end].lower().split())), None)
        if ante is not None:
            me = _ment_at(doc, si, k - 1, k + 1, ante, kind="desc")
            out.append(me)
            covered[k - 1] = covered[k] = me

    # 4f. Arabic institutions named with common words: their English name ("جهاز الأمن
    # الوطني العراقي" -> Iraqi National Security Service; "حكومة إقليم كردستان" /
    # "حكومة الإقليم" -> Kurdistan Regional Government)
    # Arabic tokens whose stem is a head noun of 4e-4h
    heads_at = _head_positions(doc, s) if bits & _B_AR_HEAD else []
    if heads_at:
        _translated_bodies(doc, si, covered, out, heads_at)

    # 4. Arabic named organisations not in the gazetteer ("حركة النجباء", "كتائب سيد الشهداء")
    k = s.lo if bits & _B_AR_ORG_HEAD else s.hi
    while k < s.hi:
        t = toks[k]
        if k in covered or not t.ar:
            k += 1
            continue
        st0 = _org_head(t.stems)
        if st0 is None or strip_article_ar(t.key) != t.key and st0 not in L.AR_OUTLET_HEADS \
                and not t.key.startswith(("وال", "بال", "لل", "فال", "كال")) and \
                t.key.startswith("ال"):
            k += 1  # a definite head (الجيش، القوات) is a common noun, not a name
            continue
        stem = t.stems[-1][1] if t.stems else t.key
        j = k + 1
        while j < s.hi and toks[j].punct and toks[j].text in QUOTES:
            j += 1
        e = j
        quoted = j > k + 1
        definite = t.key.startswith(("ال", "لل", "وال", "بال", "فال", "كال"))
        honorific = False
        while e < s.hi and e - j < 3 and toks[e].ar and e not in covered:
            te = toks[e]
            if honorific:
                # a name after an honorific ("كتائب الإمام علي"), then the name ends
                if not te.punct and not _accusative(te.text) and (
                        _is_ar_name_token(te, first=True, known=doc.gaz.ar_latin) or
                        (te.key == "علي" and not te.text.endswith("ى"))):
                    e += 1
                break
            if e > j and (te.text.endswith(("ته", "تها", "هم", "هما")) or any(
                    st in L.AR_STOP for n, st in proclitic_splits(te.key) if n)):
                break  # "تسنيم مسؤوليته", "تسنيم بأن": a possessed noun or particle ends it
            if (definite and not te.key.startswith("ال")) or _accusative(te.text) or \
                    _may_title(te) or te.key in _JOINERS or te.key in L.AR_STOP or \
                    te.key in L.NATIONALITY or te.key in L.AR_QUALIFIERS or \
                    te.key.endswith("يه") or _is_adjective(te.key):
                break
            # an indefinite word cannot follow a definite one in the same name ("ائتلاف
            # دولة القانون نوري ..."), except a name after an honorific ("الإمام علي")
            definite = te.key.startswith("ال")
            honorific = te.key in _HONORIFIC_AR
            e += 1
        if e == j or (not quoted and all(toks[x].key.startswith("ال") is False for x in
                                         range(j, e)) and e - j == 1 and len(toks[j].key) < 3):
            k += 1
            continue
        etype = "Outlet" if st0 in L.AR_OUTLET_HEADS else "Organization"
        lo = k if etype == "Organization" else j
        # offset of the head itself ("لكتائب" -> كتائب, but "وزارة" is the head as written)
        off0 = next((o for o, st in t.stems if st == st0), 0) if lo == k else 0
        # the proclitic of the head ("لكتائب") stays out of the name
        surface = doc.text[toks[lo].start + off0:toks[e - 1].end].strip("".join(QUOTES))
        if etype == "Organization" and e - j == 1 and toks[j].key.startswith("ال") and \
                not quoted and stem in ("قوات", "وزاره", "مجلس", "جيش", "هيئه"):
            k += 1
            continue  # generic "القوات ..." / "مجلس النواب" are left to the gazetteer
        acro = _paren_acronym(doc, e, s.hi)
        if acro is not None:
            # "وكالة الأنباء الإيرانية الرسمية (إرنا)": the body is named by its acronym
            e, surface = acro[0], doc.text[toks[acro[1]].start:toks[acro[1]].end]
            known = _gaz_match(doc, [acro[1]], 0)
            eid = known[2] if known is not None else doc.new_entity(etype, surface, [surface])
        elif etype == "Organization" and st0 in AR_HEAD_EN:
            eid = _ar_org_english(doc, surface, st0)
        else:
            eid = doc.new_entity(etype, surface, [strip_article_ar(x) for x in
                                                   surface.split()])
        off = off0
        me = _ment_at(doc, si, lo, e, eid, off=off)
        out.append(me)
        for x in range(k, e):
            covered[x] = me
        k = e

    # 4e. "الكتائب" / "للحزب" / "الهيئة" / "الإقليم": the body or region named before whose
    # name begins with that noun ("كتائب حزب الله", "حزب الله", "هيئة الحشد", "إقليم كردستان")
    for k in heads_at:
        t = toks[k]
        if k in covered or not t.ar or not t.stems:
            continue
        head = t.stems[0][1]
        if head not in _AR_ANAPHOR_HEADS or not t.key[t.stems[0][0]:].startswith(("ال", "ل")):
            continue
        if not t.key.startswith(("ال", "لل", "وال", "بال", "فال", "كال", "ولل", "فلل")):
            continue
        if k + 1 < s.hi and toks[k + 1].ar and (k + 1) not in covered and \
                strip_article_ar(toks[k + 1].key) != toks[k + 1].key:
            continue  # "الحزب الديمقراطي ...": another body, described or named
        ante = _ar_head_antecedent(doc, out, head, k)
        if ante is None:
            continue
        pre_n = t.stems[0][0]
        me = _ment_at(doc, si, k, k + 1, ante, kind="desc", off=pre_n,
                      prefix=t.key[:pre_n])
        out.append(me)
        covered[k] = me

    # 4h. "للصحيفة (ذاتها)", "the newspaper", "the agency": the outlet named before
    for k in (heads_at if toks[s.lo].ar else
              range(s.lo, s.hi) if bits & _B_OUTLET_REF else ()):
        t = toks[k]
        if k in covered or t.punct:
            continue
        if t.ar:
            if not t.stems or t.stems[0][1] not in _AR_OUTLET_NOUNS or \
                    not t.key.startswith(("ال", "لل", "وال", "بال")):
                continue
            if k + 1 < s.hi and toks[k + 1].ar and not toks[k + 1].punct and \
                    toks[k + 1].key not in _AR_SAME and (
                        strip_article_ar(toks[k + 1].key) != toks[k + 1].key or
                        (k + 1) in covered):
                continue  # "وكالة الأنباء العراقية": a described outlet, not a reference
            lo_o = k
        else:
            if t.key not in _EN_OUTLET_REF or k == s.lo or toks[k - 1].key != "the" or (
                    k + 1 < s.hi and toks[k + 1].cap):
                continue
            lo_o = k - 1
        ante = next((m.eid for m in itertools.chain(reversed(out), reversed(doc.ments))
                     if m.etype == "Outlet" and m.kind == "name"), None)
        if ante is None:
            continue
        off = t.stems[0][0] if t.ar else 0
        me = _ment_at(doc, si, lo_o, k + 1, ante, kind="desc", off=off,
                      prefix=t.key[:off] if t.ar else "")
        out.append(me)
        covered[k] = me

    # 4c. "العاصمة العراقية" / "the Iraqi capital" (no name after it): that capital
    for k in (range(s.lo, s.hi - 1) if bits & _B_CAPITAL else ()):
        t = toks[k]
        if k in covered or t.key not in _CAPITAL_KEYS:
            continue
        if t.ar:
            nat = L.NATIONALITY.get(toks[k + 1].key)
            nxt, lo_c, hi_c = k + 2, k, k + 2
        else:
            nat = L.NATIONALITY.get(toks[k - 1].key) if k - 1 >= s.lo else None
            nxt, lo_c, hi_c = k + 1, k - 1, k + 1
        if nat is None or (nxt < s.hi and (nxt in covered or (not toks[nxt].ar and
                                                               toks[nxt].cap))):
            continue
        cid = capital_id(doc.gaz, nat)
        if cid is None or lo_c in covered:
            continue
        pre = ""
        if t.ar and t.key != "العاصمه":
            pre = t.key[: len(t.key) - len("العاصمه")]
        me = _ment_at(doc, si, lo_c, hi_c, cid, kind="desc", off=len(pre) if t.ar else 0,
                      prefix=pre)
        out.append(me)
        for x in range(lo_c, hi_c):
            covered[x] = me

    # 4d. a state institution named by its nationality: "البرلمان العراقي", "the Iraqi
    # parliament" -> organization:iraqi-parliament (one id in both scripts)
    for k in (range(s.lo, s.hi - 1) if bits & _B_INSTITUTION else ()):
        if k in covered or (k + 1) in covered:
            continue
        t, n = toks[k], toks[k + 1]
        if t.ar:
            inst = _AR_INSTITUTIONS.get(t.key) or _AR_INSTITUTIONS.get(t.key[1:]) \
                if t.key[:1] in "وبل" else _AR_INSTITUTIONS.get(t.key)
            nat = L.NATIONALITY.get(n.key) if inst else None
            lo_i, off = k, (len(t.key) - len(t.key.lstrip("وبل")) if t.key not in
                            _AR_INSTITUTIONS else 0)
        else:
            inst = _EN_INSTITUTIONS.get(n.key)
            nat = L.NATIONALITY.get(t.key) if inst and t.key.isalpha() else None
            lo_i, off = k, 0
        if not inst or not nat or nat not in _EN_NATIONALITY:
            continue
        latin = f"{_EN_NATIONALITY[nat]} {inst}"
        eid = doc.new_entity("Organization", latin, core_tokens(latin))
        doc._add_alias(eid, doc.text[t.start:n.end])
        me = _ment_at(doc, si, lo_i, k + 2, eid, off=off)
        out.append(me)
        covered[k] = covered[k + 1] = me

    # 4b. Arabic administrative places not in the gazetteer: "محافظة الأنبار" -> Anbar
    for k in (range(s.lo, s.hi - 1) if bits & _B_ADMIN else ()):
        t = toks[k]
        if not t.ar or k in covered or (k + 1) in covered or not _admin_head(t.stems):
            continue
        n = toks[k + 1]
        if not n.ar or n.punct or len(n.key) < 4 or n.key in L.AR_STOP or \
                n.key in L.NATIONALITY or _is_adjective(n.key) or n.key in L.AR_QUALIFIERS \
                or n.key in L.AR_COMMON_NOUNS or _may_title(n) or \
                strip_article_ar(n.key) in L.AR_COMMON_NOUNS:
            continue
        eid = doc.new_entity("Location", n.text, [strip_article_ar(n.key)])
        hst = next(st for _o, st in t.stems if st in _AR_ADMIN_HEADS)
        pre = t.key[: len(t.key) - len(hst)] if t.key.endswith(hst) else ""
        me = _ment_at(doc, si, k, k + 2, eid, off=t.stems[-1][0] if len(t.stems) > 1 else 0,
                      prefix=pre)
        out.append(me)
        covered[k] = covered[k + 1] = me

    # 4g. Arabic named sites not in the gazetteer: "قاعدة حرير" -> Harir Base, "مطار أربيل
    # الدولي" -> Erbil Airport, "ساحة التحرير" -> Tahrir Square, "حي زيونة" -> Zayouna
    if heads_at:
        _ar_sites(doc, si, covered, out, heads_at)

    if not toks[s.lo].ar:
        _org_word_first_name(doc, s, covered, out)

    # 2. titles: unknown names after them, role info for known names, or descriptions
    pass_bits = doc.pass_bits
    starts = [x for x in range(s.lo, s.hi) if pass_bits[x] & _B_TITLE] if bits & _B_TITLE \
        else []
    start_set = set(starts)
    k = starts[0] if starts else s.hi
    while k < s.hi:
        if k not in start_set:
            k = next((x for x in starts if x > k), s.hi)
            continue
        if k in covered and covered[k].lo != k:
            k += 1
            continue
        tt = _title_at(doc, k, s.hi)
        if tt is None or (k in covered):
            k += 1
            continue
        tend, role, phrase = tt
        if tend - k > 1:
            # "رئيس البرلمان العراقي": a named body inside the phrase ends the title there
            cut = next((x for x in range(k + 1, tend) if x in covered and covered[x].lo == x
                        and covered[x].etype in ("Organization", "Country")), None)
            short = _title_at(doc, k, cut) if cut is not None else None
            if short is not None:
                tend, role, phrase = short
        role_org = role_nat = qual = None
        of_the = False
        pb = k - 1
        while pb >= s.lo and toks[pb].text in (",", "،") or (pb >= s.lo and (toks[pb].key in (
                "the", "a", "an") or (not toks[pb].ar and (toks[pb].key in L.NATIONALITY or
                                                         toks[pb].key in L.EN_QUALIFIERS)))):
            pb -= 1  # "X, the (new) Iranian general who ...": an apposition to X
        appositive = pb >= s.lo and pb in covered and covered[pb].etype == "Person" and \
            covered[pb].hi == pb + 1 and covered[pb].kind == "name" and \
            not (toks[k].ar and toks[k].stems and toks[k].stems[-1][0] > 0) and \
            not (toks[k].ar and toks[k].key.startswith("و") and toks[k].key not in L.AR_TITLES)
        in_title: list[Mention] = []
        j = tend
        # modifiers before the title (English: "Iraqi Prime Minister", "Quds Force commander")
        b = k - 1
        while b >= s.lo and ((toks[b].punct and toks[b].text in QUOTES) or (
                not toks[b].ar and toks[b].key in L.EN_QUALIFIERS and b not in covered)):
            b -= 1
        # "Kataib Hezbollah's security official X": a lower-case field word between a
        # possessive body and the title
        for back in (1, 2):
            ob = b - back + 1
            if b >= s.lo and ob - 1 >= s.lo and (ob - 1) in covered and all(
                    not toks[x].ar and toks[x].key.isalpha() and not toks[x].cap and
                    toks[x].key not in L.EN_STOP and x not in covered and
                    toks[x].key not in L.NATIONALITY for x in range(ob, b + 1)) \
                    and (covered[ob - 1].poss or (
                        covered[ob - 1].etype == "Organization" and
                        all(toks[x].key in _EN_FIELD_WORDS for x in range(ob, b + 1)))) and \
                    covered[ob - 1].etype in ("Organization", "Country"):
                b = ob - 1  # "Kataib Hezbollah's security official", "Hamas political
                break  # bureau chief"
        if b >= s.lo and not toks[b].ar:
            if b in covered and covered[b].etype in ("Organization", "Country"):
                role_org = covered[b].eid
                in_title.append(covered[b])
                ib = covered[b].lo - 1
                while ib >= s.lo and toks[ib].key in L.EN_QUALIFIERS:
                    ib -= 1
                if role == "lead" and ib >= s.lo and toks[ib].key in ("a", "an") and \
                        covered[b].etype == "Organization":
                    role = "member"  # "a senior Kataib Hezbollah commander, X"
            elif toks[b].key in L.NATIONALITY:
                role_nat = L.NATIONALITY[toks[b].key]
            bb = b - 1 if b not in covered else covered[b].lo - 1
            if bb >= s.lo and toks[bb].key in L.NATIONALITY:
                role_nat = role_nat or L.NATIONALITY[toks[bb].key]
            for q in range(max(s.lo, k - 4), k):
                if toks[q].key in L.NEW_WORDS:
                    qual = "new"
                elif toks[q].key in L.OLD_WORDS:
                    qual = "old"
        # modifiers after the title
        steps = 0
        while j < s.hi and steps < 8:
            t = toks[j]
            steps += 1
            if t.punct and (t.text in QUOTES or t.text in ("ـ", "-")):
                j += 1
                continue
            if t.text == "(" and (role_org or role_nat):
                # "المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) جون كيربي": an aside
                close = next((x for x in range(j + 1, min(s.hi, j + 6))
                              if toks[x].text == ")"), None)
                if close is not None:
                    j = close + 1
                    continue
            if toks[k].ar and role_org is None and phrase.endswith("عمليات") and \
                    j not in covered and t.ar and not t.punct and not _may_title(t) and \
                    len(t.key) >= 3 and t.key not in L.AR_STOP and not _is_adjective(t.key):
                # "قائد عمليات نينوى X": an operations command named after its area
                pid = doc.new_entity("Location", t.text, [strip_article_ar(t.key)])
                pm = _ment_at(doc, si, j, j + 1, pid)
                out.append(pm)
                covered[j] = pm
            if j in covered and covered[j].etype == "Location" and covered[j].lo == j and \
                    toks[k].ar:
                place = _known_english(doc, covered[j].eid)
                if role_org is None and place and phrase.endswith("عمليات"):
                    # "قائد عمليات بغداد X": the Baghdad Operations Command
                    place = re.sub(r"^(?i:al)[- ]", "", place)
                    latin = f"{place[:1].upper()}{place[1:]} Operations Command"
                    role_org = doc.new_entity("Organization", latin, core_tokens(latin))
                elif role_org is None and place and place.endswith(" Region") and \
                        role in ("lead", "head_state") and phrase.lstrip("ال") == "رييس":
                    role_org = covered[j].eid  # "رئيس إقليم كردستان X" leads the region
                j = covered[j].hi  # "رئيس إقليم كردستان ..."
                continue
            if j in covered and covered[j].etype in ("Organization", "Country") and \
                    covered[j].lo == j:
                mm = covered[j]
                if mm.etype == "Organization" and (role_org is None or
                                                   doc.etype(role_org) == "Country"):
                    role_org = mm.eid
                elif mm.etype == "Country" and role_org is None:
                    role_org = mm.eid
                if mm.etype == "Country" and role_nat is None:
                    role_nat = mm.eid
                in_title.append(mm)
                j = mm.hi
                if mm.poss and not t.ar:
                    # "head of Hezbollah's liaison unit, X": the head of a part of the body,
                    # one of its members (not its leader)
                    sub = j
                    while sub < s.hi and sub - j < 3 and not toks[sub].cap and \
                            toks[sub].key.isalpha() and toks[sub].key not in L.EN_STOP:
                        sub += 1
                    if sub > j:
                        role = "member" if role == "lead" else role
                        j = sub
                continue
            key = t.key
            stem = t.stems[-1][1] if t.stems else key
            if t.ar and (key in _AR_TITLE_FILLERS or (
                    _is_adjective(key) and (j - 1) in covered and
                    covered[j - 1].etype == "Organization") or (
                    j == tend and phrase in _AR_GOVERNOR and key.startswith("ال") and
                    j not in covered and j + 1 < s.hi and toks[j + 1].ar)):
                # "الرئيس الأميركي آنذاك X", "المتحدث باسمه X", "لحركة الجهاد الإسلامي X",
                # "محافظ السليمانية X"
                j += 1
                continue
            if key in L.AR_QUALIFIERS or key in L.EN_QUALIFIERS:
                if key in L.NEW_WORDS:
                    qual = "new"
                elif key in L.OLD_WORDS:
                    qual = "old"
                j += 1
                continue
            if key in L.NATIONALITY:
                role_nat = role_nat or L.NATIONALITY[key]
                j += 1
                continue
            if phrase in _POSTED_TITLES and key in ("في", "لدي", "to", "in") and \
                    j + 1 in covered and covered[j + 1].lo == j + 1 and \
                    covered[j + 1].etype in ("Location", "Country"):
                in_title.append(covered[j + 1])
                j = covered[j + 1].hi  # "السفير الإيراني في بغداد X", "ambassador to Iraq X"
                continue
            if phrase in _POSTED_TITLES and key in ("الي", "لدي", "في") and t.ar:
                # "المبعوث الأميركي الخاص إلى الشرق الأوسط X": a region not named as a place
                dj = j + 1
                while dj < s.hi and dj - j <= 2 and dj not in covered and \
                        toks[dj].key.startswith("ال") and not _may_title(toks[dj]):
                    dj += 1
                if dj > j + 1 and dj < s.hi and toks[dj].ar and \
                        _ar_given_first(doc, toks[dj]) is not None:
                    j = dj
                    continue
            if key in ("في", "ل", "لل", "of", "the", "لـ", "in", "for", "at", "باسم") or (
                    t.ar and key in AR_PARTICLE_TOKENS):
                # "head of the PMF", "قائد فيلق القدس في الحرس الثوري"
                nxt = j + 1
                while nxt < s.hi and toks[nxt].punct and toks[nxt].text in QUOTES:
                    nxt += 1
                if key in ("of", "for", "in", "at") and nxt + 1 < s.hi and \
                        toks[nxt].key == "the" and nxt + 1 in covered:
                    nxt += 1  # "a spokesman for the Revolutionary Guards, X"
                    of_the = True  # only with a name after it (no description)
                if nxt in covered and covered[nxt].etype in ("Organization", "Country"):
                    if role_org is None and key in ("في", "in") and role == "lead" and \
                            covered[nxt].etype == "Organization":
                        role = "member"  # "القائد في الحرس الثوري": a commander in the IRGC
                    elif role_org is None and key in ("في", "in") and role == "plain" and \
                            covered[nxt].etype == "Organization" and \
                            phrase.lstrip("ال").startswith(("وزير", "minister")):
                        role = "member"  # "وزير ... في حكومة الإقليم X": in its cabinet
                    j = nxt
                    continue
                if key == "the" and nxt < s.hi:
                    j = nxt
                    continue
                break
            if t.ar and stem in ("زعامه", "قياده", "رياسه") and j + 1 < s.hi:
                j += 1
                continue
            if t.ar and (key in L.AR_COMMON_NOUNS or stem in L.AR_COMMON_NOUNS or
                         _possessed_noun(key)) and \
                    j - tend < 3 and (role in ("lead", "member", "head_state") or (
                        role == "plain" and not key.startswith("ال") and
                        j + 1 < s.hi and toks[j + 1].key.startswith("ال"))):
                j += 1  # "رئيس أركان الجيش ..."
                if not key.startswith("ال") and j < s.hi:
                    # a noun in construct takes its complement: "رئيس إقليم كوردستان X",
                    # "رئيس حكومة تصريف الأعمال X", "وزير شؤون البيشمركة X"
                    jj = j
                    j = _construct_complement(doc, covered, out, si, j, s.hi)
                    if role_org is None and stem == _IQLIM and jj in covered and \
                            covered[jj].etype == "Location" and role in ("lead", "head_state") \
                            and phrase.lstrip("ال") == "رييس":
                        role_org = covered[jj].eid  # "رئيس إقليم كوردستان X"
                continue
            if j in covered and covered[j].lo == j and covered[j].etype == "Person":
                break  # a known name that starts with its rank ("Ayatollah Ali Khamenei")
            t2 = _title_at(doc, j, s.hi)
            if t2 is not None and t2[1] == "plain":
                j = t2[0]  # a rank after the office: "... الجنرال كينيث ماكنزي"
                continue
            break
        # optional comma before the name in English ("the head of the PMF, Falih al-Fayyadh")
        jn = j
        if jn < s.hi and toks[jn].text in (",", "،") and role_org:
            jn += 1
        elif toks[k].ar and role in ("lead", "member", "plain") and jn < s.hi and \
                jn not in covered:
            # a body not known, as a definite phrase: "رئيس الاتحاد الوطني الكوردستاني[،] X"
            jn = _skip_definite_body(doc, covered, jn, s.hi)
            for x in range(j, jn):
                bm = covered.get(x)
                if bm is not None and bm.lo == x and bm.etype in ("Organization", "Country"):
                    # "مسؤول وحدة الارتباط في حزب الله X": the body is part of the title
                    in_title.append(bm)
                    if role_org is None and bm.etype == "Organization":
                        # "قائد الجبهة الجنوبية في الحزب X": head of a part of the body
                        role_org = bm.eid
                        role = "member" if x > j and role == "lead" else role
        if jn > j and jn < s.hi and not toks[jn].ar and toks[jn].key in L.EN_TITLE_FIRST:
            rank = _title_at(doc, jn, s.hi)
            if rank is not None and rank[1] == "plain":
                jn = rank[0]  # "a spokesman for the Guards, Brig. Gen. X": the rank, then X
        if jn + 1 < s.hi and toks[jn].key in _EN_NAME_HONORIFICS and jn not in covered and \
                (jn + 1) in covered and covered[jn + 1].lo == jn + 1 and \
                covered[jn + 1].etype == "Person":
            jn += 1  # "Ayatollah Seyed Ali Khamenei": the honorific before a known name
        name_m = covered.get(jn)
        if name_m is not None and name_m.lo == jn and name_m.etype == "Person":
            _attach_role(doc, name_m, k, role, role_org, role_nat, qual, in_title)
            k = name_m.hi
            continue
        # unknown name
        if jn < s.hi and toks[jn].ar:
            ne = _ar_name_span(doc, jn, s.hi)
        elif jn < s.hi and toks[jn].cap:
            ne = _cap_run(doc, jn, s.hi)
            if ne > jn and toks[ne - 1].key in _EN_BODY_LAST:
                ne = jn  # "the head of the General Staff": a body, no name
        else:
            ne = jn
        # the name ends before a known entity ("... الجنرال فرانك ماكنزي بغداد")
        ne = next((x for x in range(jn + 1, ne) if x in covered), ne)
        if ne - jn >= 3 and toks[jn].ar and toks[jn].key not in doc.gaz.ar_latin and \
                toks[jn].key not in GN.ALL:
            # "رئيس كتلة صادقون عدنان فيحان": the body's name, then a usual given name
            jn = next((x for x in range(jn + 1, ne - 1) if toks[x].key in GN.STRONG), jn)
        sur = _surname_after(doc, covered, jn, ne, s.hi)
        if sur is not None:
            # "زعيم الائتلاف نوري كامل المالكي": the known person named in full;
            # "رئيس الحكومة مسرور بارزاني" after "نيجيرفان بارزاني": another person
            me = _name_with_surname(doc, si, covered, out, jn, ne, sur)
            _attach_role(doc, me, k, role, role_org, role_nat, qual, in_title)
            k = me.hi
            continue
        if appositive and ne - jn < 2:
            # "X, the commander of Y" / "X الزعيم الجديد لـY": handled as an apposition
            k = max(j, tend)
            continue
        if ne > jn and _imperfect_verb(doc, toks[jn]):
            ne = jn  # "وهو جنرال في الحرس الثوري، يشغل ...": a verb, no name
        if ne == jn + 1 and jn == tend and tend == k + 1 and toks[k].ar and \
                strip_article_ar(toks[k].stems[-1][1]) == toks[k].stems[-1][1] and \
                toks[jn].key not in doc.gaz.ar_latin and toks[jn].key not in GN.ALL:
            ne = jn  # "مجلس قيادي مؤقت": an indefinite title word and one unknown word
        if ne == jn + 1 and toks[jn].ar and toks[jn].key in GN.WEAK and \
                _given_name_full(doc, toks[jn].key) is None:
            ne = jn  # "أكد الوزير حسن النية": a given name that is also an ordinary word
        if ne > jn and not any(x in covered for x in range(jn, ne)):
            surface = doc.text[toks[jn].start:toks[ne - 1].end]
            eid = _resolve_name(doc, surface, "Person")
            me = _ment_at(doc, si, jn, ne, eid)
            if role_nat and eid not in doc.nat and not doc.gaz.get(eid):
                doc.nat[eid] = role_nat
            out.append(me)
            for x in range(jn, ne):
                covered[x] = me
            _attach_role(doc, me, k, role, role_org, role_nat, qual, in_title)
            k = ne
            continue
        if toks[k].ar and ne <= jn and role in ("lead", "member") and (role_org or role_nat):
            # "كريم ناصر، القيادي في كتائب حزب الله،": a new name before a titled apposition
            me = _ar_name_before(doc, si, covered, out, k)
            if me is not None:
                _attach_role(doc, me, k, role, role_org, role_nat, qual, in_title)
                k = max(j, tend)
                continue
        # no name: a description used in place of a name ("the Quds Force commander",
        # "المسؤول العسكري الإيراني البارز", "رئيس الوزراء")
        definite = (toks[k].ar and (toks[k].key.startswith("ال") or phrase.startswith("ال")
                                     or role_org is not None or " ال" in phrase)) or (
            not toks[k].ar and k > s.lo and toks[k - 1].key == "the") or (
            not toks[k].ar and b >= s.lo and _before_is_the(doc, covered, b, s.lo))
        if definite and not toks[k].ar and j < s.hi and toks[j].cap and role == "plain":
            definite = False  # "the slain General Qasim ...": a name follows
        if definite and toks[k].ar and role in ("lead", "head_state") and (
                toks[k].key in _AR_ACC_ROLES or _accusative(toks[k].text)):
            definite = False  # "أدى X اليمين رئيساً لإيران": a predicate, not the leader
        if definite and j > k and not of_the:
            eid = resolve_description(doc, si, role, role_org, role_nat, qual, k)
            if eid:
                lo_d = k if not (b >= s.lo and role_org and b in covered and not toks[k].ar) \
                    else covered[b].lo
                me = _ment_at(doc, si, lo_d, j if j > tend else tend, eid, kind="desc")
                me.role, me.role_org, me.role_nat, me.qual = role, role_org, role_nat, qual
                me.prefix = toks[k].key[: len(toks[k].key) - len(toks[k].stems[-1][1])] \
                    if toks[k].ar and toks[k].stems else ""
                if me.prefix.endswith("ال"):
                    me.prefix = me.prefix[:-2]
                for im in in_title:
                    im.in_title = True
                out.append(me)
                for x in range(k, max(j, tend)):
                    covered.setdefault(x, me)
                k = max(j, tend)
                continue
            if not toks[k].ar and role != "member":
                # "The Iranian general ... Soleimani": maybe named later (cataphora)
                lo_p = k
                while lo_p > s.lo and (toks[lo_p - 1].key in L.NATIONALITY or
                                       toks[lo_p - 1].key in L.EN_QUALIFIERS):
                    lo_p -= 1
                if lo_p > s.lo and toks[lo_p - 1].key == "the":
                    doc.pending.append((si, lo_p - 1, max(j, tend), role, role_org, role_nat,
                                        qual))
        k = tend

    if toks[s.lo].ar and bits & _B_AR_CUE:
        _ar_cue_names(doc, si, covered, out)
    if toks[s.lo].ar and (bits & _B_AR_GIVEN or any(m.etype == "Person" for m in out)):
        if bits & _B_AR_GIVEN:
            _ar_aka_kunya(doc, si, covered, out)
        _ar_given_name_people(doc, si, covered, out)
    if not toks[s.lo].ar and bits & _B_EN_CAP and bits & _B_EN_BARE_VERB:
        _en_bare_surnames(doc, si, covered, out)
    if len(doc.local) > n_local:
        _local_again(doc, si, units, covered, out)
    out.sort(key=lambda m: (m.lo, -m.hi))
    doc.ments.extend(out)
    doc.by_sent.setdefault(si, []).extend(out)
    return out


_EN_TITLE_LAST = frozenset(w for t in L.EN_TITLES for w in t.split()[-1:])


def _org_word_first_name(doc: Doc, s: Sentence, covered: dict[int, Mention],
                         out: list[Mention]) -> None:
    """English: a one-word organisation name right after a title and before an unknown
    capitalised word is a first name ("Omani Foreign Minister Badr Albusaidi", not the Badr
    Organization and a person "Albusaidi"): the organisation mention is dropped so that
    the title step reads the whole name."""
    toks = doc.toks
    for me in [m for m in out if m.hi == m.lo + 1 and m.etype == "Organization"]:
        k = me.lo
        nx = k + 1
        if nx >= s.hi or nx in covered or not toks[nx].cap or toks[nx].punct or \
                not toks[nx].text.isalpha() or toks[nx].key in L.EN_NOT_NAME:
            continue
        if k - 1 < s.lo or toks[k - 1].key not in _EN_TITLE_LAST:
            continue
        out.remove(me)
        covered.pop(k, None)


# words after which an Arabic name is a person's even without a title: led by, appointed,
# replaced ("وفد يرأسه X", "تسمية X رئيساً", "حلّ محلّ X", "بدلاً من X")
_AR_NAME_CUES = L._ar(
    "يرأسه", "يرأسها", "برئاسة", "بقيادة", "يقوده", "يقودها", "يتزعمه", "يتزعمها", "تسمية",
    "بتسمية", "وتسمية", "تعيين", "بتعيين", "وتعيين", "عيّن", "عينت", "محل", "مكان", "سلفه",
    "سلفها", "خلفه", "يخلف")
_AR_INSTEAD_L = L._ar("خلفا", "خلفاً", "خلافة")
_AR_NAME_END_OK = L._ar(
    "،", ",", ".", "المعروف", "الملقب", "على", "في", "خلفا", "رئيسا", "قائدا", "امينا",
    "الذي", "بعد", "عقب", "منذ", "الى", "و", "ليكون", "لرئاسة", "لقيادة", "سفيرا", "وزيرا")


def _ar_cue_names(doc: Doc, si: int, covered: dict[int, Mention],
                  out: list[Mention]) -> None:
    """Arabic: an unknown name right after a cue that only a person follows ("وفد إيراني
    يرأسه علي باقري كني"، "تسمية عبد العزيز المحمداوي، المعروف بـ..."، "حلّ محلّ عباس
    عراقجي"): a new person when it has two to four name words, starts with a common first
    name (names.yaml) and ends at punctuation or a word that closes a name."""
    toks = doc.toks
    s = doc.sents[si]
    known = doc.gaz.ar_latin
    for k in range(s.lo, s.hi - 2):
        t = toks[k]
        if not t.ar or (k + 1) in covered:
            continue
        off = 0
        if t.key not in _AR_NAME_CUES:
            nk = toks[k + 1].key
            if t.key not in _AR_INSTEAD_L or not nk.startswith("ل") or nk[1:] not in known:
                continue
            off = 1  # "خلفاً لحسين سلامي": the preposition glued to the name
        j = _ar_name_span(doc, k + 1, s.hi)
        n = j - (k + 1)
        if n < 2 or n > 4 or any(x in covered for x in range(k + 1, j)):
            continue
        if not off and toks[k + 1].key not in known and toks[k + 1].key not in _JOINERS:
            continue
        if j < s.hi and toks[j].key not in _AR_NAME_END_OK and not toks[j].punct and \
                not _accusative(toks[j].text):
            continue
        surface = doc.text[toks[k + 1].start + off:toks[j - 1].end]
        eid = _resolve_name(doc, surface, "Person")
        me = _ment_at(doc, si, k + 1, j, eid, off=off, prefix="ل" if off else "")
        out.append(me)
        for x in range(k + 1, j):
            covered[x] = me


# words before a given name that make it part of something else: a kunya or a "son of"
# chain, a body or a place named after a person ("كتائب الإمام علي"، "مسجد الحسين"، "شارع
# عمر")
_AR_NOT_BEFORE_GIVEN = frozenset(L.fold_ar(w).replace("اا", "ا") for w in (
    "أبو", "ابو", "أبي", "ابي", "أبا", "أم", "ام", "بن", "ابن", "بنت", "عبد", "آل", "الإمام",
    "الامام", "الإمامين", "النبي", "الرسول", "مسجد", "جامع", "شارع", "حي", "مدينة", "مستشفى",
    "جامعة", "ساحة", "مدرسة", "قاعدة", "مطار", "معسكر", "لواء", "فرقة", "سرايا", "كتائب",
    "كتيبة", "مؤسسة", "مركز", "قضاء", "ناحية", "قرية", "جسر", "ضريح", "مرقد", "حسينية",
    "سجن", "منطقة", "بلدة", "معبر", "ميناء", "جزيرة", "حقل",
    "عملية", "اسم", "باسم", "سورة", "عصر", "عهد", "زمن", "الخليفة", "السلطان", "الملك"))
_AR_GIVEN_MAX_WORDS = 3


def _ar_given_before_family(doc: Doc, lo: int, hi: int, s_hi: int) -> bool:
    """A one-word Arabic match at lo..hi that is a usual given name followed by a
    family-name word ("عباس عراقجي", not the "Abbas" of the gazetteer): the name of
    someone else, read by the given-name step."""
    toks = doc.toks
    if hi >= s_hi or doc.gaz_start[hi] or _ar_given_first(doc, toks[lo]) is None:
        return False
    nxt = toks[hi]
    key = strip_article_ar(nxt.key)
    return _is_ar_name_token(nxt, first=False, known=doc.gaz.ar_latin) and (
        GN.family_name_shape(key) or nxt.key in doc.gaz.ar_latin)


def _ar_given_first(doc: Doc, t: Tok) -> tuple[int, str] | None:
    """(offset, stem) of a usual given name at token *t*, behind at most one proclitic
    (و ف ب ل): "عباس", "وعباس", "لقاسم"; None for anything else ("العباس", "على")."""
    for off, stem in t.stems:
        if (stem not in GN.ALL and stem not in _AR_KUNYA_WORDS) or not t.key.endswith(stem) \
                or len(t.key) - len(stem) > 1:
            continue
        if len(t.key) > len(stem) and t.key[0] not in "وفبل":
            continue
        if stem == "علي" and re.sub("[\u064B-\u0652]", "", t.text).endswith("ى"):
            return None  # the preposition على
        return off, stem
    return None


# first words of a compound name whose next word belongs to them: a kunya (أبو مهدي, in
# any case: أبا / أبي), عبد + a divine name (عبد العزيز)
_AR_KUNYA_WORDS = frozenset({"ابو", "ابا", "ابي"})
_AR_COMPOUND_FIRST = _AR_KUNYA_WORDS | {"عبد"}


_FAILA = re.compile(r"^.ا.(?:.|ي)ه$")  # feminine active participles: باقية، قائمة، ماضية


def _ar_person_before(covered: dict[int, Mention], k: int) -> bool:
    """A person's name ends right before token *k*."""
    m = covered.get(k - 1)
    return m is not None and m.etype == "Person" and m.hi == k and m.kind == "name"


def _ar_coordinated_first(doc: Doc, t: Tok) -> tuple[int, str] | None:
    """(offset, stem) of "وعزام" in "سمير فندي وعزام الأقرع": a second name joined by و
    to a name just before it (any first name, not only a usual one)."""
    if not t.key.startswith("و") or len(t.key) < 4:
        return None
    if len(_COORD_CACHE) > 8:
        _COORD_CACHE.clear()  # one entry per gazetteer object in use
    cache = _COORD_CACHE.setdefault(id(doc.gaz), {})
    if t.text in cache:
        return cache[t.text]
    cache[t.text] = None
    for off, stem in t.stems:
        if off > 0 and stem == t.key[1:] and not stem.startswith("ال") and \
                _is_ar_name_token(dataclasses.replace(t, key=stem, stems=((0, stem),),
                                                      text=t.text[off:]),
                                  first=True, known=doc.gaz.ar_latin):
            cache[t.text] = (off, stem)
            return off, stem
    return None


_COORD_CACHE: dict[int, dict[str, tuple[int, str] | None]] = {}


def _ar_given_name_span(doc: Doc, k: int, hi: int, covered: dict[int, Mention],
                        definite_ok: bool = False) -> int:
    """End of the name that starts with a given name at *k*: further name words (a joiner
    such as عبد/بن takes the next word), at most three, ending after an al- family name,
    before a known entity or before a word that cannot be part of a name. *k* when the run
    does not end cleanly (a fourth name word: two names side by side, or not a name)."""
    toks = doc.toks
    known = doc.gaz.ar_latin
    j, words = k + 1, 1
    if any(st in _AR_COMPOUND_FIRST for _o, st in toks[k].stems) and j < hi and \
            j not in covered and _is_ar_name_token(toks[j], first=False, known=known) and \
            not _said_to(doc, j, hi):
        j += 1  # "أبو فدك", "عبد العزيز": one name word in two
        if j < hi and j not in covered and toks[j].key in L.AR_QUALIFIERS and \
                toks[j].key.startswith("ال") and toks[k].stems[-1][1] in _AR_KUNYA_WORDS:
            return j + 1  # "أبو علي العسكري": a kunya's surname may be an adjective
    while j < hi and j not in covered:
        t = toks[j]
        if t.key in _JOINERS and j + 1 < hi and (j + 1) not in covered and toks[j + 1].ar \
                and not toks[j + 1].punct:
            j += 2
            words += 1
            continue
        if not _is_ar_name_token(t, first=False, known=known) or _said_to(doc, j, hi) or \
                _next_conjunct(doc, j, hi):
            break
        if _FAILA.match(t.key):
            break  # "مدرسة الحاج قاسم باقية": an active participle (فاعلة), no family name
        if words == _AR_GIVEN_MAX_WORDS:
            return k
        if words >= 2 and t.key in GN.STRONG:
            break  # "... عراقجي محمد ...": a second person's given name
        if t.key.startswith("ال") and not definite_ok and t.key not in known and \
                strip_article_ar(t.key) not in known and not GN.family_name_shape(t.key):
            break  # "نعيم قاسم المنصب": a definite noun, not a family name
        j += 1
        words += 1
        if t.key.startswith("ال"):
            break  # an al- family name ends the name
    return j




def _ar_given_name_people(doc: Doc, si: int, covered: dict[int, Mention],
                          out: list[Mention]) -> None:
    """Arabic: an unknown person named without a title, e.g. as subject or object of a
    verb ("التقى عباس عراقجي ..."، "وخلف نعيم قاسم ..."): two or three name words starting
    with a usual given name (given_names.yaml). A given name that is also an ordinary word
    (سعيد، صالح، علي) counts only before a known name word or a family-name shape."""
    toks = doc.toks
    s = doc.sents[si]
    known = doc.gaz.ar_latin
    bits = doc.pass_bits
    # candidates: words with a given name, and words right after a person (a name joined
    # by و); a person found here adds its end
    pos = sorted({x for x in range(s.lo, s.hi - 1) if bits[x] & _B_AR_GIVEN} |
                 {m.hi for m in out if m.etype == "Person" and m.hi < s.hi - 1})
    i, done = 0, s.lo
    while i < len(pos):
        k = pos[i]
        i += 1
        if k < done:
            continue
        t = toks[k]
        coordinated = k not in covered and t.key.startswith("و") and \
            _ar_person_before(covered, k)
        first = _ar_given_first(doc, t) if t.ar and not t.punct and k not in covered else None
        if coordinated:
            first = first or _ar_coordinated_first(doc, t)
        if first is None or (k > s.lo and (toks[k - 1].key in _AR_NOT_BEFORE_GIVEN or
                                           any(st in _AR_NOT_BEFORE_GIVEN
                                               for _o, st in toks[k - 1].stems))):
            continue
        off, stem = first
        j = _ar_given_name_span(doc, k, s.hi, covered, definite_ok=coordinated)
        if j - k < 2:
            continue
        second = toks[k + 1]
        second_key = strip_article_ar(second.key)
        if coordinated and not second.key.startswith("ال") and \
                not GN.family_name_shape(second_key) and second.key not in known:
            continue  # "X Y وZ W": W must look like a family name
        if not coordinated and stem not in _AR_COMPOUND_FIRST and \
                (stem not in GN.STRONG or stem == "علي"):
            if not (second.key in known or second_key in known or second.key in GN.ALL or
                    GN.family_name_shape(second_key) or
                    (j - k == 3 and GN.family_name_shape(strip_article_ar(toks[j - 1].key)))):
                continue
        surface = doc.text[t.start + off:toks[j - 1].end]
        if stem in _AR_KUNYA_WORDS:
            surface = "أبو" + surface[surface.find(" "):]  # أبا / أبي فدك: Abu Fadak
        eid = _resolve_name(doc, surface, "Person")
        me = _ment_at(doc, si, k, j, eid, off=off, prefix=t.key[:len(t.key) - len(stem)])
        out.append(me)
        for x in range(k, j):
            covered[x] = me
        done = j
        if j < s.hi - 1 and j not in pos[i:]:
            bisect.insort(pos, j, lo=i)


def _ar_aka_kunya(doc: Doc, si: int, covered: dict[int, Mention],
                  out: list[Mention]) -> None:
    """Arabic "X المعروف / الملقب / المكنى بأبي زينب": the kunya after the cue is another
    name of the person X just before it (one id); a later bare "أبو زينب" links to X."""
    toks = doc.toks
    s = doc.sents[si]
    for k in range(s.lo + 1, s.hi - 2):
        if toks[k].key not in _AR_AKA:
            continue
        p = k - 1 if toks[k - 1].text not in ("،", ",") else k - 2
        person = covered.get(p)
        n = k + 1
        t = toks[n]
        if person is None or person.etype != "Person" or person.hi != p + 1 or \
                n in covered or not t.key.startswith("ب"):
            continue
        kunya = next(((o, st) for o, st in t.stems if o > 0 and st == t.key[1:] and
                      st in _AR_KUNYA_WORDS), None)
        if kunya is None:
            continue
        j = _ar_given_name_span(doc, n, s.hi, covered)
        if j - n < 2:
            continue
        me = _ment_at(doc, si, n, j, person.eid, off=kunya[0], prefix="ب")
        out.append(me)
        for x in range(n, j):
            covered[x] = me
        rest = [strip_article_ar(toks[x].key) for x in range(n + 1, j)]
        if person.eid in doc.new_entities:
            doc._add_alias(person.eid, "أبو " + doc.text[toks[n + 1].start:toks[j - 1].end])
        for word in _AR_KUNYA_WORDS:
            for name in (tuple([word] + rest), (word, rest[0])):
                doc.local.setdefault(name, person.eid)
            doc.local_first.add(word)


def _en_full_name(doc: Doc, surname: str) -> str:
    """The full name the article gives somewhere for a bare *surname* ("Masoud
    Pezeshkian" for "Pezeshkian"), else the surname."""
    for m in re.finditer(r"\b((?:[A-Z][a-z'\-]+ ){1,2})" + re.escape(surname) + r"\b",
                         doc.text):
        words = m.group(1).split()
        while words and (words[0].lower() in L.EN_NOT_NAME or words[0].lower() in L.EN_STOP
                         or words[0].lower() in L.EN_TITLE_FIRST or
                         words[0].lower() in L.NATIONALITY):
            words.pop(0)  # "President Masoud Pezeshkian": the name after the title
        if words:
            return " ".join(words + [surname])
    return surname


_EN_SUBJECT_ADVERBS = frozenset({"also", "later", "then", "first", "reportedly", "had",
                                  "has", "previously", "earlier", "briefly"})
_EN_BARE_NAME_VERBS = frozenset({"met", "succeeded", "succeeds", "replaced", "replaces",
                                 "received", "hosted", "greeted", "welcomed"})


def _en_bare_surnames(doc: Doc, si: int, covered: dict[int, Mention],
                      out: list[Mention]) -> None:
    """English: one unknown capitalised word right after a verb only a person follows as its
    object ("Araghchi met Pakpour in Tehran", "... succeeded Nilforoushan"), or right before
    it as its subject mid-text ("..., Pakpour met ..."): a person (linked to an earlier or
    later full name of the same surname by the usual resolution)."""
    toks = doc.toks
    s = doc.sents[si]
    near: set[int] = set()  # the words around the verbs: the only candidates
    for v in range(s.lo, s.hi):
        if toks[v].key in _EN_BARE_NAME_VERBS:
            near.update((v - 2, v - 1, v + 1, v + 2))
    for k in sorted(x for x in near if s.lo <= x < s.hi):
        t = toks[k]
        if k in covered or not t.cap or t.ar or t.punct or t.acronym or len(t.key) < 4 or \
                not t.text.isalpha() or t.key in L.EN_NOT_NAME or t.key in L.EN_STOP or \
                t.key in L.NATIONALITY or t.key in _EN_TIME_WORDS or \
                t.key in _EN_BODY_LAST or t.key in _EN_PLACE_HEADS:
            continue
        after_verb = k > s.lo and (toks[k - 1].key in _EN_BARE_NAME_VERBS or (
            toks[k - 1].key == "with" and k - 2 >= s.lo and toks[k - 2].key == "met"))
        nxt = toks[k + 1] if k + 1 < s.hi else None
        if nxt is not None and (nxt.cap or nxt.text in ("-", "'")):
            continue  # "met Pakpour in ...", not "met Abbas Araghchi" (another step)
        v = k + 1
        if v < s.hi and toks[v].key in _EN_SUBJECT_ADVERBS:
            v += 1
        before_verb = v < s.hi and toks[v].key in _EN_BARE_NAME_VERBS and (
            k == s.lo or toks[k - 1].text in (",", ";", "\u2014") or toks[k - 1].key == "and")
        if not after_verb and not before_verb:
            continue
        eid = _resolve_name(doc, _en_full_name(doc, t.text), "Person")
        me = _ment_at(doc, si, k, k + 1, eid)
        out.append(me)
        covered[k] = me


def _local_again(doc: Doc, si: int, units: list[int], covered: dict[int, Mention],
                 out: list[Mention]) -> None:
    """A person introduced in this sentence (by a title) named again later in it:
    "Acting Defense Secretary Christopher Miller ..., after Trump fired Esper and installed
    Miller in his place" (step 1 ran before the title step had remembered the name)."""
    toks = doc.toks
    s = doc.sents[si]
    u = 0
    while u < len(units):
        k = units[u]
        t = toks[k]
        if k in covered or t.punct or not _may_start_local(doc, t):
            u += 1
            continue
        m = _local_match(doc, units, u)
        if m is None:
            u += 1
            continue
        n, off, eid, pref = m
        lo, hi = k, units[u + n - 1] + 1
        if any(x in covered for x in range(lo, hi)) or doc.etype(eid) != "Person" or \
                (n == 1 and not t.ar and _next_name_word(toks, hi, s.hi)) or \
                not any(o.eid == eid and o.hi <= lo for o in out):
            u += 1
            continue
        me = _ment_at(doc, si, lo, hi, eid, off=off, prefix=pref)
        out.append(me)
        for x in range(lo, hi):
            covered[x] = me
        u += n


def _en_body_run(doc: Doc, covered: dict[int, Mention], k: int, hi: int) -> int:
    """End of three or more capitalised words from *k* (the first may be a rank or
    office word: General, Supreme) that end with the head of a body's name ("General
    Intelligence Presidency"); *k* if there are none."""
    toks = doc.toks
    j = k
    while j < hi and j - k < 6 and j not in covered and toks[j].cap and not toks[j].ar and \
            not toks[j].punct and not toks[j].poss:
        j += 1
    if j < hi and (toks[j - 1].poss or (j in covered)):
        return k
    return j if j - k >= 3 and toks[j - 1].key in _EN_BODY_LAST else k


def _dateline_source(doc: Doc, k: int, e: int, lo: int, hi: int) -> bool:
    """Tokens k..e are the parenthesised source of a dateline: "BAGHDAD (Asharq Al-Awsat)
    -", "BEIRUT, March 3 (Al Jazeera) -"."""
    toks = doc.toks
    return k - lo <= 8 and k > lo and toks[k - 1].text == "(" and e < hi and \
        toks[e].text == ")" and any(toks[x].text.isupper() and toks[x].text.isalpha() and
                                    len(toks[x].text) > 2 for x in range(lo, k - 1))


# last words of English names of bodies (a capitalised run ending so is no person)
_EN_BODY_LAST = L.EN_ORG_HEADS | L.EN_MORE_ORG_HEADS | frozenset({
    "presidency", "staff", "judiciary", "court", "directorate", "secretariat"})
_EN_OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "channel", "broadcaster",
                              "website", "outlet", "network", "tv", "television"})
_EN_TIME_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "ramadan", "english", "arabic", "persian", "farsi", "kurdish",
    "turkish", "hebrew", "french", "total", "particular", "addition", "general",
    "short", "fact", "response", "public", "private", "person", "power", "office", "exile"})


# honorifics that are also part of a name inside it ("Lahur Sheikh Jangi")
_EN_NAME_HONORIFICS = frozenset({"sheikh", "shaikh", "sayyid", "sayed", "seyed", "mullah"})
_EN_ADJ_SUFFIXES = ("ist", "ists", "ful", "ite", "ites", "ive")
_LATIN_FIRST: dict[int, frozenset[str]] = {}


def _latin_first_name(doc: Doc, key: str) -> bool:
    """Whether *key* is the usual Latin spelling of an Arabic/Persian name word
    (names.yaml and the gazetteer's people)."""
    names = _LATIN_FIRST.get(id(doc.gaz))
    if names is None:
        names = frozenset(v.lower() for v in doc.gaz.ar_latin.values())
        _LATIN_FIRST[id(doc.gaz)] = names
    return key in names


def _name_word(doc: Doc, t: Tok) -> bool:
    """A word that may be inside a personal name (either script)."""
    if t.ar:
        return _is_ar_name_token(t, first=True, known=doc.gaz.ar_latin)
    return t.cap and not t.punct and t.key not in L.EN_NOT_NAME and \
        t.key not in L.EN_STOP and t.key not in L.EN_TITLE_FIRST and \
        t.key not in L.NATIONALITY and not t.poss


def _known_name_word(doc: Doc, t: Tok) -> bool:
    """A usual personal-name word (names.yaml / gazetteer people) written as a name."""
    if t.ar:
        return t.key in doc.gaz.ar_latin and _is_ar_name_token(t, first=True,
                                                               known=doc.gaz.ar_latin)
    return t.cap and not t.punct and t.key not in L.EN_NOT_NAME and \
        t.key not in L.EN_TITLE_FIRST and _latin_first_name(doc, t.key)


def _same_initial(doc: Doc, eid: str, word: str) -> bool:
    """Whether a Latin name of *eid* starts with the letter *word* starts with."""
    ent = doc.gaz.get(eid)
    names = [ent.name, *ent.aliases] if ent is not None else []
    return any(n[:1].lower() == word[:1].lower() for n in names if n and n.isascii())


def _single_place(covered: dict[int, Mention], x: int) -> Mention | None:
    """The one-word known place/country mention at token *x*, if any."""
    m = covered.get(x)
    if m is not None and m.etype in ("Location", "Country") and m.kind == "name" and \
            m.hi - m.lo == 1 and not m.in_title:
        return m
    return None


def _org_with_place(doc: Doc, covered: dict[int, Mention], out: list[Mention], k: int,
                    e: int, lo: int, hi: int, surface: str) -> tuple[int, int, str]:
    """Widen an English organisation name over a known place written inside it: a place
    just before it ("Kurdistan Regional Government") or after "of"/"in" ("Patriotic Union
    of Kurdistan", "Islamic Resistance in Iraq"). The place mention is dropped."""
    toks = doc.toks
    drop = []
    before = _single_place(covered, k - 1) if k - 1 >= lo else None
    if before is not None and toks[k - 1].cap and not toks[k - 1].poss:
        drop.append(before)
        k = before.lo
    if e + 1 < hi and toks[e].key in ("of", "in"):
        after = _single_place(covered, e + 1)
        if after is not None and (toks[e].key == "of" or after.etype == "Country") and \
                (e + 2 >= hi or not toks[e + 2].cap or toks[e + 2].punct):
            drop.append(after)
            e = after.hi
    for m in drop:
        if m in out:
            out.remove(m)
        for x in range(m.lo, m.hi):
            covered.pop(x, None)
    if drop:
        surface = doc.text[toks[k].start:toks[e - 1].end]
    return k, e, surface


def _surname_after(doc: Doc, covered: dict[int, Mention], jn: int, ne: int,
                   hi: int) -> Mention | None:
    """The one-word person mention (a surname) right after the name words jn..ne."""
    if ne <= jn or ne >= hi or any(x in covered for x in range(jn, ne)):
        return None
    m = covered.get(ne)
    if m is None or m.lo != ne or m.hi != ne + 1 or m.etype != "Person" or m.kind != "name":
        return None
    return m


def _name_with_surname(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
                       jn: int, ne: int, sur: Mention) -> Mention:
    """Join name words jn..ne and the surname mention *sur* into one person: the same
    person when the first name fits them (rapidfuzz on the full name), else a new one."""
    toks = doc.toks
    surface = doc.text[toks[jn].start:sur.end]
    first = core_tokens(doc.text[toks[jn].start:toks[jn].end])
    last = core_tokens(doc.text[toks[sur.lo].start:sur.end])
    same = doc.gaz.fuzzy_person(first + last, {sur.eid}, types=("Person",)) == sur.eid
    if not same and sur.eid in doc.new_entities:
        ent = doc.new_entities[sur.eid]
        same = any(core_tokens(n)[:1] == first for n in [ent["name"]] + ent["aliases"]
                   if core_tokens(n))
    eid = sur.eid if same else _resolve_name(doc, surface, "Person")
    if sur in out:
        out.remove(sur)
    me = _ment_at(doc, si, jn, sur.hi, eid)
    me.prefix = sur.prefix if jn == sur.lo else ""
    out.append(me)
    for x in range(jn, sur.hi):
        covered[x] = me
    return me


def _skip_definite_body(doc: Doc, covered: dict[int, Mention], j: int, hi: int) -> int:
    """After an Arabic title: skip the body it belongs to when a personal name follows --
    definite words, common nouns and their complement, "في" + a known body or place
    ("رئيس الاتحاد الوطني الكوردستاني، X", "مسؤول العلاقات الإعلامية في «حزب الله» X",
    "وزير ... في حكومة إقليم كوردستان، X") -- and an optional comma; else *j*."""
    toks = doc.toks
    k0 = toks[j].key
    unit = _unit_noun(doc, j, hi)
    if not toks[j].ar or not (k0.startswith(("ال", "لل")) or k0 == "في" or unit):
        return j  # the usual case: the name (or nothing) follows the title directly
    x, n = j, 0
    while x < hi and n < 6:
        t = toks[x]
        if x in covered:
            m = covered[x]
            if m.lo == x and m.etype in ("Organization", "Country", "Location", "Outlet"):
                x, n = m.hi, n + 1
                continue
            break
        if t.punct:
            if t.text in QUOTES:
                x += 1
                continue
            break
        if not t.ar or t.key in L.AR_TITLE_FIRST:
            break
        construct_before = x > j and toks[x - 1].ar and not toks[x - 1].key.startswith("ال") \
            and (toks[x - 1].key in L.AR_COMMON_NOUNS or _possessed_noun(toks[x - 1].key))
        if t.key.startswith(("ال", "وال")) or t.key == "في" or t.key in L.AR_COMMON_NOUNS or \
                _possessed_noun(t.key) or construct_before or (x == j and unit) or (
                    t.key.startswith("لل") and len(t.key) > 4):
            x, n = x + 1, n + 1  # "للطاقة الذرية": a genitive complement of the body
            continue
        break
    if x == j or x >= hi or (x - j < 2 and toks[j].key != "في"):
        return j
    comma = toks[x].text in (",", "،")
    if comma:
        x += 1
    if x >= hi or x in covered or not toks[x].ar:
        return j
    ne = _ar_name_span(doc, x, hi)
    if ne - x < 2 or not (toks[x].key in doc.gaz.ar_latin or toks[ne - 1].key.endswith("ي")
                          or ne in covered or
                          (comma and ne < hi and toks[ne].text in (",", "،"))):
        return j  # a usual first name, a family name in -ي, or "، X Y،" marks a name
    return x


def _unit_noun(doc: Doc, j: int, hi: int) -> bool:
    """An indefinite feminine noun in construct with a definite word after a title: the
    unit the official belongs to ("مسؤول وحدة الارتباط ...", "رئيس لجنة الأمن ..."), no
    first name (a usual given name is not taken for one)."""
    toks = doc.toks
    t = toks[j]
    return t.ar and not t.punct and t.key.endswith("ه") and not t.key.startswith("ال") and \
        t.key not in doc.gaz.ar_latin and t.key not in GN.ALL and j + 1 < hi and \
        toks[j + 1].ar and toks[j + 1].key.startswith("ال")


def _imperfect_verb(doc: Doc, t: Tok) -> bool:
    """A lone Arabic word of the imperfect verb shape يفعل / تفعل that is no known name
    word (يشغل، يقود، تضم)."""
    return t.ar and len(t.key) == 4 and t.key[:1] in ("ي", "ت") and \
        t.key not in doc.gaz.ar_latin and "ا" not in t.key[1:] and "و" not in t.key[1:3]


_HONORIFIC_AR = frozenset({"الامام", "السيد", "الشيخ", "الشهيد"})
_AR_EXTRA_CONSTRUCT = frozenset({"شوون", "تصريف", "اداره", "امانه"})


@lru_cache(maxsize=65536)
def _possessed_noun(key: str) -> bool:
    """A common noun with a possessive suffix ("مجلسه", "حكومتها"), or a construct noun
    outside the common-noun list ("شؤون")."""
    if key in _AR_EXTRA_CONSTRUCT:
        return True
    for suf in ("ها", "ه"):
        if key.endswith(suf) and len(key) > len(suf) + 2:
            base = key[: -len(suf)]
            if base.endswith("ت"):
                base = base[:-1] + "ه"
            if base in L.AR_COMMON_NOUNS:
                return True
    return False


def _construct_complement(doc: Doc, covered: dict[int, Mention], out: list[Mention],
                          si: int, j: int, hi: int) -> int:
    """After a construct noun of a title at *j*: skip its genitive complement (one word,
    linked as a place when it is a known place in another spelling, e.g. كوردستان) and the
    definite words that continue the phrase; returns where the name may start. Nothing is
    skipped unless a name can follow."""
    toks = doc.toks
    t = toks[j]
    if j in covered or not t.ar or t.punct or t.key in L.AR_TITLE_FIRST or \
            t.key in L.AR_COMMON_NOUNS or _possessed_noun(t.key):
        return j  # another construct noun: the title loop takes it
    if t.key.startswith("ال"):
        e = j + 1
    else:
        e = j + 1
        person_next = e in covered and covered[e].lo == e and covered[e].etype == "Person"
        if _is_ar_name_token(t, first=True, known=doc.gaz.ar_latin) and not person_next and (
                e >= hi or not toks[e].ar or e in covered or
                not _is_ar_name_token(toks[e], first=True, known=doc.gaz.ar_latin)):
            return j  # "رئيس حكومة X الكاظمي"? only one name word follows: keep it a name
    while e < hi and e not in covered and toks[e].ar and toks[e].key.startswith("ال") and \
            e - j < 3:
        e += 1  # "تصريف الأعمال", "الأمن الوطني"
    if e >= hi or not toks[e].ar or toks[e].punct:
        return j
    if not t.key.startswith("ال") and e == j + 1:
        place = doc.gaz.fuzzy_person([strip_article_ar(t.key)], doc.mentioned_ids(),
                                     types=("Location", "Country"))
        if place is not None:
            me = _ment_at(doc, si, j, j + 1, place)
            out.append(me)
            covered[j] = me
    return e


_AR_FUZZY_CACHE: dict[tuple[int, str], tuple[int, str, str] | None] = {}


def _ar_fuzzy(gaz: Gazetteer, key: str, stems: tuple) -> tuple[int, str, str] | None:
    """(offset, stem, id) of a known person spelled differently in Arabic, cached per word."""
    ck = (id(gaz), key)
    if ck in _AR_FUZZY_CACHE:
        return _AR_FUZZY_CACHE[ck]
    res = None
    forms_ = [key] + [st for _o, st in stems] + [st for _n, st in proclitic_splits(key)]
    if not any(f in L.AR_STOP or f in L.AR_COMMON_VERBS or f in L.AR_TITLE_FIRST or
               f in L.AR_COMMON_NOUNS or ("ال" + f) in L.AR_TITLE_FIRST for f in forms_):
        for off, stem in stems:
            if len(stem) < 4:
                continue
            eid = gaz.fuzzy_arabic_token(stem)
            if eid:
                res = (off, stem, eid)
                break
    if len(_AR_FUZZY_CACHE) > 200_000:
        _AR_FUZZY_CACHE.clear()
    _AR_FUZZY_CACHE[ck] = res
    return res


# Arabic organisation heads that English names translate and put last ("تحالف الفتح" ->
# "Fatah Alliance"); militia heads (كتائب، عصائب، حركة ...) stay transliterated in English
AR_HEAD_EN = {L.fold_ar(k).replace("اا", "ا"): v for k, v in {
    "تحالف": "Alliance", "ائتلاف": "Coalition", "حزب": "Party", "تيار": "Movement",
    "منظمة": "Organization", "منظمه": "Organization", "جبهة": "Front"}.items()}


def _ar_org_english(doc: Doc, surface: str, head: str) -> str:
    """Id of an Arabic-named organisation under its usual English form (name words
    transliterated, then the translated head): the same id as the English spelling in
    another article of the run."""
    words = [w for w in surface.split() if w not in QUOTES]
    names = [transliterate_ar(w, doc.gaz.ar_latin) for w in words[1:]]
    names = [n[3:] if n.lower().startswith("al-") else n for n in names]
    names = [n[:1].upper() + n[1:] for n in names if n]
    if not names:
        return doc.new_entity("Organization", surface, [strip_article_ar(x) for x in words])
    latin = " ".join(names + [AR_HEAD_EN[head]])
    eid = doc.new_entity("Organization", latin, core_tokens(latin))
    doc._add_alias(eid, surface)
    return eid


def _paren_acronym(doc: Doc, e: int, hi: int) -> tuple[int, int] | None:
    """After a described body, up to three adjectives then "(ACRONYM)": (end, token)."""
    toks = doc.toks
    x = e
    while x < hi and x - e < 3 and toks[x].ar and (_is_adjective(toks[x].key) or
                                                    toks[x].key in L.NATIONALITY):
        x += 1
    if x + 2 < hi and toks[x].text == "(" and toks[x + 2].text == ")" and toks[x + 1].ar \
            and not toks[x + 1].punct and len(toks[x + 1].key) >= 3:
        return x + 3, x + 1
    return None


CAPITALS = {  # country id -> the capital's name (its gazetteer id is looked up)
    "country:iraq": "Baghdad", "country:iran": "Tehran", "country:united-states": "Washington",
    "country:syria": "Damascus", "country:lebanon": "Beirut", "country:saudi-arabia": "Riyadh",
    "country:turkey": "Ankara", "country:jordan": "Amman", "country:egypt": "Cairo",
    "country:qatar": "Doha", "country:united-arab-emirates": "Abu Dhabi",
    "country:russia": "Moscow", "country:united-kingdom": "London", "country:france": "Paris",
    "country:germany": "Berlin", "country:china": "Beijing", "country:yemen": "Sanaa",
    "country:israel": "Jerusalem", "country:afghanistan": "Kabul",
    "country:pakistan": "Islamabad", "country:kuwait": "Kuwait City"}
def capital_id(gaz, country: str) -> str | None:
    """The gazetteer id of *country*'s capital (None if the gazetteer lacks it)."""
    name = CAPITALS.get(country)
    if not name:
        return None
    toks = tuple(name.lower().split())
    for eid, _s, _a in gaz.exact.get(toks, ()):
        return eid
    return None


_AR_INSTITUTIONS = {L.fold_ar(k): v for k, v in {
    "البرلمان": "Parliament", "الجيش": "Army", "الشرطة": "Police", "البحرية": "Navy",
    "الكونغرس": "Congress", "الكونجرس": "Congress"}.items()}
_EN_INSTITUTIONS = {"parliament": "Parliament", "army": "Army", "police": "Police",
                    "navy": "Navy", "congress": "Congress"}
_EN_NATIONALITY = {"country:iraq": "Iraqi", "country:iran": "Iranian",
                   "country:united-states": "US", "country:syria": "Syrian",
                   "country:lebanon": "Lebanese", "country:saudi-arabia": "Saudi",
                   "country:turkey": "Turkish", "country:israel": "Israeli",
                   "country:jordan": "Jordanian", "country:egypt": "Egyptian",
                   "country:russia": "Russian", "country:united-kingdom": "British",
                   "country:france": "French", "country:germany": "German",
                   "country:yemen": "Yemeni", "country:kuwait": "Kuwaiti",
                   "country:qatar": "Qatari"}
_AR_ADMIN_HEADS = frozenset(L.fold_ar(w) for w in (
    "محافظة", "محافظه", "مدينة", "مدينه", "قضاء", "ناحية", "ناحيه", "بلدة", "بلده", "ولاية",
    "ولايه"))
@lru_cache(maxsize=100_000)
def _admin_head(stems: tuple) -> bool:
    return any(st in _AR_ADMIN_HEADS for _o, st in stems)


_EN_GROUP_NOUNS = frozenset({"factions", "militias", "groups", "militiamen", "paramilitaries"})
_EN_SITE_WORDS = frozenset({"air", "airbase", "airfield", "airport", "base", "camp"})
_AR_TAHALUF = L.fold_ar("تحالف")
_EN_COALITION_NOT = frozenset({"government", "governments", "partner", "partners", "talks",
                               "parties", "party", "deal", "agreement", "cabinet", "bloc"})
_AR_INTERNATIONAL = frozenset(L.fold_ar(w) for w in ("الدولي", "الدولية"))
_EN_FIELD_WORDS = frozenset({"political", "bureau", "military", "security", "media",
                             "foreign", "relations", "executive", "council", "wing", "shura",
                             "operations", "intelligence", "press", "external"})
_EN_FORCE_WORDS = frozenset({"forces", "troops", "army", "military", "soldiers"})
_EN_GROUP_SINGULAR = frozenset({"group", "movement", "militia", "organization", "organisation",
                                "faction", "party", "alliance", "coalition"})
_EN_LOWER_ORG_HEADS = frozenset({"coalition", "alliance", "bloc", "movement", "party", "front",
                                 "brigades", "militia"})
_EN_LOWER_PLACE_HEADS = frozenset({"airbase", "airfield", "airport", "base", "camp",
                                   "crossing", "square", "compound", "refinery"})


def _group_antecedent(doc: Doc, noun: str) -> str | None:
    """The organisation most recently named with *noun* as its last word ("Iran-backed armed
    factions" for "the factions"), else None."""
    for m in reversed(doc.ments):
        if m.etype == "Organization" and m.kind == "name":
            words = doc.text[m.start:m.end].lower().split()
            if words and words[-1] == noun:
                return m.eid
    return None


def _known_english(doc: Doc, eid: str) -> str | None:
    e = doc.gaz.get(eid)
    if e is not None:
        return e.name
    ne = doc.new_entities.get(eid)
    return ne["name"] if ne else None


_AR_SITE_HEADS = {L.fold_ar(k): v for k, v in {
    "قاعدة": "Base", "مطار": "Airport", "ساحة": "Square", "معبر": "Crossing", "سجن": "Prison",
    "مخيم": "Camp", "جسر": "Bridge", "مستشفى": "Hospital", "حي": "", "قرية": "",
    "منطقة": ""}.items()}
_AR_SITE_NOT_NAME = frozenset(L.fold_ar(w) for w in (
    "أخرى", "أخرى", "آخر", "ثانية", "ثاني", "جديدة", "جديد", "كبيرة", "كبير", "صغيرة", "صغير",
    "قريبة", "قريب", "قديمة", "قديم", "واحدة", "واحد", "مهمة", "رئيسة", "سابقة", "تابعة",
    "مجاورة", "حدودية", "واسعة", "جوية", "عسكرية", "أمنية", "هذه", "تلك", "ذلك"))
_AR_SITE_ADJ = frozenset(L.fold_ar(w) for w in (
    "الدولي", "الجوية", "الجوي", "العسكرية", "العسكري", "الحدودي", "الحدودية", "المركزي"))


def _head_positions(doc: Doc, s) -> list[int]:
    """Arabic tokens of sentence *s* whose first stem is a head noun used by steps 4e-4h
    (bodies, sites, outlets, regions), cached per token text."""
    toks = doc.toks
    if not toks[s.lo].ar:
        return []
    known = _HEAD_TOKEN
    out = []
    for k in range(s.lo, s.hi):
        t = toks[k]
        hit = known.get(t.text)
        if hit is None:
            hit = bool(t.ar and not t.punct and t.stems and t.stems[0][1] in _ALL_AR_HEADS)
            if len(known) > 200_000:
                known.clear()
            known[t.text] = hit
        if hit:
            out.append(k)
    return out


def _ar_sites(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
              heads_at: list[int]) -> None:
    """Step 4g of ``find_mentions``: a site noun + one name word (or a known place)."""
    s = doc.sents[si]
    toks = doc.toks
    for k in heads_at:
        if k >= s.hi - 1:
            continue
        t = toks[k]
        if not t.ar or t.punct or k in covered or not t.stems:
            continue
        off, head = t.stems[0]
        if head not in _AR_SITE_HEADS or t.key[off:].startswith("ال"):
            continue
        n = toks[k + 1]
        if not n.ar or n.punct:
            continue
        suffix = _AR_SITE_HEADS[head]
        e = k + 2
        inner = covered.get(k + 1)
        if inner is not None:
            if inner.lo != k + 1 or inner.etype != "Location" or not suffix:
                continue
            name = _known_english(doc, inner.eid)  # "مطار أربيل" -> Erbil Airport
            if name is None:
                continue
            e = inner.hi
        else:
            nk = n.key
            if len(nk) < 3 or nk in L.AR_STOP or nk in L.NATIONALITY or _is_adjective(nk) or \
                    nk in _AR_SITE_NOT_NAME or \
                    nk in L.AR_QUALIFIERS or nk in L.AR_COMMON_NOUNS or _may_title(n) or \
                    strip_article_ar(nk) in L.AR_COMMON_NOUNS or _accusative(n.text) or \
                    _imperfect_verb(doc, n) or nk.endswith(("ته", "تها", "هم", "يه", "يين",
                                                             "يون")) or \
                    (nk.endswith("ي") and len(nk) > 4):
                continue  # "قاعدة عسكرية": an adjective, no name
            name = transliterate_ar(n.text, doc.gaz.ar_latin)
            if name.lower().startswith("al-"):
                name = name[3:]
            name = name[:1].upper() + name[1:]
        while e < s.hi and toks[e].ar and toks[e].key in _AR_SITE_ADJ:
            e += 1  # "الدولي", "الجوية": part of the site's name
        latin = f"{name} {suffix}".strip()
        eid = doc.new_entity("Location", latin, core_tokens(latin))
        doc._add_alias(eid, doc.text[t.start + off:toks[e - 1].end])
        if inner is not None and inner in out:
            out.remove(inner)
        me = _ment_at(doc, si, k, e, eid, off=off, prefix=t.key[:off])
        out.append(me)
        for x in range(k, e):
            covered[x] = me


_IQLIM = L.fold_ar("إقليم")
_AR_OUTLET_NOUNS = frozenset(L.fold_ar(w) for w in ("صحيفة", "وكالة", "قناة", "شبكة", "إذاعة"))
_AR_SAME = frozenset(L.fold_ar(w) for w in ("ذاتها", "نفسها", "ذاته", "نفسه"))
_HEAD_TOKEN: dict[str, bool] = {}
_EN_OUTLET_REF = frozenset({"newspaper", "paper", "agency", "channel", "broadcaster",
                            "daily", "website"})


def _fuzzy_place(doc: Doc, t: Tok) -> str | None:
    """A known place or country spelled otherwise ("كوردستان" ~ كردستان); not an
    adjective (كوردستاني)."""
    if not t.ar or t.punct or len(t.key) < 4 or t.key.endswith(("ي", "يه")):
        return None
    return doc.gaz.fuzzy_person([strip_article_ar(t.key)], doc.mentioned_ids(),
                                types=("Location", "Country"))


def _translated_bodies(doc: Doc, si: int, covered: dict[int, Mention],
                       out: list[Mention], heads_at: list[int]) -> None:
    """Step 4f of ``find_mentions`` (see ``arabic_bodies``)."""
    s = doc.sents[si]
    toks = doc.toks
    for k in heads_at:
        if k >= s.hi - 1:
            break
        t = toks[k]
        if k in covered:
            continue
        off, head = t.stems[0]
        if head not in AB.HEADS or t.key[off:].startswith("ال"):
            continue  # a definite head (الحكومة) is a common noun
        words: list[tuple[str, str | None]] = []
        ends: list[int] = []
        x = k + 1
        while x < s.hi and len(words) < 6:
            tx = toks[x]
            if not tx.ar or tx.punct:
                break
            cm = covered.get(x)
            if cm is not None:
                if cm.lo != x or cm.etype not in ("Location", "Country"):
                    break
                name = _known_english(doc, cm.eid)
                if name is None:
                    break
                words.append((tx.key, name))
                x = cm.hi
                ends.append(x)
                continue
            stem, _definite, _of = AB.split_word(tx.key)
            if stem == _IQLIM and not tx.key.startswith(("ال", "لل")) and x + 1 < s.hi:
                place = _fuzzy_place(doc, toks[x + 1])
                name = _known_english(doc, place) if place else None
                if name is not None and name.endswith(" Region"):
                    words.append((tx.key, name))  # "إقليم كوردستان": Kurdistan Region
                    x += 2
                    ends.append(x)
                    continue
            if stem in _AR_ANAPHOR_HEADS and tx.key.startswith(("ال", "لل")) and \
                    stem == L.fold_ar("إقليم"):
                ante = _ar_head_antecedent(doc, out, stem, x)
                name = _known_english(doc, ante) if ante else None
                if name is None:
                    break
                words.append((tx.key, name))  # "حكومة الإقليم": the region named before
                x += 1
                ends.append(x)
                continue
            if tx.key in L.NATIONALITY or stem in AB.NOUNS or stem in AB.ADJECTIVES:
                words.append((tx.key, None))
                x += 1
                ends.append(x)
                continue
            break
        latin = None
        while words and latin is None:
            latin = AB.translate(head, words)
            if latin is None:
                words.pop()  # the longest prefix that translates
                ends.pop()
        if latin is None:
            continue
        e = ends[-1]
        eid = doc.new_entity("Organization", latin, core_tokens(latin))
        doc._add_alias(eid, doc.text[toks[k].start + off:toks[e - 1].end])
        for x in range(k + 1, e):
            if x in covered:
                old = covered[x]
                if old in out:
                    out.remove(old)
        me = _ment_at(doc, si, k, e, eid, off=off, prefix=t.key[:off])
        out.append(me)
        for x in range(k, e):
            covered[x] = me


_AR_ANAPHOR_HEADS = frozenset(L.fold_ar(w) for w in (
    "كتائب", "حزب", "هيئة", "حركة", "منظمة", "تحالف", "ائتلاف", "تيار", "جبهة", "إقليم",
    "فيلق", "عصائب", "سرايا", "تنظيم"))


_ALL_AR_HEADS = frozenset(AB.HEADS) | _AR_ANAPHOR_HEADS | frozenset(_AR_SITE_HEADS) | \
    _AR_OUTLET_NOUNS


def _ar_head_antecedent(doc: Doc, out: list[Mention], head: str, k: int) -> str | None:
    """The body or region most recently named (this sentence before token *k*, else
    earlier) whose name begins with the noun *head*."""
    toks = doc.toks
    cur = sorted((m for m in out if m.hi <= k), key=lambda m: m.lo)
    for m in itertools.chain(reversed(cur), reversed(doc.ments)):
        if m.kind != "name" or m.etype not in ("Organization", "Location") or m.hi - m.lo < 2:
            continue
        t0 = toks[m.lo]
        if t0.ar and (t0.key == head or any(st == head for _o, st in t0.stems)):
            return m.eid
    return None


_ACRONYM_SKIP = frozenset({"of", "the", "in", "and", "for", "al", "el", "-"})


def _acronym_of(doc: Doc, out: list[Mention], acro: str) -> str | None:
    """An organisation named in full in this article (or earlier in the run) whose
    initials are *acro* ("KRG" -> Kurdistan Regional Government, "PUK" -> Patriotic Union
    of Kurdistan)."""
    acro = acro.upper()
    names: list[tuple[str, str]] = []
    toks = doc.toks
    for m in itertools.chain(reversed(out), reversed(doc.ments)):
        if m.etype == "Organization" and m.kind == "name" and not toks[m.lo].ar:
            names.append((m.eid, doc.text[m.start:m.end]))
    for eid, ent in doc.session.get("ents", {}).items():
        if ent.get("type") == "Organization":
            names.append((eid, ent.get("name", "")))
    for eid, name in names:
        words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _ACRONYM_SKIP]
        if len(words) == len(acro) and "".join(w[0] for w in words).upper() == acro:
            if eid not in doc.new_entities and eid in doc.session.get("ents", {}):
                doc.new_entities[eid] = dict(doc.session["ents"][eid])
            return eid
    return None


def _org_short_ref(doc: Doc, out: list[Mention], words: list[str]) -> str | None:
    """An organisation named before (in full, two words or more) whose name ends or
    begins with *words* (English keys)."""
    if not words:
        return None
    toks = doc.toks
    n = len(words)
    # the Latin multi-word bodies and sites named so far (kept up to date as ments grows)
    cache = doc.__dict__.setdefault("_affix", [0, []])
    if cache[0] != len(doc.ments):
        for m in doc.ments[cache[0]:]:
            if m.kind == "name" and m.etype in ("Organization", "Location") and \
                    m.hi - m.lo >= 2 and not toks[m.lo].ar:
                cache[1].append(m)
        cache[0] = len(doc.ments)
    cands = [m for m in out if m.kind == "name" and m.etype in ("Organization", "Location")
             and m.hi - m.lo >= 2 and not toks[m.lo].ar]
    for m in itertools.chain(reversed(cands), reversed(cache[1])):
        full = [toks[x].key for x in range(m.lo, m.hi)
                if not toks[x].punct and toks[x].key not in ("al", "el", "-")]
        if m.etype == "Location":
            # "K1" after "the K1 air base": a site's name without its head
            if len(full) > n and full[:n] == words and full[n] in _EN_SITE_WORDS:
                return m.eid
            continue
        if len(full) > n and (full[-n:] == words or full[:n] == words):
            return m.eid
    return None


def normalize_word(w: str) -> str:
    from loaders.textnorm import normalize

    return normalize(w)


def _before_is_the(doc: Doc, covered: dict[int, Mention], b: int, lo: int) -> bool:
    start = covered[b].lo if b in covered else b
    return start > lo and doc.toks[start - 1].key == "the"


def _is_adjective(key: str) -> bool:
    """Arabic relative adjectives (nisba) like المسلحة / الأمريكية end in ية/ي with ال."""
    return key.startswith("ال") and (key.endswith("يه") or key.endswith("ي")) and len(key) > 5


_AR_AKA = frozenset(L.fold_ar(w) for w in ("المعروف", "الملقب", "المكنى", "المعروفة"))


def _ar_name_before(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
                    k: int) -> Mention | None:
    """An Arabic name of two or three words right before "، <title at k>", not known yet
    (the title is its apposition)."""
    s = doc.sents[si]
    toks = doc.toks
    c = k - 1
    if c <= s.lo or toks[c].text not in ("،", ",") or c in covered:
        return None
    q = c
    while q - 1 >= s.lo and c - q < 3 and (q - 1) not in covered and \
            _is_ar_name_token(toks[q - 1], first=False, known=doc.gaz.ar_latin):
        q -= 1
    while q < c and not _is_ar_name_token(toks[q], first=True, known=doc.gaz.ar_latin):
        q += 1  # the first word must be able to start a name ("وقتل" cannot)
    if c - q < 2 or _ar_name_span(doc, q, c) != c:
        return None
    first = toks[q].key
    if first[:1] in "بلك" and first not in doc.gaz.ar_latin:
        return None  # "المعروف بأبي علي، ...": a preposition, not a name
    if q - 1 >= s.lo and toks[q - 1].key in _AR_AKA:
        return None  # a nickname ("المعروف X") is left to the known-as pass
    surface = doc.text[toks[q].start:toks[c - 1].end]
    eid = _resolve_name(doc, surface, "Person")
    me = _ment_at(doc, si, q, c, eid)
    out.append(me)
    for x in range(q, c):
        covered[x] = me
    return me


def _attach_role(doc: Doc, m: Mention, tlo: int, role: str, role_org: str | None,
                 role_nat: str | None, qual: str | None, in_title: list[Mention]) -> None:
    m.tlo = min(m.tlo, tlo) if m.tlo >= 0 else tlo
    m.role, m.role_org, m.role_nat, m.qual = role, role_org, role_nat, qual
    for im in in_title:
        im.in_title = True
    if role_org and role in ("lead", "head_state"):
        doc.leaders.setdefault(role_org, []).append((m.eid, qual))
    # Arabic proclitic on the title's first token applies to the whole phrase (برئيس الوزراء)
    t = doc.toks[tlo]
    if t.ar and t.stems and len(t.stems) > 1 and not m.prefix:
        for off, st in t.stems[1:]:
            if st in L.AR_TITLE_FIRST or ("ال" + st) in L.AR_TITLE_FIRST:
                m.prefix = t.key[: len(t.key) - len(st)] if off else ""
                if m.prefix.endswith("ال"):
                    m.prefix = m.prefix[:-2]
                break


def _resolve_name(doc: Doc, surface: str, etype: str) -> str:
    """Known entity (tolerant to spelling/script), else a new id."""
    toks = core_tokens(surface)
    if len(toks) > 2 and etype == "Person":
        toks = [t for t in toks if len(t) > 1] or toks  # middle initials ("Lloyd J. Austin")
    eid = doc.gaz.fuzzy_person(toks, doc.mentioned_ids(), types=(etype,))
    if eid:
        return eid
    # a surname alone after a full name earlier in the document
    if len(toks) == 1:
        sk = token_skeleton(toks[0])
        for m in reversed(doc.ments):
            if m.etype == etype and m.eid in doc.new_entities:
                ent = doc.new_entities[m.eid]
                names = [ent["name"]] + ent["aliases"]
                if any(token_skeleton(core_tokens(n)[-1]) == sk for n in names if
                       core_tokens(n)):
                    return m.eid
    if etype == "Person" and len(toks) == 2 and toks[0] in _HAJJ:
        toks = toks[1:]  # "Hajj Qassem": the honorific and a given name
    if len(toks) == 1 and etype == "Person":
        full = _given_name_full(doc, strip_article_ar(toks[0]) if is_arabic(toks[0])
                                else toks[0])
        if full is not None:
            return full  # "الحاج قاسم" in an article naming "قاسم سليماني"
    short = _short_name(surface) if etype == "Person" and len(toks) >= 4 else None
    if etype == "Person" and len(toks) == 3 and len(surface.split()) == 3 and (
            doc.gaz.fuzzy_person(toks[1:], None, types=("Person",)) is not None or
            ("Person", token_skeleton(toks[0]) + token_skeleton(toks[2])) in
            doc.session.get("skel", {})):
        # "علي هادي العامري": first name + the father's known name -> "Ali al-Amiri";
        # "بافل جلال طالباني" after "بافل طالباني" in the run: the same person
        words = surface.split()
        short = words[0] + " " + words[2]
    if short is not None:
        # "Ahmed Mohsen Faraj al-Hamidawi" (first name, father, grandfather, family name)
        # is known as "Ahmed al-Hamidawi": same id as an article using the short form
        stoks = core_tokens(short)
        eid = doc.gaz.fuzzy_person(stoks, doc.mentioned_ids(), types=(etype,)) or \
            doc.new_entity(etype, short, stoks)
        doc._add_alias(eid, surface)
        doc.remember(eid, stoks)
        doc.remember(eid, toks)
        return eid
    eid = doc.new_entity(etype, surface, toks)
    doc.remember(eid, toks)
    return eid


_HAJJ = frozenset({"hajj", "haj", "hajji", "haji", "حاج", "الحاج"})


def _given_name_full(doc: Doc, key: str) -> str | None:
    """The one known person the article names in full with the given name *key* ("قاسم"
    -> "قاسم سليماني"), looked up anywhere in the article; None if none or several."""
    latin = not is_arabic(key)
    if (not latin and key not in GN.ALL) or (latin and (key in L.EN_NOT_NAME or
                                                        key in L.EN_STOP)):
        return None
    toks = doc.toks
    found: set[str] = set()
    for i in range(len(toks) - 1):
        t = toks[i]
        if t.key != key or t.ar == latin or toks[i + 1].ar == latin or toks[i + 1].punct or \
                (latin and not toks[i + 1].cap):
            continue
        nxt = toks[i + 1]
        eid = doc.gaz.fuzzy_person(core_tokens(f"{t.text} {nxt.text}"), doc.mentioned_ids(),
                                   types=("Person",))
        if eid is not None:
            found.add(eid)
    return next(iter(found)) if len(found) == 1 else None


_KUNYA = frozenset({"abu", "umm", "ابو", "ام", "ابي"})
_KUNYA_FIRST = frozenset({"abu ", "umm "})  # first 4 letters of new ids' Latin names
_ABD = frozenset({"abd", "abdul", "abdel", "عبد"})


def _short_name(surface: str) -> str | None:
    """First name + family name of a chained Arabic name of four parts or more (None for
    a kunya, a "bin" chain, or when the family name is not marked: no al-/ال, no -i/ي)."""
    words = surface.replace("\u200f", "").split()
    if len(words) < 4:
        return None
    keys = [normalize_word(w) for w in words]
    if keys[0] in _KUNYA or keys[0] in _ABD or any(
            k in ("bin", "ibn", "bint", "بن", "ابن", "بنت", "الله", "الدين", "allah", "din")
            for k in keys):
        return None  # kunya, "bin" chains, compounds (عبد الأمير، يار الله، صفي الدين)
    if sum(1 for k in keys if k not in ("al", "el", "ال", "آل", "ال")) < 4:
        return None  # "محمد كاظم آل صادق": three parts
    first = 1
    last = words[-1]
    if len(words) >= 2 and keys[-2] in ("al", "el", "آل", "ال"):
        last = words[-2] + " " + last
    lk = normalize_word(last)
    if not (lk.startswith(("al-", "el-", "al ", "ال")) or lk.endswith(("awi", "اوي"))):
        return None  # "غلام حسين محسني إجئي": a Persian compound name, not a chain
    return " ".join(words[:first] + [last])


def resolve_description(doc: Doc, si: int, role: str | None, role_org: str | None,
                        role_nat: str | None, qual: str | None, at_tok: int) -> str | None:
    """The person a title/description used without a name refers to, from the document so
    far (and gazetteer hints: who leads what, who succeeded whom). ``None`` if unsure."""
    gaz = doc.gaz

    def recent() -> Iterator[Mention]:
        """People mentioned before *at_tok*, latest first (lazily: long articles)."""
        return (m for m in reversed(doc.ments) if m.etype == "Person" and m.lo < at_tok)

    if role_org and role in ("lead", "head_state"):
        mentioned = list(dict.fromkeys(m.eid for m in recent()))
        cands = [p for p, _q in doc.leaders.get(role_org, [])]
        cands += [e for e in mentioned if role_org in getattr(gaz.get(e), "leads", ())]
        cands = list(dict.fromkeys(cands))
        if not cands:
            # the gazetteer's leaders of that organisation: the latest one (or the earlier
            # one for "former"/"slain"/"late")
            known = [e for e in gaz.entries.values() if role_org in e.leads and
                     e.type == "Person"]
            if not known:
                return None
            preds = {e.successor_of for e in known if e.successor_of}
            latest = [e.id for e in known if e.id not in preds]
            older = [e.id for e in known if e.id in preds]
            if qual == "old" and older:
                return older[0]
            return latest[0] if len(latest) == 1 else None
        if len(cands) == 1:
            return cands[0]
        quals = dict((p, q) for p, q in doc.leaders.get(role_org, []) if q)
        succ = {c: getattr(gaz.get(c), "successor_of", None) for c in cands}
        newer = [c for c in cands if quals.get(c) == "new" or succ.get(c) in cands]
        older = [c for c in cands if quals.get(c) == "old" or c in succ.values()]
        if qual == "new" and newer:
            return newer[0]
        if qual == "old" and older:
            return older[0]
        if qual is None and newer:
            return newer[0]
        return next((e for e in mentioned if e in cands), cands[0])
    # "السفير الجديد" / "the new ambassador": the person the article introduced with the same
    # title (and the same new/former qualifier)
    here = set(_title_firsts(doc.toks[at_tok].key, doc.toks[at_tok].stems)) \
        if doc.toks[at_tok].ar else {doc.toks[at_tok].key}
    for m in recent():
        if m.sent < si - 6:
            break
        if m.kind != "name" or m.tlo < 0 or m.tlo >= m.lo:
            continue
        tt = doc.toks[m.tlo]
        there = set(_title_firsts(tt.key, tt.stems)) if tt.ar else {tt.key}
        same = {w[2:] if w.startswith("ال") else w for w in here} & \
            {w[2:] if w.startswith("ال") else w for w in there}
        if same and role == "plain" and (qual is None or m.qual in (None, qual)) and (
                not qual or m.qual == qual):
            return m.eid
    # generic: most recent person of the right nationality in this or the last 3 sentences
    office = _office_words(doc, at_tok) if role == "head_state" else None
    if role_nat and role != "head_state":
        # "the Iranian general": someone known to be Iranian before someone of no known
        # nationality named since
        for m in recent():
            if m.sent < si - 3:
                break
            if doc.country_of(m.eid) == role_nat:
                return m.eid
    for m in recent():
        if m.sent < si - 3:
            break
        if role_nat and doc.country_of(m.eid) and doc.country_of(m.eid) != role_nat:
            continue
        if role == "head_state" and role_nat is None and m.role not in ("head_state", None):
            continue
        if office and not _holds_office(doc, m.eid, office):
            continue  # "the premier" is not the president named last
        return m.eid
    return None


_PM_WORDS = frozenset({"premier", "prime", "pm"})
_PM_AR = frozenset({"الوزراء", "الحكومه", "الحكومة", "وزراء", "حكومه", "حكومة"})


def _office_words(doc: Doc, at_tok: int) -> str | None:
    """'pm' when the title at *at_tok* names a head of government ("the premier", "رئيس
    الوزراء"), 'president' for a head of state called president; else None."""
    t = doc.toks[at_tok]
    if not t.ar:
        if t.key in _PM_WORDS:
            return "pm"
        return "president" if t.key == "president" else None
    nxt = doc.toks[at_tok + 1].key if at_tok + 1 < len(doc.toks) else ""
    if t.key in ("رييس", "الرييس") and nxt in _PM_AR:
        return "pm"
    return None


def _holds_office(doc: Doc, eid: str, office: str) -> bool:
    """Can *eid* be called by that office? Unknown people and people without title hints
    can; a gazetteer person whose title hints do not name that office cannot."""
    e = doc.gaz.get(eid)
    if e is None or not e.titles:
        return True
    words = {w for t in e.titles for w in t.lower().split()}
    if office == "pm":
        return bool(words & _PM_WORDS)
    return "president" in words


def resolve_cataphora(doc: Doc) -> None:
    """A description with no antecedent ("The Iranian general and his entourage were killed
    ... after Soleimani landed") refers to the next person of that nationality named in the
    same or the next sentence."""
    for si, lo, hi, role, role_org, role_nat, qual in doc.pending:
        later = [m for m in doc.ments if m.etype == "Person" and m.kind == "name" and
                 (m.sent == si and m.lo >= hi or m.sent == si + 1)]
        later.sort(key=lambda m: (m.sent, m.lo))
        for m in later:
            c = doc.country_of(m.eid)
            if role_nat and c and c != role_nat:
                continue
            entry = doc.gaz.get(m.eid)
            if role_org and entry is not None and role_org not in entry.leads \
                    and role in ("lead", "head_state"):
                continue
            me = _ment_at(doc, si, lo, hi, m.eid, kind="desc")
            me.role, me.role_org, me.role_nat, me.qual = role, role_org, role_nat, qual
            doc.ments.append(me)
            doc.by_sent.setdefault(si, []).append(me)
            doc.by_sent[si].sort(key=lambda x: (x.lo, -x.hi))
            break


def _person_name_tokens(doc: Doc, eid: str) -> list[list[str]]:
    """Core tokens of the names of person *eid* (gazetteer or new in this run)."""
    ent = doc.gaz.get(eid)
    if ent is not None:
        names = [ent.name, *(ent.aliases or [])] + ([ent.name_ar] if ent.name_ar else [])
    elif eid in doc.new_entities:
        names = [doc.new_entities[eid]["name"], *doc.new_entities[eid]["aliases"]]
    else:
        names = []
    return [c for c in (core_tokens(n) for n in names) if c]


_KUNYA_CUES = ("Abu ", "Abou ", "Umm ", "أبو ", "ابو ", "أبي ", "ابي ", "أم ", "ام ")


def resolve_kunya(doc: Doc) -> None:
    """A person new to the gazetteer named by a kunya ("Abu Hussein al-Hamidawi") is the
    one person of the article named in full with the same family name ("Ahmad
    al-Hamidawi"): one id for both, the name the article introduces the person by (a
    gazetteer person's id always wins), the other name an alias."""
    if not doc.new_entities or not any(c in doc.text for c in _KUNYA_CUES):
        return  # no new person, or no kunya word in the article (the usual case)
    new = doc.new_entities
    seen: dict[str, None] = {}
    kunya = False
    for m in doc.ments:
        if m.etype == "Person" and m.kind == "name" and m.eid not in seen:
            seen[m.eid] = None
            ne = new.get(m.eid)
            if ne is not None and ne["name"][:4].lower() in _KUNYA_FIRST:
                kunya = True
    people = list(seen)
    if len(people) < 2 or not kunya:
        return  # no kunya among the new people (the usual case): nothing to do
    names: dict[str, list[list[str]]] = {}  # filled on demand

    def name_tokens(eid: str) -> list[list[str]]:
        if eid not in names:
            names[eid] = _person_name_tokens(doc, eid)
        return names[eid]

    for kid in people:
        if kid not in doc.new_entities or doc.gaz.get(kid) is not None:
            continue
        kun = [t for t in name_tokens(kid) if len(t) >= 3 and t[0] in _KUNYA]
        if not kun or any(t[0] not in _KUNYA for t in name_tokens(kid) if len(t) >= 2):
            continue
        fam = token_skeleton(kun[0][-1])
        if len(kun[0][-1]) < 4 or len(fam) < 2:
            continue
        cands = [eid for eid in people if eid != kid and any(
            len(t) >= 2 and t[0] not in _KUNYA and token_skeleton(t[-1]) == fam
            for t in name_tokens(eid))]
        if len(cands) != 1:
            continue
        target = cands[0]
        if doc.gaz.get(target) is None and people.index(kid) < people.index(target):
            kid, target = target, kid  # the name the article introduces them by is kept
        for m in doc.ments:
            if m.eid == kid:
                m.eid = target
        doc.mentions_changed()
        if target in doc.new_entities:
            for alias in [doc.new_entities[kid]["name"], *doc.new_entities[kid]["aliases"]]:
                doc._add_alias(target, alias)
        break  # one merge per article: ``people`` and ``names`` are stale now


_AKA_CUES = ("known as", "nicknamed", "dubbed", "called", "alias", "aka")


def resolve_aka(doc: Doc) -> None:
    """"<person>, known as / nicknamed / dubbed <new name>": the new name is an alias of the
    person named or described right before it (one id)."""
    low = doc.text.lower()
    if not any(w in low for w in _AKA_CUES):
        return  # the usual case: no cue in the article
    toks = doc.toks
    ends: dict[tuple[int, int], Mention] = {}
    for m in doc.ments:
        if m.etype == "Person":
            ends.setdefault((m.sent, m.hi), m)
    changed = False
    for n in doc.ments:
        if n.etype != "Person" or n.kind != "name" or doc.gaz.get(n.eid) is not None:
            continue
        x = n.lo - 1
        if x < 1 or toks[x].ar:
            continue
        if toks[x].key == "as" and toks[x - 1].key in ("known", "nicknamed", "dubbed", "called"):
            x -= 2
        elif toks[x].key in ("nicknamed", "dubbed", "alias", "aka"):
            x -= 1
        else:
            continue
        if x >= 0 and toks[x].text == ",":
            x -= 1
        m = ends.get((n.sent, x + 1))
        if m is None or m.eid == n.eid:
            continue
        old = n.eid
        for mm in doc.ments:
            if mm.eid == old:
                mm.eid = m.eid
        if m.eid in doc.new_entities and old in doc.new_entities:
            doc._add_alias(m.eid, doc.new_entities[old]["name"])
        changed = True
    if changed:
        doc.mentions_changed()


# --- which token-scanning steps of find_mentions a token may trigger (a function of its text)
_B_AR, _B_EN_CAP, _B_GROUPS, _B_COALITION, _B_GROUP_POSS, _B_OUTLET_REF, _B_CAPITAL, \
    _B_INSTITUTION, _B_ADMIN, _B_TITLE, _B_AR_HEAD, _B_AR_CUE, _B_AR_GIVEN, \
    _B_EN_BARE_VERB, _B_AR_ORG_HEAD, _B_NOT_UNIT = (1 << n for n in range(16))
_CAPITAL_KEYS = ("capital", "العاصمه", "والعاصمه", "بالعاصمه", "للعاصمه", "capital's")
_PASS_BITS: dict[str, int] = {}  # token text -> bits


def _pass_bits(t: Tok) -> int:
    """The steps of find_mentions that can act at token *t* (or, for the nationality
    institutions, at the token before it): a necessary condition of each step's own test."""
    b = 0
    key = t.key
    if t.ar:
        b |= _B_AR
        if t.stems and t.stems[0][1] == _AR_TAHALUF and \
                key[t.stems[0][0]:].startswith("ال"):
            b |= _B_COALITION
        if t.stems and t.stems[0][1] in _AR_OUTLET_NOUNS:
            b |= _B_OUTLET_REF
        if _org_head(t.stems) is not None:
            b |= _B_AR_ORG_HEAD  # as step 4 (Arabic named organisations)
        inst = (_AR_INSTITUTIONS.get(key) or _AR_INSTITUTIONS.get(key[1:])) \
            if key[:1] in "وبل" else _AR_INSTITUTIONS.get(key)
        if inst:
            b |= _B_INSTITUTION
        if _admin_head(t.stems):
            b |= _B_ADMIN
        if not t.punct and t.stems and t.stems[0][1] in _ALL_AR_HEADS:
            b |= _B_AR_HEAD  # as _head_positions
        if key in _AR_NAME_CUES or key in _AR_INSTEAD_L:
            b |= _B_AR_CUE  # as _ar_cue_names
        if any(st in GN.ALL or st in _AR_KUNYA_WORDS for _o, st in t.stems):
            b |= _B_AR_GIVEN  # as _ar_given_name_people
    else:
        if t.cap:
            b |= _B_EN_CAP
        if key in _EN_GROUP_NOUNS:
            b |= _B_GROUPS
        if key == "coalition" and not t.cap:
            b |= _B_COALITION
        if t.poss and key in _EN_GROUP_SINGULAR:
            b |= _B_GROUP_POSS
        if key in _EN_OUTLET_REF:
            b |= _B_OUTLET_REF
        if key in _EN_BARE_NAME_VERBS:
            b |= _B_EN_BARE_VERB  # as _en_bare_surnames
    if key in _CAPITAL_KEYS:
        b |= _B_CAPITAL
    if _EN_INSTITUTIONS.get(key):  # the noun after a nationality ("the Iraqi parliament")
        b |= _B_INSTITUTION
    if _may_title(t):  # a title phrase may start here
        b |= _B_TITLE
    if (t.punct and (t.text == "-" or t.text in QUOTES or t.text == "ـ")) or (
            not t.ar and key in ("al", "el")):
        b |= _B_NOT_UNIT  # as _units
    return b


def _pass_bits_all(toks: list[Tok]) -> list[int]:
    """``_pass_bits`` of each token (cached per token text)."""
    known = _PASS_BITS
    return [known[t.text] if t.text in known else _remember_pass_bits(t) for t in toks]


def _remember_pass_bits(t: Tok) -> int:
    """``_pass_bits`` of a token text not seen before, kept in the cache."""
    b = _pass_bits(t)
    if len(_PASS_BITS) > 200_000:
        _PASS_BITS.clear()
    _PASS_BITS[t.text] = b
    return b

