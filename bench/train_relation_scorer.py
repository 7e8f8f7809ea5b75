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
   1,245 articles). Both: ``--holdout ... --thresholds ...`` also prints the held-out core
   and per-type counts at those thresholds (session 27: the honest figure of a threshold
   set, measured on batches the model was not trained on).

Deterministic: fixed file order, liblinear with a fixed random_state. The TEST sets
(``FORBIDDEN``) and the blind batches are never read.

This script is the command line; the data collection and labelling are in
``bench/scorer_training_data.py``, the training, scoring, threshold sweeps and
cross-validation in ``bench/scorer_training.py`` (their names are re-exported here for the
other scorer benches).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from scorer_training import (  # noqa: E402
    DEFAULT_C_GRID,
    MAX_BATCH_LOSS,
    MIN_COUNT,
    THRESHOLDS,
    THRESHOLDS_SWEEP,
    UNRELATED_WEIGHT,
    _fmt,
    _prob,
    _probs,
    added_triples,
    cross_validate,
    fixed_runs,
    score,
    sweep,
    train,
    write_weights,
)
from scorer_training_data import (  # noqa: E402
    ALWAYS_TRAIN,
    DATA,
    DEV_BATCHES,
    FORBIDDEN,
    NEWEST,
    VALIDATION_BATCHES,
    _batch_dirs,
    collect,
    sample_batches,
)

from loaders.extract.evaluate import CORE_TYPES, Counts  # noqa: E402
from loaders.extract.relation_scorer import CLASSES, WEIGHTS_FILE  # noqa: E402

# the names the other scorer benches and the unit tests use from this script
__all__ = [
    "ALWAYS_TRAIN", "CLASSES", "CORE_TYPES", "DATA", "DEFAULT_C_GRID", "DEV_BATCHES",
    "FORBIDDEN", "MAX_BATCH_LOSS", "MIN_COUNT", "NEWEST", "THRESHOLDS", "THRESHOLDS_SWEEP",
    "UNRELATED_WEIGHT", "VALIDATION_BATCHES", "Counts", "_batch_dirs", "_fmt", "_prob",
    "_probs", "added_triples", "collect", "cross_validate", "fixed_runs", "main",
    "sample_batches", "score", "sweep", "train", "write_weights",
]


def _parse_thresholds(spec: str) -> dict[str, float]:
    """``--thresholds MET_WITH=0.4,...``: one threshold per core type (1.01, never, for the
    types not named)."""
    thr = {t: 1.01 for t in CORE_TYPES}
    for part in spec.split(","):
        typ, _eq, x = part.partition("=")
        if typ not in CORE_TYPES or not x.replace(".", "", 1).isdigit():
            raise SystemExit(f"--thresholds: {part!r} is not TYPE=P with TYPE one of "
                             f"{', '.join(CORE_TYPES)} and P a number")
        thr[typ] = float(x)
    return thr


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
                         "thresholds (e.g. MET_WITH=0.4,SUCCESSOR_OF=0.3,ASSASSINATED_BY=0.3); "
                         "with --holdout: also score the held-out batches at them (core and "
                         "per type; nothing written)")
    ap.add_argument("--train-fraction", type=float, default=1.0, metavar="F",
                    help="with --holdout: train on a random fraction F of the other dev "
                         "batches (whole batches; heldout1-12 always in)")
    ap.add_argument("--seed", type=int, default=0, help="the draw of --train-fraction")
    ap.add_argument("--chosen-on", default="", help="with --thresholds: where they were chosen "
                    "(recorded in the weights' meta)")
    ap.add_argument("--as-shipped", action="store_true",
                    help="retrain with the command recorded in the shipped weights' meta "
                         "(its 'command'; the other options are ignored but --out)")
    args = ap.parse_args()
    if args.as_shipped:
        meta = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["meta"]
        out = args.out
        args = ap.parse_args(shlex.split(meta["command"])[2:])
        args.out = out
        print(f"as shipped: {meta['command']}")
    if args.holdout or args.thresholds:
        thr = _parse_thresholds(args.thresholds) if args.thresholds else None
        fixed_runs(args.holdout, thr, (args.c or [0.3])[0], args.train_fraction, args.seed,
                   args.chosen_on, args.out)
        return
    cross_validate(args.c or DEFAULT_C_GRID, args.unrelated_only, args.validate, args.cv_only,
                   args.report, args.out)


if __name__ == "__main__":
    main()
