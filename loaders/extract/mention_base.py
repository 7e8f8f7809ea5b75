"""The pieces every mention step uses: the ``Mention`` record, the per-sentence working
state of ``find_mentions`` (``_Work``), the pass bits that say which steps a token can
trigger, making a mention (``_ment_at``), capitalised English runs, and the ids of people
named by a surface form (``_resolve_name``: a known person, or a new one)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import compress, repeat
from operator import and_, or_
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.abd_compounds import abd_variants
from loaders.extract.latin_ids import canonical_word
from loaders.extract.leading_words import father_short_of_named, known_by_leading_words
from loaders.extract.surname_keys import remember_surnames
from loaders.extract.tokens import Sentence, Tok
from loaders.textnorm import (
    core_tokens,
    is_arabic,
    proclitic_splits,
    strip_article_ar,
    token_phonetic,
    token_skeleton,
)

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer
    from loaders.extract.mentions import Doc


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


# _ment_at sets these fields one by one instead of calling Mention(...)
assert Mention.__slots__ == (
    "lo", "hi", "start", "end", "eid", "etype", "sent", "kind", "tlo", "prefix", "role",
    "role_org", "role_nat", "qual", "in_title", "poss"), "update _ment_at"
assert not hasattr(Mention, "__post_init__"), "update _ment_at"


# ---- sentence-level mention finding ---------------------------------------------------------
def _units(doc: Doc, s: Sentence, sent_bits: int = -1) -> list[int]:
    """Token indices used for name matching: hyphens, quotes, 'al-' articles and standalone
    Arabic particles are skipped (they may sit inside or before names). *sent_bits*: the
    pass bits of the sentence's tokens or'ed together, if known."""
    toks = doc.toks
    bits = doc.pass_bits
    hi = s.hi
    if not sent_bits & _B_NOT_UNIT:
        return list(range(s.lo, hi))  # most sentences: every token is a unit
    return [k for k in range(s.lo, hi)
            if not (bits[k] & _B_NOT_UNIT and _skipped_unit(toks, k, hi))]


def _positions(doc: Doc, lo: int, hi: int, mask: int) -> list[int]:
    """The token indices in lo..hi whose pass bits have one of *mask*: a slice of the list
    of the whole article's, made once per article and mask (without a Python loop: most
    tokens have none)."""
    pos = doc.bit_pos.get(mask)
    if pos is None:
        bits = doc.pass_bits
        n = len(bits)
        pos = doc.bit_pos[mask] = list(compress(range(n), map(and_, bits, repeat(mask, n))))
    return pos[bisect_left(pos, lo):bisect_left(pos, hi)]


def _positions_in(doc: Doc, lo: int, hi: int, mask: int) -> list[int]:
    """``_positions`` for a step that runs in few sentences of an article: made from the
    sentence's own pass bits (without a Python loop), not from a list of the whole
    article's, which costs as much as ~10 such calls to build."""
    return list(compress(range(lo, hi), map(and_, doc.pass_bits[lo:hi], repeat(mask))))


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


@lru_cache(maxsize=100_000)
def _org_head(stems: tuple) -> str | None:
    return next((st for _o, st in stems if st in _ORG_OUTLET_HEADS), None)


@lru_cache(maxsize=100_000)
def _title_firsts(key: str, stems: tuple) -> tuple[str, ...]:
    """Candidate first words of an Arabic title phrase at a token (key, proclitic splits,
    stems), in the order they are tried."""
    return tuple([key] + [st for _n, st in sorted(proclitic_splits(key)) if st != key] +
                 [st for _o, st in stems if st != key])


_JOINERS = L.AR_NAME_JOINERS

# last words of English place names (a capitalised run ending so is not a person)
_EN_PLACE_HEADS = frozenset({
    "palace", "airport", "base", "square", "street", "zone", "province", "governorate",
    "hospital", "university", "mosque", "shrine", "hotel", "bridge", "camp", "complex",
    "embassy", "building", "headquarters", "district", "city", "port", "highway", "road",
    "hall", "house", "centre", "center", "compound", "crossing", "border", "stadium",
    "island", "valley", "river", "mountains", "desert", "gulf", "sea", "lake", "prison"})


def _accusative(raw: str) -> bool:
    """An Arabic word written with the accusative tanween (اً / ً)."""
    return "\u064b" in raw[-2:]


# lower-case second parts of Persian family names written with a hyphen
_FA_SUFFIXES = frozenset({"zadeh", "zade", "zadegan", "pour", "poor", "far", "nia", "nejad",
                          "nezhad", "vand", "abadi", "lou", "loo", "khani", "doost", "dust"})


def _after_family_al(toks: list[Tok], k: int, j: int) -> bool:
    """Is token *j* a family name after "al-" / "Al" ("Turki Al al-Sheikh", "Turki al-Sheikh":
    the honorific word is the family's name, not a title)?"""
    p = j - 1
    if toks[p].text == "-":
        p -= 1
    return p > k and toks[p].key in ("al", "el")


def said_before_name(toks: list[Tok], k: int, hi: int) -> bool:
    """Is "Said" at *k* (with *k* + 1 < *hi*) followed by a capitalised name word or by "al-"
    and one ("Said Hassan", "Said al-Khafaji")?"""
    nxt = toks[k + 1]
    if nxt.key in ("al", "el") and not nxt.cap:
        return k + 3 < hi and toks[k + 2].text == "-" and toks[k + 3].cap
    return nxt.cap and not nxt.punct and nxt.key not in L.EN_STOP and \
        nxt.key not in L.EN_NOT_NAME


def _said_inside(toks: list[Tok], j: int, hi: int) -> bool:
    """Is "Said" at *j* (after a capitalised name word) the middle of a name: followed by a
    capitalised name word ("Mustafa Said Qadir") or "al-" and one ("Ali Said al-Jaberi")?"""
    if j + 1 >= hi or toks[j - 1].punct or not toks[j - 1].cap:
        return False
    return said_before_name(toks, j, hi)


# a romanised syllable (Korean given names: "hoon", "un", "myung", "gwon", "yeol"), and the
# English words of the same shape that follow a capitalised word and a hyphen ("Hamas-run")
_SYLLABLE = re.compile(r"(?:[bcdghjkmnprstwy]{0,3}[aeiouy]{1,3}(?:ng|[mnlk])?)$")
_NOT_SYLLABLE = frozenset({"run", "era", "day", "way", "year", "man", "men", "son", "in-law",
                           "like", "type", "style", "bound", "born"})


def _syllable_after_hyphen(toks: list[Tok], j: int) -> bool:
    """Whether the hyphen at *j* joins a short capitalised syllable and a lower-case one,
    written without spaces, inside a name run ("Kim Sung-min")."""
    a, b = toks[j - 1], toks[j + 1]
    return (a.cap and not a.punct and len(a.text) <= 5 and not b.cap and a.end == toks[j].start
            and toks[j].end == b.start and len(b.text) <= 5 and b.key not in _NOT_SYLLABLE
            and _SYLLABLE.match(b.key) is not None)


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
        if j > k and len(t.text) == 1 and t.cap and j + 2 < hi and toks[j + 1].text == "." \
                and toks[j + 2].cap and not toks[j + 2].punct:
            j += 1  # the initial "A." / "I." (a stop word alone): "Christopher A. Wray"
            continue
        if t.cap and not t.punct and (t.key not in L.EN_NOT_NAME or (
                j > k and t.key in _EN_NAME_HONORIFICS and (j + 1 < hi and toks[j + 1].cap
                                                            and not toks[j + 1].punct or
                                                            _after_family_al(toks, k, j)))):
            j += 1
            last_good = j
            if t.poss:
                break
            continue
        if t.text == "Sen" and j > k and not (j + 1 < hi and (
                toks[j + 1].cap or toks[j + 1].text == "." and j + 2 < hi and toks[j + 2].cap)):
            j += 1  # "Hun Sen", "Amartya Sen": a family name ends the run, no "Sen. X" title
            last_good = j
            break
        if t.text == "Said" and j > k and _said_inside(toks, j, hi):
            j += 1  # "Mustafa Said Qadir": the father's name Said inside a name, no verb
            last_good = j
            continue
        if t.text == "." and j > k and len(toks[j - 1].text) == 1 and toks[j - 1].cap and \
                j + 1 < hi and toks[j + 1].cap and not toks[j + 1].punct:
            j += 1  # a middle initial: "Lloyd J. Austin"
            continue
        if t.text == "-" and j > k and j + 1 < hi and toks[j + 1].key in _FA_SUFFIXES and \
                not toks[j + 1].cap:
            j += 2  # "Mehdi Safari-zadeh", "Ali Pakpour-far": a Persian family name's suffix
            last_good = j
            continue
        if t.text == "-" and j - 1 > k and j + 1 < hi and _syllable_after_hyphen(toks, j):
            j += 2  # "Park Ji-hoon", "Moon Jae-in": a romanised (Korean) given name's syllable
            last_good = j
            continue
        if t.text == "-" and j > k and toks[j - 1].key in ("al", "aal") and j + 2 < hi and \
                toks[j + 1].text == "e" and toks[j + 2].cap and not toks[j + 2].punct:
            j += 2  # "Al-e Hashem", "Aal-e Eshagh": the Persian "family of" particle
            continue
        if t.text == "-" or t.key in ("al", "el", "bin", "ibn", "abu", "abd", "of", "de", "van",
                                      "von", "bint") or t.key in L.EN_NAME_PARTICLES:
            if j + 1 < hi and (toks[j + 1].cap or toks[j + 1].text == "-"):
                j += 1
                continue
        break
    return last_good


def _ment_at(doc: Doc, sent: int, lo: int, hi: int, eid: str, kind: str = "name",
             off: int = 0, prefix: str = "") -> Mention:
    toks = doc.toks
    start = toks[lo].start + off
    if off and doc.text[start:start + 1] == "\u0640":
        start += 1  # "خلفاً لـنيكولاس مادورو": the tatweel after a glued ل is no part of the name
    last = toks[hi - 1]
    end = last.end
    poss = last.poss
    if poss:  # exclude the 's from the span
        end -= 2 if last.text.lower().endswith(("'s", "\u2019s")) else 1
    if poss or last.text[-1] in QUOTES:  # quotes closing the name stay outside
        text = doc.text
        while end > start and text[end - 1] in QUOTES:
            end -= 1
    e = doc.gaz.entries.get(eid)  # = doc.etype(eid), without a call for known entities
    # = Mention(lo, hi, start, end, eid, etype, sent, kind, lo, prefix): every field set
    # here (checked below the class); calling the class, or even Mention.__init__, costs
    # more (a call with 16 arguments)
    me = _new(Mention)
    me.lo = lo
    me.hi = hi
    me.start = start
    me.end = end
    me.eid = eid
    me.etype = e.type if e else doc.etype(eid)
    me.sent = sent
    me.kind = kind
    me.tlo = lo
    me.prefix = prefix
    me.role = None
    me.role_org = None
    me.role_nat = None
    me.qual = None
    me.in_title = False
    me.poss = poss
    return me


_new = object.__new__


class _Work:
    """The working state of ``find_mentions`` for one sentence, shared by its steps."""

    __slots__ = ("doc", "si", "s", "toks", "covered", "out", "bits", "units", "heads_at")

    def __init__(self, doc: Doc, si: int):
        self.doc = doc
        self.si = si
        self.s = s = doc.sents[si]
        self.toks = doc.toks
        self.covered: dict[int, Mention] = {}  # token -> the mention covering it
        self.out: list[Mention] = []  # the sentence's mentions, in the order found
        # steps that scan every token act only at tokens with certain texts: a step is
        # skipped when no token of the sentence can trigger it (the bits depend on token
        # text alone)
        self.bits = reduce(or_, doc.pass_bits[s.lo:s.hi], 0)
        self.units = _units(doc, s, self.bits)
        self.heads_at: list[int] = []  # Arabic head nouns (bodies, sites, outlets)


# last words of English names of bodies (a capitalised run ending so is no person)
_EN_BODY_LAST = L.EN_ORG_HEADS | L.EN_MORE_ORG_HEADS | frozenset({
    "presidency", "staff", "judiciary", "court", "directorate", "secretariat",
    # portfolios and other bodies ("External Affairs Minister X", "the US Federal Reserve",
    # "Gazprom Neft", "the Arab League summit")
    "affairs", "reserve", "neft", "petroleum", "airways", "airlines", "corporation",
    "foundation", "institute", "university", "fund", "mission", "embassy", "consulate",
    "conference", "forum", "summit", "holdings", "industries"})

_EN_TIME_WORDS = L.EN_MONTHS | frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "ramadan", "english", "arabic", "persian", "farsi", "kurdish",
    "turkish", "hebrew", "french", "total", "particular", "addition", "general",
    "short", "fact", "response", "public", "private", "person", "power", "office", "exile"})


# honorifics that are also part of a name inside it ("Lahur Sheikh Jangi")
_EN_NAME_HONORIFICS = frozenset({"sheikh", "shaikh", "sayyid", "sayed", "seyed", "mullah",
                                 "hojatoleslam", "hojjatoleslam", "hojatolislam"})

_LATIN_FIRST: dict[int, frozenset[str]] = {}


def latin_first_names(gaz: Gazetteer) -> frozenset[str]:
    """The usual Latin spellings (lower case) of the Arabic/Persian name words of *gaz*
    (names.yaml and the gazetteer's people), made once per gazetteer."""
    names = _LATIN_FIRST.get(id(gaz))
    if names is None:
        names = frozenset(v.lower() for v in gaz.ar_latin.values())
        _LATIN_FIRST[id(gaz)] = names
    return names


def _latin_first_name(doc: Doc, key: str) -> bool:
    """Whether *key* is the usual Latin spelling of an Arabic/Persian name word
    (names.yaml and the gazetteer's people)."""
    names = _LATIN_FIRST.get(id(doc.gaz))
    return key in (names if names is not None else latin_first_names(doc.gaz))


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
    if first and first[0] in _KUNYA and ne - jn >= 2:
        # a kunya's own name is its second word: "Abu Hamza al-Qurashi" is not "Abu Ibrahim
        # al-Hashimi al-Qurashi", though both begin with "Abu"
        first = core_tokens(doc.text[toks[jn].start:toks[ne - 1].end])
    last = core_tokens(doc.text[toks[sur.lo].start:sur.end])
    same = doc.gaz.fuzzy_person(first + last, {sur.eid}, types=("Person",)) == sur.eid
    if not same and len(first) == 1:
        same = _first_of_known(doc, sur.eid, first[0])
    if not same and sur.eid in doc.new_entities:
        ent = doc.new_entities[sur.eid]
        same = any(core_tokens(n)[:len(first)] == first for n in [ent["name"]] +
                   ent["aliases"] if core_tokens(n))
    eid = sur.eid if same else _resolve_name(doc, surface, "Person")
    if sur in out:
        out.remove(sur)
    me = _ment_at(doc, si, jn, sur.hi, eid)
    me.prefix = sur.prefix if jn == sur.lo else ""
    out.append(me)
    for x in range(jn, sur.hi):
        covered[x] = me
    return me


def _first_of_known(doc: Doc, eid: str, first: str) -> bool:
    """Is the Latin word *first* (folded) the given name of the known person *eid* whose
    full name has three words or more ("Hossein" of "Hossein Amir-Abdollahian"): "Hossein
    Abdollahian" is then he, the middle of his name left out."""
    e = doc.gaz.get(eid)
    if e is None or is_arabic(first):
        return False
    sk = token_skeleton(first)
    for n in (e.name, *e.aliases):
        if is_arabic(n):
            continue
        ct = core_tokens(n.replace("-", " "))
        if len(ct) >= 3 and token_skeleton(ct[0]) == sk:
            return True
    return False


def _known_english(doc: Doc, eid: str) -> str | None:
    e = doc.gaz.get(eid)
    if e is not None:
        return e.name
    ne = doc.new_entities.get(eid)
    return ne["name"] if ne else None


def normalize_word(w: str) -> str:
    from loaders.textnorm import normalize

    return normalize(w)


def _before_is_the(doc: Doc, covered: dict[int, Mention], b: int, lo: int) -> bool:
    start = covered[b].lo if b in covered else b
    return start > lo and doc.toks[start - 1].key == "the"


def _is_adjective(key: str) -> bool:
    """Arabic relative adjectives (nisba) like المسلحة / الأمريكية end in ية/ي with ال."""
    return key.startswith("ال") and (key.endswith("يه") or key.endswith("ي")) and len(key) > 5


def _resolve_name(doc: Doc, surface: str, etype: str) -> str:
    """Known entity (tolerant to spelling/script), else a new id."""
    if etype == "Person" and surface[:3] in _AR_KUNYA_CASES and surface[3:4] == " ":
        surface = "أبو" + surface[3:]  # أبي / أبا عمر (genitive, accusative): Abu Omar
    toks = core_tokens(surface)
    if len(toks) > 2 and etype == "Person":
        toks = [t for t in toks if len(t) > 1] or toks  # middle initials ("Lloyd J. Austin")
    eid = doc.gaz.fuzzy_person(toks, doc.mentioned_ids(), types=(etype,))
    if eid:
        return eid
    if etype == "Person" and len(toks) >= 3:
        eid = known_by_leading_words(doc.gaz, toks)  # "سالم عبدالله الجابر" (الصباح)
        if eid:
            return eid
    if etype == "Person":
        eid = _part_of_named(doc, toks) or father_short_of_named(doc, surface, toks)
        if eid and (len(toks) > 1 or is_arabic(toks[0]) or _sounds_as_named(doc, eid, toks[0])):
            return eid
    # a surname alone after a full name earlier in the document
    if len(toks) == 1:
        sk = token_skeleton(toks[0])
        ph = token_phonetic(toks[0])
        for m in reversed(doc.ments):
            if m.etype == etype and m.eid in doc.new_entities:
                ent = doc.new_entities[m.eid]
                names = [ent["name"]] + ent["aliases"]
                # (the same consonants and a like sound: "Traore" is no Touray)
                if any(token_skeleton(core_tokens(n)[-1]) == sk and
                       fuzz.ratio(token_phonetic(core_tokens(n)[-1]), ph) >= 80.0
                       for n in names if core_tokens(n)):
                    return m.eid
    if etype == "Person" and len(toks) == 2 and toks[0] in _HAJJ:
        toks = toks[1:]  # "Hajj Qassem": the honorific and a given name
    if len(toks) == 1 and etype == "Person":
        full = _given_name_full(doc, strip_article_ar(toks[0]) if is_arabic(toks[0])
                                else toks[0])
        if full is not None:
            return full  # "الحاج قاسم" in an article naming "قاسم سليماني"
    if etype == "Person" and len(toks) == 4 and toks[2] in _BIN_WORDS:
        # "عبدالعزيز صالح بن حبتور": the father's name inside a known "G bin X" (the
        # given name joined or spaced, abd_compounds)
        short_t = (toks[0], *toks[2:])
        for cand in (short_t, *abd_variants(short_t)):
            eid = doc.gaz.fuzzy_person(list(cand), doc.mentioned_ids(), types=(etype,))
            if eid:
                return eid
    short = _short_name(surface) if etype == "Person" and len(toks) >= 4 else None
    if etype == "Person" and len(toks) >= 3:
        short = _patronym_short(surface) or short  # "Ilham Heydar oglu Aliyev": Ilham Aliyev
    if short is None and etype == "Person" and len(toks) >= 3:
        short = _nasab_short(doc, surface) or _bin_chain_short(surface)
    if etype == "Person" and len(toks) == 3 and len(surface.split()) == 3 and \
            surface.split()[1].lower() not in _COMPOUND_FIRST and (
            doc.gaz.fuzzy_person(toks[1:], None, types=("Person",)) is not None or
            ("Person", token_skeleton(toks[0]) + token_skeleton(toks[2])) in
            doc.session.get("skel", {})):
        # "علي هادي العامري": first name + the father's known name -> "Ali al-Amiri";
        # "بافل جلال طالباني" after "بافل طالباني" in the run: the same person
        words = surface.split()
        short = words[0] + " " + words[2]
    if short is None and etype == "Person" and len(toks) == 3:
        short = _father_left_out(doc, surface, toks)  # "حسن محمود رشاد": Hassan Rashad
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
    if etype == "Person":
        remember_surnames(doc, eid, toks)
    return eid


def _father_left_out(doc: Doc, surface: str, toks: list[str]) -> str | None:
    """"G F S" (given name, father's name, family name) whose "G S" is a known person
    ("حسن محمود رشاد", "Hassan Mahmoud Rashad": Hassan Rashad): "G S"; None for a kunya,
    a "bin" chain or a compound given name ("عبد الX"), and when "G S" is no known person."""
    words = surface.split()
    if len(words) != 3 or words[0].lower() in _COMPOUND_FIRST or \
            words[1].lower() in _COMPOUND_FIRST or toks[0] in _KUNYA or toks[1] in _BIN_WORDS or \
            toks[0] in _BIN_WORDS or toks[1] in _PART_CHAIN or toks[1] in _INNER_TITLES or \
            toks[1] in _SON_OF:
        return None  # ("كوسرت شيخ رسول": Sheikh is part of a Kurdish name, no father)
    eid = doc.gaz.fuzzy_person([toks[0], toks[2]], None, types=("Person",))
    e = doc.gaz.get(eid) if eid else None
    # (written so: the likeness of "Mohammed al-Jabri" to Mohammed al-Jaber is not enough)
    if e is None or not any(tuple(core_tokens(n)) == (toks[0], toks[2]) for n in e.all_names()):
        return None
    return words[0] + " " + words[2]


def _sounds_as_named(doc: Doc, eid: str, word: str) -> bool:
    """Does the lone Latin *word* sound like a Latin word of the names of *eid* (named
    before)? One skeleton is not enough: "Traore" is no "Touray"."""
    e = doc.gaz.entries.get(eid)
    names = [e.name, *e.aliases] if e is not None else \
        [doc.new_entities[eid]["name"], *doc.new_entities[eid]["aliases"]] \
        if eid in doc.new_entities else []
    ph = token_phonetic(word)
    return not names or any(fuzz.ratio(token_phonetic(w), ph) >= 80.0 for n in names
                            if not is_arabic(n) for w in core_tokens(n))


def _patronym_short(surface: str) -> str | None:
    """A name with a Turkic patronymic inside, given name(s) + father's name + oglu / qizi
    / kyzy / uly + family name: the name without the father's ("Ilham Heydar oglu Aliyev" ->
    "Ilham Aliyev"), as the person is usually called; else None."""
    words = surface.split()
    for i in range(2, len(words) - 1):
        if words[i].lower() in _TURKIC_PATRONYMS:
            return " ".join(words[:i - 1] + words[i + 1:])
    return None


_TURKIC_PATRONYMS = frozenset({"oglu", "oğlu", "ogly", "ogli", "qizi", "gizi", "kyzy", "kizi",
                               "uly", "uulu"})
_HAJJ = frozenset({"hajj", "haj", "hajji", "haji", "حاج", "الحاج"})
_INNER_TITLES = frozenset({"شيخ", "الشيخ", "سيد", "السيد", "ملا", "مام", "sheikh", "shaikh",
                           "sheik", "sayyid", "sayyed", "sayed", "mullah", "mam"})
_BIN_WORDS = frozenset({"bin", "ibn", "بن", "ابن"})
# the Mauritanian and Tuareg "son of" ("محمد ولد البشير" is no "محمد البشير" with a father)
_SON_OF = L.AR_SON_OF | {"ould", "ag"}
# the first word of a two-word given name ("أحمد عبد الهادي" is Ahmad + Abd al-Hadi, not a
# first name, a father's name and a family name)
_COMPOUND_FIRST = frozenset({"عبد", "عبدال", "abd", "abdul", "abdel", "abdal", "abu", "أبو", "ابو"})
_AR_KUNYA_CASES = frozenset({"أبي", "أبا", "ابي", "ابا"})

# words of a name that link it to a father or a dynasty ("Khalid bin Salman", "آل ثاني"):
# the word after them is no name of the person on its own
_PART_CHAIN = frozenset({"bin", "ibn", "bint", "بن", "ابن", "بنت", "ال", "آل"})
# the second word of a compound name ("Yar Allah", "صفي الدين"), the first of a kunya
_PART_TAILS = frozenset({"الله", "allah", "ullah", "llah", "الدين", "din", "deen"})
_PART_HEADS = frozenset({"abu", "umm", "abd", "abdul", "abdel", "ابو", "ام", "عبد", "ابي"})
_PART_SKIP = frozenset({"al", "el", "ال"})


@lru_cache(maxsize=50_000)
def _name_part_keys(name: str) -> tuple[list[str], bool]:
    """:func:`_part_keys` of the words of *name* (cached per name: do not change the list)."""
    return _part_keys(core_tokens(name))


def _part_keys(toks: list[str] | tuple[str, ...]) -> tuple[list[str], bool]:
    """Skeletons of the name words of *toks* (articles left out) and whether the name has
    a father / dynasty chain ("bin", "آل")."""
    words = [t for t in toks if t not in _PART_SKIP]
    chain = any(t in _PART_CHAIN for t in words[1:-1])
    return [token_skeleton(t) for t in words if t not in _PART_CHAIN], chain


def _is_part(q: list[str], qtoks: list[str], n: list[str], chain: bool) -> bool:
    """Is the name *q* (skeletons; *qtoks* its words) a short form of the fuller name *n*
    of one person: its family name ("Ibrahim" of "Abdul Karim Mahmoud Ibrahim"), a compound
    family name in either spelling ("Yar Allah" / "Yarallah" / "يار الله"), the first and
    last names without the middle ones, or the first name of a "bin" chain ("Prince Khalid"
    of "Khalid bin Salman")?  Never a different first name with the same family name
    ("Masrour Barzani" is not "Masoud Barzani")."""
    if len(n) < 2 or len(q) >= len(n) or not all(q):
        return False
    if len(q) == 2 and qtoks[0] in _KUNYA and q == n[:2]:
        return True  # "Abu Umar" / "أبو عمر" of "Abu Umar al-Hasani al-Qurashi": the kunya
    joined = "".join(q)
    if len(q) == 1:
        if chain:
            return qtoks[0] not in _PART_HEADS and q[0] == n[0] and len(q[0]) >= 3
        return len(qtoks[0]) >= 4 and len(q[0]) >= 2 and (
            q[0] == n[-1] or q[0] == "".join(n[-2:]))
    if len(q) == 2 and (qtoks[-1] in _PART_TAILS or qtoks[0] in _PART_HEADS):
        return not chain and joined in (n[-1], "".join(n[-2:]))
    if q[0] != n[0] or q[-1] != n[-1]:
        return False
    it = iter(n)
    return all(any(x == y for y in it) for x in q)  # q is a subsequence of n


def _part_of_named(doc: Doc, toks: list[str]) -> str | None:
    """The one person named before in the article (in the gazetteer or new) of whom
    *toks* is a short form (see :func:`_is_part`); None if none or several."""
    words = [t for t in toks if t not in _PART_SKIP]
    q, _qchain = _part_keys(words)
    if not q or len(q) > 3:
        return None
    index = _named_people(doc)
    if not index:
        return None
    qwords = [t for t in words if t not in _PART_CHAIN]
    found: set[str] = set()
    # a short form ends as the full name does, or is the first name of a "bin" chain
    kunya = index.get(("kunya", q[1]), ()) if len(q) == 2 and qwords[0] in _KUNYA else ()
    for eid, n, chain in (*index.get(q[-1], ()), *index.get("".join(q), ()),
                          *index.get(("first", q[0]), ()), *kunya):
        if eid not in found and _is_part(q, qwords, n, chain):
            found.add(eid)
            if len(found) > 1 and not kunya:
                return None
    if len(found) > 1:
        return _kunya_by_sound(doc, qwords[1], found)
    return next(iter(found)) if found else None


def _kunya_by_sound(doc: Doc, word: str, ids: set[str]) -> str | None:
    """Of several people whose kunya has the skeleton of *word* ("Abu al-Hasan" and "Abu
    al-Hussein" are both "b hsn"), the one whose kunya sounds the same (long vowels kept:
    حسن/Hasan is no حسين/Hussein); None if not exactly one."""
    key = _sound(word)
    hits = set()
    for eid in ids:
        e = doc.gaz.entries.get(eid)
        ne = doc.new_entities.get(eid)
        names = e.all_names() if e is not None else [ne["name"], *ne["aliases"]] if ne else []
        for name in names:
            toks = [t for t in core_tokens(name) if t not in _PART_SKIP]
            if len(toks) >= 2 and toks[0] in _KUNYA and _sound(toks[1]) == key:
                hits.add(eid)
                break
    return next(iter(hits)) if len(hits) == 1 else None


def _sound(word: str) -> str:
    """A name word's consonants and long i (Hasan/حسن -> hsn, Hussein/حسين -> hsin)."""
    return "".join(c for c in token_phonetic(word) if c not in "aeou")


def _named_people(doc: Doc) -> dict:
    """The names of the people named so far in the article (as written and, once per
    person, the gazetteer's or the new entity's names) as (id, name skeletons, chain),
    indexed by the skeleton of the last word, of the last two words joined, and (for
    "bin" chains) by ("first", first word); kept up to date as ``doc.ments`` grows."""
    st = doc.part_names
    ments = doc.ments
    if st[0] == len(ments):
        return st[1]
    index, seen = st[1], st[2]
    text = doc.text
    gaz_rows = doc.gaz.token_facts.setdefault("part_rows", {})
    for m in ments[st[0]:]:
        if m.etype != "Person" or m.kind != "name":
            continue
        _index_part_rows(index, m.eid, [_name_part_keys(text[m.start:m.end])])
        if m.eid not in seen:
            seen.add(m.eid)
            e = doc.gaz.entries.get(m.eid)
            if e is not None:
                # the rows of a gazetteer person's names, made once per run
                rows = gaz_rows.get(m.eid)
                if rows is None:
                    rows = gaz_rows[m.eid] = _index_part_rows(
                        {}, m.eid, [_name_part_keys(x) for x in e.all_names()])
                for key, krows in rows.items():
                    have = index.get(key)
                    if have is None:
                        index[key] = krows.copy()
                    else:
                        have += krows
            else:
                ne = doc.new_entities.get(m.eid)
                if ne is not None:
                    _index_part_rows(index, m.eid, [_name_part_keys(x) for x in
                                                    [ne["name"], *ne["aliases"]]])
    st[0] = len(ments)
    return index


def _index_part_rows(index: dict, eid: str, names: list[tuple[list[str], bool]]) -> dict:
    """Add the rows (id, name skeletons, chain) of *names* of *eid* to *index* (see
    ``_named_people``); returns *index*."""
    for n, chain in names:
        if len(n) < 2:
            continue
        row = (eid, n, chain)
        index.setdefault(n[-1], []).append(row)
        index.setdefault("".join(n[-2:]), []).append(row)
        if chain:
            index.setdefault(("first", n[0]), []).append(row)
        if len(n) >= 3 and n[0] == "b":
            # a kunya name ("Abu Umar al-Qurashi"), found again by its kunya
            index.setdefault(("kunya", n[1]), []).append(row)
    return index


def _given_name_full(doc: Doc, key: str) -> str | None:
    """The one known person the article names in full with the given name *key* ("قاسم"
    -> "قاسم سليماني"), looked up anywhere in the article; None if none or several. An
    Arabic given name missing from the lists counts when the article writes it before a
    known surname ("الوزير سامح" after "سامح شكري"): the full name is the evidence."""
    latin = not is_arabic(key)
    if (not latin and key not in GN.ALL and (len(key) < 3 or key.startswith("ال"))) or \
            (latin and (key in L.EN_NOT_NAME or key in L.EN_STOP)):
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
    if not found and latin:
        found = _named_by_given(doc, key)
    return next(iter(found)) if len(found) == 1 else None


def _named_by_given(doc: Doc, key: str) -> set[str]:
    """The people named before in full (two name words or more) whose name as written
    opens with the Latin given name *key*: "Sheikh Nawaf" after "Sheikh Nawaf Al-Ahmad
    Al-Jaber Al-Sabah", whose next word ("Al-Ahmad") the token scan above does not join."""
    out: set[str] = set()
    text = doc.text
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name" or doc.toks[m.lo].ar:
            continue
        ct = core_tokens(text[m.start:m.end])
        if len(ct) >= 2 and ct[0] == key:
            out.add(m.eid)
    return out


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
    if keys[1].startswith("ال") and keys[1][2:] in GN.ALL and keys[2].startswith("ال"):
        return " ".join(words[:2])  # "صباح الخالد الحمد الصباح": Gulf names go by two words
    first = 1
    last = words[-1]
    if len(words) >= 2 and keys[-2] in ("al", "el", "آل", "ال"):
        last = words[-2] + " " + last
    lk = normalize_word(last)
    if not (lk.startswith(("al-", "el-", "al ", "ال")) or lk.endswith(("awi", "اوي"))):
        return None  # "غلام حسين محسني إجئي": a Persian compound name, not a chain
    return " ".join(words[:first] + [last])


_AR_ABD = frozenset({"عبد", "abd", "abdul", "abdel", "abdol"})
_COMPOUND_TAIL = frozenset({"الله", "الدين", "allah", "ullah", "din", "deen", "al-din", "el-din",
                            "ad-din", "ud-din", "al-deen"})
# Persian compound given names ("محمد رضا", "Mohammad Ali", "غلام حسين"): the second word
# belongs to the given name, it is no father's name
_PERSIAN_FIRST = frozenset({"محمد", "علي", "احمد", "غلام", "امير", "مير", "حسين", "حسن",
                            "mohammad", "mohammed", "muhammad", "mohamed", "ali", "ahmad",
                            "ahmed", "gholam", "amir", "mir", "hossein", "hassan", "hussein"})
_PERSIAN_SECOND = frozenset({
    "رضا", "علي", "جواد", "باقر", "حسين", "حسن", "مهدي", "تقي", "جعفر", "اكبر", "اصغر",
    "كاظم", "صادق", "هادي", "امين", "ابراهيم", "اسماعيل", "صالح", "محمد", "reza", "ali",
    "javad", "bagher", "baqer", "baqir", "hossein", "hassan", "mehdi", "taghi", "taqi", "jafar",
    "akbar", "asghar", "kazem", "sadegh", "hadi", "amin", "ebrahim", "esmail", "saleh",
    "mohammad", "mohammed", "hussein", "jaafar", "kadhim", "ibrahim", "ismail", "salih",
    "mahdi", "sadiq"})


def _nasab_short(doc: Doc, surface: str) -> str | None:
    """First name + family name of a three-part Arabic name whose middle part is the
    father's given name ("عبد الأمير رشيد يار الله", "Rakan Saeed al-Jabouri"): the form
    other articles use too ("Abdul-Amir Yarallah"), so the id stays the same whether a
    piece writes the father's name or not. None when the family name is not marked (no
    al-/ال, no compound with الله/الدين), for a kunya or a "bin" chain, and for
    Persian compound given names ("محمد علي طالبي", "Mohammad Reza Farzin")."""
    words = surface.replace("\u200f", "").split()
    keys = [normalize_word(w) for w in words]
    units: list[tuple[int, int]] = []  # (first word, end) of each name part
    i = 0
    while i < len(words):
        k = strip_article_ar(keys[i]) if keys[i].startswith("ال") else keys[i]
        if k in _KUNYA or k in ("bin", "ibn", "bint", "بن", "ابن", "بنت", "ال", "آل", "al"):
            return None
        if k in _AR_ABD and i + 1 < len(words):
            units.append((i, i + 2))
            i += 2
            continue
        if i + 1 < len(words) and keys[i + 1] in _COMPOUND_TAIL:
            units.append((i, i + 2))
            i += 2
            continue
        units.append((i, i + 1))
        i += 1
    if len(units) != 3:
        return None
    (a0, a1), (b0, b1), (c0, c1) = units
    last = keys[c0:c1]
    # (a family name in -i/-ي alone is no mark: Persian names, "حميد رضا كريمي", have no
    # father's name in the middle)
    marked = last[0].startswith(("ال", "al-", "el-", "al ")) or last[-1] in _COMPOUND_TAIL or \
        last[-1].endswith(("allah", "ullah"))
    middle = keys[b0:b1]
    if not marked or middle[0].startswith(("ال", "al-", "el-")) or \
            middle[0].endswith(("ي",)) or middle[0] in _EN_NAME_HONORIFICS or \
            middle[0] in ("شيخ", "الشيخ", "سيد", "السيد", "ملا") or (
                b1 - b0 == 1 and not doc.gaz.is_given_name(middle[0]) and is_arabic(middle[0])):
        return None  # the middle word may be part of the family name ("Sheikh Jangi")
    k0, k1 = keys[a0], middle[0]
    if not is_arabic(k0):
        # (the spellings Arabic transliteration gives: "Husain Jafar" is "Hussein Jaafar")
        k0 = canonical_word(doc.gaz, words[a0]).lower()
        k1 = canonical_word(doc.gaz, words[b0]).lower()
    if a1 - a0 == 1 and k0 in _PERSIAN_FIRST and k1 in _PERSIAN_SECOND:
        return None
    return " ".join(words[a0:a1] + words[c0:c1])


_BIN = frozenset({"bin", "ibn", "بن", "ابن"})


def _bin_chain_short(surface: str) -> str | None:
    """First name + family name of a "bin" chain that ends in a family name marked by
    al-/ال ("عبد اللطيف بن راشد الزياني", "Mohammed bin Abdulaziz al-Khulaifi" -> "Mohammed
    al-Khulaifi"): the form most pieces use, so the id is the same whether a piece writes the
    father's name or not; the full chain stays an alias. None without a family name
    ("Mohammed bin Salman"), for a dynasty written apart ("Tamim bin Hamad Al Thani",
    "آل ثاني") and for a kunya."""
    words = surface.replace("\u200f", "").split()
    if len(words) < 4:
        return None
    keys = [normalize_word(w) for w in words]
    if keys[0] in _KUNYA or not any(k in _BIN for k in keys[1:-1]) or \
            keys[-2] in ("al", "el", "ال", "آل", "ال") or keys[-1] in _COMPOUND_TAIL:
        return None
    last = keys[-1]
    if not (last.startswith(("al-", "el-")) or (last.startswith("ال") and len(last) >= 5)) \
            or keys[-2] in _AR_ABD:
        return None  # ("بن عبد العزيز": the father's compound name, no family name)
    first = 2 if keys[0] in _AR_ABD or keys[1] in _COMPOUND_TAIL else 1
    if keys[first] not in _BIN:
        return None  # "محمد علي بن ..." : not a plain given name before the chain
    return " ".join(words[:first] + words[-1:])


# --- which token-scanning steps of find_mentions a token may trigger (a function of its text)
_B_AR_FUZZY, _B_EN_CAP, _B_GROUPS, _B_COALITION, _B_GROUP_POSS, _B_OUTLET_REF, _B_CAPITAL, \
    _B_INSTITUTION, _B_ADMIN, _B_TITLE, _B_AR_HEAD, _B_AR_CUE, _B_AR_GIVEN, \
    _B_EN_BARE_VERB, _B_AR_ORG_HEAD, _B_NOT_UNIT, _B_EN_CAP_START, _B_AR_AKA, _B_AR_FOREIGN = \
    (1 << n for n in range(19))


def _missing(values: list) -> list[int]:
    """The indices of the ``None`` values of *values* (found without a Python loop over
    all of them)."""
    out: list[int] = []
    k = -1
    try:
        while True:
            k = values.index(None, k + 1)
            out.append(k)
    except ValueError:
        return out
