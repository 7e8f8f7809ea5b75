"""MET_WITH, English (session 68, blind68h): the person visited named by a description or a
descriptive phrase after "visited the".

"Abdulaziz Hakim visited the Iranian president at his residence" / "Macron visited the veteran
singer Fairouz at her home" / "Khamenei had visited the ailing cleric Abdul Aziz al-Hakim in
hospital": ``context_meetings.visited_person`` took the host right after "visited" (one word
between at most), so "the Iranian president" (a description resolved to the president named
before) or a name behind two or three describing words was not read. The host is taken after
"the" and up to three plain words (a nationality, an adjective, a title noun), when the phrase
ends the clause's object: punctuation, a preposition or a time word after it. Not "visited the
grave of X" ("of" between), not "visited the Soleimani shrine" (a noun after the name), not
"visited the Iranian president's office" (a possessive names a place). A description (no name)
is read only with a capitalised word before it ("the Iranian president"), not "the ailing
cleric" (left to the rules that weigh bare descriptions).
"""

from __future__ import annotations

from typing import Any

_MAX_WORDS = 3
# what may follow the person visited (the object ends there)
_AFTER_HOST = frozenset({"at", "in", "on", "and", "during", "for", "who", "last", "this", "after",
                         "before", "yesterday", "earlier", "later", "twice", "again", "briefly",
                         "shortly", "with", "when", "while", "as"})
_NOT_IN_PHRASE = frozenset({"of", "and", "or", "to", "in", "at", "on", "'s", "with", "from"})


def visited_host_en(sr: Any, t: int) -> Any:
    """The person visited after "visited" (*t*): right after it ("visited Y"), after "the" when
    the object ends there ("visited the Y at his home", not "visited the Soleimani shrine"), or
    after describing words (``described_host_en``); else None."""
    m = sr.after(t + 1, types=("Person",), maxgap=1)
    if m is not None and (m.lo == t + 1 or ends_object_en(sr, m)):
        return m
    return described_host_en(sr, t)


def described_host_en(sr: Any, t: int) -> Any:
    """The person of "visited the <words> <person>" (*t*: "visited"), else None."""
    if sr.key(t + 1) != "the":
        return None
    for y in range(t + 2, min(sr.hi, t + 3 + _MAX_WORDS)):
        m = sr.mention_at.get(y)
        if m is not None and m.lo == y and m.etype == "Person":
            return m if ends_object_en(sr, m) and (m.kind == "name" or any(
                sr.toks[w].cap for w in range(t + 2, y))) else None  # ("the ailing cleric":
            # a bare description is left to the rules that weigh it)
        if sr.toks[y].punct or sr.key(y) in _NOT_IN_PHRASE or \
                m is not None and m.etype not in ("Country", "Organization"):
            return None  # ("the Lebanese Army commander X": a body as modifier is kept)
    return None


def ends_object_en(sr: Any, m: Any) -> bool:
    """Does the object end right after *m* (end of sentence, punctuation but a possessive, a
    preposition or time word)?"""
    if m.hi >= sr.hi:
        return True
    k = sr.key(m.hi)
    return k != "'s" and (sr.toks[m.hi].punct or k in _AFTER_HOST)
