"""The weekday set off by commas after "today" / "yesterday" (session 39, meeten): the
Iraqi Prime Minister's Media Office writes "Prime Minister X received today, Sunday, the
Special Representative ..., Dr. Y" and "met today, Monday, with President Y". The two commas
are part of the time words between the verb and its object (``subjects._close_object``),
no comma after a description ("met his counterpart, X").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_TODAY = frozenset({"today", "yesterday"})


def day_after_today_en(sr: Any, x: int) -> bool:
    """Is the comma at *x* one of the two around the weekday of "today, Sunday," (the first
    right after "today" / "yesterday", the second right after the weekday)?"""
    if sr.toks[x].text != ",":
        return False
    if sr.key(x - 1) in _TODAY:
        return x + 2 < sr.hi and sr.key(x + 1) in L.EN_WEEKDAYS and sr.toks[x + 2].text == ","
    return sr.key(x - 1) in L.EN_WEEKDAYS and sr.toks[x - 2].text == "," and \
        sr.key(x - 3) in _TODAY
