"""`python -m loaders extract|evaluate` and the quality bars of issue 4."""

import json

from loaders.cli import main
from loaders.extract.evaluate import CORE_TYPES, evaluate


def test_extract_prints_canonical_json(capsys):
    assert main(["extract", "seeds/000_86c97502cca546cd.txt"]) == 0
    doc = json.loads(capsys.readouterr().out)
    trips = {(r["source"], r["type"], r["target"]) for r in doc["relations"]}
    assert ("person:esmail-qaani", "SUCCESSOR_OF", "person:qasem-soleimani") in trips
    assert ("person:qasem-soleimani", "ASSASSINATED_BY", "country:united-states") in trips
    assert ("person:esmail-qaani", "MET_WITH", "person:mustafa-al-kadhimi") in trips


def test_extract_bad_file_exits_nonzero_with_message(tmp_path, capsys):
    f = tmp_path / "e.txt"
    f.write_bytes(b"")
    assert main(["extract", str(f)]) == 1
    assert "e.txt: the file is empty" in capsys.readouterr().err


def test_evaluate_prints_scores(capsys):
    assert main(["evaluate", "--min-f1", "0.85"]) == 0
    out = capsys.readouterr().out
    assert "CORE (3 types)" in out and "entity linking accuracy" in out


def test_evaluate_json(capsys):
    assert main(["evaluate", "--json", "tests/data/extract_heldout"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["articles"] == 12 and "MET_WITH" in d["per_type"]


def test_core_f1_on_the_project_annotations_is_at_least_085():
    rep = evaluate()
    assert rep.overall(CORE_TYPES).f1 >= 0.85
    assert rep.linking_accuracy >= 0.85


def test_core_f1_on_held_out_dev_texts_is_at_least_080():
    sets = ["tests/data/extract_heldout", "tests/data/extract_heldout2",
            "tests/data/extract_heldout3", "tests/data/extract_heldout4",
            "tests/data/extract_heldout5", "tests/data/extract_heldout6",
            "tests/data/extract_heldout7", "tests/data/extract_heldout8",
            "tests/data/extract_heldout9", "tests/data/extract_heldout10",
            "tests/data/extract_heldout11"]
    rep = evaluate(sets)
    assert rep.overall(CORE_TYPES).f1 >= 0.8
    strict = evaluate(sets, lenient=False)
    assert strict.overall(CORE_TYPES).f1 >= 0.8
