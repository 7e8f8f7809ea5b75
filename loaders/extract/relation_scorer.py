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

The candidates are found by ``scorer_candidates`` (``doc_candidates``), their features computed
by ``scorer_pair`` (``pair_features``, from the token features of ``scorer_features``); the
pairs that cannot pass are dropped before their features are made by ``scorer_bound``; this
module holds the trained model (``RelationScorer``: ``decide`` a candidate).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from loaders.extract.scorer_features import CUE_BIT, Candidate

WEIGHTS_FILE = Path(__file__).with_name("relation_scorer.json")

# class -> (relation type, source is the first mention of the pair?)
CLASSES: dict[str, tuple[str, bool]] = {
    "MET": ("MET_WITH", True), "SUCC_AB": ("SUCCESSOR_OF", True),
    "SUCC_BA": ("SUCCESSOR_OF", False), "ASSN_AB": ("ASSASSINATED_BY", True),
    "ASSN_BA": ("ASSASSINATED_BY", False)}


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
        # feature -> its weight in each active class (0.0 where the class lacks it: adding
        # 0.0 leaves a sum unchanged, so the sums are those of the per-class look-ups); one
        # look-up per feature, not per class
        n = len(self._active)
        rows: dict[str, list[float]] = {}
        for i, (_c, _typ, _thr, _bias, w) in enumerate(self._active):
            for x, v in w.items():
                rows.setdefault(x, [0.0] * n)[i] = v
        self._vec: dict[str, tuple[float, ...]] = {x: tuple(r) for x, r in rows.items()}
        self._biases = tuple(bias for _c, _typ, _thr, bias, _w in self._active)
        # below this score a class cannot pass its threshold (a margin under the logit of
        # the threshold, so the sigmoid is computed, and compared, for every class near it)
        self._zmin = tuple(_logit_floor(thr) for _c, _typ, thr, _b, _w in self._active)
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

    def scores(self, feats: Iterable[str]) -> list[float]:
        """The score (logit) of each active class: its bias plus the weights of *feats*,
        added in the order of *feats*."""
        vec = self._vec
        if len(self._biases) == 5:  # the shipped weights: five classes, unrolled
            z0, z1, z2, z3, z4 = self._biases
            # (the rows of the features that have weights, in the order of *feats*)
            for w0, w1, w2, w3, w4 in filter(None, map(vec.get, feats)):
                z0 += w0
                z1 += w1
                z2 += w2
                z3 += w3
                z4 += w4
            return [z0, z1, z2, z3, z4]
        zs = list(self._biases)
        idx = range(len(zs))
        for v in filter(None, map(vec.get, feats)):
            for i in idx:
                zs[i] += v[i]
        return zs

    def decide(self, cand: Candidate) -> list[tuple[str, str, str, float]]:
        """The relations (type, source id, target id, probability) a candidate gets: the most
        probable class of each relation type whose probability passes its threshold, and at
        most one direction per type. Classes of a type switched off (threshold above 1) are
        not computed."""
        best: dict[str, tuple[float, str]] = {}
        for (c, typ, thr, _bias, _w), z, zmin in zip(self._active, self.scores(cand.feats),
                                                     self._zmin, strict=True):
            if z < zmin:  # its probability is below the threshold
                continue
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            if p >= thr and p > best.get(typ, (-1.0, ""))[0]:
                best[typ] = (p, c)
        out = []
        for typ, (p, c) in best.items():
            ab = CLASSES[c][1]
            src, tgt = (cand.a.eid, cand.b.eid) if ab else (cand.b.eid, cand.a.eid)
            out.append((typ, src, tgt, p))
        return out


def _logit_floor(thr: float) -> float:
    """A score below which the sigmoid is surely below *thr* (the logit of *thr* less a
    margin far above rounding error); -inf for a threshold of 0 or less."""
    if thr <= 0.0:
        return -math.inf
    if thr >= 1.0:
        return math.inf if thr > 1.0 else 36.0
    return math.log(thr / (1.0 - thr)) - 1e-6
