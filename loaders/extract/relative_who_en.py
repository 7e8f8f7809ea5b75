"""English: a "who" separated from its verb by a perfect auxiliary or a time phrase.

"President Joseph Aoun, a former army commander who last month succeeded Michel Aoun", "Naim
Qassem, a cleric who had succeeded Hassan Nasrallah", "X, who in October replaced Y": the verb's
subject is the head of the "who" clause (Aoun, Qassem, X), as for "who succeeded", never the
subject of the main clause ("Ortagus met Aoun, a former army commander who last month
succeeded Michel Aoun": not Ortagus). :func:`who_across_time` is asked by
``SubjectFinder.subject_before`` (``subjects.py``) when no "who" stands right before the verb.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall import EN_ADV

_EN_PERFECT = frozenset({"had", "has", "have"})
# "last month", "in October", "in 2024", "earlier this year", "that summer"
_EN_TIME = L.EN_MONTHS | frozenset({"last", "in", "this", "that", "month", "year", "week",
                                    "spring", "summer", "autumn", "winter", "weeks", "months",
                                    "years", "ago"})
_MAX_BETWEEN = 4
# a token that may stand right before the verb in such a clause (a cheap first test)
BEFORE_VERB = _EN_PERFECT | EN_ADV | _EN_TIME


def who_across_time(sr: Any, w: int) -> int | None:
    """The index of a "who" before the token *w* (the token before the verb) when only
    perfect auxiliaries, adverbs and time words stand between them ("who had", "who last
    month", "who in October", "who in 2024 had"); None otherwise."""
    x = w
    for _ in range(_MAX_BETWEEN + 1):
        if x <= sr.lo:
            return None
        t = sr.toks[x]
        if t.punct or t.ar:
            return None
        k = t.key
        if k == "who":
            return x if x != w else None
        if not (k in _EN_PERFECT or k in EN_ADV or k in _EN_TIME or
                (len(k) == 4 and k.isdigit())):
            return None
        x -= 1
    return None
