"""MET_WITH (session 40, meeten): the next partner of a meeting told after "then" / "later"
in forms ``core_recall_objects._then_object_en`` did not read:

- a titled apposition before the name: "met al-Sudani in Baghdad and then the Kurdistan
  Region's president, Nechirvan Barzani, in Erbil", "..., then Minister of Agriculture, Dr.
  B, who ..." (``apposed_then_person_en``; in IM, IY, JH pieces), also past a relative clause
  of the first partner: "met Minister A, who briefed him on ..., then Minister of Agriculture,
  Dr. B" (``then_after_relative_en``, read by ``core_recall_objects.more_objects``).

Not "and then phoned Y" (another verb), nor "then Y said" (Y a subject).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_APPOS_MAX = 8  # words of the title before the comma ("the Kurdistan Region's president")
_TITLE_OPEN = frozenset({"the", "its", "his", "her", "their"})


_AFTER_CLOSE = frozenset({"who", "whose", "whom", "in", "on", "at", "and", "to", "during",
                          "for", "before", "after", "where", "with"})


def apposed_then_person_en(sr: Any, x: int) -> Any:
    """The person Y of "the <title>, Y" / "<Title> of P, Y" starting at *x*, else None: a
    determiner or a capitalised title word first, then up to ``_APPOS_MAX`` words with no
    person, no clause-like "-ed" / "-ing" word and no punctuation but a possessive or a
    hyphen before the comma, and no verb after the comma closing Y's list."""
    if x >= sr.hi or not (sr.key(x) in _TITLE_OPEN or
                          sr.toks[x].cap and sr.key(x) in L.EN_TITLE_FIRST):
        return None
    for y in range(x + 1, min(sr.hi, x + _APPOS_MAX + 1)):
        tk = sr.toks[y]
        if tk.text == ",":
            m = sr.after(y + 1, types=("Person",), maxgap=2)
            if m is None or y == x + 1 or title_start(m) != y + 1 and m.lo != y + 1:
                return None  # (", Dr. B": the name's own title right after the comma)
            e = sr.chain(m)[-1].hi
            if e + 1 < sr.hi and sr.key(e) == "," and not sr.toks[e + 1].cap and \
                    sr.key(e + 1) not in _AFTER_CLOSE:
                return None  # "and then the president, B, said ...": B is a subject
            return m
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None
        if tk.punct and tk.text not in ("'", "\u2019", "-"):
            return None
        if not tk.cap and tk.key.endswith(("ed", "ing")):
            return None  # "the talks ended, ..." / "the meeting focusing on": a clause
    return None


_RELATIVE_MAX = 30
_SAYING = frozenset({"said", "says", "told", "added"})


def then_after_relative_en(sr: Any, x: int) -> int | None:
    """The token after "then" in "met A, who <clause>, then <title>, B" (*x*: the comma after
    A), else None: a clause naming no person and saying nothing, closed by the comma before
    "then"."""
    if x + 1 >= sr.hi or sr.key(x) != "," or sr.key(x + 1) != "who":
        return None
    for y in range(x + 2, min(sr.hi, x + _RELATIVE_MAX)):
        k = sr.key(y)
        if k == ",":
            return y + 2 if y + 2 < sr.hi and sr.key(y + 1) == "then" else None
        m = sr.mention_at.get(y)
        if k in (".", ";") or k in _SAYING or m is not None and m.etype == "Person":
            return None
    return None
