"""SUCCESSOR_OF, Arabic: the predecessor given only as the taker's kin (session 52).

"وتولى X الحكم خلفاً لوالده" / "X، الذي خلف والده في رئاسة الحزب" / "خلف X شقيقه" with no
name after the kin noun: the relative is the one person named before in the article who
shares X's family name (the last part of both ids, as ``succession_kin_pred_en``); nobody
when none or several different ones were named.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start, word_back_in_clause
from loaders.extract.succession_kin_pred_en import _family
from loaders.extract.succession_words import _SO

# after "خلفاً": the kin with "ل"; after the verb "خلف": the kin as its object
_AR_KIN_L = L._ar("لوالده", "لأبيه", "لابيه", "لشقيقه", "لأخيه", "لاخيه", "لعمه", "لوالدته",
                  "لشقيقته", "لزوجها", "لزوجه")
_AR_KIN_OBJ = L._ar("والده", "أباه", "اباه", "شقيقه", "أخاه", "اخاه", "عمه", "والدته",
                    "شقيقته", "زوجها")
_AR_KHALAFAN = L._ar("خلفا", "خلفاً")
_AR_KHALAFA = L._ar("خلف", "وخلف", "يخلف", "ليخلف")
_AR_KIN = _AR_KIN_L | _AR_KIN_OBJ
CUES = frozenset({_AR_KIN})


_AR_FATHER = L._ar("لوالده", "لأبيه", "لابيه", "والده", "أباه", "اباه")


def _patronym(eid: str) -> str | None:
    """The father's given name of a "X bin Y" id ("hamdan-bin-mohammed" -> "mohammed")."""
    parts = eid.rsplit(":", 1)[-1].split("-")
    return parts[parts.index("bin") + 1] if "bin" in parts[:-1] else None


def _kin_named_before(sr: Any, x: int, new: Any) -> Any:
    """The one person named before token *x* in the article who shares *new*'s family name
    (not one named after it: "تيمور جنبلاط، الذي خلف والده ...، ووالده الزعيم وليد جنبلاط"
    made the scorer drop both men's meetings on dev, arLB1). For the father of "X bin Y"
    ("حمدان بن محمد ... خلفاً لوالده"): the one named before whose given name is Y (not a
    brother "مكتوم بن محمد", who shares the "bin Y"; session 54)."""
    pat = _patronym(new.eid) if sr.f(x) & _AR_FATHER else None
    if pat is not None:
        dads = {m.eid: m for m in sr.doc.ments if m.lo < x and m.etype == "Person" and
                m.eid != new.eid and m.eid.rsplit(":", 1)[-1].split("-")[0] == pat}
        if dads:
            return next(iter(dads.values())) if len(dads) == 1 else None
    fam = _family(new.eid)
    if fam is None:
        return None
    kin = {m.eid: m for m in sr.doc.ments if m.lo < x and m.etype == "Person" and
           m.eid != new.eid and _family(m.eid) == fam and
           not (pat is not None and _patronym(m.eid) == pat)}  # (a brother: no father)
    return next(iter(kin.values())) if len(kin) == 1 else None


def _taker(sr: Any, v: int, x: int) -> Any:
    """The taker of the succession word at *v* (kin at *x*): the name after the verb "خلف X
    شقيقه", the head of "X، الذي خلف والده", else the clause's subject before "خلفاً"."""
    if sr.f(v) & _AR_KHALAFA:
        if sr.key(v - 1) in ("الذي", "التي"):
            return sr.before(v - 1 if sr.toks[v - 2].punct is False else v - 2,
                             types=("Person",), maxgap=1)
        if v + 1 < x:  # "خلف X شقيقه"
            m = sr.after(v + 1, types=("Person",), maxgap=1)
            return m if m is not None and m.hi == x else None
        return None
    for y in range(v - 1, max(sr.lo, v - 9) - 1, -1):  # "وتولى X الحكم خلفاً لوالده"
        if sr.toks[y].punct:
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return m
    return None


_AR_UNSETTLED = L._ar("ان", "أن", "قد", "سوف", "يرجح", "يتوقع", "المتوقع", "مرشح", "ينتظر",
                     "لم", "لن", "يمكن")


def _unsettled(sr: Any, k: int) -> bool:
    """A plan, forecast or negation in the clause before the taker at *k* ("ويرجح أن يتولى
    X الحكم خلفاً لوالده")."""
    return word_back_in_clause(sr, k, _AR_UNSETTLED, 7) is not None


def kin_predecessor_ar(sr: Any) -> None:
    """"خلفاً لوالده" / "خلف (X) والده" with no name after the kin: X succeeded the relative
    named before (see the module docstring)."""
    if not sr.toks[sr.lo].ar:
        return
    for x in sr.triggers(_AR_KIN, EMPTY):
        if x + 1 < sr.hi and (x + 1 in sr.mention_at or x + 2 in sr.mention_at):
            continue  # "خلفاً لشقيقه يحيى": a name follows, the base reads it
        if sr.f(x) & _AR_KIN_L:
            v = x - 1 if sr.f(x - 1) & _AR_KHALAFAN else None
        else:
            v = next((y for y in range(x - 1, max(sr.lo, x - 5) - 1, -1)
                      if sr.f(y) & _AR_KHALAFA), None)
        if v is None:
            continue
        new = _taker(sr, v, x)
        if new is None or new.etype != "Person":
            continue
        old = _kin_named_before(sr, x, new)
        if old is None or any(r.type == _SO and r.source == new.eid for r in sr.out):
            continue
        if sr.blocked(v, new) or sr._irrealis(v) or _unsettled(sr, title_start(new)):
            continue
        sr.add(_SO, new.eid, old.eid, "kin_predecessor_ar")


register_triggers(_AR_KIN, EMPTY)
