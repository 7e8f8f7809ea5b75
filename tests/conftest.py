"""Shared fixtures. Integration and e2e tests talk to the real Neo4j named by NEO4J_URI etc.

`make test` starts a dedicated test server (instance `test`) and exports its settings; the
fixtures below never fall back to a mock: without a server they fail with a clear message.
"""

from __future__ import annotations

import os
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


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests leave screenshots and exports for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
