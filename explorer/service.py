"""Read-side services of the explorer: run explorer.queries and shape plain Python data.

Every function takes the driver and database name and returns plain data (dicts, dataclasses),
so pages stay thin and tests can call these directly against a real Neo4j. Reads go through
:func:`read` (managed READ transactions via ``execute_query``, database always given).
A small process-wide TTL cache keeps repeated reruns from re-running the same read.
"""

from __future__ import annotations

import functools
import json
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, RoutingControl
from rapidfuzz import fuzz

from explorer import queries
from explorer.graph import Edge, Filters, Node, parse_edge_id, valid_entity_id
from loaders import textnorm
from loaders.vocabulary import Vocabulary, load_vocabulary

CACHE_TTL_S = 120.0
_cache: dict[str, tuple[float, Any]] = {}
_cache_lock = threading.Lock()


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The allow-list of entity labels and relation types (built-in + loaders/types.yaml)."""
    return load_vocabulary()


def read(driver: Driver, database: str, query: str, params: Mapping[str, Any] | None = None,
         *, cache: bool = False) -> list[dict[str, Any]]:
    """Run one read query; rows as dicts. With ``cache`` the rows are reused for CACHE_TTL_S."""
    params = dict(params or {})
    key = ""
    if cache:
        key = json.dumps([database, query, params], sort_keys=True, default=str)
        with _cache_lock:
            hit = _cache.get(key)
        if hit is not None and time.monotonic() - hit[0] < CACHE_TTL_S:
            return hit[1]
    records, _, _ = driver.execute_query(
        query, params, database_=database, routing_=RoutingControl.READ
    )
    rows = [r.data() for r in records]
    if cache:
        with _cache_lock:
            if len(_cache) > 2000:
                _cache.clear()
            _cache[key] = (time.monotonic(), rows)
    return rows


def clear_cache() -> None:
    """Forget cached reads (after loading new data)."""
    with _cache_lock:
        _cache.clear()
        _edge_sets.clear()


def _node(row: Mapping[str, Any], type_key: str = "type") -> Node:
    return Node(
        id=str(row["id"]),
        type=str(row.get(type_key) or ""),
        name=str(row.get("name") or ""),
        name_ar=str(row.get("name_ar") or ""),
        degree=int(row.get("degree") or 0),
        articles=int(row.get("articles") or 0),
    )


def _edge(row: Mapping[str, Any]) -> Edge:
    conf = row.get("confidence")
    return Edge(
        source=str(row["source"]),
        type=str(row["type"]),
        target=str(row["target"]),
        count=int(row.get("count") or 1),
        dates=tuple(str(d) for d in (row.get("dates") or [])),
        confidence=float(conf) if conf is not None else None,
    )


# ------------------------------------------------------------------ graph source


@dataclass
class Neo4jSource:
    """:class:`explorer.graph.GraphSource` backed by Neo4j."""

    driver: Driver
    database: str
    vocab: Vocabulary = field(default_factory=vocabulary)
    cache: bool = True

    def _read(self, query: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        return read(self.driver, self.database, query, params, cache=self.cache)

    def overview(self, filters: Filters, limit: int) -> tuple[list[Node], list[Edge]]:
        query = queries.OVERVIEW_BY_REL_TYPES if filters.rel_types else queries.OVERVIEW
        rows = self._read(query, {**filters.params(), "limit": int(limit)})
        nodes = [_node(r) for r in rows]
        edges = self.edges_among([n.id for n in nodes], filters)
        return nodes, edges

    def node(self, node_id: str) -> Node | None:
        if not valid_entity_id(node_id):
            return None
        rows = self._read(queries.NODE, {"id": node_id})
        return _node(rows[0]) if rows else None

    def neighbours(self, node_id: str, filters: Filters, limit: int
                   ) -> tuple[list[tuple[Edge, Node]], int]:
        rows = self._read(queries.NEIGHBOURS, {**filters.params(), "id": node_id,
                                               "limit": int(limit)})
        if not rows:
            return [], 0
        items = rows[0]["items"] or []
        pairs = [(_edge(i), _node(i, type_key="node_type")) for i in items]
        return pairs, int(rows[0]["total"] or 0)

    def edges_among(self, ids: Sequence[str], filters: Filters) -> list[Edge]:
        if len(ids) < 2:
            return []
        if not self.cache:
            rows = read(self.driver, self.database, queries.EDGES_AMONG,
                        {**filters.params(), "ids": list(ids)})
            return [_edge(r) for r in rows]
        return _edges_among_incremental(self.driver, self.database, list(ids), filters)

    def shortest_paths(self, source: str, target: str, max_len: int, filters: Filters
                       ) -> tuple[list[Node], list[Edge]]:
        return shortest_paths(self.driver, self.database, source, target, max_len,
                              filters.rel_types, self.vocab)


_EDGE_SETS_MAX = 256
_edge_sets: OrderedDict[tuple[str, str, frozenset[str]], tuple[float, list[Edge]]] = OrderedDict()


def _edges_among_incremental(driver: Driver, database: str, ids: list[str],
                             filters: Filters) -> list[Edge]:
    """Edges among ``ids``, reusing the edges already known for a subset or superset.

    A click adds some nodes to a view whose edges were just read: only the relationships of
    the new nodes are read (``EDGES_TOUCHING``), not again those of every node on screen
    (a hub's tens of thousands). Hiding or collapsing reuses a superset's edges. Entries
    expire after CACHE_TTL_S, like every cached read.
    """
    fkey = json.dumps(filters.params(), sort_keys=True)
    want = frozenset(ids)
    now = time.monotonic()
    base: tuple[frozenset[str], float, list[Edge]] | None = None
    with _cache_lock:
        for (db, fk, key), (t, edges) in reversed(_edge_sets.items()):
            if db != database or fk != fkey or now - t >= CACHE_TTL_S:
                continue
            if key == want:
                _edge_sets.move_to_end((db, fk, key))
                return list(edges)
            if key >= want:  # superset: its edges with both ends here
                return [e for e in edges if e.source in want and e.target in want]
            if key <= want and (base is None or len(key) > len(base[0])):
                base = (key, t, edges)
    if base is None:
        rows = read(driver, database, queries.EDGES_AMONG, {**filters.params(), "ids": sorted(want)})
        result, stamp = [_edge(r) for r in rows], now
    else:
        known, stamp, edges = base
        rows = read(driver, database, queries.EDGES_TOUCHING,
                    {**filters.params(), "new": sorted(want - known), "ids": sorted(want)})
        merged = {e.id: e for e in edges}
        for r in rows:
            e = _edge(r)
            merged.setdefault(e.id, e)
        result = list(merged.values())
    with _cache_lock:
        _edge_sets[(database, fkey, want)] = (stamp, result)
        while len(_edge_sets) > _EDGE_SETS_MAX:
            _edge_sets.popitem(last=False)
    return list(result)


def shortest_paths(driver: Driver, database: str, source: str, target: str, max_len: int,
                   rel_types: Iterable[str] = (), vocab: Vocabulary | None = None,
                   limit: int = 20) -> tuple[list[Node], list[Edge]]:
    """Nodes and edges of all shortest paths (up to ``limit``) between two entities."""
    vocab = vocab or vocabulary()
    allowed = list(vocab.relation_types)
    wanted = [t for t in rel_types if t in vocab.relation_types] or allowed
    if not (valid_entity_id(source) and valid_entity_id(target)) or source == target:
        return [], []
    query = queries.shortest_paths_query(wanted, allowed, max_len)
    rows = read(driver, database, query, {"source": source, "target": target, "limit": limit})
    nodes: dict[str, Node] = {}
    edges: dict[str, Edge] = {}
    for row in rows:
        for n in row["nodes"]:
            nodes.setdefault(n["id"], _node(n))
        for r in row["rels"]:
            e = _edge(r)
            edges.setdefault(e.id, e)
    return list(nodes.values()), list(edges.values())


# ------------------------------------------------------------------ details and evidence


def node_details(driver: Driver, database: str, node_id: str, article_limit: int = 50
                 ) -> dict[str, Any] | None:
    """Names, type, aliases, description, degree and the articles that mention an entity."""
    if not valid_entity_id(node_id):
        return None
    rows = read(driver, database, queries.NODE_DETAILS,
                {"id": node_id, "article_limit": int(article_limit)})
    if not rows:
        return None
    row = rows[0]
    row["articles"] = [a for a in row["articles"] if a]
    return row


def edge_evidence(driver: Driver, database: str, edge: str) -> dict[str, Any] | None:
    """Every evidence sentence of a relationship (``source|TYPE|target``) with its article's
    outlet, date, title and URL."""
    parsed = parse_edge_id(edge)
    if parsed is None:
        return None
    source, rel_type, target = parsed
    rows = read(driver, database, queries.EDGE_EVIDENCE,
                {"source": source, "type": rel_type, "target": target})
    if not rows:
        return None
    row = rows[0]
    by_id = {a["id"]: a for a in row.pop("articles") or []}
    evidence = []
    for i, key in enumerate(row["evidence_keys"]):
        sentences = row["sentences"]
        arts = row["evidence_articles"]
        art_id = arts[i] if i < len(arts) else key.split("#", 1)[0]
        art = by_id.get(art_id, {})
        evidence.append({
            "key": key,
            "sentence": sentences[i] if i < len(sentences) else "",
            "article_id": art_id,
            "title": art.get("title") or "",
            "outlet": art.get("source") or "",
            "published": art.get("published") or "",
            "lang": art.get("lang") or "",
            "url": art.get("url") or "",
        })
    row["evidence"] = evidence
    row["id"] = edge
    return row


# ------------------------------------------------------------------ search

_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
_LUCENE_WORDS = {"and", "or", "not", "to"}


def lucene_escape(term: str) -> str:
    """Escape a term for Lucene's classic query parser (operators become literal text)."""
    escaped = _LUCENE_SPECIAL.sub(r"\\\1", term)
    return escaped.lower() if escaped.lower() in _LUCENE_WORDS else escaped


def lucene_phrase(term: str) -> str:
    """A term as an exact Lucene phrase (quotes and backslashes escaped)."""
    return '"' + term.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lucene_query(text: str) -> str:
    """Prefix + fuzzy Lucene query for suggestions: each token as typed, as a prefix and,
    when long enough, with one edit allowed. Empty when nothing searchable remains."""
    toks = [t for t in textnorm.normalize(text).replace("-", " ").split() if t][:8]
    parts = []
    for tok in toks:
        t = lucene_escape(tok)
        alts = [f"{t}^3", f"{t}*"]
        if len(tok) >= 4:
            alts.append(f"{t}~1")
        parts.append("(" + " OR ".join(alts) + ")")
    return " ".join(parts)


@dataclass(frozen=True)
class Suggestion:
    """One search suggestion: entity, type, number of articles, and why it matched."""

    id: str
    type: str
    name: str
    name_ar: str
    articles: int
    score: float
    match: str

    def label(self) -> str:
        names = " · ".join(x for x in (self.name, self.name_ar) if x)
        return f"{names}  ({self.type}, {self.articles} article{'s' if self.articles != 1 else ''})"


def _similarity(query: str, row: Mapping[str, Any]) -> float:
    q = textnorm.normalize(query)
    if not q:
        return 0.0
    names = [row.get("name") or "", row.get("name_ar") or "", *(row.get("aliases") or [])]
    best = 0.0
    for name in names:
        n = textnorm.normalize(str(name))
        if not n:
            continue
        best = max(best, fuzz.WRatio(q, n))
        if textnorm.is_arabic(query) != textnorm.is_arabic(str(name)):
            best = max(best, 0.9 * fuzz.ratio(textnorm.phonetic(query), textnorm.phonetic(str(name))))
    return best


def search_keys_index(driver: Driver, database: str) -> str | None:
    """The keyword full-text index over Entity.search_keys, if the database has one (cached)."""
    rows = read(driver, database, queries.SEARCH_KEYS_INDEX, {}, cache=True)
    return str(rows[0]["name"]) if rows else None


def search(driver: Driver, database: str, text: str, limit: int = 10,
           types: Sequence[str] | None = None) -> list[Suggestion]:
    """Entities matching ``text`` in any script or spelling, best first.

    Three sources, all parameterised: the stored ``search_keys`` (same normalisation and
    cross-script skeletons as the extractor), the full-text indexes (Arabic analyzer for
    Arabic input; prefix and one-edit fuzzy terms), then rapidfuzz ranks the candidates.
    """
    text = (text or "").strip()[:200]
    if not text:
        return []
    type_param = list(types) if types else None
    keys = textnorm.match_keys(text)
    candidates: dict[str, dict[str, Any]] = {}
    if keys:
        keys_index = search_keys_index(driver, database)
        if keys_index:
            rows = read(driver, database, queries.SEARCH_KEYS_FULLTEXT,
                        {"index": keys_index, "keys": keys, "types": type_param, "limit": 200,
                         "lucene": " OR ".join(lucene_phrase(k) for k in keys)})
        else:
            rows = read(driver, database, queries.SEARCH_KEYS,
                        {"keys": keys, "types": type_param, "limit": 200})
        for row in rows:
            if not row["hits"]:
                continue
            exact = any(not k.startswith("~") for k in row["hits"])
            row["base"] = 40.0 if exact else 0.0
            row["match"] = "name" if exact else "spelling"
            candidates[row["id"]] = row
    lucene = lucene_query(text)
    if lucene:
        indexes = ["entity_names_ar", "entity_names"] if textnorm.is_arabic(text) else ["entity_names"]
        for index in indexes:
            for row in read(driver, database, queries.SEARCH_FULLTEXT,
                            {"index": index, "lucene": lucene, "limit": 50, "types": type_param}):
                if row["id"] in candidates:
                    continue
                row["base"] = min(20.0, float(row.pop("score") or 0.0) * 4)
                row["match"] = "full-text"
                candidates[row["id"]] = row
    out = []
    for row in candidates.values():
        sim = _similarity(text, row)
        if row["match"] == "spelling" and sim < 60:
            continue  # a coarse skeleton hit that does not look like the query
        score = row["base"] + sim + min(10.0, float(row.get("articles") or 0))
        out.append(Suggestion(id=row["id"], type=row.get("type") or "", name=row.get("name") or "",
                              name_ar=row.get("name_ar") or "", articles=int(row.get("articles") or 0),
                              score=round(score, 2), match=row["match"]))
    out.sort(key=lambda s: (-s.score, s.id))
    return out[:limit]


# ------------------------------------------------------------------ articles


def articles(driver: Driver, database: str, lang: str | None = None, text: str | None = None,
             limit: int = 200) -> list[dict[str, Any]]:
    """Articles, newest first (optionally one language / matching title or outlet)."""
    return read(driver, database, queries.ARTICLES,
                {"lang": lang or None, "text": (text or "").strip()[:200] or None,
                 "limit": int(limit)})


def article(driver: Driver, database: str, article_id: str) -> dict[str, Any] | None:
    """One article with its text, mentioned entities (spans) and supported relationships."""
    if not isinstance(article_id, str) or not article_id or len(article_id) > 200:
        return None
    rows = read(driver, database, queries.ARTICLE, {"id": article_id})
    if not rows:
        return None
    row = rows[0]
    row["mentions"] = [m for m in row["mentions"] if m]
    row["relations"] = [r for r in row["relations"] if r]
    return row


def outlets(driver: Driver, database: str, limit: int = 500) -> list[str]:
    """Outlet names for the outlet filter, most articles first."""
    return [r["outlet"] for r in read(driver, database, queries.OUTLETS, {"limit": limit},
                                      cache=True)]


def date_range(driver: Driver, database: str) -> tuple[str | None, str | None]:
    rows = read(driver, database, queries.DATE_RANGE, {}, cache=True)
    return (rows[0]["first"], rows[0]["last"]) if rows else (None, None)


# ------------------------------------------------------------------ status


def graph_model(driver: Driver, database: str, vocab: Vocabulary | None = None
                ) -> dict[str, Any]:
    """Labels and relationship types with counts, property keys and types, indexes."""
    vocab = vocab or vocabulary()
    labels = ["Entity", "Article", *vocab.entity_types]
    label_counts = []
    for label in labels:
        rows = read(driver, database, queries.count_label_query(label, labels))
        label_counts.append({"label": label, "count": rows[0]["count"],
                             "meaning": vocab.entity_types.get(label, "")})
    rel_names = ["MENTIONS", *vocab.relation_types]
    rel_counts = []
    for rel in rel_names:
        rows = read(driver, database, queries.count_rel_query(rel, rel_names))
        rt = vocab.relation_types.get(rel)
        rel_counts.append({"type": rel, "count": rows[0]["count"],
                           "meaning": rt.description if rt else "Article mentions entity",
                           "symmetric": bool(rt and rt.symmetric)})
    node_props = read(driver, database, queries.PROPERTIES_BY_LABEL)
    rel_props = read(driver, database, queries.PROPERTIES_BY_REL)
    indexes = read(driver, database, queries.INDEXES)
    return {"labels": label_counts, "relationships": rel_counts, "node_properties": node_props,
            "relationship_properties": rel_props, "indexes": indexes,
            "property_keys": read(driver, database, queries.PROPERTY_KEYS)[0]["keys"]}
