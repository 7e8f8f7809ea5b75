"""The one who ordered "the strike that killed Y", told as an active verb before it.

"Trump ordered the strike that killed Y" names Trump right before the verb (read by
``killed_active_en``); "Trump withdrew from the deal in 2018 and, less than two years later,
ordered the strike that killed Y" and "Trump ordered the American drone strike that killed
Y" (the strike's adjective takes the agent's place there) give Trump too: the subject of
"ordered" (right before it, or the first conjunct's subject before "and") is an agent of
the killing, beside the strike's own nationality. A pronoun or a description subject
("he ordered", "the president ordered") names nobody here, and "ordered by X" is the
passive read by ``orders.py``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import EMPTY, title_start

EN_ORDERED_ACTIVE = frozenset({"ordered", "authorized", "authorised", "approved"})
_STRIKES = frozenset({"strike", "airstrike", "attack", "raid", "operation", "bombing"})
_KILLED = frozenset({"killed", "assassinated"})
_BETWEEN = L.en_keys("the", "a", "an", "u.s.", "us", "american", "drone", "air", "deadly",
                     "missile", "precision", "january", "jan.", "2020", "fatal", "u.s.-led")
_ASIDE = frozenset({"had", "has", "then", "personally", "later", "also", "eventually",
                    "subsequently", "himself", "herself"})
_PREPS = frozenset({"of", "with", "by", "to", "from", "for", "about", "against", "and"})
_STOP = frozenset({";", ":", "said", "says", "told", "that", "who", "which", "while"})
_OPENERS = frozenset({"since", "after", "when", "before", "as", "because", "until", "once"})


def _strike_that_killed(sr: Any, x: int) -> int | None:
    """The killing verb of "ordered (the American drone) strike that killed" at *x*."""
    y = x + 1
    while y < min(sr.hi, x + 7) and sr.key(y) in _BETWEEN and y not in sr.mention_at or (
            y < sr.hi and y in sr.mention_at and sr.mention_at[y].etype == "Country" and
            sr.key(y) in _BETWEEN):
        y += 1
    if sr.key(y) not in _STRIKES or sr.key(y + 1) not in ("that", "which"):
        return None
    t = y + 2
    return t if sr.key(t) in _KILLED else None


def _subject(sr: Any, x: int) -> Any:
    """The person who ordered at *x*: right before it, or the subject of the first conjunct
    of "X <verb> ... and (, <adjunct>,) ordered"."""
    y = x - 1
    while y > sr.lo and sr.key(y) in _ASIDE:
        y -= 1
    m = sr.mention_at.get(y)
    if m is not None and m.hi == y + 1 and m.etype == "Person" and not m.poss:
        return m
    and_at = next((z for z in range(x - 1, max(sr.lo, x - 12) - 1, -1)
                   if sr.key(z) == "and"), None)
    if and_at is None or any(z in sr.mention_at for z in range(and_at + 1, x)):
        return None
    found = None  # the leftmost person of the first conjunct's clause
    for z in range(and_at - 1, max(sr.lo, and_at - 25) - 1, -1):
        kz = sr.key(z)
        if kz in _STOP or kz in _OPENERS or (kz in (",", "—") and found is not None):
            break
        m = sr.mention_at.get(z)
        if m is not None and m.etype == "Person" and m.lo == z:
            found = m
    if found is None or found.poss or found.kind != "name" or \
            sr.key(title_start(found) - 1) in _PREPS:
        return None
    return found


def ordered_strike_en(sr: Any) -> None:
    """Add the orderer of "X ordered the strike that killed Y" (see the module doc)."""
    for x in sr.triggers(EMPTY, EN_ORDERED_ACTIVE):
        if sr.key(x + 1) == "by" or sr.key(x - 1) in ("was", "were", "been", "be"):
            continue
        t = _strike_that_killed(sr, x)
        if t is None:
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=6)
        subj = _subject(sr, x) if victim is not None else None
        if subj is None or sr.blocked(x, subj) or sr.blocked(t):
            continue
        for v in sr.chain(victim, ("Person",)):
            if v.eid != subj.eid:
                sr.add("ASSASSINATED_BY", v.eid, subj.eid, "ordered_strike_en")
