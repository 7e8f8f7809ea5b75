"""Cypher page: read-only Cypher with tables, a clickable graph, JSON and downloads.

Thin: widgets, one call to explorer.console / explorer.results, render. Every query goes through
explorer.guard.run_guarded (EXPLAIN check, READ transaction, timeout, row cap).
"""

from __future__ import annotations

import streamlit as st

from explorer import console, figures_ui, results
from explorer.component import GraphEvent, graph_view
from explorer.db import get_driver, settings
from explorer.guard import GuardPolicy, QueryError, QueryResult

st.title("Cypher console")
st.caption(
    "Read-only: every query is planned with EXPLAIN first and must be read-only; it runs in a "
    "read transaction with a time limit and a row cap. Writes, LOAD CSV, administration and "
    "procedures outside an allow-list are refused."
)

driver = get_driver()
db = settings().database
defaults = GuardPolicy.from_env()
state = st.session_state
state.setdefault("cy_query", console.EXAMPLES[0].query)
state.setdefault("cy_params", console.EXAMPLES[0].params_text)
state.setdefault("cy_history", [])


def _load(query: str, params: str) -> None:
    state["cy_query"] = query
    state["cy_params"] = params


def _load_example() -> None:
    chosen = next((ex for ex in console.EXAMPLES if ex.title == state.get("cy_example")), None)
    if chosen is not None:
        _load(chosen.query, chosen.params_text)


def _on_graph_event(event: GraphEvent) -> None:
    state["cy_selected"] = event
    graph = state.get("cy_graph")
    if event.kind == "node" and event.double and graph is not None:
        state["cy_graph"] = console.expand_node(driver, db, graph, event.id)


main, side = st.columns([3, 1], gap="large")

with side:
    with st.expander("Schema", expanded=True):
        sch = console.schema(driver, db)
        st.write(f"{sch.nodes:,} nodes · {sch.relationships:,} relationships")
        st.markdown("**Labels**")
        st.dataframe({"label": [n for n, _ in sch.labels], "count": [c for _, c in sch.labels]},
                     hide_index=True, use_container_width=True)
        st.markdown("**Relationship types**")
        st.dataframe({"type": [n for n, _ in sch.types], "count": [c for _, c in sch.types]},
                     hide_index=True, use_container_width=True)
        st.markdown("**Property keys**")
        st.write(", ".join(sch.property_keys) or "(none)")
    with st.expander(f"History ({len(state['cy_history'])})", expanded=False):
        for i, h in enumerate(state["cy_history"]):
            first = h["query"].strip().splitlines()[0] if h["query"].strip() else ""
            st.button(f"{h['outcome']} · {first[:60]}", key=f"cy_hist_{i}", on_click=_load,
                      args=(h["query"], h["params"]), use_container_width=True)

with main:
    st.selectbox("Examples about the loaded data", [ex.title for ex in console.EXAMPLES],
                 index=None, key="cy_example", placeholder="Load an example query…",
                 on_change=_load_example)
    with st.form("cy_form", border=False):
        query = st.text_area("Cypher", key="cy_query", height=160,
                             help="Ctrl+Enter runs the query")
        left, mid, right = st.columns([3, 1, 1])
        params_text = left.text_area("Parameters (JSON object)", key="cy_params", height=68,
                                     placeholder='{"id": "person:esmail-qaani"}')
        timeout = mid.number_input("Timeout (s)", min_value=1, max_value=600, step=1,
                                   value=max(1, round(defaults.timeout_s)), key="cy_timeout")
        limit = right.number_input("Row limit", min_value=1, max_value=100_000, step=100,
                                   value=int(defaults.max_rows), key="cy_limit")
        submitted = st.form_submit_button("Run", type="primary", shortcut="ctrl+enter",
                                          help="Ctrl+Enter")

    if submitted:
        with st.spinner(f"Running (stops after {timeout:g} s)…"):
            try:
                res = console.run_console_query(driver, db, query, params_text, float(timeout),
                                                 int(limit))
            except QueryError as failure:
                state["cy_error"], state["cy_result"], state["cy_graph"] = failure, None, None
                outcome = "refused" if failure.kind == "refused" else "error"
            else:
                found = results.result_graph(res)
                if found:
                    found = console.complete_graph(driver, db, found)
                state["cy_error"], state["cy_result"], state["cy_graph"] = None, res, found
                state["cy_selected"] = None
                outcome = f"{res.row_count} rows"
        state["cy_history"] = console.push_history(state["cy_history"], query, params_text, outcome)

    problem: QueryError | None = state.get("cy_error")
    result: QueryResult | None = state.get("cy_result")
    if problem is not None:
        st.error(f"**{problem.title}**: {problem.message}"
                 + (f" (line {problem.line}, column {problem.column})" if problem.line else ""))
        if problem.snippet:
            st.code(problem.snippet, language=None)
    elif result is not None:
        st.caption(results.summary_line(result))
        if result.truncated:
            st.warning(f"Only the first {result.max_rows} rows were fetched; the rest were not "
                       "read. Add ORDER BY/LIMIT or raise the row limit.")
        for note in result.notifications:
            st.info(note)
        graph: results.ResultGraph | None = state.get("cy_graph")
        names = ["Table", "Graph", "JSON"] if graph else ["Table", "JSON"]
        tabs = dict(zip(names, st.tabs(names, key="cy_tab", on_change="rerun"), strict=True))
        if tabs["Table"].open:
            with tabs["Table"]:
                st.dataframe(results.table(result), hide_index=True, use_container_width=True)
        if graph and tabs["Graph"].open:
            with tabs["Graph"]:
                net = results.network(graph)
                if len(graph.nodes) > len(net["nodes"]):
                    st.caption(f"Showing {len(net['nodes'])} of {len(graph.nodes)} nodes.")
                graph_view(net, key="cy_graph_view", height=560, legend=results.legend(graph),
                           caption="Click a node or edge for details; double-click a node to "
                           "expand it.", on_event=_on_graph_event,
                           export_request=figures_ui.request("cy_graph_view"))
                figures_ui.export_panel(
                    figures_ui.cypher_figure(graph, net, results.legend(graph)), key="cy_graph_view")
                selected: GraphEvent | None = state.get("cy_selected")
                detail = results.element_details(graph, selected.kind, selected.id) if selected else None
                if detail:
                    st.markdown(f"**{detail['heading']}**")
                    st.dataframe(detail["properties"], hide_index=True, use_container_width=True)
                    if detail.get("entity_id"):
                        try:
                            st.page_link("app_pages/explore.py", label="Open in Explore",
                                         query_params={"focus": detail["entity_id"]})
                        except Exception:  # noqa: BLE001 - the page runs without the router too
                            st.caption(f"Entity id: {detail['entity_id']}")
        if tabs["JSON"].open:
            with tabs["JSON"]:
                st.json(results.rows_json(result)[:200], expanded=2)
                if result.row_count > 200:
                    st.caption("The first 200 rows are shown; the download has all of them.")
        c1, c2, _ = st.columns([1, 1, 4])
        c1.download_button("Download CSV", results.to_csv(result), "query.csv", "text/csv")
        c2.download_button("Download JSON", results.to_json(result), "query.json",
                           "application/json")
    st.caption(f"Database '{db}' · default limits {defaults.timeout_s:g} s and "
               f"{defaults.max_rows} rows.")
