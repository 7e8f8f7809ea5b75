"""ASSASSINATED_BY, English (session 68, blind68h): the claimer of "X was killed ... .
<agent> claimed responsibility" (``kill_claim_next_en``) behind an opening time phrase or set
off by an apposition.

"On Friday the Islamic State claimed responsibility for the killing" / "Hours later, the
Taliban claimed the attack" (a time phrase opens the sentence, the claimer the clause);
"Liwa al-Islam, a rebel brigade active in the Damascus countryside, claimed responsibility for
the attack" / "The Islamic State, an umbrella group led by al Qaeda, claimed responsibility"
(the claimer before an apposition set off by commas; not a person in it: "Hamas, its leader
X said, claimed ..." is left alone). In these two forms the claim is of responsibility or of
"the killing / assassination" itself, not of "the Jan. 28 drone attack on Tower 22" (another
deed, told with its own date or target).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_MAX_APPOSITION = 14
_MAX_OPENING = 5
_EN_TIME_OPENING = frozenset({"on", "later", "late", "early", "hours", "days", "minutes", "the",
                              "next", "day", "morning", "night", "evening", "afternoon",
                              "shortly", "soon", "afterwards", "afterward", "then", "within",
                              "a", "few", ",", "overnight"}) | L.EN_WEEKDAYS


def agent_before_apposition_en(sr: Any, y: int, agents: tuple[str, ...]) -> Any:
    """The body or country X of "X, <apposition>, claimed" whose apposition the comma *y*
    ends, else None."""
    if sr.key(y) != ",":
        return None
    for w in range(y - 1, max(sr.lo, y - _MAX_APPOSITION) - 1, -1):
        k = sr.key(w)
        if k == ",":
            m = sr.mention_at.get(w - 1)
            return m if m is not None and m.hi == w and m.etype in agents and w < y - 1 \
                else None
        if sr.toks[w].punct and k != "-" or k in ("said", "says", "told") or \
                w in sr.mention_at and sr.mention_at[w].etype == "Person":
            return None
    return None


def time_opening_en(sr: Any, s: int) -> bool:
    """Are the words before *s* (the claimer's phrase) a short time phrase opening the
    sentence ("On Friday", "Hours later,", "The next day,")?"""
    n = s - sr.lo
    return 0 < n <= _MAX_OPENING and \
        any(sr.key(y) in L.EN_WEEKDAYS or sr.key(y) in ("later", "next", "afterwards", "then",
                                                         "overnight", "soon")
            for y in range(sr.lo, s)) and \
        all(sr.key(y) in _EN_TIME_OPENING for y in range(sr.lo, s))


_EN_KILL_DEEDS = frozenset({"killing", "assassination", "murder"})


def plain_claim_en(sr: Any, c: int) -> bool:
    """Is the claim at *c* ("claimed") one of responsibility ("claimed responsibility (for
    ...)") or of "the killing / assassination / murder"?"""
    return sr.key(c + 1) == "responsibility" or \
        sr.key(c + 1) == "the" and sr.key(c + 2) in _EN_KILL_DEEDS
