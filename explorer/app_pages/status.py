"""Status: connection, server version, counts and the graph model (labels, types, properties)."""

import pandas as pd
import streamlit as st

from explorer import service
from explorer.db import get_driver, settings
from explorer.status import server_status

st.title("Status")
driver, cfg = get_driver(), settings()
status = server_status(driver, cfg)
model = service.graph_model(driver, cfg.database)

st.success(f"Connected to Neo4j {status.version} ({status.edition}) at {status.uri}, "
           f"database {status.database!r}")
c1, c2, c3, c4 = st.columns(4)
counts = {row["label"]: row["count"] for row in model["labels"]}
c1.metric("Nodes", f"{status.nodes:,}")
c2.metric("Relationships", f"{status.relationships:,}")
c3.metric("Entities", f"{counts.get('Entity', 0):,}")
c4.metric("Articles", f"{counts.get('Article', 0):,}")
if st.button("Refresh cached reads", help="Forget cached overview/search results after loading data"):
    service.clear_cache()
    st.rerun()

st.subheader("Graph model")
st.markdown(
    "`(:Entity:<Type> {id, type, name, name_ar, aliases, description, search_keys, aliases_text})`"
    " · `(:Article {id, title, url, source, published, lang, text})-[:MENTIONS {spans}]->(:Entity)`"
    " · `(:Entity)-[:TYPE {articles, evidence_keys, sentences, evidence_articles, count, dates,"
    " methods, confidence}]->(:Entity)`"
)
left, right = st.columns(2)
left.markdown("**Labels**")
left.dataframe(pd.DataFrame(model["labels"]), hide_index=True, width="stretch")
right.markdown("**Relationship types**")
right.dataframe(pd.DataFrame(model["relationships"]), hide_index=True, width="stretch")
st.markdown("**Node properties**")
st.dataframe(pd.DataFrame(model["node_properties"]), hide_index=True, width="stretch")
st.markdown("**Relationship properties**")
st.dataframe(pd.DataFrame(model["relationship_properties"]), hide_index=True, width="stretch")
st.markdown("**Indexes**")
st.dataframe(pd.DataFrame(model["indexes"]), hide_index=True, width="stretch")
