"""ASSASSINATED_BY: whoever ordered the strike is an agent of its killing.

Reads the order phrase (``orders.py``) anywhere in the killing's sentence ("..., adding that
the strike had been carried out on the orders of President Z" -> the victims by Z too;
"The strike, ordered by X, killed Y"; "X was killed in a drone strike that Trump ordered"), in
the next sentence about the strike ("The strike was ordered by X") and a speaker who says he
ordered it ("Trump said he ordered the strike that killed X", "قال X إنه أمر بتنفيذ الغارة").
Not when the order is negated ("the strike had not been carried out on the orders of X").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_agents_ar import killed_in_it_after_ar
from loaders.extract.kill_claims_verdicts import _AR_CLAIM_SAY, _AR_IT_KILLED
from loaders.extract.kill_cues import _EN_KILLED, _EN_KILLED_ASSASSINATED, AB
from loaders.extract.orders import AR_ORDER, EN_ORDER_CUES, order_phrase_at
from loaders.extract.orders import EN_ORDERED as _EN_ORDERED
from loaders.extract.rule_common import EMPTY


# ---- orderers ----------------------------------------------------------------------------
def _orderer_at(sr: Any, x: int) -> tuple[Any, int] | None:
    """(agent mention, phrase start) when an order phrase's cue is *x* (orders.py)."""
    phrase = order_phrase_at(sr, x)
    if phrase is None or phrase.agent is None:
        return None
    return phrase.agent, phrase.cue


def _negated_clause(sr: Any, x: int) -> bool:
    """A negation between the start of *x*'s clause (a comma, 'that', أن) and *x*: "the
    strike had not been carried out on the orders of X"."""
    for y in range(x - 1, max(sr.lo, x - 12) - 1, -1):
        t = sr.toks[y]
        if t.text in (",", "،", ";", "؛") or t.key in ("that", "ان", "انه", "بان"):
            return False
        k = t.key[1:] if t.ar and t.key[:1] in "وف" else t.key
        if (L.AR_NEG if t.ar else L.EN_NEG) & {k} or t.text.lower().endswith("n't"):
            return True
    return False


_AR_ORDER_CUES = AR_ORDER
# committed / bound to (the directives of ...): no order of a killing
_AR_COMMITTED = L._ar("ملتزم", "ملتزمة", "ملتزمون", "ملتزمين", "التزام", "الالتزام", "التزامه",
                      "التزامها", "يلتزم", "تلتزم")
_EN_ORDER_CUES = EN_ORDER_CUES


def _orderers(sr: Any) -> list[tuple[Any, int]]:
    """(agent mention, cue position) of every order phrase of the sentence that is not
    negated or hypothetical. Cached per sentence: up to four rules of :func:`more_killings`
    ask, and nothing it reads (tokens, mentions, ``sr.dependent``) changes in between."""
    out = getattr(sr, "_kill_orderers", None)
    if out is not None:
        return out
    out = []
    for x in sr.triggers(_AR_ORDER_CUES, _EN_ORDER_CUES):
        got = _orderer_at(sr, x)
        if got is not None and sr.f(got[1] - 1) & _AR_COMMITTED:
            continue  # "ملتزم بتوجيهات القائد العام": bound by his directives (session 51)
        if got is not None and not sr.blocked(got[1]) and not _negated_clause(sr, got[1]):
            m = got[0]
            if m.kind == "desc":  # "الرئيس الأميركي آنذاك دونالد ترامب": the name after
                # the title, not whom the title alone would point to
                name = next((n for n in sr.args if n.kind == "name" and n.etype == m.etype
                             and m.hi <= n.lo <= m.hi + 1), None)
                m = name or m
            out.append((m, got[1]))
    sr._kill_orderers = out
    return out


@needs((_AR_ORDER_CUES, _EN_ORDER_CUES))  # (it relates only an orderer: _orderers)
def far_orderers(sr: Any, new: list) -> None:
    """Whoever ordered the strike, named anywhere in the killing's sentence, is an agent
    too: "A U.S. strike killed X and Y ..., adding that the strike had been carried out on
    the orders of President Z" -> X, Y by Z as well."""
    victims = list(dict.fromkeys(r.source for r in new if r.type == AB))
    if not victims:
        return
    agents = {r.target for r in new if r.type == AB}
    for m, _x in _orderers(sr):
        if m.eid in victims or m.eid in agents:
            continue
        for v in victims:
            sr.add(AB, v, m.eid, "ordered_far")


@needs((_AR_ORDER_CUES, _EN_ORDER_CUES))
def passive_orderer_en(sr: Any) -> None:
    """"X was killed by/in a drone strike that Trump ordered / ordered by Trump": a passive
    killing whose only stated agent is the strike's orderer (no relation was drawn)."""
    if any(r.type == AB and r.sent == sr.si for r in sr.out):
        return
    ords = _orderers(sr)
    if not ords:
        return
    for t in sr.triggers(EMPTY, _EN_KILLED_ASSASSINATED):
        if sr.key(t - 1) not in ("was", "were", "been") or sr.key(t + 1) not in ("by", "in"):
            continue
        victim = sr.before(t, types=("Person",), maxgap=4)
        if victim is None or sr.blocked(t, victim):
            continue
        for m, x in ords:
            if t < x <= t + 10 and not any(sr.toks[y].text in (";", ".") for y in range(t, x)) \
                    and m.eid != victim.eid:
                for v in sr._victim_list_back(victim):
                    sr.add(AB, v.eid, m.eid, "passive_orderer_en")


_EN_THE_STRIKE = frozenset({"strike", "airstrike", "attack", "raid", "operation", "bombing",
                            "assassination", "killing"})
_AR_THE_STRIKE = L._ar("الغارة", "الضربة", "العملية", "الهجوم", "الاغتيال", "عملية")


_EN_KILL_OWN = frozenset({"killed", "killing", "assassinated", "slew", "died"})
_AR_KILL_OWN = L._ar("قتل", "قتلت", "قتلا", "اغتال", "اغتالت", "اغتيل", "استشهد", "مقتل",
                     "اغتيال", "قضى", "استشهاد")


@needs((_AR_ORDER_CUES, _EN_ORDER_CUES))
def later_orderer(sr: Any) -> None:
    """"The strike was ordered by X" / "The operation had been carried out on the orders
    of X" / "ونُفّذت الغارة بأمر من X" right after a sentence reporting the killing (with a
    named agent): the victims of that killing by X too."""
    prev = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - 2 <= s_ < sr.si]
    if not prev:
        return
    first = next((x for x in range(sr.lo, min(sr.hi, sr.lo + 4))
                  if sr.key(x) in _EN_THE_STRIKE or sr.f(x) & _AR_THE_STRIKE), None)
    if first is None or (not sr.toks[first].ar and sr.key(first - 1) not in ("the", "that",
                                                                            "this")):
        return
    if sr.triggers(_AR_KILL_OWN, _EN_KILL_OWN):
        return  # "The strike, ordered by X, also killed Y": X is given for this killing only
    last = max(s_ for s_, _e in prev)
    victims = list(dict.fromkeys(e for s_, e in prev if s_ == last))
    for m, x in _orderers(sr):
        if x - first > 12 or sr._irrealis(x):
            continue
        for v in victims:
            if v != m.eid:
                sr.add(AB, v, m.eid, "ordered_later")


@needs((_AR_ORDER_CUES, _EN_ORDER_CUES))
def strike_subject_orderer_en(sr: Any) -> None:
    """"The strike, ordered by X, killed Y (and Z)": the orderer of the strike that is the
    subject of the killing verb."""
    if not sr.triggers(_AR_ORDER_CUES, _EN_ORDER_CUES):
        return
    for t in sr.triggers(EMPTY, _EN_KILLED):
        if sr.key(t - 1) in ("was", "were", "been", "be", "is", "are"):
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=5)
        if victim is None:
            continue
        s = None  # the strike noun before the verb (lo <= y < t: toks[y].key = sr.key(y))
        toks = sr.toks
        for y in range(t - 1, max(sr.lo, t - 14) - 1, -1):
            ky = toks[y].key
            if ky in _EN_THE_STRIKE or ky in ("strikes", "airstrikes"):
                s = y
                break
        if s is None:
            continue
        for m, x in _orderers(sr):
            if s < x < t and not sr.blocked(t):
                for v in sr.chain(victim, ("Person",)):
                    if v.eid != m.eid:
                        sr.add(AB, v.eid, m.eid, "strike_ordered_by_en")


# ---- entry point -------------------------------------------------------------------------
# ---- the agent's own claim, the orderer's office, armed forces, suspicion -------------------
_EN_THE_STRIKE_W = frozenset({"strike", "airstrike", "attack", "raid", "operation", "bombing",
                              "assassination", "killing"})
_EN_SAID_W = frozenset({"said", "says", "announced", "confirmed", "stated", "added"})
_EN_SPOKES = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "aides"})


@needs((EMPTY, _EN_ORDERED))
def said_he_ordered_strike_en(sr: Any) -> None:
    """"X's office said he had (personally) ordered the strike" / "X said he had ordered the
    strike", right after a sentence reporting the killing with a named agent: X ordered it."""
    prev = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - 2 <= s_ < sr.si]
    if not prev:
        return
    for t in sr.triggers(EMPTY, _EN_ORDERED):
        x = t + 1
        if sr.key(x) not in ("the", "that", "this"):
            continue
        if sr.key(x + 1) not in _EN_THE_STRIKE_W and not (
                sr.key(x + 1) in ("air", "drone") and sr.key(x + 2) in _EN_THE_STRIKE_W):
            continue
        y = t - 1
        while sr.key(y) in ("personally", "himself", "had", "has", "have", "directly"):
            y -= 1
        if sr.key(y) not in ("he", "she"):
            continue
        y -= 1
        if sr.key(y) == "that":
            y -= 1
        if sr.key(y) not in _EN_SAID_W:
            continue
        spk = sr.before(y, types=("Person",), maxgap=3)
        if spk is None:
            continue
        gap = [sr.key(z) for z in range(spk.hi, y)]
        if gap and not (spk.poss and gap[-1] in _EN_SPOKES) and not all(
                g in ("later", "also", "then", "subsequently", "publicly") for g in gap):
            continue
        if sr._irrealis(t) or sr.blocked(t):
            continue
        last = max(s_ for s_, _e in prev)
        if not same_side(sr, spk.eid, last):
            continue  # "Khamenei said he had ordered the strike": another strike
        for v in dict.fromkeys(e for s_, e in prev if s_ == last):
            if v != spk.eid:
                sr.add(AB, v, spk.eid, "said_he_ordered_strike_en")


_AR_ORDERED_IT = L._ar("امر", "امرت")
_AR_STRIKE_DEF = L._ar("الغاره", "الضربه", "الهجوم", "العمليه", "الغارة", "الضربة", "العملية",
                       "بالغاره", "بالضربه", "بالهجوم", "بالعمليه", "بالغارة", "بالضربة",
                       "بالعملية")
_AR_EXECUTE = L._ar("بتنفيذ", "بشن", "باطلاق")


@needs((_AR_ORDERED_IT, EMPTY))
def said_he_ordered_strike_ar(sr: Any) -> None:
    """"وقال مكتب X إنه أمر (شخصياً) بتنفيذ الغارة" / "وأعلن X أنه أمر بالضربة", right after
    a sentence reporting the killing with a named agent: X ordered it."""
    prev = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - 2 <= s_ < sr.si]
    if not prev:
        return
    for t in sr.triggers(_AR_ORDERED_IT, EMPTY):
        if not sr.f(t - 1) & _AR_IT_KILLED:
            continue
        nxt = [x for x in range(t + 1, min(sr.hi, t + 4))]
        x = next((x for x in nxt if sr.f(x) & _AR_STRIKE_DEF or sr.f(x) & _AR_EXECUTE), None)
        if x is None:
            continue
        if sr.f(x) & _AR_EXECUTE and not sr.f(x + 1) & _AR_STRIKE_DEF:
            continue
        say = next((y for y in range(t - 2, max(sr.lo, t - 12) - 1, -1)
                    if sr.f(y) & _AR_CLAIM_SAY), None)
        if say is None:
            continue
        spk = sr.after(say + 1, types=("Person",), maxgap=4)
        if spk is None and sr.key(say - 1) == "قد":
            spk = sr.before(say - 1, types=("Person",), maxgap=0)  # "وكان X قد أعلن أنه أمر"
        if spk is None or spk.hi > t - 1 or sr.blocked(t):
            continue
        last = max(s_ for s_, _e in prev)
        if not same_side(sr, spk.eid, last):
            continue
        for v in dict.fromkeys(e for s_, e in prev if s_ == last):
            if v != spk.eid:
                sr.add(AB, v, spk.eid, "said_he_ordered_strike_ar")
        # "...، أنه أمر بتنفيذ الضربة، التي قُتل فيها أيضاً Z": Z by the orderer and by the
        # agents of the strike told before
        agents = [spk.eid] + sorted({a for s_, a in sr.doc.kill_agents if s_ == last})
        for v in killed_in_it_after_ar(sr, x + 1 if sr.f(x) & _AR_EXECUTE else x):
            for a in agents:
                if v.eid != a:
                    sr.add(AB, v.eid, a, "said_he_ordered_strike_ar")


def same_side(sr: Any, person: str, si: int) -> bool:
    """Is *person* (by the gazetteer's country) on the side of an agent of the killing told
    in sentence *si* (the agent itself, its country, or the country of its armed forces)?"""
    agents = {a for s_, a in sr.doc.kill_agents if s_ == si}
    if person in agents:
        return True
    e = sr.doc.gaz.get(person)
    country = getattr(e, "country", None) if e is not None else None
    if not country:
        return False
    for a in agents:
        ea = sr.doc.gaz.get(a)
        if a == country or (ea is not None and getattr(ea, "country", None) == country):
            return True
    return False
