"""Streamlit entry point: `streamlit run explorer/app.py`.

One router (st.navigation): Explore (default), Cypher, Articles, Status. The connection to
Neo4j is checked here once per run: when it fails the page says so in one line and retries
on its own until the server is back.

The pages live in explorer/app_pages/, not pages/: with a pages/ folder next to app.py,
Streamlit serves a page URL opened first on a fresh server without this router (old-style
multipage discovery), skipping the connection check.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from explorer.db import ConnectionProblem, get_driver
from explorer.ui import connection_lost, is_connection_error

PAGES = Path(__file__).resolve().parent / "app_pages"

st.set_page_config(page_title="News graph explorer", layout="wide")

pages = [
    st.Page(PAGES / "explore.py", title="Explore", default=True, url_path="explore"),
    st.Page(PAGES / "cypher.py", title="Cypher", url_path="cypher"),
    st.Page(PAGES / "articles.py", title="Articles", url_path="articles"),
    st.Page(PAGES / "status.py", title="Status", url_path="status"),
    st.Page(PAGES / "figures.py", title="Figures", url_path="figures"),
]
page = st.navigation(pages)
# A saved view link (`/?view=NAME`, the explorer's URL) opens on the Figures page.
if page.url_path != "figures" and "view" in st.query_params:
    st.switch_page(pages[-1], query_params={k: st.query_params.get_all(k) for k in st.query_params})

try:
    get_driver()
except ConnectionProblem as problem:
    connection_lost(str(problem))
    st.stop()

try:
    page.run()
except Exception as exc:  # only connection failures are handled here; the rest propagates
    if not is_connection_error(exc):
        raise
    connection_lost(str(exc) if isinstance(exc, ConnectionProblem) else None)
