"""How far back the verb that launched (or claimed) a strike may stand before the strike noun.

``core_recall_kill.strike_agent_back`` looks for the verb of a strike noun ("نفذت X غارة",
"تبنى Y الهجوم الذي أودى بحياة Z") among the five words before the noun. Three things between
the verb and its object are not words of that count:

- a time phrase: «تبنى التنظيم في مارس (آذار) 2023 تفجيراً قتل X», «تبنت الجماعة يوم
  الأربعاء الهجوم الذي أودى بحياة X», "claimed on Thursday the bombing that killed X";
- the subject's own tokens beyond the first: a name is one word however it is spelt,
  «تبنى تنظيم «داعش - خراسان» الهجوم الانتحاري الذي أودى بحياة X» (the guillemets and the
  hyphen inside the name, Asharq Al-Awsat's spelling), "carried out by the Islamic State
  Khorasan Province";
- an apposition to a body subject between two commas: «تبنى «لواء الإسلام»، أحد فصائل الجيش
  السوري الحر العاملة في ريف دمشق، عملية تفجير مبنى ... أسفرت عن مقتل X», «تبنت جماعة Y، التي
  تنشط في ...، الهجوم الذي أودى بحياة X», "claimed, the group said, ..." is no such one (the body
  must end right before the first comma).

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
        elif sr.toks[y].text in _COMMAS:
            z = _body_apposition_start(sr, y, lo)
            if z is not None:
                y = z  # «تبنى Y، أحد فصائل Z، عملية ...»: the apposition is no word
                continue
        words -= 1
    return y


_COMMAS = frozenset({",", "،"})
_APPOSITION_MAX = 14  # tokens between the two commas


def _body_apposition_start(sr: Any, y: int, lo: int) -> int | None:
    """The comma opening an apposition to a body that the comma at *y* closes ("Y، أحد فصائل
    Z،"): the earlier comma, with no other punctuation between but a name's marks, right after
    an organisation's name (its closing guillemet or quote may stand between); None otherwise."""
    for z in range(y - 1, max(lo, y - _APPOSITION_MAX) - 1, -1):
        tk = sr.toks[z]
        if not tk.punct or tk.text in _INNER_MARKS:
            continue
        if tk.text not in _COMMAS or z - 1 < lo or z + 1 == y:
            return None
        b = z - 1
        while b > lo and sr.toks[b].text in _INNER_MARKS:
            b -= 1
        m = sr.mention_at.get(b)
        return z if m is not None and m.etype == "Organization" else None
    return None


def before_time_phrase(sr: Any, y: int) -> int:
    """The token before a time phrase that ends at *y* ("claimed on Thursday the bombing",
    "Y on Dec. 11 claimed", «تبنى Y يوم الأربعاء الهجوم»); *y* itself when no time phrase
    ends there."""
    z = y
    while z > sr.lo and (_time_word(sr, z, y + 1) or (
            sr.toks[z].text == "." and sr.key(z - 1) in _EN_ABBREV_MONTHS)):
        z -= 1
    return z


# "ارتقى شهيداً على طريق القدس إثر العدوان الصهيوني" (Hezbollah's formula, session 68): the
# martyr's road, three words that count as none before the strike
_AR_ROAD_OF_QUDS = (L._ar("على", "علي"), L._ar("طريق"), L._ar("القدس"))


def _road_of_quds(sr: Any, y: int) -> bool:
    """Do the three words from *y* read «على طريق القدس»?"""
    return y + 3 <= sr.hi and all(sr.f(y + i) & w for i, w in enumerate(_AR_ROAD_OF_QUDS))


def strike_soon_after_ar(sr: Any, t: int, words: int = 3) -> bool:
    """Is a strike noun among the *words* words after the Arabic verb of dying at *t*, a time
    phrase counting as none ("قضى / ارتقى X في غارة", "ارتقى في 30 تموز بغارة إسرائيلية",
    "ارتقى يوم الاثنين بغارة"; session 67), and «على طريق القدس» too (session 68)?"""
    y = t + 1
    while words > 0 and y < sr.hi:
        if sr.f(y) & L.AR_STRIKE:
            return True
        if _road_of_quds(sr, y):
            y += 3
            continue
        if not (sr.toks[y].text in _INNER_MARKS or _time_word(sr, y, sr.hi)):
            words -= 1
        y += 1
    return False
