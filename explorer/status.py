"""What the Status page shows: server, version, counts (plain functions, no Streamlit)."""

from __future__ import annotations

from dataclasses import dataclass

from neo4j import Driver, RoutingControl

from explorer import queries
from loaders.settings import Neo4jSettings


@dataclass(frozen=True)
class ServerStatus:
    uri: str
    database: str
    version: str
    edition: str
    nodes: int
    relationships: int


def server_status(driver: Driver, settings: Neo4jSettings) -> ServerStatus:
    """Version and edition of the server, node and relationship counts of the database."""
    components, _, _ = driver.execute_query(
        queries.SERVER_COMPONENTS,
        database_=settings.database,
        routing_=RoutingControl.READ,
    )
    counts, _, _ = driver.execute_query(
        queries.GRAPH_COUNTS,
        database_=settings.database,
        routing_=RoutingControl.READ,
    )
    return ServerStatus(
        uri=settings.uri,
        database=settings.database,
        version=components[0]["version"],
        edition=components[0]["edition"],
        nodes=counts[0]["nodes"],
        relationships=counts[0]["relationships"],
    )
