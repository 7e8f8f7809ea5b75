"""SUCCESSOR_OF: "خلفاً لـ" inside a relative clause on a person names that person's predecessor.

"عُيّن X رئيساً خلفاً لـY، الذي كُلّف قبل شهر بتسيير المهام خلفاً لـZ" / "انتُخب X خلفاً
لـY، الذي أدار الحزب بالوكالة خلفاً لـZ": Y succeeded Z (the head of the "الذي" clause),
not X, the subject of the main clause. (In English: "X replaced Y, who had himself taken
over from Z" is ``subject_before``'s "who" clause.)
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_REL = L._ar("الذي", "التي", "والذي", "والتي")
_CLAUSE_BREAKS = frozenset({"،", ",", ".", ":", "؛", ";", "?", "؟", "!"})
_MAX_CLAUSE = 20  # tokens between "الذي" and "خلفاً"


def relative_clause_head_ar(sr: Any, t: int) -> Any:
    """The person heading the relative clause in which the succession word at *t* stands:
    "Y، الذي كُلّف في أبريل بتسيير المهام خلفاً لـZ" gives Y; None when no "الذي / التي"
    follows a comma after a person before *t* in the same clause, or when the clause itself
    names someone ("Y، الذي عيّنه K خلفاً لـZ": K's act, left to ``appointed_by_pronoun_ar``)."""
    rel = -1
    for x in range(t - 1, max(sr.lo, t - _MAX_CLAUSE) - 1, -1):
        if sr.toks[x].text in _CLAUSE_BREAKS:
            return None
        if sr.f(x) & _REL:
            rel = x
            break
    if rel - 1 <= sr.lo or sr.toks[rel - 1].text not in ("،", ","):
        return None
    if any(m.etype == "Person" and m.kind == "name" and rel < m.lo < t for m in sr.args):
        return None
    head = sr.before(rel - 1, types=("Person",), maxgap=0)
    if head is None or head.kind != "name" or head.hi != rel - 1:
        return None
    return head
