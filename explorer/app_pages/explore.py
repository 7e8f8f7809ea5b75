"""Explore: search, click to expand, read the evidence of an edge, filter, find paths.

The view is a :class:`explorer.graph.ViewState` kept in the session and mirrored in the URL
(so a link restores it). Clicks in the graph arrive in a callback before the script body.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from explorer import figures, figures_ui, service
from explorer import graph as g
from explorer.component import GraphEvent, graph_view
from explorer.db import settings, shared_driver
from explorer.render import esc, link_html, md_escape, name_html, sentence_html

driver, db = shared_driver(), settings().database  # checked by app.py this run
vocab = service.vocabulary()
ss = st.session_state

# ------------------------------------------------------------------ state from the URL (once)
if "kg_view" not in ss:
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    ss.kg_view = g.from_params(params, vocab.entity_types, vocab.relation_types)
if "kg_fit" not in ss:
    ss.kg_fit = 0
# Widget values follow the view (Streamlit forgets widget state on other pages).
_view: g.ViewState = ss.kg_view
for _key, _value in (("kg_types", list(_view.filters.types)), ("kg_rels", list(_view.filters.rel_types)),
                     ("kg_from", _view.filters.date_from), ("kg_to", _view.filters.date_to),
                     ("kg_outlets", list(_view.filters.outlets)), ("kg_lang", _view.lang),
                     ("kg_seed", _view.seed), ("kg_maxlen", _view.path_max)):
    if _key not in ss:
        ss[_key] = _value


def set_view(state: g.ViewState) -> None:
    ss.kg_view = state


def on_graph_event(event: GraphEvent) -> None:
    set_view(g.apply_click(ss.kg_view, event.kind, event.id, event.double))


def on_filters() -> None:
    filters = g.Filters(
        types=tuple(ss.kg_types), rel_types=tuple(ss.kg_rels),
        date_from=ss.kg_from.strip() if g.DATE_RE.match(ss.kg_from.strip()) else "",
        date_to=ss.kg_to.strip() if g.DATE_RE.match(ss.kg_to.strip()) else "",
        outlets=tuple(ss.kg_outlets),
    )
    set_view(replace(ss.kg_view, filters=filters, lang=ss.kg_lang, seed=int(ss.kg_seed)))


def focus(entity_id: str) -> None:
    set_view(g.focus_on(ss.kg_view, entity_id))
    ss.kg_q = ""


def find_path() -> None:
    a = service.search(driver, db, ss.get("kg_path_a", ""), limit=1)
    b = service.search(driver, db, ss.get("kg_path_b", ""), limit=1)
    if a and b:
        set_view(g.with_path(ss.kg_view, a[0].id, b[0].id, int(ss.kg_maxlen)))
        ss.kg_path_msg = ""
    else:
        missing = ss.get("kg_path_a", "") if not a else ss.get("kg_path_b", "")
        ss.kg_path_msg = f"No entity matches {missing!r}."


def reset_view() -> None:
    set_view(g.reset(ss.kg_view))
    ss.kg_fit += 1


# ------------------------------------------------------------------ graph first (fast click -> paint)
# The search box comes first on the page (it commits while typing, after a pause); its
# suggestions are filled in after the graph is sent, and the sidebar and details after that:
# a click's new graph reaches the browser before the slower parts of the run.
st.text_input("Search an entity (any script or spelling)", key="kg_q", live="300ms",
              placeholder="Qaani, قاآني, Soleimani, سليماني, JCPOA ... (suggestions as you type)")
search_box = st.container()
state: g.ViewState = ss.kg_view
vm = g.build_view(state, service.Neo4jSource(driver, db, vocab))
net = g.to_network(vm, state.lang, symmetric=vocab.symmetric, selected=state.selected)
bar = st.columns([1, 1, 1, 4])
bar[0].button("Reset view", on_click=reset_view, width="stretch")
bar[1].button("Fit", on_click=lambda: ss.__setitem__("kg_fit", ss.kg_fit + 1), width="stretch")
if state.hidden:
    bar[2].button(f"Show {len(state.hidden)} hidden", width="stretch",
                  on_click=lambda: set_view(g.unhide_all(ss.kg_view)))
left, right = st.columns([3, 1.35])
with left:
    graph_view(net, key="explore", height=620, seed=state.seed, legend=g.legend(vm),
               selected=[state.selected] if state.selected else [], fit=ss.kg_fit,
               empty_message="Nothing to show: no entity passes these filters.",
               on_event=on_graph_event, export_request=figures_ui.request("explore"),
               layout=g.start_layout(vm, state))
    more_total = sum(vm.more.values())
    note = f"{len(vm.nodes)} entities · {len(vm.edges)} relationships"
    if more_total:
        note += f" · {more_total} more behind “+N more” nodes"
    if vm.truncated:
        note += f" · view capped at {g.MAX_VIEW_NODES} entities"
    if state.path:
        note += " · path highlighted" if vm.path_found else " · no path within the maximum length"
    st.caption(note + ". Click a node to expand it, an edge to read its evidence; "
               "double-click a node to start a view around it.")

# ------------------------------------------------------------------ search
query = ss.get("kg_q", "").strip()
if query:
    suggestions = service.search(driver, db, query, limit=8)
    if not suggestions:
        search_box.info("No entity matches this search.")
    cols = search_box.columns(2)
    for i, s in enumerate(suggestions):
        cols[i % 2].button(md_escape(s.label()), key=f"kg_sug_{i}", on_click=focus, args=(s.id,),
                           width="stretch")

# ------------------------------------------------------------------ sidebar: filters, labels, paths
with st.sidebar:
    st.subheader("Filters")
    st.multiselect("Entity types", list(vocab.entity_types), key="kg_types", on_change=on_filters)
    st.multiselect("Relation types", list(vocab.relation_types), key="kg_rels", on_change=on_filters)
    first, last = service.date_range(driver, db)
    c1, c2 = st.columns(2)
    c1.text_input("From", key="kg_from", on_change=on_filters, placeholder=first or "YYYY-MM",
                  help="Year, year-month or full date; an edge stays if a relation date or a "
                       "supporting article's date falls in the range.")
    c2.text_input("To", key="kg_to", on_change=on_filters, placeholder=last or "YYYY-MM")
    known_outlets = service.outlets(driver, db)
    st.multiselect("Outlets", sorted(set(known_outlets) | set(ss.kg_outlets)), key="kg_outlets",
                   on_change=on_filters)
    st.radio("Labels", g.LANGS, key="kg_lang", horizontal=True, on_change=on_filters,
             format_func={"both": "Both", "en": "English", "ar": "العربية"}.get)
    st.number_input("Layout seed", min_value=0, max_value=999_999, step=1, key="kg_seed",
                    on_change=on_filters, help="Same seed, same data: same layout.")
    st.subheader("Shortest path")
    st.text_input("From entity", key="kg_path_a", placeholder="e.g. Qaani / قاآني")
    st.text_input("To entity", key="kg_path_b", placeholder="e.g. Trump / ترامب")
    st.number_input("Maximum length", min_value=1, max_value=10, key="kg_maxlen")
    st.button("Find path", on_click=find_path, width="stretch")
    if ss.get("kg_path_msg"):
        st.warning(ss.kg_path_msg)

with right:
    sel = state.selected
    edge = g.parse_edge_id(sel) if sel else None
    if sel and edge:
        ev = service.edge_evidence(driver, db, sel)
        if ev is None:
            st.info("This relationship is no longer in the graph.")
        else:
            st.subheader(ev["type"])
            st.html(f"{name_html(ev['source_name'] or '', ev['source_name_ar'] or '')} → "
                    f"{name_html(ev['target_name'] or '', ev['target_name_ar'] or '')}")
            st.caption(f"{ev['count']} evidence sentence(s)"
                       + (f" · dates: {', '.join(ev['dates'])}" if ev["dates"] else "")
                       + (f" · confidence {ev['confidence']:.2f}" if ev["confidence"] is not None else ""))
            for i, item in enumerate(ev["evidence"]):
                st.html(sentence_html(item["sentence"]))
                meta = " · ".join(x for x in (item["outlet"], item["published"], item["title"]) if x)
                st.html(f'<div style="font-size:0.85rem;color:#5c5f6b">{esc(meta)} '
                        f'{link_html(item["url"])}</div>')
                st.button("Open article", key=f"kg_ev_{i}",
                          on_click=lambda aid=item["article_id"]: ss.__setitem__("kg_article", aid))
    elif sel and g.valid_entity_id(sel):
        d = service.node_details(driver, db, sel)
        if d is None:
            st.info("This entity is no longer in the graph.")
        else:
            st.html(f'<div style="font-size:1.35rem">{name_html(d["name"] or "", d["name_ar"] or "")}</div>')
            st.caption(f"{d['type']} · {d['degree']} connection(s) · {d['article_count']} article(s) · {d['id']}")
            if d["description"]:
                st.html(f'<div dir="auto">{esc(d["description"])}</div>')
            if d["aliases"]:
                st.html('<div dir="auto" style="font-size:0.9rem"><b>Also:</b> '
                        + esc(" · ".join(d["aliases"])) + "</div>")
            a1, a2, a3 = st.columns(3)
            a1.button("Hide", key="kg_hide", on_click=lambda: set_view(g.hide(ss.kg_view, sel)))
            if state.cap(sel):
                a2.button("Collapse", key="kg_collapse",
                          on_click=lambda: set_view(g.collapse(ss.kg_view, sel)))
            a3.button("Focus", key="kg_focus", on_click=focus, args=(sel,),
                      help="Start a new view around this entity")
            if vm.more.get(sel):
                st.button(f"Show {min(g.DEFAULT_CAP, vm.more[sel])} more of {vm.more[sel]}",
                          key="kg_more", on_click=lambda: set_view(g.more(ss.kg_view, sel)))
            st.markdown("**Articles**")
            for i, art in enumerate(d["articles"]):
                label = " · ".join(x for x in (art.get("title") or art["id"], art.get("source"),
                                               art.get("published")) if x)
                st.button(md_escape(label), key=f"kg_art_{i}", width="stretch",
                          on_click=lambda aid=art["id"]: ss.__setitem__("kg_article", aid))
    else:
        st.info("Click a node to see its details and neighbours, or an edge to read the "
                "sentences that support it.")

with left:  # export controls last: they build the figure data on every run
    if vm.nodes:
        figures_ui.export_panel(figures.view_figure(
            vm, net=net, lang=state.lang, seed=state.seed,
            caption=figures.sources_caption(driver, db, sorted(vm.nodes))), key="explore")
        st.page_link("app_pages/figures.py", label="Arrange, save or present this view in Figures")

# ------------------------------------------------------------------ open article / URL
if ss.get("kg_article"):
    article_id = ss.pop("kg_article")
    st.switch_page("app_pages/articles.py", query_params={"id": article_id})
wanted = g.to_params(ss.kg_view)
if {k: st.query_params.get_all(k) for k in st.query_params} != {
        k: (v if isinstance(v, list) else [v]) for k, v in wanted.items()}:
    st.query_params.from_dict(wanted)
