"""Session 28 (speed): the cheaper helpers give the answers of the code they replace."""

from __future__ import annotations

import re

import pytest

from loaders.textnorm import _latin_letters, detect_lang

_LATIN_RUN = re.compile(r"[A-Za-z\u00C0-\u024F]+")


@pytest.mark.parametrize("text", [
    "Qaani met al-Kadhimi", "Ça c'est Ünal, Şahin, Ğazi", "ɏ ɐ ɀ", "Āb ÿ × ÷", "12 ... !!",
    "التقى قاآني بالكاظمي in Baghdad", "\ud800 abc", "é\u00bf\u0100\u024f\u0250"])
def test_latin_letters_counts_the_class_of_the_regex(text):
    assert _latin_letters(text) == sum(map(len, _LATIN_RUN.findall(text)))


@pytest.mark.parametrize(("text", "lang"), [
    ("التقى قاآني بالكاظمي in Baghdad", "ar"),
    ("Qaani met al-Kadhimi في بغداد", "en"),
    ("ببببب aaaa", "ar"),  # five Arabic letters against four Latin
    ("ببببب aaaaa", "en"),  # a tie is English
    ("ببببب ééééé", "en"),  # accented letters count as Latin
    ("ببببب ɐɐɐɐ", "ar"),  # U+0250 is not in the Latin class
    ("«» — 12", "en"),  # no letter of either script
    ("Erdoğan met Raisi", "en"),
])
def test_detect_lang_majority_of_letters(text, lang):
    assert detect_lang(text) == lang
