"""Write validated input to Neo4j: schema first, then idempotent ``UNWIND`` batches.

Each batch is one managed write transaction (retried on transient errors, which is safe
because every statement is an idempotent MERGE). Rows are written in dependency order
(entities, articles, mentions, relationships), so a load killed midway and run again ends
with exactly the graph a clean run gives.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from queue import Queue
from typing import Any

from neo4j import READ_ACCESS, Driver, ManagedTransaction
from neo4j.exceptions import ServiceUnavailable, SessionExpired
from tqdm import tqdm

from loaders import queries
from loaders.errors import Problem
from loaders.model import (
    ArticleRec,
    EntityRec,
    MentionRec,
    RelationRec,
    Unit,
    article_row,
    entity_row,
    mention_rows,
    merge_entity_rows,
    relation_rows,
)
from loaders.textnorm import match_keys as _match_keys
from loaders.validate import Scan, scan
from loaders.vocabulary import Vocabulary

Record = ArticleRec | EntityRec | MentionRec | RelationRec
match_keys = lru_cache(maxsize=1 << 16)(_match_keys)  # names repeat across articles
_ORDER = {EntityRec: 0, ArticleRec: 1, MentionRec: 2, RelationRec: 3}


@dataclass
class LoadReport:
    """What a load did (or why it did nothing)."""

    files: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        c = self.counts
        rate = c["evidence_rows"] / self.seconds if self.seconds else 0.0
        return (
            f"loaded {self.files} file(s) in {self.seconds:.1f} s\n"
            f"  entities:      {c['entities_created']} created, {c['entities_updated']} updated\n"
            f"  articles:      {c['articles_created']} created, {c['articles_updated']} updated\n"
            f"  relationships: {c['relationships_created']} created, "
            f"{c['relationships_updated']} updated, {c['evidence_added']} evidence added\n"
            f"  ({c['evidence_rows']} relation rows, {rate:,.0f} rows/s)"
        )


def ensure_schema(driver: Driver, database: str, wait_seconds: int = 300) -> None:
    """Create constraints and indexes if missing (idempotent), then wait until online."""
    for stmt in queries.SCHEMA_STATEMENTS:
        driver.execute_query(stmt, database_=database)
    driver.execute_query(queries.AWAIT_INDEXES, seconds=wait_seconds, database_=database)


def existing_lookup(driver: Driver, database: str):  # type: ignore[no-untyped-def]
    """A function giving the stored (type, name, name_ar, description) of entity ids.

    The first call asks whether the graph has any entity at all; if not (a first load into
    an empty database), every call answers ``{}`` without looking up ids one by one
    (200k ids: several seconds during which nothing else can happen).
    """
    def read(tx: ManagedTransaction, ids: list[str]) -> list[dict[str, Any]]:
        return tx.run(queries.EXISTING_ENTITIES, ids=ids).data()

    def any_entity(tx: ManagedTransaction) -> bool:
        return tx.run(queries.ANY_ENTITY).single() is not None

    has_entities: list[bool] = []  # filled by the first call

    def lookup(ids: list[str]) -> dict[str, tuple[str, str, str | None, str | None]]:
        out = {}
        with driver.session(database=database, default_access_mode=READ_ACCESS,
                            notifications_min_severity="OFF") as session:
            if not has_entities:
                has_entities.append(session.execute_read(any_entity))
            if not has_entities[0]:
                return out
            for i in range(0, len(ids), 20_000):
                for r in session.execute_read(read, ids[i:i + 20_000]):
                    out[r["id"]] = (r["type"], r["name"], r["name_ar"], r["description"])
        return out

    return lookup


def iter_records(units: Iterable[Unit]) -> Iterator[Record]:
    """Flatten units into records, each unit's entities before its relations."""
    for u in units:
        yield from u.entities
        yield from u.articles
        yield from u.mentions
        yield from u.relations


def batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    """Group records into lists of at most ``size``; records keep their order."""
    batch: list[Record] = []
    for r in records:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


Statement = tuple[str, str, list[dict[str, Any]]]  # (kind, cypher, rows)


class StatementBuilder:
    """Turns batches of records into (kind, statement, rows) triples, in dependency order.

    Remembers which entity ids the graph already has (from the validation pass) or that an
    earlier batch of this load wrote: only unseen ids take the create-only fast path; any
    later row of the same id goes through the merging statement (aliases unioned). With
    ``multi`` (ids declared more than once in the input), only those ids are remembered.

    With ``scan`` (the validation result), a relation row with an endpoint that was not in
    the database before the load (``scan.is_new``: no relationship between the two can
    exist yet) takes the CREATE fast path if its (source, type, target) triple occurs once
    in the whole input (its 64-bit hash is not in ``scan.repeated``), or if it is the first
    row of a repeated triple (the hash is then remembered in ``written``). Every other row
    takes the MERGE path. A hash collision only sends rows to the MERGE path, which is
    always correct. Without ``scan`` every relation row takes the MERGE path.
    """

    def __init__(self, vocab: Vocabulary, existing_ids: Iterable[str] = (),
                 scan: Scan | None = None) -> None:
        self.vocab = vocab
        self.known: set[str] = set(existing_ids)
        self.scan = scan
        self.multi = scan.registry.multi if scan is not None else None
        self.written: set[int] = set()  # hashes of repeated triples created in this load

    def __call__(self, batch: list[Record]) -> list[Statement]:
        vocab = self.vocab
        batch = sorted(batch, key=lambda r: _ORDER[type(r)])  # stable: keeps input order
        ents = [r for r in batch if isinstance(r, EntityRec)]
        arts = [r for r in batch if isinstance(r, ArticleRec)]
        ments = [r for r in batch if isinstance(r, MentionRec)]
        rels = [r for r in batch if isinstance(r, RelationRec)]
        out: list[Statement] = []
        new: dict[str, list[dict[str, Any]]] = {}
        old: dict[str, list[dict[str, Any]]] = {}
        for row in merge_entity_rows([entity_row(e, match_keys) for e in ents]):
            if row["id"] in self.known:
                old.setdefault(row["type"], []).append(row)
            else:
                row["aliases_text"] = " | ".join(row["aliases"])
                new.setdefault(row["type"], []).append(row)
                if self.multi is None or row["id"] in self.multi:
                    self.known.add(row["id"])
        for typ, rows in new.items():
            out.append(("entities_new", queries.create_entities(vocab, typ), rows))
        for typ, rows in old.items():
            out.append(("entities", queries.merge_entities(vocab, typ), rows))
        if arts:
            rows = list({a.id: article_row(a) for a in arts}.values())
            out.append(("articles", queries.MERGE_ARTICLES, rows))
        if ments:
            out.append(("mentions", queries.MERGE_MENTIONS, mention_rows(ments)))
        if self.scan is not None:
            fast, rels = self._fast_rows(rels)
            out += self._fast_statements(fast)
        return out + self._relation_statements(rels)

    def _fast_statements(self, fast: dict[str, list[list[Any]]]) -> list[Statement]:
        """One CREATE statement for the fast rows of all types (fewer round trips)."""
        if not fast:
            return []
        for t in fast:
            self.vocab.rel_type(t)  # allow-list check (KeyError if not listed)
        return [("relationships_new", queries.CREATE_RELATIONSHIPS,
                 [row for rows in fast.values() for row in rows])]

    def _fast_rows(self, rels: list[RelationRec]) -> tuple[dict[str, list[list[Any]]],
                                                            list[RelationRec]]:
        """Split relation rows into fast-path rows (by type) and the rest."""
        assert self.scan is not None
        sym, repeated = self.vocab.symmetric, self.scan.repeated
        declared, existing = self.scan.registry.entities, self.scan.existing_ids
        fast: dict[str, list[list[Any]]] = {}
        slow: list[RelationRec] = []
        for r in rels:
            s, t = r.source, r.target
            if s > t and r.type in sym:
                s, t = t, s
            if not ((s in declared and s not in existing)
                    or (t in declared and t not in existing)):
                slow.append(r)
                continue
            h = hash((r.type, s, t))
            if h in repeated:
                if h in self.written:
                    slow.append(r)
                    continue
                self.written.add(h)
            rows = fast.get(r.type)
            if rows is None:
                rows = fast[r.type] = []
            rows.append([s, t, r.key, r.sentence, r.article_id, [r.date] if r.date else [],
                         r.method, float(r.confidence), r.type])
        return fast, slow

    def transactions(self, batches: Iterable[list[Record]], size: int) -> Iterator[list[Statement]]:
        """The statements of each write transaction, for batches of records in load order.

        Relation rows taking the MERGE path are few and scattered; instead of one small
        statement per type in every batch, they are held back (in input order) until
        ``size`` of them are waiting, then written together, and at the end. Their
        entities are written before them in any case, and a load killed midway merges
        the same rows again when re-run.
        """
        held: list[RelationRec] = []
        for batch in batches:
            rels = [r for r in batch if isinstance(r, RelationRec)]
            statements = self([r for r in batch if not isinstance(r, RelationRec)])
            fast, slow = self._fast_rows(rels) if self.scan is not None else ({}, rels)
            statements += self._fast_statements(fast)
            held += slow
            if statements:
                yield statements
            if len(held) >= size:
                yield self._relation_statements(held)
                held = []
        if held:
            yield self._relation_statements(held)

    def _relation_statements(self, rels: list[RelationRec]) -> list[Statement]:
        return [("relationships", queries.merge_relationships(self.vocab, typ), rows)
                for typ, rows in relation_rows(rels, self.vocab.symmetric).items()]


def build_statements(batch: list[Record], vocab: Vocabulary) -> list[Statement]:
    """The statements of one stand-alone batch (every entity takes the merging path)."""
    return StatementBuilder(vocab, existing_ids=(r.id for r in batch
                                                 if isinstance(r, EntityRec)))(batch)


class Rows(list):  # type: ignore[type-arg]
    """A statement's ``$rows``: a plain list whose ``repr`` is short.

    The driver (neo4j 6.4, ``Bolt5x5.run``) formats ``repr()`` of all parameters for a
    debug log line on every RUN, even with debug logging off: for a batch of 5,000 evidence
    rows that is megabytes of text per statement (~4 s of client CPU per million rows).
    Packing is unaffected (a list subclass is packed as a list).
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


@contextmanager
def bulk_gc(threshold: int = 50_000) -> Iterator[None]:
    """Cheaper garbage collection for a bulk load; restored on exit.

    A load allocates millions of short-lived lists and dicts next to a large long-lived
    validation registry; with the default thresholds the cyclic collector keeps rescanning
    that registry (measured: 60 s -> 40 s of client CPU building the statements of 1M
    rows). Objects alive now are frozen (never rescanned) and young collections run every
    ``threshold`` allocations instead of 700. Reference counting still frees everything
    that is not in a cycle at once.

    On exit the thresholds are restored and what the load froze is thawed, so that its
    garbage cycles (the registry, the statements) are freed. Objects frozen *before* the load
    stay frozen: someone froze them on purpose (e.g. a server's ``gc.freeze()`` before it
    forks, which a thaw would turn into copy-on-write of every page; or start-up objects kept
    out of every collection). CPython thaws only the whole permanent generation at once, so
    in that case the exit thaws, collects (the load's cycles die), and freezes again what is
    still alive: the earlier frozen objects and what the caller held when the load began
    (frozen during the load anyway). Nothing grows from load to load: each exit collects
    everything that died since the previous one.
    """
    old = gc.get_threshold()
    frozen_before = gc.get_freeze_count() > 0
    gc.freeze()
    gc.set_threshold(threshold, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()
        if frozen_before:
            gc.collect()
            gc.freeze()


def _write_batch(tx: ManagedTransaction, statements: list[Statement]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for kind, stmt, rows in statements:
        sent = Rows(rows)
        try:
            _run_statement(tx, kind, stmt, sent, counts)
        finally:
            # The driver keeps each Result in a reference cycle that also holds the
            # parameters: without this, every batch's rows (MBs) would wait for the cyclic
            # collector. ``rows`` itself is kept: a retried transaction sends it again.
            sent.clear()
    return counts


def _run_statement(tx: ManagedTransaction, kind: str, stmt: str, rows: Rows,
                   counts: Counter[str]) -> None:
    """Run one statement of a batch and add what it did to ``counts``."""
    if kind == "entities_new":
        summary = tx.run(stmt, rows=rows).consume()
        counts["entities_created"] += summary.counters.nodes_created
        return
    if kind == "relationships_new":
        summary = tx.run(stmt, rows=rows).consume()
        counts["relationships_created"] += summary.counters.relationships_created
        counts["evidence_added"] += summary.counters.relationships_created
        return
    rec = tx.run(stmt, rows=rows).single()
    if rec is None:
        return
    data = rec.data()
    if kind == "mentions":
        counts["mentions"] += data["rows"]
        return
    if kind == "relationships":
        counts["evidence_added"] += data["evidence"]
    counts[f"{kind}_created"] += data["created"]
    counts[f"{kind}_updated"] += data["updated"]


def _prefetch(it: Iterator[Any], depth: int = 3) -> Iterator[Any]:
    """Run ``it`` in a thread, ``depth`` items ahead: parsing overlaps database work."""
    q: Queue[tuple[str, Any]] = Queue(maxsize=depth)

    def work() -> None:
        try:
            for item in it:
                q.put(("item", item))
            q.put(("end", None))
        except BaseException as exc:  # re-raised in the consumer
            q.put(("error", exc))

    threading.Thread(target=work, daemon=True).start()
    while True:
        kind, item = q.get()
        if kind == "end":
            return
        if kind == "error":
            raise item
        yield item


def load_paths(driver: Driver, database: str, paths: Iterable[str | Path], vocab: Vocabulary,
               batch_size: int = 5000, progress: bool = True, workers: int = 2) -> LoadReport:
    """Validate all ``paths``; if valid, write them. Nothing is written when anything is invalid.

    ``workers``: how many create-only transactions of one kind may run at the same time
    (see :func:`parallel_class`); every other transaction runs alone, in load order.
    """
    with bulk_gc():
        return _load_paths(driver, database, paths, vocab, batch_size, progress, workers)


_CONCURRENT_KINDS = ("entities_new", "relationships_new")


def parallel_class(statements: list[Statement]) -> str | None:
    """The kind shared by all statements of a transaction that may run concurrently, else None.

    Only create-path transactions qualify: all ``entities_new`` (each id is sent there once
    per load, the first time it is met) or all ``relationships_new`` (each row creates a
    relationship whose triple no other row of the load creates or merges, see
    :class:`StatementBuilder`). Transactions of one such kind write disjoint nodes or
    relationships, so they may run at the same time; a transaction of another kind (or of
    none) waits until all earlier ones have committed, so relationships always find their
    entities and MERGE-path rows find the relationship their first row created. A load
    killed midway leaves some of these batches committed and others not: re-running it
    sends every row of an existing entity through the MERGE path, which fills the gaps in
    input order, so the graph equals a clean run's.
    """
    kinds = {kind for kind, _, _ in statements}
    if len(kinds) == 1 and (kind := kinds.pop()) in _CONCURRENT_KINDS:
        return kind
    return None


def _write_transaction(driver: Driver, database: str,
                       statements: list[Statement]) -> Counter[str]:
    """One managed write transaction (own session: safe to call from several threads)."""
    try:
        with driver.session(database=database, notifications_min_severity="OFF") as session:
            return session.execute_write(_write_batch, statements)
    except (ServiceUnavailable, SessionExpired) as exc:
        from loaders.connection import ConnectionProblem

        raise ConnectionProblem(
            f"lost the connection to Neo4j while loading ({exc}); finished batches "
            "are saved: run the same command again to complete the load") from exc


def _rows_done(statements: list[Statement]) -> tuple[int, int]:
    """(evidence rows, all rows) that a batch of statements writes."""
    evidence = sum(sum(len(r["keys"]) for r in rows) if kind == "relationships" else len(rows)
                   for kind, _, rows in statements if kind.startswith("relationships"))
    other = sum(len(rows) for kind, _, rows in statements
                if not kind.startswith("relationships"))
    return evidence, evidence + other


def _load_paths(driver: Driver, database: str, paths: Iterable[str | Path], vocab: Vocabulary,
                batch_size: int, progress: bool, workers: int) -> LoadReport:
    t0 = time.perf_counter()
    report = LoadReport()
    result = scan(list(paths), vocab, existing=existing_lookup(driver, database))
    report.files = len(result.files)
    report.problems, report.notes = result.problems, result.notes
    if not result.ok:
        report.seconds = time.perf_counter() - t0
        return report
    if result.cached is None and (changed := result.changed()):
        report.problems = changed  # nothing written: input must be what was validated
        report.seconds = time.perf_counter() - t0
        return report
    gc.freeze()  # the validation registry lives until the end: never rescan it
    ensure_schema(driver, database)
    reg = result.registry
    total = reg.relations + reg.mentions + len(reg.articles) + len(reg.entities)
    bar = tqdm(total=total, unit="rows", desc="loading", disable=not progress, leave=False)
    builder = StatementBuilder(vocab, result.existing_ids, scan=result)
    stmts = _prefetch(builder.transactions(batches(iter_records(result.units(vocab)), batch_size),
                                           batch_size))

    def finished(counts: Counter[str], statements: list[Statement]) -> None:
        evidence, rows = _rows_done(statements)
        report.counts.update(counts)
        report.counts["evidence_rows"] += evidence
        bar.update(rows)

    running: deque[tuple[Future[Counter[str]], list[Statement]]] = deque()
    running_class: str | None = None
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="write") as pool:
        for statements in stmts:
            cls = parallel_class(statements)
            while running and (cls is None or cls != running_class
                               or len(running) >= max(1, workers)):
                fut, done = running.popleft()  # earlier transactions commit first
                finished(fut.result(), done)
            if cls is None:
                finished(_write_transaction(driver, database, statements), statements)
                continue
            running_class = cls
            running.append((pool.submit(_write_transaction, driver, database, statements),
                            statements))
        while running:
            fut, done = running.popleft()
            finished(fut.result(), done)
    bar.close()
    report.seconds = time.perf_counter() - t0
    return report
