"""SUCCESSOR_OF, English: whose successor "His successor, Y," / "Her successor, Y," is when
the possessive opens its sentence and no person stands before it there (session 57).

- After a killing or a death told in the previous sentence, "his" is the one who died, not
  the last person named ("X was killed in a U.S. drone strike ordered by President Z. His
  successor, Y, vowed revenge": X, not Z, whom "by" marks as the agent;
  ``coref_peers.deceased_person``).
- "Her" needs a woman: someone the article marks so (``pronoun_gender_en``: Ms, Mrs, a
  feminine title, "X said she") or refers to with "she / her" where she is the only person
  in view ("X arrived
  ... . She met ..."). "Hamas chief X was assassinated ... . Her successor, Y, ..." names
  no predecessor: X is not known to be a woman, and no pair is better than a wrong one.

Called by ``succession_rules_en`` for the "his / her successor, Y" construction."""

from __future__ import annotations

from typing import Any

from loaders.extract.coref_peers import deceased_person
from loaders.extract.pronoun_gender_en import gender_marks_of

_EN_SHE = frozenset({"she", "her", "herself", "hers"})


def woman_en(sr: Any, eid: str, before: int) -> bool:
    """Does the article show the person *eid* to be a woman: a feminine mark of
    ``pronoun_gender_en`` (an honorific, a feminine title or apposition, "X said she"), or,
    before token *before*, "she / her" in a sentence where she is the only person named
    before it (else, when none is named there, the only person of the sentence before)?"""
    doc = sr.doc
    toks = doc.toks
    if "f" in gender_marks_of(doc, eid):  # "Ms. X", "spokeswoman X", "X said she"
        return True
    for si, sent in enumerate(doc.sents):
        if sent.lo >= before:
            break
        for x in range(sent.lo, min(sent.hi, before)):
            if toks[x].key not in _EN_SHE:
                continue
            here = {m.eid for m in doc.by_sent.get(si, ()) if m.etype == "Person" and
                    m.lo < x}
            if not here and si > 0:
                here = {m.eid for m in doc.by_sent.get(si - 1, ()) if m.etype == "Person"}
            if here == {eid}:
                return True
    return False


def opening_possessor_en(sr: Any, t: int, named_eid: str, found: str | None) -> str | None:
    """The predecessor of "His / Her successor, Y" (*t*: the possessive's token) opening
    its sentence: the person the previous sentence says died (before *found*, the last
    person named); for "her", only a person shown to be a woman (:func:`woman_en`), else
    None."""
    dead = deceased_person(sr.doc, sr.si, t, back=1)
    ante = dead if dead is not None and dead != named_eid else found
    if ante is not None and sr.toks[t].key == "her" and not woman_en(sr, ante, t):
        return None
    return ante


def opens_sentence(sr: Any, t: int) -> bool:
    """Does the possessive at *t* open its sentence (past a quote or a conjunction)?"""
    return all(sr.toks[x].punct or sr.key(x) in ("and", "but", "meanwhile")
               for x in range(sr.lo, t))
