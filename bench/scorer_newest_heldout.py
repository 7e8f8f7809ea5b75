"""Session 59 (scorer59): the scorer's recipe held out by whole writer groups, the newest
first. Each fold below is held out at once (the model trained on the rest of dev, as
``bench/scorer_generalisation.py`` trains), so a fold's writers are all unseen, as the
sealed sets' are: UG-UY, TM-UF, SS-TL, RQ-SR, QM-RP, PI-QL, OS-PH, OK-OR, OA-OJ, NS-NZ, NK-NR, NC-NJ, MU-NB, MM-MT, ME-ML and LR-LY (sessions 72, 71, 70, 69, 68, 67, 66, 65, 64, 63, 62, 61, 60, 59
and 58's blind sets; UG-UY added in session 72, TM-UF in session 71, SS-TL in session 70, RQ-SR in session 69, QM-RP in session 68, PI-QL in session 67, OS-PH in session 66, OK-OR and OA-OJ in session 65, NS-NZ in session 64, NK-NR in session 63, NC-NJ and MU-NB in session 62, MM-MT and ME-ML in session 61), KZ-LE, KH-KP, JY-KG, JP-JX, JG-JO,
IX-JF + IO-IW, and (B) the older-era writers. One training per fold (24 in all, a few
minutes), so a recipe is cheap to compare. ``--without MU-NB`` trains no fold on MU-NB (the
recipe on the 304 sets before it, session 62).

    python bench/scorer_newest_heldout.py [--c 0.1] [--weight 3] [--recent 1]
        [--thresholds MET_WITH=0.35,...] [--sweep] [--drop REGEX] [--without FOLD]

``--recent W`` weights the candidates of NEWDEV's and LR-LY's batches (JG onwards) W times
in training. Prints, per fold, the rules' core counts and those of rules+scorer at the
thresholds (default: the shipped ones), the pooled newest (MM-MT, ME-ML, LR-LY, KZ-LE, KH-KP,
JY-KG; the first two since session 61) and
older folds, and with ``--sweep`` the MET_WITH / SUCCESSOR_OF / ASSASSINATED_BY thresholds
one at a time (the others as given). Uses the candidates' cache of
``scorer_generalisation`` (collected once per extractor source).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import scorer_generalisation as SG  # noqa: E402
import scorer_training  # noqa: E402
from scorer_training import _probs, score  # noqa: E402

from loaders.extract.evaluate import CORE_TYPES, Counts  # noqa: E402

FOLDS: dict[str, list[str]] = {
    "UG-UY": ["UG UH", "UI UJ", "UK UL", "UM UN", "UO UP", "UQ UR", "US UT", "UU UV", "UX UY"],  # session 72's blind sets (dev since 72's end)
    "TM-UF": ["TM TN", "TO TP", "TQ TR", "TS TT", "TU TV", "TW TX", "TY TZ", "UA UB", "UC UD", "UE UF"],  # session 71's blind sets (dev since 71's end)
    "SS-TL": ["SS ST", "SU SV", "SW SX", "SY SZ", "TA TB", "TC TD", "TE TF", "TG TH", "TI TJ", "TK TL"],  # session 70's blind sets (dev since 70's end)
    "RQ-SR": ["RQ RR", "RS RT", "RU RV", "RW RX", "RY RZ", "SA SB", "SC SD", "SE SF", "SG SH", "SI SJ", "SK SL", "SM SN", "SO SP", "SQ SR"],  # session 69's blind sets (dev since 69's end)
    "QM-RP": ["QM QN", "QO QP", "QQ QR", "QU QV", "QW QX", "QY QZ", "RA RB", "RC RD", "RE RF", "RG RH", "RI RJ", "RK RL", "RM RN", "RO RP"],  # session 68's blind sets (dev since 68's end)
    "PI-QL": ["PI PJ", "PK PL", "PM PN", "PO PP", "PQ PR", "PS PT", "PU PV", "PW PX", "PY PZ", "QA QB", "QC QD", "QE QF", "QG QH", "QI QJ", "QK QL"],  # session 67's blind sets (dev since 67's end)
    "OS-PH": ["OS OT", "OU OV", "OW OX", "OY OZ", "PA PB", "PC PD", "PE PF", "PG PH"],  # session 66's blind sets (dev since 66's end)
    "OK-OR": ["OK OL", "OM ON", "OO OP", "OQ OR"],  # session 65's third wave (dev since 65's end)
    "OA-OJ": ["OA OB", "OC OD", "OE OF", "OG OH", "OI OJ"],  # session 65's first wave (dev since 65's end)
    "NS-NZ": ["NS NT", "NU NV", "NW NX", "NY NZ"],  # session 64's blind sets (dev since 64's end)
    "NK-NR": ["NK NL", "NM NN", "NO NP", "NQ NR"],  # session 63's blind sets (dev since 63's end)
    "NC-NJ": ["NC ND", "NE NF", "NG NH", "NI NJ"],  # session 62's blind sets (dev since 62's end)
    "MU-NB": ["MU MV", "MW MX", "MY MZ", "NA NB"],  # session 61's blind sets (dev since 62)
    "MM-MT": ["MM MN", "MO MP", "MQ MR", "MS MT"],  # session 60's blind sets (dev since 61)
    "ME-ML": ["ME MF", "MG MH", "MI MJ", "MK ML"],  # session 59's blind sets (dev since 60)
    "LR-LY": ["LR LS", "LT LU", "LV LW", "LX LY"],
    "KZ-LE": ["KZ LA", "LB LC", "LD LE"],
    "KH-KP": ["KH KI KJ", "KK KL KM", "KN KO KP"],
    "JY-KG": ["JY JZ KA", "KB KC KD", "KE KF KG"],
    "JP-JX": ["JP JQ JR", "JS JT JU", "JV JW JX"],
    "JG-JO": ["JG JH JI", "JJ JK JL", "JM JN JO"],
    "IO-JF": ["IO IP IQ", "IR IS IT", "IU IV IW", "IX IY IZ", "JA JB JC", "JD JE JF"],
    "B": [b for g in SG.GROUPS_B for b in g],
}
NEWEST = ["UG-UY", "TM-UF", "SS-TL", "RQ-SR", "QM-RP", "PI-QL", "OS-PH", "OK-OR", "OA-OJ", "NS-NZ", "NK-NR", "NC-NJ", "MU-NB", "MM-MT", "ME-ML", "LR-LY", "KZ-LE", "KH-KP", "JY-KG"]
RECENT = {b for f in ("UG-UY", "TM-UF", "SS-TL", "RQ-SR", "QM-RP", "PI-QL", "OS-PH", "OK-OR", "OA-OJ", "NS-NZ", "NK-NR", "NC-NJ", "MU-NB", "MM-MT", "ME-ML", "LR-LY", "KZ-LE", "KH-KP", "JY-KG",
                      "JP-JX", "JG-JO")
          for b in FOLDS[f]}
SHIPPED = {"MET_WITH": 0.35, "SUCCESSOR_OF": 0.6, "ASSASSINATED_BY": 0.3}


def fold_probs(data: dict[str, list[dict]], c_reg: float, recent: float,
               never: frozenset[str] = frozenset()) -> dict[str, tuple[list[dict], list]]:
    """(articles, held-out probabilities) of each fold (the batches *never* are trained on by
    no fold: the recipe on fewer sets)."""
    out = {}
    for name, held in FOLDS.items():
        train_arts = []
        for n, arts in data.items():
            if n in held or n in never:
                continue
            train_arts += arts * (int(recent) if n in RECENT else 1)
        model = scorer_training.train(train_arts, c_reg)
        arts = [a for n in held for a in data[n]]
        out[name] = (arts, _probs(model, arts))
    return out


def _both_met(feats: list[str], source: bool) -> bool:
    if source:
        return "ruleA:MET_WITH>" in feats and "ruleB:MET_WITH>" in feats
    return (any(x.startswith("ruleA:") and "MET_WITH" in x for x in feats)
            and any(x.startswith("ruleB:") and "MET_WITH" in x for x in feats))


def co_threshold(runs: dict[str, tuple[list[dict], list]], co_thr: float
                 ) -> dict[str, tuple[list[dict], list]]:
    """*runs* (batch -> articles, their candidates' probabilities) with the MET_WITH
    probability of each unskipped pair (``--unskip`` marks it ``co``) below *co_thr* set to 0:
    such a pair's MET_WITH only at or above its own threshold (``--co-thr``)."""
    return {n: (arts, [[{**p, "MET": 0.0} if c.get("co") and p["MET"] < co_thr else p
                        for c, p in zip(a["cands"], pa, strict=True)]
                       for a, pa in zip(arts, probs, strict=True)])
            for n, (arts, probs) in runs.items()}


def fmt(c: Counts) -> str:
    return f"{c.tp}/{c.fp}/{c.fn} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.4f}"


def pooled(runs: list[tuple[list[dict], list]], thr: dict[str, float] | None) -> dict:
    tot = {k: Counts() for k in ("core", *CORE_TYPES)}
    for arts, probs in runs:
        res = score(arts, probs if thr is not None else None, thr or {})
        for k in tot:
            tot[k].add(res[k])
    return tot


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--c", type=float, default=0.1)
    ap.add_argument("--weight", type=float, default=3.0, help="the unrelated pairs' weight")
    ap.add_argument("--recent", type=float, default=1.0,
                    help="copies of the recent batches (JG onwards) in training")
    ap.add_argument("--drop", default="", help="regex: features left out")
    ap.add_argument("--thresholds", default="")
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--without", default="",
                    help="a fold none of the models is trained on (e.g. MU-NB: the recipe on "
                         "the sets before it; that fold is still scored)")
    ap.add_argument("--unskip", choices=["", "met", "source"], default="",
                    help="score the pairs both of whose mentions the rules met with others "
                         "(met: in either role; source: both as the source of MET_WITH)")
    ap.add_argument("--conj", action="store_true", help="with --unskip: a feature coMET")
    ap.add_argument("--co-thr", type=float, default=0.0,
                    help="with --unskip: the MET_WITH threshold of the unskipped pairs (session "
                         "63: 0.5 to 1.01 tried, none gains on the newest without losing on "
                         "the older)")
    args = ap.parse_args()
    scorer_training.UNRELATED_WEIGHT = args.weight
    data = SG.load(SG.default_cache())
    if args.drop:
        SG.drop_features(data, args.drop)
    if args.unskip:
        for arts in data.values():
            for a in arts:
                for c in a["cands"]:
                    if c["skip"] and _both_met(c["feats"], args.unskip == "source"):
                        c["skip"] = False
                        c["co"] = True
                        if args.conj:
                            c["feats"] = [*c["feats"], "coMET"]
    thr = dict(SHIPPED)
    for part in filter(None, args.thresholds.split(",")):
        k, _eq, v = part.partition("=")
        thr[k] = float(v)
    never = frozenset(FOLDS[args.without]) if args.without else frozenset()
    runs = fold_probs(data, args.c, args.recent, never)
    if args.co_thr:
        runs = co_threshold(runs, args.co_thr)
    print(f"C={args.c} w={args.weight} recent={args.recent} drop={args.drop!r} thr={thr} "
          f"unskip={args.unskip} conj={args.conj} co_thr={args.co_thr} "
          f"without={args.without or '-'}")
    for name, run in runs.items():
        r0, r1 = pooled([run], None), pooled([run], thr)
        print(f"  {name:6} rules {fmt(r0['core'])} -> {fmt(r1['core'])} "
              f"({r1['core'].f1 - r0['core'].f1:+.4f})  MET {r1['MET_WITH'].tp}/"
              f"{r1['MET_WITH'].fp}/{r1['MET_WITH'].fn}")
    for label, names in (("newest", NEWEST), ("older", [n for n in FOLDS if n not in NEWEST])):
        part = [runs[n] for n in names]
        r0, r1 = pooled(part, None)["core"], pooled(part, thr)["core"]
        print(f"  {label:6} rules {fmt(r0)} -> {fmt(r1)} ({r1.f1 - r0.f1:+.4f})")
    if args.sweep:
        for typ in CORE_TYPES:
            for x in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 1.01):
                t = {**thr, typ: x}
                cells = []
                for label, names in (("UG-UY", ["UG-UY"]), ("TM-UF", ["TM-UF"]), ("SS-TL", ["SS-TL"]), ("RQ-SR", ["RQ-SR"]), ("QM-RP", ["QM-RP"]), ("PI-QL", ["PI-QL"]), ("OS-PH", ["OS-PH"]), ("OK-OR", ["OK-OR"]), ("OA-OJ", ["OA-OJ"]), ("NS-NZ", ["NS-NZ"]), ("NK-NR", ["NK-NR"]), ("NC-NJ", ["NC-NJ"]), ("MU-NB", ["MU-NB"]),
                                     ("MM-MT", ["MM-MT"]), ("ME-ML", ["ME-ML"]),
                                     ("LR-LY", ["LR-LY"]), ("newest", NEWEST),
                                     ("older", [n for n in FOLDS if n not in NEWEST])):
                    c = pooled([runs[n] for n in names], t)["core"]
                    cells.append(f"{label} {c.tp}/{c.fp}/{c.fn} {c.f1:.4f}")
                print(f"  {typ} {x:.2f}: " + " | ".join(cells))


if __name__ == "__main__":
    main()
