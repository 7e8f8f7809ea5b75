"""ASSASSINATED_BY, Arabic: a time adverbial set off by commas between the means of a killing
and its victim (session 25, succkill).

"واستشهد في العدوان الإسرائيلي، في الأول من نيسان/أبريل، قائد فيلق القدس ... العميد X ونائبه
العميد Y": the verb, the means ("في الغارة / العدوان الإسرائيلي"), then "، <a date>،" and the
victims. The rule of the means told first (``killing_rules``, ``killed_means_first_ar``) stopped
at the commas; :func:`comma_adverbial_ar` gives the closing comma, after which it looks for the
victim as it does right after the means. Only a time phrase counts (a date, a day, "أمس",
"فجر الاثنين"): "قُتل في الغارة، بحسب مصادر، X" and "، وقال Y ..." are no adverbials.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# what a time adverbial opens with, and the words that make "في ..." a date
_AR_TIME_OPEN = L._ar("في", "يوم", "مساء", "صباح", "فجر", "ليل", "ليلة", "أمس", "مطلع",
                      "منتصف", "أواخر", "أوائل", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
                      "الجمعة", "السبت", "الأحد")
_AR_DATE_WORDS = L._ar(
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
    "العاشر", "مطلع", "منتصف", "أواخر", "أوائل", "كانون", "شباط", "آذار", "نيسان", "أيار",
    "حزيران", "تموز", "آب", "أيلول", "تشرين", "يناير", "فبراير", "مارس", "أبريل", "ابريل",
    "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "الاثنين",
    "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "أمس")
_COMMAS = ("،", ",")


def comma_adverbial_ar(sr: Any, t: int) -> int | None:
    """The comma closing "، <a time phrase>،" within eight words after the verb at *t* (no
    other punctuation before its opening comma), else None."""
    c1 = next((y for y in range(t + 1, min(sr.hi, t + 9)) if sr.toks[y].punct), None)
    if c1 is None or sr.toks[c1].text not in _COMMAS or not sr.f(c1 + 1) & _AR_TIME_OPEN:
        return None
    c2 = next((y for y in range(c1 + 1, min(sr.hi, c1 + 10)) if sr.toks[y].text in _COMMAS),
              None)
    if c2 is None or any(sr.toks[y].punct and sr.toks[y].text not in ("/", "-")
                         for y in range(c1 + 1, c2)):
        return None
    if not any(sr.f(y) & _AR_DATE_WORDS or sr.toks[y].text.isdigit()
               for y in range(c1 + 1, c2)):
        return None
    return c2
