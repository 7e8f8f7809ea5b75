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
سمو الشيخ نواف قد أدى اليمين ... في 30 سبتمبر الماضي، خلفاً لأخيه الراحل") or past a long
clause with no person in it ("وكان جلالة الملك عبدالله الثاني قد أدى اليمين الدستورية أمام
مجلس الأمة يوم الأحد الماضي ملكاً للمملكة الأردنية الهاشمية خلفاً لوالده الراحل", session 69).

Session 69 (kin69): the kin after a loss noun, "تولى X الحكم بعد / إثر وفاة والده / أخيه غير
الشقيق / ابن عمه" with no name after it (``kin_after_loss_ar``, called by
``succession_rules_ar``), resolved the same way; both steps now live in
``succession_kin_resolve``, shared with ``succession_kin_pred_en``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.pious_formula_ar import past_pious_ar
from loaders.extract.rule_common import EMPTY, forms, title_start, word_back_in_clause
from loaders.extract.succession_dead_post_ar import (
    ACC_HEAD,
    AR_DEATH_EXTRA,
    deputy_titled,
    died_near,
)
from loaders.extract.succession_kin_resolve import dead_holder_before, kin_named_before
from loaders.extract.succession_words import _SO

# after "خلفاً": the kin with "ل"; after the verb "خلف": the kin as its object
_AR_KIN_L = L._ar("لوالده", "لأبيه", "لابيه", "لشقيقه", "لأخيه", "لاخيه", "لعمه", "لوالدته",
                  "لشقيقته", "لزوجها", "لزوجه")
_AR_KIN_OBJ = L._ar("والده", "أباه", "اباه", "شقيقه", "أخاه", "اخاه", "عمه", "والدته",
                    "شقيقته", "زوجها")
_AR_KHALAFA = L._ar("خلف", "وخلف", "يخلف", "ليخلف")
# "خلفاً لابن عمه": "لابن" with the kin noun after it
_AR_IBN_L = L._ar("لابن")
_AR_IBN_KIN = L._ar("عمه", "خاله")
_AR_KIN = _AR_KIN_L | _AR_KIN_OBJ | _AR_IBN_L
CUES = frozenset({_AR_KIN})
# the head words of a ruler's title (with and without the article)
_AR_RULER = frozenset(h for w in set(ACC_HEAD.values()) for h in (w, "ال" + w))


_AR_FATHER = L._ar("لوالده", "لأبيه", "لابيه", "والده", "أباه", "اباه")


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
    return dead_holder_before(sr, x, new, heads, lambda m: _ruler_heads(sr, m), deputy_titled,
                              _died_here)


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
    # a long clause with no person in reach ("وكان جلالة الملك X قد أدى اليمين الدستورية
    # أمام مجلس الأمة يوم الأحد الماضي ملكاً للمملكة ... خلفاً لوالده الراحل"): its opening
    # subject (session 69, residual69)
    return _opening_subject(sr, v)


_AR_UNSETTLED = L._ar("ان", "أن", "قد", "سوف", "يرجح", "يتوقع", "المتوقع", "مرشح", "ينتظر",
                     "لم", "لن", "يمكن")


_AR_WAS = frozenset({"كان", "وكان", "فكان"})


def _unsettled(sr: Any, k: int) -> bool:
    """A plan, forecast or negation in the clause before the taker at *k* ("ويرجح أن يتولى
    X الحكم خلفاً لوالده")."""
    y = word_back_in_clause(sr, k, _AR_UNSETTLED, 7)
    return y is not None and sr.key(y) not in _AR_WAS  # ("وكان" is no "أن", session 68)


# after a loss noun ("بعد وفاة والده"): the kin in the genitive, and "ابن" before "عمه / خاله"
_AR_KIN_GEN = L._ar("والده", "أبيه", "ابيه", "شقيقه", "أخيه", "اخيه", "عمه", "والدته",
                    "شقيقته", "زوجها")
_AR_IBN = L._ar("ابن", "نجل")
_AR_FATHER_GEN = L._ar("والده", "أبيه", "ابيه")
# a deputy's post taken ("عُيّن X ولياً للعهد بعد وفاة أخيه"): whose, the words do not say
_AR_DEPUTY_POST = L._ar("وليا", "ولياً", "ولي", "لولي", "نائبا", "نائباً", "نائب")


def kin_after_loss_ar(sr: Any, y: int, new: Any) -> Any:
    """"تولى X الحكم بعد / إثر وفاة والده / أخيه غير الشقيق / ابن عمه" with no name after the
    kin noun at *y* (past the loss noun): the relative of X named before, else the dead holder
    of X's post (session 69, kin69; the resolution of ``kin_predecessor_ar``). None when
    another word stands at *y*, or a name follows the kin noun (the base reads it)."""
    if new is None or y >= sr.hi:
        return None
    k = y
    if sr.f(k) & _AR_IBN:
        k += 1
        if not sr.f(k) & _AR_IBN_KIN:
            return None
    elif not sr.f(k) & _AR_KIN_GEN:
        return None
    if k + 1 in sr.mention_at or k + 2 in sr.mention_at:
        return None  # "بعد وفاة والده الملك الحسين": the name, read by the base
    own = range(title_start(new), new.hi)
    if any(sr.f(z) & _AR_DEPUTY_POST for z in range(sr.lo, y) if z not in own):
        return None  # ("عُيّن X ولياً للعهد بعد وفاة أخيه": the dead brother's post unsaid)
    return kin_named_before(sr, y, new, father=k == y and bool(sr.f(k) & _AR_FATHER_GEN),
                            late=sr.key(k + 1) in _AR_LATE, died=_died_here) or \
        _dead_holder(sr, y, new)


# the kin words of ``kin_named_after_ar``: "لوالده" ... and "لجده", "لوالدها", "لأبيها", "لشقيقها"
_AR_KIN_NAMED = _AR_KIN_L | L._ar("لجده", "لوالدها", "لأبيها", "لشقيقها")


def kin_named_after_ar(sr: Any, t: int) -> Any:
    """«خلفاً لشقيقه الرئيس المنتخب Y»، «خلفا لوالده المغفور له Y» (session 70): the person Y
    named after the kin word at *t* + 1 past a title with its qualifiers or the pious
    formula (at most three words, no mark), else None."""
    k = t + 1
    if k >= sr.hi or not sr.f(k) & _AR_KIN_NAMED:
        return None
    y = past_pious_ar(sr.toks, k + 1, sr.hi)
    old = sr.after(y, types=("Person",), maxgap=3)
    if old is None or any(sr.toks[z].punct for z in range(k + 1, old.lo)):
        return None
    return old


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
            v = v if sr.f(v) & L.AR_KHALAFAN else None
        else:
            v = next((y for y in range(x - 1, max(sr.lo, x - 5) - 1, -1)
                      if sr.f(y) & _AR_KHALAFA), None)
        if v is None:
            continue
        new = _taker(sr, v, x)
        if new is None or new.etype != "Person":
            continue
        old = kin_named_before(sr, x, new, father=bool(sr.f(x) & _AR_FATHER),
                               late=sr.key(x + 1) in _AR_LATE, died=_died_here) or \
            _dead_holder(sr, x, new)
        if old is None or any(r.type == _SO and r.source == new.eid for r in sr.out):
            continue
        if sr.blocked(v, new) or sr._irrealis(v) or _unsettled(sr, title_start(new)):
            continue
        sr.add(_SO, new.eid, old.eid, "kin_predecessor_ar")


register_triggers(_AR_KIN, EMPTY)
