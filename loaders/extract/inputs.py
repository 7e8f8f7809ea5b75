"""Reading article text files: plain text or the corpus format
(``source:`` line, ``lang:`` line, blank line, body)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from loaders.extract.base import ExtractionError

MAX_BYTES = 64 * 1024 * 1024  # files larger than this are refused before reading
MAX_CHARS = 2_000_000  # one article; longer texts are refused with a clear message
_HEADER_RE = re.compile(r"^(source|lang|title|url|published|id)\s*:\s*(.*)$", re.IGNORECASE)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f]")


@dataclass
class ArticleText:
    """Body text plus header fields; ``offset`` is where the body starts in the file text."""

    text: str
    meta: dict[str, str]


def article_id(meta: dict[str, str], text: str) -> str:
    """Deterministic id: 16 hex digits of SHA-1 over the source URL if given, else the text."""
    basis = meta.get("url") or meta.get("source") or text
    return hashlib.sha1(basis.strip().encode("utf-8")).hexdigest()[:16]


def parse_article_text(raw: str, where: str = "<text>") -> ArticleText:
    """Split an optional header block (``key: value`` lines then a blank line) from the body."""
    lines = raw.split("\n")
    meta: dict[str, str] = {}
    k = 0
    while k < len(lines) and k < 8:
        m = _HEADER_RE.match(lines[k].strip())
        if not m:
            break
        meta[m.group(1).lower()] = m.group(2).strip()
        k += 1
    if meta and k < len(lines) and lines[k].strip() == "":
        body = "\n".join(lines[k + 1:])
    elif meta and k == len(lines):
        body = ""
    else:
        meta = {}
        body = raw
    if "source" in meta and re.match(r"https?://", meta["source"]):
        meta.setdefault("url", meta["source"])
        host = re.sub(r"^https?://(www\.)?", "", meta["source"]).split("/", 1)[0]
        meta["source"] = host or meta["source"]
    lang = meta.get("lang")
    if lang is not None and lang not in ("ar", "en"):
        raise ExtractionError(f"{where}: line 2: 'lang:' must be 'ar' or 'en', got {lang!r}")
    body = body.strip("\ufeff")
    if not body.strip():
        raise ExtractionError(f"{where}: the article text is empty")
    return ArticleText(body, meta)


def read_article_file(path: str | Path) -> ArticleText:
    """Read a .txt article; clear errors for missing, empty, binary, undecodable or huge files."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ExtractionError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    if size == 0:
        raise ExtractionError(f"{p}: the file is empty")
    if size > MAX_BYTES:
        raise ExtractionError(
            f"{p}: {size / 1e6:.1f} MB is far too large for one article (limit "
            f"{MAX_CHARS:,} characters); split it into one file per article")
    data = p.read_bytes()
    if b"\x00" in data[:65536]:
        raise ExtractionError(f"{p}: looks like a binary file (NUL bytes), not text")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            raw = data.decode("cp1256")
        except UnicodeDecodeError:
            raise ExtractionError(
                f"{p}:{line}: not UTF-8 text (byte {data[exc.start]:#04x} at offset "
                f"{exc.start}); save it as UTF-8") from exc
        if not re.search(r"[\u0621-\u064A]", raw):
            raise ExtractionError(
                f"{p}:{line}: not UTF-8 text (byte {data[exc.start]:#04x} at offset "
                f"{exc.start}); save it as UTF-8") from exc
    sample = raw[:65536]
    if sample and len(_CONTROL_RE.findall(sample)) > len(sample) // 100 + 5:
        raise ExtractionError(f"{p}: looks like a binary file (control characters), not text")
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    art = parse_article_text(raw, str(p))
    check_length(art.text, str(p))
    return art


def check_length(text: str, where: str = "<text>") -> None:
    """Refuse texts longer than one article can be (bounded time and memory)."""
    if len(text) > MAX_CHARS:
        raise ExtractionError(
            f"{where}: the text has {len(text):,} characters, more than the {MAX_CHARS:,} "
            "allowed for one article; split it into one file per article")
