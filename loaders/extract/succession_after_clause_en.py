"""Who "and succeeded Y" belongs to after a time clause with its own subject (session 71).

"X became crown prince in 1975 after K was shot dead by a nephew, Z, and succeeded Y in 1982":
the coordinated "succeeded" (after ", and") shares the main clause's subject X, not the
nearest person (Z, K's killer) of the "after / when / before ..." clause closed by the comma.
Read only at ", and <verb>" (two key look-ups) and only when a subordinator followed by its
own named subject lies between X and the verb.
"""

from __future__ import annotations

from typing import Any

# the subordinators opening a clause with its own subject ("after K was killed")
_EN_TIME_SUB = frozenset({"after", "when", "before", "once", "because", "until", "as"})


def main_subject_past_clause_en(sr: Any, t: int, new: Any) -> Any:
    """The main clause's subject for the verb at *t* after ", and" when *new* (the nearest
    person) lies inside a "<subordinator> <person> ..." clause; *new* otherwise."""
    if new is None or sr.key(t - 1) != "and" or sr.toks[t - 2].text != "," or new.hi >= t:
        return new
    lo = max(sr.lo, new.lo - 20)
    for s in range(new.lo - 1, lo - 1, -1):
        k = sr.key(s)
        if k in ("and", "said", "says", "told", ";", ":") or sr.toks[s].text in (";", ":"):
            return new
        if k not in _EN_TIME_SUB:
            continue
        sub = sr.after(s + 1, types=("Person",), maxgap=2)
        if sub is None or sub.lo > new.lo:
            return new
        main = sr.subject_before(s, maxgap=20)
        if main is None or main.etype != "Person" or main.hi > s or main.eid == new.eid or \
                any(sr.toks[x].punct for x in range(main.hi, s)):
            return new
        return main
    return new


# a completed choice passive right before "to succeed": "was elected (on Saturday) to succeed"
_EN_CHOSEN = frozenset({"elected", "appointed", "chosen", "named", "picked", "selected",
                        "installed", "confirmed", "sworn"})
_EN_BE = frozenset({"was", "were", "been"})  # (not "will be elected": a plan)


def chosen_to_succeed_en(sr: Any, t: int) -> bool:
    """Whether "to <succeed>" at *t* follows a completed choice in the passive, with at most a
    short time phrase between ("X was elected on Saturday to succeed his half-brother"): the
    infinitive then states a succession, not a wish ("X hopes to succeed his father")."""
    if sr.key(t - 1) != "to":
        return False
    for y in range(t - 2, max(sr.lo, t - 6) - 1, -1):
        if sr.toks[y].punct:
            return False
        if sr.key(y) in _EN_CHOSEN:
            return sr.key(y - 1) in _EN_BE
    return False
