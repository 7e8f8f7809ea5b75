"""SUCCESSOR_OF: "X announced his death, and Z was named his successor" (session 54).

"his" in "announced / confirmed his death" is not the announcer's: the man who died was named
before (or not at all). ``succession_rules_en`` (the "was named his successor" path) leaves
such an announcer out when it looks back for whom "his successor" stands; he is then the
dead man named earlier, or nobody. Not "announced his resignation" (his own). And "K mourned
(President) Y and named X as his successor": Y, the object of mourning, named no one. And
"..., and Z was named his successor, after (Chief of Staff) X was killed in a strike": X, told
after "his" (``victim_after_en``)."""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import killed_right_after, title_start

_EN_TOLD = frozenset({"announced", "confirmed", "reported", "mourned", "hailed", "praised",
                      "condemned"})
_EN_HIS = frozenset({"his", "her"})
_EN_DEATH = frozenset({"death", "killing", "assassination", "martyrdom", "demise", "passing"})


def death_announcers_en(sr: Any, k: int) -> set[str]:
    """The ids of the people who, in the sentence before token *k*, announced or confirmed
    "his death" (the verb at most two words after the person's name)."""
    out: set[str] = set()
    if _EN_DEATH.isdisjoint(sr.key_set()):
        return out
    for y in range(sr.lo + 1, k - 2):
        if sr.key(y) in _EN_TOLD and sr.key(y + 1) in _EN_HIS and sr.key(y + 2) in _EN_DEATH:
            p = sr.before(y, types=("Person",), maxgap=2)
            if p is not None:
                out.add(p.eid)
    return out


_EN_MOURNED = frozenset({"mourned", "eulogised", "eulogized", "buried", "honoured", "honored",
                         "remembered"})


def mourned_object_en(sr: Any, m: Any) -> bool:
    """Is the person *m* the object of a verb of mourning ("mourned (President) Y"), his title
    between?"""
    return sr.key(title_start(m) - 1) in _EN_MOURNED


_EN_AFTER = frozenset({"after", "following", "since"})


def victim_after_en(sr: Any, t: int, succ: str) -> str | None:
    """The person after "his successor" at *t* introduced by "after / following" (his title
    between) and followed by a passive killing ("after Chief of Staff X was killed"), not
    *succ*; else None."""
    for m in sr.args:
        if m.lo <= t or m.etype != "Person" or m.eid == succ:
            continue
        ts = title_start(m)
        if any(sr.key(y) in _EN_AFTER for y in range(max(t + 1, ts - 2), ts)) and \
                killed_right_after(sr.toks, m):
            return m.eid
        return None  # (the first person after "his successor" only)
    return None
