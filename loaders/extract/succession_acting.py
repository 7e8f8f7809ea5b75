"""Acting holders named by someone else: "Khamenei named First Vice President X acting
president" (the active voice, X the object just before "acting" / "interim" / "caretaker")."""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_EN_NAMES_ACTIVE = frozenset({"named", "appointed", "designated", "installed", "made",
                              "declared", "names", "appoints", "designates", "makes"})
_EN_TITLE_LEAD = frozenset({"first", "second", "senior", "deputy", "the", "its", "his", "her"})
_EN_PASS = frozenset({"was", "is", "been", "be", "being", "were", "are"})


def named_acting_object(sr: Any, t: int) -> Any:
    """The person an active naming verb makes acting holder, *t* being "acting" right after
    that person's name ("named (First Vice President) X acting president"); None otherwise."""
    m = sr.mention_at.get(t - 1)
    if m is None or m.etype != "Person" or m.hi != t or m.poss:
        return None
    v = title_start(m) - 1
    while v > sr.lo and sr.key(v) in _EN_TITLE_LEAD:
        v -= 1  # "First Vice President X": "First" before the title the mention holds
    if v < sr.lo or sr.key(v) not in _EN_NAMES_ACTIVE or sr.key(v - 1) in _EN_PASS:
        return None
    return m


# a holder's leaving by a move or the end of a term: "since Y's election (as president)",
# "since Y's term ended", "after the end of Y's term", "since Y's departure"
_EN_LEFT_NOUN = frozenset({"election", "term", "departure", "elevation", "promotion",
                           "exit", "tenure", "mandate"})


def left_post_after(sr: Any, x: int) -> Any:
    """The person whose leaving the post the phrase after "since" / "after" at *x* states by
    a move or the end of a term ("since Aoun's election", "since Salameh's term ended",
    "after the end of Y's term"), for an acting holder's clause; None otherwise."""
    y = x + 1
    if (sr.key(y), sr.key(y + 1), sr.key(y + 2)) == ("the", "end", "of"):
        y += 3
    m = sr.after(y, types=("Person",), maxgap=2)
    if m is None or not m.poss or title_start(m) > y + 2 or sr.key(m.hi) not in _EN_LEFT_NOUN:
        return None
    return m


def who_head_past_apposition(sr: Any, who: int) -> Any:
    """The person a ", who" clause describes past an apposition naming no one ("Maj. Gen. X,
    the army chief of staff, who has been acting commander"): X; None otherwise."""
    if sr.toks[who - 1].text != ",":
        return None
    m = sr.before(who - 1, types=("Person",), maxgap=10)
    if m is None or m.poss or sr.toks[m.hi].text != "," or \
            sr.key(m.hi + 1) not in ("the", "a", "an", "its", "his", "her"):
        return None
    if any(sr.toks[y].punct for y in range(m.hi + 1, who - 1)) or \
            any(c.etype == "Person" and m.hi < c.lo < who for c in sr.args):
        return None
    return m
