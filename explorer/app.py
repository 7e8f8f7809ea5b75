"""Streamlit entry point: `streamlit run explorer/app.py`."""

from __future__ import annotations

import streamlit as st

from explorer.db import ConnectionProblem, get_driver, settings
from explorer.status import server_status

st.set_page_config(page_title="News graph explorer", layout="wide")
st.title("News graph explorer")

try:
    status = server_status(get_driver(), settings())
except ConnectionProblem as problem:
    st.error(str(problem))
    st.stop()

st.success(f"Connected to Neo4j {status.version} ({status.edition}) at {status.uri}")
left, right = st.columns(2)
left.metric("Nodes", status.nodes)
right.metric("Relationships", status.relationships)
