"""Arabic: a body word opening a short known name gives way to a longer name inside it
(session 64).

«زعيم تنظيم "الدولة الإسلامية في الصحراء الكبرى" عدنان أبو وليد الصحراوي»: the longest
gazetteer match at «تنظيم» is «تنظيم "الدولة الإسلامية"» (the Islamic State; the quote is no
unit), which ends inside the longer name «الدولة الإسلامية في الصحراء الكبرى» (the Islamic
State in the Greater Sahara) that starts one word later, so the longer name was never read and
the title «زعيم تنظيم "الدولة الإسلامية"» found the Islamic State's leader. Likewise «حركة
"X Y Z"», «جماعة "..."», «حزب "..."» when the short name with the body word is also known.
:func:`longer_after_body_word` tries the match at the next unit when the first word is such a
body word and the match is longer than one unit; when that one ends later, its name is read
from the body word on («تنظيم "الدولة الإسلامية في الصحراء الكبرى"», one mention, so the
title «زعيم تنظيم ...» still holds it and it is no agent of "قُتل X" after it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from loaders.extract import lexicon as L

# the body words that open a known name and may stand before a quoted, longer one
_AR_BODY_WORDS = L._ar("تنظيم", "وتنظيم", "لتنظيم", "بتنظيم", "حركة", "وحركة", "لحركة",
                       "جماعة", "وجماعة", "لجماعة", "حزب", "وحزب", "لحزب")

Match = tuple[int, int, str, str]  # (units, offset, id, prefix) as ``known_names._gaz_walk``


def longer_after_body_word(doc: Any, units: list[int], u: int, m: Match,
                           walk: Callable[[int], Match | None]) -> Match:
    """*m*, or, when the match *m* at unit *u* opens with a body word and the match at the
    next unit (``walk(u + 1)``) ends after it, that match's name read from *u* on."""
    n = m[0]
    if n < 2 or u + 1 >= len(units):
        return m
    first = doc.toks[units[u]]
    if not first.ar or first.key not in _AR_BODY_WORDS:
        return m
    m2 = walk(u + 1)
    if m2 is None or u + 1 + m2[0] <= u + n:
        return m
    return (m2[0] + 1, m[1], m2[2], m[3])  # the body word stays in the name
