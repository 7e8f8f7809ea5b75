"""MET_WITH (session 36): companions named after the meeting they came to, in English.

"X met Y in Jerusalem on Wednesday, joined by envoy A and B, ..." / "X met Y at the
commission's headquarters, accompanied by his deputy A" / "X paid a courtesy visit to Y,
accompanied by minister A": the companions sat at the same table, so (as the annotators
read it) each of them met every principal of the meeting told before the comma, and the
companions met each other.

The meeting is the one this sentence's earlier rules read, with both of its people named
before the companion phrase (so "X, accompanied by A, was received by Y", whose partner comes
after, is not read here: the companion of an apposition is often only travelling); it must be
one meeting (one pair, or one table of three or more: ``one_meeting``). Not: a list that is not
right after "accompanied by" / "joined by" (up to a title), no comma before the phrase ("a
working lunch joined by ..."), a remote contact ("joined by video link": no person), a
negated or planned meeting (``blocked``), a companion who is already a principal.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_own_side import one_meeting
from loaders.extract.rule_common import pair_all, title_start

EN_TRAILING = frozenset({"accompanied", "joined"})
_EMPTY: frozenset[str] = frozenset()
register_triggers(_EMPTY, EN_TRAILING)


def _told_before(sr: Any, t: int) -> list[tuple[str, str]]:
    """This sentence's MET_WITH pairs whose two people are both named before *t*."""
    before = {m.eid for m in sr.args if m.hi <= t}
    return [(r.source, r.target) for r in sr.out
            if r.type == "MET_WITH" and r.source in before and r.target in before]


def _companions(sr: Any, start: int) -> list:
    """The people listed from *start* ("envoy A and B", "the army's chief of staff, Lt. Gen.
    A"): the first person at most 10 tokens on, with no punctuation before its title but one
    comma, then its list (``chain``); [] else."""
    m = sr.after(start, types=("Person",), maxgap=10)
    if m is None or m.poss:
        return []
    gap = [sr.key(y) for y in range(start, title_start(m)) if sr.toks[y].punct]
    if gap not in ([], [","]):
        return []
    return [a for a in sr.chain(m, ("Person",)) if not a.poss]


def trailing_companions_en(sr: Any) -> None:
    """", accompanied by A (and B)" / ", joined by A" after a meeting (module doc)."""
    if sr.toks[sr.lo].ar or not any(r.type == "MET_WITH" for r in sr.out):
        return
    for t in sr.triggers(_EMPTY, EN_TRAILING):
        if sr.key(t + 1) != "by" or sr.key(t - 1) != "," or sr.blocked(t):
            continue
        pairs = _told_before(sr, t)
        if not pairs or not one_meeting(pairs):
            continue
        people = _companions(sr, t + 2)
        principals = {p for pair in pairs for p in pair if p.startswith("person:")}
        if not people or len(principals) < 2 or not principals.isdisjoint(
                a.eid for a in people):
            continue
        pair_all(sr, people, principals, "attended_meeting_trailing_en")
