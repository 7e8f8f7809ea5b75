"""bench/scorer_generalisation.py keeps the collected candidates in a cache named after the
extractor's sources and the dev batch list: a new dev batch (or a rule change) reads a fresh
collection, never figures of the previous rules (session 29: a stale cache without IX-JF)."""

from tests.unit.bench_scripts import load_bench


def test_the_cache_follows_the_dev_batches(monkeypatch):
    gen = load_bench("scorer_generalisation")
    first = gen.default_cache()
    assert gen.default_cache() == first  # the same sources and batches: the same file
    monkeypatch.setattr(gen, "DEV_BATCHES", {**gen.DEV_BATCHES, "ZZ": ["extract_test_zz"]})
    assert gen.default_cache() != first
    assert first.name.startswith("scorerfit_cands_") and first.suffix == ".pkl"
