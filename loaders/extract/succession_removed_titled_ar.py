"""SUCCESSOR_OF, Arabic: the person removed or lost, named past a title of several words.

The pronoun of "خلفاً له / لها / مكانه / بدلاً منه" stands for the person a removal or death word
before it names ("استقال Y، وعيّن K X خلفاً له"). The base looked for that person at most two
words after the word, so a long title in between lost him: "استقالت المدعية العامة لسينالوا
Y، وعيّن البرلمان X خلفاً لها", "مقتل رئيس هيئة الأركان العامة في صفوفها اللواء Y، وتعيين
اللواء X رئيساً للأركان خلفاً له". :func:`removed_past_title_ar` reads past such a title: words
with no punctuation and no other person between the word and the name.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_MAX_TITLE = 9  # words of a title ("رئيس هيئة الأركان العامة في صفوفها اللواء")


def removed_past_title_ar(sr: Any, x: int, before: int) -> Any:
    """The person named after the removal / death word at *x* past a title of up to nine
    words (no punctuation, no other person between), ending by *before*; else None."""
    for y in range(x + 1, min(sr.hi, x + _MAX_TITLE + 2)):
        tok = sr.toks[y]
        if tok.punct or not tok.ar:
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
