"""Recognition of people the gazetteer does not know, measured on dev (session 47).

On dev the extractor finds 99% of the people of the gold relations (81 of 9,291 missed), but
on the sealed sets of new writers 82-85% of the gold entities: the gazetteer has since learnt
the dev people, so dev no longer tests the recognition of unknown names (by title, by the
shape of a name). This script puts that test back. For each former test set S of
``scorer_fresh_thresholds.SETS`` it takes C_S (the last main commit before S became dev) and
removes from today's gazetteer every person C_S's gazetteer files did not list (``id:
person:...``; git grep at C_S), so S's new people are new again; today's code then runs over
S's texts with that *cold* gazetteer. Printed per set and pooled: the people of the gold core
relations found (after ``align_new_ids``), and core TP/FP/FN and F1.

Caveat: today's rules were tuned on S since C_S (they are in-sample there); only the gazetteer
is cold. A recognition change is judged by the pooled figures against the same script run on
the code before it.

    python bench/cold_gazetteer_eval.py [--extractor rules+scorer] [--sets IX-JF,KZ-LE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from scorer_fresh_thresholds import CORE, DEFAULT_PAIRS, SETS, _gold_files, prf  # noqa: E402

from loaders.extract import gazetteer as G  # noqa: E402
from loaders.extract.base import get_extractor  # noqa: E402
from loaders.extract.evaluate import align_new_ids, triples  # noqa: E402

COUNTED = ["IX-JF", "JG-JO", "JP-JX", "JY-KG", "KH-KP", "KZ-LE"]


def people_at(sha: str) -> set[str]:
    """The person ids the gazetteer files of commit *sha* list."""
    out = subprocess.run(["git", "-C", str(REPO), "grep", "-h", "-o", r"id: person:[^ ]*", sha,
                          "--", "loaders/extract/"], capture_output=True, text=True, check=False)
    return {line.split("id: ", 1)[1].strip() for line in out.stdout.splitlines()}


def cold_gazetteer(keep_people: set[str]) -> G.Gazetteer:
    """Today's gazetteer without the people not in *keep_people* (built, never cached)."""
    read = G.read_entries

    def filtered(path: Path) -> list:
        return [e for e in read(path) if not e.id.startswith("person:") or e.id in keep_people]

    G.read_entries = filtered
    try:
        return G._build(G.gazetteer_paths())
    finally:
        G.read_entries = read


def run_set(name: str, extractor: str) -> dict:
    """Counts of one set with its cold gazetteer."""
    from bench.scorer_training_data import FORBIDDEN
    folders = SETS[name]
    if any(d in FORBIDDEN for d in folders):
        raise SystemExit(f"refused: {name} has sealed folders")
    gaz = cold_gazetteer(people_at(DEFAULT_PAIRS[name]))
    ex = get_extractor(extractor, gazetteer=gaz)
    known = set(gaz.entries)
    c = {"people": 0, "found": 0, "tp": 0, "fp": 0, "fn": 0}
    for f in _gold_files(folders):
        gold = json.loads(Path(f).read_text(encoding="utf-8"))
        art = gold.get("article", {})
        pred = align_new_ids(gold, ex.extract(gold["text"], lang=art.get("lang")), known)
        g = {t for t in triples(gold) if t[0] in CORE}
        p = {t for t in triples(pred) if t[0] in CORE}
        ids = {e["id"] for e in pred.get("entities", [])}
        people = {x for t in g for x in t[1:] if x.startswith("person:")}
        c["people"] += len(people)
        c["found"] += len(people & ids)
        c["tp"] += len(g & p)
        c["fp"] += len(p - g)
        c["fn"] += len(g - p)
    return c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--extractor", default="rules")
    ap.add_argument("--sets", default=",".join(COUNTED))
    args = ap.parse_args()
    names = args.sets.split(",")
    total = {"people": 0, "found": 0, "tp": 0, "fp": 0, "fn": 0}
    print(f"# cold gazetteer ({args.extractor}): people of the gold core relations found; core")
    for n in names:
        c = run_set(n, args.extractor)
        for k in total:
            total[k] += c[k]
        f1 = prf((c["tp"], c["fp"], c["fn"]))[2]
        print(f"{n}: people found {c['found']}/{c['people']} ({c['found'] / c['people']:.3f})"
              f"  core TP/FP/FN {c['tp']}/{c['fp']}/{c['fn']}  F1 {f1:.4f}")
    p, r, f1 = prf((total["tp"], total["fp"], total["fn"]))
    print(f"pooled: people found {total['found']}/{total['people']} "
          f"({total['found'] / total['people']:.3f})  core TP/FP/FN {total['tp']}/{total['fp']}/"
          f"{total['fn']}  P {p:.3f} R {r:.3f} F1 {f1:.4f}")


if __name__ == "__main__":
    main()
