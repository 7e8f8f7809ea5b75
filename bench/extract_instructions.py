"""Deterministic extraction cost: instructions per 2,000-character article under callgrind.

    python bench/extract_instructions.py [--n 40] [--corpus] [--repo PATH] [--extractor NAME]
                                         [--gc default|freeze|off|asrun]

Runs ``valgrind --tool=callgrind`` twice with PYTHONHASHSEED=0: once extracting only one
warm-up article and once extracting *n* more (the articles of bench_extract.py, seed 1, or
its real-text pieces with --corpus) and prints the difference divided by *n*. Unlike CPU
time, the figure does not move with the load of a shared machine (a run takes a few minutes).

``--gc freeze`` (after the warm-up article: ``gc.collect(); gc.freeze()``) keeps the garbage
collector on but stops it from scanning the objects of the start-up (gazetteer, caches) again:
where a full collection falls no longer moves the figure by +-0.7 M between two checkouts.
``--gc off`` turns the collector off after the warm-up (no collection cost at all). The
default figure (``--gc default``) is the one quoted before session 7.

``--gc asrun`` (session 69) leaves the collector as the extractor sets it up, as
``bench_extract.py`` runs it, and ends both runs with ``os._exit`` right after the last
article: no interpreter finalisation, whose cost differs between the two runs once objects are
frozen or the collector is off (session 68 measured -146.9 M "per article" that way). A freeze
of the start-up objects measured so (session 69): rules 28.29 -> 28.23 M, rules+scorer
30.09 -> 30.14 M, i.e. nothing; counting collections over 2,000 articles shows why: with
``gc_scope.fewer_collections`` no full collection falls in them at all (21 young, 1 middle).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import re
import subprocess
import sys
from pathlib import Path


def _extract(repo: Path, n: int, corpus: bool, extractor: str = "rules",
             gc_mode: str = "default") -> None:
    sys.path.insert(0, str(repo))
    sys.path.insert(0, str(repo / "bench"))
    import bench_extract as be  # noqa: PLC0415 (the checkout given)

    from loaders.extract.base import get_extractor  # noqa: PLC0415

    rng = random.Random(1)
    arts = be.corpus_articles(n + 1) if corpus else [be.make_article(rng) for _ in range(n + 1)]
    ex = get_extractor(extractor)
    ex.extract(arts[0])  # warm-up (also in the run with n = 0, so it cancels out)
    if gc_mode == "freeze":
        gc.collect()
        gc.freeze()
    elif gc_mode == "off":
        gc.collect()
        gc.disable()
    for a in arts[1:n + 1]:
        ex.extract(a)
    if gc_mode == "asrun":
        sys.stdout.flush()
        os._exit(0)


def _instructions(repo: Path, n: int, corpus: bool, extractor: str = "rules",
                  gc_mode: str = "default") -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
           __file__, "--run", str(n), "--repo", str(repo), "--extractor", extractor,
           "--gc", gc_mode] + (["--corpus"] if corpus else [])
    env = dict(os.environ, PYTHONHASHSEED="0")
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", res.stderr).group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--corpus", action="store_true")
    ap.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    ap.add_argument("--extractor", default="rules",
                    help="registered extractor to measure (default: rules)")
    ap.add_argument("--gc", choices=("default", "freeze", "off", "asrun"), default="default",
                    help="garbage collector after the warm-up article: as is (default), "
                         "frozen start-up objects (steadier pairs), off, or as is with no "
                         "interpreter finalisation (asrun)")
    ap.add_argument("--run", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run is not None:
        _extract(args.repo.resolve(), args.run, args.corpus, args.extractor, args.gc)
        return 0
    base = _instructions(args.repo.resolve(), 0, args.corpus, args.extractor, args.gc)
    full = _instructions(args.repo.resolve(), args.n, args.corpus, args.extractor, args.gc)
    kind = "real-text" if args.corpus else "synthetic"
    print(f"{(full - base) / args.n / 1e6:.2f} M instructions per {kind} article "
          f"(n={args.n}, {args.repo}, extractor {args.extractor}"
          + (f", gc {args.gc})" if args.gc != "default" else ")"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
