"""MET_WITH: after a reception, "قبل أن / بعد أن + meeting verb" goes on with the guest.

"وكان في استقبال G لدى وصوله H، قبل أن يجري مباحثات مع Y" / "..., قبل أن يلتقي Y": G (the
guest) met Y, not H (the host named last before the verb). Likewise "واستقبله H في المطار،
قبل أن يجري مباحثات مع Y": the guest is the pronoun's antecedent
(``core_recall_objects.received_him_before``); when the sentence does not say who it is, H is not
taken instead. Used by ``meetings._met_svo`` (the noun path "يجري مباحثات مع") and by
``core_recall_objects.received_him_before`` (the verb path "قبل أن يلتقي Y").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention

_AR_BEFORE_AFTER = L._ar("قبل", "بعد", "وقبل", "وبعد")
_AR_THAT = L._ar("أن", "ان")
_AR_RECEPTION_NOUN = L._ar("استقبال")
_AR_IN = L._ar("في", "فى", "وفي")
_AR_RECEIVED_HIM = L._ar("استقبله", "استقبلها", "التقاه", "التقاها", "واستقبله", "واستقبلها")


def then_clause_ar(sr: Any, v: int) -> bool:
    """Is the verb at *v* the one of "قبل أن / بعد أن <verb>"?"""
    return v - 2 >= sr.lo and sr.key(v - 1) in _AR_THAT and sr.key(v - 2) in _AR_BEFORE_AFTER


def in_reception_guest_ar(sr: Any, v: int) -> Mention | None:
    """"(وكان) في استقبال G ... H، قبل أن <v>": G, the guest named right after the noun
    (None when no such reception precedes *v* in the sentence)."""
    for x in range(v - 3, sr.lo, -1):
        if sr.f(x) & _AR_RECEPTION_NOUN and sr.key(x - 1) in _AR_IN:
            return sr.after(x + 1, types=("Person",), maxgap=0)
    return None


def pronoun_reception_before(sr: Any, v: int) -> bool:
    """Does "استقبله / التقاه" (the guest a pronoun) come before *v* in the sentence?"""
    return any(sr.f(x) & _AR_RECEIVED_HIM for x in range(sr.lo, v - 2))
