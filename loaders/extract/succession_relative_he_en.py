"""SUCCESSOR_OF, English: "he" inside a relative clause stands for the clause's head.

"X takes over from Y, who had led the bureau since 2017, when he succeeded Z": the "he" of the
"when" clause is Y, the head of the ", who" clause it sits in, not the sentence's subject X
(session 57; ``SuccessionRulesEn._succeeded_en`` took the subject before the verb).
"""

from __future__ import annotations

from typing import Any

_EN_CLAUSE_STOP = frozenset({".", ";", "!", "?", ":"})


def relative_he_head_en(sr: Any, he: int) -> Any:
    """The person heading the nearest ", who" clause before the pronoun at *he* ("Y, who
    ..., when he"), when no other person is named between the "who" and *he*; else None."""
    for y in range(he - 1, sr.lo, -1):
        tx = sr.toks[y].text
        if tx in _EN_CLAUSE_STOP:
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None  # ("Y, who met Z when he ...": unsure, left to the subject rule)
        if sr.key(y) == "who" and sr.toks[y - 1].text == ",":
            head = sr.before(y - 1, types=("Person",), maxgap=0)
            return head if head is not None and head.hi == y - 1 else None
    return None
