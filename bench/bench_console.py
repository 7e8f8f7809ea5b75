"""Console figures: row cap memory on 1M rows, timeout accuracy, guard overhead.

    python bench/bench_console.py [--contrast]   # against NEO4J_URI etc. (e.g. `. .neo4j/env`)

Prints one line per figure. Read-only: it runs only queries the console accepts (the uncapped
comparison, only with --contrast, reads 1M rows with the plain driver in a read transaction:
about 450 MB and over a minute on a shared machine).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import psutil
from neo4j import READ_ACCESS

from explorer.guard import GuardPolicy, QueryError, run_guarded
from loaders.connection import open_driver
from loaders.settings import Neo4jSettings

MILLION = "UNWIND range(1, 1000000) AS i RETURN i, 'padding padding padding padding' AS s"
RUNAWAY = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"
SMALL = "MATCH (n) RETURN count(n) AS n"


def peak_rss_growth(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(MB of RSS growth at the peak, seconds, result) while fn runs."""
    proc = psutil.Process()
    base = proc.memory_info().rss
    peak = base
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, proc.memory_info().rss)
            time.sleep(0.005)

    t = threading.Thread(target=sample)
    t.start()
    started = time.perf_counter()
    try:
        out = fn()
    finally:
        elapsed = time.perf_counter() - started
        stop.set()
        t.join()
    return (peak - base) / 2**20, elapsed, out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contrast", action="store_true", help="also fetch 1M rows uncapped")
    args = parser.parse_args(argv)
    settings = Neo4jSettings.from_env()
    driver = open_driver(settings)
    db = settings.database
    run_guarded(driver, db, "UNWIND range(1, 2000) AS i RETURN i")  # warm up

    growth, secs, res = peak_rss_growth(lambda: run_guarded(driver, db, MILLION))
    print(f"row cap 1000 on 1M rows: {res.row_count} rows, truncated={res.truncated}, "
          f"{secs:.2f} s, RSS growth {growth:.1f} MB")

    def uncapped() -> int:
        with driver.session(database=db, default_access_mode=READ_ACCESS) as s:
            return len(s.execute_read(lambda tx: list(tx.run(MILLION))))

    if args.contrast:
        growth, secs, n = peak_rss_growth(uncapped)
        print(f"same query uncapped (plain driver, for contrast): {n} rows, {secs:.2f} s, "
              f"RSS growth {growth:.1f} MB")

    for limit in (3, 10):
        started = time.perf_counter()
        try:
            run_guarded(driver, db, RUNAWAY, policy=GuardPolicy(timeout_s=limit))
            outcome = "finished?!"
        except QueryError as e:
            outcome = e.kind
        print(f"runaway cartesian product with a {limit} s timeout: {outcome} after "
              f"{time.perf_counter() - started:.1f} s")

    guarded, raw = [], []
    for _ in range(30):
        t = time.perf_counter()
        run_guarded(driver, db, SMALL)
        guarded.append(time.perf_counter() - t)
        t = time.perf_counter()
        driver.execute_query(SMALL, database_=db)
        raw.append(time.perf_counter() - t)
    print(f"guard overhead on '{SMALL}': median guarded {statistics.median(guarded) * 1000:.1f} ms "
          f"vs raw driver {statistics.median(raw) * 1000:.1f} ms (EXPLAIN round trip + scan)")
    driver.close()


if __name__ == "__main__":
    main(sys.argv[1:])
