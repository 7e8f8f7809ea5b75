"""Whom "خلفاً له / مكانه" stands for after the predecessor's own loss told with a pronoun:
"أعلن X استقالته ...، وصدر قرار بتعيين Y خلفاً له", "قدّم X استقالته، فعُيّن Y خلفاً له":
the person named before the loss noun (its own subject), not the one after it ("بعد خلافات
مع الرئيس"); nobody for "قبل K استقالته" (K accepted it). Called from
``core_recall_succession.pronoun_predecessor_ar``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# a stepping-down noun carrying the holder's pronoun ("his resignation", "his retirement");
# not a death ("أعلن المتحدث مقتله": the speaker did not die)
AR_OWN_LOSS = L._ar("استقالته", "استقالتها", "تنحيه", "تنحيها", "تقاعده", "تقاعدها")
# "قبل / رفض K استقالته": K accepted someone else's resignation
_AR_ACCEPTED = L._ar("قبل", "وقبل", "قبلت", "وقبلت", "رفض", "ورفض", "رفضت", "ورفضت")


def own_loss_holder_ar(sr: Any, x: int, new: str) -> str | None:
    """The loss noun with a pronoun at *x*: the last person named before it in the sentence
    (not *new*, not a possessor), else the subject of the sentence before; None when *x* is
    no such noun."""
    if not sr.f(x) & AR_OWN_LOSS:
        return None
    before = [m for m in sr.args if m.etype == "Person" and m.hi <= x and m.eid != new and
              not m.poss and m.eid.startswith("person:")]
    if before:
        m = before[-1]
        if sr.f((m.tlo if m.tlo >= 0 else m.lo) - 1) & _AR_ACCEPTED:
            return None
        return m.eid
    prev = sr._prev_subject(exclude=new)
    return prev.eid if prev is not None else None
