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


_EN_THAT_EVENT = frozenset({"ruling", "decision", "verdict", "vote", "judgment", "judgement"})
_EN_WHOSE = frozenset({"whose"})


def _ended_in_sentence(doc: Any, si: int) -> Any:
    """The person of sentence *si* whose membership or mandate it ends: "terminated / ended
    the membership of Y" or "Y, whose membership was terminated"; else None."""
    s = doc.sents[si]
    toks = doc.toks
    for x in range(s.lo, s.hi):
        k = toks[x].key
        if k in _EN_ENDED and x + 3 < s.hi and toks[x + 1].key == "the" and \
                toks[x + 2].key in _EN_ENDED_WHAT and toks[x + 3].key == "of":
            m = next((m for m in doc.ments if m.sent == si and m.etype == "Person" and
                      x + 4 <= m.lo <= x + 8 and m.kind == "name"), None)
            if m is not None:
                return m
        if k in _EN_WHOSE and x + 3 < s.hi and toks[x + 1].key in _EN_ENDED_WHAT and \
                toks[x + 2].key in ("was", "had", "has") and any(
                    toks[y].key in _EN_ENDED for y in range(x + 3, min(s.hi, x + 5))):
            m = next((m for m in doc.ments if m.sent == si and m.etype == "Person" and
                      m.kind == "name" and m.hi in (x - 1, x)), None)
            if m is not None:
                return m
    return None


def ended_before_en(sr: Any, x: int) -> Any:
    """"acting speaker since then / following the ruling" (*x*: "since / following"): the
    person whose membership the sentence before ended (the event "then" / "the ruling" points
    back to); None otherwise."""
    k1, k2 = sr.key(x + 1), sr.key(x + 2)
    if not (k1 == "then" or k1 == "the" and k2 in _EN_THAT_EVENT) or sr.si == 0:
        return None
    return _ended_in_sentence(sr.doc, sr.si - 1)
