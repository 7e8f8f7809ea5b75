"""An exact upper bound on a candidate pair's scores, so that the ``rules+scorer`` extractor
drops the pairs that cannot pass before their features are built (the output is the same).

For each switched-on class the score of a pair is its bias plus the weights of its features
(``RelationScorer.scores``; each feature counted once). ``ScoreBound.pair_may_pass`` scores
the features of ``base_features``, ``cue_features`` (with the clause and list-glue features
of ``scorer_clauses``) and ``tail_features`` (and "actorPair"; the ``attprev`` features of
``scorer_attendees`` count as exact: only its own pairs, which the bound never judges, have
them) exactly, as it finds them,
without making the lists (``_pair_sum``, which must follow those functions: the tests of
``test_extract_scorerspeed26_s26`` / ``test_extract_scorercost27_s27`` compare it with the
features' scores under random weights), and adds, for the rest, the largest total their
weights could reach, taken from the weights at load time (``ScoreBound(scorer)``; nothing is
hand-written, so it holds for any weights file):

- the words of the windows (before a's title, a's title, between if close, after b; only
  the words of a cue class are features there): per cue token and window tag (L, T, M, R)
  the positive weights of its forms;
- the words next to each mention (preA, postA, preB, postB): the positive weight of the word;
- list siblings (one per side, only when the rules related the other one in the sentence):
  the largest of the side;
- every other feature of the weights (a family this module does not know, e.g. one added
  later to the words): its positive weight, always (exact, only fewer pairs dropped).

A feature's bound is its largest positive weight over the classes, so one number bounds
every class: a pair is dropped when, for every class, the exact part plus that number stays
below the score its threshold needs (``RelationScorer._zmin``, already a margin under the
logit of the threshold). The exact part is summed as integers (session 27): each feature's
weights in the switched-on classes are one integer, ceil(w * 2**24) per class field plus an
offset and a count (``_packed_rows``), so the sum is never below the scores and one addition
per feature; every class is decided by one test of the top bits of the class fields
(``_class_check``). A sentence's cue tokens are read once (``SentScan``), only when a pair
first needs the bound (``ScoreBound.sentence``).
"""
from __future__ import annotations

import math
import re
from typing import Any, NamedTuple

from loaders.extract.mention_base import Mention
from loaders.extract.relation_scorer import RelationScorer
from loaders.extract.scorer_clauses import _GLUE, clause_features, glue_feature
from loaders.extract.scorer_features import _FORMS, SentScan, _bucket, _cue_feats, tok_info
from loaders.extract.scorer_pair import (
    _D_FEAT,
    _DIST_FEAT,
    _NB_FEAT,
    _NPB_FEAT,
    _PREV_B,
    WINDOW_BETWEEN,
    WINDOW_OUT,
    _order_feats,
    _type_feats,
    between_counts,
    nearest_cue,
)
from loaders.extract.tokens import Tok

_WINDOW_TAGS = ("L", "T", "M", "R")
_NEXT_TAGS = ("preA", "postA", "preB", "postB")

# the features scored exactly (made by base_features, cue_features, tail_features, or
# "actorPair")
_EXACT = re.compile(r"(lang|T|Ta|Tb|K|D|NB|NPB|NP)=|(role|title|poss)[AB]$|rule[AB]:|"
                    r"firstPersonA$|prevB:|actorPair$|C[LMRT]:|d[AB]:|cue[AB]:|"
                    r"(subj|obj|after)[AB]:|(neg|modal)<|(\w+<A|A<\w+<B|B<\w+)\|T=|"
                    r"cl:|clM=|glue:|attprev")  # (attprev: scorer_attendees' own pairs)
_WORD = re.compile(r"(L|T|M|R|preA|postA|preB|postB):(.*)", re.S)
_SIB = re.compile(r"sib([AB]):")


class ScoreBound:
    """The bound of one ``RelationScorer``'s switched-on classes (see the module doc)."""

    def __init__(self, scorer: RelationScorer):
        self.scorer = scorer
        self.zmin = scorer._zmin
        words: dict[str, dict[str, float]] = {t: {} for t in (*_WINDOW_TAGS, *_NEXT_TAGS)}
        sib = dict.fromkeys("AB", 0.0)  # the largest of a side (one per side)
        other = 0.0
        for x, row in scorer._vec.items():
            v = max(0.0, *row)
            if v == 0.0 or _EXACT.match(x):
                continue
            if m := _WORD.fullmatch(x):
                words[m[1]][m[2]] = v
            elif m := _SIB.match(x):
                sib[m[1]] = max(sib[m[1]], v)
            else:  # a family the bound does not know: its weight, always
                other += v
        self._window = tuple(words[t] for t in _WINDOW_TAGS)
        self._next = tuple(words[t] for t in _NEXT_TAGS)
        self.always = other  # what every pair may add: the features of unknown families
        self.sib = (sib["A"], sib["B"])
        # a token's forms -> its bound in each window (L, T, M, R)
        self._tok: dict[tuple[str, ...], tuple[float, ...]] = {}
        self._packed, self._pack = _packed_rows(scorer)
        self._check, self._lim = _class_check(self._pack, self.zmin)
        # (class bias, score it must reach) of each switched-on class
        self._need = tuple(zip(scorer._biases, self.zmin, strict=True))
        p = self._packed.get
        # the packed weights of the features of a fixed family, by what they depend on
        self._d = tuple(p(x, 0) for x in _D_FEAT)
        self._nb = tuple(p(x, 0) for x in _NB_FEAT)
        self._npb = tuple(p(x, 0) for x in _NPB_FEAT)
        self._flags = tuple(p(x, 0) for x in ("roleA", "roleB", "titleA", "titleB", "possA",
                                               "possB", "firstPersonA"))
        self._dist = {k: p(x, 0) for k, x in _DIST_FEAT.items()}
        self._prev_b = {k: p(x, 0) for k, x in _PREV_B.items()}
        self._memo: dict[Any, int] = {}  # key -> packed weights of a family's features

    def exact_scores(self, feats: list[str]) -> list[float]:
        """Per switched-on class, a number at least its score (bias and weights) for the
        distinct features *feats*, above it by less than 1e-6 per feature: the weights
        rounded up to a grid of 2**-24 and summed as one integer (``_packed_rows``)."""
        t = sum(filter(None, map(self._packed.get, dict.fromkeys(feats))))
        return self._unpack(t, 0.0)

    def _unpack(self, t: int, x: float) -> list[float]:
        """The class scores of a packed sum *t*, plus *x*."""
        mask, width, off, _biases = self._pack
        n = t & mask  # (how many features had a weight: their offsets are taken off)
        out = []
        for bias, _zmin in self._need:
            t >>= width
            out.append(bias + ((t & mask) - n * off) / _SCALE + x)
        return out

    def _cue_sum(self, pos: str, bits: int) -> int:
        """The packed weights of the cue classes *bits* standing at *pos* (made once)."""
        return self._packed_sum((pos, bits), [f for _n, f in _cue_feats(pos, bits)])

    def _packed_sum(self, key: Any, feats: Any) -> int:
        """The packed weights of the distinct features *feats*, kept under *key*."""
        if len(self._memo) > 50_000:
            self._memo.clear()
        p = self._packed.get
        x = self._memo[key] = sum(p(f, 0) for f in dict.fromkeys(feats))
        return x

    def sentence(self, scan: SentScan, ments: list[Mention], lang: str) -> _Sent:
        """The per-sentence part of the bound (*ments*: the sentence's mentions): each cue
        token with its bound in the windows, the people named (``NP=``, the first of them);
        made once per scan."""
        part = scan.bound_part
        if part is not None and part[0] is self:
            return _Sent(scan, *part[1])
        tok = self._tok
        cues = []
        for k, b, forms in scan.read().cues:
            x = tok.get(forms)
            if x is None:
                if len(tok) > 50_000:
                    tok.clear()
                # (only the words of a cue class are window features: the others bound
                # nothing, and every cue token has a cue class)
                x = tok[forms] = tuple(sum(d.get(w, 0.0) for w in forms)
                                       for d in self._window)
            cues.append((k, b, forms[0], x))
        # per cue token: the cue bits of the (up to) four tokens before it or'ed (the cues
        # ascend: only the few just before it are looked at, not every cue of the sentence)
        before = {}
        lo = scan.lo
        for i, (k, _b, _w, _x) in enumerate(cues):
            j0 = k - 4 if k - 4 > lo else lo
            nm = 0
            p = i - 1
            while p >= 0:
                j, bits, _w2, _x2 = cues[p]
                if j < j0:
                    break
                nm |= bits
                p -= 1
            before[k] = nm
        persons = [m for m in ments if m.etype == "Person"]
        np_feat = f"NP={_bucket(len({m.eid for m in persons}))}"
        sb = _Sent(scan, lang, tuple(cues), self._packed.get(np_feat, 0),
                   persons[0].eid if persons else None, before, {})
        # (kept on the scan without the scan itself: a scan that refers to itself through its
        # part would keep the article's tokens alive until a garbage collection finds the
        # cycle, which then reads them all; session 66)
        scan.bound_part = (self, sb[1:])
        return sb

    def pair_upper(self, sb: _Sent, a: Mention, b: Mention, ments: list[Mention],
                   roles: dict[str, set[str]], sib: tuple[bool, bool] = (False, False),
                   extra: str | None = None) -> list[float] | None:
        """Per switched-on class, a score the pair (a before b; *extra*: one more feature)
        cannot exceed: the features of ``base_features``, ``cue_features`` and
        ``tail_features`` scored exactly (as packed weights, without making their strings
        where a table has them), the words bounded; *sib*: may it get a list-sibling feature
        of side A, of side B? None for a pair the bound does not cover."""
        got = self._pair_sum(sb, a, b, ments, roles, sib, extra)
        return None if got is None else self._unpack(*got)

    def pair_may_pass(self, sb: _Sent, a: Mention, b: Mention, ments: list[Mention],
                      roles: dict[str, set[str]], sib: tuple[bool, bool] = (False, False),
                      extra: str | None = None) -> bool:
        """Can the pair (a before b) reach the score of a class's threshold (``pair_upper``
        of a class at least its ``zmin``)?"""
        got = self._pair_sum(sb, a, b, ments, roles, sib, extra)
        if got is None:
            return True
        t, x = got
        mask, width, off, _biases = self._pack
        xq = math.ceil(x * _SCALE)
        if self._check is None or not -self._lim < xq < self._lim:
            return any(u >= zmin for u, (_b, zmin) in zip(self._unpack(t, x), self._need,
                                                             strict=True))
        # every class at once: field i of t + K0 + (xq - n * off) * ONES is half a field
        # plus ceil((bias_i - zmin_i) * 2**24) + xq + the class's packed weights, so its top
        # bit is set when bias_i + weights + x >= zmin_i (rounded up: never a pair that
        # passes dropped)
        k0, ones, tops = self._check
        return bool((t + k0 + (xq - (t & mask) * off) * ones) & tops)

    def _pair_sum(self, sb: _Sent, a: Mention, b: Mention, ments: list[Mention],
                  roles: dict[str, set[str]], sib: tuple[bool, bool],
                  extra: str | None) -> tuple[int, float] | None:
        """(packed weights of the exactly scored features, bound of the rest) of a pair
        (``pair_upper``)."""
        scan = sb.scan
        lo, hi, toks = scan.lo, scan.hi, scan.toks
        alo, ahi, blo, bhi = a.lo, a.hi, b.lo, b.hi
        tl = a.tlo if 0 <= a.tlo < alo else alo
        if not lo <= tl <= alo <= ahi <= blo <= bhi <= hi:
            return None  # (not a pair of the usual shape: no bound)
        lang, aeid, beid, ta, tb = sb.lang, a.eid, b.eid, a.etype, b.etype
        get = self._packed.get
        # base_features
        memo = self._memo
        key = (lang, ta, tb, a.kind, b.kind)
        t = memo.get(key)
        if t is None:
            t = self._packed_sum(key, _type_feats(*key))
        between = blo - ahi
        t += self._d[(between if between < 13 else 13) if between > 0 else 0]
        nb, npb = between_counts(ments, ahi, blo, aeid, beid)
        t += self._nb[nb] + self._npb[npb]
        flags = self._flags
        if a.role:
            t += flags[0]
        if b.role:
            t += flags[1]
        if a.in_title:
            t += flags[2]
        if b.in_title:
            t += flags[3]
        if a.poss:
            t += flags[4]
        if b.poss:
            t += flags[5]
        if roles:
            for side, e in (("A", aeid), ("B", beid)):
                for r in roles.get(e, ()):
                    t += get(f"rule{side}:{r}", 0)
        # tail_features (and the extra feature)
        t += sb.np
        if sb.first_person == aeid:
            t += flags[6]
        if blo > lo:
            t += self._prev_b.get(toks[blo - 1].key, 0)
        if extra:
            t += get(extra, 0)
        # cue_features: the cue classes by position (their bits or'ed), the core cues in
        # order; the window words (only cue tokens are window features) bounded on the way
        orl = orm = orr = ort = 0
        xw = 0.0
        core = []
        kmeet: list[int] = []
        ksucc: list[int] = []
        kkill: list[int] = []
        for k, bits, w, row in sb.cues:
            if alo <= k < ahi or blo <= k < bhi:
                continue
            if bits & 7:
                core.append((k, bits, w))
                if bits & 1:
                    kmeet.append(k)
                if bits & 2:
                    ksucc.append(k)
                if bits & 4:
                    kkill.append(k)
            if k < tl:
                orl |= bits
                if k >= tl - WINDOW_OUT:
                    xw += row[0]
            elif ahi <= k < blo:
                orm |= bits
                if between <= WINDOW_BETWEEN:
                    xw += row[2]
            elif k >= bhi:
                orr |= bits
                if k < bhi + WINDOW_OUT:
                    xw += row[3]
            else:
                ort |= bits
                xw += row[1]
        if orl:
            x = memo.get(("L", orl))
            t += x if x is not None else self._cue_sum("L", orl)
        if orm:
            x = memo.get(("M", orm))
            t += x if x is not None else self._cue_sum("M", orm)
        if orr:
            x = memo.get(("R", orr))
            t += x if x is not None else self._cue_sum("R", orr)
        if ort:
            x = memo.get(("T", ort))
            t += x if x is not None else self._cue_sum("T", ort)
        if core:
            cue_at: dict[str, list[int]] = {}
            for name, ks in (("meet", kmeet), ("succ", ksucc), ("kill", kkill)):
                if not ks:
                    continue
                cue_at[name] = ks
                for side, mlo, mhi in (("A", alo, ahi), ("B", blo, bhi)):
                    t += self._dist[(side, name, *nearest_cue(ks, mlo, mhi))]
            if scan.marks:
                for f in clause_features(scan.marks, alo, ahi, blo, cue_at):
                    t += get(f, 0)
            else:  # (no clause boundary: clM=0 and cl:<class>:AB for each class present)
                x = memo.get(("cl", len(cue_at), *cue_at))
                t += x if x is not None else self._packed_sum(
                    ("cl", len(cue_at), *cue_at), clause_features([], alo, ahi, blo, cue_at))
            if blo > lo and toks[blo - 1].key in _GLUE:
                x = glue_feature(toks, lo, alo, blo, lang, cue_at)
                if x is not None:
                    t += get(x, 0)
            # the core cue nearest each mention, subject / object of it
            for side, tag, m in (("A", "cueA:", a), ("B", "cueB:", b)):
                mlo, mhi = m.lo, m.hi
                best_key = None
                for k0, b0, w0 in core:
                    key = (abs(k0 - mhi + 1) if k0 >= mhi else abs(k0 - mlo), k0)
                    if best_key is None or key < best_key:
                        best_key, k, bits, w = key, k0, b0, w0
                t += get(tag + w, 0)
                cls = "meet" if bits & 1 else "succ" if bits & 2 else "kill"
                tlo = m.tlo if 0 <= m.tlo < mlo else mlo
                if k in (mhi, mhi + 1):
                    t += get(f"subj{side}:{cls}" if lang == "en" else f"after{side}:{cls}", 0)
                elif k in (tlo - 1, tlo - 2):
                    t += get(f"subj{side}:{cls}" if lang == "ar" else f"obj{side}:{cls}", 0)
            # negation / planning just before the first cue of a core class, where it stands
            for name, ks in cue_at.items():
                k = ks[0]
                neg, modal, before, mid, after = _order_feats(name, ta, tb)
                nm = sb.before[k]  # (every token with cue bits, inside a or b too)
                if nm & 16:
                    t += get(neg, 0)
                if nm & 32:
                    t += get(modal, 0)
                t += get(before if k < alo else mid if k < blo else after, 0)
        # the words: the windows (above), list siblings, the words next to each mention
        x = self.always + xw
        if sib[0]:
            x += self.sib[0]
        if sib[1]:
            x += self.sib[1]
        pre_a, post_a, pre_b, post_b = self._next
        btl = b.tlo if 0 <= b.tlo < blo else blo
        wd = sb.words  # (token -> its first feature word, made when first read)
        ks = (tl - 1 if tl > lo else -1, ahi if ahi < hi else -1, btl - 1 if btl > lo else -1,
              bhi if bhi < hi else -1)
        w4 = []
        for k in ks:
            w = wd.get(k)
            if w is None:
                w = wd[k] = _word(toks[k]) if k >= 0 else "<edge>"
            w4.append(w)
        x += pre_a.get(w4[0], 0.0) + post_a.get(w4[1], 0.0) + pre_b.get(w4[2], 0.0) \
            + post_b.get(w4[3], 0.0)
        x += 1e-9  # (the sums are added in another order than the scorer's)
        return t, x


class _Sent(NamedTuple):
    """A sentence's part of the bound (``ScoreBound.sentence``)."""

    scan: SentScan
    lang: str
    cues: tuple[tuple[int, int, str, tuple[float, ...]], ...]  # (k, bits, word, window bounds)
    np: int  # the packed weights of its NP= feature
    first_person: str | None
    before: dict[int, int]  # cue token -> the cue bits of the four tokens before it or'ed
    words: dict[int, str]  # token -> its first feature word (filled when first read)


def _word(t: Tok) -> str:
    """The first feature word of a token (as ``SentInfo.words`` holds it)."""
    if t.punct:
        return t.text
    x = _FORMS[t.ar].get(t.key)
    return (x if x is not None else tok_info(t))[0][0]


_SCALE = float(1 << 24)  # the grid of the packed weights (a power of two: w * _SCALE is exact)


def _packed_rows(scorer: RelationScorer
                 ) -> tuple[dict[str, int], tuple[int, int, int, tuple[float, ...]]]:
    """Each feature's weights in the switched-on classes as one integer, so that a pair's
    scores are one ``sum`` in C: field 0 counts the feature (1), field 1 + i holds
    ceil(w_i * 2**24) + an offset that keeps it positive. A sum of such integers holds the
    count and, per class, the rounded-up weights plus count x offset (no field overflows
    into the next: each is wide enough for 2**20 features). Returns ({feature: integer},
    (field mask, field width, offset, biases))."""
    rows = scorer._vec
    top = max((abs(v) for row in rows.values() for v in row), default=0.0)
    off = 1 << (math.ceil(top * _SCALE) + 1).bit_length()
    width = off.bit_length() + 21
    packed = {}
    for x, row in rows.items():
        t = 0
        for v in reversed(row):
            t = (t << width) | (math.ceil(v * _SCALE) + off)
        packed[x] = (t << width) | 1
    return packed, ((1 << width) - 1, width, off, scorer._biases)


def _class_check(pack: tuple[int, int, int, tuple[float, ...]], zmin: tuple[float, ...]
                 ) -> tuple[tuple[int, int, int] | None, int]:
    """(K0, ONES, TOPS) for ``ScoreBound.pair_may_pass``: per class field, half a field plus
    ceil((bias - zmin) * 2**24); a 1 in each class field; the top bit of each class field;
    and the largest rounded word bound (x * 2**24) it may add without leaving a field (None
    when a threshold makes the check not apply: a class that always passes)."""
    mask, width, _off, biases = pack
    half = 1 << (width - 1)
    lim = 1 << (width - 4)
    k0 = ones = tops = 0
    for i, (bias, z) in enumerate(zip(biases, zmin, strict=True)):
        if not math.isfinite(z):
            return None, 0
        c = math.ceil((bias - z) * _SCALE)
        if abs(c) >= lim:
            return None, 0
        shift = width * (i + 1)
        k0 |= (half + c) << shift
        ones |= 1 << shift
        tops |= half << shift
    return (k0, ones, tops), lim
