"""SUCCESSOR_OF: an acting holder after the end of the predecessor's membership or mandate
(session 38).

"X, who had served as acting Speaker since the court ended the membership of Y" / "وجاء انتخاب
Z بعد ... قرار المحكمة إنهاء عضوية Y ...، وهي مدة تولى خلالها X رئاسة البرلمان بالنيابة" /
"خلفاً لـY، الذي أنهت المحكمة عضويته ...، فيما تولى X رئاسة الجلسات بالنيابة": the acting
holder X succeeded Y, whose seat or mandate was ended (a removal, read like a death by
``succession_after_death.acting_after_death``). Used by that function: English after its
"since / after", Arabic for a removal stated earlier in the acting holder's sentence.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_EN_ENDED = frozenset({"ended", "terminated", "revoked", "stripped"})
_EN_ENDED_WHAT = frozenset({"membership", "mandate", "term", "tenure"})
_SPAN_EN = 10  # tokens from "since / after" to the end of the clause read
# "إنهاء عضوية Y" (the noun), "أنهت ... عضويته" (the verb with the member's pronoun)
_AR_ENDING = L._ar("انهاء", "إنهاء", "بإنهاء", "وإنهاء", "وانهاء", "بانهاء")
_AR_ENDED = L._ar("انهت", "أنهت", "انهى", "أنهى", "وأنهت", "وأنهى")
_AR_WHAT = L._ar("عضوية", "ولاية", "مهام", "تكليف")
_AR_WHAT_HIS = L._ar("عضويته", "عضويتها", "ولايته", "ولايتها", "مهامه", "مهامها")
_AR_REL = L._ar("الذي", "التي")


def ended_membership_en(sr: Any, x: int) -> Any:
    """After "since / after" at *x*: "the court ended the membership of Y" / "ended Y's
    membership": Y; None otherwise."""
    for y in range(x + 1, min(sr.hi, x + _SPAN_EN)):
        if sr.toks[y].punct:
            return None
        if sr.key(y) not in _EN_ENDED:
            continue
        z = y + 1
        if sr.key(z) == "the" and sr.key(z + 1) in _EN_ENDED_WHAT and sr.key(z + 2) == "of":
            m = sr.after(z + 3, types=("Person",), maxgap=2)
            return m if m is not None and not m.poss else None
        m = sr.after(z, types=("Person",), maxgap=0)
        if m is not None and m.poss and sr.key(m.hi) in _EN_ENDED_WHAT:
            return m
        return None
    return None


def ended_membership_ar(sr: Any, verb: int, new: Any) -> Any:
    """Before the acting holder's verb at *verb*, in its sentence: "إنهاء عضوية Y" or "Y، الذي
    أنهت المحكمة عضويته": Y (not *new*); None otherwise."""
    for x in range(sr.lo, verb):
        f = sr.f(x)
        if f & _AR_ENDING and sr.f(x + 1) & _AR_WHAT:
            m = sr.after(x + 2, types=("Person",), maxgap=1)
            if m is not None and m.eid != new.eid:
                return m
        if f & _AR_WHAT_HIS and any(sr.f(y) & _AR_ENDED for y in range(max(sr.lo, x - 6), x)):
            rel = next((y for y in range(x - 1, max(sr.lo, x - 8) - 1, -1)
                        if sr.f(y) & _AR_REL), None)
            if rel is None or sr.toks[rel - 1].text not in ("،", ","):
                continue
            m = sr.before(rel - 1, types=("Person",), maxgap=0)
            if m is not None and m.eid != new.eid:
                return m
    return None
