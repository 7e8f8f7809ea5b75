"""Pure graph logic of the Explore page: view state -> view model -> pyvis network.

No Streamlit and no database here. The view is a function of a small :class:`ViewState`
(focus, expanded nodes with their caps, hidden nodes, filters, label language, layout seed,
path) so the same state, e.g. read back from a shared URL, gives the same view. Data comes
from a :class:`GraphSource` (``explorer.service.Neo4jSource`` in the app, a fake in tests).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from pyvis.network import Network

from explorer.layout import LARGE_VIEW, radial_layout

DEFAULT_CAP = 25
"""Neighbours shown per click; "N more" fetches the next page of this size."""
MAX_CAP = 1000
MAX_VIEW_NODES = 500
"""Views are capped so physics settles and the page stays interactive."""
OVERVIEW_SIZE = 40
DEFAULT_SEED = 7
DEFAULT_PATH_MAX = 6
LANGS = ("both", "en", "ar")
MORE_PREFIX = "more:"

TYPE_STYLE: dict[str, tuple[str, str]] = {
    "Person": ("#E15759", "dot"),
    "Organization": ("#4E79A7", "square"),
    "Location": ("#59A14F", "triangle"),
    "Country": ("#F28E2B", "diamond"),
    "Agreement": ("#B07AA1", "star"),
    "Event": ("#D4A017", "hexagon"),
    "Outlet": ("#76B7B2", "triangleDown"),
}
OTHER_STYLE = ("#9C9C9C", "dot")
HIGHLIGHT = "#FFB000"

ENTITY_ID_RE = re.compile(r"^[a-z][a-z0-9_-]{0,40}:[^\W_][\w.\-]{0,199}$")
REL_TYPE_RE = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


# ------------------------------------------------------------------ records


@dataclass(frozen=True)
class Node:
    """An entity as the view needs it."""

    id: str
    type: str
    name: str = ""
    name_ar: str = ""
    degree: int = 0
    articles: int = 0

    def label(self, lang: str) -> str:
        """The label in ``lang`` ("en", "ar" or "both"), falling back to the other script."""
        en, ar = self.name.strip(), self.name_ar.strip()
        if lang == "en":
            return en or ar or self.id
        if lang == "ar":
            return ar or en or self.id
        if en and ar and en != ar:
            return f"{en}\n{ar}"
        return en or ar or self.id


@dataclass(frozen=True)
class Edge:
    """One stored relationship (source, TYPE, target) with its evidence count."""

    source: str
    type: str
    target: str
    count: int = 1
    dates: tuple[str, ...] = ()
    confidence: float | None = None

    @property
    def id(self) -> str:
        return edge_id(self.source, self.type, self.target)


def edge_id(source: str, rel_type: str, target: str) -> str:
    """Stable id of a relationship in the view and the URL: ``source|TYPE|target``."""
    return f"{source}|{rel_type}|{target}"


def parse_edge_id(value: str) -> tuple[str, str, str] | None:
    """Inverse of :func:`edge_id`; None unless it is well formed (ids, allow-listable type)."""
    parts = value.split("|")
    if len(parts) != 3:
        return None
    source, rel_type, target = parts
    if not (valid_entity_id(source) and valid_entity_id(target) and REL_TYPE_RE.match(rel_type)):
        return None
    return source, rel_type, target


def valid_entity_id(value: object) -> bool:
    return isinstance(value, str) and bool(ENTITY_ID_RE.match(value))


# ------------------------------------------------------------------ state


@dataclass(frozen=True)
class Filters:
    """What the view keeps. Empty tuples mean "everything"."""

    types: tuple[str, ...] = ()
    rel_types: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    outlets: tuple[str, ...] = ()

    def params(self) -> dict[str, object]:
        """Query parameters (None = no restriction) for explorer.queries."""
        return {
            "types": list(self.types) or None,
            "rel_types": list(self.rel_types) or None,
            "date_from": self.date_from or None,
            "date_to": self.date_to or None,
            "outlets": list(self.outlets) or None,
        }

    def active(self) -> bool:
        return bool(self.types or self.rel_types or self.date_from or self.date_to or self.outlets)


@dataclass(frozen=True)
class ViewState:
    """Everything that defines a view; round-trips through the URL."""

    focus: str | None = None
    expanded: tuple[tuple[str, int], ...] = ()
    hidden: frozenset[str] = frozenset()
    filters: Filters = field(default_factory=Filters)
    lang: str = "both"
    seed: int = DEFAULT_SEED
    path: tuple[str, str] | None = None
    path_max: int = DEFAULT_PATH_MAX
    selected: str | None = None

    def cap(self, node_id: str) -> int:
        return dict(self.expanded).get(node_id, 0)


def expand(state: ViewState, node_id: str, cap: int = DEFAULT_CAP) -> ViewState:
    """Show up to ``cap`` neighbours of ``node_id`` (never fewer than already shown)."""
    current = dict(state.expanded)
    if current.get(node_id, 0) >= cap:
        return replace(state, selected=node_id)
    current[node_id] = min(cap, MAX_CAP)
    return replace(state, expanded=_ordered(state.expanded, current), selected=node_id,
                   hidden=state.hidden - {node_id})


def more(state: ViewState, node_id: str, step: int = DEFAULT_CAP) -> ViewState:
    """The next page of neighbours of ``node_id`` ("N more")."""
    return expand(state, node_id, state.cap(node_id) + step)


def collapse(state: ViewState, node_id: str) -> ViewState:
    """Undo the expansion of ``node_id``: neighbours only it brought in disappear."""
    current = {k: v for k, v in state.expanded if k != node_id}
    focus = state.focus
    return replace(state, expanded=_ordered(state.expanded, current), focus=focus)


def hide(state: ViewState, node_id: str) -> ViewState:
    """Hide a node (and its edges) from the view."""
    selected = None if state.selected == node_id else state.selected
    return replace(state, hidden=state.hidden | {node_id}, selected=selected)


def unhide_all(state: ViewState) -> ViewState:
    return replace(state, hidden=frozenset())


def focus_on(state: ViewState, node_id: str, cap: int = DEFAULT_CAP) -> ViewState:
    """Start a fresh view around one entity (search result, article entity, double-click)."""
    return replace(
        state,
        focus=node_id,
        expanded=((node_id, cap),),
        hidden=frozenset(),
        path=None,
        selected=node_id,
    )


def reset(state: ViewState) -> ViewState:
    """Back to the overview, keeping filters, label language and seed."""
    return ViewState(filters=state.filters, lang=state.lang, seed=state.seed,
                     path_max=state.path_max)


def with_path(state: ViewState, source: str, target: str, max_len: int) -> ViewState:
    return replace(state, path=(source, target), path_max=max(1, min(int(max_len), 10)))


def apply_click(state: ViewState, kind: str, target: str, double: bool = False) -> ViewState:
    """What a click in the graph does: node -> select and expand ("+N more" node -> next
    page), double-click node -> new view focused on it, edge -> select it (evidence)."""
    if kind == "node":
        if target.startswith(MORE_PREFIX):
            parent = target[len(MORE_PREFIX):]
            return more(state, parent) if valid_entity_id(parent) else state
        if not valid_entity_id(target):
            return state
        return focus_on(state, target) if double else expand(state, target)
    if kind == "edge" and parse_edge_id(target):
        return replace(state, selected=target)
    return state


def _ordered(old: Sequence[tuple[str, int]], new: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    seen = [k for k, _ in old if k in new]
    seen += [k for k in new if k not in seen]
    return tuple((k, new[k]) for k in seen)


# ------------------------------------------------------------------ data source


class GraphSource(Protocol):
    """What :func:`build_view` needs from the database (see explorer.service)."""

    def overview(self, filters: Filters, limit: int) -> tuple[list[Node], list[Edge]]: ...

    def node(self, node_id: str) -> Node | None: ...

    def neighbours(
        self, node_id: str, filters: Filters, limit: int
    ) -> tuple[list[tuple[Edge, Node]], int]: ...

    def edges_among(self, ids: Sequence[str], filters: Filters) -> list[Edge]: ...

    def shortest_paths(
        self, source: str, target: str, max_len: int, filters: Filters
    ) -> tuple[list[Node], list[Edge]]: ...


@dataclass
class ViewModel:
    """The graph on screen: nodes and edges by id, "N more" counts, highlighted path."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    more: dict[str, int] = field(default_factory=dict)
    path_nodes: set[str] = field(default_factory=set)
    path_edges: set[str] = field(default_factory=set)
    path_found: bool | None = None
    truncated: bool = False

    def add_node(self, node: Node) -> bool:
        if node.id in self.nodes:
            return True
        if len(self.nodes) >= MAX_VIEW_NODES:
            self.truncated = True
            return False
        self.nodes[node.id] = node
        return True

    def add_edge(self, edge: Edge) -> None:
        if edge.source in self.nodes and edge.target in self.nodes:
            self.edges.setdefault(edge.id, edge)


def build_view(state: ViewState, source: GraphSource) -> ViewModel:
    """Compose the view: overview or focus, each expansion in order, path, hidden removed."""
    vm = ViewModel()
    filters = state.filters
    if state.focus:
        node = source.node(state.focus)
        if node is not None:
            vm.add_node(node)
    else:
        nodes, edges = source.overview(filters, OVERVIEW_SIZE)
        for n in nodes:
            vm.add_node(n)
        for e in edges:
            vm.add_edge(e)
    for node_id, cap in state.expanded:
        if node_id in state.hidden:
            continue
        if node_id not in vm.nodes:
            node = source.node(node_id)
            if node is None or not vm.add_node(node):
                continue
        pairs, total = source.neighbours(node_id, filters, cap)
        shown = 0
        for edge, other in pairs:
            if other.id in state.hidden:
                shown += 1
                continue
            if vm.add_node(other):
                vm.add_edge(edge)
                shown += 1
        if total > shown:
            vm.more[node_id] = total - shown
    if state.path:
        a, b = state.path
        nodes, edges = source.shortest_paths(a, b, state.path_max, filters)
        vm.path_found = bool(edges)
        for n in nodes:
            vm.add_node(n)
            vm.path_nodes.add(n.id)
        for e in edges:
            vm.add_edge(e)
            vm.path_edges.add(e.id)
    for hidden in state.hidden:
        vm.nodes.pop(hidden, None)
        vm.more.pop(hidden, None)
    vm.edges = {k: e for k, e in vm.edges.items() if e.source in vm.nodes and e.target in vm.nodes}
    if len(vm.nodes) > 1:
        for e in source.edges_among(sorted(vm.nodes), filters):
            vm.add_edge(e)
    return vm


# ------------------------------------------------------------------ styling


def style_for(entity_type: str) -> tuple[str, str]:
    return TYPE_STYLE.get(entity_type, OTHER_STYLE)


def node_size(degree: int) -> float:
    """Node size grows with the log of the degree (12..40)."""
    return round(min(40.0, 12.0 + 6.0 * math.log1p(max(0, degree))), 1)


def legend(vm: ViewModel) -> list[dict[str, str]]:
    """Legend entries for the entity types present in the view."""
    present = sorted({n.type for n in vm.nodes.values()},
                     key=lambda t: (t not in TYPE_STYLE, list(TYPE_STYLE).index(t) if t in TYPE_STYLE else 0, t))
    return [{"label": t, "color": style_for(t)[0], "shape": style_for(t)[1]} for t in present]


def node_title(node: Node) -> str:
    lines = [node.name or node.name_ar or node.id]
    if node.name_ar and node.name_ar != lines[0]:
        lines.append(node.name_ar)
    lines.append(f"{node.type} · {node.articles} article(s) · {node.degree} connection(s)")
    lines.append(node.id)
    return "\n".join(lines)


def edge_title(edge: Edge, nodes: Mapping[str, Node]) -> str:
    def name(node_id: str) -> str:
        node = nodes.get(node_id)
        return (node.name or node.name_ar) if node else node_id

    lines = [edge.type, f"{name(edge.source)} → {name(edge.target)}",
             f"{edge.count} evidence sentence(s)"]
    if edge.dates:
        lines.append("dates: " + ", ".join(edge.dates))
    lines.append("click to read the evidence")
    return "\n".join(lines)


def to_network(
    vm: ViewModel,
    lang: str = "both",
    symmetric: Iterable[str] = ("MET_WITH",),
    selected: str | None = None,
) -> Network:
    """A pyvis network of the view: colour/shape by type, size by degree, path highlighted."""
    sym = set(symmetric)
    net = Network(directed=True)
    net.options = net.options  # keep pyvis defaults; the component sets physics/layout
    for node in vm.nodes.values():
        color, shape = style_for(node.type)
        on_path = node.id in vm.path_nodes
        net.add_node(
            node.id,
            label=node.label(lang),
            title=node_title(node),
            shape=shape,
            size=node_size(node.degree),
            color={"background": color, "border": HIGHLIGHT if on_path else "#2b2b2b",
                   "highlight": {"background": color, "border": "#000000"}},
            borderWidth=4 if on_path else 1,
        )
    for node_id, count in vm.more.items():
        if node_id not in vm.nodes:
            continue
        more_id = f"{MORE_PREFIX}{node_id}"
        net.add_node(
            more_id,
            label=f"+{count} more",
            title=f"{count} more neighbour(s) of {vm.nodes[node_id].name or node_id}\nclick to show the next {DEFAULT_CAP}",
            shape="box",
            color={"background": "#F1F2F6", "border": "#9aa0ad"},
            font={"size": 12, "color": "#31333F"},
        )
        net.add_edge(node_id, more_id, id=f"{node_id}|MORE|{more_id}", dashes=True,
                     color="#b6bac4", arrows={"to": {"enabled": False}})
    for edge in vm.edges.values():
        on_path = edge.id in vm.path_edges
        net.add_edge(
            edge.source,
            edge.target,
            id=edge.id,
            label=edge.type,
            title=edge_title(edge, vm.nodes),
            width=min(8.0, 1.0 + math.log1p(edge.count) * 1.5) + (3 if on_path else 0),
            color=HIGHLIGHT if on_path else "#8a94a6",
            arrows={"to": {"enabled": edge.type not in sym}},
            font={"size": 10, "color": "#5c5f6b", "strokeWidth": 3, "align": "middle"},
        )
    return net


def start_layout(vm: ViewModel, state: ViewState) -> dict[str, tuple[float, float]] | None:
    """Start positions for a large view (more than ``layout.LARGE_VIEW`` nodes), else None.

    A radial tree around the focus (or the first expanded entity) including the "+N more"
    nodes; seeded by the view's layout seed, so a shared URL opens on the same picture.
    """
    if len(vm.nodes) <= LARGE_VIEW:
        return None
    ids = list(vm.nodes) + [f"{MORE_PREFIX}{k}" for k in vm.more if k in vm.nodes]
    pairs = [(e.source, e.target) for e in vm.edges.values()]
    pairs += [(k, f"{MORE_PREFIX}{k}") for k in vm.more if k in vm.nodes]
    root = state.focus or (state.expanded[0][0] if state.expanded else None)
    return radial_layout(ids, pairs, root=root, seed=state.seed)


# ------------------------------------------------------------------ URL state


def to_params(state: ViewState) -> dict[str, str | list[str]]:
    """Query parameters holding the view (defaults omitted, so links stay short)."""
    p: dict[str, str | list[str]] = {}
    if state.focus:
        p["focus"] = state.focus
    if state.expanded:
        p["exp"] = ",".join(f"{k}@{v}" for k, v in state.expanded)
    if state.hidden:
        p["hide"] = ",".join(sorted(state.hidden))
    f = state.filters
    if f.types:
        p["types"] = ",".join(f.types)
    if f.rel_types:
        p["rels"] = ",".join(f.rel_types)
    if f.date_from:
        p["from"] = f.date_from
    if f.date_to:
        p["to"] = f.date_to
    if f.outlets:
        p["outlet"] = list(f.outlets)
    if state.lang != "both":
        p["lang"] = state.lang
    if state.seed != DEFAULT_SEED:
        p["seed"] = str(state.seed)
    if state.path:
        p["path"] = ",".join(state.path)
    if state.path_max != DEFAULT_PATH_MAX:
        p["maxlen"] = str(state.path_max)
    if state.selected:
        p["sel"] = state.selected
    return p


def from_params(
    params: Mapping[str, str | Sequence[str]],
    entity_types: Iterable[str] | None = None,
    rel_types: Iterable[str] | None = None,
) -> ViewState:
    """Read a view back from query parameters; anything malformed is dropped, never trusted."""

    def one(name: str) -> str:
        value = params.get(name)
        if value is None:
            return ""
        if not isinstance(value, str):
            value = value[-1] if value else ""
        return value.strip()[:2000]

    def many(name: str) -> list[str]:
        value = params.get(name)
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        return [v for v in value if isinstance(v, str)]

    def csv(name: str) -> list[str]:
        return [x.strip() for x in one(name).split(",") if x.strip()]

    allowed_types = set(entity_types) if entity_types is not None else None
    allowed_rels = set(rel_types) if rel_types is not None else None
    focus = one("focus")
    expanded: dict[str, int] = {}
    for item in csv("exp")[:200]:
        node_id, _, cap = item.rpartition("@")
        if valid_entity_id(node_id) and cap.isdigit():
            expanded[node_id] = max(1, min(int(cap), MAX_CAP))
    types = tuple(t for t in csv("types") if allowed_types is None or t in allowed_types)
    rels = tuple(r for r in csv("rels")
                 if REL_TYPE_RE.match(r) and (allowed_rels is None or r in allowed_rels))
    date_from = one("from") if DATE_RE.match(one("from")) else ""
    date_to = one("to") if DATE_RE.match(one("to")) else ""
    outlets = tuple(o.strip()[:300] for o in many("outlet") if o.strip())[:50]
    lang = one("lang") if one("lang") in LANGS else "both"
    seed_raw = one("seed")
    seed = int(seed_raw) % 1_000_000 if seed_raw.isdigit() else DEFAULT_SEED
    path_ids = csv("path")
    path = (path_ids[0], path_ids[1]) if len(path_ids) == 2 and all(
        valid_entity_id(x) for x in path_ids) else None
    maxlen_raw = one("maxlen")
    path_max = max(1, min(int(maxlen_raw), 10)) if maxlen_raw.isdigit() else DEFAULT_PATH_MAX
    sel = one("sel")
    selected = sel if valid_entity_id(sel) or parse_edge_id(sel) else None
    return ViewState(
        focus=focus if valid_entity_id(focus) else None,
        expanded=tuple(expanded.items()),
        hidden=frozenset(h for h in csv("hide")[:500] if valid_entity_id(h)),
        filters=Filters(types=types, rel_types=rels, date_from=date_from, date_to=date_to,
                        outlets=outlets),
        lang=lang,
        seed=seed,
        path=path,
        path_max=path_max,
        selected=selected,
    )
