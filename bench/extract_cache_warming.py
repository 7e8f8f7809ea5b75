"""How much of the per-article extraction figure is cache filling: the same articles twice.

    python bench/extract_cache_warming.py [--n 40] [--corpus] [--extractor NAME] [--top 30]

``extract_instructions.py`` measures *n* articles after one warm-up article, so every cache
keyed by a token text, a name or an entity that those articles meet for the first time is
filled inside the measured window. This tool extracts the same *n* articles (after the same
warm-up) twice in one process under cProfile and compares the Python calls of the two
passes: the second pass finds every such cache filled, so the calls made only in the first
are the cost of filling them. Call counts, unlike CPU time, do not move with the load of a
shared host. A function listed here is either a per-text cache (new words: a real cost of
fresh text) or a build that depends on the gazetteer alone (it belongs in the extractor's or
the gazetteer's start-up, where the benchmark does not count it). Session 61 (speed61):
synthetic rules, 40 articles, about 680,000 calls in the first pass and 637,000 in the second
(-6.3%; the counts move by a few hundred with the hash seed); real text 362,000 and 285,000
(-21%), nearly all per-token-text facts computed at a text's first sight (pass bits, gazetteer
first candidates, title and trigger look-ups, token analysis). Under callgrind the same 40
real-text articles cost 14.90 M instructions each as ``extract_instructions.py --corpus``
measures them and 12.65 M once extracted before (-15%): a cheaper first sight of a token
text (one memo per surface form instead of a dozen separate caches) is the larger lever.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_extract as be  # noqa: E402

from loaders.extract.base import get_extractor  # noqa: E402


def _calls(ex: object, texts: list[str]) -> tuple[int, dict[str, int]]:
    """(all Python-level calls, calls per "file:line:function") of extracting *texts*."""
    pr = cProfile.Profile()
    pr.enable()
    for t in texts:
        ex.extract(t)  # type: ignore[attr-defined]
    pr.disable()
    st = pstats.Stats(pr)
    per = {f"{Path(f).name}:{line}:{fn}": v[1] for (f, line, fn), v in st.stats.items()}
    return st.total_calls, per  # type: ignore[attr-defined]


def warming(texts: list[str], extractor: str) -> tuple[int, int, list[tuple[int, str, int, int]]]:
    """(calls of the first pass, of the second, [(first - second, function, first, second)]
    for the Python functions called more often in the first pass, most first): *texts*[0] is
    the warm-up article, the rest are extracted twice."""
    ex = get_extractor(extractor)
    ex.extract(texts[0])
    total1, first = _calls(ex, texts[1:])
    total2, second = _calls(ex, texts[1:])
    rows = [(n - second.get(k, 0), k, n, second.get(k, 0)) for k, n in first.items()
            if n > second.get(k, 0) and not k.startswith("~")]
    rows.sort(key=lambda r: (-r[0], r[1]))
    return total1, total2, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--corpus", action="store_true", help="real-text pieces, not synthetic")
    ap.add_argument("--extractor", default="rules")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    rng = random.Random(1)  # (the articles of extract_instructions.py)
    texts = be.corpus_articles(args.n + 1) if args.corpus else \
        [be.make_article(rng) for _ in range(args.n + 1)]
    total1, total2, rows = warming(texts, args.extractor)
    print(f"calls: first pass {total1:,}, second pass {total2:,} "
          f"({(total2 - total1) / max(total1, 1):+.1%})")
    for diff, k, n1, n2 in rows[:args.top]:
        print(f"{diff:7d}  {k}  ({n1} / {n2})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
