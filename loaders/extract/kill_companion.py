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

Session 61: "X, <apposition>, was killed along with him" after a sentence that told one
victim's killing: X takes that killing's agents (``_with_him_en``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.also_killed import _AR_KILLED, _en_subject
from loaders.extract.rule_common import EMPTY, title_start

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"

_AR_WITH = L._ar("مع", "برفقة")
# words of the companion's title after the victim: "مرافقه X", "سائق سيارة الأجرة X" (s42)
_COMPANION_TITLE = 4
_EN_KILLED = frozenset({"killed", "slain", "assassinated", "martyred"})
_EN_BE = frozenset({"was", "were", "been"})
_EN_WITH_2 = frozenset({"along", "together"})
_EN_CUES = _EN_KILLED | {"died"}
_EN_WITH = frozenset({"with", "alongside"})


def _person_at(sr: SentenceCore, x: int, limit: int) -> Mention | None:
    """The person named within *limit* tokens from *x*, with no punctuation before it (a
    kin or title word may come first: "مرافقه X", "his aide X")."""
    m = sr.after(x, types=("Person",), maxgap=limit)
    if m is None or any(sr.toks[y].punct for y in range(x, min(m.lo, title_start(m)))):
        return None
    return m


def _pair_ar(sr: SentenceCore, t: int) -> tuple[Mention, Mention] | None:
    """"قُتل مع V X" / "V (قد) قُتل مع X": the pair of victims at the verb *t*."""
    if not sr.f(t + 1) & _AR_WITH:
        return None
    first = _person_at(sr, t + 2, 2)
    if first is None:
        return None
    second = _person_at(sr, first.hi, _COMPANION_TITLE)
    if second is not None:
        return first, second  # "وقُتل مع الساعدي مرافقه X"
    y = t - 1
    if sr.key(y) == "قد":
        y -= 1
    m = sr.mention_at.get(y)
    if m is not None and m.etype == "Person" and m.hi == y + 1:
        return m, first  # "وكان هنية قد قُتل مع مرافقه X"
    return None


def _killed_with_en(sr: SentenceCore, t: int) -> tuple[Mention | None, int] | None:
    """"X was killed / died (along / together) with ...": the subject X (None if none; past
    an apposition: "X, who had led ..., died along with") and the position of "with" after
    the verb at *t*; None when the sentence is not so."""
    aux = t if sr.key(t) == "died" else t - 1
    if aux == t - 1 and sr.key(aux) not in _EN_BE:
        return None
    y = t + 1 + (sr.key(t + 1) in _EN_WITH_2)
    if sr.key(y) not in _EN_WITH:
        return None
    return _en_subject(sr, aux) or _head_of_relative(sr, aux), y


def _pair_en(sr: SentenceCore, t: int) -> tuple[Mention, Mention] | None:
    """"X was killed / died (along / together) with V": the subject and the person after
    with."""
    frame = _killed_with_en(sr, t)
    if frame is None:
        return None
    subj, y = frame
    other = _person_at(sr, y + 1, 3)
    if other is None or subj is None or subj.etype != "Person":
        return None
    return subj, other


def _head_of_relative(sr: SentenceCore, aux: int) -> Mention | None:
    """"X, who had led the Guard's intelligence since 2022, died": X, the person before a
    relative clause set off by commas that ends right before *aux*."""
    if sr.key(aux - 1) != ",":
        return None
    for q in range(aux - 2, max(sr.lo, aux - 30), -1):
        if sr.toks[q].punct:
            if sr.key(q) != "," or sr.key(q + 1) not in ("who", "whom"):
                return None
            m = sr.mention_at.get(q - 1)
            return m if m is not None and m.etype == "Person" and m.hi == q else None
    return None


def _agents_of(sr: SentenceCore, eid: str) -> list[str]:
    """The agents given to *eid* in this sentence and before it."""
    here = [r.target for r in sr.out if r.type == AB and r.source == eid]
    before = [a for s_, v, a in sr.doc.kill_pairs if v == eid and s_ < sr.si]
    return list(dict.fromkeys(here + before))


def killed_with_companion(sr: SentenceCore) -> None:
    """Companions killed with a victim whose killer is known (see the module doc)."""
    if sr.toks[sr.lo].ar:  # (the trigger set of also_killed.py: no new one to index)
        if _AR_KILLED not in sr._by_ar:
            return
        hits = sr.triggers(_AR_KILLED, EMPTY)
    else:  # (called on killing sentences only; the text is searched first, in C: speed)
        toks = sr.toks
        text = sr.doc.text[toks[sr.lo].start:toks[sr.hi - 1].end]
        if " with " not in text and " alongside " not in text:
            return
        hits = [t for t in range(sr.lo, sr.hi - 1) if toks[t].key in _EN_CUES and (
            toks[t + 1].key in _EN_WITH or toks[t + 1].key in _EN_WITH_2)]
    pairs: list[tuple[Mention, Mention, int]] = []
    for t in hits:
        pair = _pair_ar(sr, t) if sr.toks[t].ar else _pair_en(sr, t)
        if pair is not None and pair[0].eid != pair[1].eid and not sr.blocked(t):
            pairs.append((pair[0], pair[1], t))
        elif pair is None and not sr.toks[t].ar and not sr.blocked(t):
            _with_him_en(sr, t)
    for a_m, b_m, _t in pairs:
        agents = list(dict.fromkeys(_agents_of(sr, a_m.eid) + _agents_of(sr, b_m.eid)))
        for v in (a_m.eid, b_m.eid):
            for a in agents:
                if a != v and a not in (a_m.eid, b_m.eid):
                    sr.add(AB, v, a, "killed_with_companion")


_EN_HIM = frozenset({"him", "her"})


def _with_him_en(sr: SentenceCore, t: int) -> None:
    """"A US drone killed V. X, <apposition>, was killed along with him": *him* is the one
    victim of the killing told last (one or two sentences back); X takes its agents (session
    61). Nothing when that sentence killed several people or none with an agent."""
    frame = _killed_with_en(sr, t)
    if frame is None or sr.key(frame[1] + 1) not in _EN_HIM:
        return
    subj = frame[0]
    if subj is None or subj.etype != "Person":
        return
    pairs = [(s_, v, a) for s_, v, a in sr.doc.kill_pairs if sr.si - 2 <= s_ < sr.si]
    if not pairs:
        return
    last = max(s_ for s_, _v, _a in pairs)
    victims = {v for s_, v, _a in pairs if s_ == last}
    if len(victims) != 1 or subj.eid in victims:
        return
    for a in dict.fromkeys(a for s_, _v, a in pairs if s_ == last):
        if a != subj.eid:
            sr.add(AB, subj.eid, a, "killed_with_companion")
