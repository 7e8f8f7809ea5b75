"""A body's ambiguous name that several known bodies of different states share is the one of
the state the article names (session 72).

«أنصار الشريعة» / "Ansar al-Sharia" is the name of AQAP's Yemeni front, of a Libyan group and of
a Tunisian one; the gazetteer lists it as an ambiguous name of each. In an article that names
Yemen (its nationality word, its name, its capital, one of its bodies or people) and neither
Libya nor Tunisia, the bare name is the Yemeni group; with none or several of the states named
it stays unresolved. Called by ``known_names._gaz_walk`` for an ambiguous name of two words
or more of an organisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.guarded_full_name_state import _state_written
from loaders.extract.state_cues import state_named_otherwise

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


def _state_named(doc: Doc, country: str | None, tok: Tok) -> bool:
    return bool(country) and (state_named_otherwise(doc, country, tok) or  # type: ignore[arg-type]
                              _state_written(doc, country))  # type: ignore[arg-type]


def body_state_in_article(doc: Doc, eid: str, bearers: set[str], tok: Tok) -> bool:
    """Is the organisation *eid* (one of the *bearers* of an ambiguous name starting at *tok*)
    of a state the article names, while no other bearer's state is named?"""
    e = doc.gaz.get(eid)
    if e is None or e.type != "Organization" or len(bearers) < 2 or \
            not _state_named(doc, e.country, tok):
        return False
    for b in bearers:
        o = doc.gaz.get(b) if b != eid else None
        if o is not None and o.country != e.country and _state_named(doc, o.country, tok):
            return False
    return True
