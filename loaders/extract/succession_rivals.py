"""SUCCESSOR_OF: the rival beaten in a contest is not the successor.

"فاز X على المرشح المحافظ Y، ليخلف Z" / "وكان X قد تغلب على Y ليخلف Z" / "X defeated Y in the
runoff to succeed Z" / "X won the race against Y to succeed Z": the successor is the winner
X, not the person named last before the verb (Y). ``beaten_rival_winner`` is called by the
succession rules on the successor they picked; it looks back only from that mention, so it
costs nothing on sentences without a succession.

The incumbent beaten is the one succeeded: "X, who defeated incumbent Y in the runoff, was
sworn in", "parliament elected X as president, defeating incumbent Y" (X -> Y,
``defeated_incumbent_en``, run from ``succession_clauses.more_clauses`` on "incumbent").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start
from loaders.extract.succession_clause_words import SO

_AR_WON = L._ar("فاز", "وفاز", "تغلب", "وتغلب", "انتصر", "وانتصر", "تفوق", "وتفوق")
_AR_OVER = frozenset({"علي"})  # على (folded)
_EN_BEAT = frozenset({"defeated", "defeating", "defeats", "beat", "beating", "beats",
                      "against", "edged", "outpolled", "trounced"})
_LOOK_BACK = 12


def beaten_rival_winner(sr: Any, m: Any) -> Any:
    """The winner of the contest when *m* is the rival it names right before ("فاز X على
    Y" / "X defeated Y", "X won against Y"), else None."""
    lo = title_start(m)
    over = False
    for x in range(lo - 1, max(sr.lo, lo - _LOOK_BACK) - 1, -1):
        tk = sr.toks[x]
        if tk.punct:
            return None
        other = sr.mention_at.get(x)
        if other is not None and other.etype == "Person":
            if over and other.eid != m.eid and sr.f(title_start(other) - 1) & _AR_WON:
                return other  # "فاز X على Y": the subject after the verb
            return None  # someone else between: not m's contest
        if tk.ar:
            if tk.key in _AR_OVER:
                over = True
            elif over and sr.f(x) & _AR_WON:
                return _winner_ar(sr, x, m)
        elif tk.key in _EN_BEAT:
            w = sr.subject_before(x, maxgap=20)
            return w if w is not None and w.etype == "Person" and w.eid != m.eid else None
    return None


def _winner_ar(sr: Any, v: int, rival: Any) -> Any:
    """The subject of the Arabic contest verb at *v*: the person right after it (VSO), else
    the nearest person before it that no preposition governs ("وكان X قد فاز")."""
    w = sr.after(v + 1, types=("Person",), maxgap=1)
    if w is None or w.lo >= rival.lo:
        w = sr._free_person_before(v, maxgap=8)
    return w if w is not None and w.eid != rival.eid else None


EN_INCUMBENT = frozenset({"incumbent"})
# the words allowed between "incumbent" and the name: the post itself ("incumbent President
# Y"; not ``succession_post_after_death_en.EN_TOP_POSTS``, the offices one becomes)
_EN_INCUMBENT_POST = frozenset({"president", "prime", "minister", "premier", "governor",
                                "mayor", "leader", "chairman", "emir", "king"})


def defeated_incumbent_en(sr: Any) -> None:
    """"X ... defeating / defeated / beat (the) incumbent (President) Y": X succeeded Y (the
    winner, the nearest person before the verb; not when the sentence hedges or denies)."""
    for t in sr.triggers(frozenset(), EN_INCUMBENT):
        v = t - 1 if sr.key(t - 1) != "the" else t - 2
        if v <= sr.lo or sr.key(v) not in _EN_BEAT or sr.key(v) == "against":
            continue
        old = sr.after(t + 1, types=("Person",), maxgap=3)
        if old is None or any(sr.key(y) not in _EN_INCUMBENT_POST
                              for y in range(t + 1, old.lo)):
            continue  # (not "the incumbent coalition's candidate Y", "incumbent Vice President Y")
        new = sr.subject_before(v, maxgap=20)
        if new is None or new.etype != "Person":
            new = sr.before(v, types=("Person",), maxgap=12)
        if new is None or new.eid == old.eid or sr.blocked(v, new) or sr._irrealis(v):
            continue
        sr.add(SO, new.eid, old.eid, "defeated_incumbent_en")
