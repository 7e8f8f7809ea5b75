"""SUCCESSOR_OF, English: the appointee of a reduced relative clause (session 38).

"X, appointed to head Z in place of Y, died four days later" / "X, the veteran banker appointed
governor this month in place of Y, made his debut": the participle opens (or follows a short
descriptive head of) an apposition to X, so X is the one appointed, not a name after the verb
(``core_recall_succession.instead_of`` took the first person after it: "appointed to Khatam
al-Anbiya", a headquarters misread as a person).
"""

from __future__ import annotations

from typing import Any

# words of a short descriptive head between the comma and the participle ("the veteran banker")
_EN_DESC_OPEN = frozenset({"the", "a", "an"})
_EN_DESC_SPAN = 5
# a clause of its own inside the head ("the general who praised officials appointed ..."):
# the participle belongs to the clause's object, not to X
_EN_CLAUSE = frozenset({"who", "whom", "which", "that", "and", "or", "but", "with"})


def reduced_relative_appointee(sr: Any, verb: int) -> Any:
    """The person X of "X, appointed ..." / "X, the <description> appointed ..." for the
    past participle at *verb*; None when the participle does not open such an apposition."""
    if sr.toks[verb].ar or verb - 1 <= sr.lo:
        return None
    comma = None
    if sr.toks[verb - 1].text == ",":
        comma = verb - 1
    else:
        for x in range(verb - 1, max(sr.lo, verb - 1 - _EN_DESC_SPAN) - 1, -1):
            tk = sr.toks[x]
            if tk.text == ",":
                comma = x
                break
            if tk.punct or x in sr.mention_at or sr.key(x) in _EN_CLAUSE:
                return None
        if comma is None or sr.key(comma + 1) not in _EN_DESC_OPEN:
            return None
    head = sr.before(comma, types=("Person",), maxgap=0)
    if head is None or head.poss:
        return None
    return head
