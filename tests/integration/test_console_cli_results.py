"""`python -m explorer query` and the result model (table, graph, JSON) on a real Neo4j."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from neo4j import Driver

from explorer import console, results
from explorer.guard import run_guarded
from loaders.settings import Neo4jSettings
from loaders.vocabulary import core_vocabulary
from loaders.writer import load_paths

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_86c97502cca546cd.json"


@pytest.fixture(scope="module")
def seeded(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> tuple[Driver, str]:
    db = neo4j_settings.database
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=db)
    report = load_paths(neo4j_driver, db, [SEED], core_vocabulary(), progress=False)
    assert not report.problems
    return neo4j_driver, db


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "explorer", "query", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, input=stdin, timeout=120,
    )


def test_cli_json_prints_a_list_of_row_objects(seeded: tuple[Driver, str]) -> None:
    run = cli(
        "MATCH (e:Entity {id: $id})-[r:SUCCESSOR_OF]->(p) RETURN e.name AS successor, "
        "p.name_ar AS predecessor_ar, r",
        "--params", '{"id": "person:esmail-qaani"}', "--format", "json",
    )
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert rows[0]["successor"] == "Esmail Qaani"
    assert rows[0]["predecessor_ar"] == "قاسم سليماني"
    assert rows[0]["r"]["_kind"] == "relationship" and rows[0]["r"]["type"] == "SUCCESSOR_OF"
    assert "1 row" in run.stderr


def test_cli_csv_and_table(seeded: tuple[Driver, str]) -> None:
    run = cli("MATCH (e:Entity) RETURN e.id AS id ORDER BY id LIMIT 3", "--format", "csv")
    assert run.returncode == 0
    lines = run.stdout.splitlines()
    assert lines[0] == "id" and len(lines) == 4
    run = cli("UNWIND range(1, 50) AS i RETURN i", "--limit", "7")
    assert run.returncode == 0
    assert len(run.stdout.strip().splitlines()) == 8  # header + 7 rows
    assert "truncated at the 7-row limit" in run.stderr
    run = cli("-", "--format", "json", stdin="RETURN 'قاآني' AS name")
    assert json.loads(run.stdout) == [{"name": "قاآني"}]


def test_cli_refusals_and_failures_exit_non_zero_with_the_reason(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    before = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=db)[0][0]["n"]
    run = cli("MATCH (n) DETACH DELETE n")
    assert run.returncode == 3
    assert run.stdout == ""
    assert "Query refused" in run.stderr and "line 1, column 11" in run.stderr
    assert "Traceback" not in run.stderr
    run = cli("MATCH (n) RETRUN n")
    assert run.returncode == 1 and "Cypher syntax error" in run.stderr and "RETRUN" in run.stderr
    run = cli("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)",
              "--timeout", "2")
    assert run.returncode == 1 and "timed out" in run.stderr
    run = cli("RETURN $x", "--params", "{oops")
    assert run.returncode == 2 and "not valid JSON" in run.stderr
    run = cli("RETURN 1", "--limit", "0")
    assert run.returncode == 2 and "row limit" in run.stderr
    after = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=db)[0][0]["n"]
    assert after == before


def test_cli_says_plainly_when_neo4j_is_unreachable() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), NEO4J_URI="bolt://127.0.0.1:1")
    run = subprocess.run([sys.executable, "-m", "explorer", "query", "RETURN 1"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "127.0.0.1:1" in run.stderr and "Traceback" not in run.stderr


def test_paths_become_a_graph_and_tables_read_well(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    res = run_guarded(driver, db, "MATCH p = (e:Entity {id: 'person:esmail-qaani'})-[]-(:Entity) "
                                  "RETURN p, e, length(p) AS hops")
    graph = results.result_graph(res)
    assert len(graph.rels) == res.row_count >= 4
    names = {n.properties.get("id") for n in graph.nodes.values()}
    assert {"person:esmail-qaani", "person:qasem-soleimani"} <= names
    net = results.network(graph)
    assert {e["id"] for e in net["edges"]} == set(graph.rels)
    assert all(e["from"] in graph.nodes and e["to"] in graph.nodes for e in net["edges"])
    frame = results.table(res)
    assert list(frame.columns) == ["p", "e", "hops"]
    assert any("-[:SUCCESSOR_OF]->(Qasem Soleimani" in cell for cell in frame["p"])
    assert frame["e"][0].startswith("(:Entity:Person {name: \"Esmail Qaani\"")
    assert frame["hops"].tolist() == [1] * res.row_count


def test_relationships_alone_get_their_endpoints_and_nodes_get_connected(
    seeded: tuple[Driver, str],
) -> None:
    driver, db = seeded
    res = run_guarded(driver, db, "MATCH ()-[r:SUCCESSOR_OF]->() RETURN r")
    graph = results.result_graph(res)
    assert graph.missing_nodes(), "endpoints of a lone relationship are known by id only"
    console.complete_graph(driver, db, graph)
    assert not graph.missing_nodes()
    assert any(n.properties.get("name") == "Qasem Soleimani" for n in graph.nodes.values())
    res = run_guarded(driver, db, "MATCH (e:Entity) WHERE e.id IN ['person:esmail-qaani', "
                                  "'person:qasem-soleimani'] RETURN e")
    graph = console.complete_graph(driver, db, results.result_graph(res))
    assert {r.type for r in graph.rels.values()} >= {"SUCCESSOR_OF"}
    qaani = next(k for k, n in graph.nodes.items() if n.properties["id"] == "person:esmail-qaani")
    console.expand_node(driver, db, graph, qaani)
    assert len(graph.nodes) > 2
    detail = results.element_details(graph, "node", qaani)
    assert detail and detail["entity_id"] == "person:esmail-qaani"
    edge = next(r for r in graph.rels.values() if r.type == "SUCCESSOR_OF")
    detail = results.element_details(graph, "edge", edge.element_id)
    assert detail and "SUCCESSOR_OF" in detail["heading"]
    assert any("خليفة قاسم سليماني" in v for v in detail["properties"]["value"])


def test_schema_panel_counts(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    sch = console.schema(driver, db)
    labels = dict(sch.labels)
    assert labels["Entity"] >= 10 and labels["Article"] == 1
    assert dict(sch.types)["SUCCESSOR_OF"] == 1
    assert sch.nodes == sum(c for n, c in sch.labels if n in ("Entity", "Article"))
    assert {"id", "name", "name_ar", "sentences"} <= set(sch.property_keys)


def test_examples_run_on_the_seed_graph(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    for example in console.EXAMPLES:
        res = console.run_console_query(driver, db, example.query, example.params_text)
        if example.title.startswith(("Who met", "Successors", "Most connected", "Everything",
                                     "One entity", "Full-text")):
            assert res.row_count > 0, example.title
