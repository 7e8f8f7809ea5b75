"""ASSASSINATED_BY, English: a strike told with a light verb before ", killing X".

"CENTCOM forces conducted a strike in northwest Syria on Friday, killing X", "Israel carried out
an airstrike in Beirut, killing X", "The Israeli army launched a drone strike on a car near Tyre,
killing X": the strike is the object of "carried out / conducted / launched / staged / mounted",
not a verb of striking, so ``wire_kill_rules.strike_agent_before`` found no verb and the killing
had no agent. ``light_strike_before`` finds the strike noun in the clause before the participle
(as far back as ``strike_far_en.far_strike_verb`` looks for a strike verb: one clause, no and /
which / said, no person between) and the light verb governing it
(``strike_light_verb_en.light_verb_start``, which ``strike_refs`` reads for "the strike" told
later); the agent is then read before that verb as before a strike verb. Not a strike "was
carried out" (a passive: its subject is no agent) nor one the subject only planned ("to
launch a strike": no light verb in the past)."""

from __future__ import annotations

from typing import Any

from loaders.extract.strike_far_en import far_strike_verb
from loaders.extract.strike_light_verb_en import light_verb_start

_EN_STRIKE_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                              "attack", "operation", "bombing", "ambush", "assault"})


def light_strike_before(sr: Any, t: int) -> int | None:
    """Where the light verb of the strike noun in the clause before the participle at *t*
    starts ("CENTCOM forces [conducted] a strike ..., killing X"), its auxiliaries included;
    None when that clause has no strike noun or no light verb governs it."""
    x = far_strike_verb(sr, t, 0, _EN_STRIKE_NOUNS)
    return None if x is None else light_verb_start(sr, x)
