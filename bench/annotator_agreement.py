"""How far two annotators agree on the core relations of the same pieces: the ceiling an
extractor can be asked to reach.

    python bench/annotator_agreement.py [-v]

A second annotator, blind to the first annotation and to the extractor, annotated the core
relations (MET_WITH, SUCCESSOR_OF, ASSASSINATED_BY) of 36 pieces under the same conventions
(``tests/data/second_annotation/BRIEF.md``); their files are
``tests/data/second_annotation/<batch>/<piece>.json``, the first annotation
``tests/data/extract_test_<set>/<piece>.json``. The second is scored against the first exactly
as the evaluator scores the extractor (symmetric MET_WITH, ids aligned by
:func:`loaders.extract.evaluate.align_new_ids`): precision, recall and F1 per type and over the
three. ``-v`` lists every relation only one of them has.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from loaders.extract.evaluate import CORE_TYPES, Counts, align_new_ids, triples  # noqa: E402

DATA = REPO / "tests" / "data"
SECOND = DATA / "second_annotation"


def core_triples(doc: dict) -> set[tuple[str, str, str]]:
    return {t for t in triples(doc) if t[0] in CORE_TYPES}


def compare(first: dict, second: dict) -> tuple[dict[str, Counts], list[tuple[str, tuple]]]:
    """Per-type counts of *second* scored against *first*, and the relations only one has."""
    second = align_new_ids(first, {"entities": second.get("entities", []),
                                   "relations": second.get("relations", [])}, set())
    a, b = core_triples(first), core_triples(second)
    counts = {t: Counts() for t in CORE_TYPES}
    for typ, s, t in a | b:
        c = counts[typ]
        if (typ, s, t) in a and (typ, s, t) in b:
            c.tp += 1
        elif (typ, s, t) in b:
            c.fp += 1
        else:
            c.fn += 1
    only = [("first only", x) for x in sorted(a - b)] + [("second only", x) for x in sorted(b - a)]
    return counts, only


def first_annotation(piece: str) -> Path:
    """The gold file of *piece* ('enGM1_...'): its set is the two letters after the language."""
    return DATA / f"extract_test_{piece[2:4].lower()}" / f"{piece}.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", action="store_true", help="list the relations only one annotator has")
    args = ap.parse_args()
    total = {t: Counts() for t in CORE_TYPES}
    for batch in sorted(p for p in SECOND.iterdir() if p.is_dir()):
        per = {t: Counts() for t in CORE_TYPES}
        files = sorted(batch.glob("*.json"))
        for f in files:
            first = json.loads(first_annotation(f.stem).read_text(encoding="utf-8"))
            counts, only = compare(first, json.loads(f.read_text(encoding="utf-8")))
            for t in CORE_TYPES:
                per[t].add(counts[t])
                total[t].add(counts[t])
            if args.v:
                for side, x in only:
                    print(f"  {f.stem}: {side}: {x}")
        core = Counts()
        for c in per.values():
            core.add(c)
        print(f"{batch.name} ({len(files)} pieces): core P {core.precision:.3f} R {core.recall:.3f} "
              f"F1 {core.f1:.3f} ({core.tp} agreed, {core.fp} second only, {core.fn} first only)")
    core = Counts()
    print(f"{'type':<18}{'agreed':>7}{'2nd':>5}{'1st':>5}{'P':>8}{'R':>8}{'F1':>8}")
    for t in sorted(CORE_TYPES):
        c = total[t]
        core.add(c)
        print(f"{t:<18}{c.tp:>7}{c.fp:>5}{c.fn:>5}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    print(f"{'CORE (3 types)':<18}{core.tp:>7}{core.fp:>5}{core.fn:>5}{core.precision:>8.3f}"
          f"{core.recall:>8.3f}{core.f1:>8.3f}")


if __name__ == "__main__":
    main()
