"""All write-side Cypher of the loaders (plus the two reads the loader itself needs).

Every value comes in as a parameter (``$rows``, ``$ids``). Labels and relationship types
cannot be parameters, so the per-type statements are built by :func:`merge_entities` and
:func:`merge_relationships` from a :class:`~loaders.vocabulary.Vocabulary` name, which is
checked against the allow-list and the identifier pattern before it is placed in the text.
"""

from __future__ import annotations

from functools import lru_cache

from loaders.vocabulary import (
    ENTITY_TYPE_RE,
    RELATION_TYPE_RE,
    RESERVED_LABELS,
    Vocabulary,
)

SCHEMA_STATEMENTS: tuple[str, ...] = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH "
    "[n.name, n.aliases_text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard'}}",
    "CREATE FULLTEXT INDEX entity_names_ar IF NOT EXISTS FOR (n:Entity) ON EACH "
    "[n.name_ar, n.aliases_text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
    "CREATE INDEX entity_search_keys IF NOT EXISTS FOR (n:Entity) ON (n.search_keys)",
    "CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)",
)
"""Constraints and indexes, all ``IF NOT EXISTS``: safe to run before every load."""

AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)"
"""Wait until the indexes above are online."""

EXISTING_ENTITIES = """
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.type AS type, n.name AS name, n.name_ar AS name_ar,
       n.description AS description
"""
"""Read: the stored identity of the given entity ids (conflict check before a load)."""

_ENTITY_TEMPLATE = """
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, old IS NULL AS created,
     CASE WHEN old IS NULL THEN null
          ELSE [old.name, old.name_ar, old.description, old.aliases, old.search_keys] END AS before
MERGE (n:Entity {id: row.id})
WITH n, row, created, before, coalesce(n.aliases, []) AS aliases,
     coalesce(n.search_keys, []) AS keys
WITH n, row, created, before,
     aliases + [a IN row.aliases WHERE NOT a IN aliases] AS aliases,
     keys + [k IN row.search_keys WHERE NOT k IN keys] AS keys
SET n:__LABEL__,
    n.type = row.type,
    n.name = row.name,
    n.name_ar = coalesce(n.name_ar, row.name_ar),
    n.description = coalesce(n.description, row.description),
    n.aliases = aliases,
    n.aliases_text = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a),
    n.search_keys = keys
WITH created, before, [n.name, n.name_ar, n.description, n.aliases, n.search_keys] AS after
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT created AND before <> after THEN 1 ELSE 0 END) AS updated
"""


@lru_cache(maxsize=256)
def _entity_statement(label: str) -> str:
    if not ENTITY_TYPE_RE.match(label) or label in RESERVED_LABELS:
        raise ValueError(f"invalid label {label!r}")
    return _ENTITY_TEMPLATE.replace("__LABEL__", label)


def merge_entities(vocab: Vocabulary, entity_type: str) -> str:
    """MERGE ``(:Entity:<entity_type>)`` nodes by id from ``$rows``.

    Rows: ``{id, type, name, name_ar, aliases, description, search_keys}`` (one per id).
    Name and type are set; ``name_ar`` and ``description`` keep the first non-empty value;
    ``aliases`` and ``search_keys`` are unioned in input order; ``aliases_text`` is derived.
    Returns one record ``{created, updated}``. The label comes from the allow-list only.
    """
    return _entity_statement(vocab.label(entity_type))


MERGE_ARTICLES = """
UNWIND $rows AS row
OPTIONAL MATCH (old:Article {id: row.id})
WITH row, old IS NULL AS created,
     CASE WHEN old IS NULL THEN null
          ELSE [old.title, old.url, old.source, old.published, old.lang, old.text] END AS before
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.url = row.url, a.source = row.source,
    a.published = row.published, a.lang = row.lang, a.text = row.text
WITH created, before, [a.title, a.url, a.source, a.published, a.lang, a.text] AS after
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT created AND before <> after THEN 1 ELSE 0 END) AS updated
"""
"""MERGE ``(:Article)`` nodes by id from ``$rows`` ``{id, title, url, source, published,
lang, text}``; metadata is overwritten. Returns ``{created, updated}``."""

MERGE_MENTIONS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
MERGE (a)-[m:MENTIONS]->(e)
WITH m, row, coalesce(m.spans, []) AS spans
SET m.spans = spans + [s IN row.spans WHERE NOT s IN spans]
RETURN count(*) AS rows
"""
"""MERGE ``(:Article)-[:MENTIONS {spans}]->(:Entity)`` from ``$rows`` ``{article, entity,
spans: ["start-end", ...]}``; spans are unioned."""

_RELATIONSHIP_TEMPLATE = """
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:__TYPE__]->(t)
WITH r, row, r.evidence_keys IS NULL AS created,
     coalesce(r.evidence_keys, []) AS keys, coalesce(r.sentences, []) AS sentences,
     coalesce(r.evidence_articles, []) AS evidence_articles, coalesce(r.articles, []) AS articles,
     coalesce(r.dates, []) AS dates, coalesce(r.methods, []) AS methods, r.confidence AS confidence
WITH r, created, keys, sentences, evidence_articles, articles, dates, methods, confidence,
     [e IN row.evidence WHERE NOT e.key IN keys] AS new
SET r.evidence_keys = keys + [e IN new | e.key],
    r.sentences = sentences + [e IN new | e.sentence],
    r.evidence_articles = evidence_articles + [e IN new | e.article],
    r.articles = reduce(acc = articles, e IN new |
        CASE WHEN e.article IN acc THEN acc ELSE acc + e.article END),
    r.dates = reduce(acc = dates, e IN new |
        CASE WHEN e.date IS NULL OR e.date IN acc THEN acc ELSE acc + e.date END),
    r.methods = reduce(acc = methods, e IN new |
        CASE WHEN e.method IN acc THEN acc ELSE acc + e.method END),
    r.confidence = reduce(m = confidence, e IN new |
        CASE WHEN m IS NULL OR e.confidence > m THEN e.confidence ELSE m END),
    r.count = size(keys) + size(new)
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT created AND size(new) > 0 THEN 1 ELSE 0 END) AS updated,
       sum(size(new)) AS evidence
"""


@lru_cache(maxsize=256)
def _relationship_statement(rel_type: str) -> str:
    if not RELATION_TYPE_RE.match(rel_type) or rel_type == "MENTIONS":
        raise ValueError(f"invalid relationship type {rel_type!r}")
    return _RELATIONSHIP_TEMPLATE.replace("__TYPE__", rel_type)


def merge_relationships(vocab: Vocabulary, rel_type: str) -> str:
    """MERGE one ``-[:<rel_type>]->`` per (source, target) and append new evidence.

    Rows: ``{source, target, evidence: [{key, sentence, article, date, method, confidence}]}``
    (symmetric types already in canonical direction). Evidence whose key is already on the
    relationship is skipped, so re-loading changes nothing; ``sentences`` and
    ``evidence_articles`` stay parallel to ``evidence_keys``; ``articles``, ``dates`` and
    ``methods`` are distinct lists; ``confidence`` is the max; ``count = size(evidence_keys)``.
    Returns ``{created, updated, evidence}``. The type comes from the allow-list only.
    """
    return _relationship_statement(vocab.rel_type(rel_type))
