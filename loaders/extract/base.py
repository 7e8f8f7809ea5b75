"""The pluggable extractor interface and its registry.

An extractor turns article text into the canonical article JSON (see
docs/article-format.md). The default is ``rules+scorer``: the rule-based extractor with a learned
scorer beside it (since session 45, docs/extraction.md); ``rules`` is the rules alone. A model- or
LLM-backed one only has to implement :class:`Extractor` and register itself::

    from loaders.extract.base import register

    @register("my-model")
    class MyExtractor:
        name = "my-model"
        def extract(self, text, *, lang=None, meta=None) -> dict: ...

and is then selected with ``--extractor my-model`` or ``$NEWSGRAPH_EXTRACTOR``; the loaders
do not change.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

EXTRACTOR_ENV = "NEWSGRAPH_EXTRACTOR"
DEFAULT_EXTRACTOR = "rules+scorer"  # the pre-registered rule of docs/extraction.md, met in session 45


class ExtractionError(ValueError):
    """Input that cannot be extracted; the message names the file and what is wrong."""


@runtime_checkable
class Extractor(Protocol):
    """Text -> canonical article dict (``article``, ``text``, ``entities``, ``relations``)."""

    name: str

    def extract(self, text: str, *, lang: str | None = None,
                meta: dict[str, Any] | None = None) -> dict[str, Any]:
        """Extract entities and relations from *text*. *meta* may carry article fields
        (id, title, url, source, published). Offsets are into *text*."""
        ...


_REGISTRY: dict[str, Callable[..., Extractor]] = {}


def register(name: str) -> Callable[[Callable[..., Extractor]], Callable[..., Extractor]]:
    """Class decorator registering an extractor factory under *name*."""

    def deco(factory: Callable[..., Extractor]) -> Callable[..., Extractor]:
        _REGISTRY[name] = factory
        return factory

    return deco


def available() -> list[str]:
    """Names of the registered extractors."""
    _ensure_builtin()
    return sorted(_REGISTRY)


def get_extractor(name: str | None = None, **options: Any) -> Extractor:
    """Instantiate the extractor *name* (default: $NEWSGRAPH_EXTRACTOR or 'rules+scorer')."""
    _ensure_builtin()
    name = name or os.environ.get(EXTRACTOR_ENV) or DEFAULT_EXTRACTOR
    if name not in _REGISTRY:
        raise ExtractionError(
            f"unknown extractor {name!r}; available: {', '.join(sorted(_REGISTRY))}")
    return _REGISTRY[name](**options)


def _ensure_builtin() -> None:
    if "rules" not in _REGISTRY:
        import loaders.extract.rules  # noqa: F401  (registers 'rules')
    if "rules+scorer" not in _REGISTRY:
        import loaders.extract.scored  # noqa: F401  (registers 'rules+scorer')
