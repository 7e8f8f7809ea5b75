"""Session 26, curve26: the scorer's learning curve (bench/scorer_learning_curve.py and
``--train-fraction F --seed S`` of bench/train_relation_scorer.py)."""

import math

import pytest

from tests.unit.bench_scripts import load_bench

trs = load_bench("train_relation_scorer")
curve = load_bench("scorer_learning_curve")
NAMES = [f"B{i:02d}" for i in range(60)]


def test_the_same_seed_draws_the_same_batches_and_another_seed_others() -> None:
    a = trs.sample_batches(NAMES, 0.25, 1)
    assert a == trs.sample_batches(NAMES, 0.25, 1)
    assert a != trs.sample_batches(NAMES, 0.25, 2)


def test_the_fraction_gives_the_number_of_whole_batches_in_their_order() -> None:
    for frac, k in [(0.125, 8), (0.25, 15), (0.5, 30), (0.75, 45), (1.0, 60)]:
        got = trs.sample_batches(NAMES, frac, 3)
        assert len(got) == k
        assert got == sorted(got)  # the order of the batch list is kept
    assert len(trs.sample_batches(NAMES[:3], 0.01, 0)) == 1  # never an empty training set


def test_a_fraction_outside_zero_to_one_is_refused() -> None:
    for frac in (0.0, 1.5):
        with pytest.raises(ValueError):
            trs.sample_batches(NAMES, frac, 0)


def test_the_slope_is_the_change_per_doubling() -> None:
    pts = [(f, 0.80 + 0.01 * math.log2(f / 0.125)) for f in (0.125, 0.25, 0.5, 1.0)]
    assert curve.slope(pts) == pytest.approx(0.01)
    assert curve.slope([(0.5, 0.8), (0.5, 0.9)]) == 0.0  # one fraction: no slope


def test_the_recall_ceiling_counts_the_gold_a_perfect_scorer_would_add() -> None:
    classes = list(curve.CLASSES)
    met = next(cl for cl in classes if curve.CLASSES[cl][0] == "MET_WITH")
    labels = {cl: 0 for cl in classes}
    art = {"gold": {("MET_WITH", "a", "b"), ("MET_WITH", "a", "c"), ("MET_WITH", "b", "d")},
           "rules": {("MET_WITH", "a", "b")},
           "cands": [{"ga": "c", "gb": "a", "labels": {**labels, met: 1}},
                     {"ga": "b", "gb": "d", "labels": labels}]}
    assert curve.reachable([art]) == (3, 1, 2)
