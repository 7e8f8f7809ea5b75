"""An exact upper bound on a candidate pair's scores, so that the ``rules+scorer`` extractor
drops the pairs that cannot pass before their features are built (the output is the same).

For each switched-on class the score of a pair is its bias plus the weights of its features
(``RelationScorer.scores``; each feature counted once). ``ScoreBound.may_pass`` scores the
features of ``base_features``, ``cue_features`` (with the clause and list-glue features of
``scorer_clauses``) and ``tail_features`` (and "actorPair") exactly and adds, for the rest,
the largest total their weights could reach, taken from the weights at load time (``ScoreBound(scorer)``; nothing is hand-written, so it holds for any
weights file):

- the words of the windows (before a's title, a's title, between if close, after b; only
  the words of a cue class are features there): per token and window tag (L, T, M, R) the
  positive weights of its forms, summed over the pair's windows with a prefix sum per
  sentence;
- the words next to each mention (preA, postA, preB, postB): the positive weight of the word;
- list siblings (one per side, only when the rules related the other one in the sentence):
  the largest of the side;
- every other feature of the weights (a family this module does not know, e.g. one added
  later to the words): its positive weight, always (exact, only fewer pairs dropped).

A feature's bound is its largest positive weight over the classes, so one number bounds
every class: a pair is dropped when, for every class, the exact part plus that number stays
below the score its threshold needs (``RelationScorer._zmin``, already a margin under the
logit of the threshold). ``tests/unit/test_extract_scorerspeed26_s26.py`` checks the bound
against every candidate's score with the shipped and with random weights.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import NamedTuple

from loaders.extract.mention_base import Mention
from loaders.extract.relation_scorer import RelationScorer
from loaders.extract.scorer_features import SentInfo
from loaders.extract.scorer_pair import WINDOW_BETWEEN, WINDOW_OUT

_WINDOW_TAGS = ("L", "T", "M", "R")
_ZERO = (0.0, 0.0, 0.0, 0.0)
_NEXT_TAGS = ("preA", "postA", "preB", "postB")

# the features scored exactly (made by base_features, cue_features, tail_features, or
# "actorPair")
_EXACT = re.compile(r"(lang|T|Ta|Tb|K|D|NB|NPB|NP)=|(role|title|poss)[AB]$|rule[AB]:|"
                    r"firstPersonA$|prevB:|actorPair$|C[LMRT]:|d[AB]:|cue[AB]:|"
                    r"(subj|obj|after)[AB]:|(neg|modal)<|(\w+<A|A<\w+<B|B<\w+)\|T=|"
                    r"cl:|clM=|glue:")
_WORD = re.compile(r"(L|T|M|R|preA|postA|preB|postB):(.*)", re.S)
_SIB = re.compile(r"sib([AB]):")


class _Sent(NamedTuple):
    """Per sentence, per window tag (L, T, M, R): the prefix sums of its tokens' bounds."""

    prefix: tuple[list[float], ...]


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

    def sentence(self, si: SentInfo) -> _Sent:
        """The per-sentence part of the bound."""
        tok = self._tok
        words, lo = si.words, si.lo
        # (only the words of a cue class are window features: the others bound nothing)
        rows = [_ZERO] * len(words)
        for k, _b in si.cues:
            forms = words[k - lo]
            x = tok.get(forms)
            if x is None:
                if len(tok) > 50_000:
                    tok.clear()
                x = tok[forms] = tuple(sum(d.get(w, 0.0) for w in forms)
                                       for d in self._window)
            rows[k - lo] = x
        return _Sent(tuple(list(accumulate(col, initial=0.0)) for col in zip(*rows, strict=True))
                     if rows else ([0.0],) * 4)

    def upper(self, si: SentInfo, sb: _Sent, a: Mention, b: Mention, exact: list[str],
              sib: tuple[bool, bool] = (False, False)) -> list[float] | None:
        """Per switched-on class, a score the pair (a before b) cannot exceed, given its
        exactly scored features *exact* (``base_features``, ``cue_features``,
        ``tail_features``, "actorPair"); *sib*: may it get a list-sibling feature of side
        A, of side B? None for a pair the bound does not cover."""
        lo, hi = si.lo, si.hi
        alo, ahi, blo, bhi = a.lo, a.hi, b.lo, b.hi
        tl = a.tlo if 0 <= a.tlo < alo else alo
        if not lo <= tl <= alo <= ahi <= blo <= bhi <= hi:
            return None  # (not a pair of the usual shape: no bound)
        pl, pt, pm, pr = sb.prefix
        words = si.words
        # the window words: before a's title, its title, between (if close), after b
        k0 = tl - WINDOW_OUT
        k1 = bhi + WINDOW_OUT
        x = self.always + pl[tl - lo] - pl[(k0 if k0 > lo else lo) - lo] + pt[alo - lo] \
            - pt[tl - lo] + pr[(k1 if k1 < hi else hi) - lo] - pr[bhi - lo]
        if blo - ahi <= WINDOW_BETWEEN:
            x += pm[blo - lo] - pm[ahi - lo]
        if sib[0]:
            x += self.sib[0]
        if sib[1]:
            x += self.sib[1]
        # the words right next to each mention
        pre_a, post_a, pre_b, post_b = self._next
        btl = b.tlo if 0 <= b.tlo < blo else blo
        x += pre_a.get(words[tl - 1 - lo][0] if tl > lo else "<edge>", 0.0) \
            + post_a.get(words[ahi - lo][0] if ahi < hi else "<edge>", 0.0) \
            + pre_b.get(words[btl - 1 - lo][0] if btl > lo else "<edge>", 0.0) \
            + post_b.get(words[bhi - lo][0] if bhi < hi else "<edge>", 0.0)
        x += 1e-9  # (the sums are added in another order than the scorer's)
        # (each feature once, as in a candidate's features)
        return [z + x for z in self.scorer.scores(dict.fromkeys(exact))]

    def may_pass(self, si: SentInfo, sb: _Sent, a: Mention, b: Mention, exact: list[str],
                 sib: tuple[bool, bool] = (False, False)) -> bool:
        """Can the pair (a before b) reach the score of a class's threshold?"""
        up = self.upper(si, sb, a, b, exact, sib)
        if up is None:
            return True
        for u, zmin in zip(up, self.zmin, strict=True):
            if u >= zmin:
                return True
        return False
