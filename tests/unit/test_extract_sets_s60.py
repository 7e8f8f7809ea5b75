"""Session 60's blind sets MM-MT (written and annotated blind, measured once on the session's
start code, then read) are dev batches the scorer's benches may train on; they sit after
session 59's and are none of the sealed folders."""

from tests.unit.bench_scripts import load_bench


def test_mm_mt_are_dev_batches_and_not_sealed():
    data = load_bench("scorer_training_data")
    batches = list(data.DEV_BATCHES)
    for batch in ("MM MN", "MO MP", "MQ MR", "MS MT"):
        assert data.DEV_BATCHES[batch] == [f"extract_test_{x}" for x in batch.lower().split()]
        assert batches.index(batch) > batches.index("MK ML")
        for folder in data.DEV_BATCHES[batch]:
            assert folder not in data.FORBIDDEN
