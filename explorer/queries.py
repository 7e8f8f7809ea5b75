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
