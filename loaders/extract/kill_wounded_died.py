"""ASSASSINATED_BY: a person wounded in a strike whose agent is stated, who then died of the
wounds, told in one sentence with the strike before the death (session 63, helper kill63).

English: "X was (critically) wounded / injured in an Israeli strike on Gaza City and later
died (of his wounds)", "X, who was wounded in an Israeli raid on Rafah last week, succumbed to
his injuries", "X was seriously injured in a U.S. drone strike ... and died hours later".
Arabic: «أصيب X في غارة إسرائيلية على ... وتوفي / ثم استشهد / وارتقى شهيداً متأثراً بجراحه»
(the victim right after the wound verb, or right before it: «X، الذي أصيب في غارة ...»).

The victim is the person at the wound word (the subject of "was wounded", the one after
«أصيب»); the strike is named between the wound word and the death word, its agent by its
nationality ("an Israeli strike", «غارة إسرائيلية») or the body named right after it ("a strike
by the IDF", «غارة للجيش الإسرائيلي»); no other person stands between the wound and the death
(not "X was wounded in an Israeli strike and his son died"). Nothing when the strike has no
stated agent ("wounded in an air strike and later died"), when the death is negated or hedged
(``blocked``), or when the person survived ("was wounded ... but survived": no death word).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_cues import AB
from loaders.extract.mention_core import AGENT_TYPES

_EN_DIED = frozenset({"died", "succumbed", "perished"})
_EN_WOUNDED = frozenset({"wounded", "injured"})
_EN_BEFORE_WOUND = frozenset({"was", "had", "been", "who", ",", "seriously", "critically",
                              "badly", "gravely", "severely", "mortally", "fatally", "also"})
_EN_STRIKES = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                         "bombing", "bombardment", "shelling", "attack"})
_AR_DIED = L._ar("توفي", "توفيت", "استشهد", "استشهدت", "ارتقى", "ارتقت", "وتوفي", "وتوفيت",
                 "واستشهد", "واستشهدت", "وارتقى", "وارتقت")
_AR_WOUNDED = L._ar("أصيب", "أصيبت", "اصيب", "اصيبت")
_AR_STRIKES = L._ar("غارة", "غارات", "ضربة", "ضربات", "قصف", "غاره", "ضربه", "هجوم")
_REACH = 25  # words between the wound word and the death word
_EN_ADVERBS = frozenset({"later", "then", "subsequently", "eventually", "soon", "afterwards",
                         "ultimately"})
_EN_JOIN = frozenset({"and", "but", ","})
_AR_THEN = L._ar("ثم", "لاحقا", "لاحقاً", "،")
_AR_KIN = L._ar("نجله", "ابنه", "شقيقه", "مرافقه", "زوجته", "حفيده", "ابنته", "مرافقاه",
                "نجلاه", "أخوه", "والده", "والدته")


def _same_subject(sr: Any, t: int, ar: bool) -> bool:
    """The death word at *t* goes on the wounded one's clause: "... and (later) died",
    "..., who was wounded ..., succumbed", «... وتوفي»، «ثم توفي»; not "reports he had died",
    «أنه توفي»، «وتوفي نجله»."""
    if ar:
        if sr.f(t + 1) & _AR_KIN or sr.after(t + 1, types=("Person",), maxgap=2) is not None:
            return False
        return sr.toks[t].text.startswith("و") or bool(sr.f(t - 1) & _AR_THEN) or \
            sr.toks[t - 1].text == "،"
    b = t - 1
    while b > sr.lo and sr.key(b) in _EN_ADVERBS:
        b -= 1
    return sr.key(b) in _EN_JOIN or sr.toks[b].text == ","


def _strike_agent(sr: Any, lo: int, hi: int, ar: bool) -> str | None:
    """The agent of the first strike named in tokens [lo, hi)."""
    for x in range(lo, hi):
        if ar and sr.f(x) & _AR_STRIKES:
            m = sr.after(x + 1, types=AGENT_TYPES, maxgap=1)
            return sr.nat_agent(x + 1, x + 3) or (m.eid if m is not None else None)
        if not ar and sr.key(x) in _EN_STRIKES:
            nat = sr.nat_agent(max(lo, x - 3), x)
            if nat:
                return nat
            if sr.key(x + 1) == "by":
                m = sr.after(x + 2, types=AGENT_TYPES, maxgap=1)
                return m.eid if m is not None else None
            return None
    return None


def _victim_en(sr: Any, w: int) -> Any:
    """The person who "was wounded" at *w*: named just before it, past "was", "who" ..."""
    m = sr.before(w, types=("Person",), maxgap=4)
    if m is None or any(sr.key(y) not in _EN_BEFORE_WOUND for y in range(m.hi, w)):
        return None
    return m


def _victim_ar(sr: Any, w: int) -> Any:
    """The person who «أصيب» at *w*: right after it (VSO, past a title), else right before
    it («X، الذي أصيب»)."""
    m = sr.after(w + 1, types=("Person",), maxgap=10)
    if m is not None and not any(sr.toks[y].punct for y in range(w + 1, m.lo)):
        return m
    return sr.before(w, types=("Person",), maxgap=2)


def _between_free(sr: Any, lo: int, hi: int) -> bool:
    """No person named in tokens [lo, hi) (the death is the wounded one's)."""
    return not any(m.etype == "Person" and lo <= m.lo < hi for m in sr.args)


@needs((_AR_DIED, _EN_DIED))
def wounded_then_died(sr: Any) -> None:
    """Add the killing of a person wounded in a strike with a stated agent who then died
    (module doc)."""
    for t in sr.triggers(_AR_DIED, _EN_DIED):
        ar = sr.toks[t].ar
        w = next((x for x in range(t - 1, max(sr.lo, t - _REACH) - 1, -1)
                  if (sr.f(x) & _AR_WOUNDED if ar else sr.key(x) in _EN_WOUNDED)), None)
        if w is None or not _same_subject(sr, t, ar):
            continue
        victim = _victim_ar(sr, w) if ar else _victim_en(sr, w)
        if victim is None:
            continue
        start = max(w + 1, victim.hi)
        agent = _strike_agent(sr, start, t, ar)
        if agent is None or agent == victim.eid or not _between_free(sr, start, t) or \
                sr.blocked(t):
            continue
        sr.add(AB, victim.eid, agent, "wounded_then_died")
