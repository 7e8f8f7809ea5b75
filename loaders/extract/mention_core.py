"""The base of every mention step: the ``Mention`` record, the per-sentence working state of
``find_mentions`` (``MentionWork``), making a mention (``make_mention``), the positions of the
tokens of a sentence that may trigger a step (``_positions``, ``_positions_in``, ``_units``),
the pass bits that say which token-scanning steps of ``find_mentions`` a token can trigger
(``_B_*``) and small tests on a token (case, an Arabic organisation head, title first words, the
accusative)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import (
    lru_cache,
    reduce,
)
from itertools import (
    compress,
    repeat,
)
from operator import (
    and_,
    or_,
)
from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.tokens import (
    Sentence,
    Tok,
)
from loaders.textnorm import (
    proclitic_splits,
    strip_article_ar,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


_ORG_OUTLET_HEADS = L.AR_ORG_HEADS | L.AR_OUTLET_HEADS
QUOTES = frozenset('"“”«»„‟\'‘’`')
# an opening quote -> the quote that closes it ('"Abu Khaled"', "“Abu Khaled”", «أبو خالد»)
QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»"}
OPEN_QUOTES = frozenset(QUOTE_PAIRS)  # the quotes that open a quoted name or alias
CLOSE_QUOTES = frozenset(QUOTE_PAIRS.values())  # and those that close it
AR_PARTICLE_TOKENS = frozenset({"ل", "ب", "و", "ك", "لل", "ف", "وب", "ول"})
AGENT_TYPES = ("Person", "Organization", "Country")
BODY_TYPES = ("Organization", "Country")  # the agents that are no person


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


# make_mention sets these fields one by one instead of calling Mention(...)
assert Mention.__slots__ == (
    "lo", "hi", "start", "end", "eid", "etype", "sent", "kind", "tlo", "prefix", "role",
    "role_org", "role_nat", "qual", "in_title", "poss"), "update make_mention"
assert not hasattr(Mention, "__post_init__"), "update make_mention"


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
    for _o, st in stems:  # (a loop: no generator per new word)
        if st in _ORG_OUTLET_HEADS:
            return st
    return None


@lru_cache(maxsize=100_000)
def _title_firsts(key: str, stems: tuple) -> tuple[str, ...]:
    """Candidate first words of an Arabic title phrase at a token (key, proclitic splits,
    stems), in the order they are tried."""
    return tuple([key] + [st for _n, st in sorted(proclitic_splits(key)) if st != key] +
                 [st for _o, st in stems if st != key])


_JOINERS = L.AR_NAME_JOINERS


def accusative_tanween(raw: str) -> bool:
    """An Arabic word written with the accusative tanween (اً / ً)."""
    return "\u064b" in raw[-2:]


def make_mention(doc: Doc, sent: int, lo: int, hi: int, eid: str, kind: str = "name",
                 off: int = 0, prefix: str = "") -> Mention:
    """The mention of *eid* over tokens *lo*..*hi* of sentence *sent*: its characters start
    *off* into token *lo* (a glued proclitic) and leave out a closing possessive 's and
    quotes."""
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


class MentionWork:
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


# --- which token-scanning steps of find_mentions a token may trigger (a function of its text)
_B_AR_FUZZY, _B_EN_CAP, _B_GROUPS, _B_COALITION, _B_GROUP_POSS, _B_OUTLET_REF, _B_CAPITAL, \
    _B_INSTITUTION, _B_ADMIN, _B_TITLE, _B_AR_HEAD, _B_AR_CUE, _B_AR_GIVEN, \
    _B_EN_BARE_VERB, _B_AR_ORG_HEAD, _B_NOT_UNIT, _B_EN_CAP_START, _B_AR_AKA, _B_AR_FOREIGN, \
    _B_AR_DUAL_TITLE = (1 << n for n in range(20))


def session_entity(ent: dict[str, Any]) -> dict[str, Any]:
    """This article's record of a new entity an earlier article of the session made: its id,
    type and name, and only the aliases this article writes (a shared list would carry one
    article's spellings into the next one's output and coreference)."""
    return {**ent, "aliases": []}
