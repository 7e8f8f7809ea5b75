"""MET_WITH: a meeting a later clause of the same sentence denies took place (session 25).

"قال مصدر إن X التقى Y في طهران، غير أن مكتب X نفى حصول اللقاء" / "X met Y in Tehran, a source
said, but X's office denied the meeting took place": the pairs named before the denial are
dropped. The denial's object must be the meeting ("حصول / وقوع / عقد اللقاء"، "أي لقاء", "the
meeting", "any meeting", "that they met"), or "ذلك" / "it" / "this" right after a contrast
("لكن / غير أن / إلا أن", "but / however"). Not: "ونفى X وجود خلافات" (a denial of something
else), a denial before the meeting, a meeting named after the denial.

Session 70: a later clause that has no knowledge of the meeting, after a contrast ("..., إلا أن
مصدراً قال إنه لا علم له بلقاء من هذا النوع" / "..., but a source said it had no knowledge of
such a meeting") drops the pairs too (``unknown_later``).

Called by ``meeting_denied.denied_meetings`` (the session 19 trailing "وهو ما نفته Z").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

AR_DENY = L._ar("نفى", "نفت", "ينفي", "تنفي", "نفوا", "نفيا")
EN_DENY = frozenset({"denied", "denies", "deny"})
# «نفى حصول / عقد / إجراء أي لقاء»: the noun of a meeting's taking place, and «أي» (both also
# read by meeting_denied_next)
AR_HAPPEN = L._ar("حصول", "وقوع", "عقد", "انعقاد", "حدوث", "اجراء", "إجراء")
_AR_MEETING = L._ar("اللقاء", "الاجتماع", "لقاء", "اجتماع", "اللقاءات", "الاجتماعات", "المحادثات")
AR_ANY = L._ar("اي", "أي")
_AR_THAT = L._ar("ذلك", "الامر", "الخبر", "النبا")
_AR_CONTRAST = L._ar("لكن", "ولكن", "غير", "الا", "إلا", "بيد", "لكنه", "لكنها")
_EN_MEETING = frozenset({"meeting", "meetings", "encounter", "talks"})
_EN_THAT = frozenset({"it", "this", "that", "the", "any", "such", "a"})
_EN_CONTRAST = frozenset({"but", "however", "though", "although", "yet"})
_EN_CONTENT = frozenset({"about", "discussed", "focused", "dealt", "touched", "addressed",
                         "concerned", "covered", "included", "produced", "reached"})
_SPAN = 8  # the denier (an office, a spokesman of X) between the verb and its object


def _ar_object(sr: Any, t: int) -> int:
    """The first token of the denial's object after the verb at *t* when it is the meeting
    (or "ذلك" after a contrast), else -1."""
    for y in range(t + 1, min(sr.hi, t + _SPAN)):
        k = sr.key(y)
        if sr.toks[y].punct:
            return -1
        if k in AR_HAPPEN and sr.key(y + 1) in _AR_MEETING | AR_ANY:
            return y
        if k in AR_ANY and sr.key(y + 1) in _AR_MEETING:
            return y
        if k in _AR_MEETING and y == t + 1:
            return y
    return -1


def _en_object(sr: Any, t: int) -> int:
    """English: "denied (that) the / any meeting (took place / had taken place)", "denied
    that they met", "denied meeting Y" -- the object's first token, else -1."""
    y = t + 1
    if sr.key(y) == "that":
        y += 1
    if sr.key(y) in _EN_THAT and sr.key(y + 1) in _EN_MEETING and not any(
            sr.key(x) in _EN_CONTENT for x in range(y + 2, min(sr.hi, y + 6))):
        return y  # (not "denied that the meeting was about Z": what was said in it)
    if sr.key(y) in ("they", "the") and sr.key(y + 1) in ("met", "two", "men"):
        return y
    return -1


def _contrast_before(sr: Any, t: int) -> int:
    """The contrast word opening the denial's clause (within the words before *t*), else -1."""
    for y in range(t - 1, max(sr.lo, t - _SPAN) - 1, -1):
        if sr.key(y) in _AR_CONTRAST or sr.key(y) in _EN_CONTRAST:
            return y
        if sr.toks[y].text in (".", ";", "؛"):
            return -1
    return -1


def _pronoun_object(sr: Any, t: int) -> bool:
    """"نفى ذلك" / "denied it / this / that" (a pronoun for what the clause before said)."""
    for y in range(t + 1, min(sr.hi, t + _SPAN)):
        k = sr.key(y)
        if k in _AR_THAT or (not sr.toks[y].ar and k in ("it", "this", "that") and (
                y + 1 >= sr.hi or sr.toks[y + 1].punct)):
            return True
        if sr.toks[y].punct:
            return False
    return False


def denied_later(sr: Any) -> None:
    """Drop the MET_WITH pairs named before a later clause denying the meeting (module doc)."""
    for t in sr.triggers(AR_DENY, EN_DENY):
        c = _contrast_before(sr, t)
        obj = _ar_object(sr, t) if sr.toks[t].ar else _en_object(sr, t)
        if obj < 0 and not (c >= 0 and _pronoun_object(sr, t)):
            continue
        b = next((y for y in range(t - 1, max(sr.lo, t - _SPAN) - 1, -1)
                  if sr.toks[y].text in ("،", ",", ";", "؛")), -1)
        if b < 0:
            continue  # (no clause of its own after the meeting's: "X denied meeting Y")
        before = {m.eid for m in sr.args if m.hi <= b}
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and r.source in before and r.target in before)]


# "لا علم له بلقاء / بأي لقاء" / "no knowledge of (any / such a / the) meeting"
AR_KNOWLEDGE = L._ar("علم")
EN_KNOWLEDGE = frozenset({"knowledge"})
_AR_NO = L._ar("لا", "ليس", "ولا")
_AR_HIS = L._ar("له", "لها", "لهم", "لنا", "لي")
_AR_OF_MEETING = L._ar("بلقاء", "باللقاء", "باجتماع", "بالاجتماع", "بأي", "باي", "بهذا", "بحصول",
                       "بعقد")
_EN_OF_DET = frozenset({"any", "such", "a", "the", "this", "that"})


def _unknown_object(sr: Any, t: int) -> bool:
    """The words around the knowledge noun at *t* deny knowing of a meeting."""
    if sr.toks[t].ar:
        return sr.key(t - 1) in _AR_NO and (
            sr.key(t + 1) in _AR_HIS and sr.key(t + 2) in _AR_OF_MEETING or
            sr.key(t + 1) in _AR_OF_MEETING)
    if sr.key(t - 1) != "no" or sr.key(t + 1) != "of":
        return False
    for y in range(t + 2, min(sr.hi, t + 5)):  # "of (any / such a) meeting"
        if sr.key(y) in _EN_MEETING:
            return True
        if sr.key(y) not in _EN_OF_DET:
            return False
    return False


def unknown_later(sr: Any) -> None:
    """Drop the MET_WITH pairs named before a later clause, after a contrast word, whose
    speaker has no knowledge of the meeting (module doc, session 70)."""
    for t in sr.triggers(AR_KNOWLEDGE, EN_KNOWLEDGE):
        if not _unknown_object(sr, t):
            continue
        c = next((y for y in range(t - 1, max(sr.lo, t - 12) - 1, -1)
                  if sr.key(y) in _AR_CONTRAST or sr.key(y) in _EN_CONTRAST), -1)
        if c <= sr.lo or sr.toks[c - 1].text not in ("،", ",") and \
                sr.toks[c - 2].text not in ("،", ","):
            continue  # (a clause of its own: "، إلا أن" / ", but")
        before = {m.eid for m in sr.args if m.hi <= c}
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and r.source in before and r.target in before)]
