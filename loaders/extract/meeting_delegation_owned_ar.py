"""Arabic delegations named by their side, and a guest heading "his accompanying delegation"
(session 62, read by ``meeting_delegation_member_ar``).

"استقبل K وفد حماس برئاسة A. وضم وفد الحركة C", "... فيما ضم وفد الاتحاد الوطني C": the
delegation's side after «وفد» (a group or country named, or one definite word: «الحركة»،
«الحزب») names the same delegation as «وضم الوفد C». "استقبل K Y والوفد المرافق له ... . وضم
الوفد C": Y, received with his delegation, heads it as "وفد ... برئاسة Y" would.

Session 67: the side's name in quotes, "وضم وفد «قسد» C" after "وفد من قسد برئاسة A" (a
quoted name of at most three words).

Session 69: the guest set off from «والوفد المرافق له» by his own apposition, "استقبل H ... Y (أبو
مازن) رئيس اللجنة التنفيذية للمنظمة، والوفد المرافق له الذي ضم C": Y heads the delegation as the
guest named right before it does (``accompanied_guest_ar``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_core import QUOTES

_AR_A_DELEGATION = L._ar("وفد")
_AR_AND_THE_DELEGATION = L._ar("والوفد")
AR_ACCOMPANYING = L._ar("المرافق", "المرافقة")


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


_APPOSITION_REACH = 14  # words of a guest's own apposition before «والوفد المرافق له»
_ASIDE_MARKS = frozenset({"،", ",", "(", ")"})


def accompanied_guest_ar(sr: Any, x: int, ments: Any, lo: int) -> Any:
    """The guest whose «والوفد المرافق (له)» starts at *x*: the person named right before it, or
    before his own apposition set off by a comma or brackets ("Y (أبو مازن) رئيس اللجنة
    التنفيذية لمنظمة التحرير، والوفد"): no other person named, no clause mark between; not
    before *lo*. None otherwise."""
    people = [m for m in ments if m.etype == "Person" and lo <= m.lo and m.hi <= x]
    right = next((m for m in people if m.hi == x), None)
    if right is not None:
        return right
    if x - 1 < lo or sr.toks[x - 1].text not in _ASIDE_MARKS:
        return None  # an apposition ends at a comma or a bracket
    names = [m for m in people if m.kind == "name" and not m.in_title and
             x - m.hi <= _APPOSITION_REACH]
    if not names:
        return None
    guest = max(names, key=lambda m: m.hi)
    if any(m.kind == "name" and not m.in_title and m.etype == "Person" and m.eid != guest.eid
           and guest.hi <= m.lo for m in people):
        return None
    if any(sr.toks[y].punct and sr.toks[y].text not in _ASIDE_MARKS for y in range(guest.hi, x)):
        return None
    return guest


def with_accompanying_ar(sr: Any, lo: int, hi: int, ments: Any) -> Any:
    """The guest heading «والوفد المرافق (له)» in [lo, hi) (``accompanied_guest_ar``); None."""
    for x in range(lo + 1, hi - 1):
        if sr.f(x) & _AR_AND_THE_DELEGATION and sr.f(x + 1) & AR_ACCOMPANYING:
            guest = accompanied_guest_ar(sr, x, ments, lo)
            if guest is not None:
                return guest
    return None
