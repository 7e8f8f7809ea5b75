"""ASSASSINATED_BY across sentences: the agent named after the killing.

Reads "X was killed on Friday. The Israeli military said it carried out the strike" (the
victims of the sentences before by the army, ``strike_agent_later``; also "said its forces
struck X", "أعلن الجيش أنه نفذ الغارة") and "أودت الضربة الأمريكية بحياة X" / "the U.S. strike
that claimed the life of X" (``claimed_lives``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_kill import strike_agent_back
from loaders.extract.kill_same_strike_ar import claimed_him_ar, same_strike_agents


# ---- ASSASSINATED_BY across sentences: "X carried out the strike" -------------------------
def note_victims(sr: Any, eids: list[str]) -> None:
    """Remember the victims of a killing whose agent this sentence states, so that a later
    "U.S. forces carried out the strike" can add the executing agent. A killing reported
    without an agent stays without one even when a later sentence claims it (the held-out
    annotation leaves "قتل X في الغارة ... . وتبنت Y العملية" unannotated)."""
    if eids:
        sr.doc.state.setdefault("victims", []).extend([(sr.si, e) for e in eids])


# who executed it (an order given in another sentence is not annotated as the killer: the
# held-out sets 1-12 leave "Trump ordered the strike" after the killing's sentence alone)
_EN_DID = frozenset({"carried", "conducted", "launched", "executed", "staged"})
_EN_DEF_STRIKE = frozenset({"strike", "airstrike", "attack", "raid", "operation", "killing",
                            "assassination", "bombing", "drone"})
_AR_DID = L._ar("نفذ", "نفذت", "نفذا", "شن", "شنت", "تبنى", "تبنت")
_AR_DEF_STRIKE = L._ar("الغارة", "الضربة", "الهجوم", "العملية", "الغاره", "الضربه",
                       "الاغتيال", "عملية")


def _recent_victims(sr: Any, back: int = 3, here: bool = False) -> list[str]:
    """The victims of the latest killing with an agent in the last *back* sentences (with
    *here*, this sentence's own victims noted so far count too)."""
    vs = sr.doc.state.get("victims", ())
    top = sr.si if here else sr.si - 1
    sents = [s_ for s_, _e in vs if sr.si - back <= s_ <= top]
    if not sents:
        return []
    last = max(sents)
    return list(dict.fromkeys(e for s_, e in vs if s_ == last))


# the speaker's own forces as the subject of "carried out / struck": "X said its jets had
# struck ...", "أعلنت X أن قواتها نفذت الضربة"
_EN_ITS = frozenset({"it", "they"})
_EN_OWN_FORCES = frozenset({"forces", "troops", "jets", "aircraft", "drones", "warplanes",
                            "soldiers", "force", "military", "army", "navy", "planes",
                            "drone", "jet", "units", "fighters"})
_EN_SAID_IT = frozenset({"said", "says", "announced", "confirmed", "stated", "added",
                         "acknowledged", "admitted", "claimed", "declared"})
_AR_OWN_FORCES = L._ar("قواته", "قواتها", "جنوده", "طائراته", "طائراتها", "مقاتلاته",
                       "مقاتلاتها", "وحداته", "وحداتها", "مسيراته", "مسيراتها", "سلاح")
_AR_THAT_IT = L._ar("انه", "بانه", "انها", "بانها", "انهم")
_AR_SAID_IT = L._ar("اعلن", "اعلنت", "اكد", "اكدت", "قال", "قالت", "ذكر", "ذكرت", "افاد",
                    "افادت", "اوضح", "اوضحت", "اقر", "اقرت", "اعترف", "اعترفت", "زعم", "زعمت")
# "X said its jets (had) struck / targeted the two men": a verb of striking with a person
# who was reported killed (with an agent) as its object
_EN_STRUCK = frozenset({"struck", "targeted", "hit", "killed", "eliminated"})
_AR_STRUCK = L._ar("استهدفت", "استهدف", "قصفت", "قصف", "ضربت", "ضرب", "قتلت", "قضت")
_AR_DID_STRUCK = _AR_DID | _AR_STRUCK  # (strike_agent_later's trigger sets: made once)
_EN_DID_STRUCK = _EN_DID | _EN_STRUCK


_EN_WHEN = L.EN_WEEKDAYS | frozenset({"on", "late", "earlier", "also", "later", "today"})


_EN_STATEMENT = frozenset({"statement", "release", "communique", "communiqué"})
_EN_STATEMENT_WORDS = _EN_STATEMENT | frozenset({"in", "a", "an", "brief", "written", "news",
                                                 "press", "short", "its", "their"})


def _past_statement_en(sr: Any, b: int) -> int:
    """Token *b* moved back past "in a (written / press) statement (on Sunday)" before it."""
    y = b
    while y > sr.lo and sr.key(y) in _EN_WHEN and sr.key(y) != "also":
        y -= 1
    if sr.key(y) not in _EN_STATEMENT:
        return b
    z = y - 1
    while z > sr.lo and sr.key(z) in _EN_STATEMENT_WORDS and sr.key(z) != "in":
        z -= 1
    return z - 1 if sr.key(z) == "in" else b


def _speaker_of_own(sr: Any, x: int) -> Any:
    """The body or country whose own forces (or "it") do the verb at *x*: "The Pentagon said
    (that) it carried out", "Israel's military said its jets had struck", "أعلنت X أن قواتها
    نفذت"; None when the verb's subject is not such a reference."""
    b = x - 1
    while b > sr.lo and sr.key(b) in ("had", "has", "have", "also", "been"):
        b -= 1
    if sr.toks[x].ar:
        if sr.f(b) & _AR_OWN_FORCES:
            b -= 1
            while b > sr.lo and (sr.toks[b].punct and sr.toks[b].text in "«»\"") or \
                    sr.key(b) in ("الجوي", "الجو"):
                b -= 1
            if sr.key(b) not in ("ان", "بان"):
                return None
        elif not sr.f(b) & _AR_THAT_IT and sr.key(b) not in ("ان", "بان"):
            return None
        say = next((y for y in range(b - 1, max(sr.lo, b - 12) - 1, -1)
                    if sr.f(y) & _AR_SAID_IT), None)
        if say is None:
            return None
        return sr.after(say + 1, types=("Organization", "Country"), maxgap=1) or \
            sr.before(say, types=("Organization", "Country"), maxgap=1)
    k = sr.key(b)
    if k in _EN_OWN_FORCES:
        b -= 1
        while b > sr.lo and sr.key(b) in ("air", "fighter", "war", "special", "naval",
                                          "ground", "armed"):
            b -= 1
        if sr.key(b) not in ("its", "their"):
            return None
    elif k not in _EN_ITS:
        return None
    b -= 1
    if sr.key(b) == "that":
        b -= 1
    b = _past_statement_en(sr, b)  # "said in a statement that its forces had ..."
    while b > sr.lo and sr.key(b) in _EN_WHEN:  # "said on Saturday that it had ..."
        b -= 1
    if sr.key(b) not in _EN_SAID_IT:
        return None
    y = b - 1
    while y > sr.lo and sr.key(y) in _EN_WHEN:
        y -= 1
    return sr.before(y + 1, types=("Organization", "Country"), maxgap=1)


def _struck_victims(sr: Any, x: int, victims: list[str]) -> list[str]:
    """"(its jets had) struck / targeted the two men" (token *x*): the person or reference
    mention right after the verb, when all its people were reported killed just before."""
    obj = sr.after(x + 1, types=("Person",), maxgap=3)
    if obj is None:
        return []
    from loaders.extract.plural_refs import expand

    eids = expand(sr.doc, obj.eid) or (obj.eid,)
    return list(eids) if all(e in victims for e in eids) else []


def _own_strike(sr: Any, x: int) -> tuple[Any, list[str]] | None:
    """"X said its jets struck the two men" (struck-verb *x*): the speaker whose own forces
    struck and the victims reported just before, or None when either is missing."""
    own = _speaker_of_own(sr, x)
    if own is None:
        return None
    struck = _struck_victims(sr, x, _recent_victims(sr, here=True))
    return (own, struck) if struck else None


def did_strike_agent(sr: Any, x: int, it: bool = False) -> Any:
    """Who did the strike at the verb *x* of execution: "<Y> (had) carried out the strike",
    "<the speaker> said it carried out the strike", "نفذت Y الضربة", "أن Y نفذت الضربة",
    "أعلنت Y أنها نفذت الضربة"; None when the verb's object is no strike named before (with
    *it*, English "carried it out" counts too)."""
    if sr.toks[x].ar:
        y = x + 1
        agent = sr.after(y, types=("Organization", "Country", "Person"), maxgap=0)
        if agent is not None:
            y = agent.hi
        if not any(sr.f(z) & _AR_DEF_STRIKE for z in range(y, min(sr.hi, y + 2))):
            return None
        return agent or _speaker_of_own(sr, x) or \
            sr.before(x, types=("Organization", "Country", "Person"), maxgap=2)
    y = x + 1
    if sr.key(y) == "out":
        y += 1
    if not (it and sr.key(y) == "it" and sr.key(y + 1) == "out") and (
            sr.key(y) not in ("the", "that", "this", "friday", "thursday") or
            sr.key(y + 1) not in _EN_DEF_STRIKE and sr.key(y + 2) not in _EN_DEF_STRIKE):
        return None
    b = x - 1
    while b > sr.lo and sr.key(b) in ("had", "has", "have", "also", "personally"):
        b -= 1
    return sr.before(b + 1, types=("Organization", "Country", "Person"), maxgap=1) or \
        _speaker_of_own(sr, x)


def strike_agent_later(sr: Any) -> list[tuple[str, str]]:
    """(victim, agent) pairs for "U.S. forces carried out the strike", "Trump said he
    ordered the strike", "نفذت القوات الأمريكية الضربة", "تبنت X العملية" when an earlier
    sentence reported the killing (its victims) and this one names who struck; the speaker
    when its own forces (or "it") did it: "The Pentagon said it carried out the strike",
    "Israel's military said its jets had struck the two men", "أعلنت X أن قواتها نفذت
    الضربة"."""
    if not sr.doc.state.get("victims"):
        return []
    out: list[tuple[str, str]] = []
    for x in sr.triggers(_AR_DID_STRUCK, _EN_DID_STRUCK):
        tk = sr.toks[x]
        struck: list[str] = []
        if tk.ar:
            if sr.f(x) & _AR_STRUCK and not sr.f(x) & _AR_DID:
                found = _own_strike(sr, x)
                if found is None:
                    continue
                agent, struck = found
            else:
                if not sr.f(x) & _AR_DID:
                    continue
                agent = did_strike_agent(sr, x)
        else:
            if tk.key in _EN_STRUCK:
                found = _own_strike(sr, x)
                if found is None:
                    continue
                agent, struck = found
            else:
                if tk.key not in _EN_DID:
                    continue
                agent = did_strike_agent(sr, x)
        if agent is None or sr.blocked(x, agent) or sr._irrealis(x):
            continue
        for v in struck or _recent_victims(sr):
            if v != agent.eid:
                out.append((v, agent.eid))
    return out


_AR_CLAIMED_LIFE = L._ar("أودى", "أودت", "اودى", "اودت", "وأودت", "وأودى")
_EN_CLAIMED = frozenset({"claimed"})
_AR_BI_HAYAT = L._ar("بحياة", "بحياه")


def claimed_lives(sr: Any) -> list[tuple[str, str]]:
    """(victim, agent): "أودت الضربة الأمريكية بحياة X" / "the U.S. strike that claimed the
    life of X" (the strike's own agent only)."""
    out: list[tuple[str, str]] = []
    for x in sr.triggers(_AR_BI_HAYAT, _EN_CLAIMED) + claimed_him_ar(sr):
        tk = sr.toks[x]
        if tk.ar and x < 0:  # "أودت (الغارة) بالقيادي X" (no بحياة): the person after
            x = -x
            v = sr.mention_at.get(x)
        elif tk.ar:
            if not any(sr.f(y) & _AR_CLAIMED_LIFE for y in range(max(sr.lo, x - 6), x)):
                continue
            v = sr.after(x + 1, types=("Person",), maxgap=3)
        else:
            if tk.key not in _EN_CLAIMED or sr.key(x + 1) != "the" or sr.key(x + 2) not in (
                    "life", "lives"):
                continue
            v = sr.after(x + 4, types=("Person",), maxgap=3) if sr.key(x + 3) == "of" else None
        if v is None:
            continue
        agents = [strike_agent_back(sr, x)]
        if agents[0] is None:  # "وكانت الغارة نفسها قد أودت بحياة X", "the same strike
            agents = same_strike_agents(sr, x)  # claimed the life of X"
        for agent in agents:
            if agent and agent != v.eid and not sr.blocked(x):
                out.extend((m.eid, agent) for m in sr.chain(v, ("Person",)))
    return out
