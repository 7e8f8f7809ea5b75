"""A state's long official name inside an Arabic title (session 47).

"سفير جمهورية الصين الشعبية لدى العراق تسوي وي", "سفير المملكة الأردنية الهاشمية X": the
gazetteer names the country (الصين, الأردن), but the state-form word before it («جمهورية»,
«المملكة», «دولة», «سلطنة» ...) and the official adjectives after it («الشعبية»,
«الهاشمية», «الإسلامية», «الاتحادية» ...) stood between the title and the name, so the
ambassador was not found. :func:`state_form_word` lets the title scan step over them.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_STATE_FORMS = L._ar("جمهورية", "الجمهورية", "المملكة", "مملكة", "دولة", "سلطنة",
                     "الاتحاد", "اتحاد")
_OFFICIAL_ADJ = L._ar("الشعبية", "العربية", "الإسلامية", "الاتحادية", "الهاشمية", "المتحدة",
                      "الديمقراطية", "الأمريكية", "الأميركية", "الاشتراكية", "الفيدرالية",
                      "الفدرالية", "التعاونية", "المغربية", "الجزائرية", "التونسية", "اللبنانية",
                      "اليمنية", "التركية", "الفرنسية", "الروسي", "الكورية")


def state_form_word(toks: list, covered: dict[int, Any], j: int) -> bool:
    """Is the token at *j* a state-form word right before a country mention, or an official
    adjective right after one (or after another such adjective)?"""
    if j in covered:
        return False  # (already a mention: "الجمهورية اللبنانية" is Lebanon's alias)
    key = toks[j].key
    if key in _STATE_FORMS:  # "جمهورية الصين", "المملكة الأردنية" (its nisba)
        m = covered.get(j + 1)
        return m is not None and m.lo == j + 1 and m.etype == "Country" or \
            j + 1 < len(toks) and toks[j + 1].key in L.NATIONALITY
    if key in _OFFICIAL_ADJ:
        y = j - 1
        while y >= 0 and toks[y].key in _OFFICIAL_ADJ:
            y -= 1
        m = covered.get(y)
        return m is not None and m.hi == y + 1 and m.etype == "Country" or \
            y >= 1 and toks[y].key in L.NATIONALITY and toks[y - 1].key in \
            _STATE_FORMS  # "المملكة الأردنية الهاشمية"
    return False
