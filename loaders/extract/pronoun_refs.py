"""English "He" / "She" opening a sentence that names no person, as a reference mention.

A writer names someone once and goes on with a pronoun: "Hamas official X lived in Beirut for
years. He was killed by an Israeli drone strike in January." / "In January she was killed in
an Israeli strike." When the pronoun is the only person of its sentence, the sentence has no
person mention at all, so no rule that needs a person runs there (the rules read a pronoun only
through the subject helpers, when they run). :func:`he_refs` turns such an opening pronoun
(first word, or after a short time opener: "In January", "Two days later,", "On Monday,")
into a reference mention (kind ``"ref"``) of the previous sentence's subject (else the last
person named), so every rule reads it as that person. Nothing is made in a sentence that names
a person (the rules' own pronoun reading stays) or when no one was named before.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention

EN_CUES = frozenset({"he", "she"})
_OPENER_WORDS = L.EN_MONTHS | L.EN_WEEKDAYS | frozenset({
    "in", "on", "at", "by", "during", "early", "late", "later", "earlier", "then", "last",
    "next", "that", "this", "the", "same", "following", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "morning", "afternoon", "evening", "night", "hours",
    "minutes", "two", "three", "four", "five", "several", "few", "a", "shortly",
    "soon", "afterwards", "after", "subsequently", "eventually", "finally", "ago",
    "but", "and", "however", "there", "here"})
_MAX_OPENER = 5
# "He said ..." reports, the speaker is no party of what is reported
_EN_SAY = frozenset({"said", "says", "added", "noted", "stressed", "warned", "urged", "argued",
                     "insisted", "wrote", "told", "tells", "stated", "explained"})


def _opens(sr: Any, x: int) -> bool:
    """Does the pronoun at *x* open its sentence, alone or after a short time opener?"""
    if x == sr.lo:
        return True
    if x - sr.lo > _MAX_OPENER:
        return False
    return all(sr.toks[y].text == "," or sr.toks[y].key in _OPENER_WORDS or
               sr.toks[y].text.isdigit() for y in range(sr.lo, x))


def _antecedent(sr: Any) -> str | None:
    """The previous sentence's subject, else the last person named before."""
    prev = sr._prev_subject(exclude="")
    if prev is not None:
        return prev.eid
    return sr._antecedent(sr.lo, exclude=set())


def he_refs(sr: Any, hits: list[int]) -> list[Mention]:
    """The reference mention of this sentence's opening "He" / "She" (module doc)."""
    if "Person" in sr.mention_types or sr.si == 0:
        return []
    x = hits[0]
    if not _opens(sr, x) or sr.toks[x].key not in EN_CUES or \
            not (x + 1 < sr.hi and sr.toks[x + 1].key not in _EN_SAY):
        return []
    eid = _antecedent(sr)
    if eid is None:
        return []
    t = sr.toks[x]
    return [Mention(x, x + 1, t.start, t.end, eid, "Person", sr.si, kind="ref", tlo=x)]
