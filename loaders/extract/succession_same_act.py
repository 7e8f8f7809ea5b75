"""SUCCESSOR_OF: two posts of one leaver filled in the same act; the pronoun of the second
succession stands for the leaver of the first, not for its new holder.

- Arabic, one decree of coordinated verbal nouns: "أمر بتعيين A مستشاراً خلفاً لـY، وتكليف B
  برئاسة الجهاز بدلاً عنه / خلفاً له / مكانه": B -> Y (the pronoun found nobody before).
- English, a simultaneous clause after "while" / "whereas": "A was named adviser in Y's place,
  while B succeeds / replaces him at the security service": B -> Y, was B -> A.

Not read: a chain told in time ("A replaced Y in 2018, and B replaced him in 2022": B -> A
stays), a second appointment that is a verb of its own ("وعيّن B ..."), a first clause that
names no predecessor. Called from ``core_recall_succession.pronoun_predecessor_ar`` and
``context_succession.predecessor_pronoun_en``."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# coordinated verbal nouns of appointment after the first one: "وتكليف", "وتعيين", "وتسمية"
_AR_AND_APPOINTING = L._ar("وتكليف", "وتعيين", "وتسمية")
_AR_APPOINTING = L._ar("تعيين", "بتعيين", "تكليف", "بتكليف", "تسمية", "بتسمية")
_AR_SUCCEEDING = L._ar("خلفا", "خلفاً", "بدلا", "بدلاً", "عوضا", "عوضاً")
_EN_WHILE = frozenset({"while", "whereas"})
_EN_PLACE = frozenset({"place", "stead"})
_EN_REPLACING = frozenset({"replacing", "succeeding"})


def first_leaver_ar(sr: Any, ap: int, new: str) -> str | None:
    """The predecessor named in the first appointment of the decree whose second appointment
    is the verbal noun at *ap* ("بتعيين A ... خلفاً لـY، وتكليف B ... بدلاً عنه": Y)."""
    if sr.key(ap) not in _AR_AND_APPOINTING:
        return None
    first = next((x for x in range(ap - 1, max(sr.lo, ap - 30) - 1, -1)
                  if sr.f(x) & _AR_APPOINTING), None)
    if first is None:
        return None
    for x in range(first + 1, ap):
        if not sr.f(x) & _AR_SUCCEEDING:
            continue
        y = x + 1 + (sr.key(x + 1) in ("من", "عن", "ل"))
        old = sr.after(y, types=("Person",), maxgap=1)
        if old is not None and old.hi <= ap and old.eid != new:
            return old.eid
    return None


def first_leaver_en(sr: Any, t: int, new: str) -> str | None:
    """The predecessor of the clause before "while" / "whereas" when the succession verb at
    *t* follows it ("A was named adviser in Y's place, while B succeeds him": Y)."""
    w = next((x for x in range(t - 1, sr.lo - 1, -1) if sr.key(x) in _EN_WHILE), None)
    if w is None:
        return None
    for x in range(sr.lo, w):
        k = sr.key(x)
        old = None
        if k in _EN_PLACE and sr.key(x - 1) not in ("his", "her", "its", "their"):
            old = sr.before(x, types=("Person",), maxgap=1)  # "in Y's place"
            if old is None or sr.key(old.lo - 1) != "in":
                old = None
        elif k in _EN_REPLACING or k == "of" and sr.key(x - 1) in _EN_PLACE:
            old = sr.after(x + 1, types=("Person",), maxgap=2)  # "in place of Y", "replacing Y"
        if old is not None and old.hi <= w and old.eid != new:
            return old.eid
    return None
