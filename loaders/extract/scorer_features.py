"""The sparse binary features of a candidate pair for the learned scorer of ``relation_scorer``:
the cue classes of a token (``MEET`` "met" / "التقى", ``SUCC`` "succeeded" / "خلف", ``KILL``
"killed" / "اغتيال", negation, planning, phone calls, reporting, agents), the folded forms of
a word (``word_forms``: "والتقى" -> التقى, proclitics and pronoun suffixes stripped) and what
the pairs of a sentence share (``SentInfo``). The features of a pair in its sentence (the
words between and around the pair, where each cue class stands, order, distance, the mentions
between, the entity types: "X met Y in Baghdad" gives ``A<meet<B`` among others) are made by
``scorer_pair`` (``pair_features``)."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.scorer_clauses import (
    ACCUSE,
    ATTEND,
    CAND,
    CLAUSE,
    CLAUSE_PUNCT,
)
from loaders.extract.tokens import Tok
from loaders.textnorm import fold_ar


def _ar(*words: str) -> frozenset[str]:
    return frozenset(fold_ar(w).replace("اا", "ا") for w in words)


# ---- cue classes (folded forms; a token counts when its key or light stem is listed) -----
MEET = (L.EN_MEET | L.EN_MEET_NOUNS | L.AR_MEET | L.AR_MEET_NOUNS | frozenset({
    "talked", "conferred", "hosting", "receiving", "welcoming", "sat", "held", "encounter",
    "discussions", "consultations", "audience", "huddled", "meet"})
    | _ar("لقاء", "لقائه", "التقاء", "اجتمع", "مباحثات", "محادثات", "مشاورات", "استقبال",
          "استقبل", "تباحث", "بحث", "جمع", "جمعت", "جمعه", "التقيا", "اجتماع", "يلتقي", "التقى",
          "تلتقي", "لقاءه", "حضر", "جلسة", "جلسه", "اجتماعا", "لقاءا", "مباحثاته"))

SUCC = (L.EN_SUCCEED | L.EN_SUCCESSOR | L.EN_PREDECESSOR | L.AR_SUCCESSOR | L.AR_PREDECESSOR
        | L.AR_TAKEOVER | frozenset({"succeeded", "successor", "replaced", "replacing",
                                     "helm", "predecessor", "vacant", "vacated", "succession",
                                     "appointed", "named", "chosen", "elected", "took",
                                     "assumed", "inherited"})
        | _ar("خلف", "خليفة", "خلفا", "يخلف", "سلف", "خلفه", "تولى", "تسلم", "عين", "عينت",
              "تعيين", "اختير", "اختيار", "انتخب", "انتخاب", "منصب", "مكان", "بدلا", "خلافة",
              "شغر", "الشاغر", "استلم", "قيادة", "محل", "حل", "ورث", "خلافه"))

KILL = (L.EN_KILL | L.EN_KILL_NOUNS | L.AR_KILL | L.AR_DEATH_OF | L.AR_KILL_STRONG
        | frozenset({"assassinated", "killed", "killing", "assassination", "slain", "strike",
                     "airstrike", "drone", "death", "eliminated", "murdered", "died",
                     "martyred", "martyrdom"})
        | _ar("اغتيال", "اغتال", "اغتالت", "قتل", "مقتل", "استشهاد", "استشهد", "غارة", "ضربة",
              "قصف", "مسيرة", "حتفه", "مصرعه", "تصفية", "صاروخ", "استهداف", "استهدف"))

STRIKE = L.EN_STRIKE | L.AR_STRIKE

NEG = L.EN_NEG | L.AR_NEG | frozenset({"nor", "denied", "declined", "indirect"}) | _ar(
    "مباشرة", "مباشر")

MODAL = L.EN_MODAL | L.AR_MODAL | frozenset({"set", "due", "expected", "scheduled", "later",
                                             "next", "tomorrow", "planned"}) | _ar(
    "سيلتقي", "سيجتمع", "سيزور", "غدا", "المقبل", "المقبلة", "مرتقب", "مرتقبة", "مقرر")

PHONE = frozenset({"phone", "telephone", "call", "called", "calls", "phoned", "video",
                   "message", "letter", "spoke"}) | _ar(
    "هاتفي", "هاتفيا", "اتصال", "اتصالا", "هاتفية", "اتصالات", "رسالة", "برقية", "مكالمة",
    "بالهاتف", "فيديو")

SAY = frozenset({"said", "says", "told", "according", "reported", "stated", "quoted",
                 "claimed", "added"}) | _ar("قال", "قالت", "وقال", "أضاف", "اضاف", "أفاد",
                                            "افاد", "ذكر", "ذكرت", "أكد", "اكد", "أعلن", "اعلن",
                                            "بحسب", "وفق", "وفقا", "نقلت", "نقل")

BY = frozenset({"by", "ordered", "order", "behind", "carried", "blamed", "responsibility",
                "claimed"}) | _ar("يد", "بأمر", "امر", "أمر", "نفذت", "نفذها", "تبنت",
                                   "مسؤولية", "أوامر", "اوامر")

CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("meet", MEET), ("succ", SUCC), ("kill", KILL), ("strike", STRIKE), ("neg", NEG),
    ("modal", MODAL), ("phone", PHONE), ("say", SAY), ("by", BY), ("cand", CAND),
    ("accuse", ACCUSE), ("clause", CLAUSE), ("attend", ATTEND))
_CLAUSE_BIT = 1 << 11

GATE = MEET | SUCC | KILL

_AR_PRON = ("هما", "هم", "ها", "ه")


class Candidate(NamedTuple):
    """An ordered pair of mentions (a before b) of one sentence, with its features."""

    a: Mention
    b: Mention
    feats: list[str]


@lru_cache(maxsize=50_000)
def word_forms(text: str, key: str, ar: bool) -> tuple[tuple[str, ...], int]:
    """(feature words of a token, bit set of the cue classes it belongs to).

    English: the folded key. Arabic: the key without a leading و/ف conjunction and one
    preposition, without the article, and without a pronoun suffix (اغتالته -> اغتالت ->
    اغتال is not reached: only one suffix is removed)."""
    forms = {key}
    if ar:
        w = key
        if len(w) > 3 and w[0] in "وف":
            w = w[1:]
            forms.add(w)
        if len(w) > 3 and w[0] in "بلك" and w[1:3] == "ال":
            w = w[1:]
            forms.add(w)
        if w.startswith("ال") and len(w) > 4:
            forms.add(w[2:])
        elif w.startswith("لل") and len(w) > 4:
            forms.add(w[2:])
        if len(w) > 4 and w[0] in "بل" and not w.startswith("ال"):
            forms.add(w[1:])
        for suf in _AR_PRON:
            if len(w) > len(suf) + 2 and w.endswith(suf):
                forms.add(w[:-len(suf)])
                break
        else:
            if len(w) > 4 and w.endswith("ا"):  # accusative tanween: اجتماعاً
                forms.add(w[:-1])
    bits = 0
    for i, (_n, words) in enumerate(CUES):
        if not forms.isdisjoint(words):
            bits |= 1 << i
    if ar and key in L.AR_MEET_MANNER:
        bits &= ~1  # "بالتشاور مع Y": in consultation with, no meeting cue (session 70)
    # the shortest forms generalise best; keep at most two per token
    words = tuple(sorted(forms, key=lambda f: (len(f), f))[:2])
    return words, bits


# by Tok.ar (False, True): key -> word_forms of a token (which reads only its key and
# script): a look-up by the key's cached hash, not a call of the lru cache on three values
_FORMS: tuple[dict[str, tuple[tuple[str, ...], int]], ...] = ({}, {})
_MAX_FORMS = 50_000


def tok_info(t: Tok) -> tuple[tuple[str, ...], int]:
    """``word_forms`` of *t* (its feature words, its cue-class bits), cached per key and
    script; punctuation: its text and no bit. Public: the scorer's gate modules read it."""
    if t.punct:
        return (t.text,), 0
    d = _FORMS[t.ar]
    x = d.get(t.key)
    if x is None:
        if len(d) > _MAX_FORMS:
            d.clear()
        x = d[t.key] = word_forms(t.text, t.key, t.ar)
    return x


CUE_BIT = {"MET_WITH": 1, "SUCCESSOR_OF": 2, "ASSASSINATED_BY": 4}  # of a type's cue class

ALL_CUES = 0b111


def has_cue(toks: list[Tok], lo: int, hi: int, gate_bits: int = ALL_CUES) -> bool:
    """Does the sentence hold a cue word of a class in *gate_bits* (meet 1, succ 2, kill 4;
    the gate of the scorer)?"""
    forms = _FORMS
    for k in range(lo, hi):
        t = toks[k]
        if t.punct:
            continue
        x = forms[t.ar].get(t.key)
        if x is None:
            x = tok_info(t)
        if x[1] & gate_bits:
            return True
    return False


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n <= 3 else "4" if n <= 6 else \
        "7" if n <= 12 else "13"


class SentInfo:
    """What every pair of a sentence shares: each token's feature words and cue bits, the
    cue tokens, the people named (computed once per sentence, not once per pair)."""

    __slots__ = ("toks", "lo", "hi", "words", "bits", "cues", "np_feat", "first_person",
                 "marks")

    def __init__(self, toks: list[Tok], lo: int, hi: int, ments: list[Mention]):
        self.toks, self.lo, self.hi = toks, lo, hi
        forms = _FORMS
        self.words = words = []
        self.bits = bits = []
        self.cues = cues = []
        self.marks = marks = []  # (as scorer_clauses.clause_marks finds them)
        k = lo
        for t in toks[lo:hi]:  # (tok_info, without a call for a known token)
            if t.punct:
                words.append((t.text,))
                bits.append(0)
                if t.text in CLAUSE_PUNCT:
                    marks.append(k)
            else:
                x = forms[t.ar].get(t.key)
                if x is None:
                    x = tok_info(t)
                words.append(x[0])
                b = x[1]
                bits.append(b)
                if b:
                    cues.append((k, b))
                    if b & _CLAUSE_BIT:
                        marks.append(k)
            k += 1
        persons = [m for m in ments if m.etype == "Person"]
        self.np_feat = f"NP={_bucket(len({m.eid for m in persons}))}"
        self.first_person = persons[0].eid if persons else None


class SentScan:
    """A sentence's cue tokens (position, cue bits, feature words) and clause marks, as
    ``SentInfo`` finds them, and the cue bits of all its tokens or'ed: what ``scorer_bound``
    reads (a sentence's ``SentInfo`` is made only for a pair the bound keeps). The tokens
    are read by ``read``, when the bound first needs them."""

    __slots__ = ("toks", "lo", "hi", "cues", "marks", "bits", "bound_part")

    def __init__(self, toks: list[Tok], lo: int, hi: int):
        self.toks, self.lo, self.hi = toks, lo, hi
        self.cues: list[tuple[int, int, tuple[str, ...]]] | None = None  # (until read)
        self.marks: list[int] = []
        self.bits = 0
        self.bound_part: tuple | None = None  # (bound, its part of the sentence but the scan),
        # made once

    def read(self) -> SentScan:
        """Read the tokens (once)."""
        if self.cues is not None:
            return self
        en_forms, ar_forms = _FORMS  # (not _FORMS[t.ar]: a tuple indexed by a bool is not
        self.cues = cues = []  # specialised; a subscript, not a .get() call: a key not yet
        marks = self.marks  # known is rare)
        every = 0
        k = lo = self.lo
        for t in self.toks[lo:self.hi]:
            if t.punct:
                if t.text in CLAUSE_PUNCT:
                    marks.append(k)
            else:
                try:
                    x = (ar_forms if t.ar else en_forms)[t.key]
                except KeyError:
                    x = tok_info(t)
                b = x[1]
                if b:
                    cues.append((k, b, x[0]))
                    every |= b
                    if b & _CLAUSE_BIT:
                        marks.append(k)
            k += 1
        self.bits = every
        return self


@cache
def _cue_feats(pos: str, bits: int) -> tuple[tuple[str, str], ...]:
    """(cue class name, feature) of each class in *bits*, for a cue standing at *pos*."""
    return tuple((name, f"C{pos}:{name}") for i, (name, _w) in enumerate(CUES)
                 if bits >> i & 1)
