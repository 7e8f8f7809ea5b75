"""The person a relative clause is about, found from inside the clause: scanning back to its
"X, who" / "X، الذي" and taking the person named right before that comma. One scan for
the rules that read a clause's head (``meeting_frames_en.participle_clause_en``: "Y, who
visited Iraq ..., meeting Z"; ``meeting_attended.listed_before_comma``: "X, who ...,
attended"; ``meeting_clauses``: "X، الذي عيّنه K ...، قد زار"); each says where its clause
may reach and what closes it. (``meeting_shuttle._relative_head`` reads the other way: from
the comma right before "who" back past an apposition to the person.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

EN_COMMA = frozenset({","})  # the English comma before "who" (the *commas* of the scan)
EN_WHO = frozenset({"who"})
EN_WHO_WHOM = frozenset({"who", "whom"})
EN_RELATIVE_OPENERS = frozenset({"who", "whose", "which"})  # ", who / whose / which ..."
AR_WHO = frozenset({"الذي", "التي"})


def relative_head_back(sr: Any, start: int, stop: int, pronouns: frozenset[str],
                       commas: frozenset[str], closes: Callable[[int], bool]) -> Any:
    """Scanning back from token *start* down to *stop* (not included): at a relative
    pronoun (a key in *pronouns*) right after a comma (a text in *commas*), the person
    whose name ends at that comma ("X, who", "X، الذي"), else None; None too when a token
    for which *closes* is true comes first (the scan left the clause)."""
    for y in range(start, stop, -1):
        if closes(y):
            return None
        if sr.key(y) in pronouns and sr.toks[y - 1].text in commas:
            m = sr.mention_at.get(y - 2)
            return m if m is not None and m.etype == "Person" and m.hi == y - 1 else None
    return None
