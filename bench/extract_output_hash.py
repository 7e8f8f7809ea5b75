"""Did a change alter what the extractor outputs on a set of annotated pieces? One hash over
every piece's sorted relations (type, source, target) and entity ids, for comparing two
checkouts without reading the pieces (the lead's check on test sets, session 25). For speed
work, where the whole output must be compared and a difference shown, use
``extract_equivalence.py`` (a dump of fixed texts, compared file by file).

    python bench/extract_output_hash.py tests/data/extract_test_hw ... [--extractor rules]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.extract import get_extractor  # noqa: E402
from loaders.extract.evaluate import gold_files  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--extractor", default="rules")
    args = ap.parse_args()
    ex = get_extractor(args.extractor)
    digest, n_rel, n_art = hashlib.sha1(), 0, 0
    for f in gold_files(args.paths):
        gold = json.loads(f.read_text(encoding="utf-8"))
        out = ex.extract(gold["text"], lang=gold.get("article", {}).get("lang"))
        rels = sorted((r["type"], r["source"], r["target"]) for r in out["relations"])
        ents = sorted(e["id"] for e in out["entities"])
        digest.update(json.dumps([f.name, rels, ents], ensure_ascii=False).encode())
        n_rel += len(rels)
        n_art += 1
    print(f"{digest.hexdigest()[:12]}  {n_art} pieces, {n_rel} relations")


if __name__ == "__main__":
    main()
