"""SUCCESSOR_OF, English: the predecessor given only as the taker's kin ("took over from his
father", "took over the leadership after his brother's death") (session 39).

"Walid Jumblatt led the party for decades. ... Taymour took over from his father as party
chief": no name follows the kin noun, so the base read nothing. The relative is the person
named before in the article who shares the taker's family name (the last part of both ids:
taymour-jumblatt / walid-jumblatt, mohammed-sinwar / yahya-sinwar); nobody when no such
person was named, or when several different ones were (unsure). Called from
``succession_rules_en._appointed_en`` for "took over from / after his <kin> ('s death)" and,
with the kin opening the sentence in apposition to the taker, "His brother, X, took over
(the leadership)" (``apposed_kin_en``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_EN_KIN = frozenset({"father", "brother", "uncle", "cousin", "mother", "sister", "husband",
                     "wife", "grandfather", "son", "half-brother"})
_EN_DEATH = frozenset({"death", "killing", "assassination", "ouster", "resignation",
                       "departure", "retirement"})


def _family(eid: str) -> str | None:
    last = eid.rsplit(":", 1)[-1].rsplit("-", 1)[-1]
    return last if len(last) >= 3 else None


def kin_predecessor_en(sr: Any, x: int, new: Any, after: bool) -> str | None:
    """"his / her <kin>" at *x*: the one person named before it in the article who shares
    the family name of the taker *new*; with *after* the kin noun must be followed by a
    loss noun ("his brother's death"). None otherwise."""
    if new is None or sr.key(x) not in ("his", "her") or sr.key(x + 1) not in _EN_KIN:
        return None
    if after and not any(sr.key(y) in _EN_DEATH for y in range(x + 2, min(sr.hi, x + 4))):
        return None
    fam = _family(new.eid)
    if fam is None:
        return None
    kin = {m.eid for m in sr.doc.ments if m.lo < x and m.etype == "Person" and
           m.eid != new.eid and _family(m.eid) == fam}
    return next(iter(kin)) if len(kin) == 1 else None


def apposed_kin_en(sr: Any, taker: Any) -> str | None:
    """"His / Her <kin>, X, took over": the kin of X named before (see ``kin_predecessor_en``)
    when "his <kin>," opens the sentence right before the taker X; else None."""
    if taker is None:
        return None
    x = title_start(taker) - 3
    if x != sr.lo or sr.toks[x + 2].text != ",":
        return None
    return kin_predecessor_en(sr, x, taker, False)
