"""SUCCESSOR_OF, Arabic: an appointing verb with an object pronoun that opens its clause
after a fronted time phrase, or after a colon (session 39).

"عاد X إلى الواجهة: ففي مطلع أغسطس 2025 عيّنه الرئيس K أميناً للمجلس خلفاً لـY" and
"... . وفي فبراير 2017 انتخبه البرلمان رئيساً خلفاً لـY": the -ه is the person the clause
before is about, as in "... . وعيّنه K رئيساً للحكومة خلفاً لـY" (read since session 30 by
``succession_checks.appointed_by_pronoun_ar``, which knew only و / ثم before the verb).

``fronted_opener_ar`` says whether only a conjunction and a time phrase (في / وفي / ففي,
months, years, مطلع / أواخر ...) stand between the clause start and the verb;
``colon_subject_ar`` gives, for a clause opened by a colon, the first person of the sentence
before the colon who is no prepositional object.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.khalafahu_gap_ar import AR_DATE_WORDS

_AR_CONJ = L._ar("و", "ف", "ثم")
_AR_TIME_WORDS = AR_DATE_WORDS | L._ar(
    "في", "فى", "خلال", "الماضي", "الماضية", "العام", "الشهر", "أمس", "اليوم")
_AR_PREPS = ("ب", "ل")


def _time_word(sr: Any, x: int) -> bool:
    tk = sr.toks[x]
    if tk.text.isdigit() or tk.text in ("/", "-"):
        return True
    k = tk.key
    return bool(sr.f(x) & _AR_TIME_WORDS) or (k[:1] in "وف" and L.fold_ar(k[1:]) in _AR_TIME_WORDS)


def fronted_opener_ar(sr: Any, lo: int, v: int) -> bool:
    """Do only و / ف / ثم and a time phrase stand from *lo* to the verb at *v*?"""
    if v <= lo:
        return True
    if not all(sr.key(x) in _AR_CONJ or _time_word(sr, x) for x in range(lo, v)):
        return False
    return all(sr.mention_at.get(x) is None for x in range(lo, v))


def colon_before(sr: Any, v: int) -> int | None:
    """The colon nearest before the verb at *v* in this sentence, else None."""
    return next((y for y in range(v - 1, sr.lo - 1, -1) if sr.toks[y].text == ":"), None)


def colon_subject_ar(sr: Any, colon: int, exclude: str) -> Any:
    """The first person before the colon who is no prepositional object (the one the first
    clause is about), unless it is *exclude*; else None."""
    for m in sr.args:
        if m.hi > colon:
            break
        if m.etype != "Person" or m.in_title or m.poss:
            continue
        if m.prefix.lstrip("وف")[:1] in _AR_PREPS:
            continue
        return m if m.eid != exclude else None
    return None
