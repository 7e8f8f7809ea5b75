"""ASSASSINATED_BY: a death in a strike with no agent, then in the same sentence the side
that says it carried it out.

"X died in a strike on an underground command post; Israel said it had targeted a meeting
there" / "X was killed in an air raid on Beirut, and the Israeli military said it had
struck him": X by the speaker. Not when the speaker denies it ("Israel denied it had
targeted him"), accuses another ("Iran said Israel had targeted him": the subject after
"said" is no "it"), or the killing already has an agent.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import needs

AB = "ASSASSINATED_BY"
_EMPTY: frozenset[str] = frozenset()
_EN_DID = frozenset({"targeted", "struck", "hit", "bombed", "attacked", "killed"})
_EN_SAID = frozenset({"said", "says", "confirmed", "announced", "acknowledged"})
_EN_IT = frozenset({"it", "they", "its"})
_EN_AUX = frozenset({"had", "has", "have"})
_EN_DIED = frozenset({"died", "killed"})
_EN_STRIKE = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "blast"})
_EN_STRIKE_MOD = frozenset({"a", "an", "the", "air", "drone", "missile", "israeli", "u.s.",
                            "american", "overnight", "targeted"})


def _speaker_did(sr: Any, s: int) -> bool:
    """"said it (had) targeted / struck" at the verb of saying *s*."""
    y = s + 1
    if sr.key(y) == "that":
        y += 1
    if sr.key(y) not in _EN_IT:
        return False
    y += 1
    if sr.key(y) == "forces":  # "said its forces had struck"
        y += 1
    if sr.key(y) in _EN_AUX:
        y += 1
    return sr.key(y) in _EN_DID


def _agentless_victim(sr: Any, s: int) -> Any:
    """The person who "died / was killed in a strike" before the verb of saying *s* in this
    sentence (None when there is none)."""
    for k in range(s - 1, sr.lo, -1):
        if sr.key(k) not in _EN_DIED:
            continue
        y = k + 1
        if sr.key(y) != "in":
            return None
        y += 1
        while sr.key(y) in _EN_STRIKE_MOD and y < s:
            y += 1
        if sr.key(y) not in _EN_STRIKE:
            return None
        aux = k - 1 if sr.key(k) == "killed" else k
        if aux != k and sr.key(aux) not in ("was", "were"):
            return None
        return sr.before(aux, types=("Person",), maxgap=1)
    return None


@needs((_EMPTY, _EN_DID))
def said_it_targeted_en(sr: Any) -> None:
    """See the module doc."""
    if _EN_SAID.isdisjoint(sr.key_set()):
        return  # (no verb of saying in the sentence: the scan below finds none)
    toks = sr.toks  # (s inside the sentence: toks[s].key is sr.key(s), without a call)
    for s in range(sr.lo + 1, sr.hi):
        if toks[s].key not in _EN_SAID or not _speaker_did(sr, s):
            continue
        agent = sr.before(s, types=("Country", "Organization"), maxgap=1)
        if agent is None or sr.negated(s):
            continue
        victim = _agentless_victim(sr, agent.lo)
        if victim is None or any(r.type == AB and r.source == victim.eid for r in sr.out):
            continue
        for v in sr.chain(victim, ("Person",)):
            sr.add(AB, v.eid, agent.eid, "said_it_targeted_en")
