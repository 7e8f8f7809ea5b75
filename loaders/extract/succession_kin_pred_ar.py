"""SUCCESSOR_OF, Arabic: the predecessor given only as the taker's kin (session 52).

"وتولى X الحكم خلفاً لوالده" / "X، الذي خلف والده في رئاسة الحزب" / "خلف X شقيقه" with no
name after the kin noun: the relative is the one person named before in the article who
shares X's family name (the last part of both ids, as ``succession_kin_pred_en``); nobody
when none or several different ones were named. Failing that (session 68, kin68: a cousin or
half-brother has another family name, "هيثم بن طارق" / "قابوس بن سعيد"), the dead holder of the
post: the latest person named before with a ruler's title X also bears (or the accusative
title of the sentence, "أميراً") and a death word near his mention ("برحيل السلطان قابوس بن
سعيد ... وكان السلطان هيثم ... قد أدى اليمين خلفاً لابن عمه الراحل"). "لابن عمه" / "لابن خاله"
is a kin phrase too, and the taker may be the sentence's opening subject over a comma ("وكان
سمو الشيخ نواف قد أدى اليمين ... في 30 سبتمبر الماضي، خلفاً لأخيه الراحل").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, forms, title_start, word_back_in_clause
from loaders.extract.succession_dead_post_ar import (
    ACC_HEAD,
    AR_DEATH_EXTRA,
    deputy_titled,
    died_near,
)
from loaders.extract.succession_kin_pred_en import _family
from loaders.extract.succession_words import _SO

# after "خلفاً": the kin with "ل"; after the verb "خلف": the kin as its object
_AR_KIN_L = L._ar("لوالده", "لأبيه", "لابيه", "لشقيقه", "لأخيه", "لاخيه", "لعمه", "لوالدته",
                  "لشقيقته", "لزوجها", "لزوجه")
_AR_KIN_OBJ = L._ar("والده", "أباه", "اباه", "شقيقه", "أخاه", "اخاه", "عمه", "والدته",
                    "شقيقته", "زوجها")
_AR_KHALAFAN = L._ar("خلفا", "خلفاً")
_AR_KHALAFA = L._ar("خلف", "وخلف", "يخلف", "ليخلف")
# "خلفاً لابن عمه": "لابن" with the kin noun after it
_AR_IBN_L = L._ar("لابن")
_AR_IBN_KIN = L._ar("عمه", "خاله")
_AR_KIN = _AR_KIN_L | _AR_KIN_OBJ | _AR_IBN_L
CUES = frozenset({_AR_KIN})
# the head words of a ruler's title (with and without the article)
_AR_RULER = frozenset(h for w in set(ACC_HEAD.values()) for h in (w, "ال" + w))


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
    if len(kin) > 1 and sr.key(x + 1) in _AR_LATE:  # "خلفاً لأخيه الراحل": the one who died
        toks = sr.doc.toks
        kin = {m.eid: m for m in sr.doc.ments if m.eid in kin and _died_here(toks, m)}
    return next(iter(kin.values())) if len(kin) == 1 else None


_AR_LATE = frozenset({"الراحل", "الراحله", "الفقيد"})


def _died_here(toks: Any, m: Any) -> bool:
    """A death word near the mention *m*, or just before his name ("بوفاة ... الشيخ Y")."""
    return died_near(toks, m) or any(forms(toks[y]) & AR_DEATH_EXTRA
                                     for y in range(max(0, m.lo - 3), m.lo))


def _ruler_heads(sr: Any, m: Any) -> set[str]:
    """The ruler's head words of *m*'s title, or of the name's first word when the title is
    read into the name ("السلطان هيثم" -> {"السلطان", ...})."""
    lo = m.tlo if 0 <= m.tlo < m.lo else m.lo
    return {w for y in range(lo, m.lo + 1) for w in forms(sr.doc.toks[y])} & _AR_RULER


def _dead_holder(sr: Any, x: int, new: Any) -> Any:
    """The latest person named before token *x* with a ruler's title *new* bears too (or the
    sentence's accusative title: "أدى اليمين أميراً"), no deputy, who died near his mention;
    or None (session 68)."""
    heads = _ruler_heads(sr, new)
    for y in range(sr.lo, x):
        for w in sr.f(y):
            if w in ACC_HEAD:
                heads |= {ACC_HEAD[w], "ال" + ACC_HEAD[w]}
    if not heads:
        return None
    toks = sr.doc.toks
    best = None
    for m in sr.doc.ments:
        if m.lo >= x or m.etype != "Person" or m.eid == new.eid or not _ruler_heads(sr, m) & heads:
            continue
        if deputy_titled(toks, m):
            continue
        if _died_here(toks, m):
            best = m  # (or "برحيل السلطان Y": the death word read into his title)
    return best


def _opening_subject(sr: Any, v: int) -> Any:
    """The sentence's opening subject ("وكان سمو الشيخ نواف قد أدى ...، خلفاً"): the first
    person, his title within the first three words, with no other person before *v*."""
    m = next((m for y in range(sr.lo, min(v, sr.lo + 8)) if (m := sr.mention_at.get(y))
              is not None), None)
    if m is None or m.etype != "Person" or title_start(m) - sr.lo > 2:
        return None
    if any((o := sr.mention_at.get(y)) is not None and o.etype == "Person" and o.eid != m.eid
           for y in range(m.hi, v)):
        return None  # (another person between: his clause, not the opening one's)
    return m


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
            return _opening_subject(sr, v)
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return m
    return None


_AR_UNSETTLED = L._ar("ان", "أن", "قد", "سوف", "يرجح", "يتوقع", "المتوقع", "مرشح", "ينتظر",
                     "لم", "لن", "يمكن")


_AR_WAS = frozenset({"كان", "وكان", "فكان"})


def _unsettled(sr: Any, k: int) -> bool:
    """A plan, forecast or negation in the clause before the taker at *k* ("ويرجح أن يتولى
    X الحكم خلفاً لوالده")."""
    y = word_back_in_clause(sr, k, _AR_UNSETTLED, 7)
    return y is not None and sr.key(y) not in _AR_WAS  # ("وكان" is no "أن", session 68)


def kin_predecessor_ar(sr: Any) -> None:
    """"خلفاً لوالده" / "خلف (X) والده" with no name after the kin: X succeeded the relative
    named before (see the module docstring)."""
    if not sr.toks[sr.lo].ar:
        return
    for x in sr.triggers(_AR_KIN, EMPTY):
        ibn = bool(sr.f(x) & _AR_IBN_L)
        if ibn:  # "خلفاً لابن عمه"
            if x + 1 >= sr.hi or not sr.f(x + 1) & _AR_IBN_KIN:
                continue
            x += 1
        if x + 1 < sr.hi and (x + 1 in sr.mention_at or x + 2 in sr.mention_at):
            continue  # "خلفاً لشقيقه يحيى": a name follows, the base reads it
        if ibn or sr.f(x) & _AR_KIN_L:
            v = x - 1 - ibn
            v = v if sr.f(v) & _AR_KHALAFAN else None
        else:
            v = next((y for y in range(x - 1, max(sr.lo, x - 5) - 1, -1)
                      if sr.f(y) & _AR_KHALAFA), None)
        if v is None:
            continue
        new = _taker(sr, v, x)
        if new is None or new.etype != "Person":
            continue
        old = _kin_named_before(sr, x, new) or _dead_holder(sr, x, new)
        if old is None or any(r.type == _SO and r.source == new.eid for r in sr.out):
            continue
        if sr.blocked(v, new) or sr._irrealis(v) or _unsettled(sr, title_start(new)):
            continue
        sr.add(_SO, new.eid, old.eid, "kin_predecessor_ar")


register_triggers(_AR_KIN, EMPTY)
