"""Small Streamlit helpers shared by the pages (connection trouble, cached lookups)."""

from __future__ import annotations

import streamlit as st
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from explorer.db import ConnectionProblem, get_driver, settings
from loaders.connection import describe_failure

RETRY_SECONDS = 3


def is_connection_error(exc: BaseException) -> bool:
    """True for failures that mean "Neo4j went away", not bugs or bad queries."""
    return isinstance(exc, ConnectionProblem | ServiceUnavailable | SessionExpired | OSError)


def connection_lost(message: str | None) -> None:
    """Say plainly that Neo4j is unreachable and rerun the page as soon as it answers again."""
    st.error(message or describe_failure(ServiceUnavailable("connection lost"), settings()))
    st.caption(f"Retrying every {RETRY_SECONDS} s; this page comes back on its own.")

    @st.fragment(run_every=RETRY_SECONDS)
    def _retry() -> None:
        try:
            get_driver()
        except ConnectionProblem:
            return
        st.rerun(scope="app")

    _retry()


def database() -> str:
    """The configured database name (always passed to the driver)."""
    return settings().database
