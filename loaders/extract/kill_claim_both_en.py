"""English: two claimers of one killing joined by "and" before "both claimed" (session 70).

"X was killed in a bombing in Damascus. The Free Syrian Army and an Islamist rebel group,
Liwa al-Islam, both claimed responsibility." -- each body is the agent of the dead the
sentence before tells (the blind writers of session 69 pair both claimers with each victim;
:func:`kill_claim_next_en.claimed_next_en` reads the pair). The two bodies open the sentence:
"<A> and <B> both claimed", "<A> and <descriptor words>, <B>, both claimed".

Not read: "both denied" / "neither claimed" (no claim verb), "<A> and <B> both blamed Y" (an
accusation), a list that does not open the sentence ("Officials said A and B both claimed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

_AGENTS = ("Country", "Organization")
_MAX_DESCRIPTOR = 5  # words of "an Islamist rebel group" between "and" and the apposed name


def _agent_ending(sr: SentenceCore, y: int) -> Mention | None:
    """The body or country whose last token is *y*."""
    m = sr.mention_at.get(y)
    return m if m is not None and m.hi == y + 1 and m.etype in _AGENTS else None


def _opens(sr: SentenceCore, m: Mention) -> bool:
    """*m* opens the sentence (behind "the")."""
    return m.lo == sr.lo or m.lo == sr.lo + 1 and sr.key(sr.lo) == "the"


def both_claimers_en(sr: SentenceCore, c: int) -> list[Mention]:
    """The two agents of "<A> and <B> both claimed" before the claim verb at *c*, else []."""
    y = c - 1
    if sr.key(y) != "both":
        return []
    y -= 1
    apposed = sr.key(y) == ","
    if apposed:
        y -= 1
    second = _agent_ending(sr, y)
    if second is None:
        return []
    y = second.lo - 1
    if sr.key(y) == "the":
        y -= 1
    if apposed:  # "and an Islamist rebel group, Liwa al-Islam,"
        if sr.key(y) != ",":
            return []
        for w in range(y - 1, max(sr.lo, y - 1 - _MAX_DESCRIPTOR) - 1, -1):
            if sr.key(w) == "and":
                y = w
                break
            if sr.toks[w].punct or w in sr.mention_at:
                return []
        else:
            return []
    elif sr.key(y) != "and":
        return []
    first = _agent_ending(sr, y - 1)
    if first is None or not _opens(sr, first) or first.eid == second.eid:
        return []
    return [first, second]
