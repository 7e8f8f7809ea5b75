"""SUCCESSOR_OF, Arabic: VSO "حلّ X <aside> محلّ Y" with an aside between the subject and محلّ.

``wire_take_place.took_place_of`` reads VSO "حلّ X محلّ Y" only when محلّ follows the subject's
name at once. Writers often put an aside there: the subject's alias in guillemets ("حلّ عبد
العزيز المحمداوي «أبو فدك» محلّ Y") or an apposition between commas ("حلّ أنس خطاب، الرئيس
السابق لجهاز الاستخبارات، محلّ Y"). :func:`place_after_aside` finds the محلّ / مكان past such an
aside; an aside that names another person ("حلّ X، وZ، محلّ Y": a second subject) or is long
is none.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_core import CLOSE_QUOTES, OPEN_QUOTES

_AR_PLACE_ANY = L._ar("محل", "مكان", "محله", "مكانه", "محلها", "مكانها")
_COMMAS = frozenset({"،", ","})
_MAX_ASIDE = 9  # words of an apposition ("الرئيس السابق لجهاز الاستخبارات")


def _no_other_person(sr: Any, lo: int, hi: int, eid: str) -> bool:
    """Do the tokens lo..hi-1 name nobody but *eid*?"""
    for x in range(lo, hi):
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person" and m.eid != eid:
            return False
    return True


def place_after_aside(sr: Any, new: Any) -> int | None:
    """The index of the محلّ / مكان (or محلّه) that follows the VSO subject *new* past an
    alias in guillemets or a comma apposition, else None (bounds-checked: the text may end
    anywhere)."""
    x = new.hi
    if x >= sr.hi:
        return None
    text = sr.toks[x].text
    if text in OPEN_QUOTES:  # "حلّ X «أبو فدك» محلّ Y"
        end = next((y for y in range(x + 1, min(sr.hi, x + 5))
                    if sr.toks[y].text in CLOSE_QUOTES), None)
    elif text in _COMMAS:  # "حلّ X، الرئيس السابق لـ...، محلّ Y"
        end = next((y for y in range(x + 1, min(sr.hi, x + _MAX_ASIDE + 2))
                    if sr.toks[y].text in _COMMAS or sr.toks[y].text == "."), None)
        if end is not None and sr.toks[end].text == ".":
            return None
    else:
        return None
    if end is None or end + 1 >= sr.hi or not _no_other_person(sr, x + 1, end, new.eid):
        return None
    return end + 1 if sr.f(end + 1) & _AR_PLACE_ANY else None
