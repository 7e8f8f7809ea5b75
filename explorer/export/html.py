"""Standalone, offline HTML export of a figure.

One self-contained file: vis-network (pyvis's local copy of 9.1.2), the export script and the
page script inlined, DejaVu Sans embedded as a data: font (Arabic shaped the same on every
machine). No external link of any kind: no CDN, no Bootstrap, no web font URL.

Untrusted text (names, sentences) cannot inject markup or script:

* the figure travels as JSON inside ``<script type="application/json">`` with ``<``, ``>``
  and ``&`` written as ``\\u003c`` etc., so no ``</script>`` can close it early;
* the page script puts labels, tooltips, title, legend and caption into the DOM with
  ``textContent`` (or draws them on the canvas), never ``innerHTML``;
* a Content-Security-Policy allows only the inline scripts whose SHA-256 hashes it lists,
  no network connection, no frames, no forms, no base URL.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from explorer.export.figure import Figure

HERE = Path(__file__).resolve().parent
# The component's assets and pyvis's vis-network, located without importing Streamlit
# (the snapshot command must start fast); the same files explorer.component serves.
ASSET_DIR = HERE.parent / "component" / "assets"
VIS_SOURCE = Path(find_spec("pyvis").origin or "pyvis/__init__.py").parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
STANDALONE_JS = HERE / "assets" / "standalone.js"
EXPORT_JS = ASSET_DIR / "export.js"
FONT_FILE = ASSET_DIR / "fonts" / "DejaVuSans.ttf"

_CSS = """
html, body { margin: 0; padding: 0; background: #ffffff; color: #31333f;
  font-family: "KG DejaVu Sans", "DejaVu Sans", Arial, sans-serif; }
.kg-page { display: inline-block; padding: 12px; }
.kg-title { font-size: 22px; font-weight: bold; text-align: center; margin: 4px 0 8px 0; unicode-bidi: plaintext; }
#kg-net { background: #ffffff; border: 1px solid #d9dce3; border-radius: 6px; }
.kg-legend { display: flex; flex-wrap: wrap; justify-content: center; gap: 4px 14px;
  padding: 8px 2px 0 2px; font-size: 13px; }
.kg-legend-item { display: inline-flex; align-items: center; gap: 6px; unicode-bidi: plaintext; }
.kg-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%; border: 1px solid #555; }
.kg-shape-box, .kg-shape-square { border-radius: 2px; }
.kg-shape-diamond { transform: rotate(45deg) scale(0.85); border-radius: 1px; }
.kg-caption { font-size: 12px; color: #5c5f6b; padding-top: 6px; text-align: center; unicode-bidi: plaintext; }
.kg-tools { font-size: 12px; color: #5c5f6b; padding-top: 8px; text-align: right; }
.kg-tools button, .kg-tools select { font: inherit; }
@media print { .kg-tools { display: none; } }
div.vis-tooltip { position: absolute; visibility: hidden; padding: 6px 8px; white-space: normal;
  max-width: 420px; font-size: 13px; color: #1f2330; background-color: #fffbea;
  border: 1px solid #b8a770; border-radius: 4px; box-shadow: 2px 2px 8px rgba(0,0,0,0.2);
  pointer-events: none; z-index: 5; }
.kg-tip-head { font-weight: bold; margin-bottom: 2px; }
.kg-tip-line { white-space: pre-wrap; overflow-wrap: anywhere; }
"""

_BODY = """<div class="kg-page">
<h1 class="kg-title" hidden></h1>
<div id="kg-net"></div>
<div class="kg-legend" hidden></div>
<div class="kg-caption" hidden></div>
<div class="kg-tools">
<button type="button" id="kg-fit">Fit</button>
<select id="kg-scale" aria-label="PNG scale"><option value="1">1x</option><option value="2" selected>2x</option>
<option value="3">3x</option><option value="4">4x</option></select>
<button type="button" id="kg-png">Download PNG</button>
</div>
</div>"""


def json_for_script(value: Any) -> str:
    """JSON safe to embed in a ``<script>`` element: ``<``, ``>``, ``&``, U+2028/9 escaped."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def page_data(fig: Figure, *, filename: str = "figure") -> dict[str, Any]:
    """The JSON the standalone page draws."""
    return {
        "nodes": fig.vis_nodes(),
        "edges": fig.edges,
        "options": fig.vis_options(),
        "layout": fig.layout,
        "frozen": fig.is_frozen(),
        "seed": fig.seed,
        "width": fig.width,
        "height": fig.height,
        "title": fig.title,
        "caption": fig.caption,
        "legend": fig.legend,
        "filename": filename,
    }


@lru_cache(maxsize=1)
def _static_parts(embed_font: bool) -> tuple[str, str, str, str]:
    vis = VIS_SOURCE.read_text(encoding="utf-8")
    export = EXPORT_JS.read_text(encoding="utf-8")
    page = STANDALONE_JS.read_text(encoding="utf-8")
    font = ""
    if embed_font and FONT_FILE.is_file():
        b64 = base64.b64encode(FONT_FILE.read_bytes()).decode("ascii")
        font = f'@font-face {{ font-family: "KG DejaVu Sans"; src: url(data:font/ttf;base64,{b64}) format("truetype"); }}\n'
    for name, code in (("vis-network", vis), ("export.js", export), ("standalone.js", page)):
        if "</script" in code.lower():
            raise RuntimeError(f"{name} contains '</script' and cannot be inlined")
    return vis, export, page, font


def _hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


def to_html(fig: Figure, *, embed_font: bool = True, filename: str = "figure") -> bytes:
    """The figure as one offline HTML file (UTF-8 bytes)."""
    vis, export, page, font = _static_parts(embed_font)
    csp = (
        "default-src 'none'; "
        f"script-src {_hash(vis)} {_hash(export)} {_hash(page)}; "
        "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
        "connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )
    title = html.escape(fig.title or "Network figure", quote=True)
    doc = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp, quote=True)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="generator" content="newsgraph explorer figures">\n'
        f"<title>{title}</title>\n<style>\n{font}{_CSS}</style>\n</head>\n<body>\n{_BODY}\n"
        f'<script type="application/json" id="kg-data">{json_for_script(page_data(fig, filename=filename))}</script>\n'
        f"<script>{vis}</script>\n<script>{export}</script>\n<script>{page}</script>\n"
        "</body>\n</html>\n"
    )
    return doc.encode("utf-8")
