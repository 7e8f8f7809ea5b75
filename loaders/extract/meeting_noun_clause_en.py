"""MET_WITH: whose is "after a meeting with Y" when no subject is named after it (review71).

``meetings._met_his_noun`` takes the person named before the meeting noun ("X, the head of the
agency, told reporters after a meeting with Y": X). That person is no side when the noun sits in
a clause he only reports: "The office of President X said in a statement that the parliament
would vote after a meeting with Y", "X said the cabinet would convene after a meeting with Y"
(the clause's own subject, the parliament or the cabinet, is no person). Kept: "X said after a
meeting with Y that ...", "X told reporters that he would ... after a meeting with Y" (his own
clause, his pronoun its subject).
"""

from __future__ import annotations

from typing import Any

_EN_SAID = frozenset({"said", "says", "told", "tells", "announced", "stated", "added", "noted",
                      "insisted", "confirmed", "reported", "warned", "stressed"})
# a finite verb or modal opening the reported clause's predicate
_EN_FINITE = frozenset({"would", "will", "could", "should", "might", "must", "can", "may",
                        "was", "were", "is", "are", "had", "has", "have", "did", "does"})
_EN_OWN = frozenset({"he", "she", "they", "we", "i"})  # the reporter's own clause


def reported_clause_between(sr: Any, lo: int, hi: int) -> bool:
    """Do tokens *lo* .. *hi* (exclusive; from the end of the person named before the meeting
    noun to the noun) open a reported clause with a subject of its own: "that" not followed by
    a pronoun, or a verb of saying and later a finite verb or modal not right after a pronoun
    ("said the cabinet would")?"""
    said = False
    for x in range(lo, hi):
        k = sr.key(x)
        if k == "that" and sr.key(x + 1) not in _EN_OWN:
            return True
        if k in _EN_SAID:
            said = True
        elif said and k in _EN_FINITE and sr.key(x - 1) not in _EN_OWN:
            return True
    return False
