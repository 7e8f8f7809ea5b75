"""Training and measuring the relation scorer: :func:`train` (one-vs-rest logistic
regressions over the candidates of :mod:`scorer_training_data`), :func:`score` (core counts of
rules + scorer at given thresholds), the threshold sweep on held-out batches (:func:`sweep`),
the leave-one-batch-out cross-validation that chooses C and the thresholds
(:func:`cross_validate`), and :func:`write_weights` (``loaders/extract/relation_scorer.json``).
"""

from __future__ import annotations

import json
import math
import os
import shlex
from collections import defaultdict
from pathlib import Path

from scorer_training_data import (
    ALWAYS_TRAIN,
    DATA,
    DEV_BATCHES,
    NEWEST,
    VALIDATION_BATCHES,
    _batch_dirs,
    collect,
    sample_batches,
)

from loaders.extract.evaluate import CORE_TYPES, Counts
from loaders.extract.gazetteer import load_gazetteer
from loaders.extract.relation_scorer import CLASSES

THRESHOLDS = [round(0.30 + 0.05 * i, 2) for i in range(14)]  # 0.30 .. 0.95
THRESHOLDS_SWEEP = [round(0.20 + 0.05 * i, 2) for i in range(16)]  # 0.20 .. 0.95 (--holdout)
DEFAULT_C_GRID = [0.1, 0.3, 1.0]
MIN_COUNT = 3
MAX_BATCH_LOSS = 0.015  # no held-out batch may lose more core F1 than this
# the pairs the rules left unrelated weigh more: they are what the scorer decides on
UNRELATED_WEIGHT = float(os.environ.get("SCORER_UNRELATED_WEIGHT", "3"))


def train(arts: list[dict], c_reg: float, unrelated_only: bool = False) -> dict:
    """Five one-vs-rest logistic regressions over the candidates of *arts* (also the pairs
    the rules related: they show what a stated relation looks like; unless
    *unrelated_only*)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = defaultdict(int)
    for a in arts:
        for c in a["cands"]:
            for x in set(c["feats"]):
                counts[x] += 1
    vocab = {x for x, n in counts.items() if n >= MIN_COUNT}
    out = {}
    for cl in CLASSES:
        rows, ys, ws = [], [], []
        for a in arts:
            for c in a["cands"]:
                y = c["labels"][cl]
                if y is None or (unrelated_only and c["related"]):
                    continue
                rows.append({x: 1 for x in c["feats"] if x in vocab})
                ys.append(y)
                ws.append(1.0 if c["related"] else UNRELATED_WEIGHT)
        if sum(ys) < 2:
            out[cl] = {"bias": -20.0, "weights": {}}
            continue
        vec = DictVectorizer(sort=True)
        xm = vec.fit_transform(rows).tocsr()
        xm.indices = xm.indices.astype("int32")
        xm.indptr = xm.indptr.astype("int32")
        lr = LogisticRegression(C=c_reg, solver="liblinear", random_state=0, max_iter=1000)
        lr.fit(xm, ys, sample_weight=ws)
        names = vec.get_feature_names_out()
        w = {str(n): round(float(v), 4) for n, v in zip(names, lr.coef_[0], strict=True)
             if abs(v) >= 0.01}
        out[cl] = {"bias": round(float(lr.intercept_[0]), 4), "weights": w}
    return out


def _prob(model: dict, cl: str, feats: list[str]) -> float:
    z = model[cl]["bias"] + sum(model[cl]["weights"].get(x, 0.0) for x in set(feats))
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def _triples(cand: dict, probs: dict[str, float], thr: dict[str, float]) -> set[tuple]:
    """The (aligned) triples a candidate gets from its class probabilities *probs*: the most
    probable class of each type passing its threshold (as RelationScorer.decide)."""
    best: dict[str, tuple[float, str]] = {}
    for cl, (typ, _ab) in CLASSES.items():
        p = probs[cl]
        if p >= thr.get(typ, 1.01) and p > best.get(typ, (-1.0, ""))[0]:
            best[typ] = (p, cl)
    out = set()
    for typ, (_p, cl) in best.items():
        if typ == "MET_WITH" and cand.get("unreal"):
            continue  # (a meeting expected, put off or denied: the veto of scored.py)
        ab = CLASSES[cl][1]
        s, t = (cand["ga"], cand["gb"]) if ab else (cand["gb"], cand["ga"])
        if typ == "ASSASSINATED_BY" and t in cand.get("place", ()):
            continue  # (a country named only as where: the veto of scored.py)
        if typ == "ASSASSINATED_BY" and s not in cand.get("taken", {}).get(t, (s,)):
            continue  # (the rules made this killer someone else's here: the veto of scored.py)
        if typ == "MET_WITH" and t < s:
            s, t = t, s
        out.add((typ, s, t))
    return out


def added_triples(model: dict, cand: dict, thr: dict[str, float]) -> set[tuple]:
    """The (aligned) triples the scorer adds for one candidate (as RelationScorer.decide)."""
    return _triples(cand, {cl: _prob(model, cl, cand["feats"]) for cl in CLASSES}, thr)


def score(arts: list[dict], probs: list[list[dict]] | None, thr: dict[str, float]
          ) -> dict[str, Counts]:
    """Core counts per type (and 'core') of rules (+ scorer when *probs* is given)."""
    res: dict[str, Counts] = defaultdict(Counts)
    for i, a in enumerate(arts):
        pred = set(a["rules"])
        if probs is not None:
            for c, pr in zip(a["cands"], probs[i], strict=True):
                if c["related"] or c.get("skip") or c.get("described") \
                        or c.get("principal") or c.get("unshaped"):
                    continue  # the rules related the pair, or both of it to others in the
                    # sentence: the scorer does not look at it (scorer_candidates); an
                    # Arabic description, a principal (the vetoes of scored.py)
                pred |= _triples(c, pr, thr)
        for tr in pred | a["gold"]:
            for key in (tr[0], "core"):
                if tr in pred and tr in a["gold"]:
                    res[key].tp += 1
                elif tr in pred:
                    res[key].fp += 1
                else:
                    res[key].fn += 1
    return res


def _probs(model: dict, arts: list[dict]) -> list[list[dict]]:
    return [[{cl: _prob(model, cl, c["feats"]) for cl in CLASSES} for c in a["cands"]]
            for a in arts]


def _fmt(c: Counts) -> str:
    return f"{c.precision:.3f} / {c.recall:.3f} / {c.f1:.3f}"


def sweep(arts: list[dict], probs: list[list[dict]]) -> tuple[dict[str, float], Counts]:
    """Print core counts per type and threshold on *arts*, then choose the thresholds by
    coordinate ascent (two rounds, from 'no scorer') on their pooled core F1."""
    print(f"rules only: {_fmt(score(arts, None, {})['core'])}")
    for typ in CORE_TYPES:
        for x in THRESHOLDS_SWEEP:
            c = score(arts, probs, {typ: x})["core"]
            print(f"  {typ} >= {x:.2f}: {c.tp}/{c.fp}/{c.fn} {_fmt(c)}")
    thr = {t: 1.01 for t in CORE_TYPES}
    for _round in range(2):
        for typ in CORE_TYPES:
            cands = [1.01] + THRESHOLDS_SWEEP
            scores = [(score(arts, probs, {**thr, typ: x})["core"].f1, -i)
                      for i, x in enumerate(cands)]
            thr[typ] = cands[-max(scores)[1]]
    return thr, score(arts, probs, thr)["core"]


def write_weights(out: str, model: dict, thr: dict[str, float], meta: dict) -> None:
    """Write the weights file *out* (the format ``RelationScorer`` loads) and say so."""
    data = {"version": 1, "classes": model, "thresholds": thr, "meta": meta}
    Path(out).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0)
                         + "\n", encoding="utf-8")
    print(f"wrote {out} ({sum(len(m['weights']) for m in model.values())} weights)")


def fixed_runs(holdout: list[str] | None, thr: dict[str, float] | None, c_reg: float,
               train_fraction: float, seed: int, chosen_on: str, out: str) -> None:
    """*holdout*: train on dev without the named batches, sweep the thresholds on them (and,
    given *thr*, score them at *thr*: core and per type). Otherwise: train on all dev and
    write the weights with the thresholds *thr*."""
    gaz = load_gazetteer(None)
    held_dirs = [d for b in (holdout or []) for d in _batch_dirs(b)]
    names = [n for n, ds in DEV_BATCHES.items()
             if not set(ds) & set(held_dirs) and all((DATA / d).is_dir() for d in ds)]
    if train_fraction < 1.0:  # the learning curve: a random part of the dev batches
        names = sample_batches(names, train_fraction, seed)
    train_dirs = ALWAYS_TRAIN + [d for n in names for d in DEV_BATCHES[n]]
    arts = collect(gaz, train_dirs)
    print(f"trained on {len(train_dirs)} sets, {len(arts)} articles, C={c_reg}")
    model = train(arts, c_reg)
    if held_dirs:
        held = collect(gaz, held_dirs)
        chosen, c = sweep(held, _probs(model, held))
        print(f"held out {', '.join(holdout or [])} ({len(held)} articles): chosen {chosen} -> "
              f"{c.tp}/{c.fp}/{c.fn} {_fmt(c)}")
        if thr is not None:
            res = score(held, _probs(model, held), thr)
            for key in ("core", *CORE_TYPES):
                r = res[key]
                print(f"at {thr}: {key} {r.tp}/{r.fp}/{r.fn} {_fmt(r)}")
        return
    assert thr is not None
    write_weights(out, model, thr, {"trained_on": train_dirs, "C": c_reg, "min_count": MIN_COUNT,
                                    "chosen_on": chosen_on or "given (--thresholds)",
                                    "command": training_command(thr, c_reg, chosen_on)})


def training_command(thr: dict[str, float], c_reg: float, chosen_on: str) -> str:
    """The command line that writes these weights (recorded in the weights' meta; session 28:
    the single source of truth for a retraining, run from the repository root)."""
    spec = ",".join(f"{t}={thr[t]:g}" for t in CORE_TYPES if thr.get(t, 1.01) <= 1.0)
    cmd = ["python", "bench/train_relation_scorer.py", "--thresholds", spec, "--c", f"{c_reg:g}"]
    if chosen_on:
        cmd += ["--chosen-on", chosen_on]
    return shlex.join(cmd)


def cross_validate(c_grid: list[float], unrelated_only: bool, validate: bool, cv_only: bool,
                   report_file: str | None, out: str) -> None:
    """Leave-one-batch-out over the dev batches for each C of *c_grid*: choose C and the
    per-type thresholds on the pooled held-out core F1 (no batch losing more than
    MAX_BATCH_LOSS; with *validate* also the VALIDATION_BATCHES, none may lose), print the
    table (and write it to *report_file*), and unless *cv_only* write the model trained on all
    dev to *out*."""
    gaz = load_gazetteer(None)
    batches = {name: dirs for name, dirs in DEV_BATCHES.items()
               if all((DATA / d).is_dir() for d in dirs)}
    vbatches = {name: dirs for name, dirs in VALIDATION_BATCHES.items()
                if validate and all((DATA / d).is_dir() for d in dirs)}
    data = {name: collect(gaz, dirs) for name, dirs in batches.items()}
    vdata = {name: collect(gaz, dirs) for name, dirs in vbatches.items()}
    base = collect(gaz, ALWAYS_TRAIN)
    n_c = sum(len(a["cands"]) for arts in data.values() for a in arts) + sum(
        len(a["cands"]) for a in base)
    n_p = sum(1 for arts in [*data.values(), base] for a in arts for c in a["cands"]
              if any(v == 1 for v in c["labels"].values()))
    print(f"{len(data)} batches + always-train sets; {n_c} candidates, {n_p} positive"
          + (f"; validation: {', '.join(vdata)}" if vdata else ""))

    # leave-one-batch-out: probabilities of each held-out batch, per C; with --validate
    # also the probabilities of the validation batches under the model trained on all dev
    all_dev = base + [a for arts in data.values() for a in arts]
    held: dict[float, dict[str, list[list[dict]]]] = {}
    full: dict[float, dict] = {}
    for c_reg in c_grid:
        held[c_reg] = {}
        for name in batches:
            train_arts = base + [a for n, arts in data.items() if n != name for a in arts]
            model = train(train_arts, c_reg, unrelated_only)
            held[c_reg][name] = _probs(model, data[name])
        if vdata or not cv_only:
            full[c_reg] = train(all_dev, c_reg, unrelated_only)
            for name, arts in vdata.items():
                held[c_reg][name] = _probs(full[c_reg], arts)
    evald = {**data, **vdata}  # every batch scored (held out or never trained on)

    rules_f1 = {name: score(arts, None, {})["core"].f1 for name, arts in evald.items()}

    def pooled(c_reg: float, thr: dict[str, float]) -> Counts:
        tot = Counts()
        for name, arts in evald.items():
            tot.add(score(arts, held[c_reg][name], thr)["core"])
        return tot

    def objective(c_reg: float, thr: dict[str, float]) -> float:
        """Pooled core F1 (held-out dev batches + validation batches); -1 if a dev batch
        loses more than MAX_BATCH_LOSS or a validation batch loses anything."""
        for n, arts in evald.items():
            loss = score(arts, held[c_reg][n], thr)["core"].f1 - rules_f1[n]
            if loss < (0.0 if n in vdata else -MAX_BATCH_LOSS):
                return -1.0
        return pooled(c_reg, thr).f1

    # choose C and the per-type thresholds (coordinate ascent from 'no scorer', two rounds)
    best = (-1.0, None, None)
    for c_reg in c_grid:
        thr = {t: 1.01 for t in CORE_TYPES}
        for _round in range(2):
            for typ in CORE_TYPES:
                cands = [1.01] + THRESHOLDS
                scores = [(objective(c_reg, {**thr, typ: x}), -i) for i, x in enumerate(cands)]
                thr[typ] = cands[-max(scores)[1]]
        f = pooled(c_reg, thr).f1
        print(f"C={c_reg}: thresholds {thr} -> pooled core F1 {f:.4f}"
              + (" (held-out dev + validation)" if vdata else " (held-out dev)"))
        if f > best[0]:
            best = (f, c_reg, dict(thr))
    _f, c_reg, thr = best

    lines = [f"Leave-one-batch-out (C={c_reg}, thresholds {thr}); core P / R / F1",
             "", "| held-out batch | arts | rules | rules+scorer | F1 change | added (tp/fp) |",
             "| --- | ---: | --- | --- | ---: | --- |"]

    def rows(group: dict[str, list[dict]], label: str) -> tuple[Counts, Counts]:
        tot_r, tot_s = Counts(), Counts()
        for name, arts in group.items():
            r = score(arts, None, thr)["core"]
            s = score(arts, held[c_reg][name], thr)["core"]
            tot_r.add(r)
            tot_s.add(s)
            lines.append(f"| {name} | {len(arts)} | {_fmt(r)} | {_fmt(s)} | "
                         f"{s.f1 - r.f1:+.3f} | {s.tp - r.tp}/{s.fp - r.fp} |")
        lines.append(f"| {label} | {sum(len(v) for v in group.values())} | {_fmt(tot_r)} | "
                     f"{_fmt(tot_s)} | {tot_s.f1 - tot_r.f1:+.3f} | {tot_s.tp - tot_r.tp}/"
                     f"{tot_s.fp - tot_r.fp} |")
        return tot_r, tot_s

    tot_r, tot_s = rows(data, "pooled (dev, held out)")
    new_r, new_s = Counts(), Counts()
    for name in NEWEST:
        if name in data:
            new_r.add(score(data[name], None, thr)["core"])
            new_s.add(score(data[name], held[c_reg][name], thr)["core"])
    lines.append(f"| pooled, the newest writers (sessions 18-21) | | {_fmt(new_r)} | {_fmt(new_s)} "
                 f"| {new_s.f1 - new_r.f1:+.3f} | {new_s.tp - new_r.tp}/{new_s.fp - new_r.fp} |")
    mean = sum(score(data[n], held[c_reg][n], thr)["core"].f1 - rules_f1[n]
               for n in data) / len(data)
    if vdata:
        lines += ["", "New writers (model trained on all dev):", "",
                  "| batch | arts | rules | rules+scorer | F1 change | added (tp/fp) |",
                  "| --- | ---: | --- | --- | ---: | --- |"]
        rows(vdata, "pooled (validation)")
    lines.append(f"\nmean per-batch core F1 change (dev, held out): {mean:+.4f}")
    report = "\n".join(lines)
    print(report)
    if report_file:
        Path(report_file).write_text(report + "\n", encoding="utf-8")
    if cv_only:
        return
    model = full[c_reg]
    write_weights(out, model, thr,
                  {"trained_on": ALWAYS_TRAIN + [d for n in batches for d in batches[n]],
                   "C": c_reg, "min_count": MIN_COUNT,
                   "chosen_on": "leave-one-batch-out" + (" + " + ", ".join(vdata)
                                                         if vdata else ""),
                   "cv_pooled_core_f1": {"rules": round(tot_r.f1, 4),
                                         "rules+scorer": round(tot_s.f1, 4)},
                   "cv_mean_batch_f1_change": round(mean, 4)})
