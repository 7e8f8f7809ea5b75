"""State and callbacks of the Figures page (kept out of the page so it stays thin).

Session keys: ``fig`` (the current :class:`Figure`), ``fig_name`` (saved view shown),
``fig_state`` (explorer URL parameters it came from), ``fig_gen`` (bumped when the layout
changes, so the graph is drawn afresh), ``fig_action`` (what to do with the positions the
browser sends back: "freeze" or "save").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from dataclasses import replace
from typing import Any

from explorer import figures_ui as ui
from explorer.export.figure import Figure, apply_layout, with_positions
from explorer.views import SavedView, ViewError, list_views, load_view, save_view

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: str) -> str:
    """Text shown literally by st.markdown (no links, no emphasis, no HTML)."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def payload(fig: Figure) -> dict[str, Any]:
    """What graph_view draws for a figure (positions applied, seeded options)."""
    return {"nodes": fig.vis_nodes(), "edges": fig.edges, "options": fig.vis_options()}


def graph_key(ss: Mapping[str, Any]) -> str:
    return f"figure{int(ss.get('fig_gen', 0))}"


def current(ss: Mapping[str, Any]) -> Figure | None:
    fig = ss.get("fig")
    return fig if isinstance(fig, Figure) else None


def saved_names() -> list[str]:
    return list_views()


def show(ss: MutableMapping[str, Any], fig: Figure, *, name: str = "", state: Mapping[str, Any] | None = None) -> None:
    """Make ``fig`` the current figure and sync the widgets to it."""
    ss["fig"] = fig
    ss["fig_name"] = name
    ss["fig_state"] = dict(state or {})
    ss["fig_gen"] = int(ss.get("fig_gen", 0)) + 1
    ss["fig_layout"] = fig.layout if fig.layout in ("physics", "hierarchical", "circular") else "physics"
    ss["fig_seed"] = fig.seed
    ss["fig_w"], ss["fig_h"] = fig.width, fig.height
    ss["fig_title"], ss["fig_caption"] = fig.title, fig.caption
    ss["fig_msg"] = ""


def open_view(ss: MutableMapping[str, Any], name: str) -> str:
    """Load a saved view into the session; returns an error message or ''."""
    try:
        view = load_view(name)
    except ViewError as exc:
        return str(exc)
    show(ss, view.figure, name=view.name, state=view.state)
    return ""


def init_from_url(ss: MutableMapping[str, Any], params: Any) -> None:
    """Open ``?view=NAME`` once per name (a reload of the same URL keeps the arrangement)."""
    name = params.get("view") if hasattr(params, "get") else None
    if name and ss.get("fig_url_view") != name:
        ss["fig_url_view"] = name
        error = open_view(ss, str(name))
        if error:
            import streamlit as st

            st.error(error)


def on_pick() -> None:
    import streamlit as st

    ss = st.session_state
    name = ss.get("fig_pick")
    if name and name != "—":
        error = open_view(ss, name)
        if error:
            ss["fig_msg"] = ""
            st.toast(error)
        else:
            st.query_params["view"] = name
            ss["fig_url_view"] = name


def from_explore() -> None:
    """Take the Explore page's current view (same data, styling and legend)."""
    import streamlit as st

    from explorer import figures, service
    from explorer import graph as g
    from explorer.db import get_driver, settings

    ss = st.session_state
    state = ss.get("kg_view")
    if state is None:
        vocab = service.vocabulary()
        params = {k: st.query_params.get_all(k) for k in st.query_params if k not in ("view", "present")}
        state = g.from_params(params, vocab.entity_types, vocab.relation_types)
    driver, db = get_driver(), settings().database
    vm = g.build_view(state, service.Neo4jSource(driver, db, service.vocabulary()))
    caption = figures.sources_caption(driver, db, sorted(vm.nodes))
    fig = figures.view_figure(vm, symmetric=service.vocabulary().symmetric, lang=state.lang,
                              caption=caption, seed=state.seed)
    show(ss, fig, state=g.to_params(state))
    if "view" in st.query_params:
        del st.query_params["view"]
    ss["fig_url_view"] = None


def on_layout() -> None:
    import streamlit as st

    ss = st.session_state
    fig = current(ss)
    if fig is None:
        return
    fig = replace(fig, seed=int(ss.get("fig_seed", fig.seed)), positions={}, pinned=[])
    ss["fig"] = apply_layout(fig, str(ss.get("fig_layout", "physics")))
    ss["fig_gen"] = int(ss.get("fig_gen", 0)) + 1


def on_size() -> None:
    import streamlit as st

    ss = st.session_state
    fig = current(ss)
    if fig is not None:
        ss["fig"] = replace(fig, width=int(ss["fig_w"]), height=int(ss["fig_h"]))


def on_text() -> None:
    import streamlit as st

    ss = st.session_state
    fig = current(ss)
    if fig is not None:
        ss["fig"] = replace(fig, title=str(ss.get("fig_title", "")), caption=str(ss.get("fig_caption", "")))


def ask(action: str) -> None:
    """Ask the browser for the node positions, then ``action`` ("freeze" or "save")."""
    import streamlit as st

    ss = st.session_state
    ss["fig_action"] = action
    ss["fig_save_err"] = ""
    ui.ask_browser(graph_key(ss), {"kind": "positions"})


def apply_answers(ss: MutableMapping[str, Any]) -> None:
    """When the browser has sent positions for a pending action, carry the action out."""
    key = graph_key(ss)
    pending = ss.get(f"{key}__export_req")
    result = ss.get(f"{key}__export")
    action = ss.get("fig_action")
    if not action or not isinstance(pending, Mapping) or not isinstance(result, Mapping):
        return
    if result.get("nonce") != pending.get("nonce") or ss.get("fig_action_done") == pending.get("nonce"):
        return
    ss["fig_action_done"] = pending.get("nonce")
    ss["fig_action"] = None
    fig = current(ss)
    if fig is None:
        return
    frozen = with_positions(fig, ui.result_positions(result))
    ss["fig"] = frozen
    ss["fig_layout"] = frozen.layout if frozen.layout != "fixed" else ss.get("fig_layout", "physics")
    if action == "freeze":
        ss["fig_msg"] = "Layout frozen: every node keeps its place."
    elif action == "save":
        error = save_current(ss, frozen)
        ss["fig_save_err"] = error
        if not error:
            ss["fig_msg"] = f"Saved view “{ss['fig_name']}”."


def save_current(ss: MutableMapping[str, Any], fig: Figure) -> str:
    """Save ``fig`` under the name typed on the page; returns an error message or ''."""
    name = str(ss.get("fig_save_name") or "").strip()
    try:
        save_view(SavedView(name=name, figure=fig, state=dict(ss.get("fig_state") or {}),
                            description=str(ss.get("fig_save_desc") or "")),
                  overwrite=bool(ss.get("fig_save_over")))
    except ViewError as exc:
        return str(exc)
    ss["fig_name"] = name
    ss["fig_url_view"] = name
    return ""
