"""Untrusted text stays text in our HTML; Lucene queries built from any input are inert."""

from __future__ import annotations

from explorer.render import (
    article_html,
    esc,
    explore_href,
    md_escape,
    safe_url,
    sentence_html,
    text_dir,
)
from explorer.service import lucene_escape, lucene_query

EVIL = '<img src=x onerror="alert(1)"> <script>alert(2)</script> <a href="javascript:alert(3)">x</a>'


def test_escaped_html_has_no_live_markup() -> None:
    out = sentence_html(EVIL)
    assert "<img" not in out and "<script" not in out and "<a " not in out
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in out
    assert esc("'\"&") == "&#x27;&quot;&amp;"


def test_article_highlights_entities_and_escapes_everything() -> None:
    text = "قاآني <b>met</b> الكاظمي in Baghdad"
    mentions = [
        {"id": "person:esmail-qaani", "type": "Person", "name": "Esmail Qaani", "spans": ["0-5"]},
        {"id": "person:x", "type": "Person", "name": EVIL, "spans": ["17-24", "bad", "30-2"]},
    ]
    out = article_html(text, mentions, "ar")
    assert out.startswith('<div class="kg-article" dir="rtl"')
    assert out.count('class="kg-ent"') == 2
    assert 'href="./?focus=person:esmail-qaani&amp;sel=person:esmail-qaani"' in out
    assert "&lt;b&gt;met&lt;/b&gt;" in out
    assert "<script" not in out and "<img" not in out


def test_only_plain_web_links() -> None:
    assert safe_url("https://arabictrend.net/?p=9800") == "https://arabictrend.net/?p=9800"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil", 'https://x/"onmouseover=1',
                "JaVaScRiPt:alert(1)", None, 5):
        assert safe_url(bad) is None
    assert explore_href("person:a b") == "./?focus=person:a%20b&sel=person:a%20b"


def test_markdown_escape_and_direction() -> None:
    assert md_escape("[x](javascript:alert(1)) $x$ *b*") == (
        r"\[x\]\(javascript\:alert\(1\)\) \$x\$ \*b\*")
    assert text_dir("اغتالته الولايات المتحدة (US)") == "rtl"
    assert text_dir("Qaani met Kadhimi") == "auto"


def test_lucene_queries_escape_operators() -> None:
    assert lucene_escape('a"b') == 'a\\"b'
    assert lucene_escape("AND") == "and"
    q = lucene_query('"`}{ MATCH (n) DETACH DELETE n //')
    assert q and '"' not in q.replace('\\"', "")
    assert lucene_query("  ") == ""
    assert lucene_query("Qaani") == "(qaani^3 OR qaani* OR qaani~1)"


def test_lucene_phrase_keeps_keys_exact() -> None:
    from explorer.service import lucene_phrase

    assert lucene_phrase("~kn") == '"~kn"'
    assert lucene_phrase('a"b\\c') == '"a\\"b\\\\c"'
