"""SUCCESSOR_OF, English: the successor named after the post phrase of the noun.

"Y left in November; his successor at the ministry, X, met the president", "Y's successor as
army chief, General X, ...", "his successor on the file, deputy special envoy X, was received
...": the person set off by commas right after "successor / predecessor + as / at / on / in
<a few words>" is the one named (X), as in "his successor, X,". Not read: a phrase with a
person or punctuation in it, a name that is not set off by a comma ("his successor at the
ministry met X": X is the object).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_EN_POST_PREP = frozenset({"as", "at", "on", "in"})
_MAX_PP = 6  # words of the post phrase


def named_past_post_phrase(sr: Any, t: int) -> Any:
    """The person named after "<noun at t> as / at / on / in <post>," (module doc), else None."""
    if sr.key(t + 1) not in _EN_POST_PREP:
        return None
    comma = next((y for y in range(t + 2, min(sr.hi, t + 2 + _MAX_PP))
                  if sr.toks[y].punct), None)
    if comma is None or sr.toks[comma].text != "," or any(
            y in sr.mention_at and sr.mention_at[y].etype == "Person"
            for y in range(t + 2, comma)):
        return None
    m = sr.after(comma + 1, types=("Person",), maxgap=4)
    if m is None or m.poss or m.hi >= sr.hi or sr.toks[m.hi].text != ",":
        return None
    if any(not sr.toks[x].cap and sr.key(x) not in L.EN_TITLE_FIRST and
           sr.key(x) not in L.EN_QUALIFIERS for x in range(comma + 1, title_start(m))):
        return None  # (a lower-case word before the name: no apposition)
    return m


_EN_MAKING = frozenset({"making", "made", "makes", "make"})
_EN_HIM = frozenset({"him", "her"})


def made_him_en(sr: Any, p: int) -> Any:
    """The successor of "<clause naming X>, making him Y's successor" (*p*: where "Y's"
    starts): the person named last before "making / made" in the sentence (not after a
    preposition of its own clause: the nearest person within 12 tokens); None when no
    "making / made him" stands right before *p*."""
    if p - 2 < sr.lo or sr.key(p - 1) not in _EN_HIM or sr.key(p - 2) not in _EN_MAKING:
        return None
    return sr.before(p - 2, types=("Person",), maxgap=12)
