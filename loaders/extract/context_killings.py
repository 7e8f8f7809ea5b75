"""ASSASSINATED_BY whose agent or victim is outside the clause: an ordered strike's
agent (``ordered_adj_agent``, ``strike_orderers``), the victim as subject
(``victim_as_subject``), "وقُتل معه X" (``killed_with_him``) and the deceased named before
("الراحل"; ``deceased_antecedent``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.orders import order_phrase_at
from loaders.extract.rule_common import killed_right_after, title_start

# ---- ASSASSINATED_BY: "a Trump-ordered strike" ----------------------------------------------
_EN_ORDERED_ADJ = frozenset({"ordered", "authorized", "authorised", "directed", "sanctioned"})


def ordered_adj_agent(sr: Any, lo: int, hi: int) -> str | None:
    """The agent named as an adjective of a strike in [lo, hi): "a Trump-ordered strike",
    "the Netanyahu-authorised raid" (a person, body or country before '-ordered')."""
    for x in range(lo, hi - 1):
        if sr.key(x) == "-" and sr.key(x + 1) in _EN_ORDERED_ADJ:
            m = sr.mention_at.get(x - 1)
            if m is not None and m.etype in ("Person", "Organization", "Country"):
                return m.eid
    return None


# ---- ASSASSINATED_BY: a victim is no agent --------------------------------------------------
def victim_as_subject(sr: Any, m: Any) -> tuple[bool, str | None]:
    """Is the person *m* before an active killing verb the object of an earlier killing
    verb of the sentence ("The U.S. strike that killed X also killed Y": X is no agent of
    Y's killing)? Returns (True, the agent already found for X here, or None) if so."""
    b = title_start(m) - 1
    while b >= sr.lo and sr.key(b) in ("the", "a", "an", "also"):
        b -= 1
    if (b < sr.lo or sr.key(b) not in ("killed", "assassinated", "kill", "killing")) and \
            not killed_right_after(sr.toks, m):  # "X was killed in the crash that also
        return False, None  # killed Y": X a victim too (session 53)
    agent = next((r.target for r in sr.out if r.type == "ASSASSINATED_BY" and
                  r.source == m.eid), None)
    return True, agent


# ---- ASSASSINATED_BY: "وقُتل معه X" / "Also killed was X" (the killing just reported) -------
_AR_KILLED_PASSIVE = L._ar("قتل", "وقتل", "اغتيل", "واغتيل", "استشهد", "واستشهد", "قضى", "وقضى")
_AR_WITH_HIM = L._ar("معه", "معهما", "برفقته", "الى جانبه")


def _last_killing(sr: Any, back: int = 2) -> tuple[list[str], list[str]]:
    """(victims, agents) of the latest killing with an agent in the last *back* sentences;
    the agents are all those these sentences gave its victims ("قُتل X بضربة أميركية.
    وأعلنت سنتكوم أنها نفذت الضربة": the U.S. and CENTCOM)."""
    ks = [(s_, a) for s_, a in sr.doc.kill_agents if sr.si - back <= s_ < sr.si]
    if not ks:
        return [], []
    last = max(s_ for s_, _a in ks)
    noted = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - back <= s_ < sr.si]
    victims = list(dict.fromkeys(e for s_, e in noted if s_ == last))
    told = {s_ for s_, e in noted if e in victims}
    return victims, list(dict.fromkeys(a for s_, a in ks if s_ in told and a not in victims))


# the keys its two openings need ("وقُتل معه", "Also killed was"): without one of them in
# the sentence, killed_with_him finds nothing (relations.run tests them before the call)
WITH_HIM_KEYS = _AR_WITH_HIM | {"also"}


def killed_with_him(sr: Any) -> list[tuple[str, str, int]]:
    """(victim, agent, trigger): "وقُتل معه (القياديان) X وY" / "Also killed was/were X (and
    Y)" opening a sentence right after a killing whose agent was named: the same strike,
    so the same agents. Nothing when that killing had no agent."""
    x = sr.lo
    while x < sr.hi and sr.toks[x].punct:
        x += 1
    t = None
    if sr.toks[x].ar:
        if not sr.f(x).isdisjoint(_AR_KILLED_PASSIVE) and sr.key(x + 1) in _AR_WITH_HIM:
            t, start = x, x + 2
    elif x < sr.hi and sr.toks[x].key == "also" and sr.key(x + 1) == "killed" and \
            sr.key(x + 2) in ("was", "were"):  # (toks[x].key: sr.key(x) without a call)
        t, start = x + 1, x + 3
    if t is None:
        return []
    victim = sr.after(start, types=("Person",), maxgap=4)
    if victim is None or sr.blocked(t):
        return []
    before, agents = _last_killing(sr)
    if not before:
        return []
    return [(v.eid, a, t) for v in sr.chain(victim, ("Person",)) for a in agents
            if v.eid != a and v.eid not in before]


# ---- ASSASSINATED_BY: who ordered the strike, later in the same sentence --------------------
_EN_STRIKE_REF = frozenset({"strike", "airstrike", "attack", "raid", "operation", "killing",
                            "assassination", "bombing"})


def strike_orderers(sr: Any, k: int) -> list[str]:
    """Who ordered the strike, stated after the victims (token *k*) in this sentence: right
    after them ("... بأمر مباشر من X", "..., ordered by X"), or in a later clause about the
    strike ("adding that the strike had been carried out on the orders of X")."""
    out: list[str] = []
    for x in range(k, sr.hi):
        if x >= k + 8 and not any(sr.key(y) in _EN_STRIKE_REF and sr.key(y - 1) == "the"
                                  for y in range(max(k, x - 8), x)):
            continue
        phrase = order_phrase_at(sr, x)  # orders.py: the one order-phrase parser
        if phrase is not None and phrase.agent is not None and not sr.blocked(phrase.cue):
            out.append(phrase.agent.eid)
    return out


# ---- "وكان الراحل قد التقى X": the deceased is the person the text said was killed --------------
_DECEASED = L._ar("الراحل", "الفقيد", "القتيل", "المغدور")
_KILL_WORDS = L._ar("اغتال", "اغتالت", "اغتالوا", "قتل", "قتلت", "قتلوا", "اغتيل", "مقتل",
                    "اغتيال", "استشهد", "مصرع")


def deceased_antecedent(sr: Any, x: int) -> str | None:
    """The person "الراحل / الفقيد" (standing alone at *x*) stands for: the latest person of
    this or the last five sentences named shortly after a killing verb or noun ("اغتال
    مسلحون ... هشام الهاشمي", "مقتل X"); None when no one was said to be killed."""
    if sr.key(x) not in _DECEASED or sr.mention_at.get(x + 1) is not None:
        return None
    toks = sr.doc.toks
    best = None
    for m in sr.doc.ments:
        if m.etype != "Person" or not (sr.si - 5 <= m.sent <= sr.si) or m.lo >= x:
            continue
        lo = title_start(m)
        if any(toks[y].key.lstrip("و") in _KILL_WORDS for y in range(max(0, lo - 12), lo)):
            best = m.eid  # the object of a killing verb or noun before it
    return best
