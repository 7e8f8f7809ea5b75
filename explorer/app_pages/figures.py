"""Figures: arrange a view for a paper, export it, save it as a named view, present it.

Opens ``?view=NAME`` (a saved view, views/NAME.json) or the view currently on the Explore
page. ``&present=1`` hides the app's chrome so a screenshot shows only the network, its
legend and caption.
"""

from __future__ import annotations

import streamlit as st

from explorer import figure_page as fp
from explorer import figures_ui as ui
from explorer.component import graph_view

ss = st.session_state
fp.init_from_url(ss, st.query_params)
present = st.query_params.get("present") == "1"

if not present:
    with st.sidebar:
        st.subheader("Saved views")
        names = fp.saved_names()
        if names:
            st.selectbox("Open a saved view", ["—"] + names, key="fig_pick", on_change=fp.on_pick)
        else:
            st.caption("No saved view yet.")
        st.button("Use the Explore view", on_click=fp.from_explore, width="stretch",
                  help="Take the view currently shown on the Explore page.")
        st.subheader("Layout")
        st.radio("Layout", ["physics", "hierarchical", "circular"], key="fig_layout",
                 on_change=fp.on_layout, help="physics: seeded force layout, stabilised then frozen")
        st.number_input("Seed", 0, 999_999, key="fig_seed", on_change=fp.on_layout,
                        help="Same seed, same data: same layout.")
        st.checkbox("Pin nodes where I drop them", key="fig_pin")
        c1, c2 = st.columns(2)
        c1.button("Freeze layout", on_click=fp.ask, args=("freeze",), width="stretch",
                  help="Keep every node where it is now (saved views keep these positions).")
        c2.button("Unfreeze", on_click=fp.on_layout, width="stretch")
        st.subheader("Size")
        c3, c4 = st.columns(2)
        c3.number_input("Width", 300, 4000, step=50, key="fig_w", on_change=fp.on_size)
        c4.number_input("Height", 200, 4000, step=50, key="fig_h", on_change=fp.on_size)

fig = fp.current(ss)
if fig is None:
    st.info("Nothing to show yet: open a saved view (sidebar), or build a view on the Explore "
            "page and press “Use the Explore view”.")
    st.stop()

fp.apply_answers(ss)
fig = fp.current(ss)
assert fig is not None
key = fp.graph_key(ss)
if present:
    ui.presentation_mode()
if fig.title:
    st.markdown(f"#### {fp.md_escape(fig.title)}")
graph_view(fp.payload(fig), key=key, height=fig.height, width=fig.width, seed=fig.seed,
           legend=fig.legend, caption=fig.caption, export_request=ui.request(key),
           pin_on_drag=bool(ss.get("fig_pin")))
if present:
    st.stop()

st.caption(f"{len(fig.nodes)} entities · {len(fig.edges)} relationships · layout {fig.layout}"
           + (f" · saved view “{ss.fig_name}”" if ss.get("fig_name") else ""))
if ss.get("fig_msg"):
    st.success(ss.fig_msg)
st.text_input("Title", key="fig_title", on_change=fp.on_text)
st.text_input("Caption", key="fig_caption", on_change=fp.on_text, placeholder="Sources: outlets, dates")
ui.export_panel(fig, key=key)
with st.expander("Save as a named view", expanded=False):
    st.text_input("Name", key="fig_save_name", placeholder="qaani-baghdad-2020",
                  help="Letters, digits, '-', '_' and '.'; saved as views/NAME.json")
    st.text_input("Description", key="fig_save_desc")
    st.checkbox("Overwrite a view with this name", key="fig_save_over")
    st.button("Save view", on_click=fp.ask, args=("save",))
    if ss.get("fig_save_err"):
        st.error(ss.fig_save_err)
    if ss.get("fig_name"):
        st.markdown(f"Open it again: `?view={ss.fig_name}` · presentation: `?view={ss.fig_name}&present=1` · "
                    f"command line: `python -m explorer snapshot --view {ss.fig_name} --format png --scale 4 -o {ss.fig_name}.png`")
