"""English: "the head of Egypt's Supreme Court" is no description of Egypt's leader (session 71).

A title whose "of"-complement is a country in the possessive followed by another word names the
head of what the country owns ("the chief of Egypt's General Staff", "the head of Egypt's Supreme
Constitutional Court, Adli Mansour", "the director of Jordan's General Intelligence"), not the
head of the country: the description was read as the country's president, who then "met" or
"succeeded" in that man's place. ``title_description._position_or_named_next`` asks
:func:`country_possessed_en` before resolving such a description.
"""

from __future__ import annotations

from typing import Any

# "the leader of Iran's Islamic Revolution": the country's own supreme office
_OWN_OFFICE = frozenset({"revolution", "islamic"})


def country_possessed_en(toks: list[Any], covered: dict[int, Any], k: int, end: int, hi: int,
                         role_org: str | None) -> bool:
    """Does the English title phrase k..end, read as the head of the country *role_org*, hold
    that country in the possessive ("Egypt's") right followed by a word of what it owns (not a
    comma, not the end of the sentence)? Not when a body the phrase names is its role ("the
    commander of Iran's Quds Force": the force's commander, read as such)."""
    if role_org is None or not role_org.startswith("country:"):
        return False
    for x in range(k + 1, min(end, hi - 1)):
        tk = toks[x]
        if not tk.poss:
            continue
        m = covered.get(x)
        nxt = toks[x + 1]
        return m is not None and m.eid == role_org and not nxt.punct and not nxt.ar and \
            nxt.key not in _OWN_OFFICE
    return False
