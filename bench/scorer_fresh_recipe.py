"""The scorer's training recipe measured on writers the code had never seen (session 47, (C')).

Measure (C) of session 46 (``bench/scorer_fresh_thresholds.py``) runs each former test set S
with the code and the *shipped* scorer of C_S, the last main commit before S became dev. This
script asks the next question: would another training recipe have served those writers
better? For each S and each setting it checks C_S out in a detached worktree
(/tmp/recipe_<S>), retrains C_S's scorer there with C_S's own training script on C_S's own
dev (``bench/train_relation_scorer.py --thresholds ... --c C``, unrelated pairs weighted by
``$SCORER_UNRELATED_WEIGHT``), sets every threshold to 0.05 and runs the (C) extraction with
exact probabilities. Each setting is then scored as (C) is, with main's evaluator, and
session 46's selection rule picks its best threshold triple.

Settings (session 47's pre-registration, docs/extraction.md "At a glance (end of session
47)"): S0 = C 0.1, weight 3 (the shipped recipe, retrained: the script reports whether the
retrained weights equal the shipped ones), S1 = C 0.05, S2 = C 0.2, S3 = weight 1.5,
S4 = weight 6. A setting is adopted over S0 if its selected mean gain over the rules is at
least +0.005 above S0's and its per-set gain (at its own selected triple) beats S0's (at S0's)
on at least 4 of the 6 counted sets.

    python bench/scorer_fresh_recipe.py > bench/scorer_fresh_recipe.txt

Predictions are cached in ``--cache`` (one folder per setting). Sealed sets are refused as in
scorer_fresh_thresholds.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scorer_fresh_thresholds import (  # noqa: E402
    CORE,
    DEFAULT_PAIRS,
    GRID,
    PY,
    REPO,
    SETS,
    SetScores,
    _gold_files,
    _run_old,
    _set_thresholds,
    counts_plain,
    prf,
    select,
)

COUNTED = ["IX-JF", "JG-JO", "JP-JX", "JY-KG", "KH-KP", "KZ-LE"]
SETTINGS: dict[str, tuple[float, float]] = {  # name: (C, unrelated weight)
    "S0": (0.1, 3.0), "S1": (0.05, 3.0), "S2": (0.2, 3.0), "S3": (0.1, 1.5), "S4": (0.1, 6.0)}
WEIGHTS = Path("loaders") / "extract" / "relation_scorer.json"


def _model_part(path: Path) -> dict:
    """The weights file without its thresholds and meta (what training decides)."""
    d = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in d.items() if k not in ("thresholds", "meta")}


def _train(wt: Path, c_reg: float, weight: float) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("SCORER_GATES", "NEWSGRAPH_EXTRACTOR")}
    env.update(PYTHONPATH=str(wt), SCORER_UNRELATED_WEIGHT=f"{weight:g}")
    spec = ",".join(f"{t}=0.05" for t in CORE)
    subprocess.run([PY, "bench/train_relation_scorer.py", "--thresholds", spec, "--c", f"{c_reg:g}"],
                   cwd=wt, env=env, check=True, capture_output=True)


def run_set(name: str, sha: str, cache: Path, settings: list[str], thr_cache: Path) -> dict:
    """Retrain and extract S for every setting not cached; return {setting: same-as-shipped}."""
    from bench.scorer_training_data import FORBIDDEN
    folders = SETS[name]
    if any(d in FORBIDDEN for d in folders):
        raise SystemExit(f"refused: {name} has sealed folders")
    need = [s for s in settings if not (cache / s / f"{name}_full.json").exists()]
    same: dict[str, bool] = {}
    for s in settings:
        (cache / s).mkdir(parents=True, exist_ok=True)
        rules = cache / s / f"{name}_rules.json"
        if not rules.exists():  # the rules' run, its gold paths made this checkout's
            d = json.loads((thr_cache / f"{name}_rules.json").read_text(encoding="utf-8"))
            for a in d["articles"]:
                a["file"] = str(REPO / "tests" / "data" / Path(a["file"]).parent.name
                                / Path(a["file"]).name)
            rules.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        flag = cache / s / f"{name}_same.json"
        if flag.exists():
            same[s] = json.loads(flag.read_text())
    if not need:
        return same
    wt = Path(f"/tmp/recipe_{name}")
    files = _gold_files(folders)
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(wt), sha],
                   check=True, capture_output=True)
    try:
        shipped = _model_part(wt / WEIGHTS)
        for s in need:
            subprocess.run(["git", "-C", str(wt), "checkout", "--", str(WEIGHTS)], check=True)
            c_reg, weight = SETTINGS[s]
            _train(wt, c_reg, weight)
            same[s] = _model_part(wt / WEIGHTS) == shipped
            (cache / s / f"{name}_same.json").write_text(json.dumps(same[s]))
            _set_thresholds(wt, 0.05)
            _run_old(wt, "full", cache / s / f"{name}_full.json", files)
            print(f"# {name} {s} done", file=sys.stderr, flush=True)
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(wt)],
                       check=True, capture_output=True)
    return same


def evaluate(cache: Path, setting: str, names: list[str]) -> tuple:
    """(selection, per-set F1 at the selected triple, per-set rules F1, per-set counts)."""
    scores = {n: SetScores(cache / setting, n) for n in names}
    rules_f1 = {n: prf(counts_plain(cache / setting, n, "rules"))[2] for n in names}
    table = {(a, b, c): {n: scores[n].counts((a, b, c)) for n in names}
             for a in GRID for b in GRID for c in GRID}
    sel = select(names, table, rules_f1)
    per = {n: table[sel[2]][n] for n in names} if sel else {}
    return sel, per, rules_f1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", default="/tmp/recipe_cache")
    ap.add_argument("--thr-cache", default="/tmp/thr_cache",
                    help="scorer_fresh_thresholds.py's cache (the rules runs are reused)")
    ap.add_argument("--sets", default=",".join(COUNTED))
    ap.add_argument("--settings", default=",".join(SETTINGS))
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    cache, thr_cache = Path(args.cache), Path(args.thr_cache)
    names = args.sets.split(",")
    settings = args.settings.split(",")
    for n in names:
        if not (thr_cache / f"{n}_rules.json").exists():
            raise SystemExit(f"run bench/scorer_fresh_thresholds.py first ({n}_rules.json missing)")
    same = {n: run_set(n, DEFAULT_PAIRS[n], cache, settings, thr_cache) for n in names}
    print("# the scorer's training recipe on writers the code never saw (measure (C'), session 47)")
    print("sets: " + ", ".join(f"{n} (C_S {DEFAULT_PAIRS[n]})" for n in names))
    print("S0 retrained = shipped weights: " + ", ".join(
        f"{n} {'yes' if same[n].get('S0') else 'NO'}" for n in names))
    res = {s: evaluate(cache, s, names) for s in settings}
    print("\n| setting | C | unrelated weight | selected triple | mean gain over rules | pooled P | "
          + " | ".join(names) + " |")
    print("| --- | ---: | ---: | --- | ---: | ---: | " + " | ".join("---:" for _ in names) + " |")
    for s in settings:
        sel, per, rules_f1 = res[s]
        if sel is None:
            print(f"| {s} | | | none | | |")
            continue
        c_reg, weight = SETTINGS[s]
        cells = [f"{prf(per[n])[2]:.3f} ({prf(per[n])[2] - rules_f1[n]:+.3f})" for n in names]
        print(f"| {s} | {c_reg:g} | {weight:g} | {sel[2]} | {sel[0]:+.4f} | {sel[1]:.3f} | "
              + " | ".join(cells) + " |")
    base = res["S0"]
    print("\n## adoption (pre-registered: >= +0.005 mean gain over S0 and better on >= 4 of "
          f"{len(names)} sets)")
    best = None
    for s in settings:
        if s == "S0" or res[s][0] is None:
            continue
        diff = res[s][0][0] - base[0][0]
        better = [n for n in names if prf(res[s][1][n])[2] > prf(base[1][n])[2]]
        ok = diff >= 0.005 and len(better) >= 4
        print(f"{s}: {diff:+.4f} mean gain vs S0, better on {len(better)} ({', '.join(better)}):"
              f" {'HOLDS' if ok else 'does not hold'}")
        if ok and (best is None or res[s][0][0] > res[best][0][0]):
            best = s
    print(f"adopted: {best or 'none (S0 stays)'}")


if __name__ == "__main__":
    main()
