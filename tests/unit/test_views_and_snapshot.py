"""Saved views (views/NAME.json) and the snapshot command's server-side formats (no browser)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

from explorer.export.cli import main as snapshot_main
from explorer.export.figure import apply_layout
from explorer.export.samples import seed_figure
from explorer.views import SavedView, ViewError, check_name, list_views, load_view, save_view


@pytest.fixture()
def views(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "views"
    monkeypatch.setenv("NEWSGRAPH_VIEWS_DIR", str(folder))
    fig = apply_layout(seed_figure(), "hierarchical", root="person:esmail-qaani")
    save_view(SavedView("qaani", fig, state={"focus": "person:esmail-qaani", "exp": "person:esmail-qaani@25"}))
    return folder


def test_saved_view_round_trip_keeps_positions_styling_and_caption(views: Path) -> None:
    view = load_view("qaani")
    original = apply_layout(seed_figure(), "hierarchical", root="person:esmail-qaani")
    assert view.figure.positions == original.positions
    assert view.figure.caption == "Sources: Al-Araby Al-Jadeed, 2020-11"
    assert view.figure.nodes[0]["color"] == original.nodes[0]["color"]
    assert view.figure.is_frozen() and view.state["focus"] == "person:esmail-qaani"
    assert list_views() == ["qaani"]


def test_view_names_cannot_escape_the_folder(views: Path) -> None:
    for bad in ("../x", "a/b", "", " x", "x.json", ".hidden", "a" * 81):
        with pytest.raises(ViewError):
            check_name(bad)
    assert check_name("qaani-baghdad_2020.v2") == "qaani-baghdad_2020.v2"


def test_existing_view_is_not_overwritten_by_accident(views: Path) -> None:
    with pytest.raises(ViewError, match="exists already"):
        save_view(SavedView("qaani", seed_figure()))
    save_view(SavedView("qaani", seed_figure()), overwrite=True)
    assert not load_view("qaani").figure.positions


def test_broken_view_file_names_file_line_and_field(views: Path) -> None:
    (views / "broken.json").write_text('{"format": 1,\n "figure": {"nodes": [}\n', encoding="utf-8")
    with pytest.raises(ViewError, match=r"broken\.json: line 2: not valid JSON"):
        load_view("broken")
    doc = json.loads((views / "qaani.json").read_text(encoding="utf-8"))
    doc["figure"]["height"] = -5
    (views / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ViewError, match=r"bad\.json: figure\.height"):
        load_view("bad")
    with pytest.raises(ViewError, match="no saved view named 'ghost'"):
        load_view("ghost")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "html", "csv"])
def test_snapshot_of_a_saved_view_server_side_formats(views: Path, tmp_path: Path, fmt: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"fig.{fmt}"
    assert snapshot_main(["snapshot", "--view", "qaani", "-o", str(out)]) == 0
    assert "7 nodes, 7 edges" in capsys.readouterr().out
    if fmt == "graphml":
        g = nx.read_graphml(out)
        assert (g.number_of_nodes(), g.number_of_edges()) == (7, 7)
        assert g.nodes["person:esmail-qaani"]["name_ar"] == "إسماعيل قاآني"
    elif fmt == "gexf":
        g = nx.read_gexf(out)
        assert (g.number_of_nodes(), g.number_of_edges()) == (7, 7)
    elif fmt == "json":
        assert len(json.loads(out.read_text(encoding="utf-8"))["nodes"]) == 7
    elif fmt == "html":
        assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    else:
        rows = list(csv.DictReader(io.StringIO((tmp_path / "fig_nodes.csv").read_text(encoding="utf-8-sig"))))
        assert len(rows) == 7
        assert (tmp_path / "fig_edges.csv").is_file()


def test_snapshot_errors_are_one_line_and_write_nothing(views: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.graphml"
    assert snapshot_main(["snapshot", "--view", "ghost", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("snapshot: ") and "ghost" in err and err.count("\n") == 1
    assert not out.exists()
    assert snapshot_main(["snapshot", "--view", "qaani", "-o", str(tmp_path / "x.bin")]) == 2
    assert "--format" in capsys.readouterr().err
    assert snapshot_main(["snapshot", "--view", "qaani", "--size", "10x10", "-o", str(out)]) == 2
    assert "--size" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [views]
