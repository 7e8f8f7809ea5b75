"""Figures from the graph: explorer view state -> :class:`~explorer.export.figure.Figure`.

Builds on the explorer's view model (``explorer.graph``): the same nodes, edges, colours,
shapes, sizes and legend as the Explore page, plus the data attributes every export needs
and a "Sources: outlets, dates" caption read from the articles behind the edges.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from neo4j import Driver

from explorer import queries
from explorer.component import network_payload
from explorer.export.figure import Figure, apply_layout, figure_from_view
from explorer.graph import (
    DEFAULT_CAP,
    Filters,
    GraphSource,
    ViewModel,
    ViewState,
    build_view,
    legend,
    to_network,
    valid_entity_id,
)

MAX_DEPTH = 4


def neighbourhood_state(
    source: GraphSource,
    focus: str,
    depth: int = 1,
    *,
    filters: Filters | None = None,
    cap: int = DEFAULT_CAP,
    lang: str = "both",
    seed: int = 7,
) -> ViewState:
    """The view state of ``focus`` and its neighbours up to ``depth`` hops (``cap`` per node).

    Expands breadth-first, like a user clicking every node of each ring in turn, so the
    result is an ordinary explorer view (and its URL) that the Explore page can open.
    """
    if not valid_entity_id(focus):
        raise ValueError(f"--focus: {focus!r} is not an entity id (like person:esmail-qaani)")
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"--depth: expected 1 to {MAX_DEPTH}, got {depth}")
    state = ViewState(focus=focus, expanded=((focus, cap),), filters=filters or Filters(),
                      lang=lang, seed=seed)
    if source.node(focus) is None:
        raise LookupError(f"no entity with id {focus!r} in the database")
    seen = {focus}
    for _ in range(depth - 1):
        vm = build_view(state, source)
        nxt = [nid for nid in sorted(vm.nodes) if nid not in seen]
        if not nxt:
            break
        seen.update(nxt)
        state = replace(state, expanded=state.expanded + tuple((nid, cap) for nid in nxt))
    return state


def view_figure(
    vm: ViewModel,
    *,
    net: Any = None,
    symmetric: Iterable[str] = ("MET_WITH",),
    lang: str = "both",
    title: str = "",
    caption: str = "",
    seed: int = 7,
    width: int = 1200,
    height: int = 700,
    layout: str = "physics",
    root: str | None = None,
) -> Figure:
    """The figure of a built view: explorer styling, legend, and attributes of every item.

    ``net`` is the pyvis network the page already built for ``vm`` (built here if None).
    """
    payload = network_payload(net if net is not None else to_network(vm, lang, symmetric=symmetric))
    # "N more" placeholders are navigation, not data: keep them out of figures.
    payload["nodes"] = [n for n in payload["nodes"] if str(n["id"]) in vm.nodes]
    payload["edges"] = [e for e in payload["edges"]
                        if str(e["from"]) in vm.nodes and str(e["to"]) in vm.nodes]
    fig = figure_from_view(vm, payload, legend=legend(vm), title=title, caption=caption,
                           seed=seed, width=width, height=height)
    return apply_layout(fig, layout, root=root) if layout != "physics" else fig


def sources_caption(driver: Driver, database: str, node_ids: Sequence[str]) -> str:
    """"Sources: outlet (dates), ..." for the articles that support the edges of a view."""
    if len(node_ids) < 2:
        return ""
    from explorer.service import read

    return format_sources(read(driver, database, queries.FIGURE_SOURCES, {"ids": sorted(node_ids)}, cache=True))


def format_sources(rows: Sequence[Mapping[str, Any]], limit: int = 8) -> str:
    """Caption text from rows ``{outlet, first, last, articles}`` (most articles first)."""
    parts = []
    for row in list(rows)[:limit]:
        outlet = str(row.get("outlet") or "unknown outlet")
        first, last = str(row.get("first") or ""), str(row.get("last") or "")
        dates = first if first == last else f"{first} – {last}" if first and last else first or last
        parts.append(f"{outlet} ({dates})" if dates else outlet)
    if not parts:
        return ""
    more = len(rows) - limit
    tail = f", and {more} more" if more > 0 else ""
    return "Sources: " + ", ".join(parts) + tail
