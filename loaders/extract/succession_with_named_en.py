"""SUCCESSOR_OF, English (session 49): "X had been removed from the post, with Y named to
succeed him": the absolute "with" clause names the successor, "him" the sentence's subject.

Read only for "with <person> named / appointed / chosen / picked / tapped / nominated to
succeed / replace him / her", and the subject the first person of the sentence that is no
possessor or part of a title. Run from ``succession_clauses.more_clauses`` on "succeed" /
"replace".

Likewise "X had held the post since 2020, when K picked him to succeed Y": X, not K
(``picked_him_to_succeed_en``, asked by ``succession_rules_en._succeeded_en``), and "X had
been named in November 2022 as successor to Y": X (``named_as_successor_en``, asked by the
noun rule). Session 61: "X ..., when K named him secretary, replacing Y" / "K appointed him to
replace Y": X, not K (``named_him_head_en``, asked by ``succession_rules_en``'s "succeeded"
and "appointed ... replacing" readings).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start
from loaders.extract.succession_clause_words import SO

EN_TO_SUCCEED = frozenset({"succeed", "replace"})
_EN_NAMED = frozenset({"named", "appointed", "chosen", "picked", "tapped", "nominated",
                       "designated", "elected"})


def with_named_to_succeed_en(sr: Any) -> None:
    """"..., with Y named to succeed him": Y succeeded the sentence's subject (module doc)."""
    for t in sr.triggers(frozenset(), EN_TO_SUCCEED):
        if sr.key(t - 1) != "to" or sr.key(t + 1) not in ("him", "her") or \
                sr.key(t - 2) not in _EN_NAMED:
            continue
        new = sr.mention_at.get(t - 3)
        if new is None or new.etype != "Person" or new.hi != t - 2 or \
                sr.key(title_start(new) - 1) != "with":
            continue
        old = next((m for m in sr.args if m.etype == "Person" and m.hi < title_start(new) and
                    not m.poss and not m.in_title), None)
        if old is None or old.eid == new.eid or sr.blocked(t, new) or sr._irrealis(t):
            continue
        sr.add(SO, new.eid, old.eid, "with_named_to_succeed_en")


_EN_PICKED = _EN_NAMED | frozenset({"chose", "asked", "selected"})


def picked_him_to_succeed_en(sr: Any, t: int, new: Any) -> Any:
    """"X had held the post since 2020, when K picked him to succeed Y": X, the person the
    sentence named before K (its first one, no possessor or part of a title), for the
    "succeed" at *t*; else *new* (the reading so far, K)."""
    if sr.key(t - 1) != "to" or sr.key(t - 2) not in ("him", "her") or \
            sr.key(t - 3) not in _EN_PICKED or new is None:
        return new
    head = next((m for m in sr.args if m.etype == "Person" and m.hi <= title_start(new) and
                 not m.poss and not m.in_title and m.eid != new.eid), None)
    return head if head is not None else new


_HIM_SPAN = 8  # words from "him" to the marker of the replacement


def named_him_head_en(sr: Any, t: int, new: Any) -> Any:
    """"X returned to the council in August, when K named / appointed him secretary(,)
    replacing / in place of / to replace Y" (session 61; *t*: the marker): the appointee is
    "him", the person the sentence named before K (its first one, no possessor or part of a
    title), not K, the reading so far (*new*); else *new*. Only when K stands right before
    the verb and no other person comes between "him" and the marker."""
    if new is None:
        return new
    v = None
    for x in range(t - 1, max(sr.lo, t - _HIM_SPAN) - 1, -1):
        if sr.toks[x].text in (".", ";", ":") or (
                x in sr.mention_at and sr.mention_at[x].etype == "Person"):
            return new
        if sr.key(x) in ("him", "her") and sr.key(x - 1) in _EN_PICKED:
            v = x - 1
            break
    if v is None or new.hi != v or title_start(new) <= sr.lo:
        return new
    head = next((m for m in sr.args if m.etype == "Person" and m.hi <= title_start(new) and
                 not m.poss and not m.in_title and m.eid != new.eid), None)
    return head if head is not None else new


_EN_BE_AUX = frozenset({"was", "were", "is", "been", "had", "has"})


def named_as_successor_en(sr: Any, t: int) -> Any:
    """"X had been named in November 2022 as successor to Y" (*t*: "successor"): X, the
    subject of the passive appointment verb within ten words before, when no person stands
    nearer (the noun rule looks six words back only); else None (session 49)."""
    v = next((x for x in range(t - 1, max(sr.lo, t - 10) - 1, -1)
              if sr.key(x) in _EN_NAMED), None)
    if v is None or sr.key(v - 1) not in _EN_BE_AUX or any(
            m.etype == "Person" and v < m.lo < t for m in sr.args):
        return None
    w = v - 1
    while w > sr.lo and sr.key(w) in _EN_BE_AUX:
        w -= 1
    m = sr.mention_at.get(w)
    return m if m is not None and m.etype == "Person" and m.hi == w + 1 else None
