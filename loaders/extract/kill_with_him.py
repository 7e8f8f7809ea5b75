"""ASSASSINATED_BY (session 36): the men killed "with him" take the agents of his killing.

After a killing with its agent, in the same sentence or the two before, the text names who
died beside the target without naming the agent again:

- English: "Y, another commander, died with him in the strike." / "Y and Z are killed with
  them." / "Y was killed with him"; (session 59) also "alongside / beside / together with /
  along with him" and the verbs eliminated / martyred / assassinated ("Two commanders, Y and
  Z, were killed alongside him", "Y, the commander of ..., was eliminated together with him");
- Arabic, the verb and "معه" anywhere in the sentence (``context_killings.killed_with_him``
  reads only a sentence that opens with them): "..., وارتقى معه الشهيد Y" / "وقُتل معه
  القيادي في الكتائب Y" / "وقضي معهما العميد Y"; "قضى الجيش على X ومعه المدعو Y" (Y right
  after the victim); (session 59) "برفقته" and "إلى جانبه" as "معه" ("واستشهد إلى جانبه Y",
  "وقُتل برفقته Y");
- Arabic "وقُتل مع X T1 Y1 وT2 Y2": X was killed before with an agent, the titled men named
  after him die with him.

The victims take the agents the article gave the killing (this sentence's, else
``strike_refs.companion_agents`` / ``prior_strike_agents``). Not a survivor ("نجا", "survived"),
a negated or planned killing, or a victim the sentence already gives an agent.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.strike_refs import companion_agents, prior_strike_agents

AB = "ASSASSINATED_BY"
_EN_DIED = frozenset({"killed", "died", "slain", "perished", "eliminated", "martyred", "assassinated"})
_EN_BESIDE = frozenset({"with", "alongside", "beside"})
_EN_TOGETHER = frozenset({"together", "along"})  # "together with him", "along with him"
_EN_BE = frozenset({"was", "were", "are", "is", "been"})
_EN_HIM = frozenset({"him", "them", "her"})
_AR_DIED = L._ar("قتل", "وقتل", "قُتل", "وقُتل", "استشهد", "واستشهد", "قضى", "وقضى", "قضي",
                 "وقضي", "ارتقى", "وارتقى", "اغتيل", "واغتيل", "سقط", "وسقط")
_AR_WITH_HIM = L._ar("معه", "معهما", "معهم", "برفقته", "برفقتهما", "برفقتهم")
_AR_TO = L._ar("إلى", "الى")
_AR_BESIDE_HIM = L._ar("جانبه", "جانبهما", "جانبهم")
_AR_AND_WITH_HIM = L._ar("ومعه", "ومعهما")
_AR_DIED_WITH = _AR_DIED | _AR_AND_WITH_HIM  # (one set, not a union per triggers() call)
_AR_WITH = L._ar("مع")
_EMPTY: frozenset[str] = frozenset()
_SURVIVED = frozenset({"survived", "escaped"}) | L._ar("نجا", "ونجا", "أصيب", "وأصيب")


def _agents(sr: Any) -> list[str]:
    """The agents of the killing told in this sentence, else the one told just before."""
    here = [a for s_, a in sr.doc.kill_agents if s_ == sr.si]
    return list(dict.fromkeys(here)) or companion_agents(sr) or prior_strike_agents(sr)


def _en_victims(sr: Any) -> list[Any]:
    """"Y (and Z) was / were killed with him", "Y, a commander, died with him": Y's list."""
    from loaders.extract.meeting_attended import _list_ending_at

    out: list[Any] = []
    for t in sr.triggers(_EMPTY, _EN_DIED):
        him = _en_him_at(sr, t + 1)
        if him < 0 or t == sr.lo:
            continue
        end = t - 1 if sr.key(t - 1) in _EN_BE else t
        m = sr.mention_at.get(end - 1)
        if (m is None or m.hi != end) and sr.key(end - 1) == ",":
            m = sr.before(end - 1, types=("Person",), maxgap=10)  # "Y, another commander, died"
            if m is not None and sr.key(m.hi) != ",":
                m = None
        if m is not None and m.etype == "Person" and m.hi == end or (
                m is not None and m.etype == "Person" and sr.key(m.hi) == ","):
            if not sr.blocked(t):
                out.extend(_list_ending_at(sr, m))
    return out


def _en_him_at(sr: Any, k: int) -> int:
    """The position of "him" in "with / alongside / beside / together with / along with him"
    opening at *k*, else -1."""
    if sr.key(k) in _EN_TOGETHER and sr.key(k + 1) == "with":
        k += 1
    elif sr.key(k) not in _EN_BESIDE:
        return -1
    return k + 1 if sr.key(k + 1) in _EN_HIM else -1


def _ar_victims(sr: Any) -> list[Any]:
    """Arabic: "قُتل/ارتقى معه Y", "X ومعه Y", "قُتل مع X T1 Y1 وT2 Y2" (the module doc)."""
    out: list[Any] = []
    for t in sr.triggers(_AR_DIED_WITH, _EMPTY):
        f = sr.f(t)
        start = -1
        if f & _AR_DIED and sr.f(t + 1) & _AR_WITH_HIM:
            start = t + 2
        elif f & _AR_DIED and sr.f(t + 1) & _AR_TO and sr.f(t + 2) & _AR_BESIDE_HIM:
            start = t + 3  # "واستشهد إلى جانبه Y"
        elif f & _AR_AND_WITH_HIM and sr.mention_at.get(t - 1) is not None:
            start = t + 1  # "قضى الجيش على X ومعه المدعو Y"
        elif f & _AR_DIED and sr.f(t + 1) & _AR_WITH:
            x = sr.mention_at.get(t + 2)
            if x is not None and x.etype == "Person" and _was_killed(sr, x.eid):
                start = x.hi  # "وقُتل مع نصرالله القائد Y": the men after X
        if start < 0 or sr.blocked(t):
            continue
        m = sr.after(start, types=("Person",), maxgap=6)
        if m is None or any(sr.toks[z].punct for z in range(start, m.lo)):
            continue
        out.extend(sr.chain(m, ("Person",)))
    return out


def _was_killed(sr: Any, eid: str) -> bool:
    """Did the article give *eid* an agent of his killing, up to this sentence?"""
    return any(v == eid and s_ <= sr.si for s_, v, _a in sr.doc.kill_pairs)


register_triggers(_AR_DIED | _AR_AND_WITH_HIM, _EN_DIED)


@needs((_AR_DIED_WITH, _EMPTY), (_EMPTY, _EN_DIED))  # (the words its victim lists start from)
def killed_with_him_more(sr: Any) -> None:
    """Add the agents of the killing to the men killed with its victim (module doc)."""
    if not _SURVIVED.isdisjoint(sr.key_set()):
        return
    victims = _ar_victims(sr) if sr.toks[sr.lo].ar else _en_victims(sr)
    if not victims:
        return
    agents = _agents(sr)
    for v in victims:
        if any(r.type == AB and r.source == v.eid and r.sent == sr.si for r in sr.out):
            continue  # the sentence gives this victim his own agent
        for a in agents:
            if a != v.eid:
                sr.add(AB, v.eid, a, "killed_with_him_more")
