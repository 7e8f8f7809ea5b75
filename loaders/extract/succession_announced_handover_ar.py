"""SUCCESSOR_OF, Arabic: the giver of a handover told as a masdar governed by "announced"
(session 67).

«أعلن الشيخ حمد بن خليفة آل ثاني، في كلمة وجهها إلى الشعب القطري أمس، تسليم مقاليد الحكم إلى
الشيخ تميم» / «وأعلن الملك X في خطاب متلفز تسليم السلطة إلى ولي العهد Y»: the one who announced
the handover ("تسليم", the noun) gave the post, even with a phrase of time, place or speech
between (a phrase with commas; no sentence end). ``succession_took_ar.tasallam_min_ar`` asks
for him when no giver stands next to the noun; a plan («أعلن X عزمه تسليم السلطة») stays none
(``succession_took_ar._not_done_before``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_HANDING_NOUN = L._ar("تسليم")
_AR_ANNOUNCED = L._ar("أعلن", "وأعلن", "أعلنت", "وأعلنت")
_SPAN = 20  # words from the announcing verb to the handover noun
_STOPS = (".", "؛", ";", ":", "!", "؟", "?")


def announced_giver_ar(sr: Any, t: int) -> Any:
    """The person named right after "أعلن" governing the handover noun at *t* (twenty words
    back at most, no sentence end and no other person's clause between); else None."""
    if not sr.f(t) & _AR_HANDING_NOUN:
        return None
    for y in range(t - 1, max(sr.lo, t - _SPAN) - 1, -1):
        if sr.toks[y].text in _STOPS:
            return None
        if sr.f(y) & _AR_ANNOUNCED:
            m = sr.after(y + 1, types=("Person",), maxgap=3)
            if m is None or m.hi > t:
                return None
            # the giver's is the only person between the verb and the noun
            if any(o.etype == "Person" and m.hi <= o.lo and o.hi <= t and o.eid != m.eid
                   for o in sr.args):
                return None
            return m
    return None
