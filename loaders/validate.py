"""Validate every input file before anything is written.

One streaming pass over all files: each article/chunk is checked on its own (schema, types,
references, evidence spans), and a :class:`Registry` checks what spans files: the same
entity or article id declared with conflicting data, and relationship-table rows pointing
at entities declared nowhere. Memory grows with the number of distinct ids, not file size.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from loaders.errors import InputError, Problem
from loaders.formats import expand, read_any
from loaders.formats.jsonfile import entity_difference
from loaders.model import EntityRec, Unit
from loaders.vocabulary import Vocabulary

MAX_PROBLEMS = 200
CACHE_BYTES = 16 << 20  # inputs smaller than this are kept in memory between passes

# given entity ids, return {id: (type, name, name_ar, description)} for those in the database
ExistingLookup = Callable[[list[str]], dict[str, tuple[str, str, str | None, str | None]]]


# file index, hash of the description (0: none), UTF-8 sizes of type, name and name_ar
_HEAD = struct.Struct("<IqIII")


@dataclass(slots=True)
class _Seen:
    type: str
    name: str
    name_ar: str | None
    description: int  # hash() of the description, 0 when there is none
    where: tuple[str, str]  # (file, place)


def _desc_hash(description: str | None) -> int:
    return hash(description) or 1 if description else 0


class Registry:
    """Cross-file state: first declaration of every entity and article id.

    Kept compact, because it holds every entity id of the input (200k ids in ~49 MB): an
    entity's first declaration is one ``bytes`` value (file index, hash of the description,
    then type, name, name_ar and place as UTF-8), decoded only to compare a later one. Each
    relation row adds the 64-bit hash of its (type, source, target) triple (canonical
    direction) to an array, to find the triples given more than once (:meth:`repeated`).
    """

    def __init__(self, symmetric: Iterable[str] = ()) -> None:
        self.entities: dict[str, bytes] = {}
        self.articles: dict[str, tuple[str, str]] = {}
        self.pending_refs: dict[str, tuple[str, str]] = {}
        self.multi: set[str] = set()  # entity ids declared more than once
        self.relations = 0
        self.mentions = 0
        self.symmetric = frozenset(symmetric)
        self.triples = array("q")
        self._files: dict[str, int] = {}
        self._paths: list[str] = []

    def _pack(self, typ: str, name: str, name_ar: str | None, desc: int, path: str,
              place: str) -> bytes:
        idx = self._files.get(path)
        if idx is None:
            idx = self._files[path] = len(self._paths)
            self._paths.append(path)
        parts = [v.encode("utf-8", "surrogatepass") for v in (typ, name, name_ar or "", place)]
        return _HEAD.pack(idx, desc, *map(len, parts[:3])) + b"".join(parts)

    def seen(self, eid: str) -> _Seen:
        """The first declaration of ``eid`` (name_ar/description: first non-empty)."""
        raw = self.entities[eid]
        idx, desc, *sizes = _HEAD.unpack_from(raw)
        values, pos = [], _HEAD.size
        for n in (*sizes, len(raw)):
            values.append(raw[pos:pos + n].decode("utf-8", "surrogatepass"))
            pos += n
        typ, name, name_ar, place = values
        return _Seen(typ, name, name_ar or None, desc, (self._paths[idx], place))

    def repeated(self) -> set[int]:
        """Hashes of the relation triples that occur in more than one row of the input."""
        a = np.frombuffer(self.triples, dtype=np.int64).copy() if self.triples else None
        if a is None:
            return set()
        a.sort()
        dup = a[1:][a[1:] == a[:-1]]
        return set(np.unique(dup).tolist())

    def add(self, unit: Unit) -> list[Problem]:
        """Register a unit; return conflicts with what was registered before."""
        out: list[Problem] = []
        for a in unit.articles:
            fp = a.fingerprint()
            where = f"{unit.path}:{unit.article_locations.get(a.id, '')}"
            prev = self.articles.setdefault(a.id, (fp, where))
            if prev[0] != fp:
                out.append(Problem(unit.path, unit.article_locations.get(a.id, ""),
                                   f"article {a.id!r} given again with different content "
                                   f"(first at {prev[1]})"))
        for e, where in zip(unit.entities, unit.entity_locations, strict=True):
            if e.id not in self.entities:
                self.entities[e.id] = self._pack(e.type, e.name, e.name_ar,
                                                 _desc_hash(e.description), unit.path, where)
                continue
            self.multi.add(e.id)
            seen = self.seen(e.id)
            diff = _difference(seen, e)
            if diff:
                out.append(Problem(unit.path, where, f"entity {e.id!r} conflicts with its "
                                   f"declaration at {_fmt(seen.where)}: different {diff}"))
            if (not seen.name_ar and e.name_ar) or (not seen.description and e.description):
                self.entities[e.id] = self._pack(
                    seen.type, seen.name, seen.name_ar or e.name_ar,
                    seen.description or _desc_hash(e.description), *seen.where)
        if unit.external_refs:
            for r, where in zip(unit.relations, unit.relation_locations, strict=True):
                for eid in (r.source, r.target):
                    if eid not in self.entities:
                        self.pending_refs.setdefault(eid, (unit.path, where))
        sym, triples = self.symmetric, self.triples
        for r in unit.relations:
            s, t = r.source, r.target
            if s > t and r.type in sym:
                s, t = t, s
            triples.append(hash((r.type, s, t)))
        self.relations += len(unit.relations)
        self.mentions += len(unit.mentions)
        return out

    def unresolved(self) -> dict[str, tuple[str, str]]:
        """Referenced ids that no input declares: id -> first place referenced."""
        return {i: w for i, w in self.pending_refs.items() if i not in self.entities}


@dataclass
class Scan:
    """The result of validating all input."""

    files: list[Path]
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    registry: Registry = field(default_factory=Registry)
    cached: list[Unit] | None = None
    truncated: bool = False
    existing_ids: set[str] = field(default_factory=set)  # input entity ids already in the DB
    repeated: set[int] = field(default_factory=set)  # Registry.repeated(), once valid
    stamps: dict[Path, tuple[int, int]] = field(default_factory=dict)  # (size, mtime) validated

    def is_new(self, eid: str) -> bool:
        """True if ``eid`` is declared in the input and was not in the database before."""
        return eid in self.registry.entities and eid not in self.existing_ids

    @property
    def ok(self) -> bool:
        return not self.problems

    def changed(self) -> list[Problem]:
        """A problem for each file whose size or modification time differs from validation."""
        return [Problem(str(path), "", "changed after it was validated (size or modification "
                        "time differs): run the command again")
                for path, stamp in self.stamps.items() if _stamp(path) != stamp]

    def units(self, vocab: Vocabulary) -> Iterator[Unit]:
        """The validated units again, in load order (re-read from disk when not cached).

        Raises :class:`InputError` if a file is about to be re-read but has changed since
        it was validated: only validated input is ever written.
        """
        if self.cached is not None:
            yield from self.cached
            return
        for path in self.files:
            if path in self.stamps and _stamp(path) != self.stamps[path]:
                raise InputError([Problem(str(path), "", (
                    "changed while loading (after it was validated): it was not loaded; "
                    "batches of the files before it are in the database: run the command "
                    "again to complete the load"))])
            for item in read_any(path, vocab):
                if isinstance(item, Unit):
                    yield item


def _stamp(path: Path) -> tuple[int, int] | None:
    """(size, modification time in ns) of ``path``, None if it cannot be read."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _difference(seen: _Seen, e: EntityRec) -> str:
    """Like ``entity_difference(first, e)``, the first description known only by its hash."""
    diff = entity_difference(EntityRec(e.id, seen.type, seen.name, seen.name_ar), e)
    if not diff and seen.description and e.description and \
            seen.description != _desc_hash(e.description):
        diff = "description"
    return diff


def _fmt(where: tuple[str, str]) -> str:
    return f"{where[0]}:{where[1]}" if where[1] else where[0]


def scan(paths: Iterable[str | Path], vocab: Vocabulary,
         existing: ExistingLookup | None = None,
         progress: Callable[[Path], None] | None = None) -> Scan:
    """Validate all ``paths``; ``existing`` (optional) looks ids up in the database."""
    files, path_problems = expand(paths)
    result = Scan(files, registry=Registry(vocab.symmetric))
    for p in path_problems:
        (result.problems if p.is_error else result.notes).append(p)
    total = sum(f.stat().st_size for f in files)
    cache: list[Unit] | None = [] if total <= CACHE_BYTES else None
    if not files and not result.problems:
        result.problems.append(Problem(", ".join(map(str, paths)) or ".", "",
                                       "no input files (.json, .jsonl, .csv, .txt) found"))
    reg = result.registry

    def report(p: Problem) -> bool:
        if not p.is_error:
            result.notes.append(p)
            return True
        if len(result.problems) >= MAX_PROBLEMS:
            result.truncated = True
            return False
        result.problems.append(p)
        return True

    for path in files:
        if progress:
            progress(path)
        result.stamps[path] = _stamp(path)  # type: ignore[assignment]
        for item in read_any(path, vocab):
            if isinstance(item, Problem):
                if not report(item):
                    break
                continue
            for p in reg.add(item):
                report(p)
            if cache is not None and not result.problems:
                cache.append(item)
    missing = reg.unresolved()
    if missing and existing is not None:
        found = existing(list(missing))
        missing = {i: w for i, w in missing.items() if i not in found}
    for eid, where in list(missing.items())[:50]:
        path, place = where
        report(Problem(path, place, f"unknown entity {eid!r}: not declared in any input file"
                       + (" nor in the database" if existing is not None else "")))
    if len(missing) > 50:
        report(Problem("(input)", "", f"... and {len(missing) - 50} more unknown entity ids"))
    if existing is not None and reg.entities and not result.problems:
        result.existing_ids = _check_against_database(reg, existing, report)
    result.cached = cache if cache is not None and result.ok else None
    if result.ok:
        result.repeated = reg.repeated()
    reg.triples = array("q")
    return result


def _check_against_database(reg: Registry, existing: ExistingLookup,
                            report: Callable[[Problem], bool]) -> set[str]:
    """Report conflicts with stored entities; return the ids the database already has."""
    found_ids: set[str] = set()
    ids = list(reg.entities)
    for i in range(0, len(ids), 20_000):
        found = existing(ids[i:i + 20_000])
        found_ids.update(found)
        for eid, (typ, name, name_ar, desc) in found.items():
            seen = reg.seen(eid)
            diff = entity_difference(EntityRec(eid, typ, name, name_ar),
                                     EntityRec(eid, seen.type, seen.name, seen.name_ar))
            if not diff and desc and seen.description and seen.description != _desc_hash(desc):
                diff = "description"
            if diff:
                path, place = seen.where
                report(Problem(path, place, f"entity {eid!r} conflicts with the one already in "
                               f"the database: different {diff}"))
    return found_ids
