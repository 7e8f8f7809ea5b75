"""MET_WITH (session 72): "X met A, <title of A>, and B, <title of B>, together": the partners
of a meeting listed with appositions met each other too.

``together_objects`` reads a plain list ("X met A and B together"); with appositions the list
does not chain ("A, head of the rebels' council, and B, secretary-general of the party,
together"). Here the partners are the people the sentence already paired with the meeting's
subject, named between the meeting verb and "together" (the word right after a person or
after the comma closing an apposition); a meeting verb at most 45 tokens before; not blocked
(negated, planned).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L


def together_apposed_en(sr: Any, x: int) -> None:
    """Pair the listed partners before "together" at *x* (module doc)."""
    if sr.key(x - 1) != "," and sr.mention_at.get(x - 1) is None:
        return
    v = next((y for y in range(x - 1, max(sr.lo, x - 46) - 1, -1) if sr.key(y) in L.EN_MEET), None)
    if v is None:
        return
    met: set[str] = set()
    for r in sr.out:
        if r.type == "MET_WITH" and r.sent == sr.si:
            met.add(r.source)
            met.add(r.target)
    partners = [m for m in sr.args if m.etype == "Person" and v < m.lo < x and not m.poss
                and m.eid in met]
    ids = list(dict.fromkeys(m.eid for m in partners))
    if len(ids) < 2 or sr.blocked(v, partners[0]):
        return
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            sr.add("MET_WITH", a, b, "together_apposed_en")
