"""Probe: false links of new people to known ones (session 44).

Runs the extractor over annotated folders (dev: ``$DEV42``) and, for every gold entity,
finds the predicted ids of the same stretch of text, as the evaluator aligns them
(``evaluate.align_new_ids`` first renames the extractor's own ids to the annotator's):

* the gold entity's surfaces are the exact places (case-folded) where its name, Arabic
  name or an alias occurs in the text, plus for a person the last name word (4 letters or
  more) when no other gold entity's names use it; a surface inside a longer surface of
  another gold entity is dropped;
* a predicted mention belongs to a surface when their overlap is half the surface or more
  and four fifths of the mention or more (a description "Quds Force commander" is no
  mention of the body it contains).

Counted per gold entity (per 1,000 located gold entities):

* FALSE LINK: a predicted id that is a gazetteer id other than the gold id (the gold
  entity is no gazetteer entry, or a different one), when either side is a person (the
  rest, mostly metonymy such as a capital for its state, is counted as ``other``);
* MERGE: one predicted id given to two gold entities of the article;
* SPLIT: one gold entity given two predicted ids (context).

False links are shown per batch (folder letters), per language and per match path,
guessed from the surface against the entry's names: ``exact`` (the surface folded is one of
the entry's names), ``family`` (shares the entry's last name word), ``given`` (shares its
first name word only), ``fuzzy`` (none of these: a spelling-tolerant key).

``--no-regions`` reruns with ``gazetteer.regional_gazetteers`` patched to return no files
(nothing is deleted), to see what the regional files added.

The test sets (``FORBIDDEN`` of ``bench/scorer_training_data.py``) are refused, by the
folder's name (and its resolved name), before any file is read.

Usage: PYTHONPATH=. python bench/probe_false_links.py [--no-regions] [--list] FOLDER...
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+")
_AR_PREFIX = re.compile(r"^(?:و|ف|ب|ل|ك)?(?:ال)?")


def _fold_text(s: str) -> str:
    """Lower case, hyphens as spaces, Arabic letter variants folded (same length)."""
    s = s.replace("-", " ")
    s = "".join(c.lower() if len(c.lower()) == 1 else c for c in s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي")):
        s = s.replace(a, b)
    return s


def _fold(s: str) -> str:
    """``_fold_text`` with runs of spaces as one."""
    return " ".join(_fold_text(s).split())


def _words(s: str) -> list[str]:
    out = []
    for w in _WORD.findall(_fold(s)):
        if w in ("al", "el", "bin", "ibn", "abu"):
            continue
        w = _AR_PREFIX.sub("", w) if re.match(r"[\u0600-\u06ff]", w) else w
        if len(w) >= 2:
            out.append(w)
    return out


def _names(e: dict[str, Any]) -> list[str]:
    return [n for n in [e.get("name"), e.get("name_ar"), *(e.get("aliases") or [])] if n]


def _surfaces(text: str, gold: list[dict[str, Any]]) -> dict[str, list[tuple[int, int]]]:
    low = _fold_text(text)
    tail_users: Counter[str] = Counter()
    for g in gold:
        for w in {w for n in _names(g) for w in _words(n)}:
            tail_users[w] += 1
    spans: list[tuple[int, int, str]] = []
    for g in gold:
        forms = {_fold(n) for n in _names(g)}
        if g["id"].startswith("person:"):
            for n in _names(g):
                ws = _words(n)
                if ws and len(ws[-1]) >= 4 and tail_users[ws[-1]] == 1:
                    forms.add(ws[-1])
        for f in forms:
            if len(f) < 2:
                continue
            for m in re.finditer(re.escape(f), low):
                spans.append((m.start(), m.end(), g["id"]))
    spans.sort(key=lambda s: (s[0] - s[1], s[0]))
    kept: list[tuple[int, int, str]] = []
    for a, b, gid in spans:
        if any(x <= a and b <= y and oid != gid for x, y, oid in kept):
            continue
        kept.append((a, b, gid))
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a, b, gid in kept:
        out[gid].append((a, b))
    return out


def _path(surface: str, entry: Any) -> str:
    """How *surface* may have reached the gazetteer *entry* (a guess from the names)."""
    names = [entry.name, entry.name_ar, *entry.aliases]
    folded = {_fold(n) for n in names if n}
    if _fold(surface) in folded:
        return "exact"
    sw = set(_words(surface))
    lasts = {_words(n)[-1] for n in names if n and _words(n)}
    firsts = {_words(n)[0] for n in names if n and _words(n)}
    if sw & lasts:
        return "family"
    if sw & firsts:
        return "given"
    return "fuzzy"


def forbidden_folders(folders: list[str]) -> list[str]:
    """The arguments that are (or lie in) a test set folder: by name only, nothing is read."""
    if str(Path(__file__).resolve().parent) not in sys.path:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scorer_training_data import FORBIDDEN

    bad = []
    for x in folders:
        for p in (Path(x), Path(x).resolve()):
            if (p.parent.name if p.suffix == ".json" else p.name) in FORBIDDEN:
                bad.append(x)
                break
    return bad


def probe(folders: list[str], show: bool = False) -> dict[str, Any]:
    bad = forbidden_folders(folders)
    if bad:
        raise ValueError(f"test set folders are never read: {', '.join(bad)}")
    from loaders.extract.base import get_extractor
    from loaders.extract.evaluate import align_new_ids, gold_files

    ex = get_extractor()
    gaz = ex.gaz
    known = set(gaz.entries)
    tot: Counter[str] = Counter()
    by: dict[str, Counter[str]] = defaultdict(Counter)
    lines: list[str] = []
    for f in gold_files(folders):
        doc = json.loads(f.read_text(encoding="utf-8"))
        text, gold = doc["text"], doc.get("entities", [])
        lang = doc.get("article", {}).get("lang", "?")
        batch = f.parent.name.rsplit("_", 1)[-1]
        pred = align_new_ids(doc, ex.extract(text, lang=lang, meta={"id": f.stem}), known)
        surf = _surfaces(text, gold)
        owner: dict[str, set[str]] = defaultdict(set)
        for g in gold:
            spans = surf.get(g["id"])
            if not spans:
                continue
            tot["located"] += 1
            got: dict[str, str] = {}
            for p in pred["entities"]:
                for a, b in p.get("mentions") or []:
                    for x, y in spans:
                        ov = min(b, y) - max(a, x)
                        if ov > 0 and ov * 2 >= y - x and ov * 5 >= (b - a) * 4:
                            got.setdefault(p["id"], text[a:b])
            for pid in got:
                owner[pid].add(g["id"])
            if len(got) > 1:
                tot["split"] += 1
            for pid, s in got.items():
                if pid != g["id"] and pid in known:
                    if not (pid.startswith("person:") or g["id"].startswith("person:")):
                        tot["other_link"] += 1  # place / body metonymy ("Tehran" as Iran)
                        continue
                    how = _path(s, gaz.entries[pid])
                    tot["false_link"] += 1
                    for k in (f"batch {batch}", f"lang {lang}", f"path {how}",
                              "gold known" if g["id"] in known else "gold new"):
                        by[k]["false_link"] += 1
                    lines.append(f"FALSE {f.parent.name[-2:]}/{f.stem} {s!r} gold={g['id']} "
                                 f"-> {pid} [{how}]")
        for pid, gs in owner.items():
            if len(gs) > 1:
                tot["merge"] += 1
                lines.append(f"MERGE {f.parent.name[-2:]}/{f.stem} {pid} <- {sorted(gs)}")
    if show:
        print("\n".join(lines))
    return {"total": tot, "by": by}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--no-regions", action="store_true",
                    help="patch gazetteer.regional_gazetteers to return no files")
    ap.add_argument("--list", action="store_true", help="print every false link and merge")
    args = ap.parse_args(argv)
    bad = forbidden_folders(args.folders)
    if bad:
        ap.error(f"test set folders (FORBIDDEN of bench/scorer_training_data.py) are never "
                 f"read: {', '.join(bad)}")
    if args.no_regions:
        from loaders.extract import gazetteer

        gazetteer.regional_gazetteers = lambda: []  # type: ignore[assignment]
    res = probe([str(Path(x)) for x in args.folders], show=args.list)
    t = res["total"]
    per = 1000 / max(1, t["located"])
    print(f"located gold entities {t['located']}: false links {t['false_link']} "
          f"({t['false_link'] * per:.1f}/1000), merges {t['merge']} ({t['merge'] * per:.1f}/1000), "
          f"splits {t['split']} ({t['split'] * per:.1f}/1000); other links {t['other_link']}")
    for k in sorted(res["by"]):
        print(f"  {k}: {res['by'][k]['false_link']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
