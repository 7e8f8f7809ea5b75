"""SUCCESSOR_OF, English: the post and the predecessor of "X takes over <post> from Y".

Two shapes of timelines and wire copy that ended the search for "from": an abbreviation in
brackets after the post ("Gen. X takes over U.S. Africa Command (AFRICOM) from Gen. Y") and
the predecessor's country in the possessive ("X takes over the rotating ECOWAS chairmanship
from Guinea-Bissau's Y"): X -> Y. Not skipped: a bracket of more than three words or with a
person in it, a possessive that is not a place, a word between the place and the person
("from Togo's delegation (Y)").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_PLACE_TYPES = ("Country", "Location", "City", "Region")


def bracket_end(sr: Any, x: int) -> int | None:
    """The token after a short bracket opening at *x* ("(AFRICOM)"), else None."""
    if sr.toks[x].text != "(":
        return None
    for y in range(x + 1, min(sr.hi, x + 5)):
        if sr.toks[y].text == ")":
            return y + 1 if y + 1 < sr.hi else None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None
    return None


def from_place_person(sr: Any, x: int) -> Any:
    """The person after "from <Country>'s" at *x* (the first word after "from"), else None."""
    m = sr.mention_at.get(x)
    if m is None or m.etype not in _PLACE_TYPES or not m.poss:
        return None
    p = sr.after(m.hi, types=("Person",), maxgap=2)
    return p if p is not None and min(p.lo, title_start(p)) == m.hi else None
