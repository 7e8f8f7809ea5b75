"""Researchers' tables: ``nodes.csv`` (entities) and ``relationships.csv`` (ties), via pandas.

Read in chunks (bounded memory). Headers are matched case-insensitively; see
docs/article-format.md for the columns.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from loaders.errors import Problem
from loaders.formats.encoding import detect
from loaders.model import EntityRec, RelationRec, Unit, evidence_key, hashed_evidence_key
from loaders.vocabulary import Vocabulary

NODE_REQUIRED = ("id", "type", "name")
NODE_OPTIONAL = ("name_ar", "aliases", "description")
REL_REQUIRED = ("source", "type", "target")
REL_OPTIONAL = ("sentence", "article_id", "start", "end", "date", "confidence", "method")
CHUNK_ROWS = 20_000
MAX_PROBLEMS = 50
ALIAS_SEP = "|"

ENTITY_ID_RE = re.compile(r"^[a-z][a-z0-9]*:[a-z0-9]+(-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")
METHOD_RE = re.compile(r"^[a-z][a-z0-9_-]*(:[A-Za-z0-9_.:/-]+)?$")
ARTICLE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$")


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as fh:
        first = next(csv.reader(fh), [])
    return [h.strip().lower() for h in first]


def table_kind(path: Path) -> str | None:
    """'nodes' or 'relationships' from the header (file name as tie-breaker), else None."""
    cols = set(_header(path))
    if set(REL_REQUIRED) <= cols and "id" not in cols:
        return "relationships"
    if set(NODE_REQUIRED) <= cols:
        return "nodes"
    name = path.name.lower()
    if "node" in name or "entit" in name:
        return "nodes"
    if "rel" in name or "edge" in name or "tie" in name:
        return "relationships"
    return None


def read_csv(path: Path, vocab: Vocabulary) -> Iterator[Unit | Problem]:
    """Yield Units of validated rows (one per chunk) and Problems (file, line, column)."""
    p = str(path)
    if path.stat().st_size == 0:
        yield Problem(p, "", "empty file (expected a CSV header line)")
        return
    dec = detect(path)
    if dec.encoding is None:
        yield Problem(p, dec.error_where, dec.error)
        return
    if dec.note:
        yield Problem(p, "", dec.note, severity="note")
    kind = table_kind(path)
    if kind is None:
        cols = ", ".join(_header(path)) or "none"
        yield Problem(p, "line 1", (
            "not a node or relationship table: nodes.csv needs columns "
            f"{', '.join(NODE_REQUIRED)}; relationships.csv needs {', '.join(REL_REQUIRED)} "
            f"(found: {cols})"))
        return
    required, optional = ((NODE_REQUIRED, NODE_OPTIONAL) if kind == "nodes"
                          else (REL_REQUIRED, REL_OPTIONAL))
    try:
        reader = pd.read_csv(path, encoding=dec.encoding, dtype=str, keep_default_na=False,
                             chunksize=CHUNK_ROWS, skip_blank_lines=True)
        first = True
        problems = 0
        row0 = 0
        for chunk in reader:
            chunk.columns = [str(c).strip().lower() for c in chunk.columns]
            if first:
                first = False
                missing = [c for c in required if c not in chunk.columns]
                if missing:
                    yield Problem(p, "line 1", f"missing column(s) {', '.join(missing)} for a "
                                  f"{kind} table (found: {', '.join(chunk.columns)})")
                    return
                extra = [c for c in chunk.columns if c not in required + optional]
                if extra:
                    yield Problem(p, "line 1", f"ignored unknown column(s): {', '.join(extra)}",
                                  severity="note")
            unit = Unit(p, external_refs=True)
            parse = _node_rows if kind == "nodes" else _rel_rows
            for prob in parse(chunk, row0, path, vocab, unit):
                problems += 1
                yield prob
                if problems >= MAX_PROBLEMS:
                    yield Problem(p, "", f"stopped after {MAX_PROBLEMS} problems")
                    return
            row0 += len(chunk)
            if not problems:
                yield unit
        if row0 == 0:
            yield Problem(p, "", "empty table (a header line and no rows)")
    except pd.errors.EmptyDataError:
        yield Problem(p, "", "empty file (no CSV header line)")
    except pd.errors.ParserError as exc:
        yield Problem(p, "", f"malformed CSV: {exc}".strip())
    except UnicodeDecodeError as exc:
        yield Problem(p, "", f"cannot decode as {dec.encoding}: {exc.reason}")


def _cells(chunk: pd.DataFrame, cols: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    present = [c for c in cols if c in chunk.columns]
    for i, values in enumerate(zip(*(chunk[c].tolist() for c in present), strict=True)):
        yield i, {c: v.strip() for c, v in zip(present, values, strict=True)}


def _node_rows(chunk: pd.DataFrame, row0: int, path: Path, vocab: Vocabulary,
               unit: Unit) -> Iterator[Problem]:
    p = str(path)
    for i, row in _cells(chunk, NODE_REQUIRED + NODE_OPTIONAL):
        line = row0 + i + 2

        def bad(col: str, msg: str, line: int = line) -> Problem:
            return Problem(p, f"line {line}, column '{col}'", msg)

        eid, typ, name = row["id"], row["type"], row["name"]
        if not ENTITY_ID_RE.match(eid):
            yield bad("id", f"invalid entity id {eid!r} (expected <type>:<slug>, e.g. "
                      "person:esmail-qaani)")
            continue
        if not vocab.is_entity_type(typ):
            yield bad("type", f"unknown entity type {typ!r} (known: "
                      f"{', '.join(sorted(vocab.entity_types))})")
            continue
        if eid.split(":", 1)[0] != typ.lower():
            yield bad("id", f"id {eid!r} must start with '{typ.lower()}:' for type {typ}")
            continue
        if not name:
            yield bad("name", "empty name")
            continue
        aliases = tuple(dict.fromkeys(a.strip() for a in row.get("aliases", "").split(ALIAS_SEP)
                                      if a.strip()))
        rec = EntityRec(eid, typ, name, row.get("name_ar") or None, aliases,
                        row.get("description") or None)
        unit.entities.append(rec)
        unit.entity_locations.append(f"line {line}")


def _col(chunk: pd.DataFrame, name: str) -> pd.Series:
    if name in chunk.columns:
        return chunk[name].astype(str).str.strip()
    return pd.Series([""] * len(chunk), index=chunk.index, dtype=str)


def _rel_rows(chunk: pd.DataFrame, row0: int, path: Path, vocab: Vocabulary,
              unit: Unit) -> Iterator[Problem]:
    """Vectorised checks on the whole chunk; rows that fail are re-checked one by one for
    the exact message."""
    default_article = f"table:{path.name}"
    typ, src, tgt = _col(chunk, "type"), _col(chunk, "source"), _col(chunk, "target")
    art = _col(chunk, "article_id")
    art = art.where(art != "", default_article)
    date, method = _col(chunk, "date"), _col(chunk, "method")
    method = method.where(method != "", "manual")
    conf_s, start, end = _col(chunk, "confidence"), _col(chunk, "start"), _col(chunk, "end")
    sentence = _col(chunk, "sentence") if "sentence" in chunk.columns else None
    conf = pd.to_numeric(conf_s.where(conf_s != "", "1"), errors="coerce")
    no_offsets = (start == "") & (end == "")
    s_num = pd.to_numeric(start.where(start.str.fullmatch(r"[0-9]+"), "-1"), errors="coerce")
    e_num = pd.to_numeric(end.where(end.str.fullmatch(r"[0-9]+"), "-1"), errors="coerce")
    ok = (typ.isin(list(vocab.relation_types))
          & src.str.fullmatch(ENTITY_ID_RE.pattern) & tgt.str.fullmatch(ENTITY_ID_RE.pattern)
          & (src != tgt) & art.str.fullmatch(ARTICLE_ID_RE.pattern)
          & ((date == "") | date.str.fullmatch(DATE_RE.pattern))
          & method.str.fullmatch(METHOD_RE.pattern)
          & conf.between(0.0, 1.0)
          & (no_offsets | ((s_num >= 0) & (s_num < e_num))))
    ok = ok.fillna(False).astype(bool).to_numpy()
    if not ok.all():
        bad_chunk = chunk.iloc[[i for i, good in enumerate(ok) if not good]]
        rows0 = [row0 + i for i, good in enumerate(ok) if not good]
        yield from _rel_row_problems(bad_chunk, rows0, path, vocab)
        return
    sents = sentence.tolist() if sentence is not None else [""] * len(chunk)
    starts, ends = start.tolist(), end.tolist()
    for i, (t, s_, g, a, d, m, c, st, en, se) in enumerate(zip(
            typ.tolist(), src.tolist(), tgt.tolist(), art.tolist(), date.tolist(),
            method.tolist(), conf.tolist(), starts, ends, sents, strict=True)):
        key = evidence_key(a, int(st), int(en)) if st else hashed_evidence_key(a, s_, t, g, se)
        unit.relations.append(RelationRec(t, s_, g, a, key, se, d or None, float(c), m))
        unit.relation_locations.append(f"line {row0 + i + 2}")


def _rel_row_problems(chunk: pd.DataFrame, rows0: list[int], path: Path,
                      vocab: Vocabulary) -> Iterator[Problem]:
    p = str(path)
    default_article = f"table:{path.name}"
    for i, row in _cells(chunk, REL_REQUIRED + REL_OPTIONAL):
        line = rows0[i] + 2

        def bad(col: str, msg: str, line: int = line) -> Problem:
            return Problem(p, f"line {line}, column '{col}'", msg)

        typ, src, tgt = row["type"], row["source"], row["target"]
        if not vocab.is_relation_type(typ):
            yield bad("type", f"unknown relation type {typ!r} (known: "
                      f"{', '.join(sorted(vocab.relation_types))})")
            continue
        bad_end = next((c for c in ("source", "target") if not ENTITY_ID_RE.match(row[c])), None)
        if bad_end:
            yield bad(bad_end, f"invalid entity id {row[bad_end]!r}")
            continue
        if src == tgt:
            yield bad("target", f"relation from {src!r} to itself")
            continue
        article = row.get("article_id") or default_article
        if not ARTICLE_ID_RE.match(article):
            yield bad("article_id", f"invalid article id {article!r}")
            continue
        date = row.get("date") or None
        if date and not DATE_RE.match(date):
            yield bad("date", f"invalid date {date!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
            continue
        method = row.get("method") or "manual"
        if not METHOD_RE.match(method):
            yield bad("method", f"invalid method {method!r} (e.g. manual, rule:name)")
            continue
        try:
            conf = float(row["confidence"]) if row.get("confidence") else 1.0
        except ValueError:
            yield bad("confidence", f"not a number: {row['confidence']!r}")
            continue
        if not 0.0 <= conf <= 1.0:
            yield bad("confidence", f"confidence {conf} is not between 0 and 1")
            continue
        start, end = row.get("start", ""), row.get("end", "")
        if (start or end) and not (start.isdigit() and end.isdigit() and int(start) < int(end)):
            yield bad("start", f"start/end must be both given, integers, start < end "
                      f"(got {start!r}, {end!r})")
            continue
        yield bad("type", "invalid row")  # a vectorised check failed that is not named above
