"""MET_WITH (session 27, meet27): the English of news agencies that translate Arabic protocol
news (Saba, SPA, WAM, Al-Masirah): the verb, then when and where, then the guest's long title.

"X received today at Maashiq Palace in the interim capital Aden the Special Envoy of the
Secretary-General of the United Nations for Yemen, Mr. Y", "X met today in the Saudi capital
Riyadh, where he is on a working visit, the Special Envoy ..., Mr. Y", "X received on Tuesday in
the capital Sana'a the representative of the Islamic Resistance Movement (Hamas) in Yemen, Y",
"X received in audience at Al-Yamamah Palace in Riyadh ...". ``after_adverbials_en`` gives the
token where the object starts, past those adverbials; ``meeting_fallback`` reads the partner
from there (its own checks: no other clause, "the envoy of Y" is not Y, ...).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_DAYS = L.EN_WEEKDAYS | frozenset({"today", "yesterday", "tonight"})
_TIME_WORDS = frozenset({"this", "morning", "evening", "afternoon", "last", "night", "on",
                         "late", "early"})
_PLACE_PREPS = frozenset({"in", "at"})
# lower-case words a place phrase may hold: "in the interim capital Aden", "at his office in"
_PLACE_WORDS = frozenset({"the", "capital", "interim", "temporary", "saudi", "omani", "his",
                          "her", "office", "residence", "palace", "in", "at", "city", "of",
                          "headquarters", "presidential", "royal", "court", "'s"})
_TITLE_OPEN = frozenset({"the", "his", "her", "a"})


def _after_place(sr: Any, x: int, hi: int) -> int:
    """Past "in / at <place phrase>" from *x*: the place runs over capitalised words and the
    words of ``_PLACE_WORDS`` up to a capitalised word followed by the title opening "the"."""
    if sr.key(x) not in _PLACE_PREPS:
        return x
    y = x + 1
    last_cap = None
    while y < hi and (sr.toks[y].cap or sr.key(y) in _PLACE_WORDS) and y - x < 12:
        if sr.toks[y].cap:
            last_cap = y
        if last_cap is not None and sr.key(y + 1) in _TITLE_OPEN and sr.toks[y].cap:
            return y + 1
        y += 1
    return y if last_cap is not None and last_cap == y - 1 else x


def after_adverbials_en(sr: Any, k: int, hi: int) -> int:
    """The token after the time and place adverbials (and a ", where ..." aside) that follow a
    meeting verb at *k* - 1; *k* when there are none."""
    x = k
    if sr.key(x) == "in" and sr.key(x + 1) == "audience":
        x += 2
    moved = True
    while moved and x < hi:
        moved = False
        if sr.key(x) in _DAYS or (sr.key(x) in _TIME_WORDS and sr.key(x + 1) in _DAYS):
            x += 1 if sr.key(x) in _DAYS else 2
            moved = True
            continue
        if sr.key(x) == "this" and sr.key(x + 1) in ("morning", "evening", "afternoon"):
            x += 2
            moved = True
            continue
        y = _after_place(sr, x, hi)
        if y != x:
            x = y
            moved = True
            continue
        if sr.key(x) == "," and sr.key(x + 1) == "where":  # ", where he is on a visit, the"
            close = next((z for z in range(x + 2, min(hi, x + 16)) if sr.key(z) == ","), None)
            if close is None or sr.key(close + 1) not in _TITLE_OPEN:
                return k
            x = close + 1
            moved = True
    return x
