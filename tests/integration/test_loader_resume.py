"""Killing the loader midway and running it again gives exactly the graph of a clean run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from neo4j import Driver

from loaders.settings import Neo4jSettings
from tests.conftest import wipe
from tests.integration.test_loader_graph import snapshot

pytestmark = [pytest.mark.integration, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def _load_cmd(data: Path) -> list[str]:
    return [sys.executable, "-m", "loaders", "load", "--no-progress", "--batch-size", "200",
            str(data / "nodes.csv"), str(data / "articles.jsonl"), str(data / "relationships.csv")]


def _env(settings: Neo4jSettings) -> dict[str, str]:
    env = dict(os.environ, NEO4J_URI=settings.uri, NEO4J_USER=settings.user,
               NEO4J_PASSWORD=settings.password, NEO4J_DATABASE=settings.database)
    env["PYTHONPATH"] = str(ROOT)
    return env


def _rels(driver: Driver, db: str) -> int:
    recs, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n", database_=db)
    return recs[0]["n"]


def test_kill_midway_then_rerun_equals_clean_run(empty_db: Driver, neo4j_settings: Neo4jSettings,
                                                 tmp_path: Path) -> None:
    db = neo4j_settings.database
    data = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), "--entities", "300",
                    "--relations", "3000", "--articles", "150", "--formats", "csv,jsonl",
                    "--out", str(data)], check=True, cwd=ROOT, capture_output=True)
    env = _env(neo4j_settings)

    proc = subprocess.Popen(_load_cmd(data), cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 240
    while _rels(empty_db, db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _rels(empty_db, db)
    assert partial > 0, "the loader wrote nothing before it was killed"

    done = subprocess.run(_load_cmd(data), cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    resumed = snapshot(empty_db, db)
    assert resumed[1] > partial or proc.returncode == 0

    wipe(empty_db, db)
    clean = subprocess.run(_load_cmd(data), cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=600)
    assert clean.returncode == 0, clean.stderr
    assert snapshot(empty_db, db) == resumed
