"""The sparse binary features of a candidate pair for the learned scorer of ``relation_scorer``:
the cue classes of a token (``MEET`` "met" / "التقى", ``SUCC`` "succeeded" / "خلف", ``KILL``
"killed" / "اغتيال", negation, planning, phone calls, reporting, agents), the folded forms of
a word (``word_forms``: "والتقى" -> التقى, proclitics and pronoun suffixes stripped) and the
features of a pair in its sentence (``pair_features``: the words between and around the pair,
where each cue class stands, order, distance, the mentions between, the entity types): e.g.
"X met Y in Baghdad" gives ``A<meet<B`` among others."""

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
    clause_features,
    clause_marks,
    glue_feature,
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
    # the shortest forms generalise best; keep at most two per token
    words = tuple(sorted(forms, key=lambda f: (len(f), f))[:2])
    return words, bits


# by Tok.ar (False, True): key -> word_forms of a token (which reads only its key and
# script): a look-up by the key's cached hash, not a call of the lru cache on three values
_FORMS: tuple[dict[str, tuple[tuple[str, ...], int]], ...] = ({}, {})
_MAX_FORMS = 50_000


def _tok_info(t: Tok) -> tuple[tuple[str, ...], int]:
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
            x = _tok_info(t)
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
        info = [_tok_info(toks[k]) for k in range(lo, hi)]
        self.words = [w for w, _b in info]
        self.bits = [b for _w, b in info]
        self.cues = [(lo + i, b) for i, b in enumerate(self.bits) if b]
        self.marks = clause_marks(toks, lo, hi, self.bits, _CLAUSE_BIT)
        persons = [m for m in ments if m.etype == "Person"]
        self.np_feat = f"NP={_bucket(len({m.eid for m in persons}))}"
        self.first_person = persons[0].eid if persons else None
        for d in _WORD_FEATS.values():
            if len(d) > _MAX_WORD_FEATS:
                d.clear()


@cache
def _cue_feats(pos: str, bits: int) -> tuple[tuple[str, str], ...]:
    """(cue class name, feature) of each class in *bits*, for a cue standing at *pos*."""
    return tuple((name, f"C{pos}:{name}") for i, (name, _w) in enumerate(CUES)
                 if bits >> i & 1)


# ---- strings made once, not once per pair ------------------------------------------------
_BUCKETS = tuple(_bucket(n) for n in range(14))  # _bucket(n) = _BUCKETS[min(max(n, 0), 13)]
_D_FEAT = tuple(f"D={x}" for x in _BUCKETS)
_NB_FEAT = tuple(f"NB={x}" for x in _BUCKETS)
_NPB_FEAT = tuple(f"NPB={x}" for x in _BUCKETS)
_PREV_B = {k: f"prevB:{k}" for k in ("and", "و", ",", "،", "with", "مع")}
_CORE_CUES = ("meet", "succ", "kill")
# (side, class name, signed distance) -> "dA:meet:+2": the nearest cue of a class
_DIST_FEAT = {(side, name, sign, n): f"d{side}:{name}:{'-' if sign else '+'}{_BUCKETS[n]}"
              for side in "AB" for name in _CORE_CUES for sign in (0, 1) for n in range(14)}
_MAX_WORD_FEATS = 200_000  # per tag: the cache below is emptied past this many words


@cache
def _type_feats(lang: str, ta: str, tb: str, ka: str, kb: str) -> tuple[str, ...]:
    """The first features of a pair: language, entity types, mention kinds."""
    return (f"lang={lang}", f"T={ta}|{tb}", f"Ta={ta}", f"Tb={tb}", f"K={ka}|{kb}")


@cache
def _order_feats(name: str, ta: str, tb: str) -> tuple[str, str, str, str, str]:
    """(neg<name, modal<name, name<A|T=.., A<name<B|T=.., B<name|T=..) for a cue class."""
    t = f"T={ta}|{tb}"
    return (f"neg<{name}", f"modal<{name}", f"{name}<A|{t}", f"A<{name}<B|{t}",
            f"B<{name}|{t}")


# tag -> {word: "tag:word"}: the word features already made (emptied, by SentInfo, past
# _MAX_WORD_FEATS words of a tag)
_WORD_FEATS: dict[str, dict[str, str]] = {
    t: {} for t in ("L", "T", "M", "R", "preA", "postA", "preB", "postB", "cueA", "cueB")}


def _tagged(w: str, tag: str) -> str:
    """The feature "tag:word", made once."""
    d = _WORD_FEATS[tag]
    x = d.get(w)
    if x is None:
        x = d[w] = f"{tag}:{w}"
    return x


def pair_features(si: SentInfo, a: Mention, b: Mention, ments: list[Mention], lang: str,
                  rule_roles: dict[str, set[str]]) -> list[str]:
    """Sparse binary features of the ordered pair (a before b) of a sentence."""
    lo, hi, words = si.lo, si.hi, si.words
    alo, ahi, blo, bhi, aeid, beid = a.lo, a.hi, b.lo, b.hi, a.eid, b.eid
    ta, tb = a.etype, b.etype
    f = list(_type_feats(lang, ta, tb, a.kind, b.kind))
    between = blo - ahi
    f.append(_D_FEAT[min(max(between, 0), 13)])
    nb = npb = 0
    for m in ments:
        if ahi <= m.lo and m.hi <= blo and m.eid != aeid and m.eid != beid:
            nb += 1
            if m.etype == "Person":
                npb += 1
    f.append(_NB_FEAT[min(nb, 13)])
    f.append(_NPB_FEAT[min(npb, 13)])
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
    if rule_roles:
        for side, m in (("A", a), ("B", b)):
            for r in sorted(rule_roles.get(m.eid, ())):
                f.append(f"rule{side}:{r}")
    # cue classes by position (L: before a's title, T: a's title, M: between, R: after b)
    tl = a.tlo if 0 <= a.tlo < alo else alo
    cue_pos: dict[str, int] = {}
    cue_at: dict[str, list[int]] = {}
    core_cues = []
    for k, bits in si.cues:
        if alo <= k < ahi or blo <= k < bhi:
            continue
        if bits & 7:
            core_cues.append((k, bits))
        pos = "L" if k < tl else "M" if ahi <= k < blo else "R" if k >= bhi else "T"
        for name, feat in _cue_feats(pos, bits):
            f.append(feat)
            if name not in cue_pos:
                cue_pos[name] = k
                cue_at[name] = [k]
            else:
                cue_at[name].append(k)
    # words: three before a (and its title), between (if close), three after b; only the
    # words of a cue class (session 26: the other words are the writer's own and did not
    # carry to new writers; held out, the pair's precision rose without them)
    wf = _WORD_FEATS
    sbits = si.bits
    for pos, k0, k1 in (("L", max(lo, tl - 3), tl), ("T", tl, alo),
                        ("M", ahi, blo if between <= 12 else ahi),
                        ("R", bhi, min(hi, bhi + 3))):
        if k0 >= k1:
            continue
        d = wf[pos]
        for k in range(k0, k1):
            if blo <= k < bhi or not sbits[k - lo]:
                continue
            for w in words[k - lo]:
                x = d.get(w)
                if x is None:
                    x = d[w] = f"{pos}:{w}"
                f.append(x)
    # the words right next to each mention
    for tag, k in (("preA", tl - 1), ("postA", ahi),
                   ("preB", (b.tlo if 0 <= b.tlo < blo else blo) - 1), ("postB", bhi)):
        w = words[k - lo][0] if lo <= k < hi else "<edge>"
        x = wf[tag].get(w)
        f.append(x if x is not None else _tagged(w, tag))
    f.append(si.np_feat)
    if si.first_person == aeid:
        f.append("firstPersonA")
    if blo > lo:
        x = _PREV_B.get(si.toks[blo - 1].key)
        if x is not None:
            f.append(x)
    # how far the cue words stand from each mention (nearest cue of each class; the first
    # of equally near ones)
    for name in _CORE_CUES:
        ks = cue_at.get(name)
        if not ks:
            continue
        for side, mlo, mhi in (("A", alo, ahi), ("B", blo, bhi)):
            best = None
            for k in ks:
                d = k - mhi + 1 if k >= mhi else k - mlo
                if best is None or abs(d) < abs(best):
                    best = d
            f.append(_DIST_FEAT[side, name, best < 0, min(abs(best), 13)])
    f += clause_features(si.marks, alo, ahi, blo, cue_at)
    x = glue_feature(si.toks, lo, alo, blo, lang, cue_at)
    if x is not None:
        f.append(x)
    # the cue word nearest each mention, and whether the mention is the subject of a cue
    # verb (English "A met", Arabic verb-first "التقى A") or what follows it ("met B")
    if core_cues:
        for side, m in (("A", a), ("B", b)):
            mlo, mhi = m.lo, m.hi
            tlo = m.tlo if 0 <= m.tlo < mlo else mlo
            best_key = None
            for kb in core_cues:
                k0 = kb[0]
                key = (abs(k0 - mhi + 1) if k0 >= mhi else abs(k0 - mlo), k0)
                if best_key is None or key < best_key:
                    best_key, k, bits = key, k0, kb[1]
            f.append(_tagged(words[k - lo][0], "cue" + side))
            cls = "meet" if bits & 1 else "succ" if bits & 2 else "kill"
            if k in (mhi, mhi + 1):
                f.append(f"subj{side}:{cls}" if lang == "en" else f"after{side}:{cls}")
            elif k in (tlo - 1, tlo - 2):
                f.append(f"subj{side}:{cls}" if lang == "ar" else f"obj{side}:{cls}")
    # a negation or planning word just before the first meeting / killing cue
    for name in _CORE_CUES:
        k = cue_pos.get(name)
        if k is None:
            continue
        neg, modal, before, mid, after = _order_feats(name, ta, tb)
        for j in range(max(lo, k - 4), k):
            bits = sbits[j - lo]
            if bits & 16:
                f.append(neg)
            if bits & 32:
                f.append(modal)
        if k < alo:
            f.append(before)
        elif k < blo:
            f.append(mid)
        else:
            f.append(after)
    return list(dict.fromkeys(f))
