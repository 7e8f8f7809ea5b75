"""Score the extractor against hand-annotated articles (canonical JSON with the same text).

Relations are compared as distinct ``(source, TYPE, target)`` triples per article (MET_WITH
unordered). Entity linking is scored per gold mention span: correct when the extractor has a
mention of the same entity id overlapping it; we also report the share of gold entities
found at all.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders.extract.base import Extractor, get_extractor

CORE_TYPES = ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")
SYMMETRIC = frozenset({"MET_WITH"})
DEFAULT_GOLD = ("seeds", "seeds/corpus")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        """Add *other*'s counts to these."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    per_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    mentions_total: int = 0
    mentions_correct: int = 0
    entities_total: int = 0
    entities_found: int = 0
    articles: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    missed_entities: list[dict[str, Any]] = field(default_factory=list)

    def overall(self, types: tuple[str, ...] | None = None) -> Counts:
        c = Counts()
        for t, v in self.per_type.items():
            if types is None or t in types:
                c.add(v)
        return c

    @property
    def linking_accuracy(self) -> float:
        return self.mentions_correct / self.mentions_total if self.mentions_total else 1.0

    @property
    def entity_recall(self) -> float:
        return self.entities_found / self.entities_total if self.entities_total else 1.0

    def as_dict(self) -> dict[str, Any]:
        def row(c: Counts) -> dict[str, Any]:
            return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4), "f1": round(c.f1, 4)}

        return {
            "articles": self.articles,
            "per_type": {t: row(c) for t, c in sorted(self.per_type.items())},
            "core": row(self.overall(CORE_TYPES)),
            "all": row(self.overall()),
            "linking_accuracy": round(self.linking_accuracy, 4),
            "mentions": {"total": self.mentions_total, "correct": self.mentions_correct},
            "entity_recall": round(self.entity_recall, 4),
            "errors": self.errors,
            "missed_entities": self.missed_entities,
        }


def triples(doc: dict[str, Any]) -> set[tuple[str, str, str]]:
    out = set()
    for r in doc.get("relations", []):
        s, t = r["source"], r["target"]
        if r["type"] in SYMMETRIC and t < s:
            s, t = t, s
        out.add((r["type"], s, t))
    return out


def gold_files(paths: Sequence[str | Path] | None = None) -> list[Path]:
    """Annotated article JSON files under *paths* (files or folders, not recursive)."""
    out: list[Path] = []
    for p in [Path(x) for x in (paths or DEFAULT_GOLD)]:
        if p.is_dir():
            out += sorted(x for x in p.glob("*.json"))
        elif p.suffix == ".json":
            out.append(p)
    return out


def _slug_skeleton(eid: str) -> tuple[str, str]:
    from loaders.textnorm import skeleton

    typ, _, slug = eid.partition(":")
    return typ, skeleton(slug.replace("-", " "))


def _names(entity: dict[str, Any]) -> list[str]:
    return [n for n in [entity.get("name"), entity.get("name_ar"), *(entity.get("aliases") or [])]
            if n]


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _name_skeletons(entity: dict[str, Any]) -> set[str]:
    """Cross-script skeletons of every name of *entity*, also without a bracketed part (the
    annotator's "Islamic State West Africa Province (ISWAP)" is the gazetteer's "Islamic
    State West Africa Province"; session 49); very short ones (a lone 'Ali') are left out so
    that they never decide an alignment."""
    from loaders.textnorm import skeleton

    names = _names(entity)
    names += [b for n in names if (b := _BRACKETED.sub("", n)) != n and b]
    return {k for k in map(skeleton, names) if len(k) >= 4}


def align_new_ids(gold: dict[str, Any], pred: dict[str, Any], known: set[str]) -> dict[str, Any]:
    """Rename predicted ids to the annotator's ids where both name the same entity, so that
    a relation is scored on *who* it links, not on how an id happens to be spelled.

    1. An entity the extractor created itself (not in the gazetteer) takes the gold id with
       the same type and cross-script skeleton: a new person named in Arabic gets a
       transliterated id ('kinith-maknazi') that the annotator spelled 'kenneth-mckenzie'.
    2. A gold id that is neither predicted nor one of the gazetteer's ids (an annotator's own
       spelling, 'naim-qasem' for the gazetteer's 'naim-qassem') is matched by name: the one
       predicted entity of the same type, not itself a gold id, that shares a name skeleton
       with it.
    A predicted id that is already a gold id is never renamed, and no two predicted ids are
    renamed to the same gold id. Where two gold ids share a skeleton, the first listed wins."""
    gold_entities = gold.get("entities", [])
    gold_ids = {e["id"] for e in gold_entities}
    by_skel: dict[tuple[str, str], str] = {}
    # In the annotator's order, not a set's: every run gives the same figures (session 69).
    for g in (e["id"] for e in gold_entities):
        if g not in known:
            by_skel.setdefault(_slug_skeleton(g), g)
    ren: dict[str, str] = {}
    for e in pred.get("entities", []):
        eid = e["id"]
        if eid in gold_ids or eid in known:
            continue
        hit = by_skel.get(_slug_skeleton(eid))
        if hit and hit not in ren.values():
            ren[eid] = hit
    taken = set(ren.values()) | {e["id"] for e in pred.get("entities", [])}
    free = [p for p in pred.get("entities", []) if p["id"] not in gold_ids and p["id"] not in ren]
    for g in gold_entities:
        if g["id"] in taken or g["id"] in known:
            continue
        typ = g["id"].partition(":")[0]
        keys = _name_skeletons(g) | {_slug_skeleton(g["id"])[1]}
        hits = [p for p in free if p["id"].partition(":")[0] == typ
                and p["id"] not in ren and keys & _name_skeletons(p)]
        if len(hits) == 1:
            ren[hits[0]["id"]] = g["id"]
            taken.add(g["id"])
    _align_name_forms(gold_entities, free, known, taken, ren)
    if not ren:
        return pred
    out = dict(pred)
    out["entities"] = [dict(e, id=ren.get(e["id"], e["id"])) for e in pred["entities"]]
    out["relations"] = [dict(r, source=ren.get(r["source"], r["source"]),
                             target=ren.get(r["target"], r["target"]))
                        for r in pred["relations"]]
    return out


def _align_name_forms(gold_entities: list[dict[str, Any]], free: list[dict[str, Any]],
                      known: set[str], taken: set[str], ren: dict[str, str]) -> None:
    """3. A gold person still unmatched (not a gazetteer id) takes the one free predicted
    person whose name is a shorter or respelled form of one of his names, or the other way
    round (``align_name_forms``: "Ali al-Allaq" ~ "Ali Mohsen al-Alaq", "Stephen" ~
    "Steven")."""
    from loaders.extract.align_name_forms import name_forms, same_name_form

    for g in gold_entities:
        if g["id"] in taken or g["id"] in known or not g["id"].startswith("person:"):
            continue
        gkeys = name_forms(_names(g))
        hits = [p for p in free if p["id"].startswith("person:") and p["id"] not in ren
                and any(same_name_form(a, b) for a in gkeys for b in name_forms(_names(p)))]
        if len(hits) == 1:
            ren[hits[0]["id"]] = g["id"]
            taken.add(g["id"])


def score_article(gold: dict[str, Any], pred: dict[str, Any], rep: Report,
                  name: str = "") -> None:
    g, p = triples(gold), triples(pred)
    for typ, s, t in g | p:
        c = rep.per_type[typ]
        if (typ, s, t) in g and (typ, s, t) in p:
            c.tp += 1
        elif (typ, s, t) in p:
            c.fp += 1
            rep.errors.append({"article": name, "kind": "false_positive", "type": typ,
                               "source": s, "target": t})
        else:
            c.fn += 1
            rep.errors.append({"article": name, "kind": "missed", "type": typ,
                               "source": s, "target": t})
    pred_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for e in pred.get("entities", []):
        for a, b in e.get("mentions") or []:
            pred_spans[e["id"]].append((a, b))
    pred_ids = {e["id"] for e in pred.get("entities", [])}
    for e in gold.get("entities", []):
        rep.entities_total += 1
        if e["id"] in pred_ids:
            rep.entities_found += 1
        else:
            rep.missed_entities.append({"article": name, "id": e["id"],
                                        "name": e.get("name", ""),
                                        "name_ar": e.get("name_ar", "")})
        for a, b in e.get("mentions") or []:
            rep.mentions_total += 1
            if any(x < b and a < y for x, y in pred_spans.get(e["id"], [])):
                rep.mentions_correct += 1


def evaluate(paths: Sequence[str | Path] | None = None,
             extractor: Extractor | None = None, lenient: bool = True) -> Report:
    """Extract every annotated article's text and score it against its annotation.

    With *lenient*, predicted ids are aligned to the annotator's ids of the same entity
    (see :func:`align_new_ids`)."""
    ex = extractor or get_extractor()
    gaz = getattr(ex, "gaz", None)
    known = set(gaz.entries) if gaz is not None else set()
    rep = Report()
    for f in gold_files(paths):
        gold = json.loads(f.read_text(encoding="utf-8"))
        art = gold.get("article", {})
        pred = ex.extract(gold["text"], lang=art.get("lang"), meta={"id": art.get("id")})
        if lenient:
            pred = align_new_ids(gold, pred, known)
        score_article(gold, pred, rep, f.name)
        rep.articles += 1
    return rep


def format_report(rep: Report, title: str = "") -> str:
    lines = []
    if title:
        lines.append(title)
    lines.append(f"articles: {rep.articles}")
    lines.append(f"{'type':<18}{'tp':>4}{'fp':>4}{'fn':>4}{'P':>8}{'R':>8}{'F1':>8}")
    for t, c in sorted(rep.per_type.items()):
        lines.append(f"{t:<18}{c.tp:>4}{c.fp:>4}{c.fn:>4}{c.precision:>8.3f}"
                     f"{c.recall:>8.3f}{c.f1:>8.3f}")
    for label, c in (("CORE (3 types)", rep.overall(CORE_TYPES)), ("ALL", rep.overall())):
        lines.append(f"{label:<18}{c.tp:>4}{c.fp:>4}{c.fn:>4}{c.precision:>8.3f}"
                     f"{c.recall:>8.3f}{c.f1:>8.3f}")
    lines.append(f"entity linking accuracy (gold mentions): {rep.linking_accuracy:.3f} "
                 f"({rep.mentions_correct}/{rep.mentions_total})")
    lines.append(f"gold entities found: {rep.entity_recall:.3f} "
                 f"({rep.entities_found}/{rep.entities_total})")
    return "\n".join(lines)
