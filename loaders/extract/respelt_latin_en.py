"""A known person named in Latin letters with a family name none of his names spells so
("Abbas al-Musawi" for Abbas Mousavi): the document remembers that spelling, so the family
name alone later ("after Musawi's assassination") is him too, as Arabic respellings are
(session 51)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.textnorm import core_tokens, is_arabic

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


@lru_cache(maxsize=4096)
def _latin_name_tokens(names: tuple[str, ...]) -> frozenset[str]:
    """The core tokens of a known entity's Latin names."""
    return frozenset(t for n in names if n and not is_arabic(n) for t in core_tokens(n))


def _respelt_latin(doc: Doc, eid: str, last: str) -> bool:
    """Is *last*, the family name of a Latin surface the gazetteer matched to *eid*, a
    spelling none of its names has?"""
    ent = doc.gaz.get(eid)
    return ent is not None and not is_arabic(last) and \
        last not in _latin_name_tokens((ent.name, *ent.aliases))


def remember_respelt_latin(doc: Doc, eid: str | None, ctoks: list[str]) -> None:
    """Remember the Latin spelling *ctoks* of the known person *eid* when its family name is
    respelt (two words or more)."""
    if eid is not None and len(ctoks) > 1 and eid.startswith("person:") and \
            _respelt_latin(doc, eid, ctoks[-1]):
        doc.remember(eid, ctoks)
