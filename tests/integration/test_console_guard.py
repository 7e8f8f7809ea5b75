"""The Cypher console's guarded path on a real Neo4j loaded with the seeds.

Every write/admin attempt is refused and the graph (counts, a checksum of all labels, types and
properties, the index and constraint lists) is unchanged; tricky read-only queries still run;
a runaway query is stopped by the timeout while other queries are served; the row cap holds on
a 1M-row result with flat memory.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from pathlib import Path

import psutil
import pytest
from neo4j import READ_ACCESS, Driver

from explorer.guard import (
    GuardPolicy,
    QueryError,
    check_plan,
    run_guarded,
)
from loaders.settings import Neo4jSettings
from loaders.vocabulary import core_vocabulary
from loaders.writer import load_paths

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_86c97502cca546cd.json"


@pytest.fixture(scope="module")
def seeded(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> tuple[Driver, str]:
    """The test database holding the seed article's graph (loaded by the real loader)."""
    db = neo4j_settings.database
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=db)
    report = load_paths(neo4j_driver, db, [SEED], core_vocabulary(), progress=False)
    assert not report.problems, report.problems
    return neo4j_driver, db


def snapshot(driver: Driver, db: str) -> dict[str, object]:
    """Node and relationship counts, a checksum of every label/type/property, schema names."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props",
        database_=db,
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS t, elementId(b) AS b, "
        "properties(r) AS props",
        database_=db,
    )
    payload = sorted(
        json.dumps([r["eid"], sorted(r["labels"]), r["props"]], sort_keys=True, default=str)
        for r in nodes
    )
    payload += sorted(
        json.dumps([r["a"], r["t"], r["b"], r["props"]], sort_keys=True, default=str) for r in rels
    )
    indexes, _, _ = driver.execute_query("SHOW INDEXES YIELD name RETURN name", database_=db)
    constraints, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD name RETURN name", database_=db
    )
    tokens, _, _ = driver.execute_query(
        "CALL db.labels() YIELD label RETURN collect(label) AS l", database_=db
    )
    return {
        "nodes": len(nodes),
        "relationships": len(rels),
        "checksum": hashlib.sha256("\n".join(payload).encode()).hexdigest(),
        "indexes": sorted(r["name"] for r in indexes),
        "constraints": sorted(r["name"] for r in constraints),
        "labels": sorted(tokens[0]["l"]),
    }


def constraint_name(driver: Driver, db: str) -> str:
    rows, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name", database_=db)
    assert rows, "the loader creates constraints"
    return rows[0]["name"]


ATTEMPTS = [
    ("CREATE", "CREATE (n:Hack {x: 1}) RETURN n"),
    ("MERGE", "MERGE (n:Entity {id: 'person:evil'}) RETURN n"),
    ("SET", "MATCH (n:Entity) SET n.name = 'hacked' RETURN n"),
    ("SET +=", "MATCH (n:Entity) SET n += {hacked: true}"),
    ("REMOVE", "MATCH (n:Entity) REMOVE n.name RETURN n"),
    ("REMOVE label", "MATCH (n:Entity) REMOVE n:Entity RETURN n"),
    ("DELETE", "MATCH ()-[r]->() DELETE r"),
    ("DETACH DELETE", "MATCH (n) DETACH DELETE n"),
    ("LOAD CSV file", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"),
    ("LOAD CSV url", "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row"),
    ("load csv lower case", "load csv from 'file:///etc/hostname' as r return r"),
    ("CREATE INDEX", "CREATE INDEX hack FOR (n:Entity) ON (n.description)"),
    ("CREATE FULLTEXT INDEX", "CREATE FULLTEXT INDEX hack_ft FOR (n:Entity) ON EACH [n.name]"),
    ("DROP CONSTRAINT", "DROP CONSTRAINT {constraint}"),
    ("DROP INDEX", "DROP INDEX entity_names IF EXISTS"),
    ("write procedure", "CALL db.createLabel('Hack')"),
    ("write procedure, backticks", "CALL `db`.`createProperty`('hack')"),
    ("write procedure, spaces and comment", "CALL db . /* x */ createRelationshipType ('HACK')"),
    ("reconfigure procedure", "CALL db.clearQueryCaches()"),
    ("tx metadata procedure", "CALL tx.setMetaData({who: 'me'})"),
    ("dbms procedure", "CALL dbms.listConfig() YIELD name RETURN name"),
    ("security procedure", "CALL dbms.security.createUser('hack', 'hackhackhack', false)"),
    ("SHOW USERS", "SHOW USERS"),
    ("SHOW TRANSACTIONS", "SHOW TRANSACTIONS"),
    ("USE system", "USE system SHOW USERS"),
    ("USE system read", "USE system MATCH (n) RETURN n"),
    ("ALTER USER", "ALTER USER neo4j SET PASSWORD 'hacked-password'"),
    ("GRANT", "GRANT ROLE admin TO neo4j"),
    ("CREATE DATABASE", "CREATE DATABASE hack"),
    ("STOP DATABASE", "STOP DATABASE neo4j"),
    ("TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"),
    ("write after WITH", "MATCH (n:Entity) WITH n LIMIT 1 CREATE (m:Hack) RETURN m"),
    ("MERGE rel after WITH", "MATCH (n:Entity) WITH n LIMIT 1 MERGE (n)-[:HACK]->(n)"),
    ("write in CALL {}", "CALL () { CREATE (:Hack) } RETURN 1 AS one"),
    ("write in old CALL {}", "UNWIND [1] AS x CALL { WITH x CREATE (:Hack) } RETURN x"),
    ("FOREACH with SET", "MATCH (n:Entity) FOREACH (x IN [1] | SET n.hacked = true)"),
    ("CALL IN TRANSACTIONS", "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS"),
    ("read CALL IN TRANSACTIONS", "CALL () { RETURN 1 AS x } IN TRANSACTIONS RETURN x"),
    ("two statements", "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n"),
    ("two statements, comment", "RETURN 1 /* ; */; CREATE (:Hack)"),
    ("APOC procedure", "CALL apoc.create.node(['Hack'], {x: 1})"),
    ("APOC function", "RETURN apoc.version() AS v"),
    ("mixed case", "cReAtE (:Hack)"),
    ("comments around", "/* read only, promise */ CREATE // innocent\n (:Hack)"),
    ("CYPHER options", "CYPHER runtime=slotted CREATE (:Hack)"),
    ("USE own db then write", "USE neo4j CREATE (:Hack)"),
    ("PROFILE write", "PROFILE MATCH (n) SET n.x = 1"),
    ("quote as unicode escape", "RETURN '\\u0027; CREATE (:Hack) //' AS v"),
    ("keyword as unicode escapes", "MATCH (n) \\u0053ET n.x = 1 RETURN n"),
    ("comment ended by escaped newline", "RETURN 1 AS v // \\u000a CREATE (:Hack)"),
    ("function hidden by escaped quotes", "RETURN 'x\\u0027 + apoc.version() + \\u0027' AS v"),
    ("write hidden after string", "RETURN 'a\\'b' AS s UNION ALL CREATE (n:Hack) RETURN 'x' AS s"),
]


@pytest.mark.parametrize(("what", "query"), ATTEMPTS, ids=[a[0] for a in ATTEMPTS])
def test_write_and_admin_attempts_are_refused_and_change_nothing(
    seeded: tuple[Driver, str], what: str, query: str
) -> None:
    driver, db = seeded
    query = query.replace("{constraint}", constraint_name(driver, db))
    before = snapshot(driver, db)
    with pytest.raises(QueryError) as caught:
        run_guarded(driver, db, query)
    assert caught.value.kind == "refused", caught.value.describe()
    assert "Traceback" not in caught.value.describe()
    assert snapshot(driver, db) == before


def test_at_least_24_attempts_covered() -> None:
    assert len(ATTEMPTS) >= 24


SERVER_SIDE = [
    "CREATE (n:Hack) RETURN n",
    "MATCH (n:Entity) WITH n LIMIT 1 SET n.hacked = true",
    "MATCH (n:Entity) FOREACH (x IN [1] | SET n.hacked = true)",
    "CALL db.createLabel('Hack')",
    "CALL db.clearQueryCaches()",
    "CREATE INDEX hack FOR (n:Entity) ON (n.description)",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "SHOW TRANSACTIONS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "CALL () { RETURN 1 AS x } IN TRANSACTIONS RETURN x",
    "CALL dbms.listConfig() YIELD name RETURN name",
]


@pytest.mark.parametrize("query", SERVER_SIDE)
def test_the_plan_check_refuses_on_its_own(seeded: tuple[Driver, str], query: str) -> None:
    """Second layer, without the lexical scan: the EXPLAIN type/plan check refuses."""
    driver, db = seeded
    with driver.session(database=db, default_access_mode=READ_ACCESS) as session:
        summary = session.run("EXPLAIN " + query).consume()
    with pytest.raises(QueryError) as caught:
        check_plan({"query_type": summary.query_type, "plan": summary.plan}, db, GuardPolicy())
    assert caught.value.kind == "refused"


def test_the_read_transaction_refuses_writes_on_its_own(seeded: tuple[Driver, str]) -> None:
    """Third layer: the READ transaction the console uses rejects a write by itself."""
    driver, db = seeded
    before = snapshot(driver, db)
    with (
        driver.session(database=db, default_access_mode=READ_ACCESS) as session,
        pytest.raises(Exception, match="(?i)write|access"),
    ):
        session.execute_read(lambda tx: tx.run("CREATE (:Hack)").consume())
    assert snapshot(driver, db) == before


ALLOWED = [
    ("keywords in a string", "RETURN 'CREATE (n) DELETE n; DROP DATABASE x' AS v",
     "CREATE (n) DELETE n; DROP DATABASE x"),
    ("keywords in comments", "// CREATE (n)\n/* DETACH DELETE */ RETURN 1 AS v", 1),
    ("double quotes and escapes", 'RETURN "it\'s \\"quoted\\" LOAD CSV" AS v',
     'it\'s "quoted" LOAD CSV'),
    ("unicode escape in a string", "RETURN 'caf\\u00e9 \\u0642' AS v", "café ق"),
    ("escaped backslash before u", "RETURN '\\\\u0027 CREATE' AS v", "\\u0027 CREATE"),
    ("keyword as map key", "RETURN {create: 1, delete: 2}.delete AS v", 2),
    ("keyword as alias", "WITH 3 AS set RETURN set + 1 AS v", None),
    ("keyword as backticked property", "RETURN {`delete`: 5}.`delete` AS v", 5),
    ("USE in a string", "WITH 'USE system' AS s RETURN s AS v", "USE system"),
    ("trailing semicolon", "MATCH (e:Entity) RETURN count(e) > 0 AS v;", True),
    ("allowed procedure", "CALL db.labels() YIELD label WITH label WHERE label = 'Entity' "
     "RETURN label AS v", "Entity"),
    ("allowed procedure, backticks", "CALL `db`.`labels`() YIELD label WITH label "
     "WHERE label = 'Person' RETURN label AS v", "Person"),
    ("built-in namespaced functions", "RETURN date.truncate('month', date('2020-11-29')) "
     "= date('2020-11-01') AS v", True),
    ("Arabic text", "MATCH (e:Entity) WHERE e.name_ar = 'إسماعيل قاآني' RETURN e.id AS v",
     "person:esmail-qaani"),
    ("CASE and list comprehension", "RETURN [x IN range(1, 3) WHERE x > 1 | x * 2] AS v", [4, 6]),
    ("USE the console's database", "USE neo4j RETURN 7 AS v", 7),
    ("subquery read", "CALL () { MATCH (e:Entity) RETURN count(e) AS c } RETURN c > 0 AS v", True),
]


@pytest.mark.parametrize(("what", "query", "expected"), ALLOWED, ids=[a[0] for a in ALLOWED])
def test_tricky_read_queries_still_run(
    seeded: tuple[Driver, str], what: str, query: str, expected: object
) -> None:
    driver, db = seeded
    if what == "keyword as alias":
        # An unquoted write keyword used as a variable is refused with a hint; backticks work.
        with pytest.raises(QueryError, match="SET"):
            run_guarded(driver, db, query)
        query = "WITH 3 AS `set` RETURN `set` + 1 AS v"
        expected = 4
    result = run_guarded(driver, db, query)
    assert result.columns == ["v"]
    assert result.rows[0][0] == expected


def test_errors_carry_neo4j_message_with_line_and_column(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    with pytest.raises(QueryError) as caught:
        run_guarded(driver, db, "MATCH (e:Entity)\nRETURN e.name,\n       nosuch(e) AS x")
    err = caught.value
    assert err.kind == "syntax"
    assert "nosuch" in err.message
    assert (err.line, err.column) == (3, 8)  # relative to the user's text, not "EXPLAIN ..."
    assert err.snippet.splitlines()[1].index("^") == 7
    with pytest.raises(QueryError) as caught:
        run_guarded(driver, db, "MATCH (n) RETRUN n")
    assert (caught.value.line, caught.value.column) == (1, 11)
    assert "RETRUN" in caught.value.message
    with pytest.raises(QueryError) as caught:
        run_guarded(driver, db, "RETURN 1 / 0 AS x")
    assert caught.value.kind == "failed" and "zero" in caught.value.message


def test_parameters_are_passed_and_checked(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    result = run_guarded(driver, db, "MATCH (e:Entity {id: $id}) RETURN e.name AS name",
                         '{"id": "person:esmail-qaani"}')
    assert result.rows == [("Esmail Qaani",)]
    with pytest.raises(QueryError) as caught:
        run_guarded(driver, db, "RETURN $x", '{"x": ')
    assert caught.value.kind == "invalid" and caught.value.line == 1
    with pytest.raises(QueryError, match="JSON object"):
        run_guarded(driver, db, "RETURN $x", "[1, 2]")


RUNAWAY = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"


def test_runaway_query_is_stopped_by_the_timeout_while_others_are_served(
    seeded: tuple[Driver, str],
) -> None:
    driver, db = seeded
    outcome: dict[str, object] = {}

    def runaway() -> None:
        started = time.perf_counter()
        try:
            run_guarded(driver, db, RUNAWAY, policy=GuardPolicy(timeout_s=3))
        except QueryError as error:
            outcome["error"] = error
        outcome["seconds"] = time.perf_counter() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.5)
    # Meanwhile another researcher's query is answered at once.
    started = time.perf_counter()
    quick = run_guarded(driver, db, "MATCH (e:Entity) RETURN count(e) AS n")
    quick_seconds = time.perf_counter() - started
    assert thread.is_alive(), "the runaway query is still running while the quick one returns"
    assert quick.rows[0][0] > 0 and quick_seconds < 2.5
    thread.join(30)
    error = outcome["error"]
    assert isinstance(error, QueryError) and error.kind == "timeout", outcome
    assert "3 s" in error.message
    assert 2.5 < float(outcome["seconds"]) < 10  # type: ignore[arg-type]


def test_row_cap_holds_on_a_million_rows_with_flat_memory(seeded: tuple[Driver, str]) -> None:
    driver, db = seeded
    query = "UNWIND range(1, 1000000) AS i RETURN i, 'padding padding padding padding' AS s"
    process = psutil.Process()
    run_guarded(driver, db, "UNWIND range(1, 2000) AS i RETURN i")  # warm up the driver
    baseline = process.memory_info().rss
    peak = baseline
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, process.memory_info().rss)
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        result = run_guarded(driver, db, query, policy=GuardPolicy(max_rows=1000))
    finally:
        stop.set()
        sampler.join()
    assert result.truncated and result.row_count == 1000
    assert result.rows[0][0] == 1 and result.rows[-1][0] == 1000
    growth_mb = (peak - baseline) / 2**20
    # 1M rows of this shape would take hundreds of MB in Python; the capped fetch stays flat.
    assert growth_mb < 20, f"RSS grew by {growth_mb:.1f} MB"
    assert result.elapsed_s < 10
    small = run_guarded(driver, db, "UNWIND range(1, 5) AS i RETURN i", policy=GuardPolicy(max_rows=5))
    assert not small.truncated and small.row_count == 5
