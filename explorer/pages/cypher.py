"""Cypher console page (owned by the console issue; placeholder until it lands)."""

import streamlit as st

st.title("Cypher")
st.info("The read-only Cypher console is not available yet.")
