"""Plain logic behind the export panel and the Figures page (no browser, no server)."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import networkx as nx
import pytest

from explorer import figure_page as fp
from explorer import figures_ui as ui
from explorer.export.samples import seed_figure
from explorer.results import GraphNode, GraphRel, ResultGraph, legend, network
from explorer.views import load_view


def test_png_request_and_answer_decoding() -> None:
    req = ui.png_request(5, scale=4, background="transparent", title="T", caption="C")
    assert req["scale"] == 4.0 and "width" not in req and req["background"] == "transparent"
    assert ui.png_request(6, width=3000)["width"] == 3000
    png = b"\x89PNG\r\n\x1a\nxyz"
    answer = {"nonce": 5, "dataUrl": "data:image/png;base64," + base64.b64encode(png).decode()}
    assert ui.decode_png(answer) == png
    with pytest.raises(ValueError, match="more than the browser"):
        ui.decode_png({"error": "the PNG is 30 MB, more than the browser can send back"})
    with pytest.raises(ValueError, match="did not send a PNG"):
        ui.decode_png({"dataUrl": "data:text/html;base64,PHNjcmlwdD4="})


def test_server_exports_from_the_panel() -> None:
    fig = seed_figure()
    for fmt in ("html", "graphml", "gexf", "zip", "json"):
        assert len(ui.server_export(fig, fmt, "x")) > 200
    with pytest.raises(ValueError, match="no position"):
        ui.server_export(fig, "svg", "x")
    assert ui.safe_stem("Qaani in Baghdad (2020)!") == "qaani-in-baghdad-2020"
    assert ui.safe_stem("قاآني") == "قاآني"
    assert ui.safe_stem("../..") == "figure"


def test_cypher_result_graph_exports_with_its_properties() -> None:
    graph = ResultGraph(
        nodes={
            "4:a:1": GraphNode("4:a:1", ["Entity", "Person"], {"id": "person:a", "name": "A", "name_ar": "أ",
                                                               "aliases": ["x", "y"]}),
            "4:a:2": GraphNode("4:a:2", ["Entity", "Country"], {"id": "country:b", "name": "B"}),
        },
        rels={"5:a:9": GraphRel("5:a:9", "VISITED", "4:a:1", "4:a:2", {"count": 2, "dates": ["2020-11"]})},
    )
    fig = ui.cypher_figure(graph, network(graph), legend(graph))
    g = nx.read_graphml(io.BytesIO(ui.server_export(fig, "graphml", "x")))
    assert g.number_of_nodes() == 2 and g.number_of_edges() == 1
    assert g.nodes["4:a:1"]["name_ar"] == "أ" and g.nodes["4:a:1"]["aliases"] == "x; y"
    ((_, _, edge),) = g.edges(data=True)
    assert edge["type"] == "VISITED" and edge["count"] == 2


def test_markdown_escape_shows_text_literally() -> None:
    out = fp.md_escape("[click](javascript:alert(1)) **bold** <img src=x>")
    assert "\\[" in out and "\\(" in out and "\\*\\*" in out and "\\<img" in out


def test_freeze_then_save_from_browser_positions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_VIEWS_DIR", str(tmp_path))
    ss: dict = {}
    fp.show(ss, seed_figure(), state={"focus": "person:esmail-qaani"})
    key = fp.graph_key(ss)
    positions = {nid: {"x": 10.0 * i, "y": 5.0 * i} for i, nid in enumerate(ss["fig"].node_ids())}
    ss.update({"fig_action": "save", "fig_save_name": "qaani-2020",
               f"{key}__export_req": {"nonce": 42, "kind": "positions"},
               f"{key}__export": {"nonce": 42, "kind": "positions", "positions": positions}})
    fp.apply_answers(ss)
    assert ss["fig_save_err"] == "" and ss["fig_name"] == "qaani-2020"
    view = load_view("qaani-2020")
    assert view.figure.is_frozen() and view.state == {"focus": "person:esmail-qaani"}
    assert view.figure.positions["person:qasem-soleimani"] == (10.0, 5.0)
    # The same answer is not acted on twice; a bad name is reported, nothing written.
    ss.update({"fig_action": "save", "fig_save_name": "../evil"})
    fp.apply_answers(ss)
    assert ss["fig_action"] == "save"
    ss.update({f"{key}__export_req": {"nonce": 43, "kind": "positions"},
               f"{key}__export": {"nonce": 43, "kind": "positions", "positions": positions}})
    fp.apply_answers(ss)
    assert "not allowed" in ss["fig_save_err"] and sorted(p.name for p in tmp_path.iterdir()) == ["qaani-2020.json"]
