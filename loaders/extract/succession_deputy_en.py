"""SUCCESSOR_OF, English: a deputy named to take over ("named Y's deputy, X, to take over").

"K named Y's deputy, X, to take over as acting premier", "K names Y's first deputy, X, as the
group's new leader", "The movement confirmed that Y was dead and named his long-time deputy,
X, as its new leader": X -> Y. The deputy noun and a marker of taking the post ("to take
over", "as (the / its ...) new / acting / interim <post>") must both be there; "his deputy" only when the sentence reports a death or removal before the verb (the
one gone). Not read: "K named Y's deputy, X, as envoy to the UN" (no new post of Y's),
"K named his deputy, X, as the new prime minister" (nobody gone), "K named Y's deputy, X,
to head a new unit / as head of a new unit".
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY
from loaders.extract.succession_words import _SO

_EN_DEPUTY = frozenset({"deputy"})
CUES = frozenset({_EN_DEPUTY})
_EN_NAMING = frozenset({"named", "names", "appointed", "appoints", "chose", "chooses", "picked",
                        "picks", "tapped", "taps", "promoted", "promotes", "installed",
                        "selected", "selects", "elected", "elects"})
_EN_DEP_ADJ = frozenset({"long-time", "longtime", "first", "top", "senior", "veteran", "chief",
                         "former", "-", "long", "time", "military", "political"})
_EN_NEW_POST = frozenset({"new", "acting", "interim", "caretaker"})
_EN_GONE = frozenset({"dead", "died", "killed", "assassinated", "resigned", "removed",
                      "ousted", "fired", "dismissed", "sacked", "retired", "quit", "death",
                      "killing", "assassination", "resignation", "ouster"})
_EN_GONE_NOUNS = frozenset({"death", "killing", "assassination", "resignation", "ouster"})


# "to run the government in an acting capacity / on an interim basis / temporarily", "to act
# as prime minister", "to serve as acting premier" (session 60)
_EN_RUN = frozenset({"run", "lead", "head", "steer", "manage"})
_EN_TEMPORARY = frozenset({"acting", "interim", "temporarily", "caretaker"})


def _runs_for_now(sr: Any, x: int) -> bool:
    """"to run / lead / head <it> in an acting capacity / on an interim basis / temporarily"
    at *x* (the "to"): the marker within eight words, no punctuation between."""
    for y in range(x + 2, min(sr.hi, x + 10)):
        if sr.toks[y].punct:
            return False
        if sr.key(y) in _EN_TEMPORARY:
            return True
    return False


def _takes_post(sr: Any, x: int) -> bool:
    """A marker of taking the post at *x*: "to take over", "as (the / its / the group's) new /
    acting / interim ...", "to run ... in an acting capacity", "to act / serve as ..." (not "to
    head a new unit", "as head of a new unit")."""
    if sr.key(x) == "to":
        if sr.key(x + 1) in _EN_RUN:
            return _runs_for_now(sr, x)
        if sr.key(x + 1) in ("act", "serve") and sr.key(x + 2) == "as":
            return sr.key(x + 1) == "act" or _takes_post(sr, x + 2)
        return sr.key(x + 1) == "take" and sr.key(x + 2) == "over"
    if sr.key(x) != "as":
        return False
    for y in range(x + 1, min(sr.hi, x + 6)):
        if sr.key(y) in _EN_NEW_POST:
            return True
        if sr.key(y) in ("a", "an", "of", "to", "for") or sr.toks[y].text in (",", "."):
            return False  # ("as head of a new unit": another post)
    return False


def _gone_before(sr: Any, v: int) -> Any:
    """The person the sentence reports dead, killed or removed before the verb at *v*: "Y was
    dead / was killed / resigned" (the person right before), "the death / killing of Y", "Y's
    death"; None when there is none."""
    for z in range(v - 1, sr.lo - 1, -1):
        k = sr.key(z)
        if k not in _EN_GONE:
            continue
        if k in _EN_GONE_NOUNS:
            m = sr.after(z + 1, types=("Person",), maxgap=2) if sr.key(z + 1) == "of" else \
                sr.before(z, types=("Person",), maxgap=0)
        else:
            m = sr.before(z, types=("Person",), maxgap=3)
        if m is not None:
            return m
    return None


def deputy_named_en(sr: Any) -> None:
    """"K named Y's / his deputy, X, to take over / as the new leader": X -> Y."""
    for t in sr.triggers(EMPTY, _EN_DEPUTY):
        if sr.toks[t + 1].text != "," if t + 1 < sr.hi else True:
            continue
        new = sr.after(t + 2, types=("Person",), maxgap=3)
        if new is None or new.hi >= sr.hi or sr.toks[new.hi].text != "," or \
                not _takes_post(sr, new.hi + 1):
            continue
        y = t - 1
        while y > sr.lo and sr.key(y) in _EN_DEP_ADJ:
            y -= 1
        poss = sr.mention_at.get(y) if sr.key(y) not in ("his", "her") else None
        if sr.key(y) in ("his", "her"):
            v = y - 1
        elif poss is not None and poss.poss and poss.etype == "Person":
            v = poss.lo - 1
        else:
            continue
        if sr.key(v) not in _EN_NAMING or sr.key(v - 1) in ("to", "will", "would", "may"):
            continue
        if poss is not None:
            old = poss.eid
        else:
            old = _gone_before(sr, v)
            if old is None or old.eid == new.eid:
                continue
            old = old.eid
        if not old or old == new.eid or sr.blocked(v, new) or sr._irrealis(v):
            continue
        sr.add(_SO, new.eid, old, "deputy_named_en")


register_triggers(EMPTY, _EN_DEPUTY)
