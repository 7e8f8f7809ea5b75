"""English "he" / "she" as the subject of a second verb after "and" (session 25b).

"X was killed in Tehran, hours after he attended the swearing-in of P and met with Y": the
subject of "met" is "he" (the subject of "attended", which "and" coordinates with "met"), not P,
the object of "of" right before "and". ``subjects.subject_before`` asks
:func:`pronoun_before_object` when its nearest person is the object of a verb or preposition;
the pronoun is then read as usual (``_he_at``: here the main clause's subject, X). Not when the
verb is not coordinated right after that object ("he attended the funeral of P, where Y met
Z"), nor when a person who is no object stands between the pronoun and P ("he said P's envoy
Q received R and met Y").
"""

from __future__ import annotations

from typing import Any

_GAP = frozenset({"and", ",", "then", "later", "also", "subsequently", "afterwards", "held",
                  "had", "has"})  # (the verb of "talks": "and then held talks with Y")
_PRONOUNS = frozenset({"he", "she"})


def pronoun_before_object(sr: Any, m: Any, k: int, maxgap: int) -> int | None:
    """The position of "he" / "she" whose verb "and" coordinates with the verb at *k*, when the
    person *m* right before "and" is an object ("he attended the swearing-in of P and met Y");
    else None."""
    if sr.key(m.hi) != "and" or any(sr.key(y) not in _GAP for y in range(m.hi, k)):
        return None
    mat = sr.mention_at
    for x in range(m.lo - 1, max(sr.lo, m.lo - maxgap) - 1, -1):
        if sr.key(x) in _PRONOUNS:
            return x
        if sr.toks[x].text in (";", ":") or sr.key(x) in ("who", "which", "that"):
            return None
        o = mat.get(x)
        if o is not None and o.etype == "Person" and not sr._object_marked(o):
            return None
    return None
