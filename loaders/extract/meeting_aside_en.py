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
    """The first token after the short asides opening right after the meeting verb at *t*
    (module doc; session 55: one after another, "met, on Tuesday, in a rare public
    appearance, X"), else t + 1."""
    x = end = t + 1
    if sr.toks[t].ar:
        return x
    while x < sr.hi:
        close = aside_close_en(sr, x)
        if close is None:
            return end
        end = close + 1  # (a comma closing one aside may open the next)
        x = close if sr.toks[close].text == "," else close + 1
    return end


# the words that open a reporting or "his part" aside: ", according to the royal court,",
# ", in turn,", ", for his part,", ", in a rare public appearance," (session 55)
_REPORT_OPENERS = frozenset({"according", "in", "for"})
_PART_WORDS = frozenset({"turn", "part", "a", "an", "his", "her", "their", "its", "what"})
_DASHES = ("-", "–", "—")
_REPORT_MAX = 10


def aside_close_en(sr: Any, open_: int) -> int | None:
    """The mark closing one aside opening at *open_* (a comma, a dash or a bracket), else
    None: the short manner or time words of ``_ASIDE_WORDS`` between commas; an
    attribution ("according to ...") or "in turn" / "for his part" / "in a rare ..." between
    commas; anything naming no person between dashes or brackets (session 55)."""
    text = sr.toks[open_].text
    if text == ",":
        closing: tuple[str, ...] = (",",)
    elif text in _DASHES:
        closing = _DASHES
    elif text == "(":
        closing = (")",)
    else:
        return None
    close = next((y for y in range(open_ + 1, min(sr.hi, open_ + _REPORT_MAX + 2))
                  if sr.toks[y].text in closing), None)
    if close is None or close == open_ + 1:
        return None
    if text == "," and close - open_ <= _MAX + 1 and all(sr.key(y) in _ASIDE_WORDS or sr.key(y) in L.EN_WEEKDAYS
                           for y in range(open_ + 1, close)):
        return close
    first, second = sr.key(open_ + 1), sr.key(open_ + 2)
    reported = first in _REPORT_OPENERS and (
        (first == "according" and second == "to") or second in _PART_WORDS)
    if text == "," and (not reported or close - open_ > _REPORT_MAX + 1):
        return None
    if any(m.etype == "Person" and open_ < m.lo < close for m in sr.args):
        return None  # "met, with Z, Y": a partner inside, no aside
    return close
