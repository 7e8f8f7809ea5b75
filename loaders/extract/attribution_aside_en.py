"""English: an aside closing right before a verb (session 55).

- "Israel, according to Hezbollah, killed X": the body named inside ", according to ... ," is
  the source of the report, not the verb's subject; ``attribution_open_en`` gives the comma
  that opens such an aside closing right before the verb, so the subject is looked for
  before it (``killing_rules_en._killed_en``).
- "X — who was visiting Tehran for Y's inauguration — was killed by Z" / "X (who ...) was
  killed": the subject is the person right before the opening dash or bracket, not Y inside
  the aside (``dash_aside_head_en``).
- "Israel killed, according to the group, X": the object after the aside that opens right
  after the verb (``attribution_after_en``).
"""

from __future__ import annotations

from typing import Any

_MAX = 10
_DASHES = ("-", "–", "—")
_REACH = 25


def attribution_open_en(sr: Any, t: int) -> int | None:
    """The comma opening ", according to ... ," that a comma closes right before the verb at
    *t* (at most ``_MAX`` words inside), else None."""
    if t - 1 <= sr.lo or sr.toks[t - 1].text != ",":
        return None
    for y in range(t - 2, max(sr.lo, t - 2 - _MAX), -1):
        if sr.toks[y].text == ",":
            return y if sr.key(y + 1) == "according" and sr.key(y + 2) == "to" else None
    return None


def attribution_after_en(sr: Any, t: int) -> int:
    """The first word after ", according to ... ," right after the verb at *t* ("Israel
    killed, according to the group, X": at X's title; session 55, ``seen55``), else t + 1."""
    if sr.key(t + 1) != "," or sr.key(t + 2) != "according" or sr.key(t + 3) != "to":
        return t + 1
    for y in range(t + 4, min(sr.hi, t + 4 + _MAX)):
        if sr.toks[y].text == ",":
            return y + 1
        if sr.toks[y].punct:
            break
    return t + 1


def dash_aside_head_en(sr: Any, v: int) -> Any:
    """The person right before the dash or bracket opening an aside that closes right before
    the word at *v* ("X — who ... — was killed"), else None."""
    close = v - 1
    if close <= sr.lo or sr.toks[v].ar:
        return None
    text = sr.toks[close].text
    if text not in _DASHES and text != ")":
        return None
    opening = _DASHES if text in _DASHES else ("(",)
    for y in range(close - 1, max(sr.lo, close - _REACH), -1):
        tx = sr.toks[y].text
        if tx in opening:
            head = sr.mention_at.get(y - 1)
            return head if head is not None and head.hi == y and head.etype == "Person" \
                else None
        if tx in (".", ";", ":") or (tx in _DASHES and text == ")"):
            return None
    return None
