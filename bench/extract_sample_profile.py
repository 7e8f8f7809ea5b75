"""Where extraction time goes, by module and by function: a sampling profile (no cProfile).

    python bench/extract_sample_profile.py [--n 200] [--rounds 3] [--corpus] [--extractor NAME]
                                           [--top 25]

A CPU-time timer (SIGPROF; the kernel's tick, about 4 ms here) records the running frame;
the share of samples per file ("self") and per function is printed. Unlike cProfile, it adds
no cost per call, so the many small helpers are not inflated (cProfile multiplies their share
by about 5). A share below ~1% is within the sampling noise of a few thousand samples.
Used by session 44 to choose the modules to compile (docs/extraction.md, "Compiling").
"""

from __future__ import annotations

import argparse
import collections
import random
import signal
import sys
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_extract as be  # noqa: E402

from loaders.extract.base import get_extractor  # noqa: E402


def _name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def profile(texts: list[str], extractor: str, rounds: int,
            interval: float = 0.0005) -> tuple[int, collections.Counter, collections.Counter]:
    """(samples, self samples per file, self samples per file:function) over *rounds*
    passes of *texts* (one warm-up pass of the first 20 texts first)."""
    ex = get_extractor(extractor)
    for t in texts[:20]:
        ex.extract(t)
    per_file: collections.Counter = collections.Counter()
    per_func: collections.Counter = collections.Counter()
    count = [0]

    def on_tick(_sig: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        count[0] += 1
        code = frame.f_code
        fname = _name(code.co_filename)
        per_file[fname] += 1
        per_func[f"{fname}:{code.co_name}"] += 1

    old = signal.signal(signal.SIGPROF, on_tick)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        for _ in range(rounds):
            for t in texts:
                ex.extract(t)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, old)
    return count[0], per_file, per_func


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--corpus", action="store_true", help="real-text pieces, not synthetic")
    ap.add_argument("--extractor", default="rules")
    ap.add_argument("--top", type=int, default=25)
    a = ap.parse_args(argv)
    rng = random.Random(1)
    texts = be.corpus_articles(a.n) if a.corpus else [be.make_article(rng) for _ in range(a.n)]
    n, per_file, per_func = profile(texts, a.extractor, a.rounds)
    print(f"{n} samples ({a.n} {'real-text' if a.corpus else 'synthetic'} articles x "
          f"{a.rounds}, extractor {a.extractor})")
    if not n:
        return
    for title, counter in (("self time by file", per_file), ("self time by function", per_func)):
        print(title)
        top = counter.most_common(a.top)
        for key, v in top:
            print(f"  {100 * v / n:5.1f}%  {key}")
        print(f"  (these {len(top)}: {100 * sum(v for _, v in top) / n:.1f}%)")


if __name__ == "__main__":
    main()
