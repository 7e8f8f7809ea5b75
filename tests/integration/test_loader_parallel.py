"""New relationships written two (or more) transactions at a time give the same graph."""

from __future__ import annotations

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


def test_concurrent_create_batches_give_the_sequential_graph(
        empty_db: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path) -> None:
    db = neo4j_settings.database
    data = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), "--entities", "300",
                    "--relations", "3000", "--articles", "150", "--formats", "csv",
                    "--out", str(data)], check=True, cwd=ROOT, capture_output=True)
    paths = [data / "nodes.csv", data / "relationships.csv"]
    reports, graphs = [], []
    for workers in (1, 4):
        wipe(empty_db, db)
        report = load_paths(empty_db, db, paths, core_vocabulary(), batch_size=100,
                            progress=False, workers=workers)
        assert not report.problems, report.problems
        reports.append({k: v for k, v in report.counts.items()})
        graphs.append(snapshot(empty_db, db))
    assert graphs[0] == graphs[1]
    assert reports[0] == reports[1]
    assert reports[1]["evidence_added"] == 3000
    # the corpus repeats some (source, type, target): those rows were merged, not duplicated
    assert graphs[1][1] == reports[1]["relationships_created"] < 3000
