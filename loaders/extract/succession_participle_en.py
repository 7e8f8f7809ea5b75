"""SUCCESSOR_OF, English: whose is a trailing ", replacing / succeeding Y" (session 39).

"Qatar's emir, Sheikh T, held talks with him ..., a day after S was named president for the
transitional period, replacing Assad": the participle belongs to the nearest clause that
gives someone a post, S's passive appointment, not to the sentence's subject T. Likewise
"sworn in along with 15 ministers, among them G as Interior Minister, succeeding Y": G,
the one given the post right before the comma, not the sentence's subject.

Read only when the participle follows a comma and, between it and the nearest person
before, nothing but the post stands: either "S was / were / is / are / been named |
appointed | elected | sworn in | chosen | designated | installed | confirmed | picked ... ,"
or "G as <title> ,". Otherwise the base
reading (the subject before) stands. Called from ``succession_rules_en._succeeded_en``.
"""

from __future__ import annotations

from typing import Any

_EN_PASSIVE_APPOINT = frozenset({"named", "appointed", "elected", "sworn", "chosen",
                                 "designated", "installed", "confirmed", "picked"})
_EN_BE = frozenset({"was", "were", "is", "are", "been"})
_REACH = 16  # words between the appointment and the participle


def participle_holder_en(sr: Any, t: int) -> Any:
    """The person given a post in the clause right before ", <participle> Y" at *t*, when
    that clause is a passive appointment or an "X as <title>" phrase; else None."""
    if t - 1 <= sr.lo or sr.toks[t - 1].text != "," or not sr.key(t).endswith("ing"):
        return None
    for x in range(t - 2, max(sr.lo, t - _REACH) - 1, -1):
        k = sr.key(x)
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person":
            if sr.key(m.hi) == "as" and m.hi < t - 1:
                return m  # "among them G as Interior Minister, succeeding Y"
            return None  # someone else is named nearer: the base reading
        if k in _EN_PASSIVE_APPOINT and sr.key(x - 1) in _EN_BE:
            s = sr.before(x - 1, types=("Person",), maxgap=0)
            return s if s is not None and s.hi == x - 1 else None
        if sr.toks[x].text in (";", ":", "(", ")"):
            return None
    return None
