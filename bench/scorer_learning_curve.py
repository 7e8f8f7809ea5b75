"""The relation scorer's learning curve: does it learn more with more annotated dev data?

    python bench/scorer_learning_curve.py [--cache /tmp/curve26/cands.pkl]
        [--fractions 0.125,0.25,0.5,0.75,1] [--seeds 1,2,3] [--c 0.3]

Trains the scorer (as ``bench/train_relation_scorer.py --holdout ... --train-fraction F
--seed S`` does) on a random part of the dev batches (whole batches of three sets; the
heldout1-12 sets always in) and scores core P/R/F1 of ``rules+scorer`` on HW-IE and HN-HV,
held out in every run: at the shipped thresholds (MET_WITH 0.4, SUCCESSOR_OF 0.5,
ASSASSINATED_BY 0.25) and at the best ones of a small grid (chosen on the held-out text
itself, so an upper bound), and the recall a perfect scorer over the candidates would
reach. Prints one row per run, a mean per fraction and the slope
(F1 per doubling of the training batches, least squares over log2 of the fraction).

Collecting the candidates (the rules over all dev) is the slow part: done once per batch
and kept in the pickle *--cache* (delete it when the rules or the features change).
Deterministic: the batch draw uses ``random.Random(seed)``, the training liblinear's fixed
random_state. The test sets are never read (``collect`` asserts it).
"""

from __future__ import annotations

import argparse
import itertools
import math
import pickle
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_relation_scorer as trs  # noqa: E402

from loaders.extract.relation_scorer import CLASSES  # noqa: E402

HELD = ["HN HO HP", "HQ HR HS", "HT HU HV", "HW HX HY", "HZ IA IB", "IC ID IE"]
SHIPPED = {"MET_WITH": 0.4, "SUCCESSOR_OF": 0.5, "ASSASSINATED_BY": 0.25}
GRID = {"MET_WITH": [0.3, 0.4, 0.5, 0.6, 0.7], "SUCCESSOR_OF": [0.3, 0.4, 0.5, 0.6, 0.7],
        "ASSASSINATED_BY": [0.15, 0.25, 0.35, 0.5]}


def collect_all(cache: Path) -> dict[str, list[dict]]:
    """Candidates of every dev batch (and '_always' for heldout1-12), from *cache* if there."""
    if cache.is_file():
        return pickle.loads(cache.read_bytes())
    from loaders.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer(None)
    data = {"_always": trs.collect(gaz, trs.ALWAYS_TRAIN)}
    for name, dirs in trs.DEV_BATCHES.items():
        data[name] = trs.collect(gaz, dirs)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(data))
    return data


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of y over log2(x): the change of y per doubling of x."""
    xs = [math.log2(x) for x, _ in points]
    ys = [y for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else 0.0


def reachable(arts: list[dict]) -> tuple[int, int, int]:
    """Gold core triples of *arts*, those the rules find, and those the rules or a perfect
    scorer over the candidates would find (the candidates' recall ceiling)."""
    gold = found = reach = 0
    for a in arts:
        pos = set()
        for c in a["cands"]:
            for cl, (typ, ab) in CLASSES.items():
                if c["labels"][cl] == 1:
                    s, t = (c["ga"], c["gb"]) if ab else (c["gb"], c["ga"])
                    pos.add((typ, *sorted((s, t))) if typ == "MET_WITH" else (typ, s, t))
        gold += len(a["gold"])
        found += len(a["gold"] & a["rules"])
        reach += len(a["gold"] & (a["rules"] | pos))
    return gold, found, reach


def best_grid(held: list[dict], probs: list[list[dict]]) -> tuple[dict[str, float], trs.Counts]:
    """The thresholds of GRID with the best pooled core F1 on *held* (first in grid order)."""
    best: tuple[float, dict[str, float], trs.Counts] | None = None
    for combo in itertools.product(*GRID.values()):
        thr = dict(zip(GRID, combo, strict=True))
        c = trs.score(held, probs, thr)["core"]
        if best is None or c.f1 > best[0]:
            best = (c.f1, thr, c)
    assert best is not None
    return best[1], best[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="/tmp/curve26/cands.pkl")
    ap.add_argument("--fractions", default="0.125,0.25,0.5,0.75,1")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--c", type=float, default=0.3)
    args = ap.parse_args()
    data = collect_all(Path(args.cache))
    held_names = [n for n in trs.DEV_BATCHES if n.split()[0] in {h.split()[0] for h in HELD}]
    assert len(held_names) == len(HELD), held_names
    pool = [n for n in trs.DEV_BATCHES if n not in held_names]
    groups = {"HW-IE": held_names[3:], "HN-HV": held_names[:3]}
    held = {g: [a for n in ns for a in data[n]] for g, ns in groups.items()}
    held["both"] = held["HN-HV"] + held["HW-IE"]
    for g, arts in held.items():
        gold, found, reach = reachable(arts)
        print(f"rules only, {g} ({len(arts)} articles): "
              f"{trs._fmt(trs.score(arts, None, {})['core'])}; gold {gold}, rules {found}, "
              f"rules + a perfect scorer {reach} (recall ceiling {reach / gold:.3f})")
    print("\n| fraction | seed | batches | articles | set | shipped P / R / F1 | best grid "
          "P / R / F1 | best thresholds |\n| ---: | ---: | ---: | ---: | --- | --- | --- | --- |")
    curve: dict[str, list[tuple[float, float]]] = {}
    for frac in [float(x) for x in args.fractions.split(",")]:
        seeds = [0] if frac >= 1.0 else [int(s) for s in args.seeds.split(",")]
        for seed in seeds:
            names = pool if frac >= 1.0 else trs.sample_batches(pool, frac, seed)
            arts = data["_always"] + [a for n in names for a in data[n]]
            model = trs.train(arts, args.c)
            for g in ("HW-IE", "HN-HV", "both"):
                probs = trs._probs(model, held[g])
                s = trs.score(held[g], probs, SHIPPED)["core"]
                thr, b = best_grid(held[g], probs)
                curve.setdefault(f"{g} shipped", []).append((frac, s.f1))
                curve.setdefault(f"{g} best", []).append((frac, b.f1))
                print(f"| {frac:g} | {seed} | {len(names)} | {len(arts)} | {g} | {trs._fmt(s)} | "
                      f"{trs._fmt(b)} | {'/'.join(f'{v:g}' for v in thr.values())} |",
                      flush=True)
    print("\nmean core F1 per fraction, and the slope (F1 per doubling of the dev batches):")
    for key, pts in curve.items():
        means = {}
        for f, y in pts:
            means.setdefault(f, []).append(y)
        row = "  ".join(f"{f:g}: {sum(v) / len(v):.3f}" + (f" (sd {statistics.stdev(v):.3f})"
                                                          if len(v) > 1 else "")
                        for f, v in means.items())
        print(f"  {key:18s} {row}  slope {slope(pts):+.4f}")


if __name__ == "__main__":
    main()
