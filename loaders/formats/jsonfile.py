"""Canonical article JSON: one article (.json), an array of articles (.json), or JSON Lines.

Big files are streamed: an array is decoded one item at a time and JSON Lines one line at a
time, so memory is bounded by the largest article, not by the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from loaders.errors import Problem
from loaders.formats.encoding import first_utf8_error
from loaders.formats.fastcheck import looks_valid
from loaders.model import ArticleRec, EntityRec, MentionRec, RelationRec, Unit, evidence_key
from loaders.vocabulary import Vocabulary

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "article.schema.json"
MAX_SINGLE_BYTES = 64 << 20  # one article object read whole
MAX_ITEM_CHARS = 64 << 20  # one item of an array / one JSON line
CHUNK_CHARS = 1 << 20
MAX_PROBLEMS_PER_DOC = 50


@lru_cache(maxsize=1)
def validator() -> jsonschema.Draft202012Validator:
    """The article JSON Schema validator (draft 2020-12)."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _short(value: str, limit: int = 160) -> str:
    return value if len(value) <= limit else value[:limit] + "..."


# --- reading -------------------------------------------------------------------------------

Doc = tuple[Any, str, str]  # (document, json path prefix, "line:col" of its start)


def iter_documents(path: Path) -> Iterator[Doc | Problem]:
    """Yield each JSON document in the file, or a Problem where the file is malformed."""
    bad = first_utf8_error(path)
    if bad is not None:
        yield Problem(str(path), bad[0], bad[1] + "; JSON input must be UTF-8")
        return
    if path.stat().st_size == 0:
        yield Problem(str(path), "", "empty file (expected a JSON article)")
        return
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _iter_lines(path)
        return
    with path.open(encoding="utf-8-sig") as fh:
        head = fh.read(4096).lstrip()
    if not head:
        yield Problem(str(path), "", "empty file (only whitespace; expected a JSON article)")
    elif head[0] == "[":
        yield from _iter_array(path)
    elif path.stat().st_size > MAX_SINGLE_BYTES:
        yield Problem(str(path), "1:1", (
            f"one JSON object of {path.stat().st_size >> 20} MB is more than the "
            f"{MAX_SINGLE_BYTES >> 20} MB limit for a single article; put many articles in a "
            "JSON array or in JSON Lines (.jsonl, one article per line)"))
    else:
        text = path.read_text(encoding="utf-8-sig")
        try:
            yield json.loads(text), "$", "1:1"
        except json.JSONDecodeError as exc:
            yield Problem(str(path), f"{exc.lineno}:{exc.colno}", f"malformed JSON: {exc.msg}")


def _iter_lines(path: Path) -> Iterator[Doc | Problem]:
    seen_any = False
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            seen_any = True
            if len(line) > MAX_ITEM_CHARS:
                yield Problem(str(path), f"{n}:1", "line longer than 64 MB")
                return
            try:
                yield json.loads(line), f"line {n}: $", f"{n}:1"
            except json.JSONDecodeError as exc:
                yield Problem(str(path), f"{n}:{exc.colno}", f"malformed JSON: {exc.msg}")
                return
    if not seen_any:
        yield Problem(str(path), "", "empty file (no JSON lines)")


class _Cursor:
    """A sliding window over a text file that knows line and column of any position."""

    def __init__(self, fh: Any) -> None:
        self.fh = fh
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.line = 1  # line number at buf[0]
        self.col = 1  # column at buf[0]

    def fill(self, want: int = CHUNK_CHARS) -> bool:
        if self.eof:
            return False
        data = self.fh.read(want)
        if not data:
            self.eof = True
            return False
        self.buf += data
        return True

    def drop_consumed(self) -> None:
        head = self.buf[: self.pos]
        nl = head.rfind("\n")
        if nl >= 0:
            self.line += head.count("\n")
            self.col = len(head) - nl
        else:
            self.col += len(head)
        self.buf = self.buf[self.pos:]
        self.pos = 0

    def where(self, pos: int) -> str:
        nl = self.buf.rfind("\n", 0, pos)
        line = self.line + self.buf.count("\n", 0, pos)
        col = pos - nl if nl >= 0 else self.col + pos
        return f"{line}:{col}"

    def skip_ws(self) -> str | None:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            self.drop_consumed()
            if not self.fill():
                return None


def _iter_array(path: Path) -> Iterator[Doc | Problem]:
    dec = json.JSONDecoder()
    p = str(path)
    with path.open(encoding="utf-8-sig") as fh:
        cur = _Cursor(fh)
        cur.skip_ws()
        cur.pos += 1  # '['
        index = 0
        while True:
            ch = cur.skip_ws()
            if ch is None:
                yield Problem(p, cur.where(cur.pos), "malformed JSON: unterminated array")
                return
            if ch == "]" and index == 0:
                cur.pos += 1
                break
            cur.drop_consumed()
            want = CHUNK_CHARS
            while True:
                try:
                    doc, end = dec.raw_decode(cur.buf, cur.pos)
                    break
                except json.JSONDecodeError as exc:
                    near_end = exc.pos >= len(cur.buf) - 64 or exc.msg.startswith("Unterminated")
                    if near_end and not cur.eof and len(cur.buf) < MAX_ITEM_CHARS:
                        cur.fill(want)
                        want *= 2
                        continue
                    if len(cur.buf) >= MAX_ITEM_CHARS:
                        yield Problem(p, cur.where(cur.pos), f"array item {index} is larger than 64 MB")
                    else:
                        yield Problem(p, cur.where(exc.pos), f"malformed JSON: {exc.msg}")
                    return
            yield doc, f"$[{index}]", cur.where(cur.pos)
            index += 1
            cur.pos = end
            ch = cur.skip_ws()
            if ch == ",":
                cur.pos += 1
                continue
            if ch == "]":
                cur.pos += 1
                break
            yield Problem(p, cur.where(cur.pos),
                          "malformed JSON: expected ',' or ']' after array item"
                          if ch is not None else "malformed JSON: unterminated array")
            return
        if cur.skip_ws() is not None:
            yield Problem(p, cur.where(cur.pos), "malformed JSON: extra data after the array")
    if index == 0:
        yield Problem(p, "", "empty array (no articles)")


# --- validating one article ----------------------------------------------------------------


def _schema_problems(doc: Any, path: str, prefix: str) -> list[Problem]:
    if looks_valid(doc):
        return []
    errors = sorted(validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    out = []
    for err in errors[:MAX_PROBLEMS_PER_DOC]:
        jp = prefix + err.json_path[1:]
        msg = _short(err.message, 200)
        if err.validator == "additionalProperties":
            msg = f"unexpected field(s): {msg}"
        out.append(Problem(path, jp, msg))
    return out


def _json_path(prefix: str, suffix: str) -> str:
    return prefix + suffix


def parse_article(doc: Any, path: str, prefix: str, vocab: Vocabulary) -> tuple[Unit | None, list[Problem]]:
    """Check one article document (schema + semantics) and turn it into a :class:`Unit`."""
    problems = _schema_problems(doc, path, prefix)
    if problems:
        return None, problems
    art, text = doc["article"], doc["text"]
    aid = art["id"]
    n = len(text)

    def bad(where: str, msg: str) -> None:
        problems.append(Problem(path, prefix + where, msg))

    unit = Unit(path)
    unit.articles.append(ArticleRec(aid, art["lang"], text, art.get("title"), art.get("url"),
                                    art.get("source"), art.get("published")))
    unit.article_locations[aid] = prefix
    declared: dict[str, tuple[EntityRec, str]] = {}
    for i, e in enumerate(doc["entities"]):
        where = f".entities[{i}]"
        if not vocab.is_entity_type(e["type"]):
            bad(where + ".type", f"unknown entity type {e['type']!r} (known: "
                f"{', '.join(sorted(vocab.entity_types))}; declare others in a types file, "
                "see docs/article-format.md)")
            continue
        prefix_id = e["id"].split(":", 1)[0]
        if prefix_id != e["type"].lower():
            bad(where + ".id", f"id {e['id']!r} must start with '{e['type'].lower()}:' "
                f"for type {e['type']}")
            continue
        rec = EntityRec(e["id"], e["type"], e["name"], e.get("name_ar"),
                        tuple(e.get("aliases", ())), e.get("description"))
        if e["id"] in declared:
            other, other_where = declared[e["id"]]
            diff = entity_difference(other, rec)
            if diff:
                bad(where, f"entity {e['id']!r} declared again with a different {diff} "
                    f"(first declared at {prefix}{other_where})")
                continue
            rec = EntityRec(rec.id, rec.type, rec.name, other.name_ar or rec.name_ar,
                            tuple(dict.fromkeys((*other.aliases, *rec.aliases))),
                            other.description or rec.description)
        declared[e["id"]] = (rec, where)
        spans = []
        for j, (s, t) in enumerate((int(a), int(b)) for a, b in e.get("mentions", [])):
            if not s < t <= n:
                bad(f"{where}.mentions[{j}]", f"mention span [{s}, {t}] is outside the text "
                    f"(0..{n}) or empty")
            else:
                spans.append((s, t))
        if spans:
            unit.mentions.append(MentionRec(aid, e["id"], tuple(spans)))
    for rec, where in declared.values():
        unit.entities.append(rec)
        unit.entity_locations.append(prefix + where)
    for i, r in enumerate(doc["relations"]):
        where = f".relations[{i}]"
        if not vocab.is_relation_type(r["type"]):
            bad(where + ".type", f"unknown relation type {r['type']!r} (known: "
                f"{', '.join(sorted(vocab.relation_types))}; declare others in a types file)")
        for end_ in ("source", "target"):
            if r[end_] not in declared:
                bad(f"{where}.{end_}", f"unknown entity {r[end_]!r}: not declared in this "
                    "article's entities")
        if r["source"] == r["target"]:
            bad(where, f"relation from {r['source']!r} to itself")
        ev = r["evidence"]
        s, t, sent = int(ev["start"]), int(ev["end"]), ev["sentence"]
        if not s < t <= n:
            bad(where + ".evidence", f"evidence span [{s}, {t}] is outside the text (0..{n})"
                " or empty")
        elif text[s:t] != sent:
            found = text.find(sent)
            hint = (f"; the sentence is at [{found}, {found + len(sent)}]" if found >= 0
                    else "; the sentence does not occur in the text")
            bad(where + ".evidence", f"evidence sentence does not match text[{s}:{t}] "
                f"({_short(text[s:t], 60)!r}){hint}")
        if len(problems) >= MAX_PROBLEMS_PER_DOC:
            break
        unit.relations.append(RelationRec(
            r["type"], r["source"], r["target"], aid, evidence_key(aid, s, t), sent,
            r.get("date"), float(r.get("confidence", 1.0)), r.get("method", "manual")))
        unit.relation_locations.append(prefix + where)
    if problems:
        return None, problems
    return unit, []


def entity_difference(a: EntityRec, b: EntityRec) -> str:
    """Name the first field in which two declarations of one id conflict, or ''."""
    if a.type != b.type:
        return f"type ({b.type!r} vs {a.type!r})"
    if a.name != b.name:
        return f"name ({b.name!r} vs {a.name!r})"
    if a.name_ar and b.name_ar and a.name_ar != b.name_ar:
        return f"name_ar ({b.name_ar!r} vs {a.name_ar!r})"
    if a.description and b.description and a.description != b.description:
        return "description"
    return ""


def read_json(path: Path, vocab: Vocabulary) -> Iterator[Unit | Problem]:
    """Yield one Unit per valid article in the file, and a Problem for each invalid one."""
    for item in iter_documents(path):
        if isinstance(item, Problem):
            yield item
            continue
        doc, prefix, _ = item
        unit, problems = parse_article(doc, str(path), prefix, vocab)
        if unit is not None:
            yield unit
        yield from problems
