"""ASSASSINATED_BY: a companion killed *with* a victim whose killer the article told already.

News names the killer with the main victim, then the companion in a sentence of its own that
names the main victim again but no agent, or an agent for him alone:

- "وقُتل مع الساعدي مرافقه X" (the verb, مع + the victim, the companion);
- "وكان هنية قد قُتل مع مرافقه X" (the victim before the verb, مع + the companion);
- "X was killed along with V" / "V was killed together with his aide X".

:func:`killed_with_companion` gives the two the union of the agents this sentence gives
either and those the article gave the main victim before (``doc.kill_pairs``); nothing when
neither has one, for a negated or planned killing, or when something other than a person
follows مع / "with" ("قُتل مع عائلته", "killed with a knife").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"
_EMPTY: frozenset[str] = frozenset()

_AR_KILLED = L._ar("قتل", "وقتل", "استشهد", "واستشهد", "اغتيل", "واغتيل")
_AR_WITH = L._ar("مع", "برفقة")
_EN_KILLED = frozenset({"killed", "slain", "assassinated", "martyred"})
_EN_BE = frozenset({"was", "were", "been"})
_EN_WITH_2 = frozenset({"along", "together"})


def _person_at(sr: SentenceCore, x: int, limit: int) -> Mention | None:
    """The person named within *limit* tokens from *x*, with no punctuation before it (a
    kin or title word may come first: "مرافقه X", "his aide X")."""
    m = sr.after(x, types=("Person",), maxgap=limit)
    if m is None or any(sr.toks[y].punct for y in range(x, m.lo)):
        return None
    return m


def _pair_ar(sr: SentenceCore, t: int) -> tuple[Mention, Mention] | None:
    """"قُتل مع V X" / "V (قد) قُتل مع X": the pair of victims at the verb *t*."""
    if not sr.f(t + 1) & _AR_WITH:
        return None
    first = _person_at(sr, t + 2, 2)
    if first is None:
        return None
    second = _person_at(sr, first.hi, 2)
    if second is not None:
        return first, second  # "وقُتل مع الساعدي مرافقه X"
    y = t - 1
    if sr.key(y) == "قد":
        y -= 1
    m = sr.mention_at.get(y)
    if m is not None and m.etype == "Person" and m.hi == y + 1:
        return m, first  # "وكان هنية قد قُتل مع مرافقه X"
    return None


def _pair_en(sr: SentenceCore, t: int) -> tuple[Mention, Mention] | None:
    """"X was killed (along / together) with V": the subject and the person after with."""
    if sr.key(t - 1) not in _EN_BE:
        return None
    y = t + 1
    if sr.key(y) in _EN_WITH_2:
        y += 1
    if sr.key(y) not in ("with", "alongside"):
        return None
    other = _person_at(sr, y + 1, 3)
    subj = sr.mention_at.get(t - 2)
    if other is None or subj is None or subj.etype != "Person" or subj.hi != t - 1:
        return None
    return subj, other


def _agents_of(sr: SentenceCore, eid: str) -> list[str]:
    """The agents given to *eid* in this sentence and before it."""
    here = [r.target for r in sr.out if r.type == AB and r.source == eid]
    before = [a for s_, v, a in sr.doc.kill_pairs if v == eid and s_ < sr.si]
    return list(dict.fromkeys(here + before))


def killed_with_companion(sr: SentenceCore) -> None:
    """Companions killed with a victim whose killer is known (see the module doc)."""
    if _AR_KILLED not in sr._by_ar and _EN_KILLED not in sr._by_en:
        return  # (most sentences: no cue word, no trigger look-ups)
    pairs: list[tuple[Mention, Mention, int]] = []
    for t in sr.triggers(_AR_KILLED, _EN_KILLED):
        pair = _pair_ar(sr, t) if sr.toks[t].ar else _pair_en(sr, t)
        if pair is not None and pair[0].eid != pair[1].eid and not sr.blocked(t):
            pairs.append((pair[0], pair[1], t))
    for a_m, b_m, _t in pairs:
        agents = list(dict.fromkeys(_agents_of(sr, a_m.eid) + _agents_of(sr, b_m.eid)))
        for v in (a_m.eid, b_m.eid):
            for a in agents:
                if a != v and a not in (a_m.eid, b_m.eid):
                    sr.add(AB, v, a, "killed_with_companion")


register_triggers(_AR_KILLED, _EN_KILLED)
