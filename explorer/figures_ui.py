"""Streamlit side of figures: the export panel under any graph view, presentation mode.

Usage on a page that shows a graph with ``graph_view(..., key=KEY)``::

    graph_view(net, key=KEY, ..., export_request=figures_ui.request(KEY))
    figures_ui.export_panel(figure, key=KEY)

PNG and SVG go through the browser: a button puts a request (with a new nonce) in the
session; the component draws the PNG with ``kgExport.png`` (or reports node positions for
the SVG) and sends it back with a trigger; the panel then offers the download. The other
formats are made on the server from the figure (with the positions last reported, if any).
"""

from __future__ import annotations

import base64
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import streamlit as st

from explorer.export import formats
from explorer.export.figure import Figure, with_positions
from explorer.export.html import to_html
from explorer.export.svg import to_svg

FORMATS = {
    "PNG": "png",
    "SVG (vector)": "svg",
    "HTML (offline, interactive)": "html",
    "GraphML": "graphml",
    "GEXF (Gephi)": "gexf",
    "CSV (nodes + edges, zip)": "zip",
    "JSON": "json",
}
MIME = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "html": "text/html",
    "graphml": "application/graphml+xml",
    "gexf": "application/xml",
    "zip": "application/zip",
    "json": "application/json",
}

PRESENTATION_CSS = """
<style>
header[data-testid="stHeader"], [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
[data-testid="stSidebarNav"], [data-testid="stAppDeployButton"], footer { display: none !important; }
[data-testid="stMainBlockContainer"], .block-container { padding: 0.75rem 1rem !important; max-width: none !important; }
</style>
"""


# ---------------------------------------------------------------- plain functions


def png_request(nonce: int, *, scale: float | None = 2.0, width: int | None = None,
                background: str = "white", title: str = "", legend: list[dict[str, str]] | None = None,
                caption: str = "") -> dict[str, Any]:
    """The export request the component answers with a PNG."""
    req: dict[str, Any] = {"nonce": nonce, "kind": "png", "background": background,
                           "title": title, "legend": legend or [], "caption": caption}
    if width:
        req["width"] = int(width)
    else:
        req["scale"] = float(scale or 1.0)
    return req


def decode_png(result: Mapping[str, Any]) -> bytes:
    """PNG bytes from the component's answer; ValueError with the browser's reason if any."""
    if result.get("error"):
        raise ValueError(str(result["error"]))
    head, _, b64 = str(result.get("dataUrl") or "").partition(",")
    if head != "data:image/png;base64" or not b64:
        raise ValueError("the browser did not send a PNG")
    return base64.b64decode(b64)


def result_positions(result: Mapping[str, Any] | None) -> dict[str, Any]:
    positions = (result or {}).get("positions")
    return dict(positions) if isinstance(positions, Mapping) else {}


def server_export(fig: Figure, fmt: str, stem: str) -> bytes:
    """Bytes of a server-side format: html, graphml, gexf, zip (CSV), json, svg."""
    if fmt == "html":
        return to_html(fig, filename=stem)
    if fmt == "graphml":
        return formats.to_graphml(fig)
    if fmt == "gexf":
        return formats.to_gexf(fig)
    if fmt == "zip":
        return formats.csv_zip(fig, stem)
    if fmt == "json":
        return formats.to_json(fig)
    if fmt == "svg":
        return to_svg(fig)
    raise ValueError(f"unknown format {fmt!r}")


def cypher_figure(graph: Any, net: Mapping[str, Any], legend: list[dict[str, str]] | None = None,
                  caption: str = "") -> Figure:
    """The figure of a Cypher result graph (``explorer.results.ResultGraph``) as drawn by
    ``explorer.results.network``: every property of the nodes and relationships kept."""
    from explorer.export.figure import figure_from_payload
    from explorer.results import json_value

    node_attrs = {nid: {"labels": list(n.labels), **{k: json_value(v) for k, v in n.properties.items()}}
                  for nid, n in graph.nodes.items()}
    edge_attrs = {rid: {"type": r.type, **{k: json_value(v) for k, v in r.properties.items()}}
                  for rid, r in graph.rels.items()}
    return figure_from_payload(net, node_attrs=node_attrs, edge_attrs=edge_attrs,
                               legend=list(legend or []), caption=caption)


def safe_stem(text: str, default: str = "figure") -> str:
    """A file name stem from a title (letters, digits, '-')."""
    out = "".join(ch if ch.isalnum() else "-" for ch in text.strip().lower())
    out = "-".join(part for part in out.split("-") if part)[:60]
    return out or default


# ---------------------------------------------------------------- Streamlit


def request(key: str) -> dict[str, Any] | None:
    """The pending export request for the graph ``key`` (pass it to ``graph_view``).

    None once the browser has answered it, so a graph drawn afresh (page revisited) does
    not export again."""
    value = st.session_state.get(f"{key}__export_req")
    if not isinstance(value, Mapping):
        return None
    answer = st.session_state.get(f"{key}__export")
    if isinstance(answer, Mapping) and answer.get("nonce") == value.get("nonce"):
        return None
    return dict(value)


def last_positions(key: str) -> dict[str, Any]:
    """Node positions the browser last reported for the graph ``key`` (may be empty)."""
    result = st.session_state.get(f"{key}__export")
    pos = result_positions(result if isinstance(result, Mapping) else None)
    if not pos:
        other = st.session_state.get(f"{key}__positions")
        pos = dict(other) if isinstance(other, Mapping) else {}
    return pos


def ask_browser(key: str, req: dict[str, Any]) -> None:
    """Queue an export request (callback-safe: runs before the graph is drawn)."""
    nonce = int(time.time() * 1000) % 2_000_000_000
    st.session_state[f"{key}__export_req"] = {**req, "nonce": nonce}


def presentation_mode() -> None:
    """Hide the app's chrome (header, sidebar, toolbar, padding): only the graph, legend and
    caption remain for a screenshot. Turn off by removing ``present=1`` from the URL."""
    st.html(PRESENTATION_CSS)


def export_panel(fig: Figure, *, key: str, expanded: bool = False) -> None:
    """Export controls for the graph ``key`` showing ``fig``."""
    ss = st.session_state
    with st.expander("Export figure", expanded=expanded):
        c1, c2 = st.columns(2)
        label = c1.selectbox("Format", list(FORMATS), key=f"{key}__fx_format")
        fmt = FORMATS[str(label)]
        title = c2.text_input("Title", value=fig.title, key=f"{key}__fx_title")
        caption = st.text_input("Caption", value=fig.caption, key=f"{key}__fx_caption",
                                placeholder="Sources: outlets, dates")
        c3, c4, c5 = st.columns(3)
        with_title = c3.checkbox("Title in image", value=bool(title), key=f"{key}__fx_wt")
        with_legend = c4.checkbox("Legend in image", value=True, key=f"{key}__fx_wl")
        with_caption = c5.checkbox("Caption in image", value=bool(caption), key=f"{key}__fx_wc")
        legend = fig.legend if with_legend else []
        figure = replace(fig, title=title if with_title else "", caption=caption if with_caption else "",
                         legend=legend)
        pos = last_positions(key)
        if pos:
            figure = with_positions(figure, pos, layout=fig.layout)
        stem = safe_stem(title or key)
        result = ss.get(f"{key}__export")
        raw = ss.get(f"{key}__export_req")
        pending = dict(raw) if isinstance(raw, Mapping) else None
        answered = isinstance(result, Mapping) and pending is not None and result.get("nonce") == pending.get("nonce")

        if fmt == "png":
            c6, c7, c8 = st.columns(3)
            size_mode = c6.radio("Size", ["Scale", "Width (px)"], horizontal=True, key=f"{key}__fx_sm")
            scale = c7.select_slider("Scale", [1, 2, 3, 4], value=2, key=f"{key}__fx_scale",
                                     disabled=size_mode != "Scale")
            width = c7.number_input("Width in pixels", 200, 16000, 3000, step=100, key=f"{key}__fx_w",
                                    disabled=size_mode == "Scale")
            background = c8.radio("Background", ["white", "transparent"], horizontal=True, key=f"{key}__fx_bg")
            req = png_request(0, scale=scale if size_mode == "Scale" else None,
                              width=int(width) if size_mode != "Scale" else None, background=str(background),
                              title=figure.title, legend=figure.legend, caption=figure.caption)
            st.button("Make PNG", key=f"{key}__fx_make", on_click=ask_browser, args=(key, req),
                      help="Drawn by your browser from the graph above, whole graph fitted.")
            if answered and pending and pending.get("kind") == "png":
                try:
                    data = decode_png(result)  # type: ignore[arg-type]
                except ValueError as exc:
                    st.error(f"PNG export failed: {exc}")
                else:
                    st.download_button(f"Download PNG ({result['width']}×{result['height']})", data,  # type: ignore[index]
                                       file_name=f"{stem}.png", mime=MIME["png"], key=f"{key}__fx_dl_png")
        elif fmt == "svg":
            st.button("Make SVG", key=f"{key}__fx_make_svg", on_click=ask_browser,
                      args=(key, {"kind": "positions"}),
                      help="Vector drawing built from the positions your browser reports.")
            if answered and pending and pending.get("kind") == "positions":
                try:
                    data = to_svg(with_positions(figure, result_positions(result), layout=fig.layout))  # type: ignore[arg-type]
                except ValueError as exc:
                    st.error(f"SVG export failed: {exc}")
                else:
                    st.download_button("Download SVG", data, file_name=f"{stem}.svg", mime=MIME["svg"],
                                       key=f"{key}__fx_dl_svg")
        else:
            if not pos and fmt in ("html", "graphml", "gexf", "json", "zip"):
                st.caption("Positions are included once the layout has been captured "
                           "(Make PNG/SVG, or ‘Capture layout’).")
                st.button("Capture layout", key=f"{key}__fx_cap", on_click=ask_browser,
                          args=(key, {"kind": "positions"}))
            st.download_button(f"Download {label}", server_export(figure, fmt, stem),
                               file_name=f"{stem}.{'csv.zip' if fmt == 'zip' else fmt}", mime=MIME[fmt],
                               key=f"{key}__fx_dl_{fmt}")
