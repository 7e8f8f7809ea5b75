"""MET_WITH: the visitor carried across the clauses of a visit narrative (session 22, `chain`).

- "التقى X Y، قبل أن يجتمع بـZ" / "X التقى Y، بعد أن اجتمع بـZ": the subject of the verb
  after "قبل أن / بعد أن" is the main meeting clause's subject X, not the object Y met
  before (`before_that_subject_ar`, read by `subjects._carried_subject` for an object after
  a preposition and by `meetings` for a direct one: "قبل أن يلتقي رئيس الحكومة Z"); not after a
  reception ("استقبل X Y قبل أن يلتقي Z": the guest goes on, an older rule).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import _PREPS_WITH_TO

_AR_BEFORE_AFTER = ("قبل", "وقبل", "بعد", "وبعد")
_AR_CARRY = ("حيث", "وحيث", "ثم", "كما")


def before_that_ar(sr: Any, t: int) -> bool:
    """Arabic: the verb at *t* follows "قبل أن" / "بعد أن" (its subject is carried)."""
    return sr.key(t - 1) == "ان" and sr.key(t - 2) in _AR_BEFORE_AFTER


def before_that_subject_ar(sr: Any, t: int, free: Sequence[Any] | None = None) -> Any:
    """The subject of the meeting verb at *t* after "قبل أن" / "بعد أن": the subject of the
    sentence's first meeting verb (not a reception) before it, a person of *free* (not a
    prepositional object) right before that verb or right after it; else None."""
    if not before_that_ar(sr, t):
        return None
    verbs = [v for v in range(sr.lo, t - 2) if sr.toks[v].ar and sr.f(v) & L.AR_MEET]
    if not verbs or any(sr.f(v) & L.AR_RECEIVE_VERBS for v in range(sr.lo, t - 2)):
        return None
    if free is None:
        free = [m for m in sr.args if m.etype == "Person" and m.hi <= t and
                not sr.has_prep(m, _PREPS_WITH_TO)]
    own = [m for m in free if m.lo >= sr.lo and m.hi <= t]
    if len(own) < 2:
        return None
    v = verbs[0]
    if sr.key(v - 1) in _AR_CARRY:  # "... حيث التقى Y، قبل أن يجتمع بـZ": the one carried
        return sr._carried_subject(v)
    svo = [m for m in own if m.hi <= v and v - m.hi <= 2]  # "X التقى Y"
    vso = [m for m in own if m.lo > v and (m.tlo if m.tlo > v else m.lo) - v <= 2]  # "التقى X Y"
    if svo:
        return max(svo, key=lambda m: m.hi)
    return min(vso, key=lambda m: m.lo) if vso else None
