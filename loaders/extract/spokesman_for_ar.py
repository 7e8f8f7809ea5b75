"""«المتحدث باسم X», «الناطق باسم X», «متحدثة باسم X»: after a spokesman noun, «باسم» is the
preposition ب and اسم ("in the name of", "spokesman of X"), not the given name Basim; X is the one
spoken for ("وقال المتحدث باسم حجاب، محمد العطري"، "الناطق باسم الخطيب"، "متحدث باسم لافروف").
``in_the_name_of`` tells the step that joins first names to a known surname
(``person_names._first_names_before_surnames``) not to take «باسم» as one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# the spokesman noun, and the adjective that may come between it and «باسم» ("المتحدث الرسمي باسم")
_AR_SPEAKERS = L.AR_SPOKESMAN_NOUNS | L._ar("رسمي", "رسمية")  # (stems: no article)


def in_the_name_of(doc: Doc, k: int, lo: int) -> bool:
    """Is the word at *k* «باسم» right after a spokesman noun (with or without و; the sentence
    starts at *lo*)?"""
    toks = doc.toks
    if k <= lo or toks[k].key not in L.AR_IN_THE_NAME_OF:
        return False
    before = toks[k - 1]
    return before.key in _AR_SPEAKERS or any(st in _AR_SPEAKERS for _o, st in before.stems)
