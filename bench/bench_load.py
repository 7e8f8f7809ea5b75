"""Load the same synthetic data three ways against one Neo4j, in one run, and report.

  1. our loader:  `python -m loaders load nodes.csv relationships.csv` (a child process, so
     its peak RSS is measured on its own);
  2. naive:       one transaction per node and per relationship, on a sample, extrapolated;
  3. LOAD CSV:    Neo4j's own `LOAD CSV ... CALL (row) { ... } IN TRANSACTIONS`.

All three write the same model (labels, properties, evidence lists) with the same
constraints and indexes; the database is wiped between methods and the resulting counts
are compared. Results go to stdout and to bench/results-latest.md (git-ignored; the curated
table with its history is bench/RESULTS.md).

  source .neo4j/bench/env   # a dedicated instance, e.g.
  # NEO4J_HEAP=4g NEO4J_PAGECACHE=4g python neo4j/local_server.py start --instance bench --port 7692
  python bench/generate.py --entities 200000 --relations 1000000 --formats csv,loadcsv --out bench/data/1m
  python bench/generate.py --entities 20000 --relations 100000 --formats csv,loadcsv --out bench/data/100k
  python bench/bench_load.py --data bench/data/1m --import-dir .neo4j/bench/import

Before the measured runs, ours and LOAD CSV each load --warmup (default bench/data/100k)
once, untimed, so that neither pays the server's JIT warm-up (--warmup none: no warm-up).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.connection import open_driver  # noqa: E402
from loaders.model import EntityRec, RelationRec  # noqa: E402
from loaders.settings import Neo4jSettings  # noqa: E402
from loaders.vocabulary import core_vocabulary  # noqa: E402
from loaders.writer import build_statements, ensure_schema  # noqa: E402

csv.field_size_limit(1 << 24)

LOADCSV_ENTITIES = """
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (n:Entity {id: row.id})
  SET n:$(row.type), n.type = row.type, n.name = row.name, n.name_ar = row.name_ar,
      n.aliases = CASE WHEN row.aliases IS NULL THEN [] ELSE split(row.aliases, '|') END,
      n.aliases_text = coalesce(row.aliases_text, ''),
      n.search_keys = CASE WHEN row.search_keys IS NULL THEN [] ELSE split(row.search_keys, '|') END
} IN TRANSACTIONS OF $batch ROWS
"""

LOADCSV_RELS = """
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (s:Entity {id: row.source})
  MATCH (t:Entity {id: row.target})
  MERGE (s)-[r:__TYPE__]->(t)
  WITH r, row, coalesce(r.evidence_keys, []) AS keys
  WHERE NOT row.key IN keys
  SET r.evidence_keys = keys + row.key,
      r.sentences = coalesce(r.sentences, []) + row.sentence,
      r.evidence_articles = coalesce(r.evidence_articles, []) + row.article,
      r.articles = CASE WHEN row.article IN coalesce(r.articles, []) THEN r.articles
                        ELSE coalesce(r.articles, []) + row.article END,
      r.dates = CASE WHEN row.date IS NULL OR row.date IN coalesce(r.dates, [])
                     THEN coalesce(r.dates, []) ELSE coalesce(r.dates, []) + row.date END,
      r.methods = CASE WHEN row.method IN coalesce(r.methods, []) THEN r.methods
                       ELSE coalesce(r.methods, []) + row.method END,
      r.confidence = CASE WHEN r.confidence IS NULL OR toFloat(row.confidence) > r.confidence
                          THEN toFloat(row.confidence) ELSE r.confidence END,
      r.count = size(keys) + 1
} IN TRANSACTIONS OF $batch ROWS
"""

COUNTS = """
MATCH (n:Entity) WITH count(n) AS nodes
OPTIONAL MATCH ()-[r]->() WHERE r.count IS NOT NULL
RETURN nodes, count(r) AS rels, coalesce(sum(r.count), 0) AS evidence
"""


def wipe(driver, db: str) -> None:
    with driver.session(database=db) as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def counts(driver, db: str) -> dict[str, int]:
    recs, _, _ = driver.execute_query(COUNTS, database_=db)
    return dict(recs[0])


def server_cpu(pid_file: Path) -> float | None:
    """CPU seconds (user + system) used so far by the Neo4j process, if it runs here."""
    try:
        pid = int(pid_file.read_text().split()[0])
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def measured(fn, pid_file: Path):  # type: ignore[no-untyped-def]
    """Run ``fn()`` and add load averages and the server's CPU seconds to its result."""
    load0, cpu0 = os.getloadavg()[0], server_cpu(pid_file)
    out = fn()
    cpu1 = server_cpu(pid_file)
    out["load"] = (load0, os.getloadavg()[0])
    out["server_cpu"] = cpu1 - cpu0 if cpu0 is not None and cpu1 is not None else None
    return out


def run_ours(data: Path, settings: Neo4jSettings, batch: int) -> dict:
    """Our loader in a child process; CPU and peak RSS are that child's own (``os.wait4``)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "loaders", "load", "--no-progress", "--batch-size", str(batch),
           str(data / "nodes.csv"), str(data / "relationships.csv")]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        secs = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise SystemExit(f"our loader failed:\n{stderr[-3000:]}")
    return {"seconds": secs, "peak_rss_mb": usage.ru_maxrss / 1024,
            "client_cpu": usage.ru_utime + usage.ru_stime, "summary": stdout.strip()}


def run_loadcsv(data: Path, import_dir: Path, driver, db: str, batch: int) -> dict:
    sub = import_dir / "bench"
    sub.mkdir(parents=True, exist_ok=True)
    files = sorted((data / "loadcsv").glob("*.csv"))
    for f in files:
        dst = sub / f.name
        if dst.exists():
            dst.unlink()
        try:
            os.link(f, dst)
        except OSError:
            import shutil

            shutil.copy(f, dst)
    vocab = core_vocabulary()
    t0 = time.perf_counter()
    with driver.session(database=db) as s:
        s.run(LOADCSV_ENTITIES, url="file:///bench/entities.csv", batch=batch).consume()
        for f in files:
            if not f.name.startswith("rels_"):
                continue
            typ = vocab.rel_type(f.stem.removeprefix("rels_"))
            s.run(LOADCSV_RELS.replace("__TYPE__", typ), url=f"file:///bench/{f.name}",
                  batch=batch).consume()
    return {"seconds": time.perf_counter() - t0}


def run_naive(data: Path, driver, db: str, sample: int) -> dict:
    """One write transaction per node and per relationship (same statements, one row each)."""
    vocab = core_vocabulary()
    rels: list[RelationRec] = []
    with (data / "relationships.csv").open(encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if i >= sample:
                break
            key = f"{row['article_id']}#{row['start']}-{row['end']}"
            rels.append(RelationRec(row["type"], row["source"], row["target"], row["article_id"],
                                    key, row["sentence"], row["date"] or None, 1.0, row["method"]))
    wanted = {r.source for r in rels} | {r.target for r in rels}
    ents: list[EntityRec] = []
    n_nodes_total = 0
    with (data / "nodes.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            n_nodes_total += 1
            if row["id"] in wanted:
                ents.append(EntityRec(row["id"], row["type"], row["name"], row["name_ar"] or None,
                                      tuple(a for a in row["aliases"].split("|") if a)))

    def write(tx, statements):  # type: ignore[no-untyped-def]
        for _, stmt, rows in statements:
            tx.run(stmt, rows=rows).consume()

    with driver.session(database=db) as s:
        t0 = time.perf_counter()
        for e in ents:
            s.execute_write(write, build_statements([e], vocab))
        t_nodes = time.perf_counter() - t0
        t0 = time.perf_counter()
        for r in rels:
            s.execute_write(write, build_statements([r], vocab))
        t_rels = time.perf_counter() - t0
    return {"nodes": len(ents), "rels": len(rels), "node_seconds": t_nodes,
            "rel_seconds": t_rels, "per_node": t_nodes / max(1, len(ents)),
            "per_rel": t_rels / max(1, len(rels)), "nodes_total": n_nodes_total}


def warm_up(a: argparse.Namespace, settings: Neo4jSettings, driver, db: str,
            only: set[str]) -> str | None:
    """Load ``a.warmup`` once with ours and once with LOAD CSV (untimed, wiped after each).

    A freshly started server spends tens of CPU seconds compiling (JIT) during its first big
    load; without a warm-up that cost lands on whichever method runs first (ours). Both
    methods are warmed the same way, their statements unchanged. Returns what was done.
    """
    data = Path(a.warmup)
    if a.warmup == "none" or not (data / "manifest.meta").exists():
        return None
    done = []
    if "ours" in only:
        run_ours(data, settings, a.batch_size)
        wipe(driver, db)
        done.append("ours")
    if "loadcsv" in only and (data / "loadcsv").is_dir():
        run_loadcsv(data, a.import_dir, driver, db, a.batch_size)
        wipe(driver, db)
        done.append("LOAD CSV")
    print(f"warm-up on {data}: {', '.join(done) or 'nothing'}", flush=True)
    shown = data.resolve().relative_to(ROOT) if data.resolve().is_relative_to(ROOT) else data
    return f"{' and '.join(done)} each loaded `{shown}` once (untimed, wiped after)" if done else None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, required=True, help="output folder of bench/generate.py")
    p.add_argument("--import-dir", type=Path, required=True,
                   help="the server's import folder (.neo4j/<instance>/import)")
    p.add_argument("--batch-size", type=int, default=5000)
    p.add_argument("--naive-sample", type=int, default=3000, help="relationships for naive")
    p.add_argument("--results", type=Path, default=ROOT / "bench" / "results-latest.md")
    p.add_argument("--only", default="ours,loadcsv,naive")
    p.add_argument("--warmup", default=str(ROOT / "bench" / "data" / "100k"),
                   help="a small bench/generate.py output (csv,loadcsv) that ours and LOAD CSV "
                   "each load once, untimed, before the measured runs, so that neither pays "
                   "the server's JIT warm-up; 'none' to skip (default: bench/data/100k, "
                   "skipped when missing)")
    a = p.parse_args(argv)
    manifest = json.loads((a.data / "manifest.meta").read_text())
    settings = Neo4jSettings.from_env()
    driver = open_driver(settings)
    db = settings.database
    only = set(a.only.split(","))
    res: dict[str, dict] = {}
    wipe(driver, db)
    ensure_schema(driver, db)
    rows = manifest["relation_rows"]
    pid_file = a.import_dir.parent / "run" / "neo4j.pid"
    a.warmed = warm_up(a, settings, driver, db, only)
    if "ours" in only:
        print("our loader ...", flush=True)
        res["ours"] = measured(lambda: run_ours(a.data, settings, a.batch_size), pid_file)
        res["ours"]["counts"] = counts(driver, db)
        print(res["ours"], flush=True)
        wipe(driver, db)
    if "loadcsv" in only:
        print("LOAD CSV ...", flush=True)
        res["loadcsv"] = measured(
            lambda: run_loadcsv(a.data, a.import_dir, driver, db, a.batch_size), pid_file)
        res["loadcsv"]["counts"] = counts(driver, db)
        print(res["loadcsv"], flush=True)
        wipe(driver, db)
    if "naive" in only:
        print("naive (sample) ...", flush=True)
        nv = measured(lambda: run_naive(a.data, driver, db, a.naive_sample), pid_file)
        nv["seconds"] = nv["per_node"] * manifest["entities"] + nv["per_rel"] * rows
        res["naive"] = nv
        print(nv, flush=True)
        wipe(driver, db)
    driver.close()
    report = render(manifest, res, a)
    print(report)
    a.results.write_text(report, encoding="utf-8")
    return 0


def render(manifest: dict, res: dict, a: argparse.Namespace) -> str:
    rows = manifest["relation_rows"]
    lines = [
        "# Load benchmark",
        "",
        f"Synthetic corpus (`bench/generate.py`, seed {manifest['seed']}): "
        f"**{manifest['entities']:,} entities**, **{rows:,} relation rows** "
        f"(evidence sentences) over {manifest['articles']:,} articles.",
        "",
        "| method | time (s) | relationships/s | vs naive | vs LOAD CSV | peak RSS "
        "| Neo4j CPU (s) | client CPU (s) | load avg (start-end) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    rate = {k: rows / v["seconds"] for k, v in res.items() if v.get("seconds")}
    for key, label in (("ours", "our loader (`python -m loaders load`)"),
                       ("naive", "naive: 1 transaction per node/relationship (extrapolated)"),
                       ("loadcsv", "`LOAD CSV` + `CALL {...} IN TRANSACTIONS`")):
        if key not in res:
            continue
        v = res[key]
        vs_n = f"{rate[key] / rate['naive']:.1f}x" if "naive" in rate else "-"
        vs_l = f"{rate[key] / rate['loadcsv']:.2f}x" if "loadcsv" in rate else "-"
        rss = f"{v['peak_rss_mb']:.0f} MB" if "peak_rss_mb" in v else "-"
        scpu = f"{v['server_cpu']:,.0f}" if v.get("server_cpu") is not None else "-"
        if key == "naive":
            scpu += " (sample)" if scpu != "-" else ""
        ccpu = f"{v['client_cpu']:,.0f}" if "client_cpu" in v else "-"
        load = f"{v['load'][0]:.1f}-{v['load'][1]:.1f}" if "load" in v else "-"
        lines.append(f"| {label} | {v['seconds']:,.1f} | {rate[key]:,.0f} | {vs_n} | {vs_l} | {rss} "
                     f"| {scpu} | {ccpu} | {load} |")
    lines += ["", "Resulting graph (must be equal for the full loads):", ""]
    for key in ("ours", "loadcsv"):
        if key in res:
            c = res[key]["counts"]
            lines.append(f"- {key}: {c['nodes']:,} entity nodes, {c['rels']:,} relationships, "
                         f"{c['evidence']:,} evidence entries")
    if "naive" in res:
        nv = res["naive"]
        lines.append(f"- naive: measured on {nv['nodes']:,} nodes ({nv['per_node'] * 1000:.2f} ms "
                     f"each) and {nv['rels']:,} relationships ({nv['per_rel'] * 1000:.2f} ms each), "
                     "extrapolated to the full corpus")
    lines += [
        "",
        "Targets: ours >= 30x naive, >= 0.8x LOAD CSV, peak RSS <= 500 MB.",
        "",
        f"Server warm-up before the measured runs: {getattr(a, 'warmed', None) or 'none'}.",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"batch size {a.batch_size}; Neo4j heap/page cache from NEO4J_HEAP/NEO4J_PAGECACHE "
        f"({os.environ.get('NEO4J_HEAP', '?')}/{os.environ.get('NEO4J_PAGECACHE', '?')}). "
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "",
        "Reproduce:",
        "",
        "```bash",
        "NEO4J_HEAP=4g NEO4J_PAGECACHE=4g .venv/bin/python neo4j/local_server.py start --instance bench --port 7692",
        "set -a; . .neo4j/bench/env; set +a",
        f".venv/bin/python bench/generate.py --entities {manifest['entities']} --relations {rows} "
        f"--formats csv,loadcsv --out {a.data}",
        ".venv/bin/python bench/generate.py --entities 20000 --relations 100000 "
        "--formats csv,loadcsv --out bench/data/100k   # the untimed warm-up set",
        f".venv/bin/python bench/bench_load.py --data {a.data} --import-dir .neo4j/bench/import",
        "```",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
