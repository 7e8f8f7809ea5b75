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

Session 45 (compdeleg): ``aside_companions_en`` reads the companion between the subject and
its meeting ("X, accompanied by A, met / was received by Y"), as the newest dev writers pair
it.
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


_WHO_WAS = frozenset({"was", "is"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "'s", "two", "three"})
_CLAUSE_BREAKS = frozenset({";", ":", "—", "–"})
_ASIDE_END = 30  # tokens from the companion to the comma that closes the aside, at most


def _aside_start(sr: Any, t: int) -> bool:
    """Does the companion phrase at *t* open an aside after its subject: ", accompanied by"
    or ", who was / is accompanied by"?"""
    if sr.key(t - 1) == ",":
        return True
    return sr.key(t - 1) in _WHO_WAS and sr.key(t - 2) == "who" and sr.key(t - 3) == ","


def _aside_close(sr: Any, start: int) -> int:
    """The comma closing the aside that runs from *start*, else -1."""
    for y in range(start, min(sr.hi, start + _ASIDE_END)):
        if sr.key(y) == ",":
            return y
        if sr.toks[y].punct and sr.key(y) not in ("'s", "-", "'"):
            return -1
    return -1


def _clause_end(sr: Any, start: int) -> int:
    """The end of the main clause that goes on after the aside: the first ";" / ":" / dash
    from *start* (within _ASIDE_END tokens), else that limit or the sentence's end."""
    end = min(sr.hi, start + _ASIDE_END)
    return next((y for y in range(start, end) if sr.key(y) in _CLAUSE_BREAKS), end)


def _opens_phrase(sr: Any, start: int, m: Any) -> bool:
    """Does person *m* (with its title) open the phrase at *start*, past determiners and
    capitalised modifiers only ("the kingdom's ambassador", "US Ambassador X"; not "a letter
    from X")?"""
    return all(sr.key(y) in _DETERMINERS or sr.toks[y].text[:1].isupper()
               for y in range(start, title_start(m)))


def aside_companions_en(sr: Any) -> None:
    """"X, accompanied by A (and B), met / held talks with Y": the companions of the subject
    named in the aside sat at the meeting told around it, so (as the newest dev writers read
    it: JI, KO, LB; JG pairs the companion with X only; older BS, BU do not pair) each met
    both sides and each other. The meeting is one of this sentence's pairs with one person
    before the aside and the other after the comma that closes it, in the same clause; one
    meeting only; also "X, accompanied by A, was received by Y" (enHO5 pairs it; session 36
    had left it as a trip). Not: "X, accompanied by A, arrived in P" (no pair across the
    aside), "X, accompanied by a letter from Y, ..." (the person must open the phrase, past
    its title), a negated or planned meeting."""
    if sr.toks[sr.lo].ar or not any(r.type == "MET_WITH" for r in sr.out):
        return
    for t in sr.triggers(_EMPTY, EN_TRAILING):
        if sr.key(t) != "accompanied" or sr.key(t + 1) != "by" or not _aside_start(sr, t) \
                or sr.blocked(t):
            continue
        people = _companions(sr, t + 2)
        if not people or not _opens_phrase(sr, t + 2, people[0]):
            continue
        last = max(a.hi for a in people)
        close = _aside_close(sr, last)
        if close < 0:
            continue
        before = {m.eid for m in sr.args if m.hi <= t}
        stop = _clause_end(sr, close + 1)
        after = {m.eid for m in sr.args if close < m.lo and m.hi <= stop}
        pairs = [(r.source, r.target) for r in sr.out if r.type == "MET_WITH" and (
            (r.source in before and r.target in after) or (r.target in before and r.source in after))]
        if not pairs or not one_meeting(pairs):
            continue
        principals = {p for pair in pairs for p in pair if p.startswith("person:")}
        if len(principals) < 2 or not principals.isdisjoint(a.eid for a in people):
            continue
        pair_all(sr, people, principals, "accompanied_aside_en")
