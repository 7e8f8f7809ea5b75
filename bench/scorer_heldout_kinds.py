"""The scorer's held-out figures by candidate kind: what each kind of candidate pair adds on
the newest writers when the scorer is trained without them, and how many of its pairs could
be right at all (its ceiling).

    python bench/scorer_heldout_kinds.py [--cache FILE] [--no-insample]

Collects every dev article once (as ``bench/train_relation_scorer.py`` does: the rules'
output, the candidates of ``doc_candidates`` with their features and labels; ~30 s, cached in
*--cache* when given: delete it after changing the candidates or their features), then for
each held-out group (HW-IE and HN-HV, three batches each) trains on the other dev articles
(C 0.3) and prints core tp/fp/fn, P, R, F1 of the rules and of rules + scorer at the
thresholds chosen on that group, at HW-IE's chosen ones, and at fixed ones, with the
relations each candidate kind added (tp / fp). Then, per group, the unrelated candidates of
each kind and how many carry a gold relation of their sentence. Last, dev in-sample (trained
and scored on all dev) unless ``--no-insample``.

A candidate's kind is its ``cand:<kind>`` feature (``scorer_context``), ``actorPair``, else
``pair``. Numbers only: nothing of the texts is printed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import pickle
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import train_relation_scorer as T  # noqa: E402

from loaders.extract.gazetteer import load_gazetteer  # noqa: E402

GROUPS = {"HW-IE": ("HW HX HY", "HZ IA IB", "IC ID IE"),
          "HN-HV": ("HN HO HP", "HQ HR HS", "HT HU HV")}
FIXED = {"0.3/0.3/0.25": {"MET_WITH": 0.3, "SUCCESSOR_OF": 0.3, "ASSASSINATED_BY": 0.25},
         "0.5/0.5/0.3": {"MET_WITH": 0.5, "SUCCESSOR_OF": 0.5, "ASSASSINATED_BY": 0.3}}


def kind_of(cand: dict) -> str:
    """A collected candidate's kind."""
    for x in cand["feats"]:
        if x.startswith("cand:"):
            return x[5:]
    return "actorPair" if "actorPair" in cand["feats"] else "pair"


def collect_all(cache: str | None) -> dict[str, list[dict]]:
    """The collected articles of each held-out group and of the rest of dev ("rest")."""
    if cache and Path(cache).exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    held = {g: [d for b in bs for d in T._batch_dirs(b)] for g, bs in GROUPS.items()}
    out_dirs = {d for ds in held.values() for d in ds}
    rest = T.ALWAYS_TRAIN + [d for ds in T.DEV_BATCHES.values() for d in ds
                             if d not in out_dirs and (T.DATA / d).is_dir()]
    gaz = load_gazetteer(None)
    groups = {"rest": T.collect(gaz, rest), **{g: T.collect(gaz, ds) for g, ds in held.items()}}
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(groups, fh)
    return groups


def _added(p: dict[str, float], cand: dict, thr: dict[str, float]) -> set[tuple]:
    """The (aligned) triples a candidate with class probabilities *p* adds (as
    ``train_relation_scorer.score``: per type the most probable class passing)."""
    best: dict[str, tuple[float, str]] = {}
    for cl, (typ, _ab) in T.CLASSES.items():
        if p[cl] >= thr.get(typ, 1.01) and p[cl] > best.get(typ, (-1.0, ""))[0]:
            best[typ] = (p[cl], cl)
    out = set()
    for typ, (_p, cl) in best.items():
        s, t = (cand["ga"], cand["gb"]) if T.CLASSES[cl][1] else (cand["gb"], cand["ga"])
        if typ == "MET_WITH" and t < s:
            s, t = t, s
        out.add((typ, s, t))
    return out


def added_by_kind(arts: list[dict], probs: list[list[dict]], thr: dict[str, float]) -> str:
    """The relations the scorer adds at *thr*, counted by candidate kind (tp / fp)."""
    n: Counter = Counter()
    for a, pr in zip(arts, probs, strict=True):
        seen = set(a["rules"])
        for c, p in zip(a["cands"], pr, strict=True):
            if c["related"]:
                continue
            for tr in _added(p, c, thr):
                if tr not in seen:
                    seen.add(tr)
                    n[kind_of(c), tr in a["gold"]] += 1
    kinds = sorted({k for k, _ok in n})
    return ", ".join(f"{k} {n[k, True]}/{n[k, False]}" for k in kinds) or "none"


def _fmt(c: T.Counts) -> str:
    return f"{c.tp}/{c.fp}/{c.fn} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", help="pickle of the collected articles (read if it exists)")
    ap.add_argument("--no-insample", action="store_true")
    args = ap.parse_args()
    groups = collect_all(args.cache)
    chosen_first: dict[str, float] | None = None
    for g in GROUPS:
        others = [a for k, arts in groups.items() if k != g for a in arts]
        model = T.train(others, 0.3)
        arts = groups[g]
        probs = T._probs(model, arts)
        print(f"== held out {g} ({len(arts)} articles): rules "
              f"{_fmt(T.score(arts, None, {})['core'])}")
        with contextlib.redirect_stdout(io.StringIO()):
            thr, c = T.sweep(arts, probs)
        rows = [(f"chosen {thr}", thr)]
        if chosen_first is None:
            chosen_first = thr
        else:
            rows.append((f"at the first group's chosen {chosen_first}", chosen_first))
        rows += [(f"at {name}", t) for name, t in FIXED.items()]
        for label, t in rows:
            print(f"  {label}: {_fmt(T.score(arts, probs, t)['core'])}; added by kind "
                  f"(tp/fp): {added_by_kind(arts, probs, t)}")
    for g, arts in groups.items():
        tot: Counter = Counter()
        pos: Counter = Counter()
        for a in arts:
            for c in a["cands"]:
                if not c["related"]:
                    tot[kind_of(c)] += 1
                    pos[kind_of(c)] += any(v == 1 for v in c["labels"].values())
        print(f"{g}: unrelated candidates (with a gold relation of their sentence): "
              + ", ".join(f"{k} {tot[k]} ({pos[k]})" for k in sorted(tot)))
    if not args.no_insample:
        arts = [a for v in groups.values() for a in v]
        probs = T._probs(T.train(arts, 0.3), arts)
        print(f"== dev in-sample ({len(arts)} articles): rules "
              f"{_fmt(T.score(arts, None, {})['core'])}")
        for name, t in FIXED.items():
            print(f"  at {name}: {_fmt(T.score(arts, probs, t)['core'])}")


if __name__ == "__main__":
    main()
