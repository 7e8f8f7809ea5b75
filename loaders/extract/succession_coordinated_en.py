"""SUCCESSOR_OF, English: the second of two coordinated appointments (session 33, succprec).

"K named A as P in place of B, and C as Q in place of D" / "K named A in place of B and C in
place of D" / "..., among them A as P, succeeding B, and C as Q in place of D": the marker
"in place of D" belongs to C, the person right after the "and" that follows the first
appointment's predecessor B, not to A (the person after the verb).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

# the word right before the first appointment's predecessor B
_EN_PREV_MARKER = frozenset({"of", "succeeding", "replacing", "to"})
# what C's own conjunct (between C and the marker) may not hold
_EN_CONJUNCT_STOP = frozenset({"and", "who", "which", "whom", "succeeding", "replacing", "place",
                               "instead", "lieu", "succession", ";"})


def coordinated_appointee_en(sr: Any, t: int) -> tuple[Any, int] | None:
    """For the marker starting at *t* ("in" of "in place of", "instead"), the appointee C of
    "..., in place of / succeeding B(,) and C (as Q) <marker>" and the token before B's
    marker word (where the first appointment ends), else None."""
    # (20 words: C may carry an apposition, "and C, a former commander, as Q in place of D")
    x = next((y for y in range(t - 1, max(sr.lo, t - 20) - 1, -1) if sr.key(y) == "and"),
             None)
    if x is None:
        return None
    new = sr.after(x + 1, types=("Person",), maxgap=3)
    if new is None or new.hi > t or new.poss:
        return None
    for y in range(new.hi, t):
        if sr.key(y) in _EN_CONJUNCT_STOP:
            return None  # C's own conjunct holds no other clause or marker
    w = x - 1 if sr.key(x - 1) == "," else x
    prev = sr.before(w, types=("Person",), maxgap=0)
    if prev is None or prev.hi != w or prev.eid == new.eid:
        return None
    m = title_start(prev) - 1
    if m < sr.lo or sr.key(m) not in _EN_PREV_MARKER:
        return None
    if sr.key(m) in ("of", "to") and sr.key(m - 1) not in ("place", "lieu", "succession",
                                                            "instead"):
        return None
    return new, m


def apposition_after_appointee(sr: Any, t: int, span: int) -> int:
    """"K named X, the chief negotiator, acting minister in his place" (*t* at "place"):
    the length of the one ", <description>," right after a person within the window of
    *span* words before *t* (the appointment verb is looked for that much further back),
    else 0."""
    for m in sr.args:
        if m.etype != "Person" or not t - span - 12 <= m.lo < t or sr.key(m.hi) != ",":
            continue
        close = next((y for y in range(m.hi + 1, min(t, m.hi + 8)) if sr.key(y) == ","), None)
        if close is not None and t - span <= close:
            return close - m.hi + 1
    return 0
