"""ASSASSINATED_BY (English): the companion killed beside the passive subject, then the agent.

"X was killed (in January) alongside / beside / along with Y, <apposition>, in a US drone
strike": Y shares the killing, and the agent is read past Y's apposition ("deputy head of the
Popular Mobilisation Forces,"). ``companion_span`` gives the companion marker's first token
(after a short time phrase: "in January", "on Friday", "last week") and the token after which
the agent is searched (past a comma-closed apposition of Y with no clause in it).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_TIME_PREP = frozenset({"in", "on", "last", "early", "late"})
_TIME_WORDS = L.EN_MONTHS | L.EN_WEEKDAYS | frozenset({"week", "month", "year", "january's",
                                                      "weekend"})
_ONE = frozenset({"alongside", "beside", "with"})
_TWO = frozenset({"along", "together"})
# an apposition holding one of these is a clause, not a description of the companion
_CLAUSE = frozenset({"who", "whom", "which", "that", "and", "said", "says", "was", "were",
                     "is", "but", "while", "when", "after", "before", "survived", "escaped"})


def time_phrase_len(sr: Any, x: int) -> int:
    """Length of a short time phrase at *x* ("in January", "on Friday", "last week", "in
    2020", "in January 2020"), 0 if none."""
    if sr.key(x) not in _TIME_PREP:
        return 0
    n = 1
    if sr.key(x + n) == "the":
        n += 1
    k = sr.key(x + n)
    if k not in _TIME_WORDS and not (sr.toks[x + n].text.isdigit() if x + n < sr.hi else False):
        return 0
    n += 1
    if x + n < sr.hi and sr.toks[x + n].text.isdigit():
        n += 1  # "in January 2020"
    return n


def marker_at(sr: Any, t: int) -> tuple[int, int]:
    """(first token after the companion marker, the marker's length) after the killing verb
    at *t*, past a short time phrase; (0, 0) without a marker."""
    x = t + 1
    x += time_phrase_len(sr, x)
    k = sr.key(x)
    if k in _TWO and sr.key(x + 1) == "with":
        return x + 2, 3
    if k in _ONE:
        return x + 1, 2
    return 0, 0


def _acronym_end(sr: Any, y: int) -> int:
    """The token after a bracketed acronym opening at *y* ("(PMU)", "(IRGC)", "(Hashd
    al-Shaabi)": at most three words, no punctuation and no person inside), else -1."""
    if sr.toks[y].text != "(":
        return -1
    for z in range(y + 1, min(sr.hi, y + 5)):
        tz = sr.toks[z]
        if tz.text == ")":
            return z + 1 if z > y + 1 else -1
        if tz.punct and tz.text != "-":
            return -1
        o = sr.mention_at.get(z)
        if o is not None and o.etype == "Person":
            return -1
    return -1


def past_apposition(sr: Any, m: Any) -> int:
    """The token after the companion *m* where the agent is searched: past ", <description>,"
    when it holds no clause word and no other person (at most 14 tokens, a bracketed acronym
    not counted: "Y, the deputy head of Iraq's Popular Mobilization Units (PMU), in a US
    strike", session 67), else ``m.hi``."""
    x = m.hi
    if sr.key(x) != "," or x + 1 >= sr.hi:
        return x
    y, end = x + 1, min(sr.hi, x + 15)
    while y < end:
        ty = sr.toks[y]
        if ty.text == ",":
            return y + 1 if y > x + 1 else x
        if ty.text == "(" and (z := _acronym_end(sr, y)) > 0:
            end, y = min(sr.hi, end + z - y), z
            continue
        if ty.punct and ty.text not in ("-", "'", "’") or ty.key in _CLAUSE:
            return x
        o = sr.mention_at.get(y)
        if o is not None and o.etype == "Person":
            return x
        y += 1
    return x


def aside_companions(sr: Any, lo: int, aux: int) -> list:
    """"X, along with / together with / alongside Y (, <title>), was killed ...": the people
    of the aside between the victim's end *lo* and the comma before the auxiliary at *aux*
    (session 54); [] when the aside is anything else."""
    if sr.key(lo) != "," or sr.key(aux - 1) != ",":
        return []
    x = lo + 1
    if sr.key(x) in _TWO and sr.key(x + 1) == "with":
        x += 2
    elif sr.key(x) in ("alongside", "with"):
        x += 1
    else:
        return []
    first = sr.after(x, types=("Person",), maxgap=4)
    if first is None or first.hi > aux - 1 or any(sr.key(y) in _CLAUSE
                                                  for y in range(x, aux - 1)):
        return []
    return [m for m in sr.chain(first, ("Person",)) if m.hi < aux]
