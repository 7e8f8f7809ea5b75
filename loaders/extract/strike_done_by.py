"""ASSASSINATED_BY: the strike that killed X, with who carried it out said after X.

Wire copy often names the strike by its victim first and its agent in a clause after:

- "The strike that killed X, which the Pentagon said it carried out, ..." /
  "The drone strike that killed X was carried out by Israel" / "The strike that killed X,
  carried out by Israel, ...";
- "الغارة التي قتلت X نفذتها إسرائيل" / "الغارة التي أودت بحياة X، والتي نفذتها إسرائيل".

:func:`strike_that_killed_en` reads the English ones; :func:`executed_after` gives the agent
of "نفذتها/شنتها Y" after the victims for ``kill_agents_ar.strike_which_killed_ar``. A strike with
no agent stays without one ("The strike that killed X shocked Iraq").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.rule_common import EMPTY
from loaders.extract.strike_claimed import claimer_before_strike

AB = "ASSASSINATED_BY"
_EN_KILLED = frozenset({"killed", "assassinated"})
_EN_DONE = frozenset({"carried", "conducted", "launched", "claimed", "executed"})
_EN_MODS = frozenset({"air", "drone", "missile", "the", "a", "an", "deadly", "targeted",
                      "precision", "rocket"})
_EN_STRIKES = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "operation",
                         "ambush", "explosion", "blast", "strikes", "airstrikes"})
_EN_SAID = frozenset({"said", "says", "confirmed", "acknowledged", "admitted", "announced"})
_EN_FILL = frozenset({"it", "they", "had", "has", "have", "later", "only", "publicly",
                      "that", "been", "was", "were", "is", "reportedly"})
_AR_EXECUTED = L._ar("نفذتها", "نفذها", "شنتها", "شنها", "نفذته", "شنته", "تبنتها", "تبناها")
_AGENTS = ("Country", "Organization")


def _done_by_after(sr: Any, x: int) -> Any:
    """The agent of the clause that opens at *x* after the victims: ", which Y (said it)
    carried out", "(, ) was carried out by Y", ", carried out by Y"; None otherwise."""
    y = x
    if y >= sr.hi:
        return None  # the victim ends the text: nothing after
    if sr.toks[y].text == ",":
        y += 1
    k = sr.key(y)
    if k in ("which", "that"):
        agent = sr.after(y + 1, types=_AGENTS, maxgap=1)
        if agent is None:
            return None
        z = agent.hi
        if sr.key(z) in _EN_SAID:
            z += 1
        while z < sr.hi and sr.key(z) in _EN_FILL and z - agent.hi < 5:
            z += 1
        return agent if sr.key(z) in _EN_DONE else None
    if k in ("was", "were", "had", "has"):
        y += 1
        if sr.key(y) == "been":
            y += 1
    if sr.key(y) not in _EN_DONE:
        return None
    y += 1
    if sr.key(y) == "out":
        y += 1
    return sr.after(y + 1, types=_AGENTS, maxgap=1) if sr.key(y) == "by" else None


def _is_strike_subject(sr: Any, rel: int) -> bool:
    """A strike noun ends right before the relative word at *rel* ("the drone strike that")."""
    y = rel - 1
    if sr.key(y) not in _EN_STRIKES:
        return False
    y -= 1
    while y >= sr.lo and sr.key(y) in _EN_MODS:
        y -= 1
    return y < sr.lo or sr.key(y) not in ("by",)


@needs((frozenset(), _EN_KILLED))
def strike_that_killed_en(sr: Any) -> None:
    """"The strike that killed X, which Y said it carried out" / "... was carried out by Y" /
    ", carried out by Y,": X (and those listed with X) killed by Y."""
    for t in sr.triggers(EMPTY, _EN_KILLED):
        if sr.key(t - 1) not in ("that", "which") or not _is_strike_subject(sr, t - 1):
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=3)
        if victim is None:
            continue
        victims = sr.chain(victim, ("Person",))
        agent = _done_by_after(sr, victims[-1].hi)
        if agent is not None and not sr.negated(agent.lo):
            eid: str | None = agent.eid
        else:  # "Y claimed responsibility for the strike that killed X" (strike_claimed.py)
            eid = claimer_before_strike(sr, t - 2)
        if eid is None or sr.blocked(t):
            continue
        for v in victims:
            sr.add(AB, v.eid, eid, "strike_that_killed_en")


def executed_after(sr: Any, x: int) -> str | None:
    """After the victims at *x*: "(،) (والتي) نفذتها / شنتها Y" -> Y's id, else None."""
    for y in range(x, min(sr.hi, x + 4)):
        if sr.f(y) & _AR_EXECUTED:
            agent = sr.after(y + 1, types=_AGENTS, maxgap=1)
            return agent.eid if agent is not None else None
        if sr.toks[y].punct and sr.toks[y].text not in ("،", ","):
            return None
        if not sr.toks[y].punct and sr.key(y) not in ("والتي", "التي", "وقد", "قد"):
            return None
    return None


# "بغارة لطيران التحالف", "في ضربة لمسيّرة تابعة لـ..." : the aircraft / forces of the strike
_AR_MEANS_OF = L._ar("لطيران", "لطائرة", "لطائرات", "لمسيرة", "لمسيرات", "لمقاتلات", "لسلاح",
                     "لقوات", "لمروحية", "لمروحيات")
_AR_MEANS_FILL = L._ar("الجو", "الحربي", "الحربية", "المسير", "المسيرة", "الجوي", "الخاصة")


def means_owner_ar(sr: Any, x: int) -> str | None:
    """The body whose aircraft or forces carried out the strike at *x*: "قُتل بغارة لطيران
    التحالف بقيادة السعودية" -> the coalition, "في غارة لسلاح الجو Y" -> Y (a named body
    or country right after the means word, a filler word between). None otherwise."""
    if x + 2 >= sr.hi or not sr.f(x + 1) & _AR_MEANS_OF:
        return None
    for y in range(x + 2, min(sr.hi, x + 4)):
        m = sr.mention_at.get(y)
        if m is not None:
            return m.eid if m.etype in _AGENTS and not m.prefix else None
        if not sr.f(y) & _AR_MEANS_FILL:
            return None
    return None


# "the deaths of X and Y, whose convoy was struck by a U.S. drone" (session 16)
_EN_WHOSE = frozenset({"whose"})
_EN_VEHICLES = frozenset({"convoy", "car", "cars", "vehicle", "vehicles", "motorcade"})
_EN_STRUCK = frozenset({"struck", "hit", "targeted", "bombed"})
_EN_DEATH = frozenset({"deaths", "death", "killing", "killings", "killed", "assassination",
                       "slain", "late", "funeral", "mourned", "mourn", "anniversary",
                       "assassinated", "martyrs", "martyred"})
_EN_DETS = frozenset({"a", "an", "the"})


def _list_ending_at(sr: Any, last: Any) -> list[Any]:
    """The people of the first list of the sentence that runs to *last* ("X and Y"), up to
    and including him; [last] when no list does."""
    for c in sr.args:
        if c.etype == "Person" and c.hi <= last.lo:
            people = sr.chain(c, ("Person",))
            if last in people:
                return people[: people.index(last) + 1]
    return [last]


@needs((frozenset(), _EN_WHOSE))
def whose_convoy_struck_en(sr: Any) -> None:
    """"(the deaths of) X and Y, whose convoy was struck by a U.S. drone": X and Y killed by
    the drone's country or body, when the sentence says they died (a death word: "deaths",
    "killing", "slain", "funeral" ...); a convoy hit with no death told kills no one."""
    for t in sr.triggers(EMPTY, _EN_WHOSE):
        if sr.key(t + 1) not in _EN_VEHICLES or sr.key(t + 2) not in ("was", "were") or \
                sr.key(t + 3) not in _EN_STRUCK or sr.key(t + 4) != "by":
            continue
        y = t + 5
        while y < sr.hi and sr.key(y) in _EN_DETS:
            y += 1
        agent = sr.mention_at.get(y)
        if agent is not None and agent.etype in _AGENTS and agent.lo == y:
            aid = agent.eid
        elif sr.key(y) in L.NATIONALITY and not sr.toks[y].ar:
            aid = L.NATIONALITY[sr.key(y)]  # "by an Israeli drone"
        else:
            continue
        end = t - 1 if sr.toks[t - 1].text == "," else t
        last = sr.mention_at.get(end - 1)
        if last is None or last.etype != "Person" or last.hi != end:
            continue
        victims = _list_ending_at(sr, last)
        if not any(sr.key(z) in _EN_DEATH for z in range(sr.lo, sr.hi)) or sr.blocked(t):
            continue
        for v in victims:
            sr.add(AB, v.eid, aid, "whose_convoy_struck_en")
