"""The Cypher page in real headless Chromium against the app on a real Neo4j loaded with the seed.

Type a query, run it with Ctrl+Enter, see the table, switch to the graph, click a node and read
its details; a refused write shows a clear message; a runaway query times out while a second
browser tab is served.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from loaders.settings import Neo4jSettings
from loaders.vocabulary import core_vocabulary
from loaders.writer import load_paths

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_86c97502cca546cd.json"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _entry() -> tuple[str, str]:
    """The app with its router when it wires the Cypher page, else the page on its own."""
    app = ROOT / "explorer" / "app.py"
    if "cypher.py" in app.read_text(encoding="utf-8"):
        return "explorer/app.py", "cypher"
    return "explorer/app_pages/cypher.py", ""


@pytest.fixture(scope="module")
def console_url(neo4j_driver: Driver, neo4j_settings: Neo4jSettings, artifacts_dir: Path) -> Iterator[str]:
    db = neo4j_settings.database
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=db)
    report = load_paths(neo4j_driver, db, [SEED], core_vocabulary(), progress=False)
    assert not report.problems
    script, path = _entry()
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    log = (artifacts_dir / "console_streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                pytest.fail(f"streamlit did not start: see {log.name}")
            time.sleep(0.3)
        yield f"{base}/{path}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser: Any, url: str) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
    page.goto(url)
    page.get_by_role("heading", name="Cypher console").wait_for(timeout=60000)
    return page, outside


def _run(page: Any, query: str) -> None:
    editor = page.get_by_label("Cypher", exact=True).and_(page.locator("textarea"))
    editor.fill(query)
    editor.press("Control+Enter")


def _grid(page: Any, column: str) -> Any:
    """The result table: the data grid whose header has ``column``."""
    header = page.locator("th[role=columnheader]", has_text=column)
    return page.locator("[data-testid=stDataFrame]").filter(has=header).first


def test_type_run_table_graph_click(console_url: str, browser: Any, artifacts_dir: Path) -> None:
    page, outside = _open(browser, console_url)
    _run(page, "MATCH p = (e:Entity {id: 'person:esmail-qaani'})-[]-(:Entity)\n"
               "RETURN e.name AS name, p")
    page.get_by_text("rows ·").first.wait_for(timeout=30000)
    # The table: one row per path, node names readable in the grid's cells.
    cells = _grid(page, "name").locator("td[role=gridcell]")
    cells.first.wait_for(state="attached", timeout=30000)
    texts = cells.all_text_contents()
    assert any("SUCCESSOR_OF" in t and "Qasem Soleimani" in t for t in texts), texts
    assert "Esmail Qaani" in texts
    # The graph tab: the shared clickable component draws the result.
    page.get_by_role("tab", name="Graph").click()
    page.wait_for_function(
        "() => window.__kg && window.__kg['cy_graph_view'] && window.__kg['cy_graph_view'].stabilized",
        timeout=60000,
    )
    nodes = page.evaluate(
        """() => { const k = window.__kg['cy_graph_view'], net = k.network, ids = k.nodes.getIds();
                   const pos = net.getPositions(ids);
                   return ids.map(id => ({id, label: k.nodes.get(id).label, at: net.canvasToDOM(pos[id])})); }"""
    )
    assert len(nodes) >= 5
    target = next(n for n in nodes if n["label"].startswith("Qasem Soleimani"))
    box = page.locator(".kg-net canvas").first.bounding_box()
    # Clicking reaches Python: the node's details (names in both scripts, properties) appear.
    # Move there and pause as a hand would; click once more if the first click was not seen.
    x, y = box["x"] + target["at"]["x"], box["y"] + target["at"]["y"]
    for attempt in range(2):
        page.mouse.move(x - 3, y - 3)
        page.mouse.move(x, y, steps=3)
        page.wait_for_timeout(150)
        page.mouse.down()
        page.mouse.up()
        try:
            page.get_by_text("Qasem Soleimani · ").first.wait_for(timeout=15000 * (attempt + 1))
            break
        except Exception:  # noqa: S112 - retried once, then the wait below fails loudly
            continue
    page.get_by_text("Qasem Soleimani · ").first.wait_for(timeout=15000)
    page.get_by_text("person:qasem-soleimani").first.wait_for(state="attached", timeout=10000)
    page.screenshot(path=str(artifacts_dir / "console_graph_click.png"), full_page=True)
    # Double-click expands the node in place: Soleimani's other neighbours join the graph.
    before = len(nodes)
    at = page.evaluate(
        """(id) => { const net = window.__kg['cy_graph_view'].network;
                     return net.canvasToDOM(net.getPositions([id])[id]); }""", target["id"])
    page.mouse.dblclick(box["x"] + at["x"], box["y"] + at["y"])
    page.wait_for_function(
        "(n) => window.__kg['cy_graph_view'].nodes.length > n", arg=before, timeout=30000)
    labels = page.evaluate("() => window.__kg['cy_graph_view'].nodes.get().map(n => n.label)")
    assert any(label.startswith("United States") for label in labels), labels
    assert outside == [], outside


def test_refused_write_and_timeout_are_explained(console_url: str, browser: Any,
                                                 artifacts_dir: Path) -> None:
    page, _ = _open(browser, console_url)
    _run(page, "MATCH (n) DETACH DELETE n")
    page.get_by_text("Query refused").wait_for(timeout=30000)
    assert page.get_by_text("line 1, column 11").count() >= 1
    assert page.get_by_text("Traceback").count() == 0
    # A runaway query with a 10 s limit: another tab is served meanwhile, then a clear message.
    other, _ = _open(browser, console_url)
    page.get_by_label("Timeout (s)").fill("10")
    _run(page, "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n")
    started = time.perf_counter()
    page.get_by_text("Running (stops after 10 s)").wait_for(timeout=10000)
    _run(other, "RETURN 41 + 1 AS answer")
    answer = _grid(other, "answer").locator("td[role=gridcell]").first
    answer.wait_for(state="attached", timeout=30000)
    served_after = time.perf_counter() - started
    assert answer.text_content() == "42"
    assert page.get_by_text("Query timed out").count() == 0, "the runaway is still running"
    page.get_by_text("Query timed out").wait_for(timeout=30000)
    timed_out_after = time.perf_counter() - started
    assert served_after < timed_out_after < 25
    print(f"other tab served after {served_after:.1f} s; timeout shown after {timed_out_after:.1f} s")
    page.screenshot(path=str(artifacts_dir / "console_timeout.png"), full_page=True)
    other.close()
    page.close()
