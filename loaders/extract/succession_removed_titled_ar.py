"""SUCCESSOR_OF, Arabic: the person removed or lost, named past a title of several words.

The pronoun of "خلفاً له / لها / مكانه / بدلاً منه" stands for the person a removal or death word
before it names ("استقال Y، وعيّن K X خلفاً له"). The base looked for that person at most two
words after the word, so a long title in between lost him: "استقالت المدعية العامة لسينالوا
Y، وعيّن البرلمان X خلفاً لها", "مقتل رئيس هيئة الأركان العامة في صفوفها اللواء Y، وتعيين
اللواء X رئيساً للأركان خلفاً له". :func:`removed_past_title_ar` reads past such a title: words
with no punctuation and no other person between the word and the name; not past a kin or
partitive word ("مقتل نجل القائد Y"، "مقتل عدد من مرافقي Y": Y is not the one lost).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_MAX_TITLE = 9  # words of a title ("رئيس هيئة الأركان العامة في صفوفها اللواء")
# someone else's loss: kin, companions, a part of a group ("عدد من", "أحد")
# (the kin words of kill_filters._AR_KIN_OF, which cannot be imported here: a cycle)
_NOT_HIS_OWN = L._ar("نجل", "شقيق", "شقيقة", "ابن", "ابنة", "أبناء", "ابناء", "نجلي", "زوجة", "زوج",
                     "أخ", "اخ", "أخو", "اخو", "أخي", "اخي", "حفيد", "أحفاد", "والد", "والدة",
                     "مرافق", "مرافقي", "حارس", "سائق", "أقارب", "اقارب", "عائلة", "أشقاء", "صهر",
                     "من", "عدد", "بعض", "أحد", "احد", "إحدى", "احدى", "جميع", "عناصر", "أفراد",
                     "افراد", "مساعد", "مساعدي")


def removed_past_title_ar(sr: Any, x: int, before: int) -> Any:
    """The person named after the removal / death word at *x* past a title of up to nine
    words (no punctuation, no other person between), ending by *before*; else None."""
    for y in range(x + 1, min(sr.hi, x + _MAX_TITLE + 2)):
        tok = sr.toks[y]
        if tok.punct or not tok.ar or sr.f(y) & _NOT_HIS_OWN:
            return None
        m = sr.mention_at.get(y)
        if m is None:
            continue
        if m.etype != "Person":
            continue  # a body inside the title ("رئيس هيئة الأركان")
        if m.hi > before or title_start(m) < x + 1:
            return None
        return m
    return None
