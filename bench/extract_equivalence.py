"""Guard for speed work on the extractor: dump its JSON output for a fixed set of texts, then
compare two dumps byte for byte.

    python bench/extract_equivalence.py dump OUTDIR [--repo PATH]   # e.g. from /work/main
    python bench/extract_equivalence.py compare BEFORE AFTER

Texts: seeds/*.txt, seeds/corpus/*.txt (read as ``python -m loaders extract`` reads them),
the text of every tests/data/extract_heldout*/*.json (fresh extractor each), 2 x 300
synthetic articles of bench_extract.py (seeds 1 and 2, one extractor per batch, as the
benchmark runs) and 60 real-text benchmark pieces. The checkout path is replaced by
``<repo>`` so dumps of two checkouts compare equal when the output is the same.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import random
import sys
from pathlib import Path


def dump(repo: Path, out: Path) -> int:
    """Write one JSON file per text (or batch) into *out*; returns the number of outputs."""
    sys.path.insert(0, str(repo))
    sys.path.insert(0, str(repo / "bench"))
    import bench_extract as be  # noqa: PLC0415 (the checkout given, not this file's)

    from loaders.extract.inputs import read_article_file  # noqa: PLC0415
    from loaders.extract.rules import RuleExtractor  # noqa: PLC0415

    out.mkdir(parents=True, exist_ok=True)

    def write(name: str, obj: object) -> None:
        txt = json.dumps(obj, ensure_ascii=False, indent=1)
        (out / name).write_text(txt.replace(str(repo), "<repo>"), encoding="utf-8")

    n = 0
    for f in [*sorted((repo / "seeds").glob("*.txt")),
              *sorted((repo / "seeds" / "corpus").glob("*.txt"))]:
        art = read_article_file(f)
        write(f"seed__{f.name}.json", RuleExtractor().extract(art.text, meta=dict(art.meta)))
        n += 1
    for d in sorted((repo / "tests" / "data").glob("extract_heldout*")):
        for f in sorted(d.glob("*.json")):
            doc = json.loads(f.read_text(encoding="utf-8"))
            write(f"{d.name}__{f.name}",
                  RuleExtractor().extract(doc["text"], lang=doc["article"].get("lang")))
            n += 1
    for seed in (1, 2):
        rng = random.Random(seed)
        ex = RuleExtractor()
        res = [ex.extract(be.make_article(rng)) for _ in range(300)]
        write(f"synthetic_seed{seed}.json", res)
        n += len(res)
    ex = RuleExtractor()
    write("corpus_bench.json", [ex.extract(a) for a in be.corpus_articles(60)])
    return n + 60


def compare(before: Path, after: Path) -> list[str]:
    """Names of the files that differ or exist on one side only."""
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    return [n for n in names if not (before / n).is_file() or not (after / n).is_file()
            or not filecmp.cmp(before / n, after / n, shallow=False)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("outdir", type=Path)
    d.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        n = dump(args.repo.resolve(), args.outdir)
        print(f"{n} outputs written to {args.outdir}")
        return 0
    bad = compare(args.before, args.after)
    for name in bad:
        print(f"differs: {name}")
    print("identical" if not bad else f"{len(bad)} files differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
