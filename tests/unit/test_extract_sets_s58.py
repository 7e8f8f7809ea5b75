"""Session 58's new annotated sets: the four blind sets LR-LY (written and annotated blind,
measured once on the session's start code, then read) are dev batches the scorer's benches may
train on; the sealed set MA-MD is a test set, never collected."""

import pytest

from tests.unit.bench_scripts import load_bench


def test_lr_ly_are_dev_and_ma_md_are_sealed(ex):
    data = load_bench("scorer_training_data")
    dev = {d for ds in data.DEV_BATCHES.values() for d in ds}
    for batch in ("LR LS", "LT LU", "LV LW", "LX LY"):
        assert data.DEV_BATCHES[batch] == [f"extract_test_{x}" for x in batch.lower().split()]
    for x in ("ma", "mb", "mc", "md"):
        assert f"extract_test_{x}" in data.FORBIDDEN
        assert f"extract_test_{x}" not in dev
    with pytest.raises(AssertionError):  # collect refuses a sealed set
        data.collect(ex.gaz, ["extract_test_ma"])
