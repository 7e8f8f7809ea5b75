"""English: a list that goes on after a relative clause of meeting (session 18).

"The delegation included Foreign Minister X, who met his counterpart Y, and Finance Minister Z":
the ", and Z" after the relative clause "who met Y" continues the outer list (X and Z), not
the people X met. So for a place or time phrase before the ", and" ("Sharaa, who met Aoun in
Cairo, and Sudani, who met Abbas in Baghdad, both called ...": no Sharaa-Sudani;
:func:`in_relative_clause`, session 56). :func:`relative_clause_cut` cuts the object list of a meeting verb at a
second member joined by ", and" when the verb is in a ", who ..." clause opened right before
the first object (no comma between "who" and it). A list inside the clause ("who met Y, W and
Z", "who met Y and Z") is kept.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_WHO = frozenset({"who", "whom"})
_REACH = 8  # words from "who" to the first object


def relative_clause_cut(sr: Any, objs: list[Any]) -> list[Any]:
    """*objs* without the members from the second one on, when the first two are joined by
    ", and" and the meeting verb is in a ", who" clause right before the first (module doc)."""
    if len(objs) < 2:
        return objs
    a, b = objs[0], objs[1]
    start = title_start(b)
    keys = [sr.key(x) for x in range(a.hi, start)]
    if keys[:2] != [",", "and"]:
        return objs
    lo = title_start(a)
    for x in range(lo - 1, max(sr.lo, lo - _REACH) - 1, -1):
        k = sr.key(x)
        if k == "," or k == ".":
            return objs
        if k in _WHO:
            return objs[:1] if sr.key(x - 1) == "," else objs
    return objs


def in_relative_clause(sr: Any, x: int) -> bool:
    """Does a ", who" clause open before token *x* with no punctuation between ("..., who met
    Aoun in Cairo" at the comma after Cairo)? A ", and" after it goes on with the outer list."""
    for y in range(x - 1, max(sr.lo, x - _REACH - 4) - 1, -1):
        if sr.key(y) in _WHO:
            return y > sr.lo and sr.key(y - 1) == ","
        if sr.toks[y].punct and sr.toks[y].text not in ("'", "-"):
            return False
    return False
