"""The console's lexical guard and helpers, without a database."""

from __future__ import annotations

import json

import pytest
from neo4j.spatial import CartesianPoint, WGS84Point
from neo4j.time import Date, DateTime, Duration

from explorer import console, results
from explorer.cypher_lex import LexError, decode_unicode_escapes, tokenize
from explorer.guard import GuardPolicy, QueryError, QueryResult, check_params, check_plan, scan

DB = "neo4j"


def refused(query: str) -> QueryError:
    with pytest.raises(QueryError) as caught:
        scan(query, DB, GuardPolicy())
    return caught.value


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("CREATE (n)", "CREATE"),
        ("match (n) detach delete n", "DETACH"),
        ("MATCH (n) SET n.x = 1", "SET"),
        ("LOAD CSV FROM 'x' AS r RETURN r", "LOAD CSV"),
        ("USE system SHOW USERS", "USE system"),
        ("USE `other` MATCH (n) RETURN n", "USE other"),
        ("USE graph.byName('x') MATCH (n) RETURN n", "graph function"),
        ("SHOW INDEXES", "SHOW"),
        ("TERMINATE TRANSACTIONS 'x'", "TERMINATE"),
        ("CALL () { RETURN 1 AS x } IN TRANSACTIONS RETURN x", "IN TRANSACTIONS"),
        ("CALL { RETURN 1 AS x } IN 2 CONCURRENT TRANSACTIONS RETURN x", "IN TRANSACTIONS"),
        ("RETURN 1; RETURN 2", "one statement"),
        ("CALL apoc.help('x')", "apoc.help"),
        ("CALL `apoc`.`help`('x')", "apoc.help"),
        ("CALL dbms.components", "dbms.components"),
        ("RETURN apoc.text.join(['a'], '') AS x", "apoc.text.join"),
        ("RETURN apoc . version ( ) AS x", "apoc.version"),
        ("PROFILE MATCH (n) RETURN n", "PROFILE"),
        ("MATCH (n) \\u0053ET n.x = 1", "SET"),
        ("RETURN '\\u0027; CREATE (n) //'", "one statement"),
        ("RETURN 1 // \\u000a CREATE (n)", "CREATE"),
        ("RETURN 1 AS x\u200b", "Invisible"),
    ],
)
def test_scan_refuses_with_a_reason_and_position(query: str, words: str) -> None:
    err = refused(query)
    assert words.lower() in err.message.lower()
    assert err.line == 1 and err.column >= 1
    assert err.snippet.endswith("^")


@pytest.mark.parametrize(
    "query",
    [
        "RETURN 'CREATE (n) DELETE n; DROP DATABASE x' AS s",
        "// CREATE\nMATCH (n) RETURN n",
        "/* SET n.x = 1 ; DELETE */ MATCH (n) RETURN n",
        "RETURN \"LOAD CSV\" AS s",
        "MATCH (n) RETURN n.delete, n.`create`, {set: 1} AS m",
        "MATCH (n:Entity) WHERE n:Person RETURN n;",
        "MATCH (n)-[:`CREATE`]->(m) RETURN m",
        "CALL db.labels() YIELD label RETURN label",
        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node",
        "RETURN date.truncate('month', date()) AS d, point.distance(point({x:0,y:0}), point({x:1,y:1})) AS p",
        "USE neo4j MATCH (n) RETURN n",
        "MATCH (n) RETURN n AS set",
        "RETURN '\\\\u0027 CREATE' AS s",
        "RETURN 'caf\\u00e9' AS s",
        "MATCH (n) RETURN n // trailing comment ; DELETE",
        "RETURN 1.5e-3 AS x, 0x1F AS h, [1..3] AS l",
    ],
)
def test_scan_allows_read_queries_mentioning_keywords(query: str) -> None:
    assert scan(query, DB, GuardPolicy())


def test_unicode_escapes_are_decoded_like_the_server() -> None:
    text, where = decode_unicode_escapes("a\\u0041\\\\u0041")
    assert text == "aA\\\\u0041"
    assert where[1] == 1 and where[2] == 7
    toks = tokenize("RETURN 1 \\u0041S x")
    assert [t.text for t in toks] == ["RETURN", "1", "AS", "x"]
    assert toks[2].offset == 9


def test_lexer_errors_name_the_position() -> None:
    with pytest.raises(LexError) as caught:
        tokenize("MATCH (n)\nRETURN 'oops")
    assert (caught.value.line, caught.value.column) == (2, 8)
    err = refused("RETURN `unterminated")
    assert err.kind == "syntax" and "Unterminated" in err.message


def test_plan_check_refuses_by_type_and_operator() -> None:
    policy = GuardPolicy()
    for qtype in ("w", "rw", "s"):
        with pytest.raises(QueryError):
            check_plan({"query_type": qtype, "plan": None}, DB, policy)
    plan = {"operatorType": "ProduceResults@neo4j", "children": [
        {"operatorType": "LoadCSV@neo4j", "args": {}, "children": []}]}
    with pytest.raises(QueryError, match="LOAD CSV"):
        check_plan({"query_type": "r", "plan": plan}, DB, policy)
    proc = {"operatorType": "ProcedureCall@neo4j", "args": {"Details": "dbms.listConfig() :: (x)"}}
    with pytest.raises(QueryError, match="dbms.listConfig"):
        check_plan({"query_type": "r", "plan": proc}, DB, policy)
    other_db = {"operatorType": "AllNodesScan@system", "args": {}}
    with pytest.raises(QueryError, match="system"):
        check_plan({"query_type": "r", "plan": other_db}, DB, policy)
    ok = {"operatorType": "ProcedureCall@neo4j", "args": {"Details": "db.labels() :: (label)"}}
    check_plan({"query_type": "r", "plan": ok}, DB, policy)


def test_empty_and_oversized_queries_are_refused_before_any_connection() -> None:
    from explorer.guard import run_guarded

    for text, words in (("   ", "empty"), ("// only a comment", "only comments"),
                        ("RETURN 1 " + " " * 100_000, "characters long")):
        with pytest.raises(QueryError, match=words):
            run_guarded(None, DB, text)  # type: ignore[arg-type]


def test_params_and_limits_are_validated() -> None:
    assert check_params('{"a": 1, "b": ["x"]}') == {"a": 1, "b": ["x"]}
    assert check_params("") == {} and check_params(None) == {}
    with pytest.raises(QueryError, match="JSON object"):
        check_params("[1]")
    with pytest.raises(QueryError) as caught:
        check_params('{\n  "a": }')
    assert caught.value.line == 2
    with pytest.raises(QueryError, match="timeout"):
        GuardPolicy().with_limits(timeout_s=0)
    with pytest.raises(QueryError, match="row limit"):
        GuardPolicy().with_limits(max_rows=0)
    assert GuardPolicy.from_env({"CONSOLE_TIMEOUT": "3", "CONSOLE_MAX_ROWS": "50"}) == GuardPolicy(
        timeout_s=3.0, max_rows=50
    )


def _result(columns: list[str], rows: list[tuple]) -> QueryResult:
    return QueryResult("q", {}, columns, rows, False, 1000, 0.01, 5)


def test_values_convert_for_table_json_and_csv() -> None:
    res = _result(
        ["d", "dt", "du", "p", "g", "l", "m", "f"],
        [(Date(2020, 11, 29), DateTime(2020, 1, 3, 1, 2, 3), Duration(days=1),
          CartesianPoint((1.0, 2.0)), WGS84Point((44.4, 33.3)), [1, "قاآني"], {"k": None},
          float("nan"))],
    )
    frame = results.table(res)
    assert frame.iloc[0]["d"] == "2020-11-29"
    assert frame.iloc[0]["du"] == "P1D"
    assert frame.iloc[0]["p"].startswith("point({srid: 7203")
    assert frame.iloc[0]["l"] == '[1, "قاآني"]'
    assert frame.iloc[0]["m"] == "{k: null}"
    data = json.loads(results.to_json(res))
    assert data[0]["g"] == {"srid": 4326, "x": 44.4, "y": 33.3}
    assert data[0]["f"] == "nan" and data[0]["l"] == [1, "قاآني"]
    csv_text = results.to_csv(res)
    assert csv_text.splitlines()[0] == "d,dt,du,p,g,l,m,f"
    assert '"[1,""قاآني""]"' in csv_text


def test_mixed_columns_show_as_text_and_numbers_stay_numbers() -> None:
    frame = results.table(_result(["x", "n"], [(1, 2), ("a", 3.5), (None, None), (True, 1)]))
    assert frame["x"].tolist()[:2] == ["1", "a"] and frame["x"][3] == "true"
    assert frame["n"].dtype.kind == "f" and frame["n"][1] == 3.5


def test_summary_and_history() -> None:
    res = QueryResult("q", {}, ["i"], [(1,)] * 3, True, 3, 0.02, 4)
    assert "truncated at the 3-row limit" in results.summary_line(res)
    hist: list[dict] = []
    hist = console.push_history(hist, "RETURN 1", "", "1 rows")
    hist = console.push_history(hist, "RETURN 2", "", "1 rows")
    hist = console.push_history(hist, "RETURN 1", "", "1 rows")
    assert [h["query"] for h in hist] == ["RETURN 1", "RETURN 2"]
    for i in range(40):
        hist = console.push_history(hist, f"RETURN {i}", "", "ok")
    assert len(hist) == console.HISTORY_MAX


def test_examples_pass_the_guard() -> None:
    for example in console.EXAMPLES:
        assert scan(example.query, DB, GuardPolicy()), example.title
        check_params(example.params_text)
