"""The app page says plainly whether it reached Neo4j (AppTest runs the real script)."""

from __future__ import annotations

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from loaders.settings import Neo4jSettings
from tests.conftest import PROJECT_ROOT

pytestmark = pytest.mark.integration
APP = str(PROJECT_ROOT / "explorer" / "app.py")


def _run_app(monkeypatch: pytest.MonkeyPatch, settings: Neo4jSettings) -> AppTest:
    for name, value in (
        ("NEO4J_URI", settings.uri),
        ("NEO4J_USER", settings.user),
        ("NEO4J_PASSWORD", settings.password),
        ("NEO4J_DATABASE", settings.database),
    ):
        monkeypatch.setenv(name, value)
    st.cache_resource.clear()  # the driver is cached per process; each case needs its own
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    st.cache_resource.clear()
    return app


def _page_text(app: AppTest) -> str:
    return " ".join(str(getattr(el, "value", "")) for el in app.main)


def test_connected_page_reports_neo4j_5_26(
    monkeypatch: pytest.MonkeyPatch, neo4j_settings: Neo4jSettings
) -> None:
    app = _run_app(monkeypatch, neo4j_settings)
    assert not app.exception
    app.switch_page("app_pages/status.py").run()  # the Status page says which server it reached
    assert not app.exception
    assert "Connected to Neo4j 5.26." in _page_text(app)


def test_unreachable_server_is_one_plain_line(monkeypatch: pytest.MonkeyPatch) -> None:
    app = _run_app(monkeypatch, Neo4jSettings(uri="bolt://127.0.0.1:9", password="x"))
    assert not app.exception  # no stack trace shown to the user
    errors = [e.value for e in app.error]
    assert len(errors) == 1
    assert "bolt://127.0.0.1:9" in errors[0] and "unreachable" in errors[0]
    assert "\n" not in errors[0]


def test_wrong_password_is_one_plain_line(
    monkeypatch: pytest.MonkeyPatch, neo4j_settings: Neo4jSettings
) -> None:
    wrong = Neo4jSettings(neo4j_settings.uri, neo4j_settings.user, "wrong-password", neo4j_settings.database)
    app = _run_app(monkeypatch, wrong)
    assert not app.exception
    errors = [e.value for e in app.error]
    assert len(errors) == 1 and "wrong user or password" in errors[0]
