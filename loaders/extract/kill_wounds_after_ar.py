"""Arabic (session 62): a death told with "of wounds (he suffered) in <strike>" after the victim's
name and its apposition or relative clause: «أعلنت الجماعة مقتل رئيس هيئة الأركان ... محمد
الغماري، متأثراً بجروح أصيب بها في غارات إسرائيلية على صنعاء»، «زفّت القوات ... X، الذي ارتقى
شهيداً متأثراً بجراحه التي أصيب بها جراء العدوان الصهيوني».

``kill_death_causes.died_of_wounds_ar`` reads the idiom right after "توفي X", and
``kill_wounds_ar`` a strike right after the martyr's idiom. Here the victim is the nearest person
before "متأثراً", a death word (مقتل، استشهاد، ارتقى، استشهد، توفي، قضى، مات) right before his
title or name or in his relative clause (not "مقتل ثلاثة ...، فيما يرقد X في المستشفى متأثراً
بجروح"); the agent is the strike's (its nationality adjective, or the agent named right after
it), the strike named within ten words after the wounds, in the same clause.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_cues import _AGENTS, AB
from loaders.extract.rule_common import EMPTY, title_start

_AFFECTED = L._ar("متأثرا", "متأثراً", "متاثرا", "متأثرة", "متأثرين", "متاثره")
_WOUNDS = ("بجرو", "بجرا", "باصاب")  # (folded keys: "بجروح"، "بجراحه"، "بإصابته")
_DEATH = L._ar("مقتل", "استشهاد", "ارتقى", "ارتقت", "استشهد", "استشهدت", "توفي", "توفيت",
               "قضى", "مات", "ماتت")
_CLAUSE_END = frozenset({".", ";", "؛", "!", "?", "؟"})
_NEAR = 8  # words between the victim's name and "متأثراً" ("، الذي ارتقى شهيداً")
_TITLE = 12  # words of the title between the death noun and the name
_REACH = 10  # words after the wounds within which the strike is named


def _victim(sr: Any, t: int) -> Any:
    """The person named last before *t*, at most ``_NEAR`` words before it, whose death is
    told right before his title or name or between him and *t*."""
    ppl = [m for m in sr.args if m.etype == "Person" and m.hi <= t]
    if not ppl or t - ppl[-1].hi > _NEAR:
        return None
    m = ppl[-1]
    if any(sr.f(x) & _DEATH for x in range(m.hi, t)):
        return m  # "X، الذي ارتقى شهيداً متأثراً"
    for x in range(min(m.lo, title_start(m)) - 1, max(sr.lo, m.lo - _TITLE) - 1, -1):
        if sr.toks[x].punct or x in sr.mention_at and sr.mention_at[x].etype == "Person":
            return None
        if sr.f(x) & _DEATH:  # "مقتل رئيس هيئة الأركان العامة في قواتها اللواء X"
            return m
    return None


def _strike_agent(sr: Any, k: int) -> str | None:
    """The agent of the strike named from token *k* on (module doc)."""
    for x in range(k, min(sr.hi, k + _REACH)):
        if sr.toks[x].text in _CLAUSE_END:
            return None
        if sr.f(x) & L.AR_STRIKE:
            m = sr.after(x + 1, types=_AGENTS, maxgap=1)
            return sr.nat_agent(x + 1, x + 3) or (m.eid if m is not None else None)
    return None


@needs((_AFFECTED, EMPTY))
def wounds_after_victim_ar(sr: Any) -> None:
    """Add the killing of the person named before "متأثراً بجروح ... <strike>" (module doc)."""
    for t in sr.triggers(_AFFECTED, EMPTY):
        if not sr.key(t + 1).startswith(_WOUNDS):
            continue
        victim = _victim(sr, t)
        agent = _strike_agent(sr, t + 2) if victim is not None else None
        if agent is None or agent == victim.eid or sr.blocked(t):
            continue
        sr.add(AB, victim.eid, agent, "wounds_after_victim_ar")
