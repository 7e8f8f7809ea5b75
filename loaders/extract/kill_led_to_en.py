"""ASSASSINATED_BY, English: a strike that "led to the killing of" its victims.

"A U.S. drone strike led to the killing of X and commander Y", "an Israeli raid that resulted
in the killing of X", "the IRGC's strike caused the killing of X" (a death noun, "led to the
death of X", only in a sentence that has a killing cue word: ``killings.more_killings``):
the result phrase stands for "killed", so the strike's agent told before it (its nationality,
or the body that carried it out: ``core_recall_kill.strike_agent_back``) is the agent of each
person after "of". Nothing when the strike has no stated agent ("A strike led to the death of
X"), when the phrase is negated or hedged ("did not lead to", "may have led to"), or when the
result is not a killing ("led to the arrest of X").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.core_recall_kill import strike_agent_back
from loaders.extract.dispatch import needs
from loaders.extract.kill_cues import AB
from loaders.extract.rule_common import EMPTY

_EN_RESULT_NOUN = frozenset({"killing", "killings", "assassination", "death", "deaths"})
_EN_LED = frozenset({"led", "leading", "leads", "lead"})
_EN_RESULTED = frozenset({"resulted", "resulting", "results"})
_EN_CAUSED = frozenset({"caused", "causing", "causes"})


def _result_verb(sr: Any, t: int) -> int:
    """The verb of "led to the / resulted in the / caused the <noun at t>" (-1 if none)."""
    if sr.key(t - 1) != "the" or sr.key(t + 1) != "of":
        return -1
    if sr.key(t - 2) == "to" and sr.key(t - 3) in _EN_LED:
        return t - 3
    if sr.key(t - 2) == "in" and sr.key(t - 3) in _EN_RESULTED:
        return t - 3
    return t - 2 if sr.key(t - 2) in _EN_CAUSED else -1


@needs((EMPTY, _EN_RESULT_NOUN))
def led_to_killing_en(sr: Any) -> None:
    """"A U.S. strike led to the killing of X and commander Y": X and Y by the strike's agent
    (see the module doc)."""
    for t in sr.triggers(EMPTY, _EN_RESULT_NOUN):
        v = _result_verb(sr, t)
        if v < 0 or sr.blocked(v):
            continue
        victim = sr.after(t + 2, types=("Person",), maxgap=4)
        if victim is None or any(sr.toks[y].punct for y in range(t + 2, victim.lo)):
            continue
        agent = strike_agent_back(sr, v)
        if not agent:
            continue
        for m in sr.chain(victim, ("Person",)):
            if m.eid != agent:
                sr.add(AB, m.eid, agent, "led_to_killing_en")
