"""SUCCESSOR_OF: a generic noun heads the relative clause of a succession verb.

"(cleared by) the man who succeeded Y as president in 2022, Z, ...", "بالرجل الذي خلف Y":
the successor is the person in apposition after the clause (Z), or nobody, never someone named
before the noun (the subject of the main clause, someone inside a title phrase).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_EN_CLAUSE_STOP = frozenset({".", ";", "?", "!"})
_AR_GENERIC_HEADS = L._ar("الرجل", "المرأة", "الشخص", "السيدة", "الشخصية", "المسؤول")
_AR_REL = L._ar("الذي", "التي")


_EN_GENERIC_HEADS = frozenset({"man", "woman", "one", "person", "officer", "politician",
                               "general", "cleric", "diplomat", "figure"})


def generic_who_head(sr: Any, who: int, new: Any) -> Any:
    """"(cleared by) the man who succeeded Y as president in 2022, Z, ...": a generic noun
    heads the "who" clause at *who*, so its successor is the person in apposition after the
    clause (Z), never someone named before the noun (*new*); None when no one follows."""
    if sr.toks[who].ar:
        head = sr.toks[who - 1].key
        if sr.key(who) not in _AR_REL or head not in _AR_GENERIC_HEADS and head[1:] not in \
                _AR_GENERIC_HEADS:
            return new  # ("بالرجل الذي": the prefix of the noun dropped)
    elif sr.key(who - 1) not in _EN_GENERIC_HEADS or sr.key(who - 2) not in ("the", "a", "an"):
        return new
    for y in range(who + 1, min(sr.hi, who + 16)):
        tx = sr.toks[y].text
        if tx in _EN_CLAUSE_STOP:
            break
        if tx in (",", "،"):
            return sr.after(y + 1, types=("Person",), maxgap=0)
    return None
