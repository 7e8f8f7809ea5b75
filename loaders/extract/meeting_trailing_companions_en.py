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

Session 60: a short phrase may stand between the participle and "by" ("X met Y on Sunday,
joined on the Iraqi side by A", "joined at the table by A", "joined in the talks by A"): up to
four words after "on / in / at", no name and no punctuation among them.

Session 45 (compdeleg): ``aside_companions_en`` reads the companion between the subject and
its meeting ("X, accompanied by A, met / was received by Y"), as the newest dev writers pair
it.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_own_side import one_meeting
from loaders.extract.rule_common import EMPTY, pair_all, title_start

EN_TRAILING = frozenset({"accompanied", "joined"})
register_triggers(EMPTY, EN_TRAILING)


def _told_before(sr: Any, t: int) -> list[tuple[str, str]]:
    """This sentence's MET_WITH pairs whose two people are both named before *t*; with a plural
    reference before it ("The two men met for an hour, joined by A": a group mention, whose
    members are named in an earlier sentence; session 60), every pair this sentence read."""
    before = {m.eid for m in sr.args if m.hi <= t}
    if any(e.startswith("group:") for e in before):
        return [(r.source, r.target) for r in sr.out if r.type == "MET_WITH"]
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


_PP_OPENERS = frozenset({"on", "in", "at"})
_PP_MAX = 4  # words of the phrase after its preposition


def _by_after(sr: Any, t: int) -> int | None:
    """The "by" of the participle at *t*: right after it, or past a short phrase ("joined on
    the Iraqi side by", "joined at the table by"; session 60); None otherwise."""
    if sr.key(t + 1) == "by":
        return t + 1
    if sr.key(t + 1) not in _PP_OPENERS:
        return None
    for y in range(t + 2, min(sr.hi, t + 3 + _PP_MAX)):
        if sr.toks[y].punct or y in sr.mention_at and sr.mention_at[y].etype == "Person":
            return None
        if sr.key(y) == "by":
            return y if y > t + 2 else None
    return None


def trailing_companions_en(sr: Any) -> None:
    """", accompanied by A (and B)" / ", joined by A" after a meeting (module doc)."""
    if sr.toks[sr.lo].ar or not any(r.type == "MET_WITH" for r in sr.out):
        return
    for t in sr.triggers(EMPTY, EN_TRAILING):
        by = _by_after(sr, t)
        if by is None or sr.key(t - 1) != "," or sr.blocked(t):
            continue
        pairs = _told_before(sr, t)
        if not pairs or not one_meeting(pairs):
            continue
        people = _companions(sr, by + 1)
        principals = {p for pair in pairs for p in pair if p.startswith("person:")}
        if not people or len(principals) < 2 or not principals.isdisjoint(
                a.eid for a in people):
            continue
        pair_all(sr, people, principals, "attended_meeting_trailing_en")


_WHO_WAS = frozenset({"was", "is"})
# what may come before the companion's title: determiners, a possessive "'s" ("the kingdom's
# ambassador") and small numbers ("two aides")
_PHRASE_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "'s", "two", "three"})
_CLAUSE_BREAKS = frozenset({";", ":", "—", "–"})
# the words that end the meeting clause after the aside: "..., where Y met Z", "flew home
# after talks with Y", "left P, a day after he met Y", "received by Y before holding talks with Z"
_CLAUSE_WORDS = frozenset({"where", "after", "before", "when", "while", "following", "ahead",
                           "whereupon", "then", "since"})
# the meeting verb that must open the clause after the aside ("also met", "was later received
# by", "held talks with", "had met"), past these adverbs / auxiliaries
_VERB_ADVERBS = frozenset({"also", "later", "then", "subsequently", "first", "had", "has", "was",
                           "is", "were", "separately", "briefly"})
_MEETING_VERBS = frozenset({"met", "meets", "held", "holds", "received", "receives", "hosted",
                            "hosts", "welcomed", "welcomes", "conferred", "talked", "sat"})
_ALONE = frozenset({"alone", "one-on-one", "tete-a-tete", "privately"})
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


def _clause_end(sr: Any, start: int, limit: int) -> int:
    """The end of the main clause that goes on after the aside: the first ";" / ":" / dash or
    clause word ("where", "after", "before", "then", ...: ``_CLAUSE_WORDS``) from *start*
    up to *limit*, else that limit or the sentence's end."""
    end = min(sr.hi, limit)
    return next((y for y in range(start, end)
                 if sr.key(y) in _CLAUSE_BREAKS or sr.key(y) in _CLAUSE_WORDS), end)


def _apposition_at(sr: Any, y: int) -> bool:
    """Does an apposition of the companion open at *y* ("a member of ...", "the Elysee's
    adviser", "Qubad, the ... deputy prime minister"; not a verb: "inspected P, and then")?"""
    return y < sr.hi and (sr.key(y) in _PHRASE_OPENERS or sr.toks[y].text[:1].isupper())


def _meeting_verb_next(sr: Any, start: int) -> int:
    """The meeting verb that opens the clause at *start*, past "also" / "later" / "had" /
    "was", else -1: a meeting verb ("also met Y", "was later received by Y", "held talks with Y"; not
    "inspected P, and then met Y", "flew back after talks with Y", "arrived in P, where ...")?"""
    y = start
    while y < sr.hi and sr.key(y) in _VERB_ADVERBS:
        y += 1
    return y if y < sr.hi and sr.key(y) in _MEETING_VERBS else -1


def _opens_phrase(sr: Any, start: int, m: Any) -> bool:
    """Does person *m* (with its title) open the phrase at *start*, past determiners and
    capitalised modifiers only ("the kingdom's ambassador", "US Ambassador X"; not "a letter
    from X")?"""
    return all(sr.key(y) in _PHRASE_OPENERS or sr.toks[y].text[:1].isupper()
               for y in range(start, title_start(m)))


def _across(sr: Any, before: set, close: int, stop: int) -> list[tuple[str, str]]:
    """This sentence's MET_WITH pairs with one person in *before* and the other named after
    the comma *close*, up to *stop*."""
    after = {m.eid for m in sr.args if close < m.lo and m.hi <= stop}
    return [(r.source, r.target) for r in sr.out if r.type == "MET_WITH" and (
        (r.source in before and r.target in after) or (r.target in before and r.source in after))]


def _one_host_list(pairs: list[tuple[str, str]], wider: list[tuple[str, str]],
                   before: set) -> bool:
    """Are *pairs* the subject's meetings with the partners listed after one verb of its
    clause ("X, accompanied by A, met B and C": X-B, X-C; the companion came along to both,
    session 72): two pairs or more, all with the same one person named before the aside,
    and no other pair past the clause (*wider*)?"""
    if len(pairs) < 2 or {frozenset(p) for p in wider} != {frozenset(p) for p in pairs}:
        return False
    hosts = [set(p) & before for p in pairs]
    return all(len(h) == 1 for h in hosts) and len(set.union(*hosts)) == 1


def aside_companions_en(sr: Any) -> None:
    """"X, accompanied by A (and B), met / held talks with Y": the companions of the subject
    named in the aside sat at the meeting told around it, so (as the newest dev writers read
    it: JI, KO, LB; JG pairs the companion with X only; older BS, BU do not pair) each met
    both sides and each other. The meeting is one of this sentence's pairs with one person
    before the aside and the other after the comma that closes it, in the same clause; one
    meeting only; also "X, accompanied by A, was received by Y" (enHO5 pairs it; session 36
    had left it as a trip). Not: "X, accompanied by A, arrived in P" (no pair across the
    aside), "X, accompanied by a letter from Y, ..." (the person must open the phrase, past
    its title), a negated or planned meeting. After the review (45b): the clause after the
    aside must open with the meeting verb ("also met", "was received by", "held talks with":
    ``_meeting_verb_next``), its partner named before any "where / after / before / then"
    (``_clause_end``), and not "alone" / "one-on-one" ("X, accompanied by A, inspected P, and
    then met Y", "flew back after talks with Y", "left P, a day after he met Y", "arrived in
    P, where A met Z" are other events than the one A came along for)."""
    if sr.toks[sr.lo].ar or not any(r.type == "MET_WITH" for r in sr.out):
        return
    for t in sr.triggers(EMPTY, EN_TRAILING):
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
        limit = close + 1 + _ASIDE_END  # (from the first comma after the companions)
        verb = _meeting_verb_next(sr, close + 1)
        while verb < 0 and _apposition_at(sr, close + 1):
            close = _aside_close(sr, close + 1)  # "A, a member of Fatah's committee, then met"
            if close < 0:
                break
            verb = _meeting_verb_next(sr, close + 1)
        if close < 0 or verb < 0:
            continue
        before = {m.eid for m in sr.args if m.hi <= t}
        stop = _clause_end(sr, verb + 1, limit)
        if any(sr.key(y) in _ALONE for y in range(close + 1, stop)):
            continue  # "met Y alone / in a one-on-one meeting": the companion was not there
        pairs = _across(sr, before, close, stop)
        wider = _across(sr, before, close, min(sr.hi, limit))
        if not pairs or not (one_meeting(pairs) and one_meeting(wider) or
                             _one_host_list(pairs, wider, before)):
            continue  # (also one meeting past the clause: "received at the airport by Y
            # before holding talks with Z" leaves open which one the companion sat in)
        principals = {p for pair in pairs for p in pair if p.startswith("person:")}
        if len(principals) < 2 or not principals.isdisjoint(a.eid for a in people):
            continue
        pair_all(sr, people, principals, "accompanied_aside_en")
