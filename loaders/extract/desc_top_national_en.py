"""English: "the top Iranian diplomat", "the senior Turkish official" is the person of that
nationality the coreference finds, session 41 (``desc``).

A rank word between "the" and the nationality ("top", "senior", "chief", "leading") kept the
phrase from being read as a description at all (only "the" right before the title, its body or
its nationality made one), so "Iranian Foreign Minister X arrived ... Upon arrival at the
airport, the top Iranian diplomat was received by Y" named nobody. Such a rank with a
nationality is no new fact about the person but the usual way to say "the country's foreign
minister / commander". :func:`ranked_national_the` reads it as a description (the words
between "the" and the title only ranks and nationality words, one at least of each), and
:func:`national_holder` keeps its resolution only when the person found is known to be of that
nationality; else nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

_RANKS = frozenset({"top", "senior", "chief", "leading"})
_REACH = 4  # words between "the" and the title


def ranked_national_the(toks: list[Tok], b: int, lo: int) -> bool:
    """Is *b* (the word right before the title) the end of "the <ranks and nationalities>"
    with a rank and a nationality among them?"""
    if b < lo or toks[b].ar or toks[b].key not in L.NATIONALITY:
        return False
    ranks = 0
    x = b
    while x >= lo and b - x < _REACH and (toks[x].key in _RANKS or toks[x].key in L.NATIONALITY):
        ranks += toks[x].key in _RANKS
        x -= 1
    return ranks > 0 and x >= lo and toks[x].key == "the"


def national_holder(doc: Doc, role_nat: str | None, eid: str | None,
                    role_org: str | None = None) -> str | None:
    """*eid* when he is known to be of the nationality *role_nat*, else None. A country named
    in the phrase as a body ("the top US diplomat": "US" read as the country, no adjective)
    stands for the nationality (session 67)."""
    if role_nat is None and role_org is not None and role_org.startswith("country:"):
        role_nat = role_org
    if eid is None or role_nat is None:
        return None
    return eid if doc.country_of(eid) == role_nat else None
