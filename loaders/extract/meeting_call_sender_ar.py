""""تلقى X اتصالاً من Z، ثم استقبل Y": the caller Z is no subject carried to the next verb
(session 52).

The person right after "من" that follows a call or message noun ("اتصالاً (هاتفياً) من Z",
"رسالة من Z", "برقية تهنئة من Z") is the one who called or wrote: the subject of a later
"ثم استقبل / والتقى" in the sentence is the receiver X, named before.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_FROM = L._ar("من")
_AR_SENT = L._ar("اتصالا", "اتصالاً", "اتصال", "هاتفيا", "هاتفياً", "مرئيا", "مرئياً",
                 "رسالة", "رساله", "برقية", "دعوة", "تهنئة", "خطية", "خطيا", "مكالمة")


def call_sender_ar(sr: Any, m: Any) -> bool:
    """Is the person mention *m* named right after "من" that follows a call or message noun
    (at most two words before it)?"""
    b = title_start(m) - 1
    if b <= sr.lo:
        return False
    if sr.key(b) not in _AR_FROM and not (m.prefix.lstrip("وف").startswith("من")):
        return False
    return any(sr.f(y) & _AR_SENT for y in range(max(sr.lo, b - 2), b))
