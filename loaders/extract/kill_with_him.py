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
- (session 64) English, the men killed with him told by a count and listed after ", among
  them" / ", including": "Two other men in the car died with him, among them Y", "X was also
  killed, along with at least six scientists, among them Y and Z"; Arabic, the man named
  between the verb and "معه": "وقُتل Y معه", "وارتقى Y، قائد لواء خان يونس، معه في الغارة".

The victims take the agents the article gave the killing (this sentence's, else
``strike_refs.companion_agents`` / ``prior_strike_agents``). Not a survivor ("نجا", "survived"),
a negated or planned killing, or a victim the sentence already gives an agent.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.kill_victim_lists import next_person
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.strike_refs import companion_agents, prior_strike_agents

AB = "ASSASSINATED_BY"
_EN_DIED = frozenset({"killed", "died", "slain", "perished", "eliminated", "martyred", "assassinated"})
_EN_BESIDE = frozenset({"with", "alongside", "beside"})
_EN_TOGETHER = frozenset({"together", "along"})  # "together with him", "along with him"
_EN_BE = frozenset({"was", "were", "are", "is", "been"})
_EN_HIM = frozenset({"him", "them", "her"})
# before the verb of "V was (also) killed, along with ...": the auxiliary or "also"
_EN_BE_OR_ALSO = _EN_BE | {"also"}
_AR_DIED = L._ar("قتل", "وقتل", "قُتل", "وقُتل", "استشهد", "واستشهد", "قضى", "وقضى", "قضي",
                 "وقضي", "ارتقى", "وارتقى", "اغتيل", "واغتيل", "سقط", "وسقط")
_AR_WITH_HIM = L._ar("معه", "معهما", "معهم", "برفقته", "برفقتهما", "برفقتهم")
_AR_BESIDE_HIM = L._ar("جانبه", "جانبهما", "جانبهم")
_AR_AND_WITH_HIM = L._ar("ومعه", "ومعهما")
_AR_DIED_WITH = _AR_DIED | _AR_AND_WITH_HIM  # (one set, not a union per triggers() call)
_AR_WITH = L._ar("مع")
_SURVIVED = frozenset({"survived", "escaped"}) | L._ar("نجا", "ونجا", "أصيب", "وأصيب")


def _agents(sr: Any) -> list[str]:
    """The agents of the killing told in this sentence, else the one told just before."""
    here = [a for s_, a in sr.doc.kill_agents if s_ == sr.si]
    return list(dict.fromkeys(here)) or companion_agents(sr) or prior_strike_agents(sr)


def _en_victims(sr: Any) -> list[Any]:
    """"Y (and Z) was / were killed with him", "Y, a commander, died with him": Y's list."""
    from loaders.extract.meeting_attended import _list_ending_at

    out: list[Any] = []
    for t in sr.triggers(EMPTY, _EN_DIED):
        him = _en_him_at(sr, t + 1)
        if him < 0 and sr.key(t - 1) in _EN_BE_OR_ALSO and not sr.blocked(t):
            out.extend(_en_along_with_listed(sr, t + 1))  # "V was killed, along with ..."
        if him < 0 or t == sr.lo:
            continue
        if not sr.blocked(t):
            out.extend(_en_listed_after(sr, him + 1))  # "Two men died with him, among them Y"
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


def _en_listed_after(sr: Any, k: int, reach: int = 8) -> list[Any]:
    """The people of ", among them Y (and Z)" / ", including Y" opening within *reach*
    tokens from *k* (session 64: "Two other men in the car died with him, among them Y";
    "Several commanders were killed alongside him in the strike, including Y and Z"), else
    [] (another stop or another person first)."""
    for y in range(k, min(sr.hi, k + reach)):
        if sr.key(y) == ",":
            if sr.key(y + 1) == "including":
                start = y + 2
            elif sr.key(y + 1) == "among" and sr.key(y + 2) in ("them", "whom"):
                start = y + 3
            else:
                continue
            m = sr.after(start, types=("Person",), maxgap=4)
            if m is None or any(sr.toks[z].punct for z in range(start, title_start(m))):
                return []
            return sr.chain(m, ("Person",))
        if sr.toks[y].punct:
            return []
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return []
    return []


def _en_along_with_listed(sr: Any, k: int) -> list[Any]:
    """"V was (also) killed, along with at least six scientists, among them Y and Z": the
    people listed after a count of others killed with V (*k*: the token after the verb;
    session 64), else []."""
    if sr.key(k) == ",":
        k += 1
    if sr.key(k) != "along" or sr.key(k + 1) != "with":
        return []
    return _en_listed_after(sr, k + 2)


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
    for t in sr.triggers(_AR_DIED_WITH, EMPTY):
        f = sr.f(t)
        start = -1
        if f & _AR_DIED and sr.f(t + 1) & _AR_WITH_HIM:
            start = t + 2
        elif f & _AR_DIED and sr.f(t + 1) & L.AR_TO and sr.f(t + 2) & _AR_BESIDE_HIM:
            start = t + 3  # "واستشهد إلى جانبه Y"
        elif f & _AR_AND_WITH_HIM and sr.mention_at.get(t - 1) is not None:
            start = t + 1  # "قضى الجيش على X ومعه المدعو Y"
        elif f & _AR_DIED and sr.f(t + 1) & _AR_WITH:
            x = sr.mention_at.get(t + 2)
            if x is not None and x.etype == "Person" and _was_killed(sr, x.eid):
                start = x.hi  # "وقُتل مع نصرالله القائد Y": the men after X
        if start < 0 and f & _AR_DIED:
            out.extend(_ar_named_before_with_him(sr, t))  # "وارتقى Y، قائد ...، معه"
            continue
        if start < 0 or sr.blocked(t):
            continue
        m = sr.after(start, types=("Person",), maxgap=6)
        if m is None or any(sr.toks[z].punct for z in range(start, m.lo)):
            continue
        out.extend(sr.chain(m, ("Person",)))
    return out


def _ar_named_before_with_him(sr: Any, t: int) -> list[Any]:
    """Arabic: the men named right after the verb at *t* and then "معه": "وقُتل Y معه",
    "وارتقى Y، قائد لواء خان يونس، معه في الغارة ذاتها" (session 64; an apposition closed by
    commas may stand between), else []."""
    m = next_person(sr, t + 1, 1)
    if m is None or sr.blocked(t):
        return []
    victims = sr.chain(m, ("Person",))
    end = victims[-1].hi
    if sr.f(end) & _AR_WITH_HIM:
        return victims
    if sr.toks[end].text not in ("،", ","):
        return []
    close = next((y for y in range(end + 1, min(sr.hi, end + 10))
                  if sr.toks[y].punct), None)  # the apposition's closing comma
    if close is None or sr.toks[close].text not in ("،", ",") or \
            not sr.f(close + 1) & _AR_WITH_HIM or \
            any(m.etype == "Person" and end < m.lo < close for m in sr.args):
        return []
    return victims


def _was_killed(sr: Any, eid: str) -> bool:
    """Did the article give *eid* an agent of his killing, up to this sentence?"""
    return any(v == eid and s_ <= sr.si for s_, v, _a in sr.doc.kill_pairs)


register_triggers(_AR_DIED | _AR_AND_WITH_HIM, _EN_DIED)


@needs((_AR_DIED_WITH, EMPTY), (EMPTY, _EN_DIED))  # (the words its victim lists start from)
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
