"""Session 30 (scorerrecall): the MET_WITH pairs ``rules+scorer`` misses on (A) held out, sorted
by why (each group of ``scorer_generalisation.GROUPS_A`` held out in turn, the scorer trained
on the rest of dev, at the shipped MET_WITH threshold unless ``--thr``):

- ``a:absent``: one of the two is not found in the article at all (the mentions' fault);
- ``a:unnamed``: both found, but one is not named in the gold evidence's sentence nor in the
  three before (not found there, linked to another id, or only referred to: "he", "the two
  leaders");
- ``b:later+att`` / ``b:later``: one is named in the evidence's sentence, the other only in
  the three sentences before ("The talks were attended by X": the meeting told before), the
  evidence's sentence with an attendance word (``scorer_clauses.ATTEND``) or without;
- ``b:cross``: the gold evidence spans sentences and the two are named in different ones;
- ``b:nocue``: both named in one sentence without a meeting cue word (no candidate);
- ``b:gate``: both named in a cued sentence, but no candidate (a gate of ``scorer_gates``,
  a body-body pair, or a nearer pair of the same ids elsewhere);
- ``b:related``: the rules related the pair by another core type (the scorer skips it);
- ``c:low``: a candidate of the evidence's sentence scored below the threshold (its MET
  probability and features are printed with ``--show``);
- ``c:veto``: a candidate passed but a veto of ``scored.py`` (an unreal meeting) dropped it.

Counted per writer (a batch of three sets). ``--show KIND`` prints each miss of that kind
with its sentence (dev text only: (A) is dev).

    python bench/scorer_recall_misses.py [--show c:low] [--thr 0.4]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import scorer_generalisation as SG  # noqa: E402
import scorer_training_data as STD  # noqa: E402
from scorer_training import _probs, score, train  # noqa: E402

from loaders.extract.gazetteer import load_gazetteer  # noqa: E402
from loaders.extract.scorer_features import SentScan  # noqa: E402

_MEET_BIT = 1
_ATTEND_BIT = 1 << 12  # (scorer_features.CUES: "attend" is the 13th class)
_INFO: list[dict] = []  # per collected article, in order: its sentences (see _record)
_REN: list[dict] = []


def _align(gold, pred, known):  # type: ignore[no-untyped-def]
    aligned = _orig_align(gold, pred, known)
    _REN.append({a["id"]: b["id"] for a, b in zip(pred["entities"], aligned["entities"],
                                                  strict=True)})
    return aligned


def _cands(doc, rels, lang, include_related=False, **kw):  # type: ignore[no-untyped-def]
    ren = _REN[-1]
    sents = []
    for si, s in enumerate(doc.sents):
        ms = doc.by_sent.get(si) or []
        named = {ren.get(m.eid, m.eid) for m in ms
                 if m.kind != "ref" and m.hi > m.lo and m.etype in ("Person", "Organization",
                                                                    "Country")}
        bits = SentScan(doc.toks, s.lo, s.hi).read().bits
        sents.append((s.start, s.end, named, bits))
    found = {ren.get(m.eid, m.eid) for ms in doc.by_sent.values() for m in ms}
    _INFO.append({"sents": sents, "found": found})
    return _orig_cands(doc, rels, lang, include_related=include_related, **kw)


_orig_align = STD.align_new_ids
_orig_cands = STD.doc_candidates
STD.align_new_ids = _align
STD.doc_candidates = _cands


def collect_held(names: list[str], cache: Path) -> dict[str, tuple[list[dict], list[dict]]]:
    """Per held-out batch: (collected articles, their sentence records), cached."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    gaz = load_gazetteer(None)
    out = {}
    for n in names:
        _INFO.clear()
        _REN.clear()
        arts = STD.collect(gaz, STD.DEV_BATCHES[n])
        out[n] = (arts, list(_INFO))
    cache.write_bytes(pickle.dumps(out))
    return out


def classify(art: dict, info: dict, probs: list[dict], thr: float, gold: dict
             ) -> list[tuple[str, tuple, str, str]]:
    """(kind, triple, sentence, detail) of each gold MET_WITH pair of *art* missed."""
    pred = set(art["rules"]) | {tr for c, p in zip(art["cands"], probs, strict=True)
                                if not c["related"]
                                for tr in SG.scorer_training._triples(c, p, {"MET_WITH": thr})}
    text = gold["text"]
    ev: dict[tuple, list[tuple[int, int]]] = {}
    for r in gold.get("relations", []):
        if r["type"] == "MET_WITH":
            e = r.get("evidence") or {}
            ev.setdefault(("MET_WITH", *sorted((r["source"], r["target"]))), []).append(
                (e.get("start", -1), e.get("end", -1)))
    out = []
    for tr in sorted(art["gold"] - pred):
        if tr[0] != "MET_WITH":
            continue
        _t, s, t = tr
        spans = ev.get(tr, [(-1, -1)])
        sis = [i for i, (a, b, _n, _c) in enumerate(info["sents"])
               if any(a < e1 and e0 < b for e0, e1 in spans)]
        sent = " | ".join(text[info["sents"][i][0]:info["sents"][i][1]] for i in sis)
        if s not in info["found"] or t not in info["found"]:
            out.append(("a:absent", tr, sent, f"missing {[x for x in (s, t) if x not in info['found']]}"))
            continue
        both = [i for i in sis if {s, t} <= info["sents"][i][2]]
        if any(c["related"] and {c["ga"], c["gb"]} == {s, t} for c in art["cands"]):
            out.append(("b:related", tr, sent, str(sorted(x for x in art["rules"]
                                                          if {x[1], x[2]} == {s, t}))))
            continue
        if not both:
            has_s = any(s in info["sents"][i][2] for i in sis)
            has_t = any(t in info["sents"][i][2] for i in sis)
            kind = "b:cross" if has_s and has_t else "a:unnamed"
            miss = [x for x, h in ((s, has_s), (t, has_t)) if not h]
            if kind == "a:unnamed" and len(miss) == 1 and sis:
                i0 = sis[0]
                before = any(miss[0] in info["sents"][j][2] for j in range(max(0, i0 - 3), i0))
                attend = any(info["sents"][i][3] & _ATTEND_BIT for i in sis)
                if before:
                    kind = "b:later+att" if attend else "b:later"
            other = [(p["MET"], c) for c, p in zip(art["cands"], probs, strict=True)
                     if {c["ga"], c["gb"]} == {s, t}]
            best = max(other, key=lambda pc: pc[0]) if other else None
            cand = "; no candidate"
            if best:
                kinds = [x for x in best[1]["feats"] if x.startswith(("att", "actor"))]
                cand = f"; best candidate p={best[0]:.2f} {kinds}"
            out.append((kind, tr, sent, f"not named: {miss}{cand}"))
            continue
        mine = [(c, p) for c, p in zip(art["cands"], probs, strict=True)
                if {c["ga"], c["gb"]} == {s, t} and c["labels"]["MET"] == 1]
        if not mine:
            cued = any(info["sents"][i][3] & _MEET_BIT for i in both)
            out.append(("b:gate" if cued else "b:nocue", tr, sent,
                        f"cue bits {[info['sents'][i][3] for i in both]}"))
            continue
        c, p = max(mine, key=lambda cp: cp[1]["MET"])
        kind = "c:veto" if p["MET"] >= thr else "c:low"
        out.append((kind, tr, sent, f"p={p['MET']:.2f} feats={' '.join(c['feats'])}"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--thr", type=float, default=SG.SHIPPED["MET_WITH"])
    ap.add_argument("--c", type=float, default=0.1)
    ap.add_argument("--show", default="", help="kinds to print, comma-separated")
    args = ap.parse_args()
    data = SG.load(SG.default_cache())
    names = [n for g in SG.GROUPS_A for n in g]
    held = collect_held(names, Path(tempfile.gettempdir()) /
                        f"scorerrecall_held_{SG.default_cache().stem[-12:]}.pkl")
    show = set(filter(None, args.show.split(",")))
    per: Counter = Counter()
    kinds: Counter = Counter()
    for g in SG.GROUPS_A:
        model = train([a for n, v in data.items() if n not in g for a in v], args.c)
        for n in g:
            arts, infos = held[n]
            probs = _probs(model, arts)
            writer = n.split()[0] + "-" + n.split()[-1]
            tot = score(arts, probs, {"MET_WITH": args.thr})["MET_WITH"]
            print(f"{writer}: MET_WITH {tot.tp}/{tot.fp}/{tot.fn}")
            files = {f.name: f for d in STD.DEV_BATCHES[n]
                     for f in STD.gold_files([STD.DATA / d])}
            for a, info, pr in zip(arts, infos, probs, strict=True):
                gold = json.loads(files[a["file"]].read_text(encoding="utf-8"))
                for kind, tr, sent, detail in classify(a, info, pr, args.thr, gold):
                    per[writer, kind] += 1
                    kinds[kind] += 1
                    if kind in show or "all" in show:
                        print(f"  [{kind}] {a['file']} {tr[1]} ~ {tr[2]}\n    {sent}\n"
                              f"    {detail}")
    writers = sorted({w for w, _k in per}, key=lambda w: names.index(
        next(n for n in names if n.startswith(w[:2]))))
    print("kind        total  " + " ".join(f"{w:>6}" for w in writers) + "  writers>=2")
    for k in sorted(kinds):
        row = [per[w, k] for w in writers]
        print(f"{k:<11} {kinds[k]:>5}  " + " ".join(f"{x:>6}" for x in row)
              + f"  {sum(1 for x in row if x >= 2)}")


if __name__ == "__main__":
    main()
