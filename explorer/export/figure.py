"""A figure: one graph view frozen as plain data (what every export is made from).

A :class:`Figure` holds the vis-network nodes and edges as the view draws them (label,
colour, shape, size, optional x/y), the data attributes of each node and edge (type, names
in both scripts, counts, dates, ...), the vis options, the layout (seeded physics,
hierarchical, circular or fixed positions), the canvas size, and the title, legend and
caption drawn into images. It round-trips through JSON (saved views) and is independent of
Streamlit and of the database.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, is_dataclass, replace
from typing import Any

LAYOUTS = ("physics", "hierarchical", "circular", "fixed")
DEFAULT_WIDTH = 1200
DEFAULT_HEIGHT = 700
MAX_SIDE = 4000
FORMAT_VERSION = 1

Position = tuple[float, float]


@dataclass
class Figure:
    """Everything needed to draw one view the same way again."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    node_attrs: dict[str, dict[str, Any]] = field(default_factory=dict)
    edge_attrs: dict[str, dict[str, Any]] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    caption: str = ""
    legend: list[dict[str, str]] = field(default_factory=list)
    layout: str = "physics"
    seed: int = 7
    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT
    positions: dict[str, Position] = field(default_factory=dict)
    pinned: list[str] = field(default_factory=list)

    # ------------------------------------------------------------ queries

    def node_ids(self) -> list[str]:
        return [str(n["id"]) for n in self.nodes]

    def node_label(self, node_id: str) -> str:
        """The plain label of a node (what the canvas shows), without bidi controls."""
        for n in self.nodes:
            if str(n["id"]) == node_id:
                return strip_bidi(str(n.get("label") or ""))
        return ""

    def is_frozen(self) -> bool:
        """True when every node has a position: the picture no longer depends on physics."""
        return bool(self.nodes) and all(str(n["id"]) in self.positions for n in self.nodes)

    # ------------------------------------------------------------ vis data

    def vis_nodes(self) -> list[dict[str, Any]]:
        """Nodes for vis-network: saved positions applied; placed nodes keep still."""
        out = []
        frozen = self.is_frozen()
        for n in self.nodes:
            node = {k: v for k, v in n.items() if k not in ("x", "y", "fixed", "physics")}
            pos = self.positions.get(str(n["id"]))
            if pos is not None:
                node["x"], node["y"] = float(pos[0]), float(pos[1])
                if frozen or str(n["id"]) in self.pinned:
                    node["physics"] = False
            out.append(node)
        return out

    def vis_options(self) -> dict[str, Any]:
        """vis options for this layout (the seed makes physics reproducible)."""
        opts = json.loads(json.dumps(self.options or {}))
        opts.pop("configure", None)
        layout = dict(opts.get("layout") or {})
        layout["randomSeed"] = int(self.seed)
        layout.pop("hierarchical", None)
        opts["layout"] = layout
        if self.is_frozen():
            # Placed nodes need no simulation: edges drawn from positions alone (no physics
            # "support" nodes), so the picture depends only on the saved positions and
            # draws fast, in the app and in the standalone/CLI renderer alike.
            edges = dict(opts.get("edges") or {})
            edges["smooth"] = {"enabled": True, "type": "continuous", "roundness": 0.15}
            opts["edges"] = edges
        return opts

    # ------------------------------------------------------------ (de)serialise

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["positions"] = {k: [round(v[0], 2), round(v[1], 2)] for k, v in sorted(self.positions.items())}
        data["format"] = FORMAT_VERSION
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Figure:
        """Build a figure from :meth:`to_dict` output; raises ValueError naming the bad field."""
        if not isinstance(data, Mapping):
            raise ValueError("figure: expected an object")
        nodes = data.get("nodes", [])
        edges = data.get("edges", [])
        if not isinstance(nodes, list) or not all(isinstance(n, Mapping) and "id" in n for n in nodes):
            raise ValueError("figure.nodes: expected a list of objects with an 'id'")
        if not isinstance(edges, list) or not all(
            isinstance(e, Mapping) and "from" in e and "to" in e for e in edges
        ):
            raise ValueError("figure.edges: expected a list of objects with 'from' and 'to'")
        positions: dict[str, Position] = {}
        raw_pos = data.get("positions") or {}
        if not isinstance(raw_pos, Mapping):
            raise ValueError("figure.positions: expected an object {id: [x, y]}")
        for key, value in raw_pos.items():
            positions[str(key)] = _xy(value, f"figure.positions[{key!r}]")
        layout = str(data.get("layout", "physics"))
        if layout not in LAYOUTS:
            raise ValueError(f"figure.layout: {layout!r} is not one of {', '.join(LAYOUTS)}")
        fig = cls(
            nodes=[dict(n) for n in nodes],
            edges=[_with_edge_id(dict(e)) for e in edges],
            node_attrs={str(k): dict(v) for k, v in (data.get("node_attrs") or {}).items()},
            edge_attrs={str(k): dict(v) for k, v in (data.get("edge_attrs") or {}).items()},
            options=dict(data.get("options") or {}),
            title=str(data.get("title") or ""),
            caption=str(data.get("caption") or ""),
            legend=[{str(k): str(v) for k, v in item.items()} for item in data.get("legend") or []],
            layout=layout,
            seed=_int(data.get("seed", 7), "figure.seed", 0, 10**9),
            width=_int(data.get("width", DEFAULT_WIDTH), "figure.width", 100, MAX_SIDE),
            height=_int(data.get("height", DEFAULT_HEIGHT), "figure.height", 100, MAX_SIDE),
            positions=positions,
            pinned=[str(p) for p in data.get("pinned") or []],
        )
        return fig


# ---------------------------------------------------------------- building figures


def figure_from_payload(
    payload: Mapping[str, Any],
    *,
    node_attrs: Mapping[str, Mapping[str, Any]] | None = None,
    edge_attrs: Mapping[str, Mapping[str, Any]] | None = None,
    **meta: Any,
) -> Figure:
    """A figure from the component's payload (``explorer.component.network_payload``)."""
    nodes = [dict(n) for n in payload.get("nodes", [])]
    edges = [_with_edge_id(dict(e)) for e in payload.get("edges", [])]
    positions = {
        str(n["id"]): (float(n["x"]), float(n["y"]))
        for n in nodes
        if isinstance(n.get("x"), int | float) and isinstance(n.get("y"), int | float)
    }
    fig = Figure(
        nodes=nodes,
        edges=edges,
        node_attrs={str(k): dict(v) for k, v in (node_attrs or {}).items()},
        edge_attrs={str(k): dict(v) for k, v in (edge_attrs or {}).items()},
        options=dict(payload.get("options") or {}),
        positions=positions,
    )
    return replace(fig, **meta) if meta else fig


def figure_from_view(vm: Any, net_payload: Mapping[str, Any], **meta: Any) -> Figure:
    """A figure from the explorer's view model (``explorer.graph.ViewModel``) and its payload.

    The view model gives the data attributes (names, type, counts, dates) of every node and
    edge; the payload gives how they are drawn.
    """
    node_attrs = {nid: _plain(node) for nid, node in getattr(vm, "nodes", {}).items()}
    edge_attrs = {eid: _plain(edge) for eid, edge in getattr(vm, "edges", {}).items()}
    return figure_from_payload(net_payload, node_attrs=node_attrs, edge_attrs=edge_attrs, **meta)


def with_positions(fig: Figure, positions: Mapping[str, Any], *, layout: str = "fixed") -> Figure:
    """The figure with node positions reported by the browser (unknown ids are ignored)."""
    ids = set(fig.node_ids())
    pos = dict(fig.positions)
    for key, value in positions.items():
        if str(key) in ids:
            pos[str(key)] = _xy(value, f"positions[{key!r}]")
    return replace(fig, positions=pos, layout=layout if ids <= set(pos) else fig.layout)


def apply_layout(fig: Figure, layout: str, *, root: str | None = None) -> Figure:
    """Lay the figure out: "physics" (seeded, positions dropped), "circular", "hierarchical",
    or "fixed" (keep the positions it has)."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout {layout!r} is not one of {', '.join(LAYOUTS)}")
    if layout == "physics":
        keep = {k: v for k, v in fig.positions.items() if k in fig.pinned}
        return replace(fig, layout="physics", positions=keep)
    if layout == "fixed":
        return replace(fig, layout="fixed")
    if layout == "circular":
        pos = circular_positions(fig)
    else:
        pos = hierarchical_positions(fig, root=root)
    return replace(fig, layout=layout, positions=pos)


def circular_positions(fig: Figure) -> dict[str, Position]:
    """Nodes on a circle, grouped by type then label (deterministic; whole units, as
    vis-network reports positions)."""
    ids = sorted(
        fig.node_ids(),
        key=lambda i: (str(fig.node_attrs.get(i, {}).get("type", _group(fig, i))), fig.node_label(i), i),
    )
    n = len(ids)
    if n == 0:
        return {}
    if n == 1:
        return {ids[0]: (0.0, 0.0)}
    radius = max(200.0, n * 160.0 / (2 * math.pi))
    return {
        nid: (float(round(radius * math.cos(2 * math.pi * k / n - math.pi / 2))),
              float(round(radius * math.sin(2 * math.pi * k / n - math.pi / 2))))
        for k, nid in enumerate(ids)
    }


def hierarchical_positions(fig: Figure, *, root: str | None = None) -> dict[str, Position]:
    """Layers by breadth-first distance from ``root`` (or from the best-connected node of each
    component), top to bottom; nodes in a layer ordered by their parents then label."""
    ids = fig.node_ids()
    if not ids:
        return {}
    known = set(ids)
    adj: dict[str, list[str]] = defaultdict(list)
    for e in fig.edges:
        a, b = str(e["from"]), str(e["to"])
        if a in known and b in known:
            adj[a].append(b)
            adj[b].append(a)
    degree = {i: len(adj.get(i, [])) for i in ids}
    level: dict[str, int] = {}
    order: dict[str, float] = {}
    base = 0
    remaining = sorted(ids, key=lambda i: (-degree[i], i))
    if root in ids:
        remaining.remove(root)  # type: ignore[arg-type]
        remaining.insert(0, root)  # type: ignore[arg-type]
    for start in remaining:
        if start in level:
            continue
        level[start] = base
        order[start] = 0.0
        queue = deque([start])
        deepest = base
        while queue:
            cur = queue.popleft()
            for nxt in sorted(adj.get(cur, []), key=lambda i: (fig.node_label(i), i)):
                if nxt not in level and nxt in degree:
                    level[nxt] = level[cur] + 1
                    deepest = max(deepest, level[nxt])
                    queue.append(nxt)
        base = deepest + 1
    layers: dict[int, list[str]] = defaultdict(list)
    for nid in ids:
        layers[level[nid]].append(nid)
    pos: dict[str, Position] = {}
    for lvl in sorted(layers):
        members = layers[lvl]

        def parent_x(nid: str, lvl: int = lvl) -> float:
            xs = [pos[p][0] for p in adj.get(nid, []) if p in pos and level.get(p) == lvl - 1]
            return sum(xs) / len(xs) if xs else 0.0

        members.sort(key=lambda i: (parent_x(i), fig.node_label(i), i))
        spacing = 190.0
        width = spacing * (len(members) - 1)
        for k, nid in enumerate(members):
            pos[nid] = (float(round(-width / 2 + k * spacing)), float(lvl * 220))
    return pos


# ---------------------------------------------------------------- helpers


def strip_bidi(text: str) -> str:
    """Remove the bidi isolate/embedding controls the canvas needs (U+202A..E, U+2066..9)."""
    return "".join(ch for ch in text if not ("\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069"))


def edge_key(edge: Mapping[str, Any]) -> str:
    return str(edge.get("id") or f"{edge.get('from')}|{edge.get('label', '')}|{edge.get('to')}")


def _with_edge_id(edge: dict[str, Any]) -> dict[str, Any]:
    edge["id"] = edge_key(edge)
    return edge


def _group(fig: Figure, node_id: str) -> str:
    for n in fig.nodes:
        if str(n["id"]) == node_id:
            return str(n.get("group") or "")
    return ""


def _plain(obj: Any) -> dict[str, Any]:
    if is_dataclass(obj) and not isinstance(obj, type):
        data = asdict(obj)
    elif isinstance(obj, Mapping):
        data = dict(obj)
    else:
        data = dict(vars(obj))
    return {k: (list(v) if isinstance(v, tuple | set | frozenset) else v) for k, v in data.items()}


def _xy(value: Any, where: str) -> Position:
    if isinstance(value, Mapping):
        value = (value.get("x"), value.get("y"))
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, int | float) and math.isfinite(v) for v in value)
    ):
        raise ValueError(f"{where}: expected [x, y] numbers, got {value!r}")
    return (float(value[0]), float(value[1]))


def _int(value: Any, where: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ValueError(f"{where}: expected a whole number from {lo} to {hi}, got {value!r}")
    return value


def unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
