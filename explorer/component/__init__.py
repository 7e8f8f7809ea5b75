"""Reusable clickable graph view: a Streamlit v2 bidirectional component on vis-network.

Contract (used by Explore, the Cypher console and figures)::

    from explorer.component import graph_view, GraphEvent

    event = graph_view(net, key="explore", on_event=handle)

* ``net`` is a :class:`pyvis.network.Network` or a dict ``{"nodes": [...], "edges": [...],
  "options": {...}}`` in vis-network format (what ``Network.get_network_data()`` gives).
  Every edge should carry a stable ``id`` (e.g. ``"<src>|<TYPE>|<dst>"``): the browser
  updates its DataSets in place by id, so nodes already placed do not move when nodes are
  added or removed. Nodes with ``x``/``y`` are placed there (saved views).
* ``label`` and ``title`` are plain text (``\\n`` for new lines). They are drawn on the canvas
  or put in the DOM with ``textContent`` only, never parsed as HTML. Lines with Arabic
  script are wrapped in U+2067..U+2069 so they are laid out right to left; the shipped
  DejaVu Sans shapes them.
* ``on_event(GraphEvent)`` runs as a widget callback (before the script body), for node
  click, edge click and double-click; the same event is also returned.
* The browser keeps ``window.__kg[key]`` = ``{network, nodes, edges, vis, positions(),
  renderCount, dataVersion, drawnVersion, drawnAt, stableAt, stabilized, events}`` for
  tests and for exports (PNG/SVG are drawn from ``network`` and ``positions()``).
* ``want_positions=<nonce>`` asks the browser to send the node positions back once per new
  nonce; they arrive in ``st.session_state[f"{key}__positions"]`` as ``{id: {x, y}}``.

vis-network 9.1.2 is the copy shipped inside pyvis; it and ``graph.js`` are served from the
component's asset directory by Streamlit (``/_stcore/bidi-components/...``) and loaded once
per page, not re-sent on reruns. Nothing is fetched from outside the app.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pyvis
import streamlit as st
from pyvis.network import Network

PACKAGE_ROOT = Path(__file__).resolve().parent
ASSET_DIR = PACKAGE_ROOT / "assets"
VIS_VERSION = "9.1.2"
VIS_SOURCE = Path(pyvis.__file__).parent / "templates" / "lib" / f"vis-{VIS_VERSION}" / "vis-network.min.js"
VIS_TARGET = ASSET_DIR / "vis-network.min.js"
MANIFEST_NAME = "newsgraph"
COMPONENT_NAME = f"{MANIFEST_NAME}.graph"

_HTML = (
    '<div class="kg-root"><div class="kg-net"></div><div class="kg-empty" hidden></div>'
    '<div class="kg-legend" hidden></div><div class="kg-caption" hidden></div></div>'
)


@dataclass(frozen=True)
class GraphEvent:
    """A click in the graph: ``kind`` is "node" or "edge", ``id`` the vis id."""

    kind: Literal["node", "edge"]
    id: str
    double: bool = False

    @classmethod
    def from_payload(cls, payload: Any) -> GraphEvent | None:
        """Validate the browser's payload; anything malformed gives None."""
        if not isinstance(payload, Mapping):
            return None
        kind = payload.get("kind")
        ident = payload.get("id")
        if kind not in ("node", "edge") or not isinstance(ident, str) or not ident:
            return None
        return cls(kind=kind, id=ident, double=bool(payload.get("double")))


def vis_asset() -> Path:
    """Copy pyvis's vis-network next to graph.js (once; refreshed if pyvis changes)."""
    src = VIS_SOURCE
    if not src.is_file():
        raise RuntimeError(f"vis-network {VIS_VERSION} not found in pyvis at {src}")
    if not VIS_TARGET.is_file() or VIS_TARGET.stat().st_size != src.stat().st_size:
        tmp = VIS_TARGET.with_suffix(".tmp")
        shutil.copyfile(src, tmp)
        tmp.replace(VIS_TARGET)
    return VIS_TARGET


def _ensure_assets_registered() -> None:
    """Declare the asset directory on the active runtime's component manager.

    Equivalent to ``[tool.streamlit.component]`` ``asset_dir`` in an installed package's
    pyproject.toml, without requiring the project to be pip-installed.
    """
    from streamlit.components.v2.get_bidi_component_manager import get_bidi_component_manager
    from streamlit.components.v2.manifest_scanner import ComponentConfig, ComponentManifest

    manager = get_bidi_component_manager()
    if manager.get_component_asset_root(COMPONENT_NAME) is not None:
        return
    vis_asset()
    manifest = ComponentManifest(
        name=MANIFEST_NAME,
        version="1",
        components=[ComponentConfig(name="graph", asset_dir="assets")],
    )
    manager.register_from_manifest(manifest, PACKAGE_ROOT)


def _component() -> Callable[..., Any]:
    _ensure_assets_registered()
    return st.components.v2.component(
        COMPONENT_NAME, html=_HTML, css="graph.css", js="graph.js", isolate_styles=True
    )


def network_payload(net: Network | Mapping[str, Any]) -> dict[str, Any]:
    """Nodes, edges and options of a pyvis network (or a ready dict) as plain JSON data."""
    if isinstance(net, Network):
        nodes, edges, _heading, _height, _width, options = net.get_network_data()
        opts = json.loads(options) if isinstance(options, str) else dict(options)
    else:
        nodes = list(net.get("nodes", []))
        edges = list(net.get("edges", []))
        raw = net.get("options", {})
        opts = json.loads(raw) if isinstance(raw, str) else dict(raw or {})
    clean_edges = []
    for e in edges:
        edge = dict(e)
        if edge.get("id") in (None, ""):
            edge["id"] = f"{edge.get('from')}|{edge.get('label', '')}|{edge.get('to')}"
        clean_edges.append(edge)
    # pyvis adds a "configure" block and heading keys the browser does not need.
    opts.pop("configure", None)
    return {"nodes": [dict(n) for n in nodes], "edges": clean_edges, "options": opts}


def graph_view(
    net: Network | Mapping[str, Any],
    *,
    key: str,
    height: int = 600,
    seed: int = 7,
    legend: Sequence[Mapping[str, str]] | None = None,
    selected: Sequence[str] | None = None,
    caption: str | None = None,
    empty_message: str | None = None,
    fit: int = 0,
    iterations: int | None = None,
    want_positions: int | None = None,
    on_event: Callable[[GraphEvent], None] | None = None,
    width: int | None = None,
    export_request: Mapping[str, Any] | None = None,
    pin_on_drag: bool = False,
    layout: Mapping[str, Sequence[float]] | None = None,
) -> GraphEvent | None:
    """Render ``net`` and return the click that caused this rerun, if any.

    ``legend`` items are ``{"label", "color", "shape"}``; ``selected`` node/edge ids are
    shown selected; bump ``fit`` to re-fit the view; ``seed`` makes the layout
    deterministic; ``iterations`` bounds the physics before the layout is frozen.

    Figures (``explorer.figures_ui``): ``width`` fixes the canvas width in CSS pixels (a
    saved view is drawn at its own size); ``export_request`` ``{"nonce", "kind": "png" |
    "positions", "scale" | "width", "background", "title", "legend", "caption"}`` is
    answered once per new nonce, the result landing in ``st.session_state[f"{key}__export"]``
    (``{"nonce", "kind", "dataUrl", "width", "height", "positions"}`` or ``{"error"}``);
    ``pin_on_drag`` keeps dragged nodes where they are dropped.

    ``layout`` ``{id: (x, y)}`` are start positions (e.g. :func:`explorer.layout.radial_layout`)
    used only for nodes the browser places for the first time and that have no placed
    neighbour; physics then polishes them briefly. Views of more than 100 nodes or 300 edges
    are drawn with straight edges, no edges while panning/zooming and a short polish, so they
    settle in about a second.
    """
    payload = network_payload(net)
    payload.update(
        view_key=key,
        height=int(height),
        seed=int(seed),
        legend=[dict(item) for item in (legend or [])],
        selected=list(selected or []),
        caption=caption or "",
        empty_message=empty_message or "",
        fit=int(fit),
    )
    if iterations is not None:
        payload["iterations"] = int(iterations)
    if want_positions is not None:
        payload["want_positions"] = int(want_positions)
    if width:
        payload["width"] = int(width)
    if export_request is not None:
        payload["export_request"] = dict(export_request)
    if pin_on_drag:
        payload["pin_on_drag"] = True
    if layout:
        payload["layout"] = {str(k): [float(v[0]), float(v[1])] for k, v in layout.items()}

    def _on_select() -> None:
        value = st.session_state.get(key)
        event = GraphEvent.from_payload(_get(value, "select"))
        if event is not None and on_event is not None:
            on_event(event)

    def _on_positions() -> None:
        value = _get(st.session_state.get(key), "positions")
        if isinstance(value, Mapping) and isinstance(value.get("positions"), Mapping):
            st.session_state[f"{key}__positions"] = dict(value["positions"])

    def _on_export() -> None:
        value = _get(st.session_state.get(key), "export")
        if isinstance(value, Mapping):
            st.session_state[f"{key}__export"] = dict(value)

    result = _component()(
        key=key,
        data=payload,
        on_select_change=_on_select,
        on_positions_change=_on_positions,
        on_export_change=_on_export,
        height="content",
    )
    return GraphEvent.from_payload(_get(result, "select"))


def _get(value: Any, name: str) -> Any:
    if value is None:
        return None
    if isinstance(value, Mapping):
        return value.get(name)
    return getattr(value, name, None)


__all__ = ["GraphEvent", "graph_view", "network_payload", "vis_asset", "COMPONENT_NAME"]
