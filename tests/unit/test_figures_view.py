"""Figures built from the explorer's view model: neighbourhoods by depth, attributes, caption."""

from __future__ import annotations

import io

import networkx as nx
import pytest

from explorer import figures
from explorer.export import formats
from explorer.graph import Filters
from tests.unit.test_graph_view import FakeSource


def test_neighbourhood_depth_expands_ring_by_ring() -> None:
    src = FakeSource()
    one = figures.neighbourhood_state(src, "person:b", 1)
    assert [k for k, _ in one.expanded] == ["person:b"]
    two = figures.neighbourhood_state(src, "person:b", 2)
    assert [k for k, _ in two.expanded] == ["person:b", "person:a", "person:c"]
    from explorer.graph import build_view

    vm = build_view(two, src)
    assert {"person:a", "person:b", "person:c", "person:hub"} <= set(vm.nodes)
    assert len(vm.nodes) == 4  # depth 2 reaches the hub, not its locations
    three = figures.neighbourhood_state(src, "person:b", 3, cap=5)
    assert len(build_view(three, src).nodes) == 4 + 5


def test_neighbourhood_rejects_bad_input() -> None:
    src = FakeSource()
    with pytest.raises(ValueError, match="--depth"):
        figures.neighbourhood_state(src, "person:b", 9)
    with pytest.raises(ValueError, match="not an entity id"):
        figures.neighbourhood_state(src, "MATCH (n) DETACH DELETE n", 1)
    with pytest.raises(LookupError, match="person:nobody"):
        figures.neighbourhood_state(src, "person:nobody", 1)


def test_view_figure_keeps_data_attributes_and_drops_more_nodes() -> None:
    src = FakeSource()
    from explorer.graph import build_view

    vm = build_view(figures.neighbourhood_state(src, "person:hub", 1, cap=10,
                                                filters=Filters(rel_types=("VISITED",))), src)
    fig = figures.view_figure(vm, caption="Sources: X (2020)", layout="circular")
    assert len(fig.nodes) == 11 and not any(n["id"].startswith("more:") for n in fig.nodes)
    assert fig.is_frozen() and fig.legend and fig.caption == "Sources: X (2020)"
    g = nx.read_graphml(io.BytesIO(formats.to_graphml(fig)))
    assert g.nodes["person:hub"]["name_ar"] == "المحور" and g.nodes["person:hub"]["degree"] == 61
    assert g.number_of_edges() == 10
    (count,) = {d["count"] for u, v, d in g.edges(data=True) if v == "location:l00"}
    assert count == 60


def test_sources_caption_text() -> None:
    rows = [{"outlet": "Elaph (إيلاف)", "first": "2020-01", "last": "2020-03", "articles": 2},
            {"outlet": "WFXB", "first": "2021-02-19", "last": "2021-02-19", "articles": 1},
            {"outlet": None, "first": None, "last": None, "articles": 1}]
    assert figures.format_sources(rows) == (
        "Sources: Elaph (إيلاف) (2020-01 – 2020-03), WFXB (2021-02-19), unknown outlet")
    assert figures.format_sources(rows, limit=1) == "Sources: Elaph (إيلاف) (2020-01 – 2020-03), and 2 more"
    assert figures.format_sources([]) == ""
