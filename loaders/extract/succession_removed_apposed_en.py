"""SUCCESSOR_OF, English: the one a removal verb removed when his name is apposed after a
possessive title (session 67, blind67n).

"The head of state dismissed his head of government, Ahmed Hachani, ... and named X in his
place", "Erdogan sacked his finance minister, Y, and appointed X to replace him", "K fired the
army chief of staff, Y, and installed X in his place": the name stands past a comma, beyond the
nearby-object lookup of ``wire_succession_en._removed_person``, which then took the one who
removed him for the one "his place" stands for. Read when the words between the verb and the
comma are a determiner or possessive (his / her / its / their / the) and title words only
(``lexicon.EN_TITLE_WORDS``, "and", "'s"; no other punctuation) and the name right after the
comma is a person's (not the speaker of "..., X said")."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_EN_OPENERS = frozenset({"his", "her", "its", "their", "the"})
_EN_SAID = frozenset({"said", "says", "told", "added"})
_MAX_TITLE = 7


def apposed_removed_en(sr: Any, x: int) -> Any:
    """The person apposed after "<possessive> <title>," right after the removal verb at *x*
    (module doc), else None."""
    y = _title_comma(sr, x)
    if y is None:
        return None
    m = sr.mention_at.get(y + 1)
    if m is None or m.etype != "Person" or m.lo != y + 1 or sr.key(m.hi) in _EN_SAID:
        return None
    return m


def _title_comma(sr: Any, x: int) -> int | None:
    """The comma closing "<possessive> <title words>" right after the verb at *x* (at least
    one title word between; no other punctuation), else None."""
    if sr.key(x + 1) not in _EN_OPENERS:
        return None
    for y in range(x + 2, min(sr.hi - 1, x + 2 + _MAX_TITLE)):
        if sr.toks[y].text == ",":
            return y if y > x + 2 else None
        k = sr.key(y)
        if sr.toks[y].punct and k != "'s" or not (k in L.EN_TITLE_WORDS or k == "'s"):
            return None
    return None


def apposed_replaced_en(sr: Any, t: int) -> Any:
    """The predecessor apposed after "<the / his> <title>," right after the replacement verb at
    *t*, his rank or title before his name: "appointed X to replace the chief of staff, Lt. Gen.
    Y", "X, replacing the army chief, Gen. Y" (session 71, blind71a); else None. The same
    reading as :func:`apposed_removed_en`, the name's own title allowed after the comma."""
    y = _title_comma(sr, t)
    if y is None:
        return None
    m = next((m for m in sr.args if m.etype == "Person" and
              (m.lo == y + 1 or title_start(m) == y + 1)), None)
    if m is None or m.poss or sr.key(m.hi) in _EN_SAID or sr.key(m.hi) == "with":
        return None  # ("replaced his adviser, Y, with X": read as such before)
    return m
