"""Scorer thresholds measured on writers the code had never seen (session 46, measure (C)).

For each former test set S that later became dev (IF-IN ... KH-KP, KZ-LE, LR-LY, ME-ML), C_S is the last main
commit before S's batches entered ``DEV_BATCHES`` (its rules were never tuned on S, its shipped
scorer never trained on S: checked here from C_S's own ``FORBIDDEN``/``DEV_BATCHES`` and the
weights' ``meta.trained_on``). The script checks C_S out in a detached worktree
(/tmp/thr_<S>), sets every threshold of its ``relation_scorer.json`` to 0.05 and runs C_S's
``rules+scorer`` (and ``rules``) over the article texts of S's gold files (main's tests/data),
with C_S's code only on the path. Every scorer relation keeps its exact probability (the
old code's confidence is made the bare probability, and its one-per-pair-per-article
de-duplication is lifted so the highest probability of a relation is kept: a relation is
then kept at threshold t exactly when the old code at t would give it).

Scoring is main's evaluator (``align_new_ids`` with C_S's gazetteer ids as "known", once per
article on the full prediction; then core TP/FP/FN as ``score_article``); a threshold triple
(MET_WITH, SUCCESSOR_OF, ASSASSINATED_BY) keeps the scorer relations with p >= its type's
threshold. ``--check`` also runs C_S's code at its own shipped thresholds and compares the
core counts with the filtered ones.

The selection is the rule session 46 fixed before measuring (docs/extraction-history.md, "At a glance (end of session 46)"): over the sets
whose shipped model has C 0.1 (unrelated pairs weighted 3, the code's default), the grid triple
(0.20..0.90 step 0.05 each) with the highest mean F1 gain over that commit's rules, among
triples with pooled precision >= 0.80 and no set below its rules F1 by more than 0.01 (ties:
higher pooled precision, then the higher thresholds, compared in that order of types). It is adopted over the shipped
triple (``CURRENT``: 0.65, 0.8, 0.6 in session 46; 0.35, 0.6, 0.3 since) if its mean gain is >= +0.005 above the shipped triple's and it is better on
>= 5 counted sets. The per-type best threshold and a leave-one-set-out selection are printed
for information only.

    python bench/scorer_fresh_thresholds.py --check all > bench/scorer_fresh_thresholds.txt

Sealed sets are refused: a set any of whose folders is in main's ``FORBIDDEN`` is not read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PY = sys.executable
CORE = ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")
CURRENT = (0.35, 0.6, 0.3)  # the shipped triple (session 46 to 59)
GRID = [round(0.20 + 0.05 * i, 2) for i in range(15)]  # 0.20 .. 0.90


def _letters(a: str, b: str) -> list[str]:
    """The two-letter set names from *a* to *b* ('kz'..'le')."""
    def n(x: str) -> int:
        return (ord(x[0]) - 97) * 26 + ord(x[1]) - 97
    return [chr(97 + i // 26) + chr(97 + i % 26) for i in range(n(a), n(b) + 1)]


SETS: dict[str, list[str]] = {s: [f"extract_test_{x}" for x in _letters(*s.lower().split("-"))]
                              for s in ["IF-IN", "IO-IW", "IX-JF", "JG-JO", "JP-JX", "JY-KG",
                                        "KH-KP", "KZ-LE", "LR-LY", "ME-ML"]}
# C_S: the first parent of the commit putting S's batch strings into DEV_BATCHES; for IF-IN
# that commit (9322e106) sat on a branch, merged after s27-meet27 (tuned on IF-IN), so its own
# parent f5a87366 (on main) is used; for LR-LY the first parent (768368f3) already holds session
# 58's blind helpers, tuned on LR-LY, so a3c43d63 (s58-lead before they merged, the code of LR-LY's
# first-contact measure) is used; ME-ML: 8259bd3a, session 59's start
DEFAULT_PAIRS = {"IF-IN": "f5a87366", "IO-IW": "4fe3eca2", "IX-JF": "6e33c965",
                 "JG-JO": "18e6c6f5", "JP-JX": "3277cf60", "JY-KG": "38ff4168",
                 "KH-KP": "37673403", "KZ-LE": "45648077", "LR-LY": "a3c43d63",
                 "ME-ML": "8259bd3a"}

# ---------------------------------------------------------------- run inside C_S's worktree
_RUNNER = r'''
import json, os, sys
mode, out, files = sys.argv[1], sys.argv[2], sys.argv[3:]
from loaders.extract.base import get_extractor
meta = {}
if mode == "meta":
    import bench.scorer_training_data as td
    sys.path.insert(0, "bench")  # (bench/scorer_training.py imports its siblings bare)
    try:
        import bench.scorer_training as st
        w = st.UNRELATED_WEIGHT
    except Exception as e:  # noqa
        w = repr(e)
    dev = sorted({d for v in td.DEV_BATCHES.values() for d in v})
    json.dump({"dev": dev, "forbidden": sorted(td.FORBIDDEN), "unrelated_weight": w},
              open(out, "w"))
    sys.exit(0)
if mode == "rules":
    ex = get_extractor("rules")
else:
    import loaders.extract.scored as sc
    if mode == "full":  # exact probabilities, every occurrence of a relation
        class _AllNew(set):
            def __contains__(self, k):
                return False
        sc.set = _AllNew
        sc.round = lambda x, n=None: x
        sc.SCORER_CONFIDENCE = 1.0
    ex = get_extractor("rules+scorer")
known = sorted(ex.gaz.entries)
arts = []
for f in files:
    gold = json.load(open(f, encoding="utf-8"))
    art = gold.get("article", {})
    pred = ex.extract(gold["text"], lang=art.get("lang"), meta={"id": art.get("id")})
    arts.append({"file": f, "pred": pred})
json.dump({"known": known, "articles": arts}, open(out, "w", encoding="utf-8"), ensure_ascii=False)
'''


def _gold_files(folders: list[str]) -> list[Path]:
    from loaders.extract.evaluate import gold_files
    return gold_files([REPO / "tests" / "data" / d for d in folders])


def _run_old(wt: Path, mode: str, out: Path, files: list[Path]) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("SCORER_GATES", "NEWSGRAPH_EXTRACTOR", "SCORER_UNRELATED_WEIGHT")}
    env["PYTHONPATH"] = str(wt)
    subprocess.run([PY, "-c", _RUNNER, mode, str(out), *map(str, files)], cwd=wt, env=env,
                   check=True)


def _set_thresholds(wt: Path, value: float | None) -> dict:
    """Set every threshold of the worktree's weights to *value* (None: leave them);
    return the shipped file's thresholds and meta."""
    p = wt / "loaders" / "extract" / "relation_scorer.json"
    d = json.loads(p.read_text(encoding="utf-8"))
    info = {"thresholds": dict(d["thresholds"]), "meta": d.get("meta", {})}
    if value is not None:
        d["thresholds"] = {k: value for k in d["thresholds"]}
        p.write_text(json.dumps(d), encoding="utf-8")
    return info


def extract_set(name: str, sha: str, cache: Path, check: bool) -> dict:
    """Run C_S's extractors over S (cached in *cache*); return the commit's meta."""
    from bench.scorer_training_data import FORBIDDEN
    folders = SETS.get(name) or [f"extract_test_{x}" for x in _letters(*name.lower().split("-"))]
    bad = [d for d in folders if d in FORBIDDEN]
    if bad:
        raise SystemExit(f"refused: {name} has sealed folders {bad}")
    cache.mkdir(parents=True, exist_ok=True)
    info_f = cache / f"{name}_info.json"
    need = [m for m in ("rules", "full") + (("shipped",) if check else ())
            if not (cache / f"{name}_{m}.json").exists()]
    if not need and info_f.exists():
        return json.loads(info_f.read_text())
    wt = Path(f"/tmp/thr_{name}")
    files = _gold_files(folders)
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(wt), sha],
                   check=True, capture_output=True)
    try:
        _run_old(wt, "meta", cache / f"{name}_meta.json", [])
        old = json.loads((cache / f"{name}_meta.json").read_text())
        info = _set_thresholds(wt, None)
        info["sha"] = sha
        info["unrelated_weight"] = old["unrelated_weight"]
        info["in_dev_at_C"] = [d for d in folders if d in old["dev"]]
        info["forbidden_at_C"] = [d for d in folders if d in old["forbidden"]]
        info["trained_on_S"] = [d for d in folders if d in info["meta"].get("trained_on", [])]
        info["files"] = len(files)
        if info["in_dev_at_C"] or info["trained_on_S"]:
            raise SystemExit(f"{name}: {sha} already saw the set: {info}")
        if "rules" in need:
            _run_old(wt, "rules", cache / f"{name}_rules.json", files)
        if "shipped" in need:
            _run_old(wt, "shipped", cache / f"{name}_shipped.json", files)
        _set_thresholds(wt, 0.05)
        if "full" in need:
            _run_old(wt, "full", cache / f"{name}_full.json", files)
        info_f.write_text(json.dumps(info))
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(wt)],
                       check=True, capture_output=True)
    return info


# ---------------------------------------------------------------- scoring (main's evaluator)
def _core(trip: set) -> set:
    return {t for t in trip if t[0] in CORE}


def _load(cache: Path, name: str, mode: str) -> tuple[set[str], list[tuple[dict, dict]]]:
    d = json.loads((cache / f"{name}_{mode}.json").read_text(encoding="utf-8"))
    pairs = []
    for a in d["articles"]:
        gold = json.loads(Path(a["file"]).read_text(encoding="utf-8"))
        pairs.append((gold, a["pred"]))
    return set(d["known"]), pairs


def counts_plain(cache: Path, name: str, mode: str) -> tuple[int, int, int]:
    """Core TP/FP/FN of a plain run (rules, or the shipped thresholds), as main's evaluate."""
    from loaders.extract.evaluate import align_new_ids, triples
    known, pairs = _load(cache, name, mode)
    tp = fp = fn = 0
    for gold, pred in pairs:
        g, p = _core(triples(gold)), _core(triples(align_new_ids(gold, pred, known)))
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    return tp, fp, fn


class SetScores:
    """A set's core counts for any threshold triple: the rule triples of the full run, plus
    each scorer triple with its highest probability (aligned once per article)."""

    def __init__(self, cache: Path, name: str):
        from loaders.extract.evaluate import SYMMETRIC, align_new_ids, triples
        known, pairs = _load(cache, name, "full")
        self.gold_n = 0
        self.rule_tp = self.rule_fp = 0
        self.scored: list[tuple[str, float, bool]] = []  # (type, p, in gold)
        self._memo: dict[tuple[str, float], tuple[int, int]] = {}
        for gold, pred in pairs:
            g = _core(triples(gold))
            self.gold_n += len(g)
            pred = align_new_ids(gold, pred, known)
            rule, best = set(), {}
            for r in pred.get("relations", []):
                if r["type"] not in CORE:
                    continue
                s, t = r["source"], r["target"]
                if r["type"] in SYMMETRIC and t < s:
                    s, t = t, s
                k = (r["type"], s, t)
                if r.get("method", "").startswith("scorer"):
                    best[k] = max(best.get(k, 0.0), float(r["confidence"]))
                else:
                    rule.add(k)
            self.rule_tp += len(rule & g)
            self.rule_fp += len(rule - g)
            self.scored += [(k[0], p, k in g) for k, p in best.items() if k not in rule]

    def by_type(self, typ: str, thr: float) -> tuple[int, int]:
        """Scorer TP, FP of *typ* kept at threshold *thr*."""
        hit = self._memo.get((typ, thr))
        if hit is not None:
            return hit
        tp = sum(1 for t, p, ok in self.scored if t == typ and p >= thr and ok)
        fp = sum(1 for t, p, ok in self.scored if t == typ and p >= thr and not ok)
        self._memo[(typ, thr)] = (tp, fp)
        return tp, fp

    def counts(self, trip: tuple[float, float, float]) -> tuple[int, int, int]:
        tp, fp = self.rule_tp, self.rule_fp
        for typ, thr in zip(CORE, trip, strict=True):
            a, b = self.by_type(typ, thr)
            tp, fp = tp + a, fp + b
        return tp, fp, self.gold_n - tp


def prf(c: tuple[int, int, int]) -> tuple[float, float, float]:
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _fmt(c: tuple[int, int, int]) -> str:
    p, r, f = prf(c)
    return f"F1 {f:.4f} P {p:.3f} R {r:.3f} TP {c[0]} FP {c[1]} FN {c[2]}"


def select(names: list[str], table: dict, rules_f1: dict) -> tuple | None:
    """The pre-registered choice over *names*: (mean gain, pooled P, triple) or None."""
    best = None
    if not names:
        return None
    for trip, per in table.items():
        gains = [prf(per[n])[2] - rules_f1[n] for n in names]
        if min(gains) < -0.01:
            continue
        tp = sum(per[n][0] for n in names)
        fp = sum(per[n][1] for n in names)
        pp = tp / (tp + fp) if tp + fp else 0.0
        if pp < 0.80:
            continue
        key = (round(sum(gains) / len(gains), 10), round(pp, 10), trip)
        if best is None or key > best:
            best = key
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pairs", nargs="*", help="SET=SHA (default: the pairs found in session 46)")
    ap.add_argument("--cache", default="/tmp/thr_cache", help="predictions (JSON) kept here")
    ap.add_argument("--check", default="", help="sets ('all' or IX-JF,KZ-LE) also run at their "
                    "shipped thresholds, to compare with the filtered counts")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    pairs = dict(p.split("=", 1) for p in args.pairs) if args.pairs else DEFAULT_PAIRS
    cache = Path(args.cache)
    check = set(SETS) if args.check == "all" else set(filter(None, args.check.split(",")))
    infos = {n: extract_set(n, sha, cache, n in check) for n, sha in pairs.items()}
    names = list(pairs)
    for n in names:
        SETS.setdefault(n, [f"extract_test_{x}" for x in _letters(*n.lower().split("-"))])
    counted = [n for n in names if infos[n]["meta"].get("C") == 0.1
               and infos[n]["unrelated_weight"] == 3.0]
    print("# scorer thresholds on writers the code never saw (measure (C), session 46 pre-registration)")
    print("\n## commits")
    for n in names:
        i = infos[n]
        th = i["thresholds"]
        print(f"{n}: C_S {i['sha']}  {i['files']} pieces  model C {i['meta'].get('C')}  "
              f"unrelated weight {i['unrelated_weight']} (code default; meta does not record it)"
              f"  shipped MET {th['MET_WITH']} SUC {th['SUCCESSOR_OF']} ASS "
              f"{th['ASSASSINATED_BY']}  S in FORBIDDEN at C_S: {len(i['forbidden_at_C'])}/"
              f"{len(SETS[n])}, in DEV_BATCHES: {len(i['in_dev_at_C'])}, in trained_on: "
              f"{len(i['trained_on_S'])}  {'COUNTED' if n in counted else 'not counted'}")
    scores = {n: SetScores(cache, n) for n in names}
    rules = {n: counts_plain(cache, n, "rules") for n in names}
    rules_f1 = {n: prf(rules[n])[2] for n in names}
    table = {}
    for a in GRID:
        for b in GRID:
            for c in GRID:
                table[(a, b, c)] = {n: scores[n].counts((a, b, c)) for n in names}

    def cts(n: str, trip: tuple) -> tuple[int, int, int]:
        return table[trip][n] if trip in table else scores[n].counts(trip)

    def shipped(n: str) -> tuple:
        th = infos[n]["thresholds"]
        return tuple(float(th[t]) for t in CORE)

    if check:
        print("\n## sanity: the old code run at its own shipped thresholds vs the filtered counts")
        for n in names:
            if (cache / f"{n}_shipped.json").exists():
                direct = counts_plain(cache, n, "shipped")
                filt = cts(n, shipped(n))
                print(f"{n} {shipped(n)}: direct TP/FP/FN {direct}, filtered {filt}: "
                      f"{'same' if direct == filt else 'DIFFERENT'}")
        print("rules alone vs the full run's rule part (core TP/FP): " + "; ".join(
            f"{n} {rules[n][:2]} / {(scores[n].rule_tp, scores[n].rule_fp)}" for n in names))
    sel = select(counted, table, rules_f1)
    cur_gain = {n: prf(cts(n, CURRENT))[2] - rules_f1[n] for n in names}
    print("\n## per set (core; gain = F1 - that commit's rules F1)")
    for n in names:
        print(f"{n} ({'counted' if n in counted else 'not counted'})")
        print(f"  rules            {_fmt(rules[n])}")
        rows = [("shipped at C_S", shipped(n)), ("current", CURRENT)]
        if sel:
            rows.append(("selected", sel[2]))
        for label, trip in rows:
            c = cts(n, trip)
            print(f"  {label:<16} {trip}  {_fmt(c)}  gain {prf(c)[2] - rules_f1[n]:+.4f}")
    print("\n## selection over the counted sets: " + ", ".join(counted))
    if sel is None:
        print("no triple meets the constraints")
        return
    trip = sel[2]
    mean_cur = sum(cur_gain[n] for n in counted) / len(counted)
    better = [n for n in counted if prf(cts(n, trip))[2] > prf(cts(n, CURRENT))[2]]
    tp = sum(cts(n, CURRENT)[0] for n in counted)
    fp = sum(cts(n, CURRENT)[1] for n in counted)
    print(f"selected (MET_WITH, SUCCESSOR_OF, ASSASSINATED_BY) = {trip}: mean gain {sel[0]:+.4f}, "
          f"pooled precision {sel[1]:.3f}")
    print(f"current {CURRENT}: mean gain {mean_cur:+.4f}, pooled precision {tp / (tp + fp):.3f}, "
          f"worst set gain {min(cur_gain[n] for n in counted):+.4f}")
    diff = sel[0] - mean_cur
    ok = diff >= 0.005 and len(better) >= 5
    print(f"selected - current: {diff:+.4f} mean gain; better on {len(better)} of {len(counted)} "
          f"({', '.join(better)}); adoption rule (>= +0.005 and >= 5 sets): "
          f"{'HOLDS' if ok else 'does NOT hold'}")
    ranked = sorted((select(counted, {t: table[t]}, rules_f1) or (-9, 0, t)) for t in table)
    print("top 10 triples (mean gain, pooled P, triple): " + "; ".join(
        f"{g:+.4f} {p:.3f} {t}" for g, p, t in ranked[::-1][:10] if g > -9))
    print("\n## for information only (not used)")
    for label, t3 in (("current", CURRENT), ("selected", trip)):
        parts = []
        for typ, thr in zip(CORE, t3, strict=True):
            a = sum(scores[n].by_type(typ, thr)[0] for n in counted)
            b = sum(scores[n].by_type(typ, thr)[1] for n in counted)
            parts.append(f"{typ} {thr}: +{a} TP +{b} FP")
        print(f"scorer relations over the counted sets at {label}: " + "; ".join(parts))
    for i, typ in enumerate(CORE):
        gains = []
        for v in GRID:
            t = list(CURRENT)
            t[i] = v
            g = sum(prf(cts(n, tuple(t)))[2] - rules_f1[n] for n in counted) / len(counted)
            gains.append((g, v))
        g, v = max(gains)
        print(f"per-type best {typ} (others at current): {v} (mean gain {g:+.4f}); curve "
              + " ".join(f"{v2}:{g2:+.4f}" for g2, v2 in gains))
    print("leave one set out (the triple chosen on the other counted sets; the held-out set's "
          "gain over rules at it, and at current):")
    for n in counted:
        rest = [m for m in counted if m != n]
        s = select(rest, table, rules_f1)
        if s is None:
            print(f"  without {n}: none")
            continue
        print(f"  without {n}: {s[2]} (mean gain on the rest {s[0]:+.4f}); {n} gain "
              f"{prf(cts(n, s[2]))[2] - rules_f1[n]:+.4f} (current {cur_gain[n]:+.4f})")


if __name__ == "__main__":
    main()
