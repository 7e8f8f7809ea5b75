"""Articles: the list, and one article in its own direction with its entities highlighted."""

from __future__ import annotations

import streamlit as st

from explorer import graph as g
from explorer import service
from explorer.db import get_driver, settings
from explorer.render import article_html, esc, link_html, md_escape, sentence_html

driver, db = get_driver(), settings().database
ss = st.session_state


def open_in_explore(entity_id: str) -> None:
    """Start an Explore view around the entity (same session) and go there."""
    ss.kg_view = g.focus_on(ss.get("kg_view", g.ViewState()), entity_id)
    ss.kg_goto = entity_id


article_id = st.query_params.get("id")
if article_id:
    art = service.article(driver, db, article_id)
    if st.button("← All articles"):
        del st.query_params["id"]
        st.rerun()
    if art is None:
        st.warning("No article with this id.")
        st.stop()
    direction = "rtl" if art["lang"] == "ar" else "ltr"
    st.html(f'<h2 dir="{direction}" style="margin:0">{esc(art["title"] or art["id"])}</h2>')
    meta = " · ".join(x for x in (art["source"], art["published"], art["lang"], art["id"]) if x)
    st.html(f'<div style="color:#5c5f6b">{esc(meta)} {link_html(art["url"])}</div>')
    st.html(article_html(art["text"] or "", art["mentions"], art["lang"]))
    st.subheader(f"Entities ({len(art['mentions'])})")
    cols = st.columns(3)
    for i, m in enumerate(sorted(art["mentions"], key=lambda m: (m["type"] or "", m["name"] or ""))):
        label = " · ".join(x for x in (m["name"], m["name_ar"]) if x) + f" ({m['type']})"
        cols[i % 3].button(md_escape(label), key=f"ar_ent_{i}", on_click=open_in_explore, args=(m["id"],),
                           width="stretch", help="Open in Explore")
    if art["relations"]:
        st.subheader(f"Relationships supported by this article ({len(art['relations'])})")
        for r in art["relations"]:
            st.markdown(f"{md_escape(r['source'])} **{md_escape(r['type'])}** {md_escape(r['target'])}")
            for sentence in r["evidence"]:
                st.html(sentence_html(sentence))
    if ss.get("kg_goto"):
        goto = ss.pop("kg_goto")
        st.switch_page("app_pages/explore.py", query_params={"focus": goto, "sel": goto})
    st.stop()

st.title("Articles")
c1, c2 = st.columns([1, 3])
lang = c1.selectbox("Language", ["all", "ar", "en"], format_func={"all": "All", "ar": "Arabic",
                                                                 "en": "English"}.get)
text = c2.text_input("Title or outlet contains")
rows = service.articles(driver, db, lang=None if lang == "all" else lang, text=text, limit=200)
st.caption(f"{len(rows)} article(s){' (first 200)' if len(rows) == 200 else ''}")
for i, row in enumerate(rows):
    label = " · ".join(x for x in (row["title"] or row["id"], row["source"], row["published"],
                                   (row["lang"] or "").upper(), f"{row['entities']} entities") if x)
    if st.button(md_escape(label), key=f"ar_row_{i}", width="stretch"):
        st.query_params["id"] = row["id"]
        st.rerun()
