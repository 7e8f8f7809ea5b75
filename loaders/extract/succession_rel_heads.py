"""SUCCESSOR_OF: a generic noun heads the relative clause of a succession verb.

"(cleared by) the man who succeeded Y as president in 2022, Z, ...", "بالرجل الذي خلف Y":
the successor is the person in apposition after the clause (Z), or nobody, never someone named
before the noun (the subject of the main clause, someone inside a title phrase).

Session 53: "X, the new special representative of the UN secretary-general, who succeeded Y":
X, not the holder read from the title of the apposition's "of" phrase
(:func:`apposition_head_of_titled`); "K's pick to replace Y, X": X, not the chooser K
(:func:`possessor_pick_en`).
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


def apposition_head_of_titled(sr: Any, who: int, new: Any) -> Any:
    """"X, the new special representative of the UN secretary-general, who succeeded Y":
    the person *new* read before the ", who" at *who* is a holder named by title alone
    inside the apposition's "of" phrase, so the clause is X's (the person named right
    before the apposition's opening comma); *new* otherwise (session 53)."""
    if new is None or new.kind != "desc" or sr.toks[who - 1].text != "," or sr.toks[who].ar:
        return new
    x = new.tlo if 0 <= new.tlo < new.lo else new.lo
    if sr.key(x - 1) == "the":
        x -= 1
    if sr.key(x - 1) != "of":
        return new
    for y in range(x - 2, max(sr.lo, x - 12), -1):
        if sr.toks[y].text == ",":
            head = sr.before(y, types=("Person",), maxgap=0)
            return head if head is not None and head.kind == "name" else new
        if sr.toks[y].punct and sr.toks[y].text not in ("-", "'", "."):
            break
    return new


_EN_PICKS = frozenset({"pick", "choice", "nominee", "candidate", "appointee", "designee"})


def possessor_pick_en(sr: Any, to: int, new: Any) -> Any:
    """"K's pick to replace Y, X, ...": the chooser K (*new*, a possessive before a
    "pick" noun before the "to" at *to*) replaces no one; X, named after Y, is the one
    picked (None when no one is). *new* otherwise (session 53)."""
    if new is None or not new.poss:
        return new
    x = new.hi + 1 if sr.key(new.hi) in ("'s", "'", "s") else new.hi
    if sr.key(x) not in _EN_PICKS or x + 1 != to:
        return new
    old = sr.after(to + 2, types=("Person",), maxgap=3)
    if old is None or old.hi >= sr.hi or sr.toks[old.hi].text != ",":
        return None
    return sr.after(old.hi + 1, types=("Person",), maxgap=0)
