"""Train the relation scorer of ``rules+scorer`` on the DEV annotations, measure it by
leave-one-batch-out, and write ``loaders/extract/relation_scorer.json``.

    python bench/train_relation_scorer.py [--cv-only] [--out PATH] [--report FILE]

Needs scikit-learn (requirements-dev.txt); the extractor itself does not.

1. Every dev article (``tests/data/extract_heldout*`` and the dev sets listed in
   ``DEV_BATCHES``) is extracted by the rules, one fresh extractor per batch (as
   ``python -m loaders evaluate <batch>`` does). Candidate pairs are those of
   :func:`loaders.extract.scorer_candidates.doc_candidates` (sentences with a core cue word,
   pairs the rules did not relate). A pair is labelled by the gold relations whose evidence
   sentence is that sentence (ids aligned as the evaluator aligns them); a pair whose gold
   relation is stated in another sentence only is left out of training.
2. Leave-one-batch-out: for each batch of three sets one annotator wrote together, train
   without it, add the pairs passing a threshold to the rules' output, and score core
   P/R/F1 on it. The older sets (heldout1-12, written by the engineers) are always trained
   on. The thresholds (one per relation type) and the regularisation are the ones with the
   best pooled core F1 over the held-out batches among those where no batch loses more
   than MAX_BATCH_LOSS.
3. The final model is trained on all dev batches and written with the chosen thresholds.

4. ``--validate``: the model trained on all dev is also scored on the new writers' batches
   (``VALIDATION_BATCHES``, never trained on; numbers only), and C and the thresholds are
   chosen on them pooled with the held-out dev batches (no validation batch may lose).

5. ``--holdout 'HN HO HP' --holdout ...``: train once on the other dev batches and sweep the
   thresholds on the held-out ones (the newest writers, when the rules have not been tuned on
   them yet); ``--thresholds MET_WITH=0.4,...``: train on all dev and write those thresholds
   (session 25: chosen that way, the cross-validation of steps 2-3 takes most of an hour on
   1,245 articles).

Deterministic: fixed file order, liblinear with a fixed random_state. The TEST sets
(``FORBIDDEN``) and the blind batches are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from loaders.extract.evaluate import (  # noqa: E402
    CORE_TYPES,
    Counts,
    align_new_ids,
    gold_files,
    triples,
)
from loaders.extract.gazetteer import load_gazetteer  # noqa: E402
from loaders.extract.relation_scorer import CLASSES, WEIGHTS_FILE  # noqa: E402
from loaders.extract.rules import RuleExtractor  # noqa: E402
from loaders.extract.scorer_candidates import doc_candidates  # noqa: E402

DATA = REPO / "tests" / "data"
# batches of three sets written together by one blind annotator (held out in turn)
DEV_BATCHES: dict[str, list[str]] = {
    "A-C (13-15)": ["extract_heldout13", "extract_heldout14", "extract_heldout15"],
    "G-I (16-18)": ["extract_heldout16", "extract_heldout17", "extract_heldout18"],
    "J-L (19-21)": ["extract_heldout19", "extract_heldout20", "extract_heldout21"],
    "Q-T (22-25)": ["extract_heldout22", "extract_heldout23", "extract_heldout24",
                    "extract_heldout25"],
    "U-W (26-28)": ["extract_heldout26", "extract_heldout27", "extract_heldout28"],
    "AA-AC (29-31)": ["extract_heldout29", "extract_heldout30", "extract_heldout31"],
    "AG-AI (32-34)": ["extract_heldout32", "extract_heldout33", "extract_heldout34"],
    "AJ-AL (35-37)": ["extract_heldout35", "extract_heldout36", "extract_heldout37"],
    "AD-AF (test_ad-af)": ["extract_test_ad", "extract_test_ae", "extract_test_af"],
    "AM-AO (38-40)": ["extract_heldout38", "extract_heldout39", "extract_heldout40"],
    "AP-AR (41-43)": ["extract_heldout41", "extract_heldout42", "extract_heldout43"],
    "AS-AU (test_as-au)": ["extract_test_as", "extract_test_at", "extract_test_au"],
    "AY-BA (44-46)": ["extract_heldout44", "extract_heldout45", "extract_heldout46"],
    "BB-BD (47-49)": ["extract_heldout47", "extract_heldout48", "extract_heldout49"],
    "BH-BJ (test_bh-bj)": ["extract_test_bh", "extract_test_bi", "extract_test_bj"],
    "BK-BM (test_bk-bm)": ["extract_test_bk", "extract_test_bl", "extract_test_bm"],
    "BN-BP (50-52)": ["extract_heldout50", "extract_heldout51", "extract_heldout52"],
    "BQ-BS (53-55)": ["extract_heldout53", "extract_heldout54", "extract_heldout55"],
    "BT-BV (test_bt-bv)": ["extract_test_bt", "extract_test_bu", "extract_test_bv"],
    "CL-CN (test_cl-cn)": ["extract_test_cl", "extract_test_cm", "extract_test_cn"],
    "CR-CT (test_cr-ct)": ["extract_test_cr", "extract_test_cs", "extract_test_ct"],
    "CU-CW (test_cu-cw)": ["extract_test_cu", "extract_test_cv", "extract_test_cw"],
    **{_batch: [f"extract_test_{x}" for x in _batch.lower().split()]
       for _batch in [
           # written since session 13 (each a blind test or dev batch before it became dev)
           "DA DB DC", "DD DE DF", "DJ DK DL", "DM DN DO", "DP DQ DR", "DS DT DU", "DV DW DX",
           "DY DZ EA", "EB EC ED", "EE EF EG", "EH EI EJ", "EK EL EM", "EN EO EP", "EQ ER ES",
           "ET EU EV", "EW EX EY", "EZ FA FB", "FC FD FE", "FF FG FH", "FI FJ FK", "FL FM FN",
           "FO FP FQ", "FR FS FT", "FU FV FW", "FX FY FZ", "GA GB GC", "GD GE GF", "GG GH GI",
           "GJ GK GL", "GM GN GO", "GP GQ GR", "GS GT GU", "GV GW GX", "GY GZ HA", "HB HC HD",
           "HE HF HG", "HH HI HJ", "HK HL HM", "HN HO HP", "HQ HR HS", "HT HU HV",
           "HW HX HY", "HZ IA IB", "IC ID IE"]},
}
# the newest writers (sessions 18-21): the pooled held-out figure on them decides whether the
# scorer helps on text the rules were least tuned on
NEWEST = [b for b in DEV_BATCHES if b.split()[0] in {
    "ET", "EW", "EZ", "FC", "FF", "FI", "FL", "FO", "FR", "FU", "FX", "GA", "GD", "GG", "GJ",
    "GM", "GP", "GS"}]
# validation batches of new writers (--validate): scored as a whole, never trained on
VALIDATION_BATCHES: dict[str, list[str]] = {}  # DA-DF, once kept for this, are dev since session 22
ALWAYS_TRAIN = ["extract_heldout"] + [f"extract_heldout{i}" for i in range(2, 13)]
# the test sets (never read; the lead measures them)
FORBIDDEN = {f"extract_test_{x}" for x in [
    *"defmnopxyz", "av", "aw", "ax", "be", "bf", "bg", "bw", "bx", "by", "bz", "ca", "cb", "cc",
    "cd", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "co", "cp", "cq", "cx", "cy", "cz", "dg",
    "dh", "di", "if", "ig", "ih", "ii", "ij", "ik", "il", "im", "in"]}
THRESHOLDS = [round(0.30 + 0.05 * i, 2) for i in range(14)]  # 0.30 .. 0.95
THRESHOLDS_SWEEP = [round(0.20 + 0.05 * i, 2) for i in range(16)]  # 0.20 .. 0.95 (--holdout)
DEFAULT_C_GRID = [0.1, 0.3, 1.0]
C_GRID = DEFAULT_C_GRID
MIN_COUNT = 3
MAX_BATCH_LOSS = 0.015  # no held-out batch may lose more core F1 than this
UNRELATED_ONLY = False
# the pairs the rules left unrelated weigh more: they are what the scorer decides on
UNRELATED_WEIGHT = float(__import__("os").environ.get("SCORER_UNRELATED_WEIGHT", "3"))


class _Capture(RuleExtractor):
    """The rule extractor, keeping the analysed article for the training script."""

    last: tuple | None = None

    def more_relations(self, doc, rels, lang):  # type: ignore[no-untyped-def]
        self.last = (doc, list(rels), lang)
        return rels


def collect(gaz, dirs: list[str]) -> list[dict]:
    """One record per article of *dirs* (one extractor for the batch): rule triples
    (aligned), gold triples, candidates with features and labels."""
    ex = _Capture(gazetteer=gaz)
    known = set(gaz.entries)
    arts = []
    for d in dirs:
        assert d not in FORBIDDEN, d
        for f in gold_files([DATA / d]):
            gold = json.loads(f.read_text(encoding="utf-8"))
            lang = gold.get("article", {}).get("lang")
            pred = ex.extract(gold["text"], lang=lang, meta={"id": gold["article"].get("id")})
            doc, rels, lang = ex.last
            aligned = align_new_ids(gold, pred, known)
            ren = {a["id"]: b["id"] for a, b in zip(pred["entities"], aligned["entities"],
                                                    strict=True)}
            ev = defaultdict(list)  # gold triple -> evidence spans
            for r in gold.get("relations", []):
                if r["type"] not in CORE_TYPES:
                    continue
                s, t = r["source"], r["target"]
                if r["type"] == "MET_WITH" and t < s:
                    s, t = t, s
                e = r.get("evidence") or {}
                ev[(r["type"], s, t)].append((e.get("start", -1), e.get("end", -1)))
            cands = []
            related = {frozenset((r.source, r.target)) for r in rels if r.type in CORE_TYPES}
            for si, c in doc_candidates(doc, rels, lang, include_related=True):
                sent = doc.sents[si]
                ga, gb = ren.get(c.a.eid, c.a.eid), ren.get(c.b.eid, c.b.eid)
                labels = {}
                for cl, (typ, ab) in CLASSES.items():
                    if typ == "MET_WITH":
                        key = (typ, *sorted((ga, gb)))
                    else:
                        key = (typ, ga, gb) if ab else (typ, gb, ga)
                    spans = ev.get(key)
                    if not spans:
                        labels[cl] = 0
                    elif any(a < sent.end and sent.start < b for a, b in spans):
                        labels[cl] = 1
                    else:
                        labels[cl] = None  # stated in another sentence: not trained on
                cands.append({"feats": c.feats, "labels": labels, "ga": ga, "gb": gb,
                              "file": f.name,
                              "related": frozenset((c.a.eid, c.b.eid)) in related})
            arts.append({"file": f.name, "rules": {t for t in triples(aligned)
                                                    if t[0] in CORE_TYPES},
                         "gold": {t for t in triples(gold) if t[0] in CORE_TYPES},
                         "cands": cands})
    return arts


def train(arts: list[dict], c_reg: float) -> dict:
    """Five one-vs-rest logistic regressions over the candidates of *arts* (also the pairs
    the rules related: they show what a stated relation looks like; unless
    UNRELATED_ONLY)."""
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
                if y is None or (UNRELATED_ONLY and c["related"]):
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
    import math

    z = model[cl]["bias"] + sum(model[cl]["weights"].get(x, 0.0) for x in set(feats))
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def added_triples(model: dict, cand: dict, thr: dict[str, float]) -> set[tuple]:
    """The (aligned) triples the scorer adds for one candidate (as RelationScorer.decide)."""
    best: dict[str, tuple[float, str]] = {}
    for cl, (typ, _ab) in CLASSES.items():
        p = _prob(model, cl, cand["feats"])
        if p >= thr.get(typ, 1.01) and p > best.get(typ, (-1.0, ""))[0]:
            best[typ] = (p, cl)
    out = set()
    for typ, (_p, cl) in best.items():
        ab = CLASSES[cl][1]
        s, t = (cand["ga"], cand["gb"]) if ab else (cand["gb"], cand["ga"])
        if typ == "MET_WITH" and t < s:
            s, t = t, s
        out.add((typ, s, t))
    return out


def score(arts: list[dict], probs: list[list[dict]] | None, thr: dict[str, float]
          ) -> dict[str, Counts]:
    """Core counts per type (and 'core') of rules (+ scorer when *probs* is given)."""
    res: dict[str, Counts] = defaultdict(Counts)
    for i, a in enumerate(arts):
        pred = set(a["rules"])
        if probs is not None:
            for c, pr in zip(a["cands"], probs[i], strict=True):
                if c["related"]:
                    continue  # the rules related the pair: the scorer does not look at it
                best: dict[str, tuple[float, str]] = {}
                for cl, (typ, _ab) in CLASSES.items():
                    p = pr[cl]
                    if p >= thr.get(typ, 1.01) and p > best.get(typ, (-1.0, ""))[0]:
                        best[typ] = (p, cl)
                for typ, (_p, cl) in best.items():
                    ab = CLASSES[cl][1]
                    s, t = (c["ga"], c["gb"]) if ab else (c["gb"], c["ga"])
                    if typ == "MET_WITH" and t < s:
                        s, t = t, s
                    pred.add((typ, s, t))
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


def _batch_dirs(name: str) -> list[str]:
    """The set folders of a batch named by its DEV_BATCHES key or by its set letters."""
    if name in DEV_BATCHES:
        return DEV_BATCHES[name]
    return [f"extract_test_{x}" for x in name.lower().split()]


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


def sample_batches(names: list[str], fraction: float, seed: int) -> list[str]:
    """A random subset of the batch *names*: round(fraction * n) of them (at least one),
    drawn with *seed* (the same names for the same arguments), in their given order."""
    import random

    if not 0.0 < fraction <= 1.0:
        raise ValueError(f"fraction {fraction} is not in (0, 1]")
    k = max(1, round(fraction * len(names)))
    chosen = set(random.Random(seed).sample(sorted(names), k))
    return [n for n in names if n in chosen]


def fixed_runs(args: argparse.Namespace) -> None:
    """``--holdout``: train on dev without the named batches, sweep the thresholds on them.
    ``--thresholds``: train on all dev and write the weights with the given thresholds."""
    c_reg = (args.c or [0.3])[0]
    thr = {t: 1.01 for t in CORE_TYPES}
    for part in [] if args.holdout else args.thresholds.split(","):
        typ, _eq, x = part.partition("=")
        if typ not in CORE_TYPES or not x.replace(".", "", 1).isdigit():
            raise SystemExit(f"--thresholds: {part!r} is not TYPE=P with TYPE one of "
                             f"{', '.join(CORE_TYPES)} and P a number")
        thr[typ] = float(x)
    gaz = load_gazetteer(None)
    held_dirs = [d for b in (args.holdout or []) for d in _batch_dirs(b)]
    names = [n for n, ds in DEV_BATCHES.items()
             if not set(ds) & set(held_dirs) and all((DATA / d).is_dir() for d in ds)]
    if args.train_fraction < 1.0:  # the learning curve: a random part of the dev batches
        names = sample_batches(names, args.train_fraction, args.seed)
    train_dirs = ALWAYS_TRAIN + [d for n in names for d in DEV_BATCHES[n]]
    arts = collect(gaz, train_dirs)
    print(f"trained on {len(train_dirs)} sets, {len(arts)} articles, C={c_reg}")
    model = train(arts, c_reg)
    if held_dirs:
        held = collect(gaz, held_dirs)
        chosen, c = sweep(held, _probs(model, held))
        print(f"held out {', '.join(args.holdout)} ({len(held)} articles): chosen {chosen} -> "
              f"{c.tp}/{c.fp}/{c.fn} {_fmt(c)}")
        return
    out = {"version": 1, "classes": model, "thresholds": thr,
           "meta": {"trained_on": train_dirs, "C": c_reg, "min_count": MIN_COUNT,
                    "chosen_on": args.chosen_on or "given (--thresholds)"}}
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, indent=0)
                              + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({sum(len(m['weights']) for m in model.values())} weights)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(WEIGHTS_FILE))
    ap.add_argument("--cv-only", action="store_true", help="measure, do not write weights")
    ap.add_argument("--report", help="also write the cross-validation table (markdown)")
    ap.add_argument("--unrelated-only", action="store_true",
                    help="train only on the pairs the rules left unrelated")
    ap.add_argument("--validate", action="store_true",
                    help="also score the model trained on all dev on the new writers' "
                         "batches (VALIDATION_BATCHES; numbers only) and choose C and the "
                         "thresholds on them pooled with the cross-validation")
    ap.add_argument("--c", type=float, action="append",
                    help=f"regularisation value(s) to try (default: {DEFAULT_C_GRID})")
    ap.add_argument("--holdout", action="append", metavar="BATCH",
                    help="a dev batch (e.g. 'HN HO HP') left out of training: train once on the "
                         "rest and print the threshold sweep on the held-out batches pooled "
                         "(no cross-validation, nothing written)")
    ap.add_argument("--thresholds", metavar="TYPE=P,...",
                    help="skip the cross-validation: train on all dev and write these "
                         "thresholds (e.g. MET_WITH=0.4,SUCCESSOR_OF=0.3,ASSASSINATED_BY=0.3)")
    ap.add_argument("--train-fraction", type=float, default=1.0, metavar="F",
                    help="with --holdout: train on a random fraction F of the other dev "
                         "batches (whole batches; heldout1-12 always in)")
    ap.add_argument("--seed", type=int, default=0, help="the draw of --train-fraction")
    ap.add_argument("--chosen-on", default="", help="with --thresholds: where they were chosen "
                    "(recorded in the weights' meta)")
    args = ap.parse_args()
    if args.holdout or args.thresholds:
        fixed_runs(args)
        return
    global UNRELATED_ONLY, C_GRID
    C_GRID = args.c or DEFAULT_C_GRID
    UNRELATED_ONLY = args.unrelated_only

    gaz = load_gazetteer(None)
    batches = {name: dirs for name, dirs in DEV_BATCHES.items()
               if all((DATA / d).is_dir() for d in dirs)}
    vbatches = {name: dirs for name, dirs in VALIDATION_BATCHES.items()
                if args.validate and all((DATA / d).is_dir() for d in dirs)}
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
    for c_reg in C_GRID:
        held[c_reg] = {}
        for name in batches:
            train_arts = base + [a for n, arts in data.items() if n != name for a in arts]
            model = train(train_arts, c_reg)
            held[c_reg][name] = _probs(model, data[name])
        if vdata or not args.cv_only:
            full[c_reg] = train(all_dev, c_reg)
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
    for c_reg in C_GRID:
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
    if args.report:
        Path(args.report).write_text(report + "\n", encoding="utf-8")
    if args.cv_only:
        return
    model = full[c_reg]
    out = {"version": 1, "classes": model, "thresholds": thr,
           "meta": {"trained_on": ALWAYS_TRAIN + [d for n in batches for d in batches[n]],
                    "C": c_reg, "min_count": MIN_COUNT,
                    "chosen_on": "leave-one-batch-out" + (" + " + ", ".join(vdata)
                                                          if vdata else ""),
                    "cv_pooled_core_f1": {"rules": round(tot_r.f1, 4),
                                          "rules+scorer": round(tot_s.f1, 4)},
                    "cv_mean_batch_f1_change": round(mean, 4)}}
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, indent=0)
                              + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({sum(len(m['weights']) for m in model.values())} weights)")


if __name__ == "__main__":
    main()
