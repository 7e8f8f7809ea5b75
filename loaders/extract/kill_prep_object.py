"""ASSASSINATED_BY: the object of a preposition is no subject of a coordinated killing verb.

"شنّت إسرائيل حرباً على لبنان واغتالت X" / "Israel waged war on Lebanon and killed X": the
country right before "and killed" is the object of "على / on", the target of the first verb;
the killer is that verb's subject (``kill_coordinated``), never the target. Asked by
``KillingRules.assassinated`` (Arabic ``killed_svo_ar``) and ``KillingRulesEn._killed_en``
(``killed_active_en``) before they take the mention before the verb as its agent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.rule_common import _AR_NOT_SUBJ

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

_AR_PREPS = frozenset(_AR_NOT_SUBJ | {"علي", "ضد", "الي"})
_EN_PREPS = frozenset({"on", "against", "in", "into", "at", "near", "across", "over", "upon",
                       "inside", "toward", "towards", "of", "from", "with"})
_EN_AND_ADV = frozenset({"then", "later", "also", "reportedly"})
# participles whose object is the enemy fought, not the one who kills after them ("Israeli
# soldiers fighting Hamas in Rafah killed X": not Hamas; session 63)
_EN_FIGHTING = frozenset({"fighting", "battling", "combating", "combatting", "pursuing",
                          "hunting", "chasing", "confronting", "engaging", "targeting"})


def prep_object_ar(sr: SentenceCore, b: Mention, t: int) -> bool:
    """Is *b*, right before the coordinated killing verb at *t* ("واغتالت"، "فقتلت"), the
    object of a preposition ("على لبنان واغتالت X"), so no subject of that verb?"""
    tok = sr.toks[t]
    if not tok.text.startswith(("و", "ف")) or b.hi != t:
        return False
    return sr.has_prep(b, _AR_PREPS)


def prep_object_en(sr: SentenceCore, m: Mention, t: int) -> bool:
    """Is *m* the object of a preposition right before "and (then) killed" at *t* ("Israel
    waged war on Lebanon and killed X")?"""
    a = t - 1
    if a > sr.lo and sr.key(a) in _EN_AND_ADV:
        a -= 1
    if sr.key(a) != "and" or m.hi != a:
        return False
    lo = m.tlo if m.tlo >= 0 else m.lo
    if lo - 1 > sr.lo and sr.key(lo - 1) == "the":
        lo -= 1  # "on the United States and killed"
    return lo - 1 >= sr.lo and sr.key(lo - 1) in _EN_PREPS


def participle_object_en(sr: SentenceCore, m: Mention, t: int) -> int:
    """The index of "fighting / battling / hunting" before *m*, the mention before the
    killing verb at *t*, when *m* is in that participle's phrase ("Israeli soldiers fighting
    Hamas (in Rafah) killed X", "troops battling Hezbollah in southern Lebanon killed X"),
    else -1. The participle's own subject is the agent."""
    for x in range(m.lo - 1, max(sr.lo, t - 10), -1):
        if sr.toks[x].punct:
            return -1
        if sr.key(x) in _EN_FIGHTING:
            return x if not any(sr.toks[y].punct for y in range(x, t)) else -1
    return -1
