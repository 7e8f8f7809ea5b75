"""Start layout of large views (explorer.layout): deterministic, seeded, readable."""

from __future__ import annotations

import math

from explorer import graph as g
from explorer.graph import Edge, Node, ViewState
from explorer.layout import SPACING, radial_layout
from tests.unit.test_graph_view import FakeSource


def _dist(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def test_star_puts_the_root_in_the_middle_and_neighbours_around_it_without_overlap() -> None:
    leaves = [f"person:x{i:03d}" for i in range(480)]
    pos = radial_layout(["person:hub", *leaves], [("person:hub", x) for x in leaves],
                        root="person:hub", seed=7)
    assert set(pos) == {"person:hub", *leaves}
    assert pos["person:hub"] == (0.0, 0.0)
    radii = [_dist(pos[x], (0, 0)) for x in leaves]
    assert min(radii) > 100
    # no two leaves on top of each other: every leaf keeps a minimum distance to the others
    pts = sorted(pos[x] for x in leaves)
    closest = min(_dist(p, q) for i, p in enumerate(pts) for q in pts[i + 1:i + 40])
    assert closest > SPACING / 3


def test_same_seed_same_layout_other_seed_other_picture() -> None:
    nodes = ["a:1", "a:2", "a:3", "a:4", "b:1", "b:2"]
    edges = [("a:1", "a:2"), ("a:2", "a:3"), ("a:1", "a:4"), ("b:1", "b:2")]
    one = radial_layout(nodes, edges, root="a:1", seed=3)
    assert one == radial_layout(list(reversed(nodes)), list(reversed(edges)), root="a:1", seed=3)
    assert one != radial_layout(nodes, edges, root="a:1", seed=4)
    # the second component is placed beside the first, not on top of it
    assert _dist(one["b:1"], one["a:1"]) > 200


def test_breadth_first_rings_grow_outwards() -> None:
    nodes = ["r:0", "r:1", "r:2", "r:3"]
    pos = radial_layout(nodes, [("r:0", "r:1"), ("r:1", "r:2"), ("r:2", "r:3")], root="r:0")
    d = [_dist(pos[n], pos["r:0"]) for n in nodes]
    assert d[0] == 0 and d[1] < d[2] < d[3]


def test_large_views_get_a_start_layout_small_ones_do_not() -> None:
    src = FakeSource()
    state = g.focus_on(ViewState(), "person:hub")
    assert g.start_layout(g.build_view(state, src), state) is None
    for i in range(150):
        nid = f"person:x{i}"
        src.nodes[nid] = Node(nid, "Person", f"X{i}")
        src.edges.append(Edge("person:hub", "MET_WITH", nid, count=100))
    big = g.expand(state, "person:hub", 200)
    vm = g.build_view(big, src)
    layout = g.start_layout(vm, big)
    assert layout is not None
    assert set(vm.nodes) | {f"{g.MORE_PREFIX}person:hub"} == set(layout)
    assert layout["person:hub"] == (0.0, 0.0)
    assert g.start_layout(vm, big) == layout
