"""One AppTest smoke test per page, on a real Neo4j loaded with the seeds."""

from __future__ import annotations

import pytest
import streamlit as st
from neo4j import Driver
from streamlit.testing.v1 import AppTest

from explorer import service
from loaders.settings import Neo4jSettings
from tests.explorer_support import APP, SEEDS, graph_data, load

pytestmark = pytest.mark.integration
QAANI = "person:esmail-qaani"


@pytest.fixture(scope="module")
def seeded(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> Neo4jSettings:
    from tests.conftest import wipe

    wipe(neo4j_driver, neo4j_settings.database)
    load(neo4j_driver, neo4j_settings.database, SEEDS)
    service.clear_cache()
    return neo4j_settings


@pytest.fixture()
def app(seeded: Neo4jSettings, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    for name, value in (("NEO4J_URI", seeded.uri), ("NEO4J_USER", seeded.user),
                        ("NEO4J_PASSWORD", seeded.password), ("NEO4J_DATABASE", seeded.database)):
        monkeypatch.setenv(name, value)
    st.cache_resource.clear()
    return AppTest.from_file(str(APP), default_timeout=60)


def text_of(app: AppTest) -> str:
    parts = []
    for kind in ("markdown", "caption", "subheader", "title", "info", "warning", "success"):
        parts += [str(e.value) for e in getattr(app, kind)]
    parts += [e.proto.body for e in app.get("html")]
    parts += [b.label for b in app.button]
    return "\n".join(parts)


def test_explore_opens_on_an_overview_served_from_the_asset_dir(app: AppTest) -> None:
    app.run()
    assert not app.exception
    data = graph_data(app)
    assert len(data["nodes"]) >= 10 and data["edges"]
    assert all(e["id"].count("|") == 2 for e in data["edges"])
    assert {item["label"] for item in data["legend"]} >= {"Person", "Country"}
    component = app.get("bidi_component")[0].proto
    # the JS (and vis-network it imports) is a file served by Streamlit, not re-sent inline
    assert component.js_source_path == "graph.js" and component.js_content == ""


def test_explore_search_then_focus(app: AppTest) -> None:
    app.run()
    app.text_input(key="kg_q").input("قاآني").run()
    suggestion = next(b for b in app.button if b.label.startswith("Esmail Qaani"))
    assert "Person, 1 article" in suggestion.label
    suggestion.click().run()
    assert not app.exception
    ids = {n["id"] for n in graph_data(app)["nodes"]}
    assert QAANI in ids and "person:qasem-soleimani" in ids
    assert "إسماعيل قاآني" in text_of(app)  # details panel, both scripts
    assert app.query_params["focus"] == [QAANI] or app.query_params["focus"] == QAANI


def test_explore_restores_a_shared_url(app: AppTest) -> None:
    edge = f"{QAANI}|SUCCESSOR_OF|person:qasem-soleimani"
    app.query_params.update({"focus": QAANI, "exp": f"{QAANI}@25,location:baghdad@25",
                             "lang": "ar", "seed": "11", "sel": edge})
    app.run()
    assert not app.exception
    data = graph_data(app)
    assert data["seed"] == 11 and data["selected"] == [edge]
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels[QAANI] == "إسماعيل قاآني"
    assert "خليفة" in text_of(app)  # the evidence sentence of the selected edge
    assert app.radio(key="kg_lang").value == "ar"


def test_articles_list_and_arabic_article(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/articles.py").run()
    assert not app.exception
    labels = [b.label for b in app.button]
    assert sum("entities" in label for label in labels) == 5
    app.query_params["id"] = "86c97502cca546cd"
    app.run()
    assert not app.exception
    html = "\n".join(e.proto.body for e in app.get("html"))
    assert 'dir="rtl"' in html and 'class="kg-ent"' in html and "focus=person:esmail-qaani" in html


def test_status_page(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/status.py").run()
    assert not app.exception
    assert "Connected to Neo4j 5.26" in text_of(app)
    assert any(df.value.shape[0] >= 7 for df in app.dataframe)


def test_cypher_page_placeholder_renders(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/cypher.py").run()
    assert not app.exception
