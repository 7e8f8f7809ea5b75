"""SUCCESSOR_OF, English: "his predecessor / successor" inside a relative clause on someone else.

"X did not meet opposition leader Z, whom his predecessor Y had recognised as president": the
"his" of a "whom" clause is not Z, the person the clause is about (he is its object), but the
main clause's subject X: X -> Y, never Z -> Y. Without a person before Z nothing is read.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_EN_REL_OBJ = frozenset({"whom"})


def whom_clause_possessor(sr: Any, his: int, ante: Any) -> tuple[bool, Any]:
    """For "his" at *his* right after "whom" whose head is *ante*: (True, the person named
    before the head, or None); (False, *ante*) when "his" opens no such clause."""
    w = his - 1
    if ante is None or sr.key(w) not in _EN_REL_OBJ:
        return False, ante
    gap = w - ante.hi
    if gap > 1 or (gap == 1 and sr.toks[ante.hi].text != ","):
        return False, ante
    main = next((m for m in reversed(sr.args) if m.etype == "Person" and
                 m.hi <= title_start(ante) and m.eid != ante.eid and not m.in_title and
                 not m.poss), None)
    return True, main


_EN_CLAUSE_STOP = frozenset({".", ";", "?", "!"})


def whom_infinitive_head(sr: Any, to: int, new: Any) -> Any:
    """"Z, whom K had appointed in January to succeed Y": the one who succeeds is Z, the head
    of the "whom" clause, not K, its subject (the person found before "to" at *to*). Returns
    Z (or None when no person heads the clause); *new* itself when no ", whom" clause holds
    it."""
    if new is None:
        return new
    for w in range(to - 1, max(sr.lo, to - 20), -1):
        k = sr.key(w)
        if k in _EN_CLAUSE_STOP:
            return new
        if k in _EN_REL_OBJ and sr.toks[w - 1].text == ",":
            if new.lo <= w:
                return new  # "Z, whom ...": Z found as the subject already
            head = sr.before(w - 1, types=("Person",), maxgap=1)
            return head if head is not None and head.hi == w - 1 else None
        if k in _EN_REL_OBJ and new.lo > w:
            # "X is the man whom K chose to succeed Y" (session 71): K, inside the clause, is
            # no successor; the subject of the copula before "the man", else no one
            return _copula_subject(sr, w)
    return new


_EN_COPULA = frozenset({"is", "was", "became", "becomes"})


def _copula_subject(sr: Any, w: int) -> Any:
    """The person subject of "X is / was the <noun> whom" (the "whom" at *w*), or None."""
    c = next((x for x in range(w - 2, max(sr.lo, w - 6) - 1, -1) if sr.key(x) == "the"), None)
    if c is None or sr.key(c - 1) not in _EN_COPULA or \
            any(sr.mention_at.get(x) is not None for x in range(c, w)):
        return None
    m = sr.subject_before(c - 1, maxgap=20)  # ("X, a former official, is the man whom")
    return m if m is not None and m.etype == "Person" and not m.poss else None
