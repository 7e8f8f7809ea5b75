"""ASSASSINATED_BY, Arabic (session 68, blind68g): the killing noun as the means, with the killer's
nationality right after it.

"استشهد X باغتيال إسرائيلي", "X، الذي ارتقى شهيداً باغتيال صهيوني غادر استهدف مقر القيادة",
"قضى X بعملية تصفية أميركية": «ب» + «اغتيال / تصفية» + a nationality adjective (or a country
named) is the means of the death and its nationality the agent, as «بغارة إسرائيلية» was. Read by
``killing_agents._agent_after`` (the agent) and by ``killing_rules`` (a verb of dying such as
«ارتقى / قضى» is then a death, not "spent" or "rose"). Not "اتهم X إسرائيل باغتيال Y" (the
victim, not a nationality, follows the noun).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_KILLING_NOUNS = L._ar("اغتيال", "تصفية")


def killing_nationality_ar(sr: Any, x: int) -> str | None:
    """The country of "باغتيال إسرائيلي / صهيوني" with the killing noun at *x* (its «ب» glued
    on), the nationality the next word; None otherwise."""
    if x + 1 >= sr.hi or not sr.toks[x].ar or not sr.key(x).startswith("ب") or \
            not sr.f(x) & _AR_KILLING_NOUNS:
        return None
    return sr.nat_agent(x + 1, x + 2)


def killing_nationality_after_ar(sr: Any, t: int, words: int = 4) -> bool:
    """Is such a killing noun among the *words* words after the verb of dying at *t*
    ("ارتقى شهيداً باغتيال صهيوني")?"""
    return any(killing_nationality_ar(sr, y) for y in range(t + 1, min(sr.hi, t + 1 + words)))
