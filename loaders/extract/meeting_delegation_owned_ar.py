"""Arabic delegations named by their side, and a guest heading "his accompanying delegation"
(session 62, read by ``meeting_delegation_member_ar``).

"استقبل K وفد حماس برئاسة A. وضم وفد الحركة C", "... فيما ضم وفد الاتحاد الوطني C": the
delegation's side after «وفد» (a group or country named, or one definite word: «الحركة»،
«الحزب») names the same delegation as «وضم الوفد C». "استقبل K Y والوفد المرافق له ... . وضم
الوفد C": Y, received with his delegation, heads it as "وفد ... برئاسة Y" would.

Session 67: the side's name in quotes, "وضم وفد «قسد» C" after "وفد من قسد برئاسة A" (a
quoted name of at most three words)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_core import QUOTES

_AR_A_DELEGATION = L._ar("وفد")
_AR_AND_THE_DELEGATION = L._ar("والوفد")
_AR_ACCOMPANYING = L._ar("المرافق", "المرافقة")


def owned_delegation_ar(sr: Any, d: int) -> bool:
    """Is *d* «وفد» followed by its side: a group or country named right after it, or one
    definite word that is no one's name ("وفد الحركة"، "وفد الاتحاد الوطني")?"""
    if d + 1 >= sr.hi or not sr.f(d) & _AR_A_DELEGATION:
        return False
    if sr.toks[d + 1].text in QUOTES:  # «وفد «قسد»», 'وفد "تقدم"': a side's name in quotes
        return any(sr.toks[y].text in QUOTES for y in range(d + 3, min(sr.hi, d + 6)))
    owner = sr.mention_at.get(d + 1)
    if owner is not None:
        return owner.lo == d + 1 and owner.etype in ("Organization", "Country")
    return sr.key(d + 1).startswith("ال") and not sr.toks[d + 1].punct


def with_accompanying_ar(sr: Any, lo: int, hi: int, ments: Any) -> Any:
    """The person named right before «والوفد المرافق (له)» in [lo, hi), the guest whose
    delegation it is; None."""
    for x in range(lo + 1, hi - 1):
        if sr.f(x) & _AR_AND_THE_DELEGATION and sr.f(x + 1) & _AR_ACCOMPANYING:
            guest = next((m for m in ments if m.etype == "Person" and m.hi == x), None)
            if guest is not None:
                return guest
    return None
