"""MET_WITH, English: a sentence opening with the passive participle of a meeting verb and
its agent, the guest named after the comma that closes it.

"Received at the Grand Serail by the caretaker Prime Minister, Najib Mikati, the Iranian
minister then went to Ain el-Tine", "Received at Ain al-Tineh on Wednesday by Parliament
Speaker Nabih Berri, U.S. envoy Morgan Ortagus pressed for ...": the main clause's subject
met the agent (session 54). Not a meeting planned ("To be received by Y, X ..." opens with
"To") nor a guest the clause does not name.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.core_recall import passive_by
from loaders.extract.meeting_passive_agent import apposed_agent_en, titled_agent_en
from loaders.extract.rule_common import title_start

_EN_FRONTED = frozenset({"received", "welcomed", "hosted", "greeted"})
_SUBJECT_REACH = 6  # tokens from the closing comma to the guest's name (past his title)


def _past_dateline(sr: Any) -> int:
    """The first token after a dateline's spaced dash among the sentence's first six tokens
    ("BEIRUT — ", "AMMAN (Petra) - "; not the hyphen of "al-Tineh"), else the start."""
    toks = sr.toks
    for x in range(sr.lo + 1, min(sr.hi - 1, sr.lo + 6)):
        if toks[x].text in ("—", "–", "-") and toks[x].start > toks[x - 1].end:
            return x + 1
    return sr.lo


def fronted_passive_en(sr: Any) -> None:
    """See the module docstring (*sr*: an English sentence opening with such a participle)."""
    lo = _past_dateline(sr)  # ("BEIRUT — Received by Y, X ...")
    if sr.key(lo) not in _EN_FRONTED or not sr.toks[lo].cap:
        return
    by = passive_by(sr, lo, span=12)
    if by is None:
        return
    agent = sr.after(by + 1, types=("Person",), maxgap=1)
    if agent is None or agent.poss:
        agent = apposed_agent_en(sr, by) or titled_agent_en(sr, by)
    if agent is None or agent.etype != "Person":
        return
    comma = agent.hi
    if comma >= sr.hi or sr.toks[comma].text != ",":
        return
    guest = sr.after(comma + 1, types=("Person",), maxgap=_SUBJECT_REACH)
    if guest is None or guest.eid == agent.eid or guest.poss or not all(
            sr.toks[y].cap or sr.key(y) == "the" for y in range(comma + 1, title_start(guest))
            if not sr.toks[y].punct or sr.toks[y].text == "."):
        return  # ("the talks brought together X": X is no subject; a comma: a list)
    if guest.hi >= sr.hi or sr.toks[guest.hi].punct and sr.toks[guest.hi].text != ",":
        return
    if sr.blocked(lo, guest):
        return
    sr.add("MET_WITH", guest.eid, agent.eid, "fronted_passive_en")
