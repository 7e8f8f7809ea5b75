"""Session 65 (speed65): ``bench/extract_opcode_profile.py``, the bytecodes and calls per
article by function (``sys.settrace`` with opcode events), and per line of one module."""

from __future__ import annotations

import pytest

from tests.unit.bench_scripts import load_bench

TEXTS = [
    "Iraqi Prime Minister Mustafa al-Kadhimi met Hadi al-Amiri in Baghdad on Sunday.",
    "President Barham Salih received Foreign Minister Fuad Hussein at the palace.",
    "التقى رئيس الوزراء العراقي مصطفى الكاظمي هادي العامري في بغداد.",
]


@pytest.fixture(scope="module")
def opcode_profile():
    return load_bench("extract_opcode_profile")


def test_counts_the_functions_of_an_extraction(opcode_profile):
    """The warm-up text is left out; each extraction calls ``_extract`` once, and every
    function counted ran bytecodes."""
    ops, calls = opcode_profile.profile(TEXTS, "rules")
    assert calls[("rules.py", "_extract")] == 2
    assert ops[("rules.py", "_extract")] > 0
    assert calls[("mentions.py", "find_mentions")] >= 2
    assert set(calls) <= set(ops) | {k for k in calls if not ops[k]}


def test_scorer_counted_only_with_the_scorer(opcode_profile):
    ops, _calls = opcode_profile.profile(TEXTS, "rules")
    assert not any(f.startswith("scorer_") for f, _n in ops)
    ops, _calls = opcode_profile.profile(TEXTS, "rules+scorer")
    assert ops[("scorer_candidates.py", "doc_candidates")] > 0


def test_lines_of_one_module(opcode_profile):
    """``lines``: the bytecodes of that module only, by line number; no calls."""
    ops, calls = opcode_profile.profile(TEXTS, "rules", lines="rules.py")
    assert ops and not calls
    assert all(f == "" and n.isdigit() for f, n in ops)
