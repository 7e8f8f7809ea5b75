"""Explore's pure logic: view state, expansion with caps, hide/collapse/reset, URL round trip."""

from __future__ import annotations

from collections.abc import Sequence

from explorer import graph as g
from explorer.graph import Edge, Filters, Node, ViewState


class FakeSource:
    """A star around person:hub with 60 neighbours, plus a chain a-b-c; records calls."""

    def __init__(self) -> None:
        self.nodes = {"person:hub": Node("person:hub", "Person", "Hub", "المحور", degree=61)}
        self.edges: list[Edge] = []
        for i in range(60):
            nid = f"location:l{i:02d}"
            self.nodes[nid] = Node(nid, "Location", f"L{i}", degree=1)
            self.edges.append(Edge("person:hub", "VISITED", nid, count=60 - i))
        for nid in ("person:a", "person:b", "person:c"):
            self.nodes[nid] = Node(nid, "Person", nid[-1].upper(), degree=2)
        self.edges += [Edge("person:a", "MET_WITH", "person:b"), Edge("person:b", "MET_WITH", "person:c"),
                       Edge("person:a", "MET_WITH", "person:hub")]
        self.calls: list[tuple] = []

    def _passes(self, e: Edge, f: Filters) -> bool:
        return not f.rel_types or e.type in f.rel_types

    def overview(self, filters: Filters, limit: int):
        self.calls.append(("overview", limit))
        top = sorted(self.nodes.values(), key=lambda n: -n.degree)[:limit]
        ids = {n.id for n in top}
        return top, [e for e in self.edges if e.source in ids and e.target in ids and self._passes(e, filters)]

    def node(self, node_id: str):
        return self.nodes.get(node_id)

    def neighbours(self, node_id: str, filters: Filters, limit: int):
        self.calls.append(("neighbours", node_id, limit))
        pairs = []
        for e in sorted(self.edges, key=lambda e: -e.count):
            if node_id in (e.source, e.target) and self._passes(e, filters):
                other = self.nodes[e.target if e.source == node_id else e.source]
                if filters.types and other.type not in filters.types:
                    continue
                pairs.append((e, other))
        return pairs[:limit], len(pairs)

    def edges_among(self, ids: Sequence[str], filters: Filters):
        s = set(ids)
        return [e for e in self.edges if e.source in s and e.target in s and self._passes(e, filters)]

    def shortest_paths(self, source: str, target: str, max_len: int, filters: Filters):
        if (source, target) == ("person:a", "person:c") and max_len >= 2:
            return ([self.nodes["person:a"], self.nodes["person:b"], self.nodes["person:c"]],
                    [self.edges[-3], self.edges[-2]])
        return [], []


def test_click_expands_with_cap_and_more_fetches_the_next_page() -> None:
    src = FakeSource()
    state = g.focus_on(ViewState(), "person:hub")
    vm = g.build_view(state, src)
    assert len(vm.nodes) == 1 + g.DEFAULT_CAP
    assert vm.more == {"person:hub": 61 - g.DEFAULT_CAP}
    # strongest evidence first
    assert "location:l00" in vm.nodes and "location:l59" not in vm.nodes

    state = g.apply_click(state, "node", "more:person:hub")
    vm = g.build_view(state, src)
    assert len(vm.nodes) == 1 + 2 * g.DEFAULT_CAP
    assert vm.more == {"person:hub": 61 - 2 * g.DEFAULT_CAP}

    net = g.to_network(vm)
    more_nodes = [n for n in net.nodes if n["id"].startswith(g.MORE_PREFIX)]
    assert [n["label"] for n in more_nodes] == [f"+{61 - 2 * g.DEFAULT_CAP} more"]


def test_expansion_adds_nodes_and_keeps_existing_ones() -> None:
    src = FakeSource()
    state = g.focus_on(ViewState(), "person:a")
    before = set(g.build_view(state, src).nodes)
    assert before == {"person:a", "person:b", "person:hub"}
    state = g.apply_click(state, "node", "person:b")
    after = g.build_view(state, src)
    assert before < set(after.nodes) and "person:c" in after.nodes
    assert state.selected == "person:b"
    # edges among visible nodes are all there, with stable ids
    assert "person:b|MET_WITH|person:c" in after.edges


def test_collapse_removes_only_what_that_expansion_brought() -> None:
    src = FakeSource()
    state = g.apply_click(g.focus_on(ViewState(), "person:a"), "node", "person:b")
    state = g.collapse(state, "person:b")
    assert set(g.build_view(state, src).nodes) == {"person:a", "person:b", "person:hub"}


def test_hide_and_reset() -> None:
    src = FakeSource()
    state = g.focus_on(ViewState(lang="ar", seed=3), "person:a")
    state = g.hide(state, "person:hub")
    vm = g.build_view(state, src)
    assert "person:hub" not in vm.nodes and not any("person:hub" in e for e in vm.edges)
    state = g.reset(state)
    assert state.focus is None and not state.expanded and not state.hidden
    assert (state.lang, state.seed) == ("ar", 3)  # reset keeps how the user likes to see it
    g.build_view(state, src)
    assert src.calls[-1] == ("overview", g.OVERVIEW_SIZE)


def test_path_is_added_and_highlighted() -> None:
    src = FakeSource()
    state = g.with_path(ViewState(), "person:a", "person:c", 6)
    vm = g.build_view(state, src)
    assert vm.path_found and vm.path_nodes == {"person:a", "person:b", "person:c"}
    net = g.to_network(vm)
    on_path = [e for e in net.edges if e["id"] in vm.path_edges]
    assert on_path and all(e["color"] == g.HIGHLIGHT for e in on_path)
    assert g.build_view(g.with_path(ViewState(), "person:a", "person:c", 1), src).path_found is False


def test_relation_filter_applies_to_expansion() -> None:
    src = FakeSource()
    state = g.focus_on(ViewState(filters=Filters(rel_types=("MET_WITH",))), "person:hub")
    vm = g.build_view(state, src)
    assert set(vm.nodes) == {"person:hub", "person:a"}


def test_view_is_capped() -> None:
    src = FakeSource()
    for i in range(600):
        nid = f"person:x{i}"
        src.nodes[nid] = Node(nid, "Person", f"X{i}")
        src.edges.append(Edge("person:hub", "MET_WITH", nid))
    vm = g.build_view(g.expand(g.focus_on(ViewState(), "person:hub"), "person:hub", 1000), src)
    assert len(vm.nodes) == g.MAX_VIEW_NODES and vm.truncated


def test_labels_and_styles() -> None:
    n = Node("person:q", "Person", "Esmail Qaani", "إسماعيل قاآني")
    assert n.label("en") == "Esmail Qaani"
    assert n.label("ar") == "إسماعيل قاآني"
    assert n.label("both") == "Esmail Qaani\nإسماعيل قاآني"
    assert Node("person:x", "Person", "", "قاآني").label("en") == "قاآني"
    vm = g.ViewModel()
    vm.add_node(n)
    vm.add_node(Node("country:us", "Country", "United States", degree=40))
    vm.add_edge(Edge("person:q", "MET_WITH", "country:us"))
    net = g.to_network(vm, "both", symmetric={"MET_WITH"})
    by_id = {x["id"]: x for x in net.nodes}
    assert by_id["person:q"]["shape"] != by_id["country:us"]["shape"]
    assert by_id["country:us"]["size"] > by_id["person:q"]["size"]
    assert net.edges[0]["arrows"] == {"to": {"enabled": False}}  # symmetric: no arrow
    assert [item["label"] for item in g.legend(vm)] == ["Person", "Country"]


def test_clicks_from_the_browser_are_validated() -> None:
    state = ViewState()
    assert g.apply_click(state, "node", "<script>") == state
    assert g.apply_click(state, "edge", "a|b") == state
    assert g.apply_click(state, "node", "more:') DETACH DELETE n") == state
    assert g.apply_click(state, "node", "person:a", double=True).focus == "person:a"
    assert g.apply_click(state, "edge", "person:a|MET_WITH|person:b").selected == "person:a|MET_WITH|person:b"


def test_url_round_trip_restores_the_view() -> None:
    state = ViewState(
        focus="person:esmail-qaani",
        expanded=(("person:esmail-qaani", 25), ("person:qasem-soleimani", 50)),
        hidden=frozenset({"location:baghdad"}),
        filters=Filters(types=("Person", "Country"), rel_types=("MET_WITH",), date_from="2020-01",
                        date_to="2020-12", outlets=("Arabic Trend (arabictrend.net)", "A, B")),
        lang="ar", seed=42, path=("person:esmail-qaani", "person:donald-trump"), path_max=4,
        selected="person:esmail-qaani|SUCCESSOR_OF|person:qasem-soleimani",
    )
    params = g.to_params(state)
    assert g.from_params(params, ["Person", "Country"], ["MET_WITH"]) == state
    assert g.to_params(ViewState()) == {}


def test_hostile_url_parameters_are_dropped() -> None:
    params = {
        "focus": "x' OR 1=1 //",
        "exp": "person:a@99999,<img src=x>@5,person:b@abc",
        "types": "Person,Person`) DETACH DELETE n //",
        "rels": "MET_WITH,KILLS|DELETE",
        "from": "2020-01; DROP",
        "lang": "fr",
        "seed": "-5",
        "path": "person:a,javascript:alert(1)",
        "sel": "<script>alert(1)</script>",
        "maxlen": "99",
    }
    state = g.from_params(params, ["Person"], ["MET_WITH"])
    assert state.focus is None
    assert state.expanded == (("person:a", g.MAX_CAP),)
    assert state.filters.types == ("Person",)
    assert state.filters.rel_types == ("MET_WITH",)
    assert state.filters.date_from == ""
    assert (state.lang, state.seed, state.path, state.selected, state.path_max) == (
        "both", g.DEFAULT_SEED, None, None, 10)
