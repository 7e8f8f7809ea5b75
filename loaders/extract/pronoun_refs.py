"""English "He" / "She" opening a sentence that names no person, as a reference mention.

A writer names someone once and goes on with a pronoun: "Hamas official X lived in Beirut for
years. He was killed by an Israeli drone strike in January." / "In January she was killed in
an Israeli strike." When the pronoun is the only person of its sentence, the sentence has no
person mention at all, so no rule that needs a person runs there (the rules read a pronoun only
through the subject helpers, when they run). :func:`he_refs` turns such an opening pronoun
(first word, or after a short time opener: "In January", "Two days later,", "On Monday,")
into a reference mention (kind ``"ref"``) of the previous sentence's subject (else the last
person named), so every rule reads it as that person. Nothing is made when no one was named
before.

In a sentence that names people after its opening pronoun (session 41, corefen), the rules
read the pronoun of the first clause through the subject helpers, but a later clause looked
for its subject among the names and took the first clause's object: "Later in the day he held
talks with A ..., and met separately with B" gave A-B, "he had met A in the capital, before
flying to Oman for talks with B" gave A-B. :func:`lead_pronoun_ref` makes the opening pronoun of
a meeting sentence a reference mention there too, of the person the subject helpers give it
(``subjects._he_at``: the subject of this or the previous sentence, the piece's subject, never
a person of the other gender), so each clause finds it as its subject.
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
    if sr.si == 0:
        return []
    x = hits[0]
    if not _opens(sr, x) or sr.toks[x].key not in EN_CUES or \
            not (x + 1 < sr.hi and sr.toks[x + 1].key not in _EN_SAY):
        return []
    if "Person" in sr.mention_types:
        return lead_pronoun_ref(sr, x)
    eid = _antecedent(sr)
    if eid is None:
        return []
    t = sr.toks[x]
    return [Mention(x, x + 1, t.start, t.end, eid, "Person", sr.si, kind="ref", tlo=x)]


def lead_pronoun_ref(sr: Any, x: int) -> list[Mention]:
    """The reference mention of the opening "He" / "She" at *x* of a sentence that tells a
    meeting and names people after it ("Later he held talks with A, and met separately with
    B"): the person ``subjects._he_at`` gives it (module doc); none when it gives no one (nor
    in other sentences: "He praised Riyadh, and Y was appointed in his place" stays unread)."""
    if L.EN_MEET not in sr._by_en or sr.key(x + 1) == "and" or any(
            m.etype == "Person" and m.lo < x for m in sr.args):
        return []  # (meetings only; "He and Y then met Z": meeting_pronoun_co; a name before)
    m = sr._he_at(x)
    if m is None:
        return []
    m.kind = "ref"
    return [m]
