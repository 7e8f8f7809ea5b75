""""ثم انتقل إلى بيروت حيث استقبله X" (session 17): a sentence that opens with a verb of going
(انتقل، توجه، وصل، عاد) whose subject is dropped, then a host receiving "him": the pronoun is the
traveller of the last sentences (the visitor, else the previous sentence's subject), not the
host of the previous stop named last."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall import guest_antecedent
from loaders.extract.mentions import Mention

_AR_MOVED = L._ar("انتقل", "وانتقل", "توجه", "وتوجه", "وصل", "ووصل", "عاد", "وعاد", "انتقلت",
                  "وانتقلت", "توجهت", "وتوجهت", "وصلت", "ووصلت", "حط", "وحط")
_AR_OPENERS = frozenset({"و", "ثم", "كما", "وقد", "قد", "بعدها", "بعد", "ذلك", "لاحقا"})


def dropped_traveller_ar(sr: Any, t: int, host: Mention) -> Mention | None:
    """The person a pronoun object at *t* ("استقبله") stands for when the sentence opens with a
    verb of going and names nobody before *t*; else None."""
    x = next((y for y in range(sr.lo, t) if sr.f(y) & _AR_MOVED), None)
    if x is None or any(sr.toks[y].key not in _AR_OPENERS for y in range(sr.lo, x)):
        return None
    if any(m.lo < t and m.etype in ("Person", "Organization") for m in sr.args):
        return None  # "وصل X ... حيث استقبله Y": the arrival rules read X
    return guest_antecedent(sr, host.eid) or sr._prev_subject(exclude=host.eid)
