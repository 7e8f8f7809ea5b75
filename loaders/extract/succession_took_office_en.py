"""English "X took office (in August) as Y's successor" (session 72, helper ``blind72a``).

The holder of "as Y's successor" after a verb of taking office, with at most a few adjuncts
between ("took office in August as", "was sworn in on Monday as", "who takes office next month
as"): the head of the "who" clause, else the subject of the verb. Asked by the English
successor nouns only when no one is named around the noun itself.
"""

from __future__ import annotations

from typing import Any

# the words that mark taking an office ("took office", "sworn in", "was inaugurated")
_EN_OFFICE_TAKEN = frozenset({"office", "sworn", "inaugurated", "installed", "enthroned",
                              "reins", "post", "helm"})
_EN_TAKE = frozenset({"took", "take", "takes", "taking", "taken", "assumed", "assume", "assumes",
                      "assuming", "was", "is", "were", "be", "been", "will", "has", "had"})
_EN_UNREAL = frozenset({"would", "could", "might", "may", "should", "to"})


def took_office_as_en(sr: Any, as_at: int) -> Any:
    """The person who takes office at the "as" *as_at* before "Y's successor", else None:
    a cue of _EN_OFFICE_TAKEN within eight words before "as", no punctuation nor mention
    between; the "who" clause's head when one opens before the cue ("Z, who takes office
    in August as Y's successor"), else the verb's subject ("X took office as ...")."""
    if sr.key(as_at) != "as":
        return None
    cue = None
    for c in range(as_at - 1, max(sr.lo, as_at - 9) - 1, -1):
        if sr.toks[c].punct or sr.mention_at.get(c) is not None:
            return None
        if sr.key(c) in _EN_OFFICE_TAKEN:
            cue = c
            break
    if cue is None:
        return None
    v = cue
    while v - 1 > sr.lo and sr.key(v - 1) in _EN_TAKE:  # "took office", "was sworn in"
        v -= 1
    if sr.key(v - 1) in _EN_UNREAL:
        return None  # "who would take office as Y's successor": a question, a prospect
    if v == cue and sr.key(cue) == "office":
        return None  # "the office as ..." without a verb of taking it
    if sr.key(v - 1) == "who":
        head = sr.before(v - 1, types=("Person",), maxgap=1)
        return head if head is not None and not head.poss else None
    sb = sr.subject_before(v, maxgap=6)
    return sb if sb is not None and sb.etype == "Person" else None
