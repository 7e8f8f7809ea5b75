"""All read-side Cypher of the explorer, parameterised. Each constant documents what it returns.

User input only ever travels as parameters. The few queries that need a label, a
relationship type or a path length in the query text get them from
:func:`shortest_paths_query` / :func:`count_label_query` / :func:`count_rel_query`, which
accept only allow-listed names and bounded integers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SERVER_COMPONENTS = """
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
"""
"""The server's version (e.g. 5.26.30) and edition (community / enterprise)."""

GRAPH_COUNTS = """
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
"""
"""Number of nodes and of relationships in the database."""

# ---------------------------------------------------------------- explore

# Shared relationship filter (r bound): relation types, outlet of a supporting article, and
# a date range met by a relation date or by a supporting article's publication date.
# Partial ISO dates overlap-compare: "2020" is inside 2020-03..2020-06.
_EDGE_FILTER = """
($rel_types IS NULL OR type(r) IN $rel_types)
AND ($outlets IS NULL OR EXISTS {
      MATCH (art:Article) WHERE art.id IN coalesce(r.articles, []) AND art.source IN $outlets })
AND (($date_from IS NULL AND $date_to IS NULL)
     OR any(d IN coalesce(r.dates, []) WHERE
            ($date_from IS NULL OR d >= left($date_from, size(d)))
            AND ($date_to IS NULL OR left(d, size($date_to)) <= $date_to))
     OR EXISTS {
            MATCH (art:Article) WHERE art.id IN coalesce(r.articles, [])
              AND art.published IS NOT NULL
              AND ($date_from IS NULL OR art.published >= left($date_from, size(art.published)))
              AND ($date_to IS NULL OR left(art.published, size($date_to)) <= $date_to) })
"""

# Degrees are read from the node's relationship counts (Neo4j's getDegree, no expansion):
# every relationship of an entity links it to another entity, except the MENTIONS from
# articles, so "relationships to other entities" = all of them minus the MENTIONS.
def _degree(var: str) -> str:
    """Cypher for the number of relationships of ``var`` to other entities (getDegree)."""
    return f"COUNT {{ ({var})--() }} - COUNT {{ ({var})<-[:MENTIONS]-() }}"


def _articles(var: str) -> str:
    """Cypher for the number of articles mentioning ``var`` (getDegree)."""
    return f"COUNT {{ ({var})<-[:MENTIONS]-() }}"


OVERVIEW = f"""
MATCH (n:Entity)
WHERE $types IS NULL OR n.type IN $types
WITH n, {_degree("n")} AS degree
WHERE degree > 0
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN n.id AS id, n.type AS type, n.name AS name, n.name_ar AS name_ar, degree,
       {_articles("n")} AS articles
"""
"""The ``$limit`` most connected entities (optionally of ``$types``): id, type, names,
degree (relationships to other entities) and number of articles mentioning them. Degrees
come from the relationship counts: one pass over the entities, no expansion."""

OVERVIEW_BY_REL_TYPES = """
MATCH (n:Entity)
WHERE $types IS NULL OR n.type IN $types
WITH n, COUNT { (n)-[r]-(:Entity) WHERE type(r) IN $rel_types } AS degree
WHERE degree > 0
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN n.id AS id, n.type AS type, n.name AS name, n.name_ar AS name_ar, degree,
       COUNT { (n)<-[:MENTIONS]-() } AS articles
"""
"""Same as OVERVIEW with the degree counted over the relationship types ``$rel_types`` only
(expands every entity: slow on large graphs, used only with a relation-type filter)."""

NODE = """
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.type AS type, n.name AS name, n.name_ar AS name_ar,
       """ + _degree("n") + """ AS degree, """ + _articles("n") + """ AS articles
"""
"""One entity for the view (id, type, names, degree, articles); no row if unknown."""

NEIGHBOURS = (
    """
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE ($types IS NULL OR m.type IN $types) AND """
    + _EDGE_FILTER
    + """
WITH r, m ORDER BY coalesce(r.count, 1) DESC, m.id
WITH collect([r, m]) AS rows
WITH size(rows) AS total, rows[0..$limit] AS page
CALL (page) {
  UNWIND page AS x
  WITH x[0] AS r, x[1] AS m
  RETURN collect({source: startNode(r).id, target: endNode(r).id, type: type(r),
                  count: r.count, dates: r.dates, confidence: r.confidence,
                  id: m.id, node_type: m.type, name: m.name, name_ar: m.name_ar,
                  degree: """ + _degree("m") + """,
                  articles: """ + _articles("m") + """}) AS items
}
RETURN total, items
"""
)
"""Neighbours of entity ``$id`` through relationships passing the filters, strongest first
(evidence count), capped at ``$limit``: ``total`` (all that pass) and ``items`` (edge and
neighbour fields)."""

EDGES_AMONG = (
    """
MATCH (n:Entity) WHERE n.id IN $ids
WITH collect(n) AS ns
UNWIND ns AS a
MATCH (a)-[r]->(b)
WHERE b IN ns AND """
    + _EDGE_FILTER
    + """
RETURN a.id AS source, type(r) AS type, b.id AS target, r.count AS count, r.dates AS dates,
       r.confidence AS confidence
"""
)
"""Every relationship between two of the entities ``$ids`` that passes the filters. Each
node's outgoing relationships are expanded once and their end nodes compared with the set
of nodes (no property read per relationship): 0.8-1.4 s instead of 1.6-2.0 s for a
481-node view with 3,827 edges among nodes with 144k relationships."""

EDGES_TOUCHING = (
    """
MATCH (n:Entity) WHERE n.id IN $ids
WITH collect(n) AS ns
MATCH (a:Entity) WHERE a.id IN $new
CALL (a, ns) {
  MATCH (a)-[r]-(b) WHERE b IN ns
  RETURN r
}
WITH DISTINCT r
WHERE """
    + _EDGE_FILTER
    + """
RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target, r.count AS count,
       r.dates AS dates, r.confidence AS confidence
"""
)
"""Every relationship (passing the filters) between one of the entities ``$new`` and one of
``$ids``, found by expanding only the ``$new`` entities: with the edges among the rest
already known, the edges of a view that grew by one expansion cost the new nodes' degrees,
not the hubs' already on screen."""

NODE_DETAILS = """
MATCH (n:Entity {id: $id})
CALL (n) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(n)
  WITH a, m ORDER BY a.published DESC, a.id
  LIMIT $article_limit
  RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE
                 {id: a.id, title: a.title, source: a.source, published: a.published,
                  lang: a.lang, url: a.url, mentions: size(coalesce(m.spans, []))} END) AS articles
}
RETURN n.id AS id, n.type AS type, n.name AS name, n.name_ar AS name_ar,
       coalesce(n.aliases, []) AS aliases, n.description AS description,
       """ + _degree("n") + """ AS degree,
       """ + _articles("n") + """ AS article_count,
       articles
"""
"""An entity's details: names in both scripts, type, aliases, description, degree and the
(latest ``$article_limit``) articles that mention it."""

EDGE_EVIDENCE = """
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE type(r) = $type
CALL (r) {
  UNWIND coalesce(r.evidence_articles, []) + coalesce(r.articles, []) AS aid
  WITH DISTINCT aid
  MATCH (art:Article {id: aid})
  RETURN collect(art {.id, .title, .source, .published, .lang, .url}) AS articles
}
RETURN a.id AS source, a.name AS source_name, a.name_ar AS source_name_ar,
       b.id AS target, b.name AS target_name, b.name_ar AS target_name_ar,
       type(r) AS type, r.count AS count, coalesce(r.dates, []) AS dates,
       coalesce(r.methods, []) AS methods, r.confidence AS confidence,
       coalesce(r.evidence_keys, []) AS evidence_keys, coalesce(r.sentences, []) AS sentences,
       coalesce(r.evidence_articles, []) AS evidence_articles, articles
"""
"""One relationship (``$source``-[``$type``]->``$target``) with every evidence sentence, the
article of each, and those articles' title, outlet, date, language and URL."""

SEARCH_KEYS = """
UNWIND $keys AS key
MATCH (n:Entity)
WHERE key IN n.search_keys AND ($types IS NULL OR n.type IN $types)
WITH n, collect(key) AS hits
RETURN n.id AS id, n.type AS type, n.name AS name, n.name_ar AS name_ar,
       coalesce(n.aliases, []) AS aliases, hits,
       COUNT { (n)<-[:MENTIONS]-() } AS articles
LIMIT $limit
"""
"""Entities whose stored ``search_keys`` (loaders.textnorm.match_keys) share a key with the
query's keys: exact, core and spelling-tolerant (``~skeleton``) matches."""

SEARCH_KEYS_FULLTEXT = """
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node
WHERE node:Entity AND ($types IS NULL OR node.type IN $types)
RETURN node.id AS id, node.type AS type, node.name AS name, node.name_ar AS name_ar,
       coalesce(node.aliases, []) AS aliases,
       [k IN coalesce(node.search_keys, []) WHERE k IN $keys] AS hits,
       COUNT { (node)<-[:MENTIONS]-() } AS articles
"""
"""Same as SEARCH_KEYS through a full-text index over ``search_keys`` (``keyword`` analyzer)
when the database has one: an index lookup instead of a label scan on large graphs."""

SEARCH_KEYS_INDEX = """
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state, options
WHERE 'Entity' IN labelsOrTypes AND properties = ['search_keys'] AND state = 'ONLINE'
  AND options.indexConfig.`fulltext.analyzer` = 'keyword'
RETURN name
ORDER BY name <> 'entity_search_keys_ft', name
LIMIT 1
"""
"""Name of an online keyword full-text index over Entity.search_keys, if any: the loaders'
``entity_search_keys_ft`` first, else any other (by name)."""

SEARCH_FULLTEXT = """
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
WHERE node:Entity AND ($types IS NULL OR node.type IN $types)
RETURN node.id AS id, node.type AS type, node.name AS name, node.name_ar AS name_ar,
       coalesce(node.aliases, []) AS aliases, score,
       COUNT { (node)<-[:MENTIONS]-() } AS articles
"""
"""Full-text search of entity names and aliases (``$index`` = entity_names or
entity_names_ar; ``$lucene`` is an escaped Lucene query built by the search module)."""

ARTICLES = """
MATCH (a:Article)
WHERE ($lang IS NULL OR a.lang = $lang)
  AND ($text IS NULL OR toLower(coalesce(a.title, '')) CONTAINS toLower($text)
       OR toLower(coalesce(a.source, '')) CONTAINS toLower($text))
RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published,
       a.lang AS lang, a.url AS url, COUNT { (a)-[:MENTIONS]->(:Entity) } AS entities
ORDER BY a.published DESC, a.id
LIMIT $limit
"""
"""Articles (newest first), optionally of one language or matching a title/outlet text."""

ARTICLE = """
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
  RETURN collect(CASE WHEN e IS NULL THEN NULL ELSE
                 {id: e.id, type: e.type, name: e.name, name_ar: e.name_ar,
                  spans: coalesce(m.spans, [])} END) AS mentions
}
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(x:Entity)-[r]->(y:Entity)
  WHERE a.id IN coalesce(r.articles, [])
  WITH DISTINCT r, x, y
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE
                 {source: x.id, type: type(r), target: y.id,
                  evidence: [i IN range(0, size(coalesce(r.evidence_keys, [])) - 1)
                             WHERE r.evidence_articles[i] = a.id | r.sentences[i]]} END)
         AS relations
}
RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published,
       a.lang AS lang, a.url AS url, a.text AS text, mentions, relations
"""
"""One article: metadata, text, the entities it mentions (with character spans) and the
relationships it supports (with their sentences from this article)."""

OUTLETS = """
MATCH (a:Article) WHERE a.source IS NOT NULL
RETURN a.source AS outlet, count(*) AS articles
ORDER BY articles DESC, outlet
LIMIT $limit
"""
"""Outlets (Article.source) with their number of articles, for the outlet filter."""

DATE_RANGE = """
MATCH (a:Article) WHERE a.published IS NOT NULL
RETURN min(a.published) AS first, max(a.published) AS last
"""
"""Earliest and latest publication dates of the loaded articles."""

PROPERTY_KEYS = """
CALL db.propertyKeys() YIELD propertyKey
RETURN collect(propertyKey) AS keys
"""
"""Every property key in use."""

INDEXES = """
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state
RETURN name, type, entityType, labelsOrTypes, properties, state
ORDER BY name
"""
"""The database's indexes (name, kind, what they cover, state)."""

PROPERTIES_BY_LABEL = """
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
RETURN nodeLabels, propertyName, propertyTypes
"""
"""Node properties per label combination, with their types."""

PROPERTIES_BY_REL = """
CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes
RETURN relType, propertyName, propertyTypes
"""
"""Relationship properties per relationship type, with their types."""

_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")


def _checked(names: Iterable[str], allowed: Iterable[str]) -> list[str]:
    allow = set(allowed)
    out = []
    for name in names:
        if name not in allow or not _NAME_RE.match(name):
            raise ValueError(f"{name!r} is not an allow-listed label or relationship type")
        out.append(name)
    return out


def count_label_query(label: str, allowed: Iterable[str]) -> str:
    """``MATCH (n:`Label`) RETURN count(n)`` for an allow-listed label (count store, O(1))."""
    (name,) = _checked([label], allowed)
    return f"MATCH (n:`{name}`) RETURN count(n) AS count"


def count_rel_query(rel_type: str, allowed: Iterable[str]) -> str:
    """``MATCH ()-[r:`TYPE`]->() RETURN count(r)`` for an allow-listed type (count store)."""
    (name,) = _checked([rel_type], allowed)
    return f"MATCH ()-[r:`{name}`]->() RETURN count(r) AS count"


def shortest_paths_query(rel_types: Iterable[str], allowed: Iterable[str], max_len: int) -> str:
    """All shortest paths between ``$source`` and ``$target`` over the given (allow-listed)
    relationship types, at most ``max_len`` (1..10) hops, ``$limit`` paths; returns the
    nodes and relationships of each path."""
    types = _checked(sorted(set(rel_types)), allowed)
    if not types:
        raise ValueError("no relationship type to search paths over")
    hops = int(max_len)
    if not 1 <= hops <= 10:
        raise ValueError("path length must be between 1 and 10")
    pattern = "|".join(f"`{t}`" for t in types)
    return (
        "MATCH (a:Entity {id: $source}), (b:Entity {id: $target})\n"
        f"MATCH p = allShortestPaths((a)-[:{pattern}*1..{hops}]-(b))\n"
        "WITH p LIMIT $limit\n"
        "RETURN [n IN nodes(p) | {id: n.id, type: n.type, name: n.name, name_ar: n.name_ar,\n"
        f"        degree: {_degree('n')}, articles: {_articles('n')}}}]"
        " AS nodes,\n"
        "       [r IN relationships(p) | {source: startNode(r).id, type: type(r),\n"
        "        target: endNode(r).id, count: r.count, dates: r.dates}] AS rels\n"
    )


# --------------------------------------------------------------------------- Cypher console

CONSOLE_SCHEMA_COUNTS = """
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [x IN data.nodes WHERE x.label IS NULL | x.count][0] AS nodes,
       [x IN data.relationships WHERE x.relationshipType IS NULL
          AND x.startLabel IS NULL AND x.endLabel IS NULL | x.count][0] AS relationships,
       [x IN data.nodes WHERE x.label IS NOT NULL | {name: x.label, count: x.count}] AS labels,
       [x IN data.relationships WHERE x.relationshipType IS NOT NULL
          AND x.startLabel IS NULL AND x.endLabel IS NULL
          | {name: x.relationshipType, count: x.count}] AS types
"""
"""Node and relationship totals, and counts per label and per relationship type, read from the
count store (constant time, no scan)."""

CONSOLE_PROPERTY_KEYS = """
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey ORDER BY propertyKey
"""
"""Every property key known to the database, sorted."""

CONSOLE_NODES_BY_ELEMENT_ID = """
MATCH (n) WHERE elementId(n) IN $ids
RETURN n
"""
"""The nodes with the given element ids (endpoints of relationships a query returned alone)."""

CONSOLE_RELS_BETWEEN = """
MATCH (a)-[r]->(b)
WHERE elementId(a) IN $ids AND elementId(b) IN $ids
RETURN r
LIMIT $limit
"""
"""Relationships between nodes of a result (at most $limit), to connect them in the graph."""

CONSOLE_NEIGHBOURS = """
MATCH (n)-[r]-(m) WHERE elementId(n) = $id
RETURN r, m
LIMIT $limit
"""
"""Up to $limit relationships of one node and the nodes at their other end (graph expand)."""

NEIGHBOURHOOD_2HOP = """
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r1]-(m:Entity)
  WITH r1, m LIMIT $scan
  WITH r1, m ORDER BY coalesce(r1.count, 1) DESC, m.id
  LIMIT $limit
  RETURN r1, m
}
CALL (n, m) {
  MATCH (m)-[r2]-(o:Entity) WHERE o <> n
  WITH r2, o LIMIT $scan
  WITH r2, o ORDER BY coalesce(r2.count, 1) DESC, o.id
  LIMIT $limit
  RETURN collect({type: type(r2), id: o.id, name: o.name, name_ar: o.name_ar}) AS second
}
RETURN m.id AS id, m.name AS name, m.name_ar AS name_ar, type(r1) AS type, second
"""
"""Two-hop neighbourhood of ``$id``: its ``$limit`` strongest neighbours and, for each, their
``$limit`` strongest neighbours (names and types). Degree-aware: each hop reads at most
``$scan`` relationships of a node, so for a hub (more than ``$scan`` relationships) "strongest"
means strongest among the first ``$scan`` read; nodes with fewer are exact. Cost per call is
bounded by about (1 + $limit) x $scan relationships whatever the hubs' degrees."""

NEIGHBOURHOOD_2HOP_EXACT = """
MATCH (n:Entity {id: $id})-[r1]-(m:Entity)
WITH n, m, r1 ORDER BY coalesce(r1.count, 1) DESC, m.id
LIMIT $limit
CALL (n, m) {
  MATCH (m)-[r2]-(o:Entity) WHERE o <> n
  WITH r2, o ORDER BY coalesce(r2.count, 1) DESC, o.id
  LIMIT $limit
  RETURN collect({type: type(r2), id: o.id, name: o.name, name_ar: o.name_ar}) AS second
}
RETURN m.id AS id, m.name AS name, m.name_ar AS name_ar, type(r1) AS type, second
"""
"""NEIGHBOURHOOD_2HOP without the scan cap (sorts every relationship of every node on the
way: a hub's 24k relationships cost hundreds of ms); kept for the benchmark's comparison."""

# ---------------------------------------------------------------- figures

FIGURE_SOURCES = """
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
UNWIND coalesce(r.articles, []) AS aid
WITH DISTINCT aid
MATCH (art:Article {id: aid})
WITH coalesce(art.source, 'unknown outlet') AS outlet, art
RETURN outlet, min(art.published) AS first, max(art.published) AS last, count(art) AS articles
ORDER BY articles DESC, outlet
"""
"""The outlets of the articles that support the relationships among the entities ``$ids``
(a figure's "Sources: ..." caption): outlet, first and last publication date, number of
articles; most articles first."""
