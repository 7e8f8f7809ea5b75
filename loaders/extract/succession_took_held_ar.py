"""SUCCESSOR_OF, Arabic (session 60, blind60c): a post taken that the text says someone held.

"وتولى X حقيبة الدفاع التي كان يشغلها Y" / "فيما تولى القائد العسكري X، المعروف بـ...، حقيبة
الدفاع التي كان يشغلها العماد Y" / "وكان X قد تسلّم المنصب الذي شغله Y بالوكالة": X took the
post Y held, so X succeeded Y. ``succession_handover.post_held_by`` reads the same relative
clause after an appointment verb ("عيّن K X رئيساً للأركان، المنصب الذي كان يشغله Y"); a verb
of taking a post (تولى، تسلّم، استلم، شغل، ورث) is read here, its subject the taker: the person
right after it (verb-subject order) or right before it ("X تولى"، "كان X قد تولى"). The post is
whatever the verb took, so the noun before "الذي / التي" need not be a post word ("حقيبة
الدفاع"، "رئاسة الحكومة"). Not when no taking verb stands before the relative in its clause
("زار X الوزارة التي كان يشغلها Y": a visit), when the verb is negated or hedged
(``SentenceCore.blocked``), or when a succession to Y is read already.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import EMPTY
from loaders.extract.succession_post_after_death_en import AR_POST_HELD

_AR_TAKE = L._ar("تولى", "يتولى", "تتولى", "تولت", "تسلم", "تسلّم", "يتسلم", "تسلمت", "استلم",
                 "استلمت", "يستلم", "ورث", "ورثت", "شغل", "يشغل", "شغلت")
_RELATIVE = frozenset({"الذي", "التي"})
_SO = "SUCCESSOR_OF"
_BACK = 20  # tokens from the relative back to the taking verb


def _taker(sr: Any, verb: int, rel: int) -> Any:
    """The subject of the taking verb at *verb*: the first person after it before the
    relative at *rel*, else the person right before it (SVO, "كان X قد تولى")."""
    after = sr.after(verb + 1, types=("Person",), maxgap=6)
    if after is not None and after.hi <= rel:
        return after
    before = sr.before(verb, types=("Person",), maxgap=2)
    if before is None and sr.key(verb - 1) == "قد":
        before = sr.before(verb - 1, types=("Person",), maxgap=12)
    return before


def post_taken_held_ar(sr: Any) -> None:
    """"تولى X الحقيبة التي كان يشغلها Y": X succeeded Y (module doc)."""
    if not sr.toks[sr.lo].ar:
        return
    for t in sr.triggers(AR_POST_HELD, EMPTY):
        old = sr.after(t + 1, types=("Person",), maxgap=2)
        rel = next((y for y in range(t - 1, max(sr.lo, t - 4) - 1, -1)
                    if sr.key(y) in _RELATIVE), None)
        if old is None or rel is None:
            continue
        verb = None
        for y in range(rel - 1, max(sr.lo, rel - _BACK) - 1, -1):
            if sr.toks[y].text in (".", "؛", ";"):
                break
            if sr.f(y) & _AR_TAKE:
                verb = y
                break
        if verb is None:
            continue
        new = _taker(sr, verb, rel)
        if new is None or new.eid == old.eid or new.etype != "Person" or sr.blocked(verb, new):
            continue
        if any(r.type == _SO and r.target == old.eid for r in sr.out):
            continue
        sr.add(_SO, new.eid, old.eid, "post_taken_held_ar")
