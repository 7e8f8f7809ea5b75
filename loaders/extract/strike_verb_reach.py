"""How far back the verb that launched (or claimed) a strike may stand before the strike noun.

``core_recall_kill.strike_agent_back`` looks for the verb of a strike noun ("نفذت X غارة",
"تبنى Y الهجوم الذي أودى بحياة Z") among the five words before the noun. Two things between
the verb and its object are not words of that count:

- a time phrase: «تبنى التنظيم في مارس (آذار) 2023 تفجيراً قتل X», «تبنت الجماعة يوم
  الأربعاء الهجوم الذي أودى بحياة X», "claimed on Thursday the bombing that killed X";
- the subject's own tokens beyond the first: a name is one word however it is spelt,
  «تبنى تنظيم «داعش - خراسان» الهجوم الانتحاري الذي أودى بحياة X» (the guillemets and the
  hyphen inside the name, Asharq Al-Awsat's spelling), "carried out by the Islamic State
  Khorasan Province".

A comma still counts as a word (as before); "في / in / on" counts as none only before another
time word ("في كابل" is a word).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# the marks inside a name or a date that are no word: «داعش - خراسان»، «مارس (آذار) 2023»
_INNER_MARKS = frozenset({"«", "»", "(", ")", '"', "“", "”", "-", "–"})
# the words of a time phrase ("في مارس (آذار) 2023", "يوم الأربعاء", "مطلع الشهر الماضي",
# "on Thursday", "in March 2023", "last week")
_AR_TIME_WORDS = L.AR_MONTHS | L.AR_WEEKDAYS | L._ar(
    "يوم", "أمس", "اليوم", "الماضي", "الماضية", "الجاري", "الحالي", "مطلع", "منتصف",
    "أواخر", "أوائل", "نهاية", "بداية", "عام", "الشهر", "الأسبوع", "العام", "ليل", "فجر",
    "صباح", "مساء", "ليلة")
_EN_ABBREV_MONTHS = frozenset({"jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"})
_EN_TIME_WORDS = L.EN_MONTHS | L.EN_WEEKDAYS | _EN_ABBREV_MONTHS | frozenset({
    "last", "earlier", "this", "week", "month", "year", "yesterday", "today"})


_AR_IN = L._ar("في")
_EN_IN = frozenset({"in", "on"})


def _time_word(sr: Any, y: int, x: int) -> bool:
    """Is the token at *y* (before *x*) a word of a time phrase: a digit, a month, a day, or
    "في / in / on" before one?"""
    tk = sr.toks[y]
    if tk.text.isdigit():
        return True
    if tk.ar:
        if sr.f(y) & _AR_IN:
            return y + 1 < x and _time_word(sr, y + 1, x)
        return bool(sr.f(y) & _AR_TIME_WORDS)
    if tk.key in _EN_IN:
        return y + 1 < x and _time_word(sr, y + 1, x)
    return tk.key in _EN_TIME_WORDS


def verb_reach(sr: Any, x: int, lo: int, words: int = 5) -> int:
    """The earliest token (>= *lo*) where the verb of the strike noun at *x* may stand:
    *words* words back from *x*, where a name counts as one word and a time phrase or a
    quote, bracket or hyphen counts as none (see the module doc)."""
    y = x
    while words > 0 and y > lo:
        y -= 1
        m = sr.mention_at.get(y)
        if m is not None:
            y = max(lo, m.lo)  # the whole name
        elif sr.toks[y].text in _INNER_MARKS or _time_word(sr, y, x):
            continue
        words -= 1
    return y


def before_time_phrase(sr: Any, y: int) -> int:
    """The token before a time phrase that ends at *y* ("claimed on Thursday the bombing",
    "Y on Dec. 11 claimed", «تبنى Y يوم الأربعاء الهجوم»); *y* itself when no time phrase
    ends there."""
    z = y
    while z > sr.lo and (_time_word(sr, z, y + 1) or (
            sr.toks[z].text == "." and sr.key(z - 1) in _EN_ABBREV_MONTHS)):
        z -= 1
    return z
