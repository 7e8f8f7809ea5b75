"""Turn bench/generate.py's `loadcsv` output into `neo4j-admin database import` files.

Evidence rows of one (source, TYPE, target) become one relationship with the model's lists
(evidence_keys, sentences, evidence_articles, articles, count, dates, methods, confidence), as
the loader would write them. Rows are grouped with an external `sort`, so memory stays flat.
Used to build the 1M-entity / 5M-relationship graph of bench/bench_explorer.py in minutes
(the offline importer) instead of hours of MERGE on a shared 2-core machine.

  python bench/explorer_import.py bench/data/explorer-1m/loadcsv bench/data/explorer-1m/import
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

csv.field_size_limit(1 << 24)
NODE_HEADER = ["id:ID", ":LABEL", "type", "name", "name_ar", "aliases:string[]", "aliases_text",
               "search_keys:string[]"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "evidence_keys:string[]", "sentences:string[]",
              "evidence_articles:string[]", "articles:string[]", "count:long", "dates:string[]",
              "methods:string[]", "confidence:double"]


def nodes(src: Path, dst: Path) -> int:
    n = 0
    with open(src, newline="", encoding="utf-8") as f, open(dst, "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(NODE_HEADER)
        for row in csv.DictReader(f):
            w.writerow([row["id"], f"Entity|{row['type']}", row["type"], row["name"], row["name_ar"],
                        row["aliases"] or "", row["aliases_text"] or "", row["search_keys"] or ""])
            n += 1
    return n


def _uniq(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return list(seen)


def rels(src: Path, rel_type: str, w: csv.writer) -> tuple[int, int]:  # type: ignore[valid-type]
    sorted_path = src.with_suffix(".sorted")
    with open(sorted_path, "wb") as out:
        tail = subprocess.Popen(["tail", "-n", "+2", str(src)], stdout=subprocess.PIPE)
        subprocess.run(["sort", "-t,", "-k1,1", "-k2,2", "-S", "512M"], stdin=tail.stdout, stdout=out,
                       check=True, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
        tail.wait()
    rows = rels_out = 0
    group: list[list[str]] = []

    def flush() -> None:
        nonlocal rels_out
        if not group:
            return
        keys, sentences, arts, dates, methods, conf = [], [], [], [], [], 0.0
        for r in group:
            if r[2] in keys:
                continue
            keys.append(r[2])
            sentences.append(r[3])
            arts.append(r[4])
            dates.append(r[5])
            methods.append(r[6])
            conf = max(conf, float(r[7] or 0))
        w.writerow([group[0][0], group[0][1], rel_type, "|".join(keys), "|".join(sentences),
                    "|".join(arts), "|".join(_uniq(arts)), len(keys), "|".join(_uniq(dates)),
                    "|".join(_uniq(methods)), conf])
        rels_out += 1

    with open(sorted_path, newline="", encoding="utf-8") as f:
        for r in csv.reader(f):
            rows += 1
            if group and (r[0], r[1]) != (group[0][0], group[0][1]):
                flush()
                group = []
            group.append(r)
        flush()
    sorted_path.unlink()
    return rows, rels_out


def main(argv: list[str]) -> int:
    src, dst = Path(argv[0]), Path(argv[1])
    dst.mkdir(parents=True, exist_ok=True)
    print("nodes:", nodes(src / "entities.csv", dst / "nodes.csv"), flush=True)
    with open(dst / "relationships.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(REL_HEADER)
        for f in sorted(src.glob("rels_*.csv")):
            rows, made = rels(f, f.stem.removeprefix("rels_"), w)
            print(f"{f.stem}: {rows} evidence rows -> {made} relationships", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
