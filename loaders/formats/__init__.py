"""Input files -> :class:`loaders.model.Unit` records, dispatched on the file suffix.

``.json`` / ``.jsonl`` / ``.ndjson``: canonical articles; ``.csv``: node or relationship
tables; ``.txt``: plain text handed to the extractor, ``loaders.extract.extract_file(path)``,
which returns a canonical article document (dict), validated like any JSON article.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from loaders.errors import Problem
from loaders.formats.csvfile import read_csv, table_kind
from loaders.formats.jsonfile import parse_article, read_json
from loaders.model import Unit
from loaders.vocabulary import Vocabulary

JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUFFIXES = JSON_SUFFIXES | {".csv", ".txt"}


def extractor_available() -> bool:
    """True when the extraction package (``loaders.extract``) is installed."""
    try:
        return importlib.util.find_spec("loaders.extract") is not None
    except (ImportError, ValueError):
        return False


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Files to read, in load order, and problems with the paths themselves.

    Folders are searched recursively (hidden entries skipped). In a folder, a ``.txt`` with a
    ``.json`` of the same name beside it is skipped (the annotation wins), and ``.txt`` files
    are skipped with a note when no extractor is installed. Order: node tables, articles,
    relationship tables, so relationships can point at entities declared in the same run.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    has_extractor = extractor_available()
    skipped_txt = 0
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if any(part.startswith(".") for part in rel) or not f.is_file():
                    continue
                suffix = f.suffix.lower()
                if suffix not in SUFFIXES:
                    continue
                if suffix == ".txt":
                    if any(f.with_suffix(s).exists() for s in JSON_SUFFIXES):
                        continue
                    if not has_extractor:
                        skipped_txt += 1
                        continue
                files.append(f)
            if skipped_txt:
                problems.append(Problem(str(p), "", f"skipped {skipped_txt} .txt file(s): the "
                                        "extractor (loaders.extract) is not installed",
                                        severity="note"))
                skipped_txt = 0
        elif p.is_file():
            if p.suffix.lower() not in SUFFIXES:
                problems.append(Problem(str(p), "", f"unsupported file type {p.suffix!r} "
                                        f"(expected one of {', '.join(sorted(SUFFIXES))})"))
            else:
                files.append(p)
        else:
            problems.append(Problem(str(p), "", "no such file or folder"))
    unique = list({f.resolve(): f for f in reversed(files)}.values())[::-1]
    return sorted(unique, key=_load_rank), problems


def _load_rank(path: Path) -> tuple[int, str]:
    if path.suffix.lower() == ".csv":
        kind = table_kind(path) if path.stat().st_size else None
        return (0 if kind == "nodes" else 2, str(path))
    return (1, str(path))


def read_any(path: Path, vocab: Vocabulary) -> Iterator[Unit | Problem]:
    """Parse and validate one file: yields Units and Problems (errors and notes)."""
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        yield from read_json(path, vocab)
    elif suffix == ".csv":
        yield from read_csv(path, vocab)
    elif suffix == ".txt":
        yield from _read_txt(path, vocab)
    else:
        yield Problem(str(path), "", f"unsupported file type {suffix!r}")


def _read_txt(path: Path, vocab: Vocabulary) -> Iterator[Unit | Problem]:
    if not extractor_available():
        yield Problem(str(path), "", "cannot read .txt: the extractor (loaders.extract) is not "
                      "installed; give an annotated .json instead")
        return
    extract = importlib.import_module("loaders.extract")
    try:
        doc: Any = extract.extract_file(path)
    except Exception as exc:  # the extractor reports bad text with its own message
        msg = str(exc).removeprefix(f"{path}: ")
        yield Problem(str(path), "", f"extraction failed: {msg}")
        return
    unit, problems = parse_article(doc, str(path), "$", vocab)
    yield from problems
    if unit is not None:
        yield unit
