"""Lists of people each after their own country (session 17b).

"مع وزراء خارجية ألمانيا X وفرنسا Y وبريطانيا Z" / "with the foreign ministers of Germany, X,
France, Y, and Britain, Z": a plural title whose list pairs a country with each holder. In
such a list a country right before a person names that person's country, so the list goes on
past it (``ChainHelpers.chain``). Only when the list's first person also follows a country.
Session 70: the Arabic list goes on past "، و<country>" too ("وزراء خارجية مالي A، والنيجر B،
وتشاد C"), and the first person's country may be a bare name no mention reads (the
ambiguous "مالي" right before the person of Mali: ``_own_state_word_before``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import title_start

_SEPS = frozenset({",", "،"})


def _own_state_word_before(sr: Any, m: Mention, s: int) -> bool:
    """Is the word before *s* (no mention) a name of *m*'s own country ("مالي X" for a man
    of Mali)?"""
    if s - 1 < sr.lo or s - 1 in sr.mention_at:
        return False
    cid = sr.doc.country_of(m.eid)
    e = sr.doc.gaz.entries.get(cid) if cid else None
    return e is not None and sr.toks[s - 1].text in e.all_names()


def _country_before(sr: Any, m: Mention) -> bool:
    """Is a country named right before *m* ("ألمانيا X", "Germany, X")?"""
    s = title_start(m)
    return any(c.etype == "Country" and (c.hi == s or c.hi == s - 1 and sr.key(s - 1) in _SEPS)
               for c in sr.args if c.hi <= s) or _own_state_word_before(sr, m, s)


def country_paired_next(sr: Any, first: Mention, cur: Mention, country: Mention) -> Mention | None:
    """The person after *country* when *country* continues a country-paired list that began
    with *first* and last reached *cur* ("... وفرنسا Y", "..., France, Y"); else None."""
    pc = next((c for c in sr.args if c.lo >= country.hi and c is not country), None)
    if pc is None or pc.etype != "Person":
        return None
    s = title_start(pc)
    if sr.toks[country.lo].ar:
        if not sr.toks[country.lo].key.startswith("و") or s != country.hi or not (
                country.lo == cur.hi or country.lo == cur.hi + 1 and sr.key(cur.hi) in _SEPS):
            return None  # ("A وفرنسا B", "A، وفرنسا B")
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
