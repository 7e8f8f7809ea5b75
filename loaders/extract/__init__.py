"""Offline extraction of entities and relations from Arabic and English article text.

``extract_file(path)`` / ``extract_text(text)`` return the canonical article JSON (a dict)
that the loaders validate and write. The extractor is pluggable (:mod:`.base`); the
rule-based one (:mod:`.rules`) with its learned scorer (:mod:`.scored`, ``rules+scorer``) is the
default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from loaders.extract.base import (
    ExtractionError,
    Extractor,
    available,
    get_extractor,
    register,
)
from loaders.extract.inputs import read_article_file

__all__ = ["ExtractionError", "Extractor", "available", "extract_file", "extract_text",
           "get_extractor", "register"]


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    """One extractor per process, so that one ``load`` run links a new name seen in several
    files (under different spellings or scripts) to one id."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = get_extractor()
    return _DEFAULT


def extract_text(text: str, *, lang: str | None = None, meta: dict[str, Any] | None = None,
                 extractor: Extractor | None = None) -> dict[str, Any]:
    """Canonical article JSON for *text*."""
    ex = extractor or default_extractor()
    return ex.extract(text, lang=lang, meta=meta)


def extract_file(path: str | Path, *, lang: str | None = None,
                 extractor: Extractor | None = None) -> dict[str, Any]:
    """Canonical article JSON for a .txt article (plain text or corpus format).

    Raises :class:`ExtractionError` naming the file for empty, binary, undecodable or
    oversized input.
    """
    art = read_article_file(path)
    meta = dict(art.meta)
    ex = extractor or default_extractor()
    try:
        return ex.extract(art.text, lang=lang if lang not in (None, "auto") else meta.get("lang"),
                          meta=meta)
    except ExtractionError as exc:
        raise ExtractionError(f"{path}: {exc}") from exc
