"""MET_WITH (English, session 23): "together with / along with A" right after the other side
of a meeting: "S was received by Y together with A", "S met Y, along with A" (and past a short
description of Y: "S received Y, the head of ..., together with A"; session 58).

A came with S to the same table: A met Y and S (session 22 reads the same phrase before the
"by": "S was received, together with A, by Y", ``meeting_present_more._together_with``). The
side before the phrase is the host of a passive reception ("was received / welcomed / greeted
by Y") or the object of a meeting verb ("met Y"; session 26: also of a participle clause
after a comma, "S made his first visit to B, meeting Y together with A"); the companion is the first person named
after "with" (a title with one comma allowed: "the secretary-general of the PIJ, A"); not a
relative clause or a description with no name ("together with his son, who ..."), not a
negated or planned meeting (``blocked``). Called from ``meeting_present_more.present_more``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_EN_RECEIVED = frozenset({"received", "welcomed", "hosted", "greeted", "met"})
_STOPS = frozenset({".", ";", ":", "who", "which", "whose", "whom", "(", ")"})
_EN_ADV = frozenset({"also", "later", "then", "first", "warmly", "personally"})
# a thing brought, not a companion's title: "along with a letter / message from Y" (session 67)
_NOT_TITLE = frozenset({"from", "letter", "message", "invitation", "gift", "gifts"})


def _past_place(sr: Any, end: int) -> int | None:
    """The start of a place adjunct ending at *end* ("at the National Palace", "in Baabda"):
    "at" / "in", then only "the", "of" and capitalised words (no person); else None."""
    y = end - 1
    while y > sr.lo and (sr.key(y) in ("the", "of") or (
            sr.toks[y].cap and not sr.toks[y].punct)):
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None
        y -= 1
    return y if y < end - 1 and sr.key(y) in ("at", "in") else None


def _side_before(sr: Any, t: int) -> Any:
    """The person whose name ends right before *t* (a comma between allowed), else None; also
    past a place adjunct ("received them at the National Palace along with A"; session 67)."""
    end = t - 1 if sr.key(t - 1) == "," else t
    m = next((m for m in sr.args if m.etype == "Person" and m.hi == end), None)
    if m is None:
        place = _past_place(sr, end)
        if place is not None:
            m = next((m for m in sr.args if m.etype == "Person" and m.hi == place), None)
    if m is None and end == t - 1:
        end = _apposition_start(sr, end)  # "received A, the head of ..., together with B"
        m = next((m for m in sr.args if m.etype == "Person" and m.hi == end), None) \
            if end is not None else None
    return m if m is not None and not m.poss else None


_APPOS_DET = frozenset({"the", "a", "an", "his", "her", "its", "their"})
_APPOS_STOPS = _STOPS | frozenset({"and", "or", "was", "is", "were", "are", "has", "had",
                                   "said", "says"})


def _apposition_start(sr: Any, c: int) -> int | None:
    """The comma opening a short description that ends at the comma *c* ("A, the head of the
    parliament, together with B"; session 58): a determiner first, at most ten tokens, no
    person, clause word or other punctuation inside; else None."""
    for y in range(c - 1, max(sr.lo, c - 11), -1):
        if sr.key(y) == ",":
            if y + 1 < c and sr.key(y + 1) in _APPOS_DET:
                return y
            return None
        if sr.toks[y].punct or sr.key(y) in _APPOS_STOPS:
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None
    return None


def _companions(sr: Any, start: int) -> list:
    """The people named from *start* on: a title of up to ten tokens and one comma before the
    first name ("the secretary-general of the PIJ, A"), no clause between, nor a thing brought
    ("a letter from Y")."""
    m = sr.after(start, types=("Person",), maxgap=10)
    if m is None or sum(sr.key(y) == "," for y in range(start, m.lo)) > 1 or any(
            sr.key(y) in _STOPS or sr.key(y) in _NOT_TITLE for y in range(start, m.lo)):
        return []
    return sr.chain(m, ("Person",))


def together_after_en(sr: Any, t: int, pair_all: Any) -> bool:
    """S, Y and the companions after "together / along with" at *t* met (module doc);
    *pair_all* pairs a list with a set of ids (``rule_common.pair_all``). True when
    the phrase follows the other side of a meeting (read here, paired or not)."""
    side = _side_before(sr, t)
    people = _companions(sr, t + 2) if side is not None else []
    if not people:
        return False
    y = title_start(side) - 1
    while sr.key(y) in L.NATIONALITY and y > sr.lo:  # "met Iraqi Prime Minister Y"
        y -= 1
    if sr.key(y) == "by":
        v = y - 1
        while sr.key(v) in _EN_ADV:
            v -= 1
        if sr.key(v) not in _EN_RECEIVED:
            return False
        a = v - 1
        while sr.key(a) in _EN_ADV:
            a -= 1
        if sr.key(a) not in ("was", "were"):
            return False
        subj = sr.subject_before(a) or sr.before(a, types=("Person",), maxgap=25)
    else:
        v = y
        participle = sr.key(v) == "meeting" and sr.key(v - 1) == ","  # "..., meeting Y along with A"
        if not participle and (sr.key(v) not in L.EN_MEET or
                               sr.key(v) in ("talks", "meeting", "meetings")):
            return False
        subj = sr.subject_before(v - 1 if participle else v)
    if subj is None or subj.etype != "Person" or subj.eid == side.eid or sr.blocked(v, subj):
        return True
    sr.add("MET_WITH", subj.eid, side.eid, "received_together_en")
    pair_all(sr, people, {subj.eid, side.eid}, "attended_meeting_together_en")
    return True


def talks_with_him_en(sr: Any, t: int, subj: Any) -> Any:
    """"X attended the swearing-in of Y and then held talks with him" (*t*: "talks"): the one
    person named between the subject and "and (then / later) held talks", else None."""
    h = t - 1
    while sr.key(h) in ("a", "an", "brief", "private", "separate"):
        h -= 1
    if sr.key(h) not in ("held", "had"):
        return None
    a = h - 1
    while sr.key(a) in _EN_ADV:
        a -= 1
    if sr.key(a) != "and":
        return None
    if any(m.etype == "Person" and m.lo < subj.lo for m in sr.args):
        return None  # (the sentence's first person is the subject)
    between = [m for m in sr.args if m.etype == "Person" and m.lo >= subj.hi and m.hi <= a and
               m.eid != subj.eid and not m.poss]
    return between[0] if len({m.eid for m in between}) == 1 else None
