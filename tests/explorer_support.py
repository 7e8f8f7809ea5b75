"""Helpers for the explorer's integration and e2e tests: load data, snapshot the graph,
read the graph component's data out of an AppTest run, run the app on a free port."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from neo4j import Driver

from loaders.settings import Neo4jSettings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
APP = ROOT / "explorer" / "app.py"


def load(driver: Driver, database: str, *paths: Path) -> None:
    """Load canonical article JSON files/folders with the project's loader."""
    from loaders.vocabulary import load_vocabulary
    from loaders.writer import load_paths

    report = load_paths(driver, database, list(paths), load_vocabulary(), progress=False)
    assert not report.problems, report.problems


def snapshot(driver: Driver, database: str) -> tuple[int, int, str]:
    """(nodes, relationships, checksum of every label, type and property)."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_=database)
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props",
        database_=database)
    payload = sorted(json.dumps([sorted(r["labels"]), r["props"]], sort_keys=True, ensure_ascii=False)
                     for r in nodes)
    payload += sorted(json.dumps([r["a"], r["t"], r["b"], r["props"]], sort_keys=True,
                                 ensure_ascii=False) for r in rels)
    return len(nodes), len(rels), hashlib.sha256("\n".join(payload).encode()).hexdigest()


def graph_data(app: Any) -> dict[str, Any]:
    """The data the Explore page sent to the graph component in an AppTest run."""
    elements = app.get("bidi_component")
    assert elements, "no graph component on the page"
    return json.loads(elements[0].proto.json)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_app(settings: Neo4jSettings, log_path: Path) -> Iterator[str]:
    """Run `streamlit run explorer/app.py` on a free port against ``settings``; yield its URL."""
    port = free_port()
    env = dict(os.environ, NEO4J_URI=settings.uri, NEO4J_USER=settings.user,
               NEO4J_PASSWORD=settings.password, NEO4J_DATABASE=settings.database,
               PYTHONPATH=str(ROOT))
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the app did not start; see {log_path}")
                time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def idle(page: Any) -> None:
    """Wait until Streamlit has finished the current run (its status widget no longer says
    Running). The "Make PNG" clicks once measured lost here (2 of 8) were clicks made while the
    export expander was still opening: see :func:`open_expander`."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]') ||"
        " !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
        timeout=60000)


def open_expander(page: Any, label: str) -> None:
    """Open the st.expander titled ``label`` and return once it has finished opening.

    Streamlit animates an opening expander's height for 0.5 s with ``overflow: hidden``.
    Playwright scrolls a button into view *inside* that clipped box; as the box grows the browser
    scrolls it back, so the button slides down under the pointer between mouse-down and mouse-up
    and no click is fired (measured: 20 of 20 presses lost when the button was scrolled into view
    during the animation; a person, who cannot scroll an ``overflow: hidden`` box, is not)."""
    summary = page.locator("[data-testid='stExpander'] summary", has_text=label).first
    summary.click()
    page.wait_for_function("s => s.parentElement.open && s.parentElement.getAnimations().length === 0",
                           arg=summary.element_handle(), polling="raf", timeout=30000)
