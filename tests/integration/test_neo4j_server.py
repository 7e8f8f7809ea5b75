"""The real Neo4j the project starts: it answers over Bolt, round-trips data, refuses bad logins."""

from __future__ import annotations

import dataclasses

import pytest
from neo4j import Driver

from explorer.status import server_status
from loaders.connection import ConnectionProblem, open_driver
from loaders.settings import Neo4jSettings

pytestmark = pytest.mark.integration


def test_server_is_neo4j_5_26_community(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> None:
    status = server_status(neo4j_driver, neo4j_settings)
    assert status.version.startswith("5.26."), status.version
    assert status.edition == "community"


def test_write_to_empty_database_and_read_back(empty_db: Driver, neo4j_settings: Neo4jSettings) -> None:
    db = neo4j_settings.database
    assert server_status(empty_db, neo4j_settings).nodes == 0
    empty_db.execute_query(
        "CREATE (:Probe {name: $name})-[:NEXT {n: 1}]->(:Probe {name: $other})",
        name="إسماعيل قاآني",
        other="Esmail Qaani",
        database_=db,
    )
    records, _, _ = empty_db.execute_query(
        "MATCH (a:Probe)-[r:NEXT]->(b:Probe) RETURN a.name AS a, r.n AS n, b.name AS b",
        database_=db,
    )
    assert [(r["a"], r["n"], r["b"]) for r in records] == [("إسماعيل قاآني", 1, "Esmail Qaani")]
    status = server_status(empty_db, neo4j_settings)
    assert (status.nodes, status.relationships) == (2, 1)


def test_wrong_password_is_one_clear_line(neo4j_settings: Neo4jSettings) -> None:
    wrong = dataclasses.replace(neo4j_settings, password="not-the-password")
    with pytest.raises(ConnectionProblem) as info:
        open_driver(wrong)
    message = str(info.value)
    assert neo4j_settings.uri in message
    assert "wrong user or password" in message and "NEO4J_PASSWORD" in message
    assert "\n" not in message
