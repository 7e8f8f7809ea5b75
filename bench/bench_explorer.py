"""Explorer speed on a large synthetic graph (numbers for the closing note, not timed tests).

Measures, against the Neo4j named by NEO4J_* (use a dedicated instance):

  server   2-hop neighbourhood (25 x 25, explorer.queries.NEIGHBOURHOOD_2HOP): server time
           (result_available_after + result_consumed_after) p50/p95;
  search   explorer.service.search wall time p50/p95 (search_keys + full-text + ranking);
  overhead raw driver call vs Neo4jSource.neighbours vs the whole Explore pipeline
           (build_view + to_network + payload) for the same focus view;
  browser  (with --browser) the real app in headless Chromium: node click -> expanded graph
           painted; search Enter -> suggestions shown; a 500-node view -> layout settled,
           then the frame time of a redraw.

  NEO4J_HEAP=3g NEO4J_PAGECACHE=4g python neo4j/local_server.py start --instance bench-explorer --port 7697
  python bench/generate.py --entities 1000000 --relations 5000000 --formats loadcsv --out bench/data/explorer-1m
  (load it, e.g. with bench/bench_load.py's LOAD CSV path), then
  set -a; . .neo4j/bench-explorer/env; set +a
  python bench/bench_explorer.py --browser --out bench/RESULTS-explorer.md
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from neo4j import RoutingControl  # noqa: E402

from explorer import graph as g  # noqa: E402
from explorer import queries, service  # noqa: E402
from explorer.component import network_payload  # noqa: E402
from loaders.connection import open_driver  # noqa: E402
from loaders.settings import Neo4jSettings  # noqa: E402

SAMPLE = """
MATCH (n:Entity) WITH n LIMIT $scan
WITH n WHERE rand() < $p
RETURN n.id AS id, n.name AS name, n.name_ar AS name_ar LIMIT $limit
"""
HUBS = """
MATCH (n:Entity) WITH n LIMIT $scan
WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC LIMIT $limit
RETURN n.id AS id, degree
"""


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = max(0, min(len(values) - 1, round(q / 100 * (len(values) - 1))))
    return values[k]


def summary(values: list[float]) -> str:
    return (f"p50 {pct(values, 50):.1f} ms, p95 {pct(values, 95):.1f} ms, "
            f"max {max(values):.1f} ms (n={len(values)})")


def server_ms(driver: Any, db: str, query: str, params: dict[str, Any]) -> float:
    _, summ, _ = driver.execute_query(query, params, database_=db, routing_=RoutingControl.READ)
    return float((summ.result_available_after or 0) + (summ.result_consumed_after or 0))


SCAN = 400
"""Per-hop relationship scan cap of NEIGHBOURHOOD_2HOP (degree-aware: exact below it)."""


def bench_server(driver: Any, db: str, ids: list[str], hubs: list[str]) -> dict[str, Any]:
    """2-hop at the server. First pass over the sampled entities = as cold as the page cache
    is for them (first touch since the server started, if the run starts on a fresh server);
    second pass over the same entities = warm. The uncapped query is timed last (warm)."""
    capped = queries.NEIGHBOURHOOD_2HOP
    exact = queries.NEIGHBOURHOOD_2HOP_EXACT
    server_ms(driver, db, capped, {"id": ids[0], "limit": 25, "scan": SCAN})  # plan cache
    server_ms(driver, db, exact, {"id": ids[0], "limit": 25})
    first = [server_ms(driver, db, capped, {"id": i, "limit": 25, "scan": SCAN}) for i in ids]
    warm = [server_ms(driver, db, capped, {"id": i, "limit": 25, "scan": SCAN}) for i in ids]
    hub_ms = [server_ms(driver, db, capped, {"id": i, "limit": 25, "scan": SCAN}) for i in hubs]
    exact_ms = [server_ms(driver, db, exact, {"id": i, "limit": 25}) for i in ids]
    exact_hubs = [server_ms(driver, db, exact, {"id": i, "limit": 25}) for i in hubs]
    return {"two_hop_random": first, "two_hop_warm": warm, "two_hop_hubs": hub_ms,
            "two_hop_exact": exact_ms, "two_hop_exact_hubs": exact_hubs}


def bench_search(driver: Any, db: str, sample: list[dict[str, Any]]) -> dict[str, Any]:
    queries_: list[str] = []
    for row in sample:
        name = row["name"] or ""
        queries_ += [name, row["name_ar"] or name, name.split(" ")[-1][:5], name.lower()[:-1]]
    queries_ = [q for q in queries_ if q.strip()]
    for q in queries_[:5]:
        service.search(driver, db, q)
    times, hits = [], 0
    for q in queries_:
        t0 = time.perf_counter()
        res = service.search(driver, db, q)
        times.append((time.perf_counter() - t0) * 1000)
        hits += bool(res)
    return {"search": times, "search_hit_rate": hits / max(1, len(queries_))}


def bench_overhead(driver: Any, db: str, ids: list[str]) -> dict[str, Any]:
    source = service.Neo4jSource(driver, db, cache=False)
    raw, wrapped, pipeline = [], [], []
    params = {**g.Filters().params(), "limit": 25}
    for i in ids:
        t0 = time.perf_counter()
        driver.execute_query(queries.NEIGHBOURS, {**params, "id": i}, database_=db,
                             routing_=RoutingControl.READ)
        t1 = time.perf_counter()
        source.neighbours(i, g.Filters(), 25)
        t2 = time.perf_counter()
        vm = g.build_view(g.focus_on(g.ViewState(), i), source)
        network_payload(g.to_network(vm))
        t3 = time.perf_counter()
        raw.append((t1 - t0) * 1000)
        wrapped.append((t2 - t1) * 1000)
        pipeline.append((t3 - t2) * 1000)
    return {"raw_driver": raw, "neighbours_fn": wrapped, "explore_pipeline": pipeline}


def bench_browser(settings: Neo4jSettings, ids: list[str], hub: str, names: list[str],
                  out_dir: Path) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    from tests.explorer_support import running_app

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    res: dict[str, Any] = {"click_to_painted": [], "click_to_settled": [], "click_to_data": [],
                           "suggestions": []}
    with running_app(settings, out_dir / "bench-app.log") as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.set_default_timeout(120_000)
        page.add_init_script(
            "window.addEventListener('pointerdown', () => { window.__t0 = performance.now(); }, true);")
        for node_id in ids:
            page.goto(f"{url}/?focus={node_id}&exp={node_id}@25")
            page.wait_for_function("window.__kg && window.__kg.explore && window.__kg.explore.settled()")
            targets = page.evaluate(
                "(id) => window.__kg.explore.nodes.getIds().filter(x => x !== id && !x.startsWith('more:'))",
                node_id)
            if not targets:
                continue
            target = targets[0]
            before = page.evaluate("[window.__kg.explore.nodes.length, window.__kg.explore.dataVersion]")
            x, y = page.evaluate(
                "(id) => { const a = window.__kg.explore; const d = a.network.canvasToDOM("
                "a.network.getPositions([id])[id]); const r = a.container.getBoundingClientRect();"
                " return [r.left + d.x, r.top + d.y]; }", target)
            page.mouse.move(x, y, steps=2)
            page.wait_for_timeout(150)
            page.mouse.down()
            page.mouse.up()
            try:
                page.wait_for_function(
                    f"window.__kg.explore.dataVersion > {before[1]} && window.__kg.explore.settled()",
                    timeout=30_000)
            except Exception:  # noqa: BLE001 - a missed click is reported, not fatal
                continue
            painted, settled, data_in = page.evaluate(
                "[window.__kg.explore.drawnAt - window.__t0, window.__kg.explore.stableAt - window.__t0,"
                " window.__kg.explore.receivedAt - window.__t0]")
            res["click_to_data"].append(float(data_in))
            res["click_to_painted"].append(float(painted))
            res["click_to_settled"].append(float(settled))
        page.goto(f"{url}/?focus={ids[0]}")
        page.wait_for_function("window.__kg && window.__kg.explore && window.__kg.explore.settled()")
        box = page.get_by_label("Search an entity (any script or spelling)")
        for q in names:
            box.fill(q)
            t0 = time.perf_counter()
            box.press("Enter")
            try:
                page.locator('[data-testid="stButton"] button').filter(
                    has_text="article").first.wait_for(timeout=30_000)
            except Exception:  # noqa: BLE001
                continue
            res["suggestions"].append((time.perf_counter() - t0) * 1000)
            page.wait_for_timeout(300)
        t0 = time.perf_counter()
        page.goto(f"{url}/?focus={hub}&exp={hub}@500")
        page.wait_for_function(
            "window.__kg && window.__kg.explore && window.__kg.explore.settled()", timeout=180_000)
        res["view500_nodes"] = page.evaluate("window.__kg.explore.nodes.length")
        res["view500_open_to_settled_s"] = time.perf_counter() - t0
        res["view500_layout_ms"] = page.evaluate(
            "window.__kg.explore.stableAt - window.__kg.explore.receivedAt")
        res["view500_redraw_ms"] = page.evaluate(
            "(() => { const n = window.__kg.explore.network; const t = performance.now();"
            " for (let i = 0; i < 20; i++) n.redraw(); return (performance.now() - t) / 20; })()")
        # Panning: vis hides edges while the view is dragged (hideEdgesOnDrag on large views);
        # time each frame drawn during a drag from an empty corner of the canvas.
        page.evaluate(
            "(() => { const a = window.__kg.explore; a.__frames = []; let t = 0;"
            " a.network.on('beforeDrawing', () => { t = performance.now(); });"
            " a.network.on('afterDrawing', () => { a.__frames.push(performance.now() - t); }); })()")
        left, top = page.evaluate(
            "(() => { const r = window.__kg.explore.container.getBoundingClientRect(); return [r.left, r.top]; })()")
        page.mouse.move(left + 15, top + 15)
        page.mouse.down()
        for i in range(1, 31):
            page.mouse.move(left + 15 + 6 * i, top + 15 + 3 * i)
        page.mouse.up()
        page.wait_for_timeout(300)
        res["view500_pan_frames_ms"] = page.evaluate("window.__kg.explore.__frames")
        page.screenshot(path=str(out_dir / "bench-500-nodes.png"))
        browser.close()
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="sampled entities for server timings")
    ap.add_argument("--browser", action="store_true", help="also time the app in Chromium")
    ap.add_argument("--clicks", type=int, default=10)
    ap.add_argument("--search-n", type=int, default=40, help="sampled names for search timings")
    ap.add_argument("--out", type=Path, default=None, help="write a Markdown report here")
    a = ap.parse_args(argv)
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    settings = Neo4jSettings.from_env()
    driver = open_driver(settings)
    db = settings.database
    random.seed(7)
    counts, _, _ = driver.execute_query(queries.GRAPH_COUNTS, database_=db)
    n_nodes, n_rels = counts[0]["nodes"], counts[0]["relationships"]
    scan = min(n_nodes, 200_000)
    sample, _, _ = driver.execute_query(
        SAMPLE, {"scan": scan, "p": min(1.0, 5 * a.n / max(1, scan)), "limit": a.n}, database_=db)
    sample_rows = [r.data() for r in sample]
    ids = [r["id"] for r in sample_rows]
    hubs_rows, _, _ = driver.execute_query(HUBS, {"scan": scan, "limit": 20}, database_=db)
    hubs = [r["id"] for r in hubs_rows]
    print(f"graph: {n_nodes:,} nodes, {n_rels:,} relationships; {len(ids)} sampled, "
          f"hub degree {hubs_rows[0]['degree']:,}", flush=True)
    res: dict[str, Any] = {}
    res.update(bench_server(driver, db, ids, hubs))
    print("2-hop (first): ", summary(res["two_hop_random"]), flush=True)
    print("2-hop (warm):  ", summary(res["two_hop_warm"]), flush=True)
    print("2-hop (hubs):  ", summary(res["two_hop_hubs"]), flush=True)
    print("2-hop exact:   ", summary(res["two_hop_exact"]), flush=True)
    print("2-hop exact hubs:", summary(res["two_hop_exact_hubs"]), flush=True)
    res["keys_index"] = service.search_keys_index(driver, db)
    res.update(bench_search(driver, db, sample_rows[: a.search_n]))
    print("search:        ", summary(res["search"]), f"hit rate {res['search_hit_rate']:.0%}",
          flush=True)
    res.update(bench_overhead(driver, db, ids[:50]))
    for k in ("raw_driver", "neighbours_fn", "explore_pipeline"):
        print(f"{k:15s}", summary(res[k]), flush=True)
    if a.browser:
        out_dir = ROOT / "test-artifacts"
        out_dir.mkdir(exist_ok=True)
        names = [r["name"] for r in sample_rows[:3]] + [r["name_ar"] for r in sample_rows[:2] if r["name_ar"]]
        res.update(bench_browser(settings, ids[: a.clicks], hubs[0], names, out_dir))
        print("click->painted:", summary(res["click_to_painted"]), flush=True)
        print("click->settled:", summary(res["click_to_settled"]), flush=True)
        print("click->data:   ", summary(res["click_to_data"]), flush=True)
        print("suggestions:   ", summary(res["suggestions"]), flush=True)
        print(f"500-node view: {res['view500_nodes']} nodes, layout {res['view500_layout_ms']:.0f} ms, "
              f"open->settled {res['view500_open_to_settled_s']:.1f} s, "
              f"redraw {res['view500_redraw_ms']:.1f} ms/frame", flush=True)
        print("500-node pan frames:", summary(res["view500_pan_frames_ms"] or [float("nan")]), flush=True)
    if a.out:
        a.out.write_text(render(n_nodes, n_rels, res), encoding="utf-8")
    driver.close()
    return 0


def render(n_nodes: int, n_rels: int, res: dict[str, Any]) -> str:
    lines = [
        "# Explorer benchmark", "",
        f"Graph: {n_nodes:,} nodes, {n_rels:,} relationships (bench/generate.py). "
        f"Machine: {os.cpu_count()} cores shared with other work. Command: "
        "`python bench/bench_explorer.py --browser --out bench/RESULTS-explorer.md`.", "",
        "| measure | result | target |", "| --- | --- | --- |",
        f"| 2-hop (25x25, scan cap {SCAN}/hop), server, random entities, first pass | {summary(res['two_hop_random'])} | p95 <= 50 ms |",
        f"| 2-hop (25x25, scan cap {SCAN}/hop), server, same entities again (warm) | {summary(res['two_hop_warm'])} | p95 <= 50 ms |",
        f"| 2-hop (25x25, scan cap {SCAN}/hop), server, top hubs | {summary(res['two_hop_hubs'])} | |",
        f"| 2-hop exact (no cap, sorts every relationship), warm, random entities | {summary(res['two_hop_exact'])} | |",
        f"| 2-hop exact (no cap), top hubs | {summary(res['two_hop_exact_hubs'])} | |",
        f"| search suggestions (service.search; keys index: {res.get('keys_index') or 'none, label scan'}) | {summary(res['search'])} | <= 300 ms |",
        f"| neighbours: raw driver call | {summary(res['raw_driver'])} | |",
        f"| neighbours: Neo4jSource.neighbours | {summary(res['neighbours_fn'])} | |",
        f"| focus view: build_view + to_network + payload | {summary(res['explore_pipeline'])} | |",
    ]
    if "click_to_painted" in res:
        lines += [
            f"| browser: node click -> expanded graph painted | {summary(res['click_to_painted'])} | <= 1 s |",
            f"| browser: node click -> new nodes placed, layout frozen | {summary(res['click_to_settled'])} | |",
            f"| browser: node click -> new data reaches the component (Streamlit round trip + rerun) | {summary(res['click_to_data'])} | |",
            f"| browser: Enter -> suggestions shown | {summary(res['suggestions'])} | <= 300 ms |",
            f"| browser: {res['view500_nodes']}-node view, layout to frozen | {res['view500_layout_ms']:.0f} ms | <= 3 s |",
            f"| browser: {res['view500_nodes']}-node view, open URL -> settled | {res['view500_open_to_settled_s']:.1f} s | |",
            f"| browser: {res['view500_nodes']}-node view, full redraw (all edges) | {res['view500_redraw_ms']:.1f} ms/frame | interactive |",
            f"| browser: {res['view500_nodes']}-node view, frames while panning (edges hidden during the drag) | {summary(res['view500_pan_frames_ms'] or [float('nan')])} | interactive |",
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
