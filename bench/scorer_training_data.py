"""The training data of the relation scorer: which dev sets exist and how they are batched
(``DEV_BATCHES``, ``ALWAYS_TRAIN``; the test sets in ``FORBIDDEN`` are never read), and
:func:`collect`, which runs the rules over a batch and labels every candidate pair with the
gold relations stated in its sentence. Used by ``bench/train_relation_scorer.py`` and the
other scorer benches.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from loaders.extract.evaluate import CORE_TYPES, align_new_ids, gold_files, triples  # noqa: E402
from loaders.extract.gazetteer import Gazetteer  # noqa: E402
from loaders.extract.relation_scorer import CLASSES  # noqa: E402
from loaders.extract.rules import RuleExtractor  # noqa: E402
from loaders.extract.scorer_candidates import doc_candidates, skipped_at_inference  # noqa: E402
from loaders.extract.scorer_gates import (  # noqa: E402
    GATES,
    described_ar,
    place_agent,
    principal,
    taken_agents,
    unreal_meeting,
    unshaped_new,
)

DATA = REPO / "tests" / "data"
# batches of sets written together by one blind annotator (held out in turn; three sets each,
# two for session 42's)
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
           "HW HX HY", "HZ IA IB", "IC ID IE",
           # session 26's test (IF-IN), dev since session 27
           "IF IG IH", "II IJ IK", "IL IM IN",
           # session 27's test (IO-IW), dev since session 28
           "IO IP IQ", "IR IS IT", "IU IV IW",
           # session 28's test (IX-JF), dev since session 29
           "IX IY IZ", "JA JB JC", "JD JE JF",
           # session 29's test (JG-JO), dev since session 30
           "JG JH JI", "JJ JK JL", "JM JN JO",
           # session 30's test (JP-JX), dev since session 31
           "JP JQ JR", "JS JT JU", "JV JW JX",
           # session 31's test (JY-KG), dev since session 32
           "JY JZ KA", "KB KC KD", "KE KF KG",
           # session 33's test (KH-KP), dev since session 34
           "KH KI KJ", "KK KL KM", "KN KO KP",
           # session 42's new writers (KZ-LE, two sets each), dev after one first reading
           "KZ LA", "LB LC", "LD LE",
           # session 58's blind sets (LR-LY), dev after their first-contact measure
           "LR LS", "LT LU", "LV LW", "LX LY",
           # session 59's blind sets (ME-ML), dev after their first-contact measure
           "ME MF", "MG MH", "MI MJ", "MK ML",
           # session 60's blind sets (MM-MT), dev after their first-contact measure
           "MM MN", "MO MP", "MQ MR", "MS MT",
           # session 61's blind sets (MU-NB), dev after their first-contact measure
           "MU MV", "MW MX", "MY MZ", "NA NB",
           # session 62's blind sets (NC-NJ), dev after their first-contact measure
           "NC ND", "NE NF", "NG NH", "NI NJ",
           # session 63's blind sets (NK-NR), dev after their first-contact measure
           "NK NL", "NM NN", "NO NP", "NQ NR",
           # session 64's blind sets (NS-NZ), dev after their first-contact measure
           "NS NT", "NU NV", "NW NX", "NY NZ",
           # session 65's blind sets (OA-OJ), dev after their first-contact measure
           "OA OB", "OC OD", "OE OF", "OG OH", "OI OJ",
           # session 65's third wave (OK-OR), dev after their first-contact measure
           "OK OL", "OM ON", "OO OP", "OQ OR",
           # session 66's blind sets (OS-PH), dev after their first-contact measure
           "OS OT", "OU OV", "OW OX", "OY OZ", "PA PB", "PC PD", "PE PF", "PG PH",
           # session 67's blind sets (PI-QL), dev after their first-contact measure
           "PI PJ", "PK PL", "PM PN", "PO PP", "PQ PR", "PS PT", "PU PV", "PW PX", "PY PZ", "QA QB", "QC QD", "QE QF", "QG QH", "QI QJ", "QK QL",
           # session 68's blind sets (QM-RP), dev after their first-contact measure
           "QM QN", "QO QP", "QQ QR", "QU QV", "QW QX", "QY QZ", "RA RB", "RC RD", "RE RF", "RG RH", "RI RJ", "RK RL", "RM RN", "RO RP",
           # session 69's blind sets (RQ-SR), dev after their first-contact measure
           "RQ RR", "RS RT", "RU RV", "RW RX", "RY RZ", "SA SB", "SC SD", "SE SF", "SG SH", "SI SJ", "SK SL", "SM SN", "SO SP", "SQ SR",
           # session 70's blind sets (SS-TL), dev after their first-contact measure
           "SS ST", "SU SV", "SW SX", "SY SZ", "TA TB", "TC TD", "TE TF", "TG TH", "TI TJ", "TK TL",
           # session 71's blind sets (TM-UF), dev after their first-contact measure
           "TM TN", "TO TP", "TQ TR", "TS TT", "TU TV", "TW TX", "TY TZ", "UA UB", "UC UD", "UE UF",
           # session 72's blind sets (UG-UY), dev after their first-contact measure
           "UG UH", "UI UJ", "UK UL", "UM UN", "UO UP", "UQ UR", "US UT", "UU UV", "UX UY"]},
}
# the newest writers (sessions 18-21): the pooled held-out figure on them decides whether the
# scorer helps on text the rules were least tuned on
NEWEST = [b for b in DEV_BATCHES if b.split()[0] in {
    "ET", "EW", "EZ", "FC", "FF", "FI", "FL", "FO", "FR", "FU", "FX", "GA", "GD", "GG", "GJ",
    "GM", "GP", "GS"}]
# validation batches of new writers (--validate): scored as a whole, never trained on
VALIDATION_BATCHES: dict[str, list[str]] = {}  # DA-DF, once kept for this, are dev since session 22
ALWAYS_TRAIN = ["extract_heldout"] + [f"extract_heldout{i}" for i in range(2, 13)]
# the test sets (never read; the lead measures them): KH-KP, session 33's new test (listed since
# session 32, before their folders existed); JY-KG, session 31's test, is dev since session 32
FORBIDDEN = {f"extract_test_{x}" for x in [
    *"defmnopxyz", "av", "aw", "ax", "be", "bf", "bg", "bw", "bx", "by", "bz", "ca", "cb", "cc",
    "cd", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "co", "cp", "cq", "cx", "cy", "cz", "dg",
    "dh", "di", "kq", "kr", "ks", "kt", "ku", "kv", "kw", "kx", "ky",
    # session 42's second new set (LF-LK), a test listed before its folders exist
    "lf", "lg", "lh", "li", "lj", "lk",
    # session 43's new set (LL-LQ), a test listed before its folders exist
    "ll", "lm", "ln", "lo", "lp", "lq",
    # session 58's new set (MA-MD), a test listed before its folders exist
    "ma", "mb", "mc", "md"]}


class _Capture(RuleExtractor):
    """The rule extractor, keeping the analysed article for the training script."""

    last: tuple | None = None

    def more_relations(self, doc, rels, lang):  # type: ignore[no-untyped-def]
        self.last = (doc, list(rels), lang)
        return rels


def collect(gaz: Gazetteer, dirs: list[str]) -> list[dict]:
    """One record per article of *dirs* (one extractor for the batch): rule triples
    (aligned), gold triples, candidates with features, labels and their sentence's character
    span ("span"; the article's set folder is "dir")."""
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
            unreal: dict[int, bool] = {}
            related = {frozenset((r.source, r.target)) for r in rels if r.type in CORE_TYPES}
            taken = taken_agents(rels) if "taken" in GATES else {}  # (the veto of scored.py)
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
                if si not in unreal:  # (the veto on the scorer's meetings, scored.py)
                    unreal[si] = "unreal" in GATES and unreal_meeting(doc.toks, sent.lo,
                                                                      sent.hi)
                cands.append({"feats": c.feats, "labels": labels, "ga": ga, "gb": gb,
                              "file": f.name, "unreal": unreal[si],
                              "span": (sent.start, sent.end),
                              "skip": skipped_at_inference(c.feats),
                              "described": "desc" in GATES and described_ar(c.a, c.b, lang),
                              "principal": "principal" in GATES and any(
                                  principal(m, doc.toks, sent.lo, doc.by_sent.get(si, []))
                                  for m in (c.a, c.b)),
                              "unshaped": "unshaped" in GATES and any(
                                  unshaped_new(m, doc.toks, sent.lo, doc.gaz.entries)
                                  for m in (c.a, c.b)),
                              "place": {ren.get(m.eid, m.eid) for m in (c.a, c.b)
                                        if "place" in GATES and place_agent(
                                            m, doc.toks, sent.lo, doc.by_sent.get(si, []))},
                              "taken": {ren.get(k, k): {ren.get(v, v) for v in vs}
                                        for (ti, k), vs in taken.items() if ti == si},
                              "related": frozenset((c.a.eid, c.b.eid)) in related})
            arts.append({"file": f.name, "dir": d, "rules": {t for t in triples(aligned)
                                                    if t[0] in CORE_TYPES},
                         "gold": {t for t in triples(gold) if t[0] in CORE_TYPES},
                         "cands": cands})
    return arts


def _batch_dirs(name: str) -> list[str]:
    """The set folders of a batch named by its DEV_BATCHES key or by its set letters."""
    if name in DEV_BATCHES:
        return DEV_BATCHES[name]
    return [f"extract_test_{x}" for x in name.lower().split()]


def sample_batches(names: list[str], fraction: float, seed: int) -> list[str]:
    """A random subset of the batch *names*: round(fraction * n) of them (at least one),
    drawn with *seed* (the same names for the same arguments), in their given order."""
    if not 0.0 < fraction <= 1.0:
        raise ValueError(f"fraction {fraction} is not in (0, 1]")
    k = max(1, round(fraction * len(names)))
    chosen = set(random.Random(seed).sample(sorted(names), k))
    return [n for n in names if n in chosen]
