"""Validated records (what a file says) and the rows the writer sends to Neo4j.

Records are named tuples (cheap to create by the million). Row builders are small pure functions so that the
exact shape written to the graph is unit-tested without a database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class ArticleRec(NamedTuple):
    """An article: metadata and text."""

    id: str
    lang: str | None
    text: str | None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None

    def fingerprint(self) -> str:
        """Hash of the content that must not change under the same id."""
        h = hashlib.blake2b(digest_size=16)
        for v in (self.lang, self.text, self.title, self.url, self.source, self.published):
            h.update((v or "").encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()


class EntityRec(NamedTuple):
    """An entity declaration."""

    id: str
    type: str
    name: str
    name_ar: str | None = None
    aliases: tuple[str, ...] = ()
    description: str | None = None


class MentionRec(NamedTuple):
    """Where an article mentions an entity."""

    article_id: str
    entity_id: str
    spans: tuple[tuple[int, int], ...]


class RelationRec(NamedTuple):
    """One piece of evidence for a (source, type, target) relation."""

    type: str
    source: str
    target: str
    article_id: str
    key: str
    sentence: str
    date: str | None = None
    confidence: float = 1.0
    method: str = "manual"


@dataclass
class Unit:
    """What one parsed piece of input (an article, a CSV chunk) contributes.

    ``entity_locations`` and ``relation_locations`` run parallel to ``entities`` and
    ``relations``: where each was declared in the file (for error messages).
    """

    path: str
    articles: list[ArticleRec] = field(default_factory=list)
    entities: list[EntityRec] = field(default_factory=list)
    mentions: list[MentionRec] = field(default_factory=list)
    relations: list[RelationRec] = field(default_factory=list)
    entity_locations: list[str] = field(default_factory=list)
    article_locations: dict[str, str] = field(default_factory=dict)
    relation_locations: list[str] = field(default_factory=list)
    external_refs: bool = False  # relations may point at entities declared elsewhere


def evidence_key(article_id: str, start: int, end: int) -> str:
    """The key that makes evidence idempotent: ``<article_id>#<start>-<end>``."""
    return f"{article_id}#{start}-{end}"


def hashed_evidence_key(article_id: str, *parts: str) -> str:
    """Evidence key for a table row without offsets: stable under re-ordering of rows."""
    h = hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=8)
    return f"{article_id}#h{h.hexdigest()}"


def canonical(rel: RelationRec, symmetric: Iterable[str]) -> RelationRec:
    """Store a symmetric relation once per pair: source id < target id."""
    if rel.type in symmetric and rel.source > rel.target:
        return RelationRec(rel.type, rel.target, rel.source, rel.article_id, rel.key,
                           rel.sentence, rel.date, rel.confidence, rel.method)
    return rel


def _dedupe(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v and v not in seen:
            seen[v] = None
    return list(seen)


def entity_row(e: EntityRec, match_keys: Callable[[str], list[str]]) -> dict[str, Any]:
    """Row for ``queries.merge_entities``: the node's properties, search keys included."""
    names = _dedupe([e.name, e.name_ar, *e.aliases])
    keys = _dedupe(k for n in names for k in match_keys(n))
    return {
        "id": e.id,
        "type": e.type,
        "name": e.name,
        "name_ar": e.name_ar,
        "aliases": list(_dedupe(e.aliases)),
        "description": e.description,
        "search_keys": keys,
    }


def merge_entity_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Collapse rows with the same id (first non-empty value wins; lists are unioned)."""
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        cur = out.get(r["id"])
        if cur is None:
            out[r["id"]] = dict(r)
            continue
        for k in ("name_ar", "description"):
            cur[k] = cur[k] or r[k]
        cur["aliases"] = _dedupe([*cur["aliases"], *r["aliases"]])
        cur["search_keys"] = _dedupe([*cur["search_keys"], *r["search_keys"]])
    return list(out.values())


def article_row(a: ArticleRec) -> dict[str, Any]:
    """Row for ``queries.MERGE_ARTICLES``."""
    return {"id": a.id, "title": a.title, "url": a.url, "source": a.source,
            "published": a.published, "lang": a.lang, "text": a.text}


def mention_rows(mentions: Iterable[MentionRec]) -> list[dict[str, Any]]:
    """Rows for ``queries.MERGE_MENTIONS``: spans as sorted, distinct "start-end" strings."""
    merged: dict[tuple[str, str], set[tuple[int, int]]] = {}
    for m in mentions:
        merged.setdefault((m.article_id, m.entity_id), set()).update(m.spans)
    return [{"article": a, "entity": e, "spans": [f"{s}-{t}" for s, t in sorted(spans)]}
            for (a, e), spans in merged.items()]


def relation_rows(rels: Iterable[RelationRec], symmetric: Iterable[str]) -> dict[str, list[dict]]:
    """Rows for ``queries.merge_relationships(type)``, grouped by type.

    One row per (source, target) with its evidence as parallel lists (``keys``,
    ``sentences``, ``articles``, ``dates``, ``methods``, ``confidences``) in input order;
    duplicate evidence keys are dropped; symmetric types are put in canonical direction.
    """
    sym = frozenset(symmetric)
    by_type: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
    seen: set[tuple[str, str, str, str]] = set()
    for rel in rels:
        r = canonical(rel, sym)
        ident = (r.type, r.source, r.target, r.key)
        if ident in seen:
            continue
        seen.add(ident)
        group = by_type.get(r.type)
        if group is None:
            group = by_type[r.type] = {}
        row = group.get((r.source, r.target))
        if row is None:
            row = group[(r.source, r.target)] = {
                "source": r.source, "target": r.target, "keys": [], "sentences": [],
                "articles": [], "dates": [], "methods": [], "confidences": []}
        row["keys"].append(r.key)
        row["sentences"].append(r.sentence)
        row["articles"].append(r.article_id)
        row["dates"].append(r.date)
        row["methods"].append(r.method)
        row["confidences"].append(float(r.confidence))
    return {t: list(rows.values()) for t, rows in by_type.items()}
