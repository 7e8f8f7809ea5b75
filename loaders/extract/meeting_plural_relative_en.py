"""MET_WITH (English, session 68): a subject list whose last person carries a relative clause
before the verb, "X and former Prime Minister Y, who chairs the Taqaddum coalition, met for two
days" / "X and Y, who had arrived from Ankara, met on Monday": the body or place named inside
the clause is not the list's last member, so X and Y are still paired.

Read by ``meetings.MeetingRules`` where it pairs a subject list with no object ("met_plural"):
``relative_aside_open_en`` gives the comma that opens ", who / which / whose ... ," when that
aside closes right before the verb (a few adverbs or auxiliaries between allowed); the caller then
leaves out the mentions inside it. Nothing else is read here.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.relative_heads import EN_RELATIVE_OPENERS

_MAX_ASIDE_TOKENS = 16  # ", who chairs the Taqaddum coalition," and longer asides
_EN_BEFORE_VERB = frozenset({"later", "then", "also", "finally", "eventually", "had", "have",
                             "has", "held", "hold"})  # (", held talks", ", had met")


def relative_aside_open_en(sr: Any, t: int) -> int | None:
    """The index of the comma opening a relative aside that closes just before the verb at *t*
    ("X and Y, who chairs Z, met"); None when there is none."""
    close = t - 1
    while close > sr.lo and sr.key(close) in _EN_BEFORE_VERB:
        close -= 1
    if sr.key(close) != ",":
        return None
    for y in range(close - 2, max(sr.lo, close - _MAX_ASIDE_TOKENS) - 1, -1):
        k = sr.key(y)
        if k in (",", ";", ".", "(", ")"):
            return y if k == "," and sr.key(y + 1) in EN_RELATIVE_OPENERS else None
    return None
