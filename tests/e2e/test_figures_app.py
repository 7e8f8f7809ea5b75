"""Figures inside the whole app (st.navigation) on a real Neo4j with the seeds: a saved view
opens from `/?view=NAME`; Explore's export panel makes a PNG through the component."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from explorer import service
from explorer.export.browser import chromium, png_size
from explorer.export.figure import apply_layout
from explorer.export.samples import seed_figure
from explorer.views import SavedView, save_view
from loaders.settings import Neo4jSettings
from tests.explorer_support import SEEDS, idle, load, open_expander, running_app

pytestmark = [pytest.mark.e2e, pytest.mark.integration]
QAANI = "person:esmail-qaani"
LOCAL = ("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")


@pytest.fixture(scope="module")
def app_url(neo4j_driver: Driver, neo4j_settings: Neo4jSettings, tmp_path_factory: pytest.TempPathFactory,
            artifacts_dir: Path) -> Iterator[str]:
    from tests.conftest import wipe

    wipe(neo4j_driver, neo4j_settings.database)
    load(neo4j_driver, neo4j_settings.database, SEEDS)
    service.clear_cache()
    views = tmp_path_factory.mktemp("views")
    save_view(SavedView("qaani", apply_layout(seed_figure(width=900, height=500), "circular")), views)
    mp = pytest.MonkeyPatch()
    mp.setenv("NEWSGRAPH_VIEWS_DIR", str(views))
    try:
        with running_app(neo4j_settings, artifacts_dir / "figures_app.log") as url:
            yield url
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def open_page(browser: Any, url: str) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": 1600, "height": 1400})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(LOCAL) else None)
    page.goto(url)
    page.wait_for_function("() => window.__kg && Object.values(window.__kg).some(a => a.renderCount > 0)",
                           timeout=90000)
    return page, outside


def test_view_link_opens_the_figures_page(app_url: str, browser: Any) -> None:
    page, outside = open_page(browser, f"{app_url}/?view=qaani")
    page.get_by_text("saved view “qaani”").wait_for(timeout=30000)
    keys = page.evaluate("() => Object.keys(window.__kg)")
    assert any(k.startswith("figure") for k in keys)
    assert outside == []
    page.close()


def test_explore_export_panel_makes_a_png(app_url: str, browser: Any, artifacts_dir: Path) -> None:
    page, outside = open_page(browser, f"{app_url}/?focus={QAANI}&exp={QAANI}@25")
    page.wait_for_function("() => window.__kg.explore && window.__kg.explore.stabilized > 0", timeout=90000)
    idle(page)
    open_expander(page, "Export figure")  # a click while it is still opening can be lost
    page.get_by_role("button", name="Make PNG").click()
    button = page.get_by_role("button", name="Download PNG")
    button.wait_for(timeout=60000)
    with page.expect_download() as info:
        button.click()
    data = Path(info.value.path()).read_bytes()
    width = page.evaluate("() => window.__kg.explore.network.canvas.frame.canvas.clientWidth")
    assert png_size(data)[0] == 2 * width
    (artifacts_dir / "figures_explore_export.png").write_bytes(data)
    assert outside == []
    page.close()
