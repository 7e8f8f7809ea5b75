"""ASSASSINATED_BY: deaths told through their cause.

Reads "his predecessor's killing by Y" / "اغتيال سلفه على يد Y", "توفي X متأثراً بجراحه
بغارة Y" (died of wounds), "أسفرت الغارة الأمريكية عن مقتله" (the result killed him) and
"X was killed in clashes with Y" / "قُتل X في اشتباكات مع Y" (not when X and Y are on one
side).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_kill import strike_agent_back
from loaders.extract.dispatch import needs
from loaders.extract.kill_agents_ar import _AR_STRIKE_N
from loaders.extract.kill_cues import _AGENTS, AB
from loaders.extract.kill_said_it import ARMY_OF
from loaders.extract.rule_common import EMPTY, EN_PASSIVE_AUX, title_start
from loaders.extract.strike_claimed import claim_after_ar
from loaders.extract.strike_result_ar import strike_claimed_ar

_ARMY_OF = ARMY_OF  # (kill_said_it.py)


_AR_KILL_NOUN_P = L._ar("اغتيال", "مقتل", "استشهاد", "تصفيه", "تصفية")
_AR_HIS_PRED = L._ar("سلفه", "سلفها")
_EN_KILL_NOUN_P = frozenset({"killing", "assassination", "death"})


@needs((_AR_KILL_NOUN_P, _EN_KILL_NOUN_P))
def predecessor_killed(sr: Any) -> None:
    """"وتولى X القيادة بعد اغتيال سلفه بغارة أميركية" / "after the killing of his predecessor
    in a U.S. strike": the predecessor this sentence's succession names was killed by the agent
    named after it."""
    preds = list(dict.fromkeys(r.target for r in sr.out if r.type == "SUCCESSOR_OF"))
    if len(preds) != 1:
        return
    for t in sr.triggers(_AR_KILL_NOUN_P, _EN_KILL_NOUN_P):
        if sr.toks[t].ar:
            if not sr.f(t + 1) & _AR_HIS_PRED:
                continue
            after = t + 2
        elif sr.key(t + 1) == "of" and sr.key(t + 2) in ("his", "her") and \
                sr.key(t + 3) == "predecessor":
            after = t + 4
        elif sr.key(t - 1) == "whose" and sr.toks[t - 2].text == "," and \
                sr.key(t - 3) == "predecessor" and sr.key(t - 4) in ("his", "her"):
            after = t + 1  # "than his predecessor, whose killing in a US strike ..."
        else:
            continue
        agent, _how = sr._agent_after(after, limit=8)
        if agent and agent != preds[0] and not sr.blocked(t):
            sr.add(AB, preds[0], agent, "predecessor_killed")


_AR_DIED_NAT = L._ar("توفي", "توفيت", "مات", "ماتت", "فارق")
_AR_WOUNDS = L._ar("متاثرا", "متاثره", "متأثراً", "متأثرة", "متاثر")
_AR_RESULT_W = L._ar("ادى", "ادت", "اسفر", "اسفرت", "تسبب", "تسببت", "أدى", "أسفر")
_AR_KILL_HIM_N = L._ar("مقتله", "مقتلها", "مقتلهما", "مقتلهم", "اغتياله", "اغتيالهما",
                       "مصرعه", "مصرعهما", "مصرعهم", "استشهاده", "استشهادهما")
_AR_WHAT = frozenset({"ما", "مما"})


@needs((_AR_DIED_NAT, EMPTY))
def died_of_wounds_ar(sr: Any) -> None:
    """"توفي X متأثراً بجروح أصيب بها في غارة إسرائيلية": the strike's agent killed X."""
    for t in sr.triggers(_AR_DIED_NAT, EMPTY):
        w = next((x for x in range(t + 1, min(sr.hi, t + 8)) if sr.f(x) & _AR_WOUNDS), None)
        if w is None:
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=3)
        if victim is None or victim.lo > w:
            victim = sr.before(t, types=("Person",), maxgap=3)
        agent = None
        for x in range(w + 1, min(sr.hi, w + 12)):
            if sr.toks[x].punct:
                break
            if sr.f(x) & _AR_STRIKE_N or any(f.startswith(("غار", "ضرب", "قصف")) for f in sr.f(x)):
                m = sr.after(x + 1, types=_AGENTS, maxgap=1)
                agent = sr.nat_agent(x + 1, x + 3) or (m.eid if m is not None else None)
                break
        if victim is None or agent is None or sr.blocked(t):
            continue
        sr.add(AB, victim.eid, agent, "died_of_wounds_ar")


@needs((_AR_KILL_HIM_N, EMPTY))
def result_killed_him_ar(sr: Any) -> None:
    """"استهدفت غارة أمريكية موكب X، ما أدى إلى مقتله (مع Y)": the strike named before the
    result clause killed X (the last person named before it) and Y."""
    for t in sr.triggers(_AR_KILL_HIM_N, EMPTY):
        r = t - 1
        if sr.key(r) in ("الي", "عن", "في"):
            r -= 1
        if not sr.f(r) & _AR_RESULT_W:
            _fronted_result_ar(sr, t)  # "أدت غارة إسرائيلية استهدفت X إلى استشهاده"
            continue
        if sr.key(r - 1) not in _AR_WHAT and not (
                sr.toks[r].text.startswith("و") and strike_claimed_ar(sr, r)):
            continue  # ("قصفاً استهدف منزل X، وأدى إلى مقتله": the strike's clause goes on)
        agent = strike_agent_back(sr, r - 1) or claim_after_ar(sr, t + 1)  # "...، وأعلن Y
        if not agent:  # مسؤوليته عنه" (strike_claimed.py)
            continue
        ppl = [m for m in sr.args if m.etype == "Person" and m.hi <= r - 1 and r - 1 - m.hi <= 6]
        if not ppl:
            continue
        dual = any(f.endswith(("هما", "هم")) for f in sr.f(t))
        victims = ppl[-2:] if dual and len(ppl) >= 2 else ppl[-1:]
        if dual and len(ppl) == 1:
            first = _joined_before_ar(sr, ppl[0])  # "موكب A وB قرب مطار بغداد فجر الجمعة،
            if first is not None:  # ما أدى إلى مقتلهما": A too, named past the window
                victims = [first, ppl[0]]
        if sr.key(t + 1) == "مع":
            more = sr.after(t + 2, types=("Person",), maxgap=1)
            if more is not None:
                victims = victims + sr.chain(more, ("Person",))
        if sr.blocked(r - 1) or any(sr.f(x) & L.AR_NEG for x in range(sr.lo, r - 1)):
            continue  # (the relative "ما" itself is no negation; "لم تستهدف ... ما أدى" is)
        for v in victims:
            if v.eid != agent:
                sr.add(AB, v.eid, agent, "result_killed_him_ar")


def _joined_before_ar(sr: Any, v: Any) -> Any:
    """The person joined to *v* by و right before it, *v*'s title between ("موكب A وB", "A
    ونائب رئيس الحشد B"), else None."""
    b = title_start(v)
    for m in sr.args:
        if m.etype == "Person" and m.eid != v.eid and max(sr.lo, b - 5) <= m.hi <= b and \
                sr.toks[m.hi].text.startswith("و") and \
                not any(sr.toks[x].punct for x in range(m.hi, v.lo)):
            return m
    return None


_AR_TARGETED = L._ar("استهدفت", "استهدف")


def _fronted_result_ar(sr: Any, t: int) -> None:
    """"أدت / أسفرت غارة إسرائيلية (التي) استهدفت X إلى / عن استشهاده" (session 54): the result
    verb opens the clause, its subject the strike, whose relative clause names X."""
    r = next((y for y in range(t - 2, max(sr.lo, t - 16) - 1, -1) if sr.f(y) & _AR_RESULT_W),
             None)
    if r is None or not sr.f(r + 1) & _AR_STRIKE_N:
        return
    aim = next((y for y in range(r + 2, min(t, r + 6)) if sr.f(y) & _AR_TARGETED), None)
    if aim is None or any(sr.toks[y].punct for y in range(r, t)):
        return
    victim = sr.after(aim + 1, types=("Person",), maxgap=3)
    agent = sr.nat_agent(r + 1, aim)
    if victim is None or victim.hi > t or not agent or victim.eid == agent or \
            sr.blocked(r) or any(sr.f(x) & L.AR_NEG for x in range(sr.lo, t)):
        return
    sr.add(AB, victim.eid, agent, "result_killed_him_ar")


_EN_CLASH = frozenset({"clash", "clashes", "firefight", "gunfight", "gunbattle", "battle",
                       "confrontation", "shootout", "exchange", "fighting", "clashing"})
_EN_DIED = frozenset({"killed", "died", "martyred", "slain"})
# the words a death verb and the fight noun may have between them ("killed in a fierce
# clash", "died while fighting")
_EN_DEATH_TO_FIGHT = frozenset({"in", "a", "an", "the", "during", "heavy", "fierce", "armed",
                                "gun", "while", "when"})
_AR_CLASH = L._ar("اشتباك", "اشتباكات", "مواجهه", "مواجهات", "مواجهة", "معركه", "معركة",
                  "اشتباكا", "مشتبكا", "مشتبكين")
_AR_DIED = L._ar("قتل", "قُتل", "استشهد", "اغتيل", "قضى", "لقي", "سقط", "ارتقى", "ارتقت")
_AR_ROSE = L._ar("ارتقى", "ارتقت")  # "rose": a death only as «ارتقى (X) شهيداً»
_AR_MARTYR = L._ar("شهيدا", "شهيداً", "شهيدة", "شهيده")


@needs((_AR_CLASH, _EN_CLASH))
def killed_in_clash(sr: Any) -> None:
    """"X was killed in a clash / firefight with Israeli troops" / "قُتل X في اشتباك مع قوات
    الاحتلال": the named side of the fight is the agent. Also "X was martyred / died (while)
    fighting / clashing with Y" and "ارتقى X شهيداً (مقبلاً غير مدبر،) مشتبكاً مع Y" (session 63:
    the participle of the fight and the Palestinian "ارتقى")."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_CLASH, _EN_CLASH):
        if ar:
            if not (sr.key(t + 1) == "مع" or sr.key(t + 2) == "مع"):
                continue
            w = t + 1 if sr.key(t + 1) == "مع" else t + 2
            verb = next((y for y in range(t - 1, max(sr.lo, t - 10) - 1, -1)
                         if sr.f(y) & _AR_DIED), None)
            if verb is None or sr.f(verb) & _AR_ROSE and not any(
                    sr.f(y) & _AR_MARTYR for y in range(verb + 1, min(t, verb + 6))):
                continue
            victim = sr.after(verb + 1, types=("Person",), maxgap=3)
            if victim is None or victim.lo > t:
                # "X، الذي ...، قُتل في اشتباك مع Y": the relative clause's head
                victim = sr._ar_relative_subject(verb) or \
                    sr.before(verb, types=("Person",), maxgap=4)
        else:
            # "fighting Israeli troops" names the side right after the participle
            w = t if sr.key(t) == "fighting" else t + 1
            if w == t + 1 and sr.key(w) != "with":
                continue
            verb = next((y for y in range(t - 1, max(sr.lo, t - 5) - 1, -1)
                         if sr.key(y) in _EN_DIED), None)
            if verb is None or not all(sr.key(y) in _EN_DEATH_TO_FIGHT
                                       for y in range(verb + 1, t)):
                continue
            aux = verb - 1
            victim = sr.subject_before(aux if sr.key(aux) in EN_PASSIVE_AUX else verb,
                                       maxgap=20)
        agent_m = sr.after(w + 1, types=_AGENTS, maxgap=1)
        nat = sr.nat_agent(w + 1, w + 3) if agent_m is None else None
        agent = agent_m.eid if agent_m is not None else nat and _ARMY_OF.get(nat, nat)
        # ("a firefight with Israeli soldiers", "اشتباك مع قوة إسرائيلية": the army)
        if victim is None or agent is None or victim.etype != "Person" or \
                agent == victim.eid or sr.blocked(verb, victim):
            continue
        sr.add(AB, victim.eid, agent, "killed_in_clash")
