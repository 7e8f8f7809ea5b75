"""ASSASSINATED_BY, Arabic: "الأخير" (the latter) as the victim of a killing noun (session 19).

"وكان X قد خلف Y في المنصب، بعد مقتل الأخير مع Z بغارة أميركية": the latter is the last
person named before the noun (Y), Z killed with him; the agent is the strike's, read as for a
named victim (``KillingAgents._agent_after``). English already reads "after the latter was
killed" (the passive rules take "the latter" as a reference mention).

Session 57: "الأخير" as the victim of a killing verb, after its named agent ("واغتالت إسرائيل
الأخير": ``latter_object_ar``) or right after the passive verb ("وقُتل الأخير في غارة":
``latter_passive_ar``); both give the reference mention the killing rules read as the victim.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.mentions import Mention
from loaders.extract.rule_common import _LATTER


def latter_killed_ar(sr: Any, t: int) -> bool:
    """The killing noun at *t* ("مقتل / اغتيال") followed by "الأخير": add its killing of the
    last person named (and of those killed with him); True when it was read."""
    if sr.key(t + 1) not in _LATTER:
        return False
    eid = sr._antecedent(t + 1, exclude=set())
    if eid is None:
        return False
    latter = _reference_at(sr, t + 1, eid)
    victims = sr._with_victims([latter])  # "مع قائد فيلق القدس Z": Z too
    agent, _how = sr._agent_after(victims[-1].hi, limit=6)
    if agent is None or agent in {v.eid for v in victims} or sr.blocked(t):
        return False
    for v in victims:
        sr.add("ASSASSINATED_BY", v.eid, agent, "latter_killed_ar")
    return True


def latter_object_ar(sr: Any, agent: Mention) -> Mention | None:
    """"واغتالت إسرائيل الأخير (في تموز)": "الأخير" right after the named agent of an active
    killing verb is its victim, the last person named before it other than the agent
    (session 57): a reference mention of that person, else None."""
    x = agent.hi
    if x >= sr.hi or sr.key(x) not in _LATTER:
        return None
    return _person_latter(sr, x, {agent.eid})


def latter_passive_ar(sr: Any, t: int) -> Mention | None:
    """"وقُتل الأخير (بعد ساعات) في غارة إسرائيلية": "الأخير" right after the passive killing
    verb at *t* is its victim, the last person named before it (session 57): a reference
    mention of that person, else None."""
    x = t + 1
    if x >= sr.hi or sr.key(x) not in _LATTER:
        return None
    return _person_latter(sr, x, set())


def _reference_at(sr: Any, x: int, eid: str) -> Mention:
    """A reference mention of the person *eid* at the token *x* ("الأخير")."""
    tok = sr.toks[x]
    return Mention(x, x + 1, tok.start, tok.end, eid, "Person", sr.si, kind="pron", tlo=x)


def _person_latter(sr: Any, x: int, exclude: set[str]) -> Mention | None:
    """"الأخير" at *x*: a reference mention of the last person named before it (not one of
    *exclude*), else None."""
    eid = sr._antecedent(x, exclude=exclude)
    if eid is None or sr.doc.etype(eid) != "Person":
        return None
    return _reference_at(sr, x, eid)
