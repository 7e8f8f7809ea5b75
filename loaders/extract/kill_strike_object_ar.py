"""ASSASSINATED_BY, Arabic: the killing verb right after a strike noun whose agent is told before
it, with a time phrase or a long name between the agent's verb and the strike.

«وكان التنظيم قد تبنى في مارس (آذار) 2023 تفجيراً قتل حاكم ولاية بلخ X», «تبنى تنظيم داعش
خراسان يوم الأربعاء الهجوم الذي قتل X», «نفذت القوات الأمريكية في مارس الماضي غارة قتلت X»:
the strike (a noun right before the verb, or before «الذي / التي») is the subject of «قتل»,
and its agent is the subject of the verb that launched or claimed it
(``core_recall_kill.strike_agent_back``, whose reach skips the time phrase:
``strike_verb_reach``). Called from ``KillingRules`` when no agent stands within three words
before the verb (the plain «تبنى Y الهجوم الذي قتل X» is read there already).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_kill import AR_STRIKE_NOUNS, strike_agent_back

_AR_WHICH = L._ar("الذي", "التي")
_AR_STRIKE_OBJECT = L.AR_STRIKE | AR_STRIKE_NOUNS  # (the accusatives "تفجيراً", "هجوماً" too)


def strike_object_agent_ar(sr: Any, t: int) -> str | None:
    """The agent of the strike noun right before the killing verb at *t* (past «الذي /
    التي»), when the text names who launched or claimed it; else None."""
    k = t - 1
    if k > sr.lo and sr.f(k) & _AR_WHICH:
        k -= 1
    if k < sr.lo or not sr.f(k) & _AR_STRIKE_OBJECT:
        return None
    return strike_agent_back(sr, k + 1)
