"""Benchmark figures: a 4x PNG of a 300-node view in the browser, and the snapshot command.

    .venv/bin/python bench/bench_figures.py [--nodes 300] [--runs 5]

1. In headless Chromium, a 300-node view (synthetic, Arabic + English labels) is drawn
   (seeded physics, stabilised, frozen); then ``kgExport.png(scale=4)`` — the code the app's
   "Make PNG" button runs — is timed (in-browser time, and with the transfer to Python).
   Target: <= 2 s.
2. ``python -m explorer snapshot --view NAME --format png --scale 4 -o FILE`` is run as a
   fresh process (Python start, browser start, draw, PNG, write), for a frozen saved view and
   for a --layout physics one. Target: <= 10 s.

Prints a table and writes bench/results/figures.json. No database needed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.export.browser import chromium, png_size  # noqa: E402
from explorer.export.figure import with_positions  # noqa: E402
from explorer.export.samples import synthetic_figure  # noqa: E402
from explorer.views import SavedView, save_view  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    fig = synthetic_figure(args.nodes)
    out: dict[str, object] = {"nodes": len(fig.nodes), "edges": len(fig.edges), "canvas": [fig.width, fig.height],
                              "load_average": os.getloadavg()[0]}

    with chromium() as browser:
        page = browser.new_page(viewport={"width": fig.width + 60, "height": fig.height + 260})
        from explorer.export.html import to_html

        t0 = time.perf_counter()
        page.set_content(to_html(fig).decode("utf-8"), wait_until="load")
        page.wait_for_function("() => !!(window.__kg && window.__kg.figure && window.__kg.figure.ready)",
                               timeout=120000)
        out["draw_and_settle_s"] = round(time.perf_counter() - t0, 3)
        in_browser, round_trip, size = [], [], (0, 0)
        for _ in range(args.runs):
            t1 = time.perf_counter()
            res = page.evaluate("() => window.__kg.figure.png({scale: 4})")
            round_trip.append(time.perf_counter() - t1)
            in_browser.append(res["ms"] / 1000.0)
            size = (res["width"], res["height"])
        out["png4x_size"] = list(size)
        out["png4x_in_browser_s"] = {"median": round(statistics.median(in_browser), 3), "max": round(max(in_browser), 3)}
        out["png4x_with_transfer_s"] = {"median": round(statistics.median(round_trip), 3), "max": round(max(round_trip), 3)}
        positions = page.evaluate("() => window.__kg.figure.positions()")
        page.close()
        frozen = with_positions(fig, positions)

    with tempfile.TemporaryDirectory() as tmp:
        views = Path(tmp) / "views"
        save_view(SavedView("bench", frozen), views)
        env = {**os.environ, "NEWSGRAPH_VIEWS_DIR": str(views), "PYTHONPATH": str(ROOT)}
        for label, extra in (("snapshot_frozen_view_s", []), ("snapshot_physics_layout_s", ["--layout", "physics"])):
            times = []
            for i in range(max(1, args.runs // 2)):
                target = Path(tmp) / f"out{i}.png"
                t2 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "explorer", "snapshot", "--view", "bench", "--format", "png",
                                "--scale", "4", "-o", str(target), *extra], check=True, env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL)
                times.append(time.perf_counter() - t2)
                out[label.replace("_s", "_png_size")] = list(png_size(target.read_bytes()))
            out[label] = {"median": round(statistics.median(times), 3), "max": round(max(times), 3)}

    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "figures.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))
    ok_png = out["png4x_in_browser_s"]["median"] <= 2.0  # type: ignore[index]
    ok_cli = out["snapshot_frozen_view_s"]["median"] <= 10.0  # type: ignore[index]
    print(f"4x PNG of {len(fig.nodes)} nodes in the browser <= 2 s: {'yes' if ok_png else 'NO'}; "
          f"snapshot <= 10 s: {'yes' if ok_cli else 'NO'} (load average {out['load_average']:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
