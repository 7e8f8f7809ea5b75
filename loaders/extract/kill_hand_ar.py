"""ASSASSINATED_BY, Arabic: "the hand of Y reached X", an idiom for a killing by Y.

"طالت يد إسرائيل القيادي في حماس X في بيروت" / "امتدت يد الموساد إلى X" / "وصلت يد
الاحتلال إلى X": Y's hand reached X, i.e. Y killed X. The agent is the one named right after
«يد» (a country, body or person, or a nationality adjective); "يد الاغتيال / يد الغدر" (the
hand of assassination) names none, and no relation is made. The victim is the person right
after the verb phrase (after «إلى» for «امتدت / وصلت»), with the people listed with him; a
negation before the verb ("لم تطل يد ...") or a wish ("قد تطال"، "ستطال") makes nothing
(session 57).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.mention_base import AGENT_TYPES
from loaders.extract.rule_common import EMPTY

AB = "ASSASSINATED_BY"
_AR_HAND = L._ar("يد")
_AR_REACHED = L._ar("طالت", "طاولت", "وطالت", "وطاولت")  # the victim right after the agent
_AR_EXTENDED = L._ar("امتدت", "وصلت", "وامتدت", "ووصلت")  # the victim after «إلى»
_AR_NOT_DONE = L._ar("لم", "لن", "قد", "ستطال", "سوف", "لا", "ولم", "ولن")


@needs((_AR_HAND, EMPTY))
def hand_reached_ar(sr: Any) -> None:
    """Add X -> Y for "طالت يد Y X" / "امتدت يد Y إلى X" (module doc)."""
    for t in sr.triggers(_AR_HAND, EMPTY):
        v = t - 1
        if v < sr.lo or sr.toks[t].text != "يد":
            continue
        reached = bool(sr.f(v) & _AR_REACHED)
        if not reached and not sr.f(v) & _AR_EXTENDED:
            continue
        if v > sr.lo and sr.f(v - 1) & _AR_NOT_DONE:
            continue
        agent_m = sr.after(t + 1, maxgap=0)
        if agent_m is not None and agent_m.etype in AGENT_TYPES:
            agent, end = agent_m.eid, agent_m.hi
        else:
            agent, end = sr.nat_agent(t + 1, t + 2), t + 2  # "يد الإسرائيليين"
        if agent is None:
            continue  # "يد الاغتيال / الغدر": no agent named
        if not reached:
            if end >= sr.hi or not sr.f(end) & L.AR_TO:
                continue
            end += 1
        victim = sr.after(end, types=("Person",), maxgap=4)
        if victim is None or victim.eid == agent or sr.blocked(v):
            continue
        for m in sr.chain(victim, ("Person",)):
            if m.eid != agent:
                sr.add(AB, m.eid, agent, "hand_reached_ar")
