"""The CREATE fast path for new relationships writes exactly what the MERGE path writes."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from neo4j import Driver

from loaders.settings import Neo4jSettings
from loaders.vocabulary import core_vocabulary
from loaders.writer import load_paths
from tests.conftest import wipe
from tests.integration.test_loader_graph import snapshot

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
VOCAB = core_vocabulary()


def load(driver: Driver, db: str, *paths: Path):
    report = load_paths(driver, db, list(paths), VOCAB, batch_size=150, progress=False)
    assert not report.problems, report.problems
    return report


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fast") / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), "--entities", "200",
                    "--relations", "1200", "--articles", "60", "--formats", "csv,jsonl",
                    "--out", str(out)], check=True, cwd=ROOT, capture_output=True)
    with (out / "relationships.csv").open(encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    parts = {"a": rows[:700], "b": rows[500:]}  # rows 500..699 in both
    for name, part in parts.items():
        (out / name).mkdir()
        with (out / name / "relationships.csv").open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([header, *part])
    return out


def test_fast_path_gives_the_graph_of_the_merge_path(
        empty_db: Driver, neo4j_settings: Neo4jSettings, corpus: Path) -> None:
    db = neo4j_settings.database
    one_load = load(empty_db, db, corpus / "nodes.csv", corpus / "articles.jsonl",
                    corpus / "relationships.csv")
    assert one_load.counts["relationships_created"] > 0
    fast = snapshot(empty_db, db)

    wipe(empty_db, db)  # entities first: every relation row then takes the MERGE path
    load(empty_db, db, corpus / "nodes.csv", corpus / "articles.jsonl")
    load(empty_db, db, corpus / "nodes.csv", corpus / "articles.jsonl",
         corpus / "relationships.csv")
    assert snapshot(empty_db, db) == fast


def test_second_load_of_overlapping_evidence_equals_one_merged_load(
        empty_db: Driver, neo4j_settings: Neo4jSettings, corpus: Path) -> None:
    db = neo4j_settings.database
    load(empty_db, db, corpus / "nodes.csv", corpus / "a/relationships.csv")
    second = load(empty_db, db, corpus / "nodes.csv", corpus / "b/relationships.csv")
    assert second.counts["relationships_updated"] > 0
    assert second.counts["evidence_added"] == 1200 - 700
    twice = snapshot(empty_db, db)
    load(empty_db, db, corpus / "nodes.csv", corpus / "a/relationships.csv",
         corpus / "b/relationships.csv")
    assert snapshot(empty_db, db) == twice  # nothing changes on a re-load

    wipe(empty_db, db)
    merged = load(empty_db, db, corpus / "nodes.csv", corpus / "a/relationships.csv",
                  corpus / "b/relationships.csv")
    assert merged.counts["evidence_added"] == 1200
    assert snapshot(empty_db, db) == twice
