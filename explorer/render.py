"""HTML snippets for untrusted text (article text, names, sentences). Pure functions.

Every piece of data goes through :func:`html.escape` (quotes included) before it is placed in
markup we write ourselves; URLs become links only when they are plain http(s) URLs. Right-to-
left text gets ``dir="rtl"``; mixed text ``dir="auto"``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlsplit

from explorer.graph import style_for

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def esc(value: object) -> str:
    """Text -> HTML text (``<``, ``>``, ``&``, quotes escaped)."""
    return html.escape("" if value is None else str(value), quote=True)


def md_escape(value: object) -> str:
    """Text -> Markdown that shows the text literally (no links, HTML, LaTeX or emphasis)."""
    return _MD_SPECIAL.sub(r"\\\1", "" if value is None else str(value)).replace("\n", "  \n")


def text_dir(value: str) -> str:
    """'rtl' when the text is mostly Arabic script, else 'auto'."""
    letters = [c for c in value if c.isalpha()]
    if not letters:
        return "auto"
    arabic = sum(1 for c in letters if _ARABIC.match(c))
    return "rtl" if arabic * 2 > len(letters) else "auto"


def safe_url(url: object) -> str | None:
    """The URL if it is a plain http(s) URL with a host, else None (no javascript:, data:...)."""
    if not isinstance(url, str) or len(url) > 2000 or any(c in url for c in "\"'<> \n\r\t\\"):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def explore_href(entity_id: str) -> str:
    """Same-app link that opens an entity in Explore (the shareable URL form)."""
    return "./?focus=" + quote(entity_id, safe=":-_.") + "&sel=" + quote(entity_id, safe=":-_.")


def parse_spans(spans: Iterable[object]) -> list[tuple[int, int]]:
    """``["12-18", ...]`` (as stored on MENTIONS) -> sorted (start, end) pairs; bad ones dropped."""
    out = []
    for s in spans:
        m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", str(s))
        if m and int(m.group(1)) < int(m.group(2)):
            out.append((int(m.group(1)), int(m.group(2))))
    return sorted(out)


def article_html(text: str, mentions: Sequence[Mapping[str, Any]], lang: str | None) -> str:
    """The article text with every mentioned entity highlighted and linked to Explore.

    Overlapping spans: the first (longest at a given start) wins. Colours follow the
    entity-type styling of the graph.
    """
    marks: list[tuple[int, int, Mapping[str, Any]]] = []
    for m in mentions:
        for start, end in parse_spans(m.get("spans") or []):
            if end <= len(text):
                marks.append((start, end, m))
    marks.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    pieces: list[str] = []
    pos = 0
    for start, end, m in marks:
        if start < pos:
            continue
        pieces.append(esc(text[pos:start]))
        color = style_for(str(m.get("type") or ""))[0]
        title = " · ".join(str(x) for x in (m.get("name"), m.get("name_ar"), m.get("type")) if x)
        pieces.append(
            f'<a class="kg-ent" href="{esc(explore_href(str(m.get("id") or "")))}" target="_self" '
            f'title="{esc(title)}" style="background:{color}33;border-bottom:2px solid {color};'
            f'color:inherit;text-decoration:none;border-radius:3px;padding:0 2px">'
            f"{esc(text[start:end])}</a>"
        )
        pos = end
    pieces.append(esc(text[pos:]))
    direction = "rtl" if lang == "ar" else ("ltr" if lang == "en" else text_dir(text))
    body = "".join(pieces).replace("\n", "<br>")
    font = "'DejaVu Sans', 'Noto Naskh Arabic', serif" if direction == "rtl" else "inherit"
    return (
        f'<div class="kg-article" dir="{direction}" lang="{esc(lang or "")}" '
        f'style="line-height:1.9;font-size:1.05rem;font-family:{font};white-space:normal">'
        f"{body}</div>"
    )


def sentence_html(sentence: str) -> str:
    """One evidence sentence as a quote, in its own direction."""
    return (
        f'<blockquote dir="{text_dir(sentence)}" style="margin:0.2rem 0 0.4rem 0;'
        f'padding:0.4rem 0.8rem;border-inline-start:3px solid #FFB000;background:#fffbea;'
        f'font-size:1rem;line-height:1.7">{esc(sentence)}</blockquote>'
    )


def name_html(name: str, name_ar: str) -> str:
    """Both names, each in its own direction."""
    parts = []
    if name:
        parts.append(f'<span dir="auto" style="font-weight:600">{esc(name)}</span>')
    if name_ar and name_ar != name:
        parts.append(f'<span dir="rtl" lang="ar" style="font-weight:600">{esc(name_ar)}</span>')
    return " · ".join(parts)


def link_html(url: object, label: str = "original article") -> str:
    """An external link for an http(s) URL, or nothing."""
    ok = safe_url(url)
    if not ok:
        return ""
    return f'<a href="{esc(ok)}" target="_blank" rel="noopener noreferrer nofollow">{esc(label)}</a>'
