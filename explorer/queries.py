"""All read-side Cypher of the explorer, parameterised. Each constant documents what it returns."""

from __future__ import annotations

SERVER_COMPONENTS = """
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
"""
"""The server's version (e.g. 5.26.30) and edition (community / enterprise)."""

GRAPH_COUNTS = """
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
"""
"""Number of nodes and of relationships in the database."""

# --------------------------------------------------------------------------- Cypher console

CONSOLE_SCHEMA_COUNTS = """
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [x IN data.nodes WHERE x.label IS NULL | x.count][0] AS nodes,
       [x IN data.relationships WHERE x.relationshipType IS NULL
          AND x.startLabel IS NULL AND x.endLabel IS NULL | x.count][0] AS relationships,
       [x IN data.nodes WHERE x.label IS NOT NULL | {name: x.label, count: x.count}] AS labels,
       [x IN data.relationships WHERE x.relationshipType IS NOT NULL
          AND x.startLabel IS NULL AND x.endLabel IS NULL
          | {name: x.relationshipType, count: x.count}] AS types
"""
"""Node and relationship totals, and counts per label and per relationship type, read from the
count store (constant time, no scan)."""

CONSOLE_PROPERTY_KEYS = """
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey ORDER BY propertyKey
"""
"""Every property key known to the database, sorted."""

CONSOLE_NODES_BY_ELEMENT_ID = """
MATCH (n) WHERE elementId(n) IN $ids
RETURN n
"""
"""The nodes with the given element ids (endpoints of relationships a query returned alone)."""

CONSOLE_RELS_BETWEEN = """
MATCH (a)-[r]->(b)
WHERE elementId(a) IN $ids AND elementId(b) IN $ids
RETURN r
LIMIT $limit
"""
"""Relationships between nodes of a result (at most $limit), to connect them in the graph."""

CONSOLE_NEIGHBOURS = """
MATCH (n)-[r]-(m) WHERE elementId(n) = $id
RETURN r, m
LIMIT $limit
"""
"""Up to $limit relationships of one node and the nodes at their other end (graph expand)."""
