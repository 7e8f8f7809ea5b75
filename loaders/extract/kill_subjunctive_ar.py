"""ASSASSINATED_BY, Arabic: the passive imperfect after أن (session 19).

"قبل أن يُقتل X بغارة أميركية", "بعد أن يُغتال X على يد ...": the subjunctive passive tells a
killing as "قُتل X" does; the victim right after the verb (or "الأخير", the last person
named), the agent the means phrase after him (``KillingAgents._agent_after``). An active
reading with a named object ("قبل أن يقتل الجيش X") has no means phrase after a victim, so
gives nothing here.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.mentions import Mention
from loaders.extract.rule_common import _LATTER, EMPTY

AR_KILLED_SUBJUNCTIVE = L._ar("يقتل", "تقتل", "يغتال", "تغتال", "يقتلا", "يقتلوا", "يغتالا",
                              "يغتالوا")
_AR_AN = L._ar("أن", "ان")


@needs((AR_KILLED_SUBJUNCTIVE, EMPTY))
def subjunctive_killed_ar(sr: Any) -> None:
    """"قبل أن يُقتل X / الأخير بغارة أميركية": X killed by the strike's agent."""
    for t in sr.triggers(AR_KILLED_SUBJUNCTIVE, EMPTY):
        if sr.key(t - 1) not in _AR_AN:
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=1)
        if victim is None and sr.key(t + 1) in _LATTER:
            eid = sr._antecedent(t + 1, exclude=set())
            tok = sr.toks[t + 1]
            victim = Mention(t + 1, t + 2, tok.start, tok.end, eid, "Person", sr.si,
                             kind="pron", tlo=t + 1) if eid else None
        if victim is None:
            continue
        victims = sr._with_victims(sr.chain(victim, ("Person",)) if victim.kind != "pron"
                                   else [victim])
        agent, _how = sr._agent_after(victims[-1].hi, limit=8)
        if agent is None or agent in {v.eid for v in victims} or sr.blocked(t):
            continue
        for v in victims:
            sr.add("ASSASSINATED_BY", v.eid, agent, "subjunctive_killed_ar")
