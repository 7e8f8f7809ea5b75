"""ASSASSINATED_BY (victim -> perpetrator): constructions of wire prose that the base rules of
:mod:`loaders.extract.relations` leave out. Plain functions over a
:class:`loaders.extract.relations.SentenceRules` instance (``sr``), as in
:mod:`loaders.extract.core_recall` (no import of ``relations``), run after the base rules of
the sentence by :func:`more_killings`:

- victim lists with appositions and titles: "killed X, head of ..., and Y, ..." / "وقُتل
  ... العميد X، وقائد الجبهة ... Y" / "سليماني ورفيقه المهندس";
- the orderer named anywhere in the killing's sentence ("..., adding that the strike had been
  carried out on the orders of President X", "بأمر مباشر من X", "the X-ordered strike",
  "The strike, ordered by X, killed Y") or in the next sentence about the strike ("The strike
  was ordered by X");
- the same strike as before: "Also killed was Z", "وقُتل معه Z";
- "قضى/استشهد X بضربة إسرائيلية" with the victim after the verb; ", killing him";
- "X was among those killed in an Israeli strike"; "Israel's military said its forces
  killed X" / "أكد الجيش الإسرائيلي أن قواته قتلت X" (the speaker); "اغتيال الولايات المتحدة X";
- dropped: a killing inside a conditional ("If the US had killed X, ..."), an accusation
  ("Iran accused Israel of killing X", "اتهمت إيران إسرائيل بقتل X") and an agent named only
  as the subject of a negated verb ("Israel did not claim the strike that killed X").

The agent is always named in the text (an adjective of the strike, a subject, "by X",
"ordered by X"); a killing without one stays without a relation.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_wire_rules import strike_agent_before
from loaders.extract.dispatch import needs

_EMPTY: frozenset[str] = frozenset()
AB = "ASSASSINATED_BY"
_AGENTS = ("Person", "Country", "Organization")

# cue words: a sentence with none of them skips this module
_EN_CUES = frozenset({"killed", "killing", "assassinated", "martyred", "ordered", "orders",
                      "order", "direction", "behest", "died", "responsibility", "slain",
                      "murdered", "kill", "assassinate"})
_AR_CUES = L._ar("قتل", "قتلا", "قتلوا", "اغتيل", "اغتيلا", "استشهد", "استشهدا", "استشهدوا",
                 "قضى", "قضيا", "قضوا", "بامر", "باوامر", "امر", "اوامر", "بتوجيه", "مقتل",
                 "اغتيال", "قتلت", "اغتالت", "قتلوا", "اغتالوا", "صفت", "اغتالته", "قتلته",
                 "اغتالتهم", "قتلتهم", "اغتالتهما", "قتلتهما", "اودت", "استشهاد")

# one-word trigger sets and cue words of the rules below (built once, not per call)
_EN_KILLED = frozenset({"killed"})
_EN_KILLING = frozenset({"killing"})
_EN_KILLED_ASSASSINATED = frozenset({"killed", "assassinated"})
_EN_SLAIN = frozenset({"slain", "murdered", "assassinated"})
_EN_WHOM = frozenset({"whom"})
_EN_RESPONSIBILITY = frozenset({"responsibility"})
_AR_AWDAT = L._ar("اودت")
_AR_TARGETED = L._ar("استهدفت")

# ---- victim lists ------------------------------------------------------------------------
# words that end an English apposition ("X, head of Y, the Pentagon said"): a clause follows
_EN_CLAUSE = frozenset({"said", "says", "say", "told", "added", "adding", "according", "was",
                        "were", "is", "are", "has", "have", "had", "who", "which", "that",
                        "when", "while", "after", "before", "as", "killed", "wounded",
                        "injured", "died", "officials", "reported", "announced", "claimed",
                        "vowed", "met", "did", "does", "but", "where", "whose"})
_EN_POSS_NOUN = frozenset({"his", "her", "their", "its", "the"})
_AR_COMPANION = L._ar("ورفيقه", "ورفيقيه", "ومرافقه", "ومرافقيه", "ونائبه", "وصهره", "ورفاقه",
                      "وزميله")


def _title_start(m: Any) -> int:
    return m.tlo if m.tlo >= 0 else m.lo


def _next_person(sr: Any, x: int, limit: int) -> Any:
    """The first person whose (title) span starts at or after *x*, within *limit* tokens;
    mentions inside that person's title ("وقائد الجبهة في الحزب علي") are skipped."""
    for m in sr.args:
        if m.etype == "Person" and x <= _title_start(m) <= x + limit and m.lo >= x:
            return m
    return None


def _apposed_next(sr: Any, m: Any) -> Any:
    """The next member of a list of victims after *m*, allowing an apposition after *m*
    and a title before the next one: "X, head of Y, and Z", "X, a commander of Y, and his
    deputy Z", "العميد X، وقائد الجبهة الجنوبية في الحزب Y", "X ورفيقه Y". None if a clause
    starts in between ("X, the Pentagon said, adding ...")."""
    x = m.hi
    if x >= sr.hi:
        return None
    tk = sr.toks[x]
    if tk.ar:
        if sr.f(x) & _AR_COMPANION:  # "سليماني ورفيقه أبو مهدي المهندس"
            return _next_person(sr, x + 1, 0)
        if tk.text in ("،", ","):
            p = _next_person(sr, x + 1, 0)
            if p is not None and sr.toks[_title_start(p)].key.startswith("و"):
                return p
        return None
    if tk.text != ",":
        if sr.key(x) == "and":
            nxt = _next_person(sr, x + 1, 3)
            intitle = sr._in_title_tokens()  # "and Hamas military chief Y"
            if nxt is not None and all(sr.key(y) in _EN_POSS_NOUN or y in intitle or
                                       sr.toks[y].cap is False and sr.key(y) not in _EN_CLAUSE
                                       for y in range(x + 1, _title_start(nxt))):
                return nxt
        return None
    # ", <apposition>, and (his deputy) Z"
    for y in range(x + 1, min(sr.hi - 1, x + 22)):
        k = sr.key(y)
        if k in _EN_CLAUSE or L.EN_KILL & {k}:
            return None
        if sr.toks[y].punct and sr.toks[y].text not in (",", "-", "'", "’"):
            return None
        if sr.toks[y].text == "," and sr.key(y + 1) == "and":
            nxt = _next_person(sr, y + 2, 3)
            if nxt is None:
                return None
            if any(sr.key(z) in _EN_CLAUSE for z in range(y + 2, _title_start(nxt))):
                return None
            return nxt
        mm = sr.mention_at.get(y)
        if mm is not None and mm.etype == "Person" and y == mm.lo:
            return None  # another person inside: "X, Y's deputy, ..." is not a list
    return None


def extend_victims(sr: Any, new: list) -> None:
    """Victims listed with appositions share the agents of the first one ("A U.S. strike
    killed X, head of ..., and Y, ..." -> Y too)."""
    for r in new:
        if r.type != AB:
            continue
        for m in [m for m in sr.args if m.eid == r.source and m.etype == "Person"]:
            c = _title_start(m) - 1
            if c >= sr.lo and sr.f(c) & _AR_COMPANION:  # "سليماني ورفيقه المهندس"
                p = next((p for p in sr.args if p.hi == c and p.etype == "Person"), None)
                if p is not None and p.eid != r.target:
                    sr.add(AB, p.eid, r.target, "victim_list")
            prev = m  # "X, the deputy chief of Y, and Z were killed": X too
            for _ in range(6):
                p = next((p for p in reversed(sr.args) if p.etype == "Person" and
                          p.hi <= _title_start(prev) and _apposed_next(sr, p) is prev), None)
                if p is None or p.eid == r.target:
                    break
                sr.add(AB, p.eid, r.target, "victim_list")
                prev = p
            cur = m
            for _ in range(6):
                nxt = _apposed_next(sr, cur)
                if nxt is None or nxt.eid == r.target:
                    break
                sr.add(AB, nxt.eid, r.target, "victim_list")
                cur = nxt


# ---- orderers ----------------------------------------------------------------------------
_AR_ORDER = L._ar("بامر", "باوامر", "بتوجيه", "بتوجيهات", "بقرار")
_AR_ORDER_ADJ = L._ar("مباشر", "شخصي", "مباشرة", "صريح")
_EN_ORDER_NOUNS = frozenset({"orders", "order", "instructions", "behest", "direction",
                             "command"})
_EN_ORDERED = frozenset({"ordered", "authorized", "authorised", "approved", "directed"})


def _orderer_at(sr: Any, x: int) -> tuple[Any, int] | None:
    """(agent mention, cue position) when an order phrase starts at *x*: "on the orders of
    X", "ordered by X", "on X's orders", "X-ordered", "بأمر (مباشر) من X", "بأوامر X"."""
    k = sr.key(x)
    tk = sr.toks[x]
    if tk.ar:
        if not sr.f(x) & _AR_ORDER:
            return None
        y = x + 1
        if sr.f(y) & _AR_ORDER_ADJ:
            y += 1
        if sr.key(y) == "من":
            y += 1
        m = sr.after(y, types=_AGENTS, maxgap=4)
        if m is not None and m.lo - y <= 4 and not any(sr.toks[z].punct
                                                        for z in range(y, m.lo)):
            return m, x
        return None
    if k in _EN_ORDERED and sr.key(x + 1) == "by":
        m = sr.after(x + 2, types=_AGENTS, maxgap=4)
        if m is not None and not any(sr.toks[z].punct for z in range(x + 2, m.lo)):
            return m, x
    if k in _EN_ORDER_NOUNS and sr.key(x + 1) == "of" and sr.key(x - 1) in ("the", "direct"):
        m = sr.after(x + 2, types=_AGENTS, maxgap=4)
        if m is not None and not any(sr.toks[z].punct for z in range(x + 2, m.lo)):
            return m, x
    if k in ("ordered", "authorized", "authorised", "approved") and \
            sr.mention_at.get(x - 1) is not None:  # "a strike that Trump ordered"
        m = sr.mention_at[x - 1]
        if m.etype in _AGENTS and sr.key(_title_start(m) - 1) in ("that", "which") and \
                any(sr.key(y) in _EN_THE_STRIKE or sr.key(y) in ("strikes", "drone")
                    for y in range(max(sr.lo, _title_start(m) - 4), _title_start(m) - 1)):
            return m, x
    if k == "ordered" and sr.toks[x - 1].text == "-":  # "the Trump-ordered strike"
        m = sr.mention_at.get(x - 2)
        if m is not None and m.etype in _AGENTS:
            return m, x
    if k in _EN_ORDER_NOUNS and x - 1 >= sr.lo:  # "on Trump's orders"
        m = sr.mention_at.get(x - 1)
        if m is not None and m.poss and m.etype == "Person" and sr.key(_title_start(m) - 1) \
                in ("on", "at", "under", "upon"):
            return m, x
    return None


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


_AR_ORDER_CUES = _AR_ORDER
_EN_ORDER_CUES = _EN_ORDER_NOUNS | _EN_ORDERED


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


def passive_orderer_en(sr: Any) -> None:
    """"X was killed by/in a drone strike that Trump ordered / ordered by Trump": a passive
    killing whose only stated agent is the strike's orderer (no relation was drawn)."""
    if any(r.type == AB and r.sent == sr.si for r in sr.out):
        return
    ords = _orderers(sr)
    if not ords:
        return
    for t in sr.triggers(_EMPTY, _EN_KILLED_ASSASSINATED):
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


def later_orderer(sr: Any) -> None:
    """"The strike was ordered by X" / "The operation had been carried out on the orders
    of X" / "ونُفّذت الغارة بأمر من X" right after a sentence reporting the killing (with a
    named agent): the victims of that killing by X too."""
    prev = [(s_, e) for s_, e in sr.doc.__dict__.get("victims", ()) if sr.si - 2 <= s_ < sr.si]
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


def strike_subject_orderer_en(sr: Any) -> None:
    """"The strike, ordered by X, killed Y (and Z)": the orderer of the strike that is the
    subject of the killing verb."""
    if not sr.triggers(_AR_ORDER_CUES, _EN_ORDER_CUES):
        return
    for t in sr.triggers(_EMPTY, _EN_KILLED):
        if sr.key(t - 1) in ("was", "were", "been", "be", "is", "are"):
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=5)
        if victim is None:
            continue
        s = next((y for y in range(t - 1, max(sr.lo, t - 14) - 1, -1)
                  if sr.key(y) in _EN_THE_STRIKE or sr.key(y) in ("strikes", "airstrikes")),
                 None)
        if s is None:
            continue
        for m, x in _orderers(sr):
            if s < x < t and not sr.blocked(t):
                for v in sr.chain(victim, ("Person",)):
                    if v.eid != m.eid:
                        sr.add(AB, v.eid, m.eid, "strike_ordered_by_en")


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
                        "سقط")
_AR_WITH_HIM = L._ar("معه", "معهما", "معهم", "برفقته", "برفقتهما", "الى جانبه")


def killed_with_him_ar(sr: Any) -> None:
    """"وقُتل معه/معهما X وY": killed with the victim of the killing just reported, by its
    agents (this sentence's, else the sentence before)."""
    for t in sr.triggers(_AR_KILLED_PASS, _EMPTY):
        if not sr.f(t + 1) & _AR_WITH_HIM:
            continue
        victim = _next_person(sr, t + 2, 8)
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
_AR_DIED_VSO = L._ar("قضى", "قضيا", "قضوا", "استشهد", "استشهدا", "استشهدوا", "قتل", "اغتيل")


def died_vso_ar(sr: Any) -> None:
    """"قضى/استشهد القيادي في X فلان بضربة إسرائيلية": the victim right after the verb
    (with a title), the agent in the strike phrase that follows the name."""
    for t in sr.triggers(_AR_DIED_VSO, _EMPTY):
        if sr.key(t - 1) in ("الذي", "التي", "الذين"):
            continue
        victim = _next_person(sr, t + 1, 1)
        if victim is None:
            continue
        victims = [victim]
        cur = victim
        for _ in range(5):
            nxt = _apposed_next(sr, cur) or next(
                (m for m in sr.chain(cur, ("Person",))[1:2]), None)
            if nxt is None:
                break
            victims.append(nxt)
            cur = nxt
        s = cur.hi
        if not (sr.f(s) & L.AR_STRIKE or sr.key(s) in ("في", "جراء") and sr.f(s + 1) &
                L.AR_STRIKE):
            continue
        agent, _how = sr._agent_after(s, limit=14)
        if agent and not sr.blocked(t):
            for v in victims:
                sr.add(AB, v.eid, agent, "died_vso_ar")


# ---- ", killing him" ---------------------------------------------------------------------
_EN_HIM = frozenset({"him", "them", "both"})


def killing_him_en(sr: Any) -> None:
    """"<agent> struck the building where X was staying, killing him (them)": the pronoun
    is the person named in the sentence before the participle."""
    for t in sr.triggers(_EMPTY, _EN_KILLING):
        if sr.toks[t - 1].text != "," or sr.key(t + 1) not in _EN_HIM:
            continue
        v, agent = strike_agent_before(sr, t, reach=25)
        people = [m for m in sr.args if m.etype == "Person" and v < m.lo < t]
        if not agent or not people or sr.blocked(v):
            continue
        victims = people[-2:] if sr.key(t + 1) in ("them", "both") else people[-1:]
        for p in victims:
            if p.eid != agent:
                sr.add(AB, p.eid, agent, "killing_him_en")


# ---- "among those killed", "its forces killed", nominal with a subject -------------------
def among_killed_en(sr: Any) -> None:
    """"X was among those (people) killed in an Israeli strike": X is a victim; the agent
    is named after the verb as for any passive killing."""
    for t in sr.triggers(_EMPTY, _EN_KILLED):
        y = t - 1
        if sr.key(y) in ("people", "dead", "officials", "commanders", "men"):
            y -= 1
        if sr.key(y) not in ("those", "the") or sr.key(y - 1) != "among":
            continue
        if sr.key(y - 2) not in ("was", "were", "is", "are"):
            continue
        victim = sr.before(y - 2, types=("Person",), maxgap=3)
        if victim is None or sr.blocked(y - 2, victim):
            continue
        sr._agents = []
        agent, _how = sr._agent_after(t + 1)
        agents = list(sr._agents) or ([agent] if agent else [])
        sr._agents = []
        for a in agents:
            for v in sr._victim_list_back(victim):
                if v.eid != a:
                    sr.add(AB, v.eid, a, "among_killed_en")


_EN_ITS_FORCES = frozenset({"forces", "troops", "jets", "aircraft", "drones", "warplanes",
                            "soldiers"})
_EN_SAY = frozenset({"said", "says", "announced", "confirmed", "stated", "added"})
_AR_ITS_FORCES = L._ar("قواته", "قواتها", "جنوده", "طائراته", "طائراتها", "مقاتلاته",
                       "مقاتلاتها")
_AR_SAY = L._ar("اكد", "اكدت", "اعلن", "اعلنت", "قال", "قالت", "ذكر", "ذكرت", "افاد",
                "افادت", "اوضح", "اوضحت")
_AR_KILL_ACT = L._ar("قتلت", "اغتالت", "قتلوا", "اغتالوا", "صفت", "قتل", "اغتال")


def its_forces_killed(sr: Any) -> None:
    """"Israel's military said its forces killed X" / "أكد الجيش الإسرائيلي أن قواته قتلت X":
    the speaker's own forces are the speaker (a body or a country) as the agent."""
    ar = sr.toks[sr.lo].ar
    trig = sr.triggers(_AR_KILL_ACT, _EMPTY) if ar else sr.triggers(_EMPTY, _EN_KILLED)
    for t in trig:
        f = t - 1
        if ar:
            if not sr.f(f) & _AR_ITS_FORCES or sr.key(f - 1) not in ("ان", "بان"):
                continue
            say = next((y for y in range(f - 2, max(sr.lo, f - 12) - 1, -1)
                        if sr.f(y) & _AR_SAY), None)
            if say is None:
                continue
            spk = sr.after(say + 1, types=("Organization", "Country"), maxgap=0) or \
                sr.before(say, types=("Organization", "Country"), maxgap=1)
        else:
            if sr.key(f) not in _EN_ITS_FORCES or sr.key(f - 1) not in ("its", "their"):
                continue
            say = f - 2 if sr.key(f - 2) != "that" else f - 3
            if sr.key(say) not in _EN_SAY:
                continue
            spk = sr.before(say, types=("Organization", "Country"), maxgap=1)
        victim = sr.after(t + 1, types=("Person",), maxgap=6)
        if spk is None or victim is None or sr.blocked(t):
            continue
        for v in sr.chain(victim, ("Person",)):
            sr.add(AB, v.eid, spk.eid, "its_forces_killed")


_AR_KILL_NOUN = L._ar("اغتيال", "مقتل", "قتل", "تصفية")


def nominal_subject_ar(sr: Any) -> None:
    """"اغتيال الولايات المتحدة قاسم سليماني": a killing noun, its agent (a country or body)
    right after it, then the victim (without لـ, which the base rules read)."""
    for t in sr.triggers(_AR_KILL_NOUN, _EMPTY):
        a = sr.after(t + 1, types=("Country", "Organization"), maxgap=0)
        if a is None or a.prefix:
            continue
        v = sr.after(a.hi, types=("Person",), maxgap=0)
        if v is None or v.prefix or sr.blocked(t):
            continue
        sr.add(AB, v.eid, a.eid, "nominal_subject_ar")


# ---- more agent phrases --------------------------------------------------------------------
_AR_FIRE = L._ar("بنيران", "برصاص", "بصواريخ", "بقذائف")
_AR_KILLED_ANY = L._ar("قتل", "قتلا", "قتلوا", "استشهد", "استشهدا", "استشهدوا", "اغتيل", "قضى",
                       "مقتل", "اغتيال", "استشهاد")


def by_fire_of_ar(sr: Any) -> None:
    """"قُتل X بنيران القوات الأمريكية" / "استشهد X برصاص إسرائيلي": the fire is the agent's."""
    for t in sr.triggers(_AR_KILLED_ANY, _EMPTY):
        fire = next((y for y in range(t + 1, min(sr.hi, t + 14)) if sr.f(y) & _AR_FIRE), None)
        if fire is None or any(sr.toks[y].text in ("،", ",", ".") for y in range(t, fire)):
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=6)
        if victim is None or victim.lo > fire:
            victim = sr.before(t, types=("Person",), maxgap=3)
        if victim is None:
            continue
        m = sr.after(fire + 1, types=("Country", "Organization"), maxgap=1)
        agent = m.eid if m is not None else sr.nat_agent(fire + 1, min(sr.hi, fire + 3))
        if agent and not sr.blocked(t):
            for v in sr.chain(victim, ("Person",)):
                sr.add(AB, v.eid, agent, "by_fire_of_ar")


_AR_KILLED_HIM = L._ar("اغتالته", "قتلته", "اغتالتهم", "قتلتهم", "اغتالتهما", "قتلتهما",
                       "استهدفته")
_AR_STRIKE_N = L._ar("طائرة", "غارة", "ضربة", "صاروخ", "مسيرة", "طائرات", "غارات", "ضربات",
                     "صواريخ", "مسيرات")


def strike_killed_him_ar(sr: Any) -> None:
    """"X ... اغتالته طائرة إسرائيلية مسيّرة": a strike named by its nationality as the
    subject of a killing verb with a pronoun object (X, named just before)."""
    for t in sr.triggers(_AR_KILLED_HIM, _EMPTY):
        if not sr.f(t + 1) & _AR_STRIKE_N:
            continue
        agent = sr.nat_agent(t + 1, min(sr.hi, t + 4))
        victim = sr.before(t, types=("Person",), maxgap=5)
        if agent and victim is not None and not sr.blocked(t):
            sr.add(AB, victim.eid, agent, "strike_killed_him_ar")


_AR_REL_KILL = L._ar("قتلت", "اغتالت", "استهدفت", "اودت")


def strike_which_killed_ar(sr: Any) -> None:
    """"الضربة الأميركية التي قتلت X" / "الغارة الإسرائيلية التي أودت بحياة X": the strike's
    nationality adjective names the agent of the relative clause's killing."""
    for t in sr.triggers(_AR_REL_KILL, _EMPTY):
        if sr.key(t - 1) != "التي":
            continue
        if sr.f(t) & _AR_AWDAT and sr.key(t + 1) not in ("بحياه", "بحياة"):
            continue
        if sr.f(t) & _AR_TARGETED:
            continue
        lo = t - 1
        while lo > max(sr.lo, t - 5) and not sr.f(lo) & _AR_STRIKE_N and \
                not sr.f(lo) & L.AR_STRIKE:
            lo -= 1
        if not (sr.f(lo) & _AR_STRIKE_N or sr.f(lo) & L.AR_STRIKE):
            continue
        agent = sr.nat_agent(lo + 1, t - 1)
        victim = sr.after(t + 1, types=("Person",), maxgap=8)
        if agent and victim is not None and not sr.blocked(t):
            for v in sr.chain(victim, ("Person",)):
                sr.add(AB, v.eid, agent, "strike_which_killed_ar")


def whom_killed_en(sr: Any) -> None:
    """"X, whom the United States killed in 2020, ..." -> X by the subject of the clause."""
    if not sr.triggers(_EMPTY, _EN_WHOM):
        return
    for t in sr.triggers(_EMPTY, _EN_KILLED_ASSASSINATED):
        w = next((y for y in range(t - 1, max(sr.lo, t - 6) - 1, -1) if sr.key(y) == "whom"),
                 None)
        if w is None or sr.toks[w - 1].text != ",":
            continue
        victim = sr.before(w, types=("Person",), maxgap=1)
        agent = sr.after(w + 1, types=_AGENTS, maxgap=2)
        if victim is None or agent is None or agent.hi > t or sr.blocked(t, agent):
            continue
        if any(sr.key(y) not in ("had", "has", "have", "reportedly", "allegedly", "later",
                                 "eventually", "finally") for y in range(agent.hi, t)):
            continue  # "X, whom Qaani met often, was killed": another verb is the clause's
        sr.add(AB, victim.eid, agent.eid, "whom_killed_en")


def claimed_killing_en(sr: Any) -> None:
    """"Israel claimed (took) responsibility for (the) killing (of) X" -> X by Israel."""
    for t in sr.triggers(_EMPTY, _EN_RESPONSIBILITY):
        if sr.key(t + 1) != "for" or sr.key(t - 1) not in ("claimed", "claims", "took",
                                                            "takes", "claiming", "taking"):
            continue
        k = t + 2
        if sr.key(k) == "the":
            k += 1
        if sr.key(k) not in ("killing", "assassination", "assassinating"):
            continue
        if sr.key(k + 1) == "of":
            k += 1
        victim = sr.after(k + 1, types=("Person",), maxgap=4)
        agent = sr.before(t - 1, types=_AGENTS, maxgap=2)
        if victim is None or agent is None or sr.blocked(t - 1, agent) or sr._irrealis(t - 1):
            continue
        for v in sr.chain(victim, ("Person",)):
            if v.eid != agent.eid:
                sr.add(AB, v.eid, agent.eid, "claimed_killing_en")


def slain_by_en(sr: Any) -> None:
    """"X, slain/murdered by Israel last year, ..." (a reduced relative after the victim)."""
    for t in sr.triggers(_EMPTY, _EN_SLAIN):
        if sr.toks[t - 1].text != "," or sr.key(t + 1) not in ("by", "in"):
            continue
        victim = sr.before(t - 1, types=("Person",), maxgap=0)
        if victim is None or sr.blocked(t):
            continue
        sr._agents = []
        agent, _how = sr._agent_after(t + 1)
        agents = list(sr._agents) or ([agent] if agent else [])
        sr._agents = []
        for a in agents:
            if a != victim.eid:
                sr.add(AB, victim.eid, a, "slain_by_en")


_AR_REL = L._ar("الذي", "التي", "الذين", "اللذين", "اللذان")


def rel_passive_ar(sr: Any) -> None:
    """"المهندس الذي قُتل على يد القوات الأمريكية": the head of the relative clause is the
    victim, the agent phrase follows the passive verb."""
    for t in sr.triggers(_AR_KILLED_PASS, _EMPTY):
        if not sr.f(t - 1) & _AR_REL:
            continue
        victim = sr.before(t - 1, types=("Person",), maxgap=1)
        if victim is None or sr.blocked(t):
            continue
        sr._agents = []
        agent, _how = sr._agent_after(t + 1, limit=12)
        agents = list(sr._agents) or ([agent] if agent else [])
        sr._agents = []
        for a in agents:
            if a != victim.eid:
                sr.add(AB, victim.eid, a, "rel_passive_ar")


_EN_INF_KILL = frozenset({"kill", "assassinate", "eliminate", "murder"})
_EN_DONE_KILL = frozenset({"killed", "assassinated", "killing", "assassination", "slain", "died",
                           "death", "eliminated", "murdered", "martyred"})


def drop_infinitive(sr: Any, start: int) -> None:
    """"Israel threatened/tried/vowed to kill X": an intention, not a killing. When the only
    killing words of the sentence are infinitives, its killing relations are removed."""
    inf = [x for x in sr.triggers(_EMPTY, _EN_INF_KILL) if sr.key(x - 1) == "to"]
    if not inf or sr.triggers(_EMPTY, _EN_DONE_KILL):
        return
    sr.out[start:] = [r for r in sr.out[start:] if r.type != AB]


# ---- blame, accusation, a negated agent -----------------------------------------------------
_EN_ACCUSE = frozenset({"accused", "accuses", "accusing", "blamed", "blames", "blaming",
                        "alleged", "alleges", "alleging", "held", "holds"})
_AR_ACCUSE = L._ar("اتهم", "اتهمت", "يتهم", "تتهم", "حمل", "حملت", "يحمل", "تحمل", "حملوا",
                   "اتهموا")


def drop_accused(sr: Any, start: int) -> None:
    """"Iran accused Israel of killing X" / "اتهمت إيران إسرائيل بقتل X": an accusation,
    not a statement. A relation of this sentence whose agent and victim are both named after
    an accusation verb is removed (a victim named before it keeps its relation: "X was
    killed in an Israeli strike, and Iran accused ...")."""
    cues = sr.triggers(_AR_ACCUSE, _EN_ACCUSE)
    if not cues:
        return
    c = cues[0]
    after = {m.eid for m in sr.args if m.lo > c}
    before = {m.eid for m in sr.args if m.lo < c}
    sr.out[start:] = [r for r in sr.out[start:] if not (
        r.type == AB and r.source in after and r.source not in before and
        r.target in after and r.target not in before)]


def _adjective_agents(sr: Any) -> set[str]:
    """Countries named by a nationality adjective outside any mention ("an Israeli strike")."""
    out = set()
    for x in range(sr.lo, sr.hi):
        if sr.mention_at.get(x) is None:
            for fm in sr.f(x):
                c = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
                if c:
                    out.add(c)
    return out


_AR_NEG = L.AR_NEG | frozenset("و" + w for w in L.AR_NEG) | frozenset("ف" + w for w in L.AR_NEG)
_EN_NEG = L.EN_NEG | frozenset({"didn't", "don't", "doesn't", "hasn't", "haven't", "hadn't",
                                "wasn't", "weren't", "isn't", "won't", "can't", "couldn't"})


def drop_negated_agent(sr: Any, start: int) -> None:
    """"Israel did not claim the strike that killed X" / "لم تعلن إسرائيل مسؤوليتها عن الغارة
    التي قتلت X": the agent is only named as the subject of a negated verb."""
    if not sr.triggers(_AR_NEG, _EN_NEG):
        return
    neg = set()
    cues = sr.triggers(_AR_CUES, _EN_CUES)
    for m in sr.args:
        if m.etype not in _AGENTS:
            continue
        b = _title_start(m) - 1
        if sr.key(b) == "by" and sr.key(b - 1) in _EN_ORDERED and _negated_clause(sr, b - 1):
            neg.add(id(m))  # "a strike that was not ordered by X"
            continue
        if not any(c > m.hi for c in cues):
            continue  # the killing is told before the agent: "the killing of X by Y would not"
        if sr.key(b) in ("by", "يد", "من"):
            continue  # an agent phrase, not the subject of the negated verb
        window = range(max(sr.lo, m.lo - 2), min(sr.hi, m.hi + 3))
        if any((L.AR_NEG if sr.toks[y].ar else L.EN_NEG) & {sr.key(y)} or
               sr.toks[y].text.lower().endswith("n't") for y in window if y < m.lo or
               y >= m.hi):
            neg.add(id(m))
    if not neg:
        return
    bad = set()
    for r in sr.out[start:]:
        if r.type != AB:
            continue
        ms = [m for m in sr.args if m.eid == r.target]
        if ms and all(id(m) in neg for m in ms) and r.target not in _adjective_agents(sr):
            bad.add((r.source, r.target))
    if bad:
        sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and
                                                            (r.source, r.target) in bad)]


# ---- conditionals ------------------------------------------------------------------------
_AR_IF = L._ar("لو", "لولا")


def drop_conditional(sr: Any, start: int) -> None:
    """"If the United States had killed X, ..." / "لو اغتالت ...": no statement of a killing;
    the relations the sentence's rules drew from such a clause are removed."""
    toks = sr.toks
    cond = next((x for x in range(sr.lo, sr.hi) if (toks[x].key in ("if", "unless") and
                                                     not toks[x].ar) or
                 (toks[x].ar and toks[x].key in _AR_IF)), None)
    if cond is None:
        return
    end = next((x for x in range(cond + 1, sr.hi) if toks[x].text in (",", "،")), sr.hi)
    inside = {m.eid for m in sr.args if cond < m.lo < end}
    sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and r.source in inside)]


# ---- entry point -------------------------------------------------------------------------
@needs((_AR_CUES, _EN_CUES))
def more_killings(sr: Any, start: int) -> None:
    """Run the rules above on one sentence; *start* is the length of ``sr.out`` before the
    sentence's killing rules ran (their relations are ``sr.out[start:]``). A sentence
    without a cue word (outside names) is skipped, by the dispatch or, when every rule is
    asked to run (``dispatch.all_rules_run``), by the test below: the rules keep their
    scope."""
    if not sr.triggers(_AR_CUES, _EN_CUES):
        return
    sr._agents = []
    en = not sr.toks[sr.lo].ar
    if en:
        also_killed_en(sr)
        strike_subject_orderer_en(sr)
        killing_him_en(sr)
        among_killed_en(sr)
        whom_killed_en(sr)
        claimed_killing_en(sr)
        slain_by_en(sr)
        passive_orderer_en(sr)
    else:
        killed_with_him_ar(sr)
        died_vso_ar(sr)
        nominal_subject_ar(sr)
        by_fire_of_ar(sr)
        strike_killed_him_ar(sr)
        strike_which_killed_ar(sr)
        rel_passive_ar(sr)
    its_forces_killed(sr)
    new = [r for r in sr.out[start:] if r.type == AB]
    if new:
        extend_victims(sr, new)
        far_orderers(sr, sr.out[start:])
    later_orderer(sr)
    if any(r.type == AB for r in sr.out[start:]):
        drop_conditional(sr, start)
        drop_accused(sr, start)
        drop_negated_agent(sr, start)
        if en:
            drop_infinitive(sr, start)
