"""English "he" / "she" after a relative clause of the sentence's subject (session 25b).

"The Ghanaian diplomat, who took over the mission from acting envoy Y, began her tour in
Tripoli, where she met Z": the person named inside the ", who ... ," clause is no subject; "she"
is the head of the relative clause, the subject that opens the sentence (a name or a
description resolved to a person). ``subjects._he_at`` asks :func:`relative_head_en` before
the sentence's first unmarked name. Not when someone is named between the closing comma and the
pronoun ("X, who replaced Y, said Z told him she ..."), nor when the head does not open its
sentence ("In Tripoli the diplomat ...": left as before) or is a possessive.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_RELATIVES = frozenset({"who", "whose", "whom"})
_LEADS = frozenset({"the", "a", "an", "but", "and"})


def relative_head_en(sr: Any, x: int) -> str | None:
    """The id of the subject opening the sentence whose ", who ... ," clause holds the only
    people named before "he" / "she" at *x*; else None."""
    head = None
    for m in sr.args:
        if m.lo >= x:
            break
        if m.etype != "Person" or m.poss:
            continue
        b = title_start(m)
        while b > sr.lo and (sr.key(b - 1) in _LEADS or sr.key(b - 1) in L.EN_QUALIFIERS or (
                m.kind == "desc" and sr.toks[b - 1].cap)):
            b -= 1  # "The Ghanaian diplomat", "The former minister"
        if b != sr.lo:
            return None  # the first person does not open the sentence
        head = m
        break
    if head is None or sr.toks[head.hi].text != "," or sr.key(head.hi + 1) not in _RELATIVES:
        return None
    close = next((y for y in range(head.hi + 2, x) if sr.toks[y].text == ","), None)
    if close is None or not any(m.etype == "Person" and head.hi < m.lo < close
                                for m in sr.args):
        return None  # nobody inside the clause: the usual reading finds the head
    if any(m.etype == "Person" and close < m.lo < x for m in sr.args):
        return None
    return head.eid
