"""Stage 1 of the scorer's bound (session 30, second round, bound2): per switched-on class,
a constant that no pair's cue-dependent features can exceed, so that ``ScoreBound.may_pass``
decides most pairs from the cheap exact features alone (types, distance, mentions between,
flags, the rules' roles, NP, firstPersonA, prevB, the extra feature) and reads the cue
tokens and runs the full bound (``ScoreBound.sentence`` + ``_pair_sum``) only for a pair that
passes it.

The constant of a class is, per family of the features ``pair_features`` (and
``_sibling_features``) make outside the cheap ones, the most that family can add to the
class's score: for a family of which a pair gets at most one feature (the nearest cue of a
class per side ``dA:meet:..``, ``clM=``, ``cl:meet:..``, ``glue:``, ``cueA:`` / ``cueB:``,
the subject / object of side A / B, the order ``meet<A|T=..`` / ``A<meet<B|..`` /
``B<meet|..`` of a class, each word next to a mention, a list sibling per side) its largest
positive weight; for a family whose features a pair may all get (the cue classes by position
``C[LMRT]:..``, ``neg<..`` / ``modal<..``, the window words, and every family this module
does not know) the sum of its positive weights. Only the families the sentence's cue bits
(``SentScan.bits``, all its tokens or'ed, read by the gate already) allow are counted: a cue
class at a position needs its bit, every core-cue feature a core cue of that class, negation
and planning their bits. The ``attprev`` features are scored exactly by the bound (only
``scorer_attendees``' own pairs, which the bound never judges, have them)."""
from __future__ import annotations

import re

from loaders.extract.scorer_features import CUES

_CORE = ("meet", "succ", "kill")
_NEG_BIT, _MODAL_BIT = 16, 32

# the features stage 1 scores exactly (or that no judged pair has: attprev)
_CHEAP = re.compile(r"(lang|T|Ta|Tb|K|D|NB|NPB|NP)=|(role|title|poss)[AB]$|rule[AB]:|"
                    r"firstPersonA$|prevB:|actorPair$|attprev")
_POS_CUE = re.compile(r"C[LMRT]:(\w+)$")
_DIST = re.compile(r"d([AB]):(meet|succ|kill):")
_CLAUSE = re.compile(r"cl:(meet|succ|kill):")
_ROLE = re.compile(r"(?:subj|obj|after)([AB]):(meet|succ|kill)$")
_NEG = re.compile(r"(neg|modal)<(meet|succ|kill)$")
_ORDER = re.compile(r"(?:A<(meet|succ|kill)<B|B<(meet|succ|kill)|(meet|succ|kill)<A)\|(T=.*)",
                    re.S)
_ONE = re.compile(r"(clM=|glue:|cueA:|cueB:|preA:|postA:|preB:|postB:|sibA:|sibB:)")
_WINDOW = re.compile(r"[LTMR]:")

Vec = list[float]


class RestBound:
    """The per-class constants of stage 1 for one scorer's weights (made once, at load)."""

    def __init__(self, vec: dict[str, tuple[float, ...]], n: int):
        self.n = n
        self._sums: dict[str, Vec] = {}  # a family of which a pair may get every feature
        self._maxes: dict[str, Vec] = {}  # a family of which a pair gets at most one
        for x, row in vec.items():
            if _CHEAP.match(x):
                continue
            if m := _POS_CUE.match(x):
                self._add(self._sums, "C:" + m[1], row)
            elif m := _NEG.match(x):
                self._add(self._sums, f"{m[1]}:{m[2]}", row)
            elif m := _DIST.match(x):
                self._top(f"d{m[1]}:{m[2]}", row)
            elif m := _CLAUSE.match(x):
                self._top("cl:" + m[1], row)
            elif m := _ROLE.match(x):
                self._top(f"role{m[1]}:{m[2]}", row)
            elif m := _ORDER.match(x):
                self._top(f"order:{m[1] or m[2] or m[3]}|{m[4]}", row)
            elif m := _ONE.match(x):
                self._top(m[1], row)
            elif _WINDOW.match(x):
                self._add(self._sums, "window", row)
            else:  # a family this module does not know: every feature may come
                self._add(self._sums, "other", row)
        self._memo: dict[tuple, Vec] = {}

    def _add(self, d: dict[str, Vec], key: str, row: tuple[float, ...]) -> None:
        v = d.setdefault(key, [0.0] * self.n)
        for i, w in enumerate(row):
            if w > 0.0:
                v[i] += w

    def _top(self, key: str, row: tuple[float, ...]) -> None:
        v = self._maxes.setdefault(key, [0.0] * self.n)
        for i, w in enumerate(row):
            if w > v[i]:
                v[i] = w

    def rest(self, ta: str, tb: str, bits: int, sib_a: bool, sib_b: bool) -> Vec:
        """Per class, the most the features outside stage 1 add to a pair of types *ta*,
        *tb* in a sentence with the cue bits *bits* (``SentScan.bits``), given whether it
        may get a list-sibling feature of side A / B (kept; a few keys per article)."""
        key = (ta, tb, bits, sib_a, sib_b)
        got = self._memo.get(key)
        if got is None:
            if len(self._memo) > 50_000:
                self._memo.clear()
            got = self._memo[key] = self._rest(ta, tb, bits, sib_a, sib_b)
        return got

    def _rest(self, ta: str, tb: str, bits: int, sib_a: bool, sib_b: bool) -> Vec:
        out = [0.0] * self.n
        s, mx = self._sums.get, self._maxes.get

        def plus(v: Vec | None) -> None:
            if v is not None:
                for i, w in enumerate(v):
                    out[i] += w

        plus(s("other"))
        plus(s("window"))
        for tag in ("clM=", "preA:", "postA:", "preB:", "postB:"):  # (always one each)
            plus(mx(tag))
        if sib_a:
            plus(mx("sibA:"))
        if sib_b:
            plus(mx("sibB:"))
        for i, (name, _w) in enumerate(CUES):  # the cue classes by position
            if bits >> i & 1:
                plus(s("C:" + name))
        core = [name for i, name in enumerate(_CORE) if bits >> i & 1]
        if not core:
            return out
        t = f"T={ta}|{tb}"
        for name in core:
            for key in (f"dA:{name}", f"dB:{name}", "cl:" + name, f"order:{name}|{t}"):
                plus(mx(key))
            if bits & _NEG_BIT:
                plus(s("neg:" + name))
            if bits & _MODAL_BIT:
                plus(s("modal:" + name))
        # one each, of a class present: the glue word, the nearest cue word and whether
        # the mention is its subject / object, per side
        for keys in (["glue:"], ["cueA:"], ["cueB:"], [f"roleA:{c}" for c in core],
                     [f"roleB:{c}" for c in core]):
            plus(_largest([mx(k) for k in keys], self.n))
        return out


def _largest(vs: list[Vec | None], n: int) -> Vec:
    """Per class, the largest of the vectors *vs* (0 at least)."""
    out = [0.0] * n
    for v in vs:
        if v is not None:
            for i, w in enumerate(v):
                if w > out[i]:
                    out[i] = w
    return out

