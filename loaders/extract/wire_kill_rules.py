"""ASSASSINATED_BY in wire-style prose: the subject of an active killing verb is a strike
whose agent is an adjective ("after Israeli strikes killed Y", "an Israeli airstrike in X's
suburbs killed Y"; ``strike_subject_en``), a strike's national agent before the verb
(``strike_agent_before``, ``more_kills_en``), the inverted "killed in a strike by / at the
direction of G" (``inverted_killed_en``), Arabic result clauses ("أسفرت الغارة عن مقتل X";
``result_killing_ar``) and "قتل X عندما قصفت G" (``killed_when_struck_ar``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.kill_apposed_victim_en import apposed_title_victim_en
from loaders.extract.kill_bodies import owned_body
from loaders.extract.kill_said_it import speaker_it_killed
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.strike_far_en import far_strike_verb
from loaders.extract.strike_light_killing_en import light_strike_before
from loaders.extract.wire_cues import _AR_KILLED_V, _AR_RESULT_V, _EN_KILL_TRIG, _EN_PASS

# ---- ASSASSINATED_BY ------------------------------------------------------------------------
_EN_STRIKE_HEADS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                              "bombing", "bombardment", "attack", "attacks", "drone", "drones",
                              "missile", "missiles", "warplanes", "jets", "fire"})
_EN_NP_WORDS = frozenset({"a", "an", "the", "air", "drone", "missile", "precision", "deadly",
                          "targeted", "overnight", "massive", "new", "further", "separate"})


_EN_AUX_ADV = frozenset({"had", "has", "have", "also", "reportedly", "then", "later"})


def strike_subject_en(sr: Any, t: int, agent_m: Any) -> str | None:
    """Agent of an active killing verb at *t* whose subject is a strike named by its
    nationality: "after Israeli strikes killed Y", "a U.S. drone strike killed Y", "an
    Israeli airstrike in Beirut's southern suburbs killed Y". The strike noun is right
    before the verb, or followed by an in/on/near place phrase or a short relative clause
    ("an Israeli drone that struck a car ... killed Y") up to the verb. None when the
    strike has no national adjective (then no agent is stated by it), or when a named
    agent stands between the strike and the verb."""
    x = t - 1
    while x > sr.lo + 1 and sr.key(x) in _EN_AUX_ADV:  # "Israeli jets had (also) killed"
        x -= 1
    t = x + 1
    # skip a short place phrase: "in Beirut's southern suburbs", "near Baghdad airport"
    y = x
    while y > max(sr.lo, t - 12) and sr.key(y) not in _EN_STRIKE_HEADS:  # ("a U.S. drone
        # strike on a car in eastern Baghdad on Wednesday night killed Y": session 58)
        if sr.toks[y].punct and sr.toks[y].text not in ("'", "’"):
            return None
        y -= 1
    if sr.key(y) not in _EN_STRIKE_HEADS:
        return None
    if y < x and sr.key(y + 1) not in ("in", "on", "near", "at", "outside", "inside", "across",
                                       "that", "which"):
        return None  # (a relative clause too: "an Israeli drone that struck a car in X
        # killed Y", session 56)
    if agent_m is not None and y < agent_m.lo < t and agent_m.etype != "Location" and \
            agent_m.etype != "Country":
        return None
    lo = y
    while lo - 1 >= sr.lo and (sr.key(lo - 1) in _EN_STRIKE_HEADS or
                               sr.key(lo - 1) in _EN_NP_WORDS or
                               sr.key(lo - 1) in L.NATIONALITY or
                               sr.mention_at.get(lo - 1) is not None and
                               sr.mention_at[lo - 1].etype == "Country" or
                               sr.key(lo - 1) in (".", "s")) and lo > y - 6:
        lo -= 1
    if lo == y:
        return None
    return sr.nat_agent(lo, y)


# ---- ASSASSINATED_BY: inverted passive "Also killed in the strike ... was Y" -------------------
_EN_DIRECTION = frozenset({"direction", "orders", "order", "behest", "instructions", "command"})
_EN_DEF_STRIKES = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "operation"})


def inverted_killed_en(sr: Any) -> None:
    """"Also killed in the strike, which ... at the direction of X, was Y" / "Killed along
    with him in the U.S. strike were Y and Z": the victims come after the verb 'was/were'
    at the end. Agents: those the clause names ('by X', 'at the direction of X', 'a U.S.
    strike'), and for "the strike" the agents of the killing reported just before."""
    lo, hi = sr.lo, sr.hi
    x = lo
    while x < hi and sr.toks[x].punct:
        x += 1
    kx = sr.toks[x].key if x < hi else ""  # = sr.key(x) (x >= lo), without a call
    if kx == "also" and sr.key(x + 1) == "killed":
        t = x + 1
    elif kx == "killed" and sr.key(x + 1) in ("also", "too", "in", "alongside", "along",
                                                    "with"):
        t = x
    else:
        return
    w = next((y for y in range(t + 2, hi) if sr.key(y) in ("was", "were") and
              sr.toks[y - 1].text == ","), None)
    if w is None:
        return
    victim = sr.after(w + 1, types=("Person",), maxgap=3)
    if victim is None or sr.blocked(t):
        return
    agents: list[str] = []
    named: list[str] = []  # agents the clause itself names ('by X', 'at the direction of X')
    same_strike = False
    for y in range(t + 1, w):
        k = sr.key(y)
        if k == "by" or (k in _EN_DIRECTION and sr.key(y + 1) == "of"):
            m = sr.after(y + (1 if k == "by" else 2), maxgap=3)
            if m is not None and m.hi <= w and m.etype in ("Person", "Country", "Organization"):
                agents.append(m.eid)
                named.append(m.eid)
        elif k in _EN_DEF_STRIKES:
            nat = sr.nat_agent(max(t + 1, y - 3), y)
            if nat:
                agents.append(nat)
            elif sr.key(y - 1) in ("the", "same", "that") and y - t <= 4:
                same_strike = True
                prev = [(s_, a) for s_, a in sr.doc.kill_agents if sr.si - 3 <= s_ < sr.si]
                if prev:
                    last = max(s_ for s_, _a in prev)
                    agents.extend(a for s_, a in prev if s_ == last)
    for a in dict.fromkeys(agents):
        for v in sr.chain(victim, ("Person",)):
            if v.eid != a:
                sr.add("ASSASSINATED_BY", v.eid, a, "killed_inverted_en")
    if same_strike and named:
        # "the strike, which ... at the direction of X": the strike that killed the victims
        # reported just before, so X is their agent too
        vs = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - 3 <= s_ < sr.si]
        last_s = max((s_ for s_, _e in vs), default=None)
        for e in dict.fromkeys(e for s_, e in vs if s_ == last_s):
            for a in dict.fromkeys(named):
                if e != a:
                    sr.add("ASSASSINATED_BY", e, a, "killed_inverted_en")


# ---- more English constructions: ", killing X", "when Israeli jets struck", "named to succeed"
_EN_STRUCK = frozenset({"struck", "hit", "bombed", "pounded", "targeted", "attacked", "shelled",
                        "stormed", "ambushed",  # (a raid on a compound, a convoy: session 21)
                        "fired", "raided", "flattened", "destroyed", "levelled", "leveled",
                        "razed", "demolished"})  # (what the strike did to a building)


def _np_nat_agent(sr: Any, lo: int, hi: int) -> str | None:
    """Agent named by the noun phrase [lo, hi) before a strike verb: a country/organisation
    mention or a nationality adjective ("Israeli jets", "U.S. forces", "Israel")."""
    for x in range(lo, hi):
        m = sr.mention_at.get(x)
        if m is not None and m.etype in ("Country", "Organization") and \
                sr.key(title_start(m) - 1) not in ("in", "at", "on", "near"):
            return owned_body(sr, m).eid  # "Iran's Revolutionary Guards fired": the IRGC
    return sr.nat_agent(lo, hi)


def strike_agent_before(sr: Any, t: int, reach: int) -> tuple[int, str | None]:
    """(position, agent) of the strike verb within *reach* tokens before the participle at
    *t* ("<agent> struck Y, killing ..."): the agent is the noun phrase of at most five words
    before the verb (see :func:`_np_nat_agent`); (-1, None) when there is no strike verb."""
    v = next((x for x in range(t - 2, max(sr.lo, t - reach) - 1, -1)
              if sr.key(x) in _EN_STRUCK), None)
    if v is None:
        # past place and time adjuncts of one clause ("struck a car on the ... road near ...
        # in southern Lebanon on Tuesday, killing X", session 67)
        v = far_strike_verb(sr, t, reach, _EN_STRUCK)
    if v is None:
        # "CENTCOM forces conducted a strike in ..., killing X": the light verb (session 68)
        v = light_strike_before(sr, t)
    if v is None:
        return -1, None
    passive = sr.key(v - 1) in ("was", "were", "been", "being") and sr.key(v + 1) == "by"
    if passive or (sr.key(v) == "fired" and sr.key(v + 1) in ("from", "by")):
        # the agent after the verb: "X's car was hit by Israeli jets, killing him", "(was hit
        # by) missiles fired from a U.S. drone, killing him"
        hi = next((x for x in range(v + 2, min(t, v + 10)) if sr.toks[x].punct), min(t, v + 10))
        agent = _np_nat_agent(sr, v + 2, hi)
        if agent or passive:
            return v, agent
    if sr.key(v - 1) in ("was", "were", "been", "being"):
        return v, None  # "the annex of the Iranian embassy was flattened, killing Y": the
        # passive's subject is the target, not the agent (session 25)
    lo = v
    while lo > sr.lo and not sr.toks[lo - 1].punct and v - lo < 5:
        lo -= 1
    agent = _np_nat_agent(sr, lo, v)
    if agent is None:
        # "<agent> said on Tuesday (that) it / they had struck Y, killing X": the speaker of
        # "it struck", past the time words between (session 66)
        speaker = speaker_it_killed(sr, v)
        if speaker is not None and speaker.etype in ("Country", "Organization"):
            agent = owned_body(sr, speaker).eid
    return v, agent


def more_kills_en(sr: Any) -> None:
    """"<agent> struck Y, killing X (and Z)" -> X by the agent; "X was killed (along with
    ...) when <agent> struck Y" -> X by the agent. The agent is the subject of the strike
    verb: a country/body or a nationality adjective ("Israeli jets"); none, no relation."""
    for t in sr.triggers(EMPTY, _EN_KILL_TRIG):
        k = sr.key(t)
        if k in ("killing", "eliminating", "assassinating") and sr.toks[t - 1].text == ",":
            victim = sr.after(t + 1, types=("Person",), maxgap=5) or \
                apposed_title_victim_en(sr, t)  # ", killing the prime minister of the Sanaa
            if victim is None:  # government, X" (kill_apposed_victim_en; session 70)
                continue
            v, agent = strike_agent_before(sr, t, reach=14)
            if agent and not sr.blocked(v):
                for m in sr.chain(victim, ("Person",)):
                    sr.add("ASSASSINATED_BY", m.eid, agent, "struck_killing_en")
        elif k == "killed" and sr.key(t - 1) in _EN_PASS:
            toks = sr.toks  # (t < x < hi: toks[x].key = sr.key(x))
            w = next((x for x in range(t + 1, min(sr.hi, t + 12))
                      if toks[x].key in ("when", "as")), None)
            if w is None or any(toks[x].key == "by" for x in range(t + 1, w)):
                continue
            v = next((x for x in range(w + 1, min(sr.hi, w + 7)) if sr.key(x) in _EN_STRUCK),
                     None)
            if v is None:
                continue
            agent = _np_nat_agent(sr, w + 1, v)
            victim = sr.before(t, types=("Person",), maxgap=4)
            if agent and victim is not None and not sr.blocked(t, victim):
                sr.add("ASSASSINATED_BY", victim.eid, agent, "killed_when_struck_en")


_AR_RELEASE = L._ar("سراح")
_AR_DEATH_N = L._ar("مقتل", "اغتيال", "استشهاد", "مصرع")
_AR_STRIKE_V = L._ar("شن", "شنت", "قصف", "قصفت", "نفذ", "نفذت", "استهدف", "استهدفت", "ضرب",
                     "ضربت", "اغار", "اغارت", "هاجم", "هاجمت",
                     "اطلق", "اطلقت")  # "أطلق الحرس الثوري صواريخ على Y، ما أدى إلى مقتل X"


def _strike_verb_back_ar(sr: Any, r: int) -> int | None:
    """The strike verb of the clause before "ما أسفر" at *r*: within 16 tokens, or further
    back through one unpunctuated clause ("نفّذت الخميس ضربة بطائرة مسيّرة على مقر لفصيل مسلح
    مدعوم من إيران في شارع فلسطين شرقي بغداد، ما أسفر"); None when there is none."""
    for x in range(r - 2, max(sr.lo, r - 32) - 1, -1):
        if sr.f(x) & _AR_STRIKE_V:
            return x
        if r - x >= 16 and sr.toks[x].punct:
            return None
    return None


def result_killing_ar(sr: Any) -> None:
    """"شنت إسرائيل غارات على طهران، ما أسفر عن مقتل X" / "قصفت طائرات إسرائيلية Y، مما أدى
    إلى مقتل X": the agent is the subject of the strike verb of the main clause (a country or
    body after the verb, or the nationality of its aircraft); none named, no relation."""
    for r in sr.triggers(_AR_RESULT_V, EMPTY):
        if sr.key(r - 1) not in ("ما", "مما", "وما"):
            continue
        d = r + 1
        if sr.key(d) in ("عن", "الي", "إلى", "الى"):
            d += 1
        if not sr.f(d) & _AR_DEATH_N:
            continue
        victim = sr.after(d + 1, types=("Person",), maxgap=6)
        if victim is None:
            continue
        v = _strike_verb_back_ar(sr, r)
        if v is None or sr.blocked(v) or any(sr.f(x) & _AR_RELEASE for x in range(v + 1, v + 5)):
            continue  # "أطلقت إيران سراح Y": a release, no strike
        if "\u064f" in sr.toks[v].text[:6]:
            continue  # "استُهدف مبنى القنصلية الإيرانية، ما أسفر عن مقتل X": a passive's
            # subject is the target, not the agent (session 25)
        agent = None
        m = sr.after(v + 1, types=("Country", "Organization"), maxgap=0)
        if m is not None and sr.key(m.lo - 1) not in ("في", "على", "علي"):
            agent = m.eid
        if agent is None:
            agent = sr.nat_agent(v + 1, min(r, v + 4))  # "طائرات إسرائيلية"
        if agent is None:
            b = sr.before(v, types=("Country", "Organization"), maxgap=1)
            agent = b.eid if b is not None else None
        if agent:
            for p in sr.chain(victim, ("Person",)):
                sr.add("ASSASSINATED_BY", p.eid, agent, "result_killing_ar")


_AR_WHEN = L._ar("عندما", "حين", "حينما", "لدى", "بعدما")


def killed_when_struck_ar(sr: Any) -> None:
    """"قُتل X عندما قصفت طائرات إسرائيلية Y": the strike verb's subject is the agent (a
    country/body right after the verb, or the nationality of its aircraft)."""
    for t in sr.triggers(_AR_KILLED_V, EMPTY):
        w = next((x for x in range(t + 1, min(sr.hi, t + 12)) if sr.f(x) & _AR_WHEN), None)
        if w is None or not sr.f(w + 1) & _AR_STRIKE_V:
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=6)
        if victim is None or victim.lo > w:
            continue
        m = sr.after(w + 2, types=("Country", "Organization"), maxgap=0)
        agent = m.eid if m is not None else sr.nat_agent(w + 2, min(sr.hi, w + 5))
        if agent and not sr.blocked(t, victim):
            for p in sr.chain(victim, ("Person",)):
                sr.add("ASSASSINATED_BY", p.eid, agent, "killed_when_struck_ar")
