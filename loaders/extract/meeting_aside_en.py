""""X received, in separate meetings, A and B": a short aside between the verb and its
object (session 52).

"received, in separate meetings, the ambassadors of France and Britain, A and B" / "met, in
a joint meeting, A and B" / "received, separately, A": the two commas around a manner or
time aside right after the meeting verb do not cut the object off (``_close_object``). Only an
aside opening right after the verb, of at most six words, all of them meeting / manner / time
words or a weekday ("on Tuesday").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_ASIDE_WORDS = frozenset({
    "in", "two", "three", "separate", "a", "joint", "meeting", "meetings", "separately",
    "jointly", "individually", "respectively", "on", "today", "yesterday", "morning",
    "afternoon", "evening", "night", "also", "later", "earlier", "each", "at", "his", "her",
    "office", "offices", "the", "closed", "door", "-", "one", "on-one", "one-on-one"})
_MAX = 6


def after_aside_en(sr: Any, t: int) -> int:
    """The first token after a short aside opening right after the meeting verb at *t*
    (module doc), else t + 1."""
    open_ = t + 1
    if open_ >= sr.hi or sr.toks[open_].text != "," or sr.toks[t].ar:
        return t + 1
    close = next((y for y in range(open_ + 1, min(sr.hi, open_ + _MAX + 2))
                  if sr.toks[y].text == ","), None)
    if close is None or close == open_ + 1 or not all(
            sr.key(y) in _ASIDE_WORDS or sr.key(y) in L.EN_WEEKDAYS
            for y in range(open_ + 1, close)):
        return t + 1
    return close + 1
