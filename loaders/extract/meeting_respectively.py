"""MET_WITH: "A1 and A2 met B1 and B2, respectively" / "والتقى A1 وA2 B1 وB2 على التوالي".

Each member of the first list met the member of the second list at the same place: A1-B1,
A2-B2. The pairs the meeting rules made across the two lists (A1-B2, A2-B1) and inside one
list (A1-A2: the same side) are dropped. Only when the two lists have the same length and
a rule read the sentence as a meeting of their members.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

_AR_RESP = L._ar("التوالي")  # "على التوالي"
_EN_RESP = frozenset({"respectively"})

register_triggers(_AR_RESP, _EN_RESP)
CUE_SETS = frozenset({_AR_RESP, _EN_RESP})  # (``SentenceRules.run`` calls it only then)


def list_ending(sr: Any, x: int) -> list:
    """The list of people ("X, Y and Z") whose last member ends right before token *x*
    (punctuation in between only), else []."""
    last = None
    for m in sr.args:
        if m.etype == "Person" and m.hi <= x and all(sr.toks[y].punct for y in range(m.hi, x)):
            last = m
    if last is None:
        return []
    for c in sr.args:
        if c.etype == "Person" and c.lo <= last.lo:
            ch = sr.chain(c, ("Person",))
            if ch[-1] is last:
                return ch
    return [last]


def respectively_pairs(sr: Any) -> None:
    """Pair the two lists member by member (module doc)."""
    for t in sr.triggers(_AR_RESP, _EN_RESP):
        end = t - 1 if sr.toks[t].ar and sr.key(t - 1) in ("علي", "على") else t
        objs = list_ending(sr, end)
        if len(objs) < 2:
            continue
        subs = list_ending(sr, title_start(objs[0]))
        if len(subs) != len(objs):
            # "A1 and A2, who met their counterparts, B1 and B2": the list before the clause
            start = title_start(objs[0])
            before = [m for m in sr.args if m.etype == "Person" and m.hi <= start]
            subs = list_ending(sr, before[-1].hi) if before else []
        side_a, side_b = {m.eid for m in subs}, {m.eid for m in objs}
        if len(subs) != len(objs) or side_a & side_b or not any(
                r.type == "MET_WITH" and {r.source, r.target} <= side_a | side_b
                for r in sr.out):
            continue
        every = side_a | side_b
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and r.source in every and r.target in every)]
        for a, b in zip(subs, objs, strict=True):
            sr.add("MET_WITH", a.eid, b.eid, "respectively_ar" if sr.toks[t].ar
                   else "respectively_en")
