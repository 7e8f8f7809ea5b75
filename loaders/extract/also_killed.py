"""ASSASSINATED_BY: a second victim of the same killing, told in a later clause or sentence.

After a killing with its agent, wire copy adds the others who died in it with "also" or
"with him", without naming the agent again:

- "Israel killed X in Beirut on Friday; Y was also killed (in the strike)." / "Y, a senior
  commander, was also killed." / "Y also died in the attack." / "His companion, Y, was also
  killed." / "Also killed in the strike was Y.";
- "اغتالت إسرائيل X في الضاحية، وقُتل إلى جانبه Y" / "، وقُتل في الغارة نفسها Y" / "كما
  قُتل أيضاً Y" / "واستشهد في الهجوم ذاته Y";
- the strike told before as the subject (session 70): "Sources said the strike(, in the X
  district,) also killed Y" / "The same raid also killed Y"; "كما قتلت الغارة Y" / "وقتلت
  الضربة نفسها أيضاً Y" (a definite strike noun, a mark of the same event).

:func:`also_killed` gives such a victim the agents of the killing told earlier in the same
sentence, else those of the latest strike or killing with an agent in the two sentences
before (``strike_refs.prior_strike_agents``). Not for a killing of its own ("Y was also
killed in a separate strike", "في غارة أخرى"), a negated or planned one, or a victim the
sentence already gives an agent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY
from loaders.extract.strike_refs import companion_agents, prior_strike_agents

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"

_EN_ALSO = frozenset({"also"})
_EN_BE = frozenset({"was", "were"})
_EN_KILLED = frozenset({"killed", "slain", "assassinated"})
_EN_OTHER = frozenset({"separate", "another", "different", "second", "earlier", "later",
                       "previous", "subsequent", "other"})
# what may follow "Also killed" before "was/were": "in the (same) (air) strike"
_EN_THE_STRIKE = frozenset({"in", "the", "same", "air", "drone", "strike", "airstrike",
                            "attack", "raid", "bombing", "blast", "operation",
                            # "Also killed in the strikes were A and B" (session 53)
                            "strikes", "airstrikes", "attacks", "raids"})
# and when ("Also killed in Friday evening's strike was Y", "in Saturday's raid"; session 67)
_EN_STRIKE_TIME = L.EN_WEEKDAYS | frozenset({"morning", "afternoon", "evening", "night",
                                             "overnight", "weekend", "yesterday", "'s"})

_AR_KILLED = L._ar("قتل", "قتلا", "قتلوا", "قتلت", "استشهد", "استشهدا", "استشهدوا", "اغتيل",
                   "اغتيلا", "اغتيلوا", "قضى", "قضيا", "قضوا")
_AR_ALSO = L.AR_ALSO
_AR_SAME = L._ar("نفسها", "ذاتها", "نفسه", "ذاته")
_AR_STRIKE_DEF = L._ar("الغارة", "الغاره", "الضربة", "الضربه", "الهجوم", "القصف", "العملية",
                       "العمليه", "الاستهداف", "التفجير", "الغارات", "الهجمات", "الضربات")
_AR_SIDE = L._ar("جانبه", "جانبهما", "جانبهم")
_AR_OTHER = L._ar("اخرى", "أخرى", "منفصلة", "منفصله", "آخر", "اخر", "ثانية", "ثانيه")
_AR_AS = L._ar("كما", "وكما")
_AR_KILLED_ACTIVE = L._ar("قتلت", "وقتلت")  # "كما قتلت الغارة Y" (the strike its subject)
# "the (same / U.S. drone) strike also killed Y": the words between "the" and the noun
_EN_STRIKE_NOUN = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "blast",
                             "explosion", "operation", "strikes", "airstrikes", "raids"})
_EN_STRIKE_MODS = frozenset({"same", "air", "drone", "missile", "rocket", "u.s.", "us",
                             "american", "israeli", "second", "first"})
_AR_IN = L._ar("في", "خلال")


def _en_subject(sr: SentenceCore, aux: int) -> Mention | None:
    """The person whose name ends right before *aux* ("Y was"), before the comma before it
    ("His companion, Y, was") or before an apposition set off by commas ("Y, a commander,
    was")."""
    for end in (aux, aux - 1):
        m = sr.mention_at.get(end - 1)
        if m is not None and m.etype == "Person" and m.hi == end and \
                (end == aux or sr.key(end) == ","):
            return m
    if sr.key(aux - 1) != ",":
        return None
    # (an apposition of up to 18 words: "X, deputy commander for operations of the Islamic
    # Revolutionary Guard Corps, was killed alongside Y"; session 61)
    for q in range(aux - 2, max(sr.lo, aux - 20), -1):
        if sr.key(q) == ",":
            m = sr.mention_at.get(q - 1)
            return m if m is not None and m.etype == "Person" and m.hi == q else None
        if sr.toks[q].punct:
            return None
    return None


def _en_victims(sr: SentenceCore, x: int) -> tuple[list[Mention], int]:
    """English "also" at *x*: the victims and the killing word's position ([] when the
    construction is not there)."""
    if sr.key(x - 1) in _EN_BE and sr.key(x + 1) in _EN_KILLED:  # "Y was also killed"
        m = _en_subject(sr, x - 1)
        return ([m] if m is not None else []), x + 1
    if sr.key(x + 1) == "died" or sr.key(x + 1) in _EN_BE and sr.key(x + 2) in _EN_KILLED:
        m = _en_subject(sr, x)  # "Y also died", "Y also was killed"
        return ([m] if m is not None else []), x + 1
    if sr.key(x + 1) in _EN_KILLED and (x == sr.lo or sr.toks[x - 1].punct or
                                        sr.key(x - 1) == "and"):
        y = x + 2  # "Also killed in the strike was Y (and Z)"
        while y < min(sr.hi, x + 8) and (sr.key(y) in _EN_THE_STRIKE or
                                         sr.key(y) in _EN_STRIKE_TIME or
                                         sr.key(y) in L.NATIONALITY):
            y += 1
        if sr.key(y) in _EN_BE:
            m = sr.after(y + 1, types=("Person",), maxgap=3)
            if m is not None:
                return sr.chain(m, ("Person",)), x + 1
    if sr.key(x + 1) in _EN_KILLED and _strike_subject_en(sr, x):
        m = sr.after(x + 2, types=("Person",), maxgap=2)  # "the strike also killed Y"
        if m is not None and not any(sr.toks[z].punct for z in range(x + 2, m.lo)):
            return sr.chain(m, ("Person",)), x + 1
    return [], x


def _strike_subject_en(sr: SentenceCore, x: int) -> bool:
    """Does a definite strike noun end the subject right before "also" at *x* ("the strike",
    "the same raid", "the strike, in the Mashtal district,")? Not "a strike" (its own)."""
    y = x
    if sr.key(y - 1) == ",":  # an aside between commas after the noun
        for q in range(y - 2, max(sr.lo, y - 12), -1):
            if sr.key(q) == ",":
                y = q
                break
            if sr.toks[q].punct:
                return False
        else:
            return False
    if sr.key(y - 1) not in _EN_STRIKE_NOUN:
        return False
    q = y - 2
    while q > sr.lo and sr.key(q) in _EN_STRIKE_MODS:
        q -= 1
    return sr.key(q) in ("the", "that")


def _ar_victims(sr: SentenceCore, t: int) -> list[Mention]:
    """Arabic killing verb at *t* after "و" or "كما" with a mark of the same event after it
    ("إلى جانبه", "أيضاً", "في الغارة نفسها", "في الهجوم"): the victims named after it."""
    key = sr.key(t)
    y = t + 1
    if sr.f(t) & _AR_KILLED_ACTIVE:  # "كما قتلت الغارة (نفسها) (أيضاً) Y" (session 70)
        return _ar_strike_subject_victims(sr, t)
    if _fronted_same_strike(sr, t):  # "وفي الغارة نفسها(،) قُتل Y" (session 54)
        m = sr.after(y, types=("Person",), maxgap=3)
        return sr.chain(m, ("Person",)) if m is not None and not any(
            sr.toks[z].punct for z in range(y, m.lo)) else []
    if sr.f(t - 1) & _AR_WHO and sr.f(y) & _AR_WITH_HIM:
        # "... Y الذي قُتل معه": Y, the relative's head, died with the one told before (s54)
        m = sr.before(t - 1, types=("Person",), maxgap=0)
        return [m] if m is not None and m.hi == t - 1 else []
    if not (key.startswith("و") and t > sr.lo and sr.toks[t - 1].text in ("،", ",", ";")
            or sr.f(t - 1) & _AR_AS):
        return []
    same = False
    if sr.f(y) & L.AR_TO and sr.f(y + 1) & _AR_SIDE:
        y, same = y + 2, True
    elif sr.f(y) & _AR_IN and sr.f(y + 1) & _AR_STRIKE_DEF:
        y, same = y + 2, True
        if sr.f(y) & _AR_SAME:
            y += 1
    if sr.f(y) & _AR_ALSO:
        y, same = y + 1, True
    return _victims_named_at(sr, y) if same else []


def _ar_strike_subject_victims(sr: SentenceCore, t: int) -> list[Mention]:
    """"كما قتلت الغارة Y" / "، وقتلت الضربة نفسها أيضاً Y": the active verb at *t* whose
    subject is the strike told before, with "كما" before it or "نفسها" / "أيضاً" after."""
    if not sr.f(t + 1) & _AR_STRIKE_DEF:
        return []
    same = bool(sr.f(t - 1) & _AR_AS) and sr.key(t) == "قتلت"
    if not same and not (sr.key(t) == "وقتلت" and t > sr.lo and
                         sr.toks[t - 1].text in ("،", ",", ";")):
        return []
    y = t + 2
    if sr.f(y) & _AR_SAME:
        y, same = y + 1, True
    if sr.f(y) & _AR_ALSO:
        y, same = y + 1, True
    return _victims_named_at(sr, y) if same else []


def _victims_named_at(sr: SentenceCore, y: int) -> list[Mention]:
    """The person named within three words after *y*, no punctuation between, and the list he opens."""
    m = sr.after(y, types=("Person",), maxgap=3)
    if m is None or any(sr.toks[z].punct for z in range(y, m.lo)):
        return []
    return sr.chain(m, ("Person",))


_AR_WHO = L._ar("الذي", "التي", "الذين", "اللذين", "اللذان")
_AR_WITH_HIM = L._ar("معه", "معها", "معهما", "معهم")
_AR_IN_FRONT = L._ar("في", "وفي", "خلال", "وخلال")


def _fronted_same_strike(sr: SentenceCore, t: int) -> bool:
    """Does the sentence open with "(و)في الغارة نفسها / الهجوم ذاته" (a comma may follow)
    right before the killing verb at *t*?"""
    y = t - 1
    if y >= sr.lo and sr.toks[y].text in ("،", ","):
        y -= 1
    return y - 2 == sr.lo and bool(sr.f(y) & _AR_SAME) and bool(
        sr.f(y - 1) & _AR_STRIKE_DEF) and bool(sr.f(y - 2) & _AR_IN_FRONT)


def _other_event(sr: SentenceCore, t: int) -> bool:
    """A killing of its own after *t*: "in a separate strike", "في غارة أخرى"."""
    for y in range(t + 1, min(sr.hi, t + 8)):
        if sr.toks[y].punct:
            return False
        if sr.f(y) & _AR_OTHER if sr.toks[y].ar else sr.key(y) in _EN_OTHER:
            return True
    return False


def also_killed(sr: SentenceCore) -> None:
    """Victims added with "also" / "إلى جانبه" / "في الغارة نفسها" (see the module doc)."""
    if _EN_ALSO not in sr._by_en and _AR_KILLED not in sr._by_ar:
        return  # (most killing sentences: no cue word, no trigger look-ups)
    found: list[tuple[list[Mention], int]] = []
    for x in sr.triggers(EMPTY, _EN_ALSO):
        victims, t = _en_victims(sr, x)
        if victims:
            found.append((victims, t))
    for t in sr.triggers(_AR_KILLED, EMPTY):
        victims = _ar_victims(sr, t)
        if victims:
            found.append((victims, t))
    add_further_victims(sr, found, "also_killed")


def add_further_victims(sr: SentenceCore, found: list[tuple[list[Mention], int]],
                        rule: str) -> None:
    """Each victim found at cue *t* (not blocked, not "another strike") is killed by the agents
    of this sentence, else of the strike's companions, else of the strike told before; not
    where the sentence names the victim's own agent."""
    here = [a for s_, a in sr.doc.kill_agents if s_ == sr.si]
    for victims, t in found:
        if sr.blocked(t) or _other_event(sr, t):
            continue
        agents = list(dict.fromkeys(here)) or companion_agents(sr) or prior_strike_agents(sr)
        for v in victims:
            if any(r.type == AB and r.source == v.eid and r.sent == sr.si for r in sr.out):
                continue  # the sentence names its own agent for this victim
            for a in agents:
                if a != v.eid:
                    sr.add(AB, v.eid, a, rule)


register_triggers(_AR_KILLED, _EN_ALSO)
