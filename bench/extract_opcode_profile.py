"""Bytecodes and calls per article, by function: a deterministic profile (session 65).

    python bench/extract_opcode_profile.py [--n 20] [--corpus] [--extractor NAME] [--top 40]
                                           [--lines FILE]

Counts, under ``sys.settrace`` with opcode events, the Python bytecodes each function runs
and how often it is called, per article (the articles of bench_extract.py, seed 1, or its
real-text pieces with --corpus; one warm-up article first). Unlike the sampling profile it
does not move between runs, and unlike callgrind it names Python functions; ``--lines
FILE`` gives the bytecodes per line of one module (e.g. ``scorer_candidates.py``).

A bytecode is no fixed cost: a specialised attribute load or store costs a few machine
instructions, a call or a dict look-up many. Session 65 (speed65) found changes that ran
fewer bytecodes and more instructions (a dict per sentence whose C ``__getitem__`` replaced
~670 Python calls of ``SentenceBase.key`` per article: +0.55% under callgrind). Use it to
find where bytecodes and calls go; measure every change with ``extract_instructions.py``.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_extract as be  # noqa: E402

from loaders.extract.base import get_extractor  # noqa: E402

Key = tuple[str, str]


def profile(texts: list[str], extractor: str, lines: str | None = None
            ) -> tuple[collections.Counter, collections.Counter]:
    """(bytecodes, calls) over *texts* after one warm-up extraction of the first, by
    (file name, function name); with *lines* (a module's file name), the bytecodes of that
    module by ("", line number) and no calls."""
    ex = get_extractor(extractor)
    ex.extract(texts[0])
    ops: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "call":
            co = frame.f_code
            name = co.co_filename.rsplit("/", 1)[-1]
            if lines is not None and name != lines:
                return None
            frame.f_trace_opcodes = True
            if lines is None:
                calls[(name, co.co_name)] += 1
            return trace
        if event == "opcode":
            if lines is None:
                co = frame.f_code
                ops[(co.co_filename.rsplit("/", 1)[-1], co.co_name)] += 1
            elif frame.f_lineno is not None:  # (None: an opcode of no source line)
                ops[("", str(frame.f_lineno))] += 1
        return trace

    sys.settrace(trace)
    try:
        for text in texts[1:]:
            ex.extract(text)
    finally:
        sys.settrace(None)
    return ops, calls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--corpus", action="store_true", help="real-text pieces, not synthetic")
    ap.add_argument("--extractor", default="rules+scorer")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--lines", default=None, help="bytecodes per line of this module file")
    args = ap.parse_args()
    rng = random.Random(1)
    texts = be.corpus_articles(args.n + 1) if args.corpus else \
        [be.make_article(rng) for _ in range(args.n + 1)]
    ops, calls = profile(texts, args.extractor, args.lines)
    n = args.n
    total = sum(ops.values()) or 1
    if args.lines:
        src = (ROOT / "loaders" / "extract" / args.lines).read_text().split("\n")
        for (_f, ln), v in ops.most_common(args.top):
            line = src[int(ln) - 1].strip()[:90] if ln.isdigit() and int(ln) <= len(src) else ""
            print(f"{v / n:9.0f} {ln:>5} {line}")
        return
    print(f"{total / n:,.0f} bytecodes and {sum(calls.values()) / n:,.0f} calls per article "
          f"({n} {'real-text' if args.corpus else 'synthetic'} articles, {args.extractor})")
    print("  share  bytecodes  calls  function")
    for key, v in ops.most_common(args.top):
        print(f"{v / total:6.2%} {v / n:10.0f} {calls[key] / n:6.1f}  {key[0]}:{key[1]}")


if __name__ == "__main__":
    main()
