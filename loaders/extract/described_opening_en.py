"""English: a definite description as a meeting verb's subject after an opening adverbial
(session 18, third round).

"During the mourning period the new emir received A, B and C": the description ("the new
emir") stands after a short prepositional opening, not at the sentence's start, where
``meetings_en.described_subject_en`` reads it. :func:`description_start_en` finds its "the"
(None when the sentence opens otherwise, a person is named first or a clause ends first).
"""

from __future__ import annotations

from typing import Any

_OPENERS = frozenset({"during", "after", "following", "on", "at", "in", "later", "earlier",
                      "since", "before", "upon"})
_REACH = 8  # words of the opening phrase


def description_start_en(sr: Any, person_nouns: frozenset[str], adjs: frozenset[str]) -> \
        int | None:
    """The "the" of "<opener ...> (,) the (new) <person noun>", else None."""
    lo = sr.lo
    if sr.key(lo) not in _OPENERS:
        return None
    for y in range(lo + 2, min(sr.hi - 2, lo + _REACH)):
        tk = sr.toks[y]
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person" and m.kind == "name":
            return None
        if tk.punct and not (tk.text == "," and sr.key(y + 1) == "the"):
            return None
        if tk.key == "the" and y - 1 > lo:
            x = y + 1
            while x < y + 3 and sr.key(x) in adjs:
                x += 1
            if sr.key(x) in person_nouns:
                return y
    return None
