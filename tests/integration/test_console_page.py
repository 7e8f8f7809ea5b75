"""AppTest of the Cypher page on a real Neo4j loaded with the seed (no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from neo4j import Driver
from streamlit.testing.v1 import AppTest

from loaders.settings import Neo4jSettings
from loaders.vocabulary import core_vocabulary
from loaders.writer import load_paths

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "explorer" / "app_pages" / "cypher.py"
SEED = ROOT / "seeds" / "000_86c97502cca546cd.json"


@pytest.fixture(scope="module")
def seeded(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> Neo4jSettings:
    db = neo4j_settings.database
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=db)
    assert not load_paths(neo4j_driver, db, [SEED], core_vocabulary(), progress=False).problems
    return neo4j_settings


@pytest.fixture()
def page(seeded: Neo4jSettings, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    for name, value in (("NEO4J_URI", seeded.uri), ("NEO4J_USER", seeded.user),
                        ("NEO4J_PASSWORD", seeded.password), ("NEO4J_DATABASE", seeded.database)):
        monkeypatch.setenv(name, value)
    st.cache_resource.clear()
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.run()
    assert not at.exception
    return at


def _run(at: AppTest, query: str, params: str = "") -> AppTest:
    at.text_area(key="cy_query").set_value(query)
    at.text_area(key="cy_params").set_value(params)
    at.button[[b.label for b in at.button].index("Run")].click()
    return at.run()


def test_query_gives_a_table_history_and_downloads(page: AppTest) -> None:
    at = _run(page, "MATCH (e:Entity {id: $id})-[:SUCCESSOR_OF]->(p) RETURN p.name AS predecessor",
              '{"id": "person:esmail-qaani"}')
    assert not at.exception
    frames = [df.value for df in at.dataframe if "predecessor" in df.value.columns]
    assert frames and frames[0]["predecessor"].tolist() == ["Qasem Soleimani"]
    assert any("1 row" in c.value for c in at.caption)
    assert at.session_state["cy_history"][0]["outcome"] == "1 rows"


def test_refused_query_shows_the_reason_and_keeps_history(page: AppTest) -> None:
    at = _run(page, "MATCH (n)\nDETACH DELETE n")
    assert not at.exception
    errors = [e.value for e in at.error]
    assert errors and "Query refused" in errors[0] and "line 2, column 1" in errors[0]
    assert at.session_state["cy_history"][0]["outcome"] == "refused"


def test_examples_fill_the_editor(page: AppTest) -> None:
    at = page.selectbox(key="cy_example").select("Path from X to Y").run()
    assert "shortestPath" in at.text_area(key="cy_query").value
    assert "person:esmail-qaani" in at.text_area(key="cy_params").value
