""""سفيري فرنسا A وبريطانيا B" / "the ambassadors of France and Britain, A and B": the envoys
are named, so the host met them, not the countries (session 52).

A country takes part in a meeting through its unnamed envoys ("التقى ممثلي روسيا والصين",
"met envoys of Britain, France ..."; ``country_envoys``); when the sentence names the envoys
right after the country (or after the list of countries, a comma between), the people are the
partners and the country is only part of their title.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_JOIN = frozenset({"و", "and", ",", "،", "the"})
_SPAN = 8  # tokens from the country to the first envoy named


def envoys_named(sr: Any, country: Any) -> bool:
    """Is a person named right after the country mention *country* (past more countries
    joined by "و" / "and" / a comma)?"""
    x = country.hi
    for m in sr.args:
        if m.lo < x:
            continue
        start = title_start(m)
        if start - country.hi > _SPAN:
            return False
        if any(sr.key(y) not in _JOIN and not (sr.toks[y].ar and sr.key(y) == "و")
               for y in range(x, start)):
            return False
        if m.etype == "Person":
            return True
        if m.etype != "Country":
            return False
        x = m.hi
    return False
