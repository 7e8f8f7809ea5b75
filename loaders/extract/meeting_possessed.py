"""English meeting objects named in apposition to a possessive noun phrase.

"Qaani has met Kazemi's successor, Mohammed Shia al-Sudani, several times, and in January
hosted Y": the name after "K's successor," is the object of "met" even though a comma
stands between (``SentenceCore._close_object`` stops at it). ``earlier_subject_en``
(meeting_clauses.py) reads it so that the later verb "hosted" keeps the sentence's subject
instead of taking the apposed object as its own.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start


def possessed_apposition_en(sr: Any, t0: int, obj: Any) -> bool:
    """Is *obj* apposed ("K's successor, X") to a possessive object of the verb at *t0*?"""
    st = title_start(obj)
    if st - 1 <= t0 or sr.toks[st - 1].text != ",":
        return False
    for m in sr.args:
        if t0 < m.lo and m.hi < st - 1 and m.poss and sr._close_object(t0, m):
            return all(not sr.toks[x].punct and not sr.toks[x].cap or x == m.hi
                       for x in range(m.hi, st - 1)) and st - 1 - m.hi <= 3
    return False


def apposed_object_subject_en(sr: Any, t: int, subj: Any) -> Any:
    """"X has met K's successor, Y, several times, and in January hosted Z": for the verb at
    *t*, the subject X of the earlier meeting verb whose apposed object *subj* (Y) stands
    before ", and" (no one named between); else None."""
    a = None
    toks = sr.toks
    for x in range(subj.hi, t):  # (= sr.key(x): lo < x < t < hi; a loop, not a generator)
        if toks[x].key == "and":
            a = x
            break
    if a is None or sr.key(a - 1) != "," or any(
            subj.hi <= m.lo < t and m.etype in ("Person", "Organization") for m in sr.args):
        return None
    for t0 in sr.triggers(L.AR_MEET, L.EN_MEET):
        if t0 < subj.lo and possessed_apposition_en(sr, t0, subj):
            first = sr.subject_before(t0)
            if first is not None and first.etype == "Person" and first.eid != subj.eid:
                return first
    return None
