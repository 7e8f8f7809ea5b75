"""SUCCESSOR_OF: the new holder after a predecessor left.

Reads "X is the new chief of ORG after Y stepped down", "X, the new Quds Force commander after
Y was killed," and "X، رئيس الأركان الجديد بعد استقالة Y".
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.succession_words import _AR_AFTER, _AR_DEATH, _SO, EN_ROLE

_EN_NEW = frozenset({"new"})
_EN_COPULA = frozenset({"is", "was", "as"})
_EN_GONE_AFTER = frozenset({"killed", "assassinated", "died", "ousted", "resigned", "dismissed",
                            "removed", "retired", "quit", "stepped", "killing", "death",
                            "assassination", "ouster", "resignation", "removal", "departure",
                            "fired", "sacked", "firing", "sacking"})
# a role noun a few words after "new" ("the new Quds Force commander"; not "over", "lead")
_EN_ROLE_NOUN = frozenset({"leader", "head", "chief", "commander", "secretary-general",
                           "president", "premier", "minister"})


def _new_holder_en(sr: Any, t: int) -> Any:
    """The person called the new holder at "new" (*t*): the subject of a copula before it
    ("X is the new chief") or the name a comma sets it off from ("X, the new chief",
    "X, Hezbollah's new leader")."""
    cop = next((y for y in range(t - 1, max(sr.lo, t - 5) - 1, -1)
                if sr.key(y) in _EN_COPULA), None)
    if cop is not None:
        return sr.before(cop, types=("Person",), maxgap=1)
    comma = next((y for y in range(t - 1, max(sr.lo, t - 5) - 1, -1) if sr.toks[y].punct), None)
    if comma is None or sr.toks[comma].text != ",":
        return None
    m = sr.before(comma, types=("Person",), maxgap=0)
    return m if m is not None and m.hi == comma else None


def new_holder_after_en(sr: Any) -> None:
    """"X is the new chief of ORG after Y stepped down" / "X is ORG's new leader after Y was
    killed" / "X, the new Quds Force commander after Y was killed,": X, called the new holder
    of a role, succeeded Y whose going the "after" clause tells (a meeting or any other event
    there is no going)."""
    for t in sr.triggers(EMPTY, _EN_NEW):
        role = t + 1 if sr.key(t + 1) in EN_ROLE else next(
            (y for y in range(t + 2, min(sr.hi, t + 5)) if sr.key(y) in _EN_ROLE_NOUN), None)
        if role is None or any(sr.toks[y].punct for y in range(t, role)):
            continue
        new = _new_holder_en(sr, t)
        aft = next((x for x in range(role + 1, min(sr.hi, role + 9))
                    if sr.key(x) in ("after", "following")), None)
        if new is None or aft is None or any(sr.toks[y].punct for y in range(t, aft)):
            continue
        old = sr.after(aft + 1, types=("Person",), maxgap=3)
        if old is None or old.eid == new.eid or not any(
                sr.key(y) in _EN_GONE_AFTER for y in range(aft + 1, min(sr.hi, old.hi + 3))):
            continue
        if not sr.blocked(t, new) and not sr._irrealis(t):
            sr.add(_SO, new.eid, old.eid, "new_holder_after_en")


_AR_NEW = L._ar("الجديد", "الجديدة")
_AR_LEFT_POST = _AR_DEATH | L._ar("تقاعد", "عزل", "اعفاء", "إعفاء", "تنحي", "إقالة")


def new_holder_after_ar(sr: Any) -> None:
    """"X، رئيس الأركان الجديد بعد استقالة Y" / "X القائد الجديد لفيلق القدس بعد اغتيال Y":
    the person a title marked new sets off succeeded Y whose going follows "بعد/عقب/إثر"
    (no other person between X and the title; "بعد لقاء Y" is no going)."""
    for t in sr.triggers(_AR_NEW, EMPTY):
        aft = next((x for x in range(t + 1, min(sr.hi, t + 6))
                    if sr.f(x) & _AR_AFTER or sr.toks[x].punct), None)
        if aft is None or sr.toks[aft].punct or not sr.f(aft + 1) & _AR_LEFT_POST:
            continue
        old = sr.after(aft + 2, types=("Person",), maxgap=2)
        new = None
        for y in range(t - 1, max(sr.lo, t - 7) - 1, -1):
            m = sr.mention_at.get(y)
            if m is not None and m.etype == "Person":
                new = m if m.hi == y + 1 or sr.toks[m.hi].text in ("،", ",") and \
                    m.hi + 1 <= t - 1 else None
                break
            if sr.toks[y].punct and (sr.toks[y].text not in ("،", ",") or
                                     y - 1 not in sr.mention_at):
                break
        if new is None or old is None or old.eid == new.eid or new.hi > t:
            continue
        if sr.toks[new.hi].text not in ("،", ",") and title_start(new) > sr.lo:
            continue  # "التقى X رئيسَ الأركان الجديد": X met the new chief
        if not any(sr.f(y) & L.AR_TITLE_FIRST for y in range(new.hi, t)):
            continue  # a title, not "زار X المقر الجديد"
        if any(r.type == _SO and r.target == old.eid for r in sr.out):
            continue
        if not sr.blocked(t, new) and not sr._irrealis(t):
            sr.add(_SO, new.eid, old.eid, "new_holder_after_ar")
