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
from loaders.extract.rule_common import title_start
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
