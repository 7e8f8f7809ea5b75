"""ASSASSINATED_BY: more victims of the strike just told, and a victim after the verb.

Reads "Also killed was Z" and "وقُتل معه Z" (by the agents of the sentence before),
"قضى/استشهد X بضربة إسرائيلية" (the victim after the verb), ", killing him" and "X was among
those killed in an Israeli strike". No agent named, no relation.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_wire_rules import strike_agent_before
from loaders.extract.dispatch import needs
from loaders.extract.kill_cues import _EN_KILLED, AB
from loaders.extract.kill_martyr_ar import _AR_IN, past_companions_ar  # "في / جراء / إثر غارة"
from loaders.extract.kill_not_among import negated_among
from loaders.extract.kill_victim_lists import next_listed_victim, next_person
from loaders.extract.rule_common import EMPTY, title_start

_EN_KILLING = frozenset({"killing"})


# ---- the same strike as before -----------------------------------------------------------
def _last_agents(sr: Any, back: int = 2) -> list[str]:
    prev = [(s_, a) for s_, a in sr.doc.kill_agents if sr.si - back <= s_ < sr.si]
    if not prev:
        return []
    last = max(s_ for s_, _a in prev)
    return list(dict.fromkeys(a for s_, a in prev if s_ == last))


def also_killed_en(sr: Any) -> None:
    """"Also killed was/were Z (and W)": killed in the strike of the sentence before, by its
    agents."""
    x = sr.lo
    while x < sr.hi and sr.toks[x].punct:
        x += 1
    if not (sr.key(x) == "also" and sr.key(x + 1) in ("killed", "slain") and
            sr.key(x + 2) in ("was", "were")):
        return
    victim = sr.after(x + 3, types=("Person",), maxgap=3)
    if victim is None or sr.blocked(x + 1):
        return
    for a in _last_agents(sr):
        for v in sr.chain(victim, ("Person",)):
            if v.eid != a:
                sr.add(AB, v.eid, a, "also_killed_en")


_AR_KILLED_PASS = L._ar("قتل", "قتلا", "قتلوا", "استشهد", "استشهدا", "استشهدوا", "اغتيل",
                        "اغتيلا", "اغتيلوا", "سقط")
_AR_WITH_HIM = L._ar("معه", "معهما", "معهم", "برفقته", "برفقتهما", "الى جانبه")


@needs((_AR_KILLED_PASS, EMPTY))
def killed_with_him_ar(sr: Any) -> None:
    """"وقُتل معه/معهما X وY": killed with the victim of the killing just reported, by its
    agents (this sentence's, else the sentence before)."""
    for t in sr.triggers(_AR_KILLED_PASS, EMPTY):
        if not sr.f(t + 1) & _AR_WITH_HIM:
            continue
        victim = next_person(sr, t + 2, 8)
        if victim is None or any(sr.toks[y].punct for y in range(t + 2, victim.lo)):
            continue
        agents = list(dict.fromkeys(a for s_, a in sr.doc.kill_agents if s_ == sr.si)) or \
            _last_agents(sr)
        if not agents or sr.blocked(t):
            continue
        victims = sr.chain(victim, ("Person",))
        for a in agents:
            for v in victims:
                if v.eid != a:
                    sr.add(AB, v.eid, a, "killed_with_him_ar")


# ---- died in a strike, victim after the verb ---------------------------------------------
_AR_DIED_VSO = L._ar("قضى", "قضيا", "قضوا", "استشهد", "استشهدا", "استشهدوا", "قتل", "اغتيل",
                     # "وارتقى القيادي في سرايا القدس X جراء غارة إسرائيلية" (session 50)
                     "ارتقى", "ارتقيا", "ارتقوا")


@needs((_AR_DIED_VSO, EMPTY))
def died_vso_ar(sr: Any) -> None:
    """"قضى/استشهد القيادي في X فلان بضربة إسرائيلية": the victim right after the verb
    (with a title), the agent in the strike phrase that follows the name."""
    for t in sr.triggers(_AR_DIED_VSO, EMPTY):
        if sr.key(t - 1) in ("الذي", "التي", "الذين"):
            continue
        victim = next_person(sr, t + 1, 1)
        if victim is None:
            continue
        victims = [victim]
        cur = victim
        for _ in range(5):
            nxt = next_listed_victim(sr, cur) or next(
                (m for m in sr.chain(cur, ("Person",))[1:2]), None)
            if nxt is None:
                break
            victims.append(nxt)
            cur = nxt
        s = past_companions_ar(sr, cur.hi)  # ("ارتقى X مع رفاقه في غارة ...")
        if not (sr.f(s) & L.AR_STRIKE or sr.f(s) & _AR_IN and sr.f(s + 1) &
                L.AR_STRIKE):
            continue
        agent, _how = sr._agent_after(s, limit=14)
        if agent and not sr.blocked(t):
            for v in victims:
                sr.add(AB, v.eid, agent, "died_vso_ar")


# ---- ", killing him" ---------------------------------------------------------------------
_EN_HIM = frozenset({"him", "them", "both"})


@needs((EMPTY, _EN_KILLING))
def killing_him_en(sr: Any) -> None:
    """"<agent> struck the building where X was staying, killing him (them)": the pronoun
    is the person named in the sentence before the participle."""
    for t in sr.triggers(EMPTY, _EN_KILLING):
        if sr.toks[t - 1].text != "," or sr.key(t + 1) not in _EN_HIM:
            continue
        v, agent = strike_agent_before(sr, t, reach=25)
        people = [m for m in sr.args if m.etype == "Person" and v < m.lo < t]
        if not people and agent and sr.key(v + 1) in ("by", "from"):
            # passive: "X's car was hit by missiles fired from a U.S. drone, killing him"
            people = [m for m in sr.args if m.etype == "Person" and m.hi <= v and v - m.hi <= 12]
        if not agent or not people or sr.blocked(v):
            continue
        victims = people[-2:] if sr.key(t + 1) in ("them", "both") else people[-1:]
        for p in victims:
            if p.eid != agent:
                sr.add(AB, p.eid, agent, "killing_him_en")


# ---- "among those killed", "its forces killed", nominal with a subject -------------------
_EN_WERE_INCLUDED = frozenset({"was", "were", "included", "include", "includes"})


def _fronted_among(sr: Any, t: int, y: int) -> None:
    """"Among those killed (in the strike) were A and B" / "Those killed (in the attack)
    included A and B" (*t* "killed", *y* "those" / "the" opening the sentence, after "Among"
    or alone): A and B are victims, the agent read after "killed" as for a passive killing
    (session 52)."""
    among = sr.key(y - 1) == "among" if y > sr.lo else False
    verbs = ("was", "were") if among else ("included", "include", "includes", "were")
    w = next((x for x in range(t + 1, min(sr.hi, t + 14)) if sr.key(x) in verbs), None)
    if w is None or any(sr.toks[x].punct and sr.toks[x].text != "," for x in range(t, w)):
        return
    victim = sr.after(w + 1, types=("Person",), maxgap=3)
    if victim is None or any(sr.toks[x].punct for x in range(w + 1, title_start(victim))) or \
            sr.blocked(t, victim) or negated_among(sr, t):
        return
    victims = sr.people_chain(victim)
    for a in sr._agents_after(t + 1, limit=w - t):
        for v in victims:
            if v.eid != a:
                sr.add(AB, v.eid, a, "among_killed_en")
@needs((EMPTY, _EN_KILLED))
def among_killed_en(sr: Any) -> None:
    """"X was among those (people) killed in an Israeli strike": X is a victim; the agent
    is named after the verb as for any passive killing."""
    for t in sr.triggers(EMPTY, _EN_KILLED):
        y = t - 1
        if sr.key(y) in ("people", "dead", "officials", "commanders", "men"):
            y -= 1
        if sr.key(y) in ("those", "the") and (y - 1 == sr.lo and sr.key(y - 1) == "among" or
                                              y == sr.lo):
            _fronted_among(sr, t, y)  # "Among those killed in the strike were A and B"
            continue
        if sr.key(y) not in ("those", "the") or sr.key(y - 1) != "among":
            continue
        if sr.key(y - 2) not in ("was", "were", "is", "are"):
            continue
        victim = sr.before(y - 2, types=("Person",), maxgap=3)
        if victim is None or sr.blocked(y - 2, victim) or negated_among(sr, t):
            continue
        for a in sr._agents_after(t + 1):
            for v in sr._victim_list_back(victim):
                if v.eid != a:
                    sr.add(AB, v.eid, a, "among_killed_en")
