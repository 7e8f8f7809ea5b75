"""Session 44 (speed): the sampling profile and the Cython trial's helpers (bench/); the
extractor itself is unchanged (compiling did not pay: docs/extraction.md, "Compiling")."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bench_scripts import load_bench

ROOT = Path(__file__).resolve().parents[2]


def test_sample_profile_counts_only_samples_taken() -> None:
    prof = load_bench("extract_sample_profile")
    texts = ["Iraqi Prime Minister Ahmed Salim met his Iranian counterpart in Tehran on Monday.",
             "التقى وزير الخارجية العراقي أحمد سليم نظيره الإيراني في طهران.",
             "He met"]  # (the text ends right after a cue word)
    n, per_file, per_func = prof.profile(texts, "rules", rounds=40)
    assert n > 0  # 40 rounds of three sentences take well over the 0.5 ms sampling interval
    assert n == sum(per_file.values()) == sum(per_func.values())
    assert all(":" in key for key in per_func)
    extract_files = {f.name for f in (ROOT / "loaders" / "extract").glob("*.py")}
    assert set(per_file) & extract_files, per_file.most_common(5)  # the extractor's own code


def test_sample_profile_leaves_no_timer_behind() -> None:
    import signal
    load_bench("extract_sample_profile").profile(["No cue word here."], "rules", rounds=1)
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_cython_workaround_still_matches_the_source_once() -> None:
    trial = load_bench("extract_cython_trial")
    for module, fixes in trial.WORKAROUNDS.items():
        text = (ROOT / "loaders" / "extract" / f"{module}.py").read_text(encoding="utf-8")
        for old, _new in fixes:
            assert text.count(old) == 1, (module, old)

