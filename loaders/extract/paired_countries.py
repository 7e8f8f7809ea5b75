"""Lists of people each after their own country (session 17b).

"مع وزراء خارجية ألمانيا X وفرنسا Y وبريطانيا Z" / "with the foreign ministers of Germany, X,
France, Y, and Britain, Z": a plural title whose list pairs a country with each holder. In
such a list a country right before a person names that person's country, so the list goes on
past it (``ChainHelpers.chain``). Only when the list's first person also follows a country.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import title_start

_SEPS = frozenset({",", "،"})


def _country_before(sr: Any, m: Mention) -> bool:
    """Is a country named right before *m* ("ألمانيا X", "Germany, X")?"""
    s = title_start(m)
    return any(c.etype == "Country" and (c.hi == s or c.hi == s - 1 and sr.key(s - 1) in _SEPS)
               for c in sr.args if c.hi <= s)


def country_paired_next(sr: Any, first: Mention, cur: Mention, country: Mention) -> Mention | None:
    """The person after *country* when *country* continues a country-paired list that began
    with *first* and last reached *cur* ("... وفرنسا Y", "..., France, Y"); else None."""
    pc = next((c for c in sr.args if c.lo >= country.hi and c is not country), None)
    if pc is None or pc.etype != "Person":
        return None
    s = title_start(pc)
    if sr.toks[country.lo].ar:
        if not sr.toks[country.lo].key.startswith("و") or s != country.hi or \
                country.lo != cur.hi:
            return None
    elif not (s == country.hi + 1 and sr.key(country.hi) == "," and
              [sr.key(x) for x in range(cur.hi, country.lo)] in ([","], [",", "and"], ["and"])):
        return None
    return pc if _country_before(sr, first) else None


def title_country_holder(sr: Any, m: Mention | None) -> Mention | None:
    """*m*, or when *m* is the country inside a title ("مع وزراء خارجية ألمانيا X") the person
    named right after it (X)."""
    if m is None or m.etype != "Country":
        return m
    pc = next((c for c in sr.args if c.lo >= m.hi and c is not m), None)
    return pc if pc is not None and pc.etype == "Person" and title_start(pc) == m.hi else m
