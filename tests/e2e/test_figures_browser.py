"""Figures in real headless Chromium: PNG sizes, offline HTML, XSS, reproducible images."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from explorer.export.browser import chromium, png_size, render
from explorer.export.figure import apply_layout, with_positions
from explorer.export.html import to_html
from explorer.export.samples import seed_figure

pytestmark = pytest.mark.e2e

XSS_NAME = '<img src=x onerror="window.__xss=1">Qaani</script><script>window.__xss=2</script>'
XSS_SENTENCE = '<a href="javascript:window.__xss=3">href</a><svg onload="window.__xss=4">'


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.mark.parametrize("scale", [1, 2, 4])
def test_png_dimensions_match_the_scale(browser: Any, scale: int) -> None:
    fig = seed_figure(title="", caption="", legend=[], width=900, height=500)
    out = render(fig, scale=scale, browser=browser)
    assert out.png is not None
    assert png_size(out.png) == (900 * scale, 500 * scale)


def test_png_at_a_chosen_width_with_title_legend_caption_bands(browser: Any, artifacts_dir: Path) -> None:
    fig = seed_figure(width=1000, height=600)
    out = render(fig, width=3000, browser=browser)
    assert out.png is not None
    w, h = png_size(out.png)
    assert w == 3000 and h > 1800  # title above, legend and caption below
    (artifacts_dir / "figure_seed_3000px.png").write_bytes(out.png)
    img = Image.open(io.BytesIO(out.png)).convert("RGB")
    # The title band is drawn: dark pixels in the top band, centred.
    band = img.crop((1000, 0, 2000, 100)).convert("L")
    assert band.getextrema()[0] < 80


def test_transparent_background(browser: Any) -> None:
    out = render(seed_figure(title="", caption="", legend=[]), scale=1, background="transparent",
                 browser=browser)
    assert out.png is not None
    img = Image.open(io.BytesIO(out.png)).convert("RGBA")
    assert img.getpixel((2, 2))[3] == 0
    assert img.getchannel("A").getextrema() == (0, 255)  # the graph itself is opaque


def test_offline_html_draws_with_network_disabled_and_makes_no_request(
    browser: Any, tmp_path: Path, artifacts_dir: Path
) -> None:
    fig = seed_figure()
    path = tmp_path / "figure.html"
    path.write_bytes(to_html(fig))
    context = browser.new_context(offline=True, viewport={"width": 1400, "height": 1100})
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        ("file:", "data:", "blob:", "about:")) else route.abort())
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=30000)
    external = [u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))]
    assert external == [] and errors == []
    # The canvas is not blank: many non-white pixels where the graph is.
    coloured = page.evaluate(
        """() => { const c = document.querySelector('#kg-net canvas');
                   const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i+3] > 0 && (d[i] < 200 || d[i+1] < 200)) n++;
                   return n; }"""
    )
    assert coloured > 2000
    assert page.locator(".kg-title").inner_text() == "Qaani in Baghdad"
    assert "Organization" in page.locator(".kg-legend").inner_text()
    page.screenshot(path=str(artifacts_dir / "figure_offline_html.png"))
    context.close()


def test_xss_payload_in_names_and_sentences_does_not_run(browser: Any, tmp_path: Path) -> None:
    fig = seed_figure(title=XSS_NAME, caption=XSS_SENTENCE)
    fig.nodes[0]["label"] = XSS_NAME
    fig.nodes[0]["title"] = XSS_SENTENCE
    fig.edges[0]["title"] = XSS_SENTENCE
    fig.edges[0]["label"] = XSS_NAME
    fig.legend[0]["label"] = XSS_NAME
    path = tmp_path / "xss.html"
    path.write_bytes(to_html(fig))
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=30000)
    # Hover the node so its tooltip (the sentence) is put in the page.
    box = page.evaluate(
        """(id) => { const n = window.__kg.figure.network; return n.canvasToDOM(n.getPositions([id])[id]); }""",
        fig.nodes[0]["id"],
    )
    canvas = page.locator("#kg-net canvas").bounding_box()
    page.mouse.move(canvas["x"] + box["x"], canvas["y"] + box["y"])
    page.wait_for_timeout(600)
    assert page.evaluate("() => window.__xss") is None
    assert dialogs == []
    assert page.locator(".kg-title").inner_text() == XSS_NAME
    assert page.locator(".kg-caption").inner_text() == XSS_SENTENCE
    assert page.locator("img, svg[onload], a[href^='javascript']").count() == 0
    tip = page.locator("div.vis-tooltip")
    if tip.count():
        assert XSS_SENTENCE in tip.inner_text()
    page.close()


def test_saved_view_exported_twice_gives_identical_bytes(browser: Any) -> None:
    first = render(seed_figure(), png=False, browser=browser)
    frozen = with_positions(seed_figure(), first.positions)
    a = render(frozen, scale=2, browser=browser)
    b = render(frozen, scale=2, browser=browser)
    assert a.png is not None and a.png == b.png
    # Positions do not drift when a frozen view is drawn again.
    assert b.positions == frozen.positions


def test_seeded_physics_is_deterministic(browser: Any) -> None:
    a = render(seed_figure(seed=11), png=False, browser=browser).positions
    b = render(seed_figure(seed=11), png=False, browser=browser).positions
    assert a == b


def test_circular_and_hierarchical_layouts_keep_their_positions(browser: Any) -> None:
    for layout in ("circular", "hierarchical"):
        fig = apply_layout(seed_figure(), layout)
        out = render(fig, png=False, browser=browser)
        for nid, (x, y) in fig.positions.items():
            assert abs(out.positions[nid][0] - x) < 0.6 and abs(out.positions[nid][1] - y) < 0.6


def test_snapshot_command_png_twice_identical_and_svg(tmp_path: Path) -> None:
    """`python -m explorer snapshot --view NAME` (a fresh process, as a user runs it): 4x PNG
    of the right size, the same bytes on a second run, and an SVG holding every node with
    its Arabic label as text."""
    import os
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from explorer.views import SavedView, save_view

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "NEWSGRAPH_VIEWS_DIR": str(tmp_path / "views"), "PYTHONPATH": str(root)}
    fig = apply_layout(seed_figure(title="", caption="", legend=[], width=800, height=450), "circular")
    save_view(SavedView("qaani", fig), tmp_path / "views")
    a, b, svg = tmp_path / "a.png", tmp_path / "b.png", tmp_path / "c.svg"

    def snapshot(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "explorer", "snapshot", "--view", "qaani", *args],
                              env=env, cwd=root, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "PNG 3200x1800" in snapshot("--format", "png", "--scale", "4", "-o", str(a))
    snapshot("--format", "png", "--scale", "4", "-o", str(b))
    assert png_size(a.read_bytes()) == (3200, 1800)
    assert a.read_bytes() == b.read_bytes()
    snapshot("-o", str(svg))
    texts = [t.text or "" for t in ET.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}text")]
    assert any("إسماعيل قاآني" in t for t in texts) and any("قاسم سليماني" in t for t in texts)
