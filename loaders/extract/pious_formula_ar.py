"""The pious formula before a dead ruler's name is no gap between a word and the name (session 59).

Gulf protocol names a dead ruler "المغفور له بإذن الله (تعالى) الشيخ X" or "المرحوم X": in
"تولى سموه مقاليد الحكم خلفاً للمغفور له بإذن الله تعالى الشيخ نواف الأحمد", "أدى X اليمين خلفاً
للمغفور له الشيخ خليفة بن زايد" the predecessor is the name after the formula, as it is after
"خلفاً للراحل Y". :func:`past_pious_ar` gives the first token past such a formula (its words
are no name words: ``arabic_name_words._AR_PIOUS``). :func:`forgiven_before_ar` tells a name the
formula opens, a dead man no one meets (session 70: "يستقبل قادة الدول المشاركين في جنازة
المغفور له Y").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_FORGIVEN = frozenset(L.fold_ar(w) for w in ("المغفور", "للمغفور", "والمغفور", "بالمغفور"))
_LAHU = frozenset(L.fold_ar(w) for w in ("له", "لها"))
_BI_IDHN = frozenset(L.fold_ar(w) for w in ("بإذن", "باذن"))
_ALLAH = L.fold_ar("الله")
_TAALA = L.fold_ar("تعالى")
# the royal style between the formula and the title: "المغفور له بإذن الله تعالى صاحب السمو الملكي
# الأمير X" (session 71)
_STYLE = frozenset(L.fold_ar(w) for w in ("حضرة", "صاحب", "السمو", "الجلالة", "الملكي", "سمو",
                                          "جلالة", "فخامة"))
_MAX_STYLE = 4


def past_pious_ar(toks: Any, i: int, hi: int) -> int:
    """The index past "(لل)مغفور له (بإذن الله (تعالى)) (صاحب السمو الملكي)" opening at *i*
    (before *hi*), else *i*."""
    if i + 1 >= hi or toks[i].key not in _FORGIVEN or toks[i + 1].key not in _LAHU:
        return i
    j = i + 2
    if j + 1 < hi and toks[j].key in _BI_IDHN and toks[j + 1].key == _ALLAH:
        j += 2
        if j < hi and toks[j].key == _TAALA:
            j += 1
    k = j
    while k < hi and k - j < _MAX_STYLE and toks[k].key in _STYLE:
        k += 1
    return k


_MAX_BEFORE = 6  # tokens back from a name to «المغفور له» (a title and «بإذن الله تعالى» between)


def forgiven_before_ar(toks: Any, lo: int, i: int) -> bool:
    """Is the name at *i* named with «(ال)مغفور له» before it (no comma between)? The dead
    man of "يستقبل قادة الدول المشاركين في جنازة المغفور له X" is met by no one (session 70)."""
    for j in range(i - 1, max(lo, i - _MAX_BEFORE) - 1, -1):
        if toks[j].punct:
            return False
        if toks[j].key in _FORGIVEN and j + 1 < i and toks[j + 1].key in _LAHU:
            return True
    return False
