"""ASSASSINATED_BY in Arabic: "neutralised" told with its agent first, «حيّدت القوات
الإسرائيلية القيادي في حماس X» / «وحيّد الجيش التركي القيادي في الحزب X» -> X killed by the
forces.

The verb "حيّد" is the armies' euphemism for a killing ("neutralised"), but also means "kept
neutral, kept out of" («حيّدت مصر نفسها عن الصراع», «حيّدت الخلافات مع X»). So only a body or
a country right after the verb as its subject, and a person (or his title) right after that
as its object, are read. "أن قواته حيّدت X" (the speaker's forces) is ``kill_groups_forces``'s,
"أعلن الجيش تحييد X" ``kill_claims``'s.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_aka_object_ar import aka_described_object_ar
from loaders.extract.kill_cues import AB
from loaders.extract.rule_common import EMPTY, title_start

_AR_NEUTRALISED_VSO = L._ar("حيدت", "وحيدت", "حيد", "وحيد")


@needs((_AR_NEUTRALISED_VSO, EMPTY))
def neutralised_vso_ar(sr: Any) -> None:
    """«حيّدت القوات الإسرائيلية القيادي في حماس X»: the body right after the verb
    neutralised (killed) the person titled right after it."""
    for t in sr.triggers(_AR_NEUTRALISED_VSO, EMPTY):
        if sr.toks[t].key not in _AR_NEUTRALISED_VSO:
            continue  # (the verb itself, with or without و; not a longer word folded to it)
        agent = sr.after(t + 1, types=("Organization", "Country"), maxgap=0)
        if agent is None or agent.prefix or agent.lo != t + 1:
            continue
        victim = sr.after(agent.hi, types=("Person",), maxgap=6)
        if victim is None or title_start(victim) != agent.hi:  # «حيّدت القوات زعيم
            victim = aka_described_object_ar(sr, agent.hi)  # التنظيم، المكنى X» (s70)
        if victim is None or victim.prefix or sr.blocked(t):
            continue
        for v in sr.chain(victim, ("Person",)):
            if v.eid != agent.eid:
                sr.add(AB, v.eid, agent.eid, "neutralised_vso_ar")
