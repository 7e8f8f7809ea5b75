"""Session 30 (scorerold): every relation the scorer adds to the rules' output on the
held-out groups of ``bench/scorer_generalisation.py`` ((B) the older-era writers, (A) the
newest), right or wrong, with its sentence, its probability and its top features.

    python bench/scorer_added.py [--side A|B|AB] [--c 0.1] [--thresholds MET_WITH=0.4,...]
        [--kinds bench/scorer_added_kinds.tsv] [--quiet]

Each group is held out in turn and scored by a model trained on the rest of dev (the same
models and cached candidates as ``scorer_generalisation.py``), at the shipped thresholds
unless given. A relation is listed once per article (its most probable candidate), as
``score`` counts it. With ``--kinds``, a tab-separated file of hand-sorted relations
(folder, file, type, source, target, kind), prints the count of each kind per side, right
(tp) and wrong (fp); an added relation the file does not sort is counted as "unsorted".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from scorer_generalisation import (  # noqa: E402
    GROUPS_A,
    GROUPS_B,
    SHIPPED,
    default_cache,
    held_models,
    load,
)
from scorer_training import _prob, _triples  # noqa: E402
from scorer_training_data import DATA  # noqa: E402

from loaders.extract.relation_scorer import CLASSES  # noqa: E402

TOP = 6  # features shown per relation


def added(arts: list[dict], model: dict, thr: dict[str, float]) -> list[dict]:
    """The relations the scorer adds to the rules' output of *arts* (one per article and
    triple, from its most probable candidate), each with its candidate, class, probability
    and whether the gold holds it."""
    out = []
    for a in arts:
        best: dict[tuple, dict] = {}
        for c in a["cands"]:
            if c["related"] or c["skip"] or c["described"] or c.get("principal") or c.get("unshaped"):
                continue  # (as ``score``: pairs the scorer never sees at inference)
            probs = {cl: _prob(model, cl, c["feats"]) for cl in CLASSES}
            for tr in _triples(c, probs, thr) - a["rules"]:
                cl, p = max(((k, v) for k, v in probs.items() if CLASSES[k][0] == tr[0]),
                            key=lambda kv: kv[1])
                if tr not in best or p > best[tr]["p"]:
                    best[tr] = {"art": a, "cand": c, "cls": cl, "p": p, "triple": tr,
                                "ok": tr in a["gold"]}
        out.extend(best.values())
    return out


def top_features(model: dict, cls: str, feats: list[str], n: int = TOP) -> str:
    """The *n* features that weigh most (either sign) for class *cls*, with their weights."""
    w = model[cls]["weights"]
    ws = sorted(((w[x], x) for x in set(feats) if x in w), key=lambda t: -abs(t[0]))[:n]
    return " ".join(f"{x}:{v:+.2f}" for v, x in ws)


def read_kinds(path: str) -> dict[tuple, str]:
    """(folder, file, type, source, target) -> kind, from the hand-sorted table."""
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        d, f, typ, s, t, kind = line.split("\t")[:6]
        out[(d, f, typ, s, t)] = kind.strip()
    return out


def key_of(r: dict) -> tuple:
    return (r["art"]["dir"], r["art"]["file"], *r["triple"])


def show(r: dict, model: dict, side: str, group: str) -> None:
    a, c = r["art"], r["cand"]
    gold = json.loads((DATA / a["dir"] / a["file"]).read_text(encoding="utf-8"))
    names = {e["id"]: e["name"] for e in gold["entities"]}
    typ, s, t = r["triple"]
    lo, hi = c["span"]
    sent = " ".join(gold["text"][lo:hi].split())
    print(f"{'TP' if r['ok'] else 'FP'} {side} {group} {a['dir']}\t{a['file']}\t{typ}\t{s}\t{t}")
    print(f"   {names.get(s, '(not in gold: ' + s + ')')} -> "
          f"{names.get(t, '(not in gold: ' + t + ')')}  p {r['p']:.2f} {r['cls']}")
    print(f"   feats: {top_features(model, r['cls'], c['feats'])}")
    print(f"   | {sent}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--side", default="B", choices=["A", "B", "AB"])
    ap.add_argument("--c", type=float, default=0.1)
    ap.add_argument("--thresholds", default="")
    ap.add_argument("--kinds", default=None)
    ap.add_argument("--quiet", action="store_true", help="counts only")
    args = ap.parse_args()
    thr = dict(SHIPPED)
    for part in filter(None, args.thresholds.split(",")):
        k, _eq, v = part.partition("=")
        thr[k] = float(v)
    data = load(default_cache())
    kinds = read_kinds(args.kinds) if args.kinds else {}
    for side, groups in (("A", GROUPS_A), ("B", GROUPS_B)):
        if side not in args.side:
            continue
        tally: Counter = Counter()
        for g, (arts, model) in zip(groups, held_models(data, groups, args.c), strict=True):
            for r in sorted(added(arts, model, thr), key=lambda r: (not r["ok"], key_of(r))):
                tally[(kinds.get(key_of(r), "unsorted"), r["ok"], r["triple"][0])] += 1
                if not args.quiet:
                    show(r, model, side, g[0].split()[0])
        print(f"== {side}: added tp {sum(v for k, v in tally.items() if k[1])}, "
              f"fp {sum(v for k, v in tally.items() if not k[1])}")
        for kind in sorted({k[0] for k in tally}):
            tp = sum(v for k, v in tally.items() if k[0] == kind and k[1])
            fp = sum(v for k, v in tally.items() if k[0] == kind and not k[1])
            print(f"   {kind}: tp {tp} fp {fp}")


if __name__ == "__main__":
    main()
