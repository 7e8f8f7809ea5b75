"""Session 63 (scorer63): where ``rules+scorer`` loses the gold core pairs of the newest
writer folds held out (``scorer_newest_heldout.FOLDS``: NC-NJ, MU-NB, MM-MT, ME-ML, LR-LY by
default; each fold's scorer trained on the rest of dev). Every missed gold triple (all core
types) is put in one class:

- ``a:absent``: one of the two is not found in the article at all;
- ``a:unnamed``: both found, but one is not named (a Person / Organization / Country mention
  with text) in the gold evidence's sentence(s): a description, a pronoun, another id;
- ``a:later``: as ``a:unnamed`` but the one not named is named in the three sentences before
  (the meeting or killing told before, its people named in the next sentence);
- ``a:cross``: the evidence spans sentences, the two named in different ones;
- ``a:nocue`` / ``a:gate``: both named in one evidence sentence, no candidate for them there;
  the sentence without / with a meeting cue (``SentScan`` bits; for MET_WITH only, the other
  types say ``a:nocand``);
- ``a:related``: the rules related the pair by another type or direction (the scorer skips
  it; ``b`` would not help);
- ``b:low``: a candidate labelled with the triple's class scored below the threshold;
- ``c:gated``: such a candidate passed, but a veto (unreal meeting, place, taken, ...) or
  the inference skip (both mentions related to others) dropped it;
- ``c:wrong``: a candidate passed with another class of the type (the direction).

    python bench/scorer_fold_misses.py [--folds NC-NJ,MU-NB,...] [--show KIND]

Counts per fold and type. ``--show`` prints each miss of a kind with its sentence (dev text
only). Collects the folds' batches once (``scorer_recall_misses.collect_held``, cached in the
temporary folder by the extractor's hash).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import scorer_generalisation as SG  # noqa: E402
import scorer_newest_heldout as NH  # noqa: E402
import scorer_recall_misses as RM  # noqa: E402  (its hooks record the sentences' names)
import scorer_training_data as STD  # noqa: E402
from scorer_training import CLASSES, _probs, _triples, train  # noqa: E402


def _passes(c: dict) -> bool:
    return not (c["related"] or c.get("skip") or c.get("described") or c.get("principal")
                or c.get("unshaped"))


def classify(art: dict, info: dict, probs: list[dict], thr: dict[str, float], gold: dict
             ) -> list[tuple[str, tuple, str, str]]:
    """(kind, triple, evidence sentence, detail) of each gold core triple of *art* missed."""
    pred = set(art["rules"])
    for c, p in zip(art["cands"], probs, strict=True):
        if _passes(c):
            pred |= _triples(c, p, thr)
    ev: dict[tuple, list[tuple[int, int]]] = {}
    for r in gold.get("relations", []):
        s, t = r["source"], r["target"]
        if r["type"] == "MET_WITH" and t < s:
            s, t = t, s
        e = r.get("evidence") or {}
        ev.setdefault((r["type"], s, t), []).append((e.get("start", -1), e.get("end", -1)))
    out = []
    sents = info["sents"]
    for tr in sorted(art["gold"] - pred):
        typ, s, t = tr
        spans = ev.get(tr, [(-1, -1)])
        sis = [i for i, (a, b, _n, _c) in enumerate(sents)
               if any(a < e1 and e0 < b for e0, e1 in spans)]
        sent = " | ".join(gold["text"][sents[i][0]:sents[i][1]] for i in sis)
        if s not in info["found"] or t not in info["found"]:
            out.append(("a:absent", tr, sent, str([x for x in (s, t) if x not in info["found"]])))
            continue
        if any(c["related"] and {c["ga"], c["gb"]} == {s, t} for c in art["cands"]) or any(
                {x[1], x[2]} == {s, t} for x in art["rules"]):
            out.append(("a:related", tr, sent, str(sorted(x for x in art["rules"]
                                                         if {x[1], x[2]} == {s, t}))))
            continue
        classes = [cl for cl, (ty, _ab) in CLASSES.items() if ty == typ]
        mine = [(c, p) for c, p in zip(art["cands"], probs, strict=True)
                if {c["ga"], c["gb"]} == {s, t} and any(c["labels"][cl] == 1 for cl in classes)]
        if mine:
            c, p = max(mine, key=lambda cp: max(cp[1][cl] for cl in classes))
            good = [cl for cl in classes if c["labels"][cl] == 1][0]
            top = max(p[cl] for cl in classes)
            detail = f"p={p[good]:.2f} feats={' '.join(c['feats'])}"
            if p[good] < thr[typ] and top < thr[typ]:
                kind = "b:low"
            elif p[good] < top:
                kind = "c:wrong"
            else:
                kind = "c:gated"
                detail = ("skip " if c.get("skip") else "") + ",".join(
                    k for k in ("unreal", "described", "principal", "unshaped") if c.get(k)) \
                    + " " + detail
            out.append((kind, tr, sent, detail))
            continue
        both = [i for i in sis if {s, t} <= sents[i][2]]
        if not both:
            has_s = any(s in sents[i][2] for i in sis)
            has_t = any(t in sents[i][2] for i in sis)
            kind = "a:cross" if has_s and has_t else "a:unnamed"
            miss = [x for x, h in ((s, has_s), (t, has_t)) if not h]
            if kind == "a:unnamed" and len(miss) == 1 and sis and any(
                    miss[0] in sents[j][2] for j in range(max(0, sis[0] - 3), sis[0])):
                kind = "a:later+att" if any(sents[i][3] & RM._ATTEND_BIT for i in sis) \
                    else "a:later"
            out.append((kind, tr, sent, f"not named: {miss}"))
            continue
        if typ == "MET_WITH":
            kind = "a:gate" if any(sents[i][3] & RM._MEET_BIT for i in both) else "a:nocue"
        else:
            kind = "a:nocand"
        out.append((kind, tr, sent, f"cue bits {[sents[i][3] for i in both]}"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", default="NC-NJ,MU-NB,MM-MT,ME-ML,LR-LY")
    ap.add_argument("--c", type=float, default=0.1)
    ap.add_argument("--show", default="", help="kinds to print, comma-separated (or all)")
    args = ap.parse_args()
    folds = args.folds.split(",")
    data = SG.load(SG.default_cache())
    batches = [b for f in folds for b in NH.FOLDS[f]]
    held = RM.collect_held(batches, Path(tempfile.gettempdir()) /
                           f"scorer63_folds_{SG.default_cache().stem[-12:]}_{len(batches)}.pkl")
    show = set(filter(None, args.show.split(",")))
    per: Counter = Counter()
    kinds: Counter = Counter()
    for f in folds:
        model = train([a for n, v in data.items() if n not in NH.FOLDS[f] for a in v], args.c)
        for n in NH.FOLDS[f]:
            arts, infos = held[n]
            probs = _probs(model, arts)
            files = {p.name: p for d in STD.DEV_BATCHES[n] for p in STD.gold_files([STD.DATA / d])}
            for a, info, pr in zip(arts, infos, probs, strict=True):
                gold = json.loads(files[a["file"]].read_text(encoding="utf-8"))
                for kind, tr, sent, detail in classify(a, info, pr, NH.SHIPPED, gold):
                    per[f, kind] += 1
                    per[f, kind, tr[0]] += 1
                    kinds[kind] += 1
                    kinds[kind, tr[0]] += 1
                    if kind in show or "all" in show:
                        print(f"  [{kind}] {f} {a['file']} {tr}\n    {sent[:400]}\n    {detail}")
    print("kind         total  " + " ".join(f"{f:>6}" for f in folds)
          + "    MET  SUCC  ASSN")
    for k in sorted(x for x in kinds if isinstance(x, str)):
        print(f"{k:<12} {kinds[k]:>5}  " + " ".join(f"{per[f, k]:>6}" for f in folds)
              + "".join(f" {kinds[k, ty]:>5}" for ty in ("MET_WITH", "SUCCESSOR_OF",
                                                         "ASSASSINATED_BY")))
    print(f"{'all':<12} {sum(v for x, v in kinds.items() if isinstance(x, str)):>5}  "
          + " ".join(f"{sum(v for x, v in per.items() if x[0] == f and len(x) == 2):>6}"
                     for f in folds))


if __name__ == "__main__":
    main()
