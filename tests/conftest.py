"""Shared fixtures. Integration and e2e tests talk to the real Neo4j named by NEO4J_URI etc.

`make test` starts a dedicated test server (instance `test`) and exports its settings; the
fixtures below never fall back to a mock: without a server they fail with a clear message.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver

from loaders.connection import ConnectionProblem, open_driver
from loaders.settings import Neo4jSettings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = PROJECT_ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def neo4j_settings() -> Neo4jSettings:
    if not os.environ.get("NEO4J_URI"):
        pytest.fail("NEO4J_URI is not set: run the suite with `make test`, which starts a test Neo4j")
    return Neo4jSettings.from_env()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Neo4jSettings) -> Iterator[Driver]:
    try:
        driver = open_driver(neo4j_settings)
    except ConnectionProblem as problem:
        pytest.fail(str(problem))
    yield driver
    driver.close()


def wipe(driver: Driver, database: str) -> None:
    """Delete every node and relationship (constraints and indexes stay)."""
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


@pytest.fixture()
def empty_db(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> Driver:
    """The test database, emptied before the test."""
    wipe(neo4j_driver, neo4j_settings.database)
    return neo4j_driver


@pytest.fixture()
def scratch_dir(tmp_path: Path) -> Iterator[Path]:
    """A temporary folder for big test inputs (10-100 MB), removed after the test: in RAM
    (/dev/shm) where it has room, so a small CI disk is not filled; else `tmp_path`."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 512 * 2**20:
        with tempfile.TemporaryDirectory(dir=shm, prefix="newsgraph-test-") as folder:
            yield Path(folder)
    else:
        yield tmp_path


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests leave screenshots and exports for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
