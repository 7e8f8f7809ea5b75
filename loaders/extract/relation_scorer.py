"""A learned scorer for the core relations the rules miss (MET_WITH, SUCCESSOR_OF,
ASSASSINATED_BY), used by the ``rules+scorer`` extractor.

Candidates are pairs of entity mentions, as the rule extractor found them, in one sentence
that holds a core cue word (met / talks / التقى / خلف / successor / اغتيال / killed ...),
and that the rules did not already relate by a core type. Each candidate is described by
sparse binary features: the words between and around the pair (folded with
:mod:`loaders.textnorm`, Arabic proclitics and pronoun suffixes stripped), cue-word classes
and where they stand (before, between, after the pair), negation, planning, phone-call and
denial cues, order, distance, other mentions between, the entity types and the language.

The model is five one-vs-rest logistic regressions over an ordered pair (a first, b
second): ``MET`` (a met b), ``SUCC_AB`` (a succeeded b), ``SUCC_BA``, ``ASSN_AB`` (a was
killed by b), ``ASSN_BA``. It was trained with scikit-learn by
``bench/train_relation_scorer.py`` on the dev annotations only; the weights ship as
``relation_scorer.json`` and inference here is plain Python (a dot product and a sigmoid),
so the runtime needs no new dependency and nothing is downloaded.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import title_start
from loaders.extract.tokens import Tok
from loaders.textnorm import fold_ar

WEIGHTS_FILE = Path(__file__).with_name("relation_scorer.json")
CORE = ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")
# class -> (relation type, source is the first mention of the pair?)
CLASSES: dict[str, tuple[str, bool]] = {
    "MET": ("MET_WITH", True), "SUCC_AB": ("SUCCESSOR_OF", True),
    "SUCC_BA": ("SUCCESSOR_OF", False), "ASSN_AB": ("ASSASSINATED_BY", True),
    "ASSN_BA": ("ASSASSINATED_BY", False)}
PAIR_TYPES = frozenset({"Person", "Organization", "Country"})


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
    ("modal", MODAL), ("phone", PHONE), ("say", SAY), ("by", BY))
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
    # the shortest forms generalise best; keep at most two per token
    words = tuple(sorted(forms, key=lambda f: (len(f), f))[:2])
    return words, bits


def _tok_info(t: Tok) -> tuple[tuple[str, ...], int]:
    if t.punct:
        return (t.text,), 0
    return word_forms(t.text, t.key, t.ar)


CUE_BIT = {"MET_WITH": 1, "SUCCESSOR_OF": 2, "ASSASSINATED_BY": 4}  # of a type's cue class
ALL_CUES = 0b111


def has_cue(toks: list[Tok], lo: int, hi: int, gate_bits: int = ALL_CUES) -> bool:
    """Does the sentence hold a cue word of a class in *gate_bits* (meet 1, succ 2, kill 4;
    the gate of the scorer)?"""
    for k in range(lo, hi):
        t = toks[k]
        if not t.punct and word_forms(t.text, t.key, t.ar)[1] & gate_bits:
            return True
    return False


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n <= 3 else "4" if n <= 6 else \
        "7" if n <= 12 else "13"


class SentInfo:
    """What every pair of a sentence shares: each token's feature words and cue bits, the
    cue tokens, the people named (computed once per sentence, not once per pair)."""

    __slots__ = ("toks", "lo", "hi", "words", "bits", "cues", "np_feat", "first_person")

    def __init__(self, toks: list[Tok], lo: int, hi: int, ments: list[Mention]):
        self.toks, self.lo, self.hi = toks, lo, hi
        info = [_tok_info(toks[k]) for k in range(lo, hi)]
        self.words = [w for w, _b in info]
        self.bits = [b for _w, b in info]
        self.cues = [(lo + i, b) for i, b in enumerate(self.bits) if b]
        persons = [m for m in ments if m.etype == "Person"]
        self.np_feat = f"NP={_bucket(len({m.eid for m in persons}))}"
        self.first_person = persons[0].eid if persons else None


@cache
def _cue_feats(pos: str, bits: int) -> tuple[tuple[str, str], ...]:
    """(cue class name, feature) of each class in *bits*, for a cue standing at *pos*."""
    return tuple((name, f"C{pos}:{name}") for i, (name, _w) in enumerate(CUES)
                 if bits >> i & 1)


def pair_features(si: SentInfo, a: Mention, b: Mention, ments: list[Mention], lang: str,
                  rule_roles: dict[str, set[str]]) -> list[str]:
    """Sparse binary features of the ordered pair (a before b) of a sentence."""
    lo, hi, words = si.lo, si.hi, si.words
    f = [f"lang={lang}", f"T={a.etype}|{b.etype}", f"Ta={a.etype}", f"Tb={b.etype}",
         f"K={a.kind}|{b.kind}"]
    between = b.lo - a.hi
    f.append(f"D={_bucket(between)}")
    others = [m for m in ments if a.hi <= m.lo and m.hi <= b.lo and m.eid not in (a.eid, b.eid)]
    f.append(f"NB={_bucket(len(others))}")
    np = sum(1 for m in others if m.etype == "Person")
    f.append(f"NPB={_bucket(np)}")
    if a.role:
        f.append("roleA")
    if b.role:
        f.append("roleB")
    if a.in_title:
        f.append("titleA")
    if b.in_title:
        f.append("titleB")
    if a.poss:
        f.append("possA")
    if b.poss:
        f.append("possB")
    for side, m in (("A", a), ("B", b)):
        for r in sorted(rule_roles.get(m.eid, ())):
            f.append(f"rule{side}:{r}")
    # cue classes by position (L: before a's title, T: a's title, M: between, R: after b)
    tl = title_start(a)
    cue_pos: dict[str, int] = {}
    cue_at: dict[str, list[int]] = {}
    for k, bits in si.cues:
        if a.lo <= k < a.hi or b.lo <= k < b.hi:
            continue
        pos = "L" if k < tl else "M" if a.hi <= k < b.lo else "R" if k >= b.hi else "T"
        for name, feat in _cue_feats(pos, bits):
            f.append(feat)
            if name not in cue_pos:
                cue_pos[name] = k
            cue_at.setdefault(name, []).append(k)
    # words: three before a (and its title), between (if close), three after b
    for pos, k0, k1 in (("L", max(lo, tl - 3), tl), ("T", tl, a.lo),
                        ("M", a.hi, b.lo if between <= 12 else a.hi),
                        ("R", b.hi, min(hi, b.hi + 3))):
        for k in range(k0, k1):
            if b.lo <= k < b.hi:
                continue
            for w in words[k - lo]:
                f.append(f"{pos}:{w}")
    # the words right next to each mention
    for tag, k in (("preA", tl - 1), ("postA", a.hi), ("preB", title_start(b) - 1),
                   ("postB", b.hi)):
        if lo <= k < hi:
            f.append(f"{tag}:{words[k - lo][0]}")
        else:
            f.append(f"{tag}:<edge>")
    f.append(si.np_feat)
    if si.first_person == a.eid:
        f.append("firstPersonA")
    if b.lo > lo:
        prev = si.toks[b.lo - 1]
        if prev.key in ("and", "و", ",", "،", "with", "مع"):
            f.append(f"prevB:{prev.key}")
    # how far the cue words stand from each mention (nearest cue of each class)
    for name in ("meet", "succ", "kill"):
        ks = cue_at.get(name)
        if not ks:
            continue
        for side, m in (("A", a), ("B", b)):
            d = min((k - m.hi + 1 if k >= m.hi else k - m.lo for k in ks), key=abs)
            f.append(f"d{side}:{name}:{'-' if d < 0 else '+'}{_bucket(abs(d))}")
    # the cue word nearest each mention, and whether the mention is the subject of a cue
    # verb (English "A met", Arabic verb-first "التقى A") or what follows it ("met B")
    core_cues = [(k, bits) for k, bits in si.cues if bits & 7
                 and not (a.lo <= k < a.hi or b.lo <= k < b.hi)]
    if core_cues:
        for side, m in (("A", a), ("B", b)):
            mlo = title_start(m)
            k, bits = min(core_cues, key=lambda kb: (abs(kb[0] - m.hi + 1) if kb[0] >= m.hi
                                                     else abs(kb[0] - m.lo), kb[0]))
            f.append(f"cue{side}:{words[k - lo][0]}")
            cls = "meet" if bits & 1 else "succ" if bits & 2 else "kill"
            if k in (m.hi, m.hi + 1):
                f.append(f"subj{side}:{cls}" if lang == "en" else f"after{side}:{cls}")
            elif k in (mlo - 1, mlo - 2):
                f.append(f"subj{side}:{cls}" if lang == "ar" else f"obj{side}:{cls}")
    # a negation or planning word just before the first meeting / killing cue
    for name in ("meet", "succ", "kill"):
        k = cue_pos.get(name)
        if k is None:
            continue
        for j in range(max(lo, k - 4), k):
            bits = si.bits[j - lo]
            if bits & 16:
                f.append(f"neg<{name}")
            if bits & 32:
                f.append(f"modal<{name}")
        if k < a.lo:
            f.append(f"{name}<A|T={a.etype}|{b.etype}")
        elif k < b.lo:
            f.append(f"A<{name}<B|T={a.etype}|{b.etype}")
        else:
            f.append(f"B<{name}|T={a.etype}|{b.etype}")
    return list(dict.fromkeys(f))


def sentence_candidates(toks: list[Tok], lo: int, hi: int, ments: list[Mention], lang: str,
                        related: set[frozenset[str]],
                        rule_rels: list[tuple[str, str, str]],
                        skip_both_related: bool = False) -> list[Candidate]:
    """Candidate pairs of a sentence: distinct entities of the pair types, nearest mentions,
    at least one a person, not related already by a core rule (*related*: sets of 2 ids).
    *skip_both_related*: also leave out a pair whose two mentions the rules both related by
    a core type to someone else in the sentence (at inference: on all dev and DA-DF the
    scorer never added a relation to such a pair, and they are a quarter of the pairs of
    dense text)."""
    best: dict[tuple[str, str], tuple[int, Mention, Mention]] = {}
    ms = sorted((m for m in ments if m.etype in PAIR_TYPES and m.hi > m.lo and m.kind != "ref"),
                key=lambda m: m.lo)
    for i, a in enumerate(ms):
        for b in ms[i + 1:]:
            if a.eid == b.eid or b.lo < a.hi:
                continue
            if a.etype != "Person" and b.etype != "Person":
                continue
            key = (a.eid, b.eid) if a.eid < b.eid else (b.eid, a.eid)
            if frozenset(key) in related:
                continue
            d = b.lo - a.hi
            have = best.get(key)
            if have is None or d < have[0]:
                best[key] = (d, a, b)
    out: list[Candidate] = []
    if not best:
        return out
    by_eid: dict[str, list[tuple[str, str]]] = {}  # id -> (other id, its rule role)
    partners_of: dict[str, dict[str, str]] = {}  # id -> {id the rules related it to: how}
    for typ, src, tgt in rule_rels:
        by_eid.setdefault(src, []).append((tgt, typ + ">"))
        by_eid.setdefault(tgt, []).append((src, "<" + typ))
        partners_of.setdefault(src, {}).setdefault(tgt, typ + (">" if typ != "MET_WITH"
                                                                else ""))
        partners_of.setdefault(tgt, {}).setdefault(src, ("<" if typ != "MET_WITH" else "")
                                                   + typ)
    si: SentInfo | None = None
    for _d, a, b in best.values():
        pair = (a.eid, b.eid)
        roles = {e: {r for other, r in by_eid[e] if other not in pair}
                 for e in pair if e in by_eid}
        if skip_both_related and len(roles) == 2 and all(
                any(r.strip("<>") in CORE for r in rs) for rs in roles.values()):
            continue
        if si is None:
            si = SentInfo(toks, lo, hi, ments)
        feats = pair_features(si, a, b, ments, lang, roles)
        if partners_of:
            feats += _sibling_features(toks, a, b, ms, partners_of)
        out.append(Candidate(a, b, feats))
    return out


_LIST_GLUE = frozenset({",", "،", "and", "و", "as", "well", "also", "both", "&"})


def _sibling_features(toks: list[Tok], a: Mention, b: Mention, ms: list[Mention],
                      partners_of: dict[str, dict[str, str]]) -> list[str]:
    """Lists: one of the pair stands next to (joined by a comma or "and" to) a mention that
    the rules related to the other one ("met X, Y and Z": the rules got X; Y and Z are its
    list siblings). *partners_of*: per id, the ids the rules related it to in the sentence
    (with the relation, its first one)."""
    out = []
    for side, me, other in (("B", b, a), ("A", a, b)):
        partners = partners_of.get(other.eid)
        if not partners:
            continue
        for c in ms:
            typ = partners.get(c.eid)
            if typ is None or c.eid == me.eid:
                continue
            lo_, hi_ = (c.hi, me.lo) if c.hi <= me.lo else (me.hi, c.lo)
            if hi_ < lo_ or hi_ - lo_ > 12:
                continue
            if any(toks[k].key in _LIST_GLUE for k in range(lo_, hi_)):
                out.append(f"sib{side}:{typ}")
                break
    return out


class RelationScorer:
    """The trained weights: per class a bias and a {feature: weight} table; per relation
    type the probability threshold chosen by leave-one-batch-out cross-validation."""

    def __init__(self, data: dict[str, Any]):
        self.version = data.get("version", 1)
        self.classes: dict[str, tuple[float, dict[str, float]]] = {
            c: (float(v["bias"]), {k: float(w) for k, w in v["weights"].items()})
            for c, v in data["classes"].items()}
        self.thresholds: dict[str, float] = {t: float(x) for t, x in data["thresholds"].items()}
        self.meta = data.get("meta", {})
        self._active = [(c, CLASSES[c][0], self.thresholds.get(CLASSES[c][0], 1.01), bias, w)
                        for c, (bias, w) in self.classes.items()
                        if self.thresholds.get(CLASSES[c][0], 1.01) <= 1.0]
        # feature -> ((index in _active, weight), ...): one look-up per feature, not per class
        merged: dict[str, list[tuple[int, float]]] = {}
        for i, (_c, _typ, _thr, _bias, w) in enumerate(self._active):
            for x, v in w.items():
                merged.setdefault(x, []).append((i, v))
        self._merged = {x: tuple(iv) for x, iv in merged.items()}
        # the cue classes of the switched-on types: only sentences holding one are scored
        self.gate_bits = 0
        for _c, typ, _t, _b, _w in self._active:
            self.gate_bits |= CUE_BIT[typ]

    @classmethod
    def load(cls, path: str | Path | None = None) -> RelationScorer:
        """Read the weights file (default: the one shipped next to this module)."""
        p = Path(path) if path else WEIGHTS_FILE
        return cls(json.loads(p.read_text(encoding="utf-8")))

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        """Probability of each class for a candidate's features."""
        fl = list(feats)
        out = {}
        for c, (bias, w) in self.classes.items():
            z = bias
            for x in fl:
                v = w.get(x)
                if v is not None:
                    z += v
            out[c] = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
        return out

    def decide(self, cand: Candidate) -> list[tuple[str, str, str, float]]:
        """The relations (type, source id, target id, probability) a candidate gets: the most
        probable class of each relation type whose probability passes its threshold, and at
        most one direction per type. Classes of a type switched off (threshold above 1) are
        not computed."""
        best: dict[str, tuple[float, str]] = {}
        zs = [bias for _c, _typ, _thr, bias, _w in self._active]
        merged = self._merged
        for x in cand.feats:
            iv = merged.get(x)
            if iv is not None:
                for i, v in iv:
                    zs[i] += v
        for (c, typ, thr, _bias, _w), z in zip(self._active, zs, strict=True):
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            if p >= thr and p > best.get(typ, (-1.0, ""))[0]:
                best[typ] = (p, c)
        out = []
        for typ, (p, c) in best.items():
            ab = CLASSES[c][1]
            src, tgt = (cand.a.eid, cand.b.eid) if ab else (cand.b.eid, cand.a.eid)
            out.append((typ, src, tgt, p))
        return out


def doc_candidates(doc: Any, rels: list, lang: str, include_related: bool = False,
                   gate_bits: int = ALL_CUES) -> list[tuple[int, Candidate]]:
    """(sentence index, candidate) of every gated sentence of an analysed article, given
    the rules' relations *rels* (``Rel`` tuples): sentences with a core cue word, pairs the
    rules did not relate by a core type anywhere in the article (*include_related*: all
    pairs, for training). A candidate's rule features name the relations the rules gave
    each of its mentions in that sentence with someone else than the other one.
    *gate_bits*: the cue classes a sentence must hold (meet 1, succ 2, kill 4)."""
    related: set[frozenset[str]] = set()
    roles: dict[int, list[tuple[str, str, str]]] = {}
    for r in rels:
        if r.type in CORE:
            related.add(frozenset((r.source, r.target)))
        roles.setdefault(r.sent, []).append((r.type, r.source, r.target))
    out = []
    toks = doc.toks
    actor: list[str | None] = []  # the article's main actor, found when first needed
    for si, s in enumerate(doc.sents):
        ments = doc.by_sent.get(si)
        if not ments or not has_cue(toks, s.lo, s.hi, gate_bits):
            continue
        skip = set() if include_related else related
        if len(ments) >= 2:
            for c in sentence_candidates(toks, s.lo, s.hi, ments, lang, skip,
                                         roles.get(si, []), not include_related):
                out.append((si, c))
        if not actor:
            actor.append(main_actor(doc))
        c = actor_candidate(doc, si, ments, actor[0], lang, skip, roles.get(si, []))
        if c is not None:
            out.append((si, c))
    return out


def main_actor(doc: Any) -> str | None:
    """The person named most often in the article (by name; ties: the one named first)."""
    count: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for si in sorted(doc.by_sent):
        for m in doc.by_sent[si]:
            if m.etype == "Person" and m.kind == "name":
                count[m.eid] = count.get(m.eid, 0) + 1
                first.setdefault(m.eid, (si, m.lo))
    if not count:
        return None
    return min(count, key=lambda e: (-count[e], first[e]))


def actor_candidate(doc: Any, si: int, ments: list[Mention], actor: str | None, lang: str,
                    related: set[frozenset[str]], rule_rels: list[tuple[str, str, str]]
                    ) -> Candidate | None:
    """A sentence with a cue word and one named person that does not name the article's
    main actor, named in an earlier sentence ("He met X" / "والتقى X"): the pair (main
    actor, that person), the actor standing as an empty span at the sentence's start."""
    if actor is None:
        return None
    people = [m for m in ments if m.etype == "Person" and m.kind != "ref" and m.hi > m.lo]
    if not people or any(m.eid == actor for m in ments):
        return None
    if len({m.eid for m in people}) != 1 or frozenset((actor, people[0].eid)) in related:
        return None
    if not any(m.eid == actor for k in range(si) for m in doc.by_sent.get(k, ())):
        return None
    s = doc.sents[si]
    b = people[0]
    a = Mention(s.lo, s.lo, s.start, s.start, actor, "Person", si, kind="actor")
    roles: dict[str, set[str]] = {}
    for typ, src, tgt in rule_rels:
        roles.setdefault(src, set()).add(typ + ">")
        roles.setdefault(tgt, set()).add("<" + typ)
    info = SentInfo(doc.toks, s.lo, s.hi, ments)
    return Candidate(a, b, pair_features(info, a, b, ments, lang, roles) + ["actorPair"])
