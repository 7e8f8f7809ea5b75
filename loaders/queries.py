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
    # `key IN n.search_keys` cannot use the range index above (list membership): on a large
    # graph it is a label scan (11-33 s per search on 1M entities). A keyword full-text index
    # over the list finds each exact key in the index instead (explorer.service.search).
    "CREATE FULLTEXT INDEX entity_search_keys_ft IF NOT EXISTS FOR (n:Entity) ON EACH "
    "[n.search_keys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
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

ANY_ENTITY = "MATCH (n:Entity) RETURN n.id AS id LIMIT 1"
"""Read: one entity id, or nothing when the graph has no entity yet (skips id look-ups)."""

_ENTITY_TEMPLATE = """
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, n.name IS NULL AS created
WITH n, row, created,
     CASE WHEN created THEN [] ELSE [a IN row.aliases WHERE NOT a IN n.aliases] END AS new_aliases,
     CASE WHEN created THEN [] ELSE [k IN row.search_keys WHERE NOT k IN n.search_keys] END AS new_keys
WITH n, row, created, new_aliases, new_keys,
     NOT created AND (size(new_aliases) > 0 OR size(new_keys) > 0
                      OR (n.name_ar IS NULL AND row.name_ar IS NOT NULL)
                      OR (n.description IS NULL AND row.description IS NOT NULL)) AS updated,
     CASE WHEN created THEN row.aliases ELSE n.aliases + new_aliases END AS aliases
SET n:__LABEL__,
    n.type = row.type,
    n.name = row.name,
    n.name_ar = coalesce(n.name_ar, row.name_ar),
    n.description = coalesce(n.description, row.description),
    n.aliases = aliases,
    n.aliases_text = CASE WHEN created OR size(new_aliases) > 0
        THEN reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)
        ELSE n.aliases_text END,
    n.search_keys = CASE WHEN created THEN row.search_keys ELSE n.search_keys + new_keys END
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN updated THEN 1 ELSE 0 END) AS updated
"""


_CREATE_ENTITY_TEMPLATE = """
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:__LABEL__, n.type = row.type, n.name = row.name, n.name_ar = row.name_ar,
    n.description = row.description, n.aliases = row.aliases,
    n.aliases_text = row.aliases_text, n.search_keys = row.search_keys
"""


@lru_cache(maxsize=256)
def _create_entity_statement(label: str) -> str:
    if not ENTITY_TYPE_RE.match(label) or label in RESERVED_LABELS:
        raise ValueError(f"invalid label {label!r}")
    return _CREATE_ENTITY_TEMPLATE.replace("__LABEL__", label)


def create_entities(vocab: Vocabulary, entity_type: str) -> str:
    """Fast path for ids not yet in the graph: MERGE and set everything ON CREATE only.

    Rows as for :func:`merge_entities` plus ``aliases_text``. An id that exists already is
    left untouched, so the writer sends an id here only the first time it meets it (and
    only if the database did not have it before the load); later rows go through
    :func:`merge_entities`. Count created nodes from the summary counters.
    """
    return _create_entity_statement(vocab.label(entity_type))


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
WITH r, row, r.evidence_keys IS NULL AS created, coalesce(size(r.evidence_keys), 0) AS had
WITH r, row, created, had,
     CASE WHEN created THEN range(0, size(row.keys) - 1)
          ELSE [i IN range(0, size(row.keys) - 1) WHERE NOT row.keys[i] IN r.evidence_keys] END AS new
SET r.evidence_keys = coalesce(r.evidence_keys, []) + [i IN new | row.keys[i]],
    r.sentences = coalesce(r.sentences, []) + [i IN new | row.sentences[i]],
    r.evidence_articles = coalesce(r.evidence_articles, []) + [i IN new | row.articles[i]],
    r.articles = reduce(acc = coalesce(r.articles, []), i IN new |
        CASE WHEN row.articles[i] IN acc THEN acc ELSE acc + row.articles[i] END),
    r.dates = reduce(acc = coalesce(r.dates, []), i IN new |
        CASE WHEN row.dates[i] IS NULL OR row.dates[i] IN acc THEN acc ELSE acc + row.dates[i] END),
    r.methods = reduce(acc = coalesce(r.methods, []), i IN new |
        CASE WHEN row.methods[i] IN acc THEN acc ELSE acc + row.methods[i] END),
    r.confidence = reduce(m = r.confidence, i IN new |
        CASE WHEN m IS NULL OR row.confidences[i] > m THEN row.confidences[i] ELSE m END),
    r.count = had + size(new)
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT created AND size(new) > 0 THEN 1 ELSE 0 END) AS updated,
       sum(size(new)) AS evidence
"""


@lru_cache(maxsize=256)
def _relationship_statement(rel_type: str) -> str:
    if not RELATION_TYPE_RE.match(rel_type) or rel_type == "MENTIONS":
        raise ValueError(f"invalid relationship type {rel_type!r}")
    return _RELATIONSHIP_TEMPLATE.replace("__TYPE__", rel_type)


CREATE_RELATIONSHIPS = """
UNWIND $rows AS row
MATCH (s:Entity {id: row[0]})
MATCH (t:Entity {id: row[1]})
CREATE (s)-[:$(row[8]) {evidence_keys: [row[2]], sentences: [row[3]],
    evidence_articles: [row[4]], articles: [row[4]], dates: row[5], methods: [row[6]],
    confidence: row[7], count: 1}]->(t)
"""
"""Fast path: CREATE a relationship that cannot exist yet, with its one evidence.

Rows are lists ``[source, target, key, sentence, article, dates, method, confidence,
type]`` (``dates``: ``[]`` or ``[date]``; symmetric types already in canonical
direction). The type is a parameter (Neo4j 5.26 dynamic type), never text, and the writer
has checked it against the allow-list (:meth:`Vocabulary.rel_type`); one statement serves
all types, so a batch needs one round trip instead of one per type. The properties are
exactly those :func:`merge_relationships` gives a new relationship with that one
evidence. Only for a (source, type, target) with an endpoint that was not in the database
before the load (so no relationship between them can exist) that no earlier row of the
load has written; every other row goes to :func:`merge_relationships`. Count created
relationships from the summary counters.
"""


def merge_relationships(vocab: Vocabulary, rel_type: str) -> str:
    """MERGE one ``-[:<rel_type>]->`` per (source, target) and append new evidence.

    Rows: ``{source, target, keys, sentences, articles, dates, methods, confidences}``, the
    evidence as parallel lists (symmetric types already in canonical direction). Evidence whose key is already on the
    relationship is skipped, so re-loading changes nothing; ``sentences`` and
    ``evidence_articles`` stay parallel to ``evidence_keys``; ``articles``, ``dates`` and
    ``methods`` are distinct lists; ``confidence`` is the max; ``count = size(evidence_keys)``.
    Returns ``{created, updated, evidence}``. The type comes from the allow-list only.
    """
    return _relationship_statement(vocab.rel_type(rel_type))
