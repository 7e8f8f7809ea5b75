"""ASSASSINATED_BY: a person who killed someone, told in a relative clause or with a phrasal
verb (session 22, ``kill``).

A court story or a prisoner swap names the killer as a person: "X, the Russian who shot dead
Y in a Berlin park, was flown to Moscow", "X, a former sailor who killed Y, ...", "X, who
gunned down Y in 2019, ...", "X shot dead Y outside his home". The head of the relative clause
(a person named right before it, past one apposition of at most six words) or the person
subject of the phrasal verb is the killer; the nationality inside the apposition ("the
Russian", "a Russian national") is no agent of its own, and the relation another rule read
from it is dropped.

Arabic tells the same with a relative: "X، الروسي الذي قتل المعارض الشيشاني Y في برلين"،
"X، الذي اغتال Y" (:func:`person_killer_ar`; "الذي قتل" is also the passive "who was
killed": only with the victim right after the verb, no preposition between: not "X، الذي قُتل
مع Y"، "الذي قُتل في الغارة").

Not read: a relative whose verb is not the killing ("X, who was accused of killing Y", "X,
who denies killing Y", "whom Germany says killed Y": ``kill_claim_clause``), a head that is no
person ("the gunman who shot dead Y"), an apposition holding another clause ("X, the lawyer
who defended the man who killed Y": the nearest relative is about "the man"), a negated or
planned killing ("X, who tried to kill Y"), a passive ("X was shot dead by Y": other rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.kill_victim_lists import next_person
from loaders.extract.rule_common import EMPTY

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"
_PERSON = ("Person",)

_EN_KILL_VERBS = frozenset({"killed", "murdered", "assassinated", "shot", "gunned", "stabbed",
                            "strangled", "poisoned"})
# the particle a phrasal verb needs: "shot dead", "gunned down", "stabbed to death"
_EN_PARTICLE = {"shot": ("dead",), "gunned": ("down",), "stabbed": ("to", "death")}
_EN_HAD = frozenset({"had", "has", "have", "reportedly", "allegedly", "later"})
_EN_CLAUSE = frozenset({"who", "whom", "which", "that", "and", "said", "says", ";"})


def _victim(sr: SentenceCore, v: int) -> Mention | None:
    """The person killed by the verb at *v* ("shot dead Y", "stabbed to death Y", "killed
    Y", "shot Y dead"): at most five words after the verb (a title, "Georgian-born Chechen
    exile")."""
    y = v + 1
    part = _EN_PARTICLE.get(sr.key(v), ())
    if part and tuple(sr.key(y + i) for i in range(len(part))) == part:
        y += len(part)
    elif part and sr.key(v) != "shot":
        return None  # ("gunned" alone, "stabbed" without "to death": not read here)
    m = sr.after(y, types=_PERSON, maxgap=5)
    if m is None or m.poss or any(sr.toks[z].punct and sr.toks[z].text != "-"
                                  for z in range(y, m.lo)):  # ("Georgian-born exile Y")
        return None
    if sr.key(v) == "shot" and sr.key(v + 1) != "dead" and sr.key(m.hi) != "dead":
        return None  # "shot Y" (wounded) / "shot Y dead"
    return m


def _relative_head(sr: SentenceCore, w: int) -> tuple[Mention, int] | None:
    """The person heading the relative "who" at *w*: "X who", "X, the Russian who", "X, a
    former sailor who" (an apposition of at most six words, no clause word inside); with the
    start of the apposition."""
    m = sr.mention_at.get(w - 1)
    if m is not None and m.etype == "Person" and m.hi == w:
        return m, w  # "X who"
    for x in range(w - 1, max(sr.lo, w - 8), -1):
        if sr.key(x) == ",":
            m = sr.mention_at.get(x - 1)
            if m is None or m.etype != "Person" or m.hi != x:
                return None
            return m, x + 1  # "X, the Russian who", "X, who"
        if sr.toks[x].punct or sr.key(x) in _EN_CLAUSE or sr.mention_at.get(x) is not None \
                and sr.mention_at[x].etype == "Person":
            return None
    return None


def person_killer_en(sr: SentenceCore) -> None:
    """"X, (the <nationality>) who shot dead / killed Y" and "X shot dead / gunned down Y":
    Y by X (see the module doc)."""
    if _EN_KILL_VERBS not in sr._by_en:
        return  # (no cue word: no trigger look-up)
    for v in sr.triggers(EMPTY, _EN_KILL_VERBS):
        y = v - 1
        while y > sr.lo and sr.key(y) in _EN_HAD:
            y -= 1
        if sr.key(y) == "who":
            found = _relative_head(sr, y)
            if found is None:
                continue
            killer, appos = found
        else:
            m = sr.mention_at.get(y)
            if m is None or m.etype != "Person" or m.hi != y + 1 or m.poss or \
                    sr.key(v) in ("killed", "murdered", "assassinated"):
                continue  # (the plain active verb after a name: the base rules)
            killer, appos = m, y + 1
        victim = _victim(sr, v)
        if victim is None or victim.eid == killer.eid or sr.blocked(v) or sr._irrealis(v):
            continue
        victims = [p for p in sr.chain(victim, _PERSON) if p.eid != killer.eid]
        _drop_nationality(sr, appos, y, victims)
        for p in victims:
            sr.add(AB, p.eid, killer.eid, "person_killer_en")


def _drop_nationality(sr: SentenceCore, lo: int, hi: int, victims: list[Mention]) -> None:
    """Remove the relations of this sentence from *victims* to a country named in the
    killer's apposition, tokens [lo, hi) ("X, the Russian who killed Y": not Russia)."""
    nats = {m.eid for m in sr.args if lo <= m.lo < hi and m.etype == "Country"}
    nat = sr.nat_agent(lo, hi, skip_bodies=True)
    if nat is not None:
        nats.add(nat)
    if nats:
        ids = {p.eid for p in victims}
        sr.out[:] = [r for r in sr.out if not (r.type == AB and r.sent == sr.si and
                                               r.target in nats and r.source in ids)]


# ---- Arabic ----------------------------------------------------------------------------
_AR_WHO = L._ar("الذي")
_AR_KILL_VERBS = L._ar("قتل", "اغتال", "اردى", "طعن", "صفى")
_AR_PREPS = L._ar("في", "مع", "على", "الى", "إلى", "من", "عن", "جراء", "اثر", "إثر", "بعد",
                  "قبل", "خلال")


def _ar_head(sr: SentenceCore, w: int) -> tuple[Mention, int] | None:
    """The person heading "الذي" at *w*: "X الذي", "X، الذي", "X، الروسي الذي" (an apposition
    of at most four words); with the start of the apposition."""
    for x in range(w - 1, max(sr.lo, w - 7), -1):
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person" and m.hi == x + 1 and x + 1 == w:
            return m, w
        if sr.toks[x].text in ("،", ","):
            m = sr.mention_at.get(x - 1)
            if m is None or m.etype != "Person" or m.hi != x or w - (x + 1) > 4:
                return None
            return m, x + 1
        if sr.toks[x].punct or m is not None:
            return None
    return None


def person_killer_ar(sr: SentenceCore) -> None:
    """"X، (الروسي) الذي قتل / اغتال (title) Y": Y by X (see the module doc)."""
    if _AR_WHO not in sr._by_ar:
        return  # (no cue word: no trigger look-up)
    for w in sr.triggers(_AR_WHO, EMPTY):
        v = w + 1
        if not sr.f(v) & _AR_KILL_VERBS:
            continue
        found = _ar_head(sr, w)
        victim = next_person(sr, v + 1, 4)
        if found is None or victim is None:
            continue
        killer, appos = found
        if victim.eid == killer.eid or victim.poss or any(
                sr.toks[z].punct or sr.f(z) & _AR_PREPS or sr.key(z).startswith("ب")
                for z in range(v + 1, victim.lo)) or sr.blocked(v) or sr._irrealis(v):
            continue
        victims = [p for p in sr.chain(victim, _PERSON) if p.eid != killer.eid]
        _drop_nationality(sr, appos, w, victims)
        for p in victims:
            sr.add(AB, p.eid, killer.eid, "person_killer_ar")


register_triggers(EMPTY, _EN_KILL_VERBS)
register_triggers(_AR_WHO, EMPTY)
