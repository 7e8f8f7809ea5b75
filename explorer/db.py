"""The explorer's one Neo4j driver per process (cached across Streamlit reruns)."""

from __future__ import annotations

import streamlit as st
from neo4j import Driver

from loaders.connection import ConnectionProblem, check_connection, open_driver
from loaders.settings import Neo4jSettings


@st.cache_resource(show_spinner=False)
def settings() -> Neo4jSettings:
    """Connection settings, read once per process."""
    return Neo4jSettings.from_env()


@st.cache_resource(show_spinner=False)
def _driver() -> Driver:
    return open_driver(settings(), verify=False)


def get_driver() -> Driver:
    """The shared driver, verified; raises ConnectionProblem with a one-line message.

    The driver object is created once; when the server is down the check fails each time it is
    called and succeeds again as soon as the server is back, so pages recover on their own.
    """
    driver = _driver()
    check_connection(driver, settings())
    return driver


def shared_driver() -> Driver:
    """The same driver without the connectivity check, for pages: the app router has just
    checked it (saves two round trips per rerun); a failure still surfaces as an exception."""
    return _driver()


__all__ = ["ConnectionProblem", "get_driver", "settings", "shared_driver"]
