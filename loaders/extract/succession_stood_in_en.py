"""SUCCESSOR_OF, English: an acting holder told by "stood in" / "stepped in" after the holder
left: "X had stood in for him since he resigned in April", "X stood in for Y after Y died",
"Y, who had stood in after Z resigned", "X stepped in as interim prime minister after Z's
resignation": X succeeded the one who left; without a leaving, "X stepped in for Y as acting
president" (an acting or interim post named after "as", session 25).

A leaving is needed in the clause ("since / after / following / when" with a death, resignation
or removal): "X stood in for President Y at a BRICS summit" (a representation) and "X will
stand in for Y" (a plan) give nothing. The one who left is the person the leaving names, else
(a pronoun: "since he resigned") the one after "for", else, for "for him", the nearest person
before the verb other than the subject. Called from ``succession_vocab_en.handover_idioms_en``
(its cue words are registered there)."""

from __future__ import annotations

from typing import Any

from loaders.extract.succession_entrusted_en import acting_post
from loaders.extract.succession_post_after_death_en import (
    _EN_GONE_ACTIVE,
    _EN_GONE_VERB,
    _gone_after,
)
from loaders.extract.succession_took_over_en import _taker_before

EN_STOOD = frozenset({"stood", "stepped"})
_EN_WHEN_LEFT = frozenset({"since", "after", "following", "when"})
_EN_HE = frozenset({"he", "she"})
_SO = "SUCCESSOR_OF"


def _pronoun_left(sr: Any, x: int) -> bool:
    """"since he resigned", "after she was ousted", "following his death / resignation"."""
    k = sr.key(x + 1)
    if k in _EN_HE:
        y = x + 2
        while y < min(sr.hi, x + 5) and sr.key(y) in ("was", "had", "been", "has"):
            y += 1
        return sr.key(y) in _EN_GONE_VERB or sr.key(y) in _EN_GONE_ACTIVE or \
            (sr.key(y), sr.key(y + 1)) == ("stepped", "down")
    return k in ("his", "her") and sr.key(x + 2) in ("death", "resignation", "ouster",
                                                      "removal", "killing", "assassination")


def stood_in_en(sr: Any) -> None:
    """The rule of the module docstring."""
    for t in sr.triggers(frozenset(), EN_STOOD):
        if sr.key(t + 1) != "in" or sr.blocked(t) or sr._irrealis(t):
            continue
        x, named = t + 2, None
        if sr.key(x) == "for":
            if sr.key(x + 1) in ("him", "her"):
                named, x = "pronoun", x + 2
            else:
                named = sr.after(x + 1, types=("Person",), maxgap=3)
                if named is None:
                    continue
                x = named.hi
        if named is not None and not isinstance(named, str) and acting_post(sr, x):
            new = _taker_before(sr, t)  # "X stepped in for Y as acting president" (session 25)
            if new is not None and new.eid != named.eid:
                sr.add(_SO, new.eid, named.eid, "stood_in_en")
            continue
        when = next((y for y in range(x, min(sr.hi, x + 10)) if sr.key(y) in _EN_WHEN_LEFT),
                    None)
        if when is None or any(sr.toks[y].text in (";", ".") for y in range(x, when)):
            continue
        new = _taker_before(sr, t)
        if new is None:
            continue
        old = _gone_after(sr, when)
        if old is None:
            if not _pronoun_left(sr, when):
                continue
            if named == "pronoun":
                old = next((m for m in reversed(sr.args) if m.etype == "Person" and
                            m.hi <= t and m.eid != new.eid and not m.poss), None)
            else:
                old = named
        if old is None or isinstance(old, str) or old.eid == new.eid:
            continue
        if any(r.type == _SO and r.source == new.eid for r in sr.out):
            continue
        sr.add(_SO, new.eid, old.eid, "stood_in_en")
