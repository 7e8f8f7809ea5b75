"""Arabic passive receptions with their agent after "من قبل" (session 24, meetargs).

"استُقبل وزير الخارجية السوري A ووزير الدفاع B في أنقرة، الأربعاء، من قبل وزير الخارجية التركي C
ووزير الدفاع D": C and D received A and B. The verb reads as active ("استقبل A ..."), so the
base rules found no host (or paired A with B only). :func:`passive_agent_ar` pairs each one
received (a person between the verb and "من قبل / من طرف", no ب or ل on him) with each agent (the
person right after it and those joined to him by و), and the members of each side with each
other (they were received, and received, together). Not: a negated or planned reception, "قبل
أن" (a time clause), an agent of another verb ("استقبل X Y، الذي عُيّن من قبل Z").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_coord_subjects_ar import waw_members
from loaders.extract.rule_common import _EMPTY, title_start

AR_BY_AGENT = L._ar("قبل", "طرف")
register_triggers(AR_BY_AGENT, _EMPTY)
_AR_RECEIVED = L._ar("استقبل", "واستقبل", "استقبلت", "واستقبلت", "يستقبل", "ويستقبل",
                     "تستقبل", "وتستقبل", "استقبلا", "واستقبلا", "استقبلوا", "واستقبلوا")
_AR_RELATIVE = L._ar("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان")
_ENDS = (".", "؛", ";", "?", "؟", "!")


def _received(sr: Any, v: int, x: int) -> list[Any]:
    """The people received: named between the verb at *v* and "من" at *x*, no ب or ل."""
    return [m for m in sr.args if m.etype == "Person" and v < title_start(m) and m.hi <= x and
            not m.in_title and m.prefix.lstrip("و")[:1] not in ("ب", "ل")]


def passive_agent_ar(sr: Any) -> None:
    """A reception with "من قبل / من طرف" + its agents (module doc)."""
    for x in sr.triggers(AR_BY_AGENT, _EMPTY):
        if sr.key(x - 1) != "من" or x + 1 >= sr.hi:
            continue
        v = next((y for y in range(x - 1, max(sr.lo, x - 30) - 1, -1)
                  if sr.f(y) & _AR_RECEIVED or sr.toks[y].text in _ENDS), None)
        if v is None or not sr.f(v) & _AR_RECEIVED:
            continue
        first = sr.after(x + 1, types=("Person",), maxgap=3)
        if first is None or first.in_title or first.prefix.lstrip("و")[:1] in ("ب", "ل") or any(
                sr.toks[y].punct for y in range(x + 1, title_start(first))):
            continue
        if any(sr.key(y) in _AR_RELATIVE or sr.key(y) in L.AR_COMMON_VERBS
               for y in range(v + 1, x)):
            continue  # "..., الذي عُيّن من قبل Z": the agent of another verb
        hosts = waw_members(sr, first)
        guests = [g for g in _received(sr, v, x - 1) if g.eid not in {h.eid for h in hosts}]
        if not guests or sr.blocked(v, guests[0]):
            continue
        side = guests + hosts
        for i, a in enumerate(side):
            for b in side[i + 1:]:
                if a.eid != b.eid:
                    sr.add("MET_WITH", a.eid, b.eid, "passive_agent_ar")
