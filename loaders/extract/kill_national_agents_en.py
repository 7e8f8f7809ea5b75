"""ASSASSINATED_BY, English (session 64): the national adjective of the killers' noun right
before the verb is the agent, not a country named earlier in another clause.

"It was his first visit to Turkey since Saudi agents killed journalist Jamal Khashoggi":
the active killing rule (``killing_rules_en``) took the nearest country mention before the verb
(Turkey, the object of "to") as the agent. When the two words before the verb are a
nationality adjective and a plural noun of killers ("agents", "operatives", "assassins",
"hitmen", "commandos", "spies", "officers") and a clause word ("since", "after", "when",
"before", "until", "as", "where", "while", "once", a comma, "that") stands between the earlier
mention and the adjective (or the base rule took no mention),
the adjective's country is the agent ("since Saudi agents killed X": Saudi Arabia; "after
Israeli operatives killed X in Dubai": Israel).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_KILLER_NOUNS = frozenset({"agents", "operatives", "assassins", "hitmen", "commandos", "spies",
                           "officers"})
_CLAUSE_WORDS = frozenset({"since", "after", "when", "before", "until", "as", "where", ",",
                           "that", "while", "once"})


def national_killers_before(sr: Any, t: int, agent_m: Any) -> int | None:
    """The token of the nationality adjective in "<nationality> agents killed" right before the
    verb at *t*, when *agent_m* (the mention the base rule took, or None) lies in an earlier
    clause (module doc); else None."""
    a = t - 2
    if a < sr.lo or sr.key(t - 1) not in _KILLER_NOUNS or sr.mention_at.get(a) is not None:
        return None
    if not any(fm in L.NATIONALITY for fm in sr.f(a)):
        return None
    if agent_m is None:
        return a
    if agent_m.hi > a or not any(sr.key(y) in _CLAUSE_WORDS for y in range(agent_m.hi, a)):
        return None
    return a
