"""What the Cypher page does, as plain functions: examples, run, history, schema, graph completion.

The page (explorer/app_pages/cypher.py) only lays out widgets and calls these.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from neo4j import Driver, RoutingControl

from explorer import queries
from explorer.guard import GuardPolicy, QueryResult, run_guarded
from explorer.results import ResultGraph, extract_graph


@dataclass(frozen=True)
class Example:
    title: str
    query: str
    params: dict[str, Any]

    @property
    def params_text(self) -> str:
        return json.dumps(self.params, ensure_ascii=False) if self.params else ""


EXAMPLES: tuple[Example, ...] = (
    Example(
        "Who met whom (graph)",
        "MATCH p = (a:Entity)-[:MET_WITH]-(b:Entity)\nRETURN p\nLIMIT 50",
        {},
    ),
    Example(
        "Who met whom (table, with evidence)",
        "MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)\n"
        "RETURN a.name AS entity, b.name AS met, r.count AS evidence, r.dates AS dates,\n"
        "       r.sentences[0] AS sentence\nORDER BY evidence DESC\nLIMIT 100",
        {},
    ),
    Example(
        "Successors",
        "MATCH (s:Entity)-[r:SUCCESSOR_OF]->(p:Entity)\n"
        "RETURN s.name AS successor, s.name_ar AS successor_ar, p.name AS predecessor,\n"
        "       p.name_ar AS predecessor_ar, r.sentences[0] AS evidence",
        {},
    ),
    Example(
        "Path from X to Y",
        "MATCH (a:Entity {id: $from}), (b:Entity {id: $to})\n"
        "MATCH p = shortestPath((a)-[*..6]-(b))\nRETURN p",
        {"from": "person:esmail-qaani", "to": "person:donald-trump"},
    ),
    Example(
        "Most connected entities",
        "MATCH (e:Entity)\n"
        "RETURN e.name AS entity, e.name_ar AS name_ar, e.type AS type,\n"
        "       COUNT { (e)--(:Entity) } AS degree\nORDER BY degree DESC, entity\nLIMIT 25",
        {},
    ),
    Example(
        "Everything one article says",
        "MATCH (a:Entity)-[r]->(b:Entity)\nWHERE $article IN r.articles\n"
        "RETURN a.name AS source, type(r) AS relation, b.name AS target,\n"
        "       [i IN range(0, size(r.evidence_keys) - 1)\n"
        "        WHERE r.evidence_articles[i] = $article | r.sentences[i]] AS sentences",
        {"article": "86c97502cca546cd"},
    ),
    Example(
        "One entity's neighbourhood (graph)",
        "MATCH p = (e:Entity {id: $id})-[]-(:Entity)\nRETURN p\nLIMIT 50",
        {"id": "person:esmail-qaani"},
    ),
    Example(
        "Full-text search (Arabic or English)",
        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score\n"
        "RETURN node.name AS name, node.name_ar AS name_ar, node.type AS type, score\nLIMIT 10",
        {"q": "Qaani"},
    ),
)

HISTORY_MAX = 30


def run_console_query(
    driver: Driver,
    database: str,
    query: str,
    params_text: str | None,
    timeout_s: float | None = None,
    max_rows: int | None = None,
    policy: GuardPolicy | None = None,
) -> QueryResult:
    """Run a console query through the one guarded path (params given as JSON text)."""
    base = policy or GuardPolicy.from_env()
    return run_guarded(
        driver, database, query, params_text, base.with_limits(timeout_s=timeout_s, max_rows=max_rows)
    )


def push_history(
    history: list[dict[str, Any]], query: str, params_text: str, outcome: str
) -> list[dict[str, Any]]:
    """The history with this run first (an identical earlier entry moves up), at most 30 entries."""
    entry = {"query": query, "params": params_text or "", "outcome": outcome}
    rest = [h for h in history if (h["query"], h["params"]) != (entry["query"], entry["params"])]
    return [entry, *rest][:HISTORY_MAX]


@dataclass(frozen=True)
class Schema:
    nodes: int
    relationships: int
    labels: list[tuple[str, int]]
    types: list[tuple[str, int]]
    property_keys: list[str]


def schema(driver: Driver, database: str) -> Schema:
    """Labels, relationship types (with counts from the count store) and property keys."""
    rows, _, _ = driver.execute_query(
        queries.CONSOLE_SCHEMA_COUNTS, database_=database, routing_=RoutingControl.READ
    )
    keys, _, _ = driver.execute_query(
        queries.CONSOLE_PROPERTY_KEYS, database_=database, routing_=RoutingControl.READ
    )
    row = rows[0]
    return Schema(
        nodes=row["nodes"] or 0,
        relationships=row["relationships"] or 0,
        labels=sorted(((x["name"], x["count"]) for x in row["labels"]), key=lambda t: (-t[1], t[0])),
        types=sorted(((x["name"], x["count"]) for x in row["types"]), key=lambda t: (-t[1], t[0])),
        property_keys=[r["propertyKey"] for r in keys],
    )


def complete_graph(
    driver: Driver, database: str, graph: ResultGraph, connect: bool = True, limit: int = 1000
) -> ResultGraph:
    """Fetch endpoints the query returned only by id and, optionally, relationships among nodes.

    Both are fixed read queries with parameters (explorer/queries.py), not user Cypher.
    """
    missing = graph.missing_nodes()
    if missing:
        rows, _, _ = driver.execute_query(
            queries.CONSOLE_NODES_BY_ELEMENT_ID, ids=missing, database_=database,
            routing_=RoutingControl.READ,
        )
        extract_graph((r["n"] for r in rows), graph)
    if connect and 1 < len(graph.nodes) <= 1000:
        rows, _, _ = driver.execute_query(
            queries.CONSOLE_RELS_BETWEEN, ids=list(graph.nodes), limit=limit,
            database_=database, routing_=RoutingControl.READ,
        )
        extract_graph((r["r"] for r in rows), graph)
    return graph


def expand_node(driver: Driver, database: str, graph: ResultGraph, element_id: str,
                limit: int = 25) -> ResultGraph:
    """Add up to ``limit`` relationships of one node and their other ends to the graph."""
    rows, _, _ = driver.execute_query(
        queries.CONSOLE_NEIGHBOURS, id=element_id, limit=limit, database_=database,
        routing_=RoutingControl.READ,
    )
    return extract_graph((v for r in rows for v in (r["r"], r["m"])), graph)
