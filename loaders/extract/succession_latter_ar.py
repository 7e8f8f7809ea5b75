"""SUCCESSOR_OF, Arabic: "الأخير" (the latter) as the one who took the post before "خلفاً لـY".

"وكان X قد عُيّن نائباً لـZ في يناير، بعد أيام من تولّي الأخير القيادة خلفاً لـY": the latter,
the last person named before it (Z), succeeded Y, not the sentence's subject X. Only when
"الأخير" is the subject of a word of taking or appointment (تولّي / تولى / تسلّم / عُيّن /
انتخاب ...) and no other person stands between it and the cue: in "قبل أن يعيّن الأخير W
خلفاً لـY" the latter appoints, W succeeds (read as before).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import _LATTER

_AR_TAKING = L._ar("تولي", "تولى", "يتولى", "وتولى", "تسلم", "يتسلم", "استلام", "استلم", "تسلمه",
                   "تعيين", "انتخاب", "اختيار", "تنصيب", "عين", "انتخب", "اختير", "نصب")


def latter_taker_ar(sr: Any, t: int, new: Any) -> str | None:
    """The person "الأخير" stands for when it is the subject of a taking word between the
    subject *new* (or the sentence start) and the cue at *t*; None otherwise."""
    lo = new.hi if new is not None and new.hi <= t else sr.lo
    x = next((y for y in range(t - 1, lo, -1) if sr.key(y) in _LATTER), None)
    if x is None or sr.key(x - 1) not in _AR_TAKING:
        return None
    if any(m.etype == "Person" and x < m.lo < t for m in sr.args):
        return None  # "يعيّن الأخير W خلفاً لـY": W
    return sr._antecedent(x, exclude=set())
