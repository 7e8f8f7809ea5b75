"""ASSASSINATED_BY (Arabic, session 20): the subject of a passive killing verb named before it,
past an apposition closed by a comma.

"أعلن البيت الأبيض أن X، نجل المؤسس، قُتل في عملية أميركية" / "X، القيادي في الحركة، قد
قُتل بغارة إسرائيلية": X by the strike's side (the English "X, the son of the founder, was
killed in a US operation" is read by the passive rule of ``killings``). Not when the
apposition names another person ("X، نجل Y، قُتل": nobody), nor when the words before the
comma are no apposition of a person ("وفي بيروت، قُتل ...").
"""

from __future__ import annotations

from typing import Any

AB = "ASSASSINATED_BY"


def apposed_subject_killed_ar(sr: Any, t: int) -> bool:
    """Add the relations of the passive killing verb at *t* whose subject X stands before
    "X، <apposition>، (قد)": True when X was found (the caller reads no further)."""
    from loaders.extract.killings import _more_victims, apposition_head, companions
    c = t - 1 - (sr.key(t - 1) == "قد")
    if sr.toks[c].text not in ("،", ","):
        return False
    head = apposition_head(sr, c)
    if head is None:
        return False
    agent, _how = sr._agent_after(t + 1, limit=20)
    if agent and agent != head.eid and not sr.blocked(t):
        for v in _more_victims([head], companions(sr, t)):
            sr.add(AB, v.eid, agent, "killed_apposed_ar")
    return True
