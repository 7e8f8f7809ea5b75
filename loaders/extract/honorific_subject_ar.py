"""An Arabic honorific pronoun opening its clause ("وكان سموه قد عقد ..."، "ثم التقى معاليه ب...")
stands for the last bearer of the honorific who was the *subject* of his sentence, not for a bearer
named after him as his guest or in his message.

Gulf and Omani agency copy opens with its principal as the subject ("التقى سمو الشيخ T ... فخامة
الرئيس R، ونقل إليه تحيات ... صاحب السمو الشيخ M"؛ "استقبل معالي السيد B ... معالي A ... ثم التقى
معاليه بالمبعوث W") and goes on with the pronoun: "وبحث سموه مع الرئيس"، "وكان سموه قد عقد جلسة
مباحثات مع X" are T's, "ثم التقى معاليه ب W" is B's. ``honorific_refs`` takes the last person titled
with the honorific; :func:`subject_bearer_ar` moves the reference to the last such person who opened
a sentence (first person named, within the sentence's first six words) when the one found
did not, and the pronoun itself opens a clause (the sentence's second word, or after "ثم" / a
comma: the subject of its verb). An object pronoun ("مع سموه"، "لسموه"، "في استقبال سموه") keeps
the last bearer.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention

# the words after which a verb opens a new clause of the same sentence ("، ثم التقى معاليه")
_CLAUSE_OPENERS = L._ar("ثم", "كما", "،", ",", "؛")
_SUBJECT_REACH = 5  # words before a sentence subject's name (a verb, then "صاحب السمو الملكي الأمير")


def _opens_clause(sr: Any, x: int) -> bool:
    """Is the pronoun at *x* the subject of a verb opening its sentence or clause ("وبحث سموه"،
    "، ثم التقى معاليه")? Not an object ("لسموه"، "بسموه")."""
    if sr.toks[x].key[:1] in ("ل", "ب") or x - 1 < sr.lo:
        return False
    return x - 1 == sr.lo or (x - 2 >= sr.lo and sr.toks[x - 2].key in _CLAUSE_OPENERS)


def _sentence_subject(sr: Any, m: Mention) -> bool:
    """Is *m* the first person of its sentence, his name within its first words?"""
    doc = sr.doc
    if m.lo - doc.sents[m.sent].lo > _SUBJECT_REACH:
        return False
    return not any(o.etype == "Person" and o.sent == m.sent and o.lo < m.lo for o in doc.ments)


def subject_bearer_ar(sr: Any, x: int, found: str, bearers: list[Mention], own: list[Mention]) -> str:
    """The person the clause-opening honorific at *x* stands for (module doc): *found*, the last
    bearer, unless his last mention (of *bearers*, the people titled with the honorific before *x*
    in the reach, in text order) opens no sentence while an earlier one of *own* (those whose own
    title holds the honorific: "التقى سمو الشيخ T"، not "سمو الأمير يشهد انتخاب العماد S") does."""
    if not bearers or not own or not _opens_clause(sr, x):
        return found
    last = bearers[-1]
    if last.eid != found or _sentence_subject(sr, last):
        return found
    for m in reversed(own):
        if m.eid != found and (m.sent, m.lo) < (last.sent, last.lo) and _sentence_subject(sr, m):
            return m.eid
    return found
