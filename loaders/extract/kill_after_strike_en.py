"""ASSASSINATED_BY, English: the subject of a clause told "after the strike that killed X".

"Esmail Qaani took command of the Quds Force after the strike that killed Qasem Soleimani",
"Hezbollah vowed revenge after the strike that killed Fuad Shukr", "Mahamat Deby took over as
president after the attack that killed his father": the strike is named inside a time phrase
(after, since, following, before, until, in the wake of), so the main clause's subject did
something else; it is no agent of the killing (nor the body in its object). The strike's own
adjective still names the agent ("after the Israeli strike that killed X": Israel), and a strike
told with its agent as the subject of the killing is read as before ("Israel killed X after").
Asked by ``KillingRulesEn._killed_en`` (``killed_active_en``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

_EN_TIME_PREPS = frozenset({"after", "since", "following", "before", "until", "wake"})
_EN_STRIKE_HEADS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "attack",
                              "attacks", "raid", "bombing", "operation", "ambush", "blast"})


def time_phrase_strike_en(sr: SentenceCore, agent: Mention, t: int) -> int:
    """Index of the time preposition of "after (the / a month after the) strike that killed" at
    the killing verb *t*, when it stands between *agent* and the strike noun right before
    "that / which"; -1 otherwise."""
    if sr.key(t - 1) not in ("that", "which") or sr.key(t - 2) not in _EN_STRIKE_HEADS:
        return -1
    for x in range(t - 3, max(agent.hi, t - 9) - 1, -1):
        if sr.key(x) in _EN_TIME_PREPS:
            return x
        if sr.toks[x].punct:
            return -1
    return -1
