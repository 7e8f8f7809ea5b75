"""ASSASSINATED_BY: "the strike" that an earlier sentence told, with its agent.

News often names the strike and its agent first and the dead afterwards:

- "A U.S. drone struck the convoy at dawn. Among those killed was X." /
  "شنت طائرة مسيرة أمريكية غارة على موكب ... . وكان بين القتلى X وY";
- "Israeli jets struck a building in Beirut. X was killed in the strike." /
  "استهدفت غارة إسرائيلية مبنى في الضاحية. وقُتل في الغارة X، نجل Y".

:func:`note_strike_agents` remembers, per sentence, the agent of a strike it tells (a
country/body as subject or the strike's nationality adjective: "Israeli jets struck",
"استهدفت غارة إسرائيلية", "شنت إسرائيل غارة"); :func:`prior_strike_agents` gives the agents
of the latest strike or killing with an agent in the two sentences before. The killing rules
use them for a *definite* strike noun that names no agent of its own ("in the strike", "في
الغارة", "The attack killed X") and :func:`among_the_dead` for "among the dead / those
killed" ("بين القتلى"). A strike told without an agent ("Unidentified drones struck ...")
is not remembered, so its dead stay without a relation.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.month_dates_en import EN_MONTH_WORDS
from loaders.extract.rule_common import EMPTY
from loaders.extract.strike_light_verb_en import light_verb_start

AB = "ASSASSINATED_BY"

# a definite strike noun: "the strike", "the drone strike", "الغارة", "بالضربة"
_EN_DEF_HEADS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks",
                           "raid", "raids", "bombing", "bombardment", "assault"})
_EN_DEF_MODS = frozenset({"air", "drone", "missile", "israeli", "u.s.", "us", "american",
                          "deadly", "overnight", "same"})
_EN_THE = frozenset({"the", "that", "this", "those", "these"})
_AR_DEF_STRIKE = L._ar("الغاره", "الغارات", "الضربه", "الضربات", "الهجوم", "القصف",
                       "الاستهداف", "العمليه", "الهجمات")  # ("كما استشهد في الهجمات X")


_EN_STRUCK_V = frozenset({"struck", "hit", "bombed", "shelled", "pounded", "raided",
                         "targeted"})
_EN_STRIKE_N = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                          "bombing", "attack"})
_EN_DONE_BY = frozenset({"claimed", "carried", "launched", "conducted"})
_AR_STRUCK_V = L._ar("استهدفت", "استهدف", "شنت", "شن", "قصفت", "اغارت")
_AR_STRIKE_N = L._ar("غاره", "غارات", "ضربه", "ضربات", "قصف")
# "(العدوان / الهجوم / الغارة) الذي شنّه / التي نفذتها Y": the relative clause names the agent
_AR_DID_IT = L._ar("شنه", "شنته", "شنها", "شنتها", "نفذه", "نفذته", "نفذها", "نفذتها")
_AR_WHICH = L._ar("الذي", "التي", "الذى")
# a sentence that tells a strike: a past strike verb or a strike noun (or "في العدوان الذي
# شنّه Y": the agent of a relative clause, s63)
_EN_STRIKE_CUES = _EN_STRUCK_V | _EN_STRIKE_N
_AR_STRIKE_CUES = _AR_STRUCK_V | _AR_STRIKE_N | _AR_DID_IT
# words that end the strike's noun phrase: a place or target follows
_EN_NP_STOP = frozenset({"on", "in", "at", "near", "against", "targeting", "that", "which",
                         "said", "says", "told", "of", "from", "over", "inside", "outside",
                         "for", "to", "with", "after", "before", "by", "about", "blamed",
                         "accused", "denied"})
_AR_NP_STOP = L._ar("على", "في", "ضد", "قرب", "داخل", "استهدفت", "استهدف", "التي", "الذي",
                    "شمال", "جنوب", "شرق", "غرب", "بين", "من")


def _agent_in(sr: Any, lo: int, hi: int) -> str | None:
    """The country or body a noun phrase [lo, hi) names (a mention or a nationality
    adjective: "Israeli jets", "U.S. drone", "إسرائيل", "طائرة مسيرة أمريكية")."""
    for y in range(max(lo, sr.lo), min(hi, sr.hi)):  # the first in the text wins
        m = sr.mention_at.get(y)
        if m is not None and m.etype in ("Country", "Organization"):
            return m.eid
        nat = sr.nat_agent(y, y + 1, skip_bodies=True)
        if nat is not None:
            return nat
    return None


def _np_after(sr: Any, x: int, limit: int = 4) -> int:
    """End of the noun phrase that starts at *x* (at most *limit* tokens, no place)."""
    y = x
    while y < min(sr.hi, x + limit) and not sr.toks[y].punct and not (
            not sr.f(y).isdisjoint(_AR_NP_STOP) if sr.toks[y].ar else
            sr.key(y) in _EN_NP_STOP):
        y += 1
    return y


def _np_before(sr: Any, x: int, limit: int = 5) -> int:
    """Start of the noun phrase that ends before *x* (subject of a verb at *x*)."""
    y = x
    while y > max(sr.lo, x - limit) and not sr.toks[y - 1].punct and not (
            not sr.f(y - 1).isdisjoint(_AR_NP_STOP) if sr.toks[y - 1].ar else
            sr.key(y - 1) in _EN_NP_STOP):
        y -= 1
    return y


def _strike_agent_at(sr: Any, x: int) -> str | None:
    """Agent of the strike word at *x*: the subject of a strike verb ("Israeli jets
    pounded", "شنت إسرائيل غارة", "استهدفت غارة إسرائيلية") or a strike noun's adjective
    ("a U.S. strike", "غارة أمريكية")."""
    tk = sr.toks[x]
    if tk.ar:
        fx = sr.f(x)
        if fx & _AR_STRUCK_V:  # VSO, else SVO "طائرات إسرائيلية استهدفت"
            return _agent_in(sr, x + 1, _np_after(sr, x + 1)) or \
                _agent_in(sr, _np_before(sr, x, 4), x)
        if fx & _AR_STRIKE_N:
            return sr.nat_agent(x + 1, _np_after(sr, x + 1, 3), skip_bodies=True)
        if fx & _AR_DID_IT and x - 1 >= sr.lo and sr.f(x - 1) & _AR_WHICH:
            return _agent_in(sr, x + 1, _np_after(sr, x + 1))  # "العدوان الذي شنّه Y على P"
        return None
    b = x
    while b > sr.lo and sr.key(b - 1) in ("had", "has", "have", "also", "reportedly"):
        b -= 1
    if tk.key in _EN_STRUCK_V:
        return _agent_in(sr, _np_before(sr, b), b)
    if tk.key in _EN_STRIKE_N and sr.key(x - 1) not in ("to", "would", "will", "could"):
        by = _claimed_by(sr, x) or _nearest_before(sr, _np_before(sr, x, 3), x)
        if by is None:
            v = light_verb_start(sr, x)  # "Israel has carried out an air strike on P"
            if v is not None:
                by = _agent_in(sr, _np_before(sr, v), v)
        return by
    return None


def _nearest_before(sr: Any, lo: int, x: int) -> str | None:
    """The agent the words [lo, x) before a strike noun name, the nearest first ("Qatar
    condemns Israeli attack": Israel, the attack's adjective, not the condemning state)."""
    for y in range(x - 1, lo - 1, -1):
        nat = sr.nat_agent(y, x, skip_bodies=True)
        if nat is not None:
            return nat
    return None


def _claimed_by(sr: Any, x: int) -> str | None:
    """"an attack claimed / carried out by X" (noun at *x*): X."""
    y = x + 1
    if sr.key(y) not in _EN_DONE_BY:
        return None
    y += 2 if sr.key(y + 1) == "out" else 1
    if sr.key(y) != "by":
        return None
    m = sr.after(y + 1, types=("Organization",), maxgap=5) or \
        sr.after(y + 1, types=("Country",), maxgap=1)  # ("the Iran-backed X": X)
    return m.eid if m is not None else None


@needs((_AR_STRIKE_CUES, _EN_STRIKE_CUES))  # (relations.run gates its calls on these)
def note_strike_agents(sr: Any) -> None:
    """Remember the agent of the first strike this sentence tells with an agent (only a
    sentence with a strike word; a negated or hypothetical strike is none)."""
    for x in sr.triggers(_AR_STRIKE_CUES, _EN_STRIKE_CUES):
        agent = _strike_agent_at(sr, x)
        if agent is None:
            continue
        verb = sr.f(x) & _AR_STRUCK_V if sr.toks[x].ar else sr.key(x) in _EN_STRUCK_V
        if not sr.blocked(x) and not sr._irrealis(x, 8 if verb else 3):  # "threatened to
            # hit"; a noun's own words only ("دعت إليها قطر بعد الغارة" is a strike)
            sr.doc.state.setdefault("strike_agents", []).append((sr.si, agent))
        return


def prior_strike_agents(sr: Any, back: int = 2) -> list[str]:
    """Agents of the latest strike (or killing) with an agent told in the *back* sentences
    before this one; [] when there is none."""
    found = [(s_, a) for s_, a in sr.doc.kill_agents if sr.si - back <= s_ < sr.si]
    found += [(s_, a) for s_, a in sr.doc.state.get("strike_agents", ())
              if sr.si - back <= s_ < sr.si]
    if not found:
        return []
    last = max(s_ for s_, _a in found)
    return list(dict.fromkeys(a for s_, a in found if s_ == last))


def companion_agents(sr: Any, back: int = 2) -> list[str]:
    """The agents of a second victim of the killing told last (in the *back* sentences before
    this one): all the agents the article gave that killing's victims so far ("A U.S. drone
    strike killed X. CENTCOM said it had carried out the strike. Y was also killed in the
    strike": the U.S., and CENTCOM if the article gave it X too). [] when no killing with an
    agent was told there, or when a strike told after it (with no victim) is the later one
    (then :func:`prior_strike_agents`)."""
    pairs = sr.doc.kill_pairs
    last = max((s_ for s_, _v, _a in pairs if sr.si - back <= s_ < sr.si), default=-1)
    if last < 0 or any(s_ > last for s_, _a in sr.doc.state.get("strike_agents", ())
                       if s_ < sr.si):
        return []
    victims = {v for s_, v, _a in pairs if s_ == last}
    return list(dict.fromkeys(a for s_, v, a in pairs if v in victims and s_ < sr.si and
                              a not in victims))


_EN_SAME_EVENT = frozenset({"also", "same"})
_AR_SAME_EVENT = L.AR_ALSO | L._ar("نفسها", "ذاتها", "نفسه", "ذاته", "معه", "معهما")


def same_event_agents(sr: Any) -> list[str]:
    """:func:`companion_agents` when the sentence marks a second victim of the same killing
    ("also", "the same strike", "أيضاً", "في الغارة نفسها", "معه"); [] otherwise ("Hours later
    X was assassinated in Tehran ... the operation": a killing of its own)."""
    if sr.toks[sr.lo].ar:
        if not any(sr.f(y) & _AR_SAME_EVENT for y in range(sr.lo, sr.hi)):
            return []
    elif not any(sr.toks[y].key in _EN_SAME_EVENT for y in range(sr.lo, sr.hi)):
        return []
    return companion_agents(sr)


def strike_own_agents(sr: Any, agents: list[str]) -> list[str]:
    """Of *agents* (:func:`same_event_agents`), those the killing's own sentence gave its
    victims: a body that claimed the strike in a later sentence ("CENTCOM said its forces had
    carried out the strike") is not the agent of "Y was also killed in the strike" / "وقُتل في
    الضربة أيضاً Y" (a companion, "وقُتل معه Y", keeps it: not a definite strike)."""
    pairs = [(s_, v, a) for s_, v, a in sr.doc.kill_pairs if sr.si - 3 <= s_ < sr.si]
    victims = {v for _s, v, a in pairs if a in agents}
    if not victims:
        return agents
    first = min(s_ for s_, v, _a in pairs if v in victims)
    own = {a for s_, v, a in pairs if s_ == first and v in victims}
    return [a for a in agents if a in own] or agents


def only_strike_agents(sr: Any) -> list[str]:
    """Agents of the one strike (or killing) with an agent the article told before this
    sentence, however far back ("... قُتل فيه X في غارة أمر بها Y. [four sentences] وقُتل في
    الغارة أيضاً Z"); [] when none, or when two sentences told one with different agents."""
    found = [(s_, a) for s_, a in sr.doc.kill_agents if s_ < sr.si]
    found += [(s_, a) for s_, a in sr.doc.state.get("strike_agents", ()) if s_ < sr.si]
    told = {s_: frozenset(a for t_, a in found if t_ == s_) for s_, _a in found}
    if not found or len(set(told.values())) != 1:  # (one strike told twice, in the headline
        return []  # and the lede, by the same agents: still one; session 62)
    return list(dict.fromkeys(a for _s, a in found))


def definite_strike(sr: Any, x: int) -> bool:
    """Is token *x* the head of a definite strike noun phrase ("the (drone) strike",
    "الغارة", "بالضربة")?"""
    tk = sr.toks[x]
    if tk.ar:
        return bool(sr.f(x) & _AR_DEF_STRIKE)
    if tk.key not in _EN_DEF_HEADS:
        return False
    y = x - 1
    while y > sr.lo and sr.key(y) in _EN_DEF_MODS and x - y < 3:
        y -= 1
    return sr.key(y) in _EN_THE or sr.key(_before_date(sr, y)) in _EN_THE


# a date between "the" and a strike noun: "The Jan. 3 strike", "the January 3 drone strike",
# "the Tuesday strike", "the 3 January strike", "the July 2024 strike" (session 64)
_EN_DATE_WORDS = EN_MONTH_WORDS | L.EN_WEEKDAYS


def _before_date(sr: Any, y: int) -> int:
    """The token before a date of at most four tokens ending at *y* (a month or weekday in
    it, else a year), else *y*."""
    z, named = y, False
    while z > sr.lo and y - z < 4:
        tx, key = sr.toks[z].text, sr.key(z)
        if key in _EN_DATE_WORDS:
            named = True
        elif not (tx == "." and sr.key(z - 1) in EN_MONTH_WORDS or
                  tx.isdigit() and (len(tx) <= 2 or len(tx) == 4 and (named := True))):
            break
        z -= 1
    return z if named and z < y else y


# ---- "Among those killed was X" / "وكان بين القتلى X" ---------------------------------------
_EN_DEAD = frozenset({"dead", "killed", "victims", "slain"})
_EN_AMONG_HEAD = frozenset({"those", "the"})
_EN_BE = frozenset({"was", "were", "is", "are"})
_AR_AMONG = L._ar("بين", "ضمن")
_AR_DEAD = L._ar("القتلى", "الضحايا", "الشهداء", "قتلى", "ضحايا", "شهداء")
_EN_AMONG = frozenset({"among"})


def _among_dead_en(sr: Any, x: int) -> tuple[int, int] | None:
    """"among (those|the) (dead|killed|victims)" at *x*: (first, last) token, else None."""
    if sr.key(x + 1) not in _EN_AMONG_HEAD:
        return None
    y = x + 2
    if sr.key(y) in ("people", "men", "officials"):
        y += 1
    if sr.key(y) in _EN_DEAD:
        return x, y
    return None


# the first word of a source named between commas: "، بحسب مصادر في الجماعة،", ", according
# to the ministry,", ", officials said,"
_AR_ATTRIB = L._ar("بحسب", "حسب", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً", "نقلا", "نقلاً")
_EN_ATTRIB = frozenset({"according", "officials", "sources", "witnesses", "police", "it",
                        "the", "he", "she", "they", "medics", "relatives"})
_EN_SAID = frozenset({"said", "say", "says", "added", "reported"})


def _past_attribution(sr: Any, x: int, limit: int = 10) -> int:
    """*x*, or the word after a source set off by commas that starts at *x* ("ومن بين القتلى،
    بحسب مصادر في الجماعة، X", "Among the dead, according to the ministry, were X", "Among
    the dead, officials said, were X"; s63): no person inside it."""
    if x >= sr.hi or sr.toks[x].text not in (",", "،"):
        return x
    y = x + 1
    if sr.toks[y].ar if y < sr.hi else False:
        ok = bool(sr.f(y) & _AR_ATTRIB)
    else:
        ok = sr.key(y) in _EN_ATTRIB
    if not ok:
        return x
    for z in range(y + 1, min(sr.hi, y + limit)):
        m = sr.mention_at.get(z)
        if m is not None and m.etype == "Person":
            return x
        if sr.toks[z].text in (",", "،"):
            said = sr.toks[y].ar or sr.key(y) == "according" or sr.key(z - 1) in _EN_SAID
            return z + 1 if said else x
    return x


@needs((_AR_AMONG, _EN_AMONG))
def among_the_dead(sr: Any) -> None:
    """"Among the dead / those killed was X (and Y)", "X was among the dead", "وكان بين
    القتلى X", "X من بين القتلى": victims of the strike told in the sentence before, by its
    agents (none named before, no relation; a strike named in this sentence is left to the
    rules of the sentence)."""
    for x in sr.triggers(_AR_AMONG, _EN_AMONG):
        victims: list = []
        if sr.toks[x].ar:
            if not sr.f(x + 1) & _AR_DEAD:
                continue
            after = sr.after(_past_attribution(sr, x + 2), types=("Person",), maxgap=3)
            if after is not None:
                victims = sr.chain(after, ("Person",))
            else:
                b = x - 1 if sr.key(x - 1) in ("من", "ومن") else x
                before = sr.before(b, types=("Person",), maxgap=2)
                victims = [before] if before is not None else []
        else:
            span = _among_dead_en(sr, x)
            if span is None:
                continue
            be = _past_attribution(sr, span[1] + 1)
            if sr.key(be) in _EN_BE:
                after = sr.after(be + 1, types=("Person",), maxgap=3)
                victims = sr.chain(after, ("Person",)) if after is not None else []
            elif sr.key(x - 1) in _EN_BE:
                before = sr.before(x - 1, types=("Person",), maxgap=3)
                victims = [before] if before is not None else []
        if not victims or sr.blocked(x):
            continue
        if any(r.type == AB and r.source == victims[0].eid for r in sr.out):
            continue  # the sentence named the agent itself
        if sr.triggers(_AR_STRIKE_CUES, _EN_STRIKE_CUES) and not any(
                definite_strike(sr, y) for y in sr.triggers(_AR_STRIKE_CUES, _EN_STRIKE_CUES)):
            continue  # "among those killed in a drone strike": another, agentless strike
        for a in prior_strike_agents(sr):
            for v in victims:
                if v.eid != a:
                    sr.add(AB, v.eid, a, "among_the_dead")


# the word sets above, registered at import (the trigger index knows them from the start)
# ---- "The military named the dead as X and Y" ----------------------------------------------
_EN_NAMED = frozenset({"named", "identified"})
_EN_THE_DEAD = frozenset({"dead", "victims", "slain", "soldiers", "two", "three", "men",
                          "killed", "those"})


_AR_NAMES_OF = L._ar("هوية", "هويه", "هويات", "هويتي", "هويتا", "اسماء", "أسماء", "اسمي")
_AR_THE_DEAD = L._ar("القتلى", "القتيلين", "القتيلان", "الضحايا", "الشهداء", "الشهيدين",
                     "الجنديين", "الجنود")


def _named_dead_ar(sr: Any, x: int) -> Any:
    """"وكشف الجيش عن هويتي القتيلين، وهما X وY" / "أسماء الضحايا: X": the first victim."""
    if not sr.f(x + 1) & _AR_THE_DEAD:
        return None
    return sr.after(x + 2, types=("Person",), maxgap=3)


_AR_THEY_ARE = L._ar("وهما", "وهم", "هما", "هم", "وهي", "وهن")


def _named_dead_struck_ar(sr: Any, x: int) -> None:
    """«وكشف المحافظ عن هويتي القتيلين في الغارة التركية، وهما X وY»: the people listed
    after «وهما» were killed by the agent of the strike named between the dead and the list
    (the English "identified the two killed in the Turkish strike as X and Y" is
    ``kill_named_as_en``)."""
    if not sr.f(x + 1) & _AR_THE_DEAD:
        return
    end = min(sr.hi, x + 12)
    they = next((y for y in range(x + 3, end) if sr.f(y) & _AR_THEY_ARE and
                 sr.toks[y - 1].punct), None)
    if they is None or any(y in sr.mention_at and sr.mention_at[y].etype == "Person"
                           for y in range(x + 2, they)):
        return
    agent, _how = sr._agent_after(x + 2, limit=they - x - 2)
    first = sr.after(they + 1, types=("Person",), maxgap=2)
    if not agent or first is None:
        return
    for v in sr.chain(first, ("Person",)):
        if v.eid != agent:
            sr.add(AB, v.eid, agent, "named_the_dead")


@needs((_AR_NAMES_OF, EMPTY), (EMPTY, _EN_NAMED))
def named_the_dead(sr: Any) -> None:
    """"The military named / identified the dead as X and Y", "The dead were identified as
    X", "وكشف الجيش عن هويتي القتيلين، وهما X وY": the victims of the strike or attack told
    before (with its agent)."""
    for x in sr.triggers(_AR_NAMES_OF, EMPTY):
        first = _named_dead_ar(sr, x)
        if first is None and not sr.blocked(x):
            _named_dead_struck_ar(sr, x)
        if first is None or sr.blocked(x):
            continue
        _killed_by_prior_agents(sr, first)
    for x in sr.triggers(EMPTY, _EN_NAMED):
        y = x + 1
        if sr.key(y) == "the":
            y += 1
            while sr.key(y) in _EN_THE_DEAD:
                y += 1
            if y == x + 2:
                continue
        elif not (sr.key(x - 1) in ("were", "was") and sr.key(x - 2) in _EN_THE_DEAD and
                  sr.key(x - 3) == "the"):
            continue
        if sr.key(y) != "as":
            continue
        first = sr.after(y + 1, types=("Person",), maxgap=3)
        if first is None or sr.blocked(x):
            continue
        _killed_by_prior_agents(sr, first)


def _killed_by_prior_agents(sr: Any, first: Any) -> None:
    """The people listed from `first` on were killed by the agents of the strike told before."""
    for a in prior_strike_agents(sr):
        for v in sr.chain(first, ("Person",)):
            if v.eid != a:
                sr.add(AB, v.eid, a, "named_the_dead")


for _pair in ((_AR_STRIKE_CUES, _EN_STRIKE_CUES), (_AR_AMONG, _EN_AMONG),
              (_AR_NAMES_OF, _EN_NAMED)):
    register_triggers(*_pair)


# "days after the Israeli strike", "بعد أيام من الغارة": the strike dates the death
_EN_TIME_UNITS = frozenset({"day", "days", "hour", "hours", "week", "weeks", "month", "months",
                            "year", "years"})
_AR_TIME_UNITS = L._ar("يوم", "يومين", "ايام", "أيام", "ساعة", "ساعات", "ساعتين", "اسبوع",
                       "أسبوع", "اسبوعين", "أسبوعين", "اسابيع", "أسابيع", "شهر", "شهرين",
                       "اشهر", "أشهر", "سنة", "عام", "عامين", "أعوام")
_TIME_REL = frozenset({"after", "before"}) | L._ar("بعد", "قبل")
_EN_KILLING = frozenset({"killing", "assassination", "death", "killed", "assassinated"})


_AR_IN = frozenset({"في", "فى"})


def _later_in_strike_ar(sr: Any, x: int) -> bool:
    """"بعد أيام في غارة" / "بعد أيام بغارة" ending at the strike noun *x*: a time word and its
    unit right before the means ("days later, in a strike"), not a date "من الغارة"."""
    y = x - 1 if sr.key(x - 1) in _AR_IN else x if sr.toks[x].key[:1] == "ب" else -1
    return y - 2 >= sr.lo and bool(sr.f(y - 1) & _AR_TIME_UNITS) and bool(sr.f(y - 2) & _TIME_REL)


def strike_as_time(sr: Any, x: int) -> bool:
    """The strike noun at *x* only dates the event: "(two) days after the Israeli strike on
    Gaza", "a week before the U.S. strike", "بعد أيام من الغارة الإسرائيلية", "قبل يومين من
    الضربة": a time unit before it follows after/before/بعد/قبل (a strike that killed the
    person has no time span before it: "died after an Israeli strike hit his car")."""
    toks = sr.toks
    if toks[x].ar and _later_in_strike_ar(sr, x):
        return False  # "قُتل X بعد أيام في غارة إسرائيلية" / "بغارة": the means (session 52)
    for y in range(x - 1, max(sr.lo, x - 6) - 1, -1):
        m = sr.mention_at.get(y)
        if toks[y].punct or m is not None and m.etype == "Person" or \
                (not sr.f(y).isdisjoint(L.AR_KILL) if toks[y].ar else
                 toks[y].key in _EN_KILLING):
            return False  # "بعد أيام من اغتيال X بغارة إسرائيلية": the strike that killed X
        if not sr.f(y).isdisjoint(_AR_TIME_UNITS) if toks[y].ar else \
                toks[y].key in _EN_TIME_UNITS:
            return any((sr.f(z) & _TIME_REL) if toks[z].ar else toks[z].key in _TIME_REL
                       for z in range(y + 1, min(x, y + 3))) or \
                any((sr.f(z) & _TIME_REL) if toks[z].ar else toks[z].key in _TIME_REL
                    for z in range(max(sr.lo, y - 3), y))
    return False
