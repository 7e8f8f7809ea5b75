"""Open the one Neo4j driver of a process, and explain connection failures in one line."""

from __future__ import annotations

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

from loaders.settings import Neo4jSettings

USER_AGENT = "newsgraph-explorer/0.1"


class ConnectionProblem(RuntimeError):
    """Neo4j cannot be used; `str()` is one line for the user: which URI, what failed, what to try."""


def open_driver(settings: Neo4jSettings, verify: bool = True) -> Driver:
    """Create a driver for `settings`; with `verify`, fail fast with a ConnectionProblem."""
    try:
        driver = GraphDatabase.driver(
            settings.uri,
            auth=(settings.user, settings.password),
            user_agent=USER_AGENT,
            connection_acquisition_timeout=10,
            connection_timeout=5,
            max_transaction_retry_time=5,
        )
    except (ConfigurationError, ValueError) as exc:
        raise ConnectionProblem(
            f"Cannot use NEO4J_URI={settings.uri!r}: {exc}. "
            "Use a URI like neo4j://host:7687, bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io."
        ) from None
    if verify:
        try:
            check_connection(driver, settings)
        except ConnectionProblem:
            driver.close()
            raise
    return driver


def check_connection(driver: Driver, settings: Neo4jSettings) -> None:
    """Raise a ConnectionProblem unless the server answers with these credentials."""
    try:
        driver.verify_connectivity()
        driver.execute_query("RETURN 1", database_=settings.database)
    except Exception as exc:  # noqa: BLE001 - every failure becomes one clear line
        raise ConnectionProblem(describe_failure(exc, settings)) from None


def describe_failure(exc: BaseException, settings: Neo4jSettings) -> str:
    """One line saying which URI, what failed and what to try."""
    where = f"Neo4j at {settings.uri} (database {settings.database!r}, user {settings.user!r})"
    if isinstance(exc, AuthError):
        return (
            f"{where} refused the login: wrong user or password. "
            "Check NEO4J_USER / NEO4J_PASSWORD (for the local server: `source .neo4j/env`)."
        )
    if isinstance(exc, ServiceUnavailable | OSError):
        return (
            f"{where} is unreachable ({_short(exc)}). "
            "Is the server running? Start it with `make neo4j-start`, or fix NEO4J_URI."
        )
    if isinstance(exc, Neo4jError) and exc.code and "DatabaseNotFound" in exc.code:
        return f"{where}: the database does not exist. Check NEO4J_DATABASE."
    return f"{where} failed: {_short(exc)}. Check the NEO4J_* settings."


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
