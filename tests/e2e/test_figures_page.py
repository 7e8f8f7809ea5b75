"""The Figures page in real Chromium: a saved view opened from the URL, PNG export through
the component (browser -> Python trigger -> download), SVG, presentation mode."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from explorer.export.browser import chromium, png_size
from explorer.export.figure import apply_layout
from explorer.export.samples import seed_figure
from explorer.views import SavedView, save_view
from tests.explorer_support import idle, open_expander

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    views = tmp_path_factory.mktemp("views")
    save_view(SavedView("qaani", apply_layout(seed_figure(width=1000, height=560), "hierarchical",
                                              root="person:esmail-qaani")), views)
    port = free_port()
    env = {**os.environ, "NEWSGRAPH_VIEWS_DIR": str(views), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "explorer" / "app_pages" / "figures.py"),
         "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.3)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def open_view(browser: Any, url: str) -> Any:
    page = browser.new_page(viewport={"width": 1500, "height": 1300})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(
        ("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")) else None)
    page.goto(url)
    page.wait_for_function("() => window.__kg && Object.values(window.__kg).some(a => a.renderCount > 0)",
                           timeout=60000)
    page.outside = outside  # type: ignore[attr-defined]
    return page


def make_and_wait(page: Any, make: str, download: str) -> Any:
    """Click ``make`` once; return the ``download`` button once the browser's export arrived.

    One click only: if the request is lost on its way to the graph component, this fails."""
    page.get_by_role("button", name=make).click()
    button = page.get_by_role("button", name=download)
    button.wait_for(timeout=30000)
    return button


def test_saved_view_opens_from_url_and_exports_png_at_scale(app: str, browser: Any, artifacts_dir: Path) -> None:
    page = open_view(browser, f"{app}/?view=qaani")
    positions = page.evaluate("() => Object.values(window.__kg)[0].positions()")
    assert positions["person:esmail-qaani"] == {"x": 0, "y": 0}  # the saved position
    idle(page)  # a click while Streamlit is still running the page can be lost
    open_expander(page, "Export figure")  # a click while it is still opening can be lost
    button = make_and_wait(page, "Make PNG", "Download PNG")
    with page.expect_download() as info:
        button.click()
    data = Path(info.value.path()).read_bytes()
    w, h = png_size(data)
    canvas_w = page.evaluate("() => Object.values(window.__kg)[0].network.canvas.frame.canvas.clientWidth")
    assert canvas_w == 1000 and w == 2 * canvas_w and h > 2 * 560
    (artifacts_dir / "figures_page_export.png").write_bytes(data)
    assert Image.open(io.BytesIO(data)).convert("L").getextrema()[0] < 100  # something drawn
    assert page.outside == []  # type: ignore[attr-defined]
    page.close()


def test_svg_export_from_browser_positions(app: str, browser: Any) -> None:
    page = open_view(browser, f"{app}/?view=qaani")
    idle(page)
    open_expander(page, "Export figure")
    select = page.locator("[data-testid='stExpander'] [data-testid='stSelectbox'] input").first
    select.wait_for()
    select.click()
    page.keyboard.type("SVG")
    page.keyboard.press("Enter")
    idle(page)  # choosing the format reruns the page
    button = make_and_wait(page, "Make SVG", "Download SVG")
    with page.expect_download() as info:
        button.click()
    root = ET.fromstring(Path(info.value.path()).read_bytes())
    ids = {g.get("data-id") for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"}
    assert len(ids) == 7
    page.close()


def test_presentation_mode_shows_only_network_legend_caption(app: str, browser: Any, artifacts_dir: Path) -> None:
    page = open_view(browser, f"{app}/?view=qaani&present=1")
    page.wait_for_timeout(500)
    assert not page.locator("[data-testid='stSidebar']").is_visible()
    assert not page.locator("header[data-testid='stHeader']").is_visible()
    assert page.get_by_text("Export figure").count() == 0
    assert page.get_by_text("Sources: Al-Araby Al-Jadeed, 2020-11").count() >= 1
    page.screenshot(path=str(artifacts_dir / "figures_presentation.png"))
    page.close()
