"""Explore in real headless Chromium against the app on a real Neo4j loaded with the seeds.

Search in Arabic and English -> the node appears -> click it -> neighbours appear -> click an
edge -> its evidence sentence appears; a shared URL restores the view; no request leaves
localhost; hostile names and sentences stay text (no script runs).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from neo4j import Driver

from explorer import service
from explorer.graph import HIGHLIGHT
from loaders.settings import Neo4jSettings
from tests.explorer_support import SEEDS, load, running_app

pytestmark = pytest.mark.e2e
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
XSS_ARTICLE = Path(__file__).parent / "data" / "xss_article.json"
QAANI = "person:esmail-qaani"
SOLEIMANI = "person:qasem-soleimani"
SEARCH = "Search an entity (any script or spelling)"


@pytest.fixture(scope="module")
def app_url(neo4j_driver: Driver, neo4j_settings: Neo4jSettings, artifacts_dir: Path
            ) -> Iterator[str]:
    from tests.conftest import wipe

    wipe(neo4j_driver, neo4j_settings.database)
    load(neo4j_driver, neo4j_settings.database, SEEDS, XSS_ARTICLE)
    service.clear_cache()
    with running_app(neo4j_settings, artifacts_dir / "e2e-app.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Tab:
    """A page plus what it tried to fetch outside localhost and the dialogs it opened."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1500, "height": 1000})
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._guard)
        self.page = self.context.new_page()
        self.page.set_default_timeout(60_000)  # 2 shared cores: be patient, not flaky
        self.page.on("dialog", self._dialog)

    def _guard(self, route: Any) -> None:
        url = route.request.url
        if urlsplit(url).hostname in ("127.0.0.1", "localhost") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str = "/") -> None:
        self.page.goto(self.base + path)
        self.wait_graph()

    def wait_graph(self) -> None:
        self.page.wait_for_function(
            "window.__kg && window.__kg.explore && window.__kg.explore.stabilized > 0",
            timeout=60_000)

    def wait_settled(self) -> None:
        """Wait until the latest data is drawn and the layout frozen (nodes stop moving)."""
        self.page.wait_for_function("window.__kg.explore.settled()", timeout=60_000)

    def node_ids(self) -> set[str]:
        return set(self.page.evaluate("window.__kg.explore.nodes.getIds()"))

    def wait_node(self, node_id: str) -> None:
        try:
            self.page.wait_for_function("(id) => window.__kg.explore.nodes.get(id) !== null",
                                        arg=node_id, timeout=60_000)
        except Exception:
            self.page.screenshot(path="/tmp/kgdev/fail.png")
            print("EVENTS", self.page.evaluate("JSON.stringify(window.__kg.explore.events)"),
                  self.page.url)
            raise

    def point(self, js_point: str, ident: str) -> tuple[float, float]:
        x, y = self.page.evaluate(
            "([id, how]) => { const a = window.__kg.explore; const p = (new Function('a', 'id', how))(a, id);"
            " const d = a.network.canvasToDOM(p); const r = a.container.getBoundingClientRect();"
            " return [r.left + d.x, r.top + d.y]; }", [ident, js_point])
        return float(x), float(y)

    def _click(self, how: str, ident: str) -> None:
        """Move there, pause like a hand would, click; once more if the click was not seen."""
        for _ in range(2):
            self.wait_settled()
            sent = self.page.evaluate("window.__kg.explore.events.length")
            x, y = self.point(how, ident)
            self.page.mouse.move(x - 3, y - 3)
            self.page.mouse.move(x, y, steps=3)
            self.page.wait_for_timeout(150)
            self.page.mouse.down()
            self.page.mouse.up()
            try:
                self.page.wait_for_function(f"window.__kg.explore.events.length > {sent}",
                                            timeout=5_000)
                return
            except Exception:  # noqa: S112 - retried once, then the caller's wait fails
                continue

    def click_node(self, node_id: str) -> None:
        self._click("return a.network.getPositions([id])[id];", node_id)

    def hover_node(self, node_id: str) -> None:
        self.wait_settled()
        self.page.mouse.move(*self.point("return a.network.getPositions([id])[id];", node_id))

    def click_edge(self, edge_id: str) -> None:
        self._click("return a.network.body.edges[id].edgeType.getPoint(0.5);", edge_id)

    def search(self, text: str, suggestion: str) -> None:
        box = self.page.get_by_label(SEARCH)
        box.fill(text)
        box.press("Enter")
        button = self.page.get_by_role("button", name=suggestion).first
        button.wait_for(timeout=60_000)
        button.click()

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def tab(browser: Any, app_url: str) -> Iterator[Tab]:
    t = Tab(browser, app_url)
    yield t
    t.close()


def test_suggestions_appear_while_typing_without_enter(tab: Tab) -> None:
    tab.open("/")
    box = tab.page.get_by_label(SEARCH)
    box.click()
    box.press_sequentially("Soleim", delay=60)  # no Enter: the box commits after a pause
    tab.page.get_by_role("button", name="Qasem Soleimani").first.wait_for(timeout=60_000)
    assert box.input_value() == "Soleim"  # typing was not interrupted by the rerun


def test_search_click_expand_edge_evidence_and_shared_url(
        tab: Tab, browser: Any, app_url: str, artifacts_dir: Path) -> None:
    tab.open("/")
    overview = tab.node_ids()
    assert len(overview) >= 10  # a newcomer sees a network without typing

    tab.search("قاآني", "Esmail Qaani")
    tab.page.wait_for_function(
        "(id) => { const a = window.__kg.explore; return a.nodes.get(id) !== null"
        " && a.nodes.length < 12; }", arg=QAANI, timeout=60_000)
    tab.wait_node(SOLEIMANI)
    tab.page.get_by_text("إسماعيل قاآني").first.wait_for(timeout=60_000)  # details panel
    tab.wait_settled()
    before = tab.node_ids()
    placed = tab.page.evaluate("window.__kg.explore.positions()")

    tab.click_node(SOLEIMANI)  # expands Soleimani: the United States appears
    tab.wait_node("country:united-states")
    tab.wait_settled()
    after = tab.node_ids()
    assert before < after
    now = tab.page.evaluate("window.__kg.explore.positions()")
    moved = [k for k in placed if abs(placed[k]["x"] - now[k]["x"]) > 1
             or abs(placed[k]["y"] - now[k]["y"]) > 1]
    assert moved == []  # nodes already placed stay where they were

    tab.click_edge(f"{QAANI}|SUCCESSOR_OF|{SOLEIMANI}")
    tab.page.get_by_text("خليفة قاسم سليماني", exact=False).first.wait_for(timeout=60_000)
    tab.page.get_by_role("heading", name="SUCCESSOR_OF").wait_for()
    box = tab.page.evaluate("(() => { const r = window.__kg.explore.container.getBoundingClientRect();"
                            " return [r.left + 8, r.top + 8]; })()")
    tab.page.mouse.move(box[0], box[1], steps=4)  # an empty corner: no tooltip in the picture
    tab.page.wait_for_timeout(700)
    tab.page.screenshot(path=str(artifacts_dir / "explore.png"))
    shared = tab.page.url
    assert "focus=person%3Aesmail-qaani" in shared and "SUCCESSOR_OF" in shared

    tab.search("Qaani", "Esmail Qaani")  # English spelling finds the same entity
    tab.wait_node(QAANI)

    other = Tab(browser, app_url)  # a colleague opens the shared link
    try:
        other.page.goto(shared)
        other.wait_graph()
        other.wait_node("country:united-states")
        assert other.node_ids() == after
        other.page.get_by_text("خليفة قاسم سليماني", exact=False).first.wait_for(timeout=60_000)
        other.page.screenshot(path=str(artifacts_dir / "explore-shared-url.png"))
        assert other.outside == []
    finally:
        other.close()
    assert tab.outside == [] and tab.dialogs == []


def test_more_node_fetches_the_next_page(tab: Tab) -> None:
    tab.open(f"/?focus={QAANI}&exp={QAANI}@2")
    assert f"more:{QAANI}" in tab.node_ids()
    count = len(tab.node_ids())
    tab.click_node(f"more:{QAANI}")
    tab.page.wait_for_function(f"window.__kg.explore.nodes.length > {count}", timeout=60_000)
    tab.page.wait_for_url("**exp=person%3Aesmail-qaani%4027**")


def test_hostile_text_stays_text(tab: Tab, artifacts_dir: Path) -> None:
    evil = "person:evil-img"
    tab.open(f"/?focus={evil}&exp={evil}@25&sel={evil}")
    page = tab.page
    page.get_by_text('<img src=x onerror="window.__xss=1">').first.wait_for(timeout=60_000)
    page.get_by_text("<script>window.__xss=9</script> قاآني الشرير").first.wait_for()
    page.get_by_text('<a href="javascript:window.__xss=11">href click</a>').first.wait_for()

    tab.wait_node("person:evil-script")
    tab.hover_node(evil)  # the tooltip shows the name as text
    tip = page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=10_000)
    assert '<img src=x onerror="window.__xss=1">' in tip.inner_text()

    tab.click_edge(f"{evil}|MET_WITH|person:evil-script")
    page.get_by_text("<script>window.__xss=2</script> in Baghdad.", exact=False).first.wait_for(
        timeout=60_000)
    tab.click_edge(f"{evil}|VISITED|location:baghdad")
    page.get_by_text('href="javascript:window.__xss=3"', exact=False).first.wait_for(timeout=60_000)

    page.goto(tab.base + "/articles?id=xss-test-article")
    page.get_by_text("<script>window.__xss=5</script> Title", exact=False).first.wait_for(
        timeout=60_000)
    page.get_by_text('<a href="javascript:window.__xss=3">href</a>', exact=False).first.wait_for()
    # Markdown in a name (image, javascript: link) is shown as text on the entity buttons
    page.get_by_role("button", name="![pwn](http://evil.example/pwn.png)", exact=False).wait_for()
    page.screenshot(path=str(artifacts_dir / "xss-article.png"))

    assert page.locator('img[src="x"]').count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert page.locator("b[onmouseover]").count() == 0
    assert page.evaluate("window.__xss") is None
    assert tab.dialogs == [] and tab.outside == []


def test_shortest_path_is_highlighted(tab: Tab) -> None:
    tab.open("/")
    sidebar = tab.page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_label("From entity").fill("Qaani")
    sidebar.get_by_label("To entity").fill("ترامب")
    sidebar.get_by_label("To entity").press("Enter")
    sidebar.get_by_role("button", name="Find path").click()
    tab.wait_node("person:donald-trump")
    tab.page.wait_for_function(
        "(c) => window.__kg.explore.edges.get().some(e => e.color === c)", arg=HIGHLIGHT)
    highlighted = tab.page.evaluate(
        "(c) => window.__kg.explore.edges.get().filter(e => e.color === c).map(e => e.id)",
        HIGHLIGHT)
    assert highlighted and any(QAANI in e for e in highlighted)
    assert any("person:donald-trump" in e for e in highlighted)
    # The URL is updated at the end of the run that drew the path: wait for it.
    tab.page.wait_for_url("**path=person%3Aesmail-qaani%2Cperson%3Adonald-trump*", timeout=30_000)
