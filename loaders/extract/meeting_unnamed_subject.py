"""English: the object of a first meeting is not the subject of the next one.

"The Qatari premier met X and Y at his office, and then held talks with Z" / "The Egyptian
minister met X on Monday and later held talks with Z": the subject of the second verb is
the first verb's subject, a description no mention stands for; X and Y only met the premier.
Without this check the nearest person before the second verb (Y) was read as its subject
(Y-Z, X-Z and the delegation's body with X and Y). The objects may each stand with their place
(session 68): "Moussa met Speaker X at Ain el-Tineh and Patriarch Y in Bkirki, and held a joint
meeting with Z and W", "Qaani met X in Baghdad and Y, and held talks with Z": Moussa and Qaani
met Z (and W), Y did not (``_place_linked``). The rules that pick a subject by
proximity (``meeting_clauses_en.earlier_subject_en``, ``meetings_en.delegations_en``) ask
:func:`earlier_meeting_subject_en` and take the first verb's subject instead (the premier,
when a description mention stands for him), or none.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import title_start

_LINK_ADV = frozenset({"then", "later", "also", "afterwards", "subsequently", "separately"})


def earlier_meeting_subject_en(sr: Any, t: int, subj: Mention) -> tuple[bool, Mention | None]:
    """When *subj* (the person picked as subject of the verb at *t*) is an object of a
    meeting verb earlier in the clause ("The premier met X and Y ..., and then held talks
    with Z"), with only "and" (adverbs, place and time words) between *subj* and *t*:
    (True, that verb's subject, or None when no mention names it); else (False, None)."""
    t0 = _earlier_meeting(sr, t, subj)
    if t0 < 0:
        return False, None
    s0 = sr.subject_before(t0)
    if s0 is None or s0.etype != "Person" or s0 is subj or s0.hi > t0:
        return True, None
    return True, s0


def _earlier_meeting(sr: Any, t: int, subj: Mention) -> int:
    """The meeting verb before *t* whose object list holds *subj* (see above), else -1."""
    if subj.etype != "Person" or subj.hi > t or sr.toks[t].ar:
        return -1
    # (loops over tokens before t, which is inside the sentence: toks[x].key is sr.key(x)
    # for x >= lo, and sr.key(x) is "" before it)
    lo, toks = sr.lo, sr.toks
    a = None
    for x in range(max(subj.hi, lo), t):
        if toks[x].key == "and":
            a = x
            break
    if a is None:
        return -1
    for m in sr.args:  # (a loop: no generator per call)
        if subj.hi <= m.lo < t and m.etype in ("Person", "Organization"):
            return -1
    for x in range(subj.hi, t):
        tk = toks[x]
        if tk.text in (";", ".") or (x >= lo and tk.key in ("who", "which", "whom")):
            return -1
    y = a + 1
    while y < t and toks[y].key in _LINK_ADV:
        y += 1
    if y != t and toks[y].key not in ("held", "had", "hold"):
        return -1  # "and Z ..." / "and then <verb>" only: the verb right after "and"
    for t0 in sr.triggers(L.AR_MEET, L.EN_MEET):
        if t0 >= subj.lo:
            break
        first = sr.after(t0 + 1, types=("Person",), maxgap=4)
        if first is None or first.lo > subj.lo or not sr._close_object(t0, first):
            continue
        if subj in sr.chain(first, ("Person",)) or _place_linked(sr, first, subj):
            return t0
    return -1


_PLACE_PREPS = frozenset({"in", "at"})
_PLACE_INNER = frozenset({"the", "-", "el", "al", "'s", "of"})


def _place_linked(sr: Any, first: Mention, subj: Mention) -> bool:
    """*subj* is a later member of the object list that starts at *first* when the members
    are each followed by their place: "X at Ain el-Tineh and Y in Bkirki", "X in Baghdad, Y in
    Najaf and Z" (up to four links; the place is "in" / "at" and capitalised words)."""
    cur = first
    for _ in range(4):
        last = sr.chain(cur, ("Person",))[-1]
        if last is subj:
            return True
        nxt = next((m for m in sr.args if m.lo >= last.hi and m.etype in ("Person", "Organization")),
                   None)
        if nxt is None or nxt.etype != "Person" or nxt.lo > subj.lo or \
                not _place_gap(sr, last.hi, title_start(nxt)):
            return False
        cur = nxt
    return False


def _place_gap(sr: Any, a: int, b: int) -> bool:
    """The words in [a, b) are a place and a list joint: "at Ain el-Tineh and", "in Baghdad,"."""
    toks = sr.toks
    if b - a < 3 or toks[a].key not in _PLACE_PREPS or toks[b - 1].key not in ("and", ","):
        return False
    return all(toks[x].cap or toks[x].key in _PLACE_INNER for x in range(a + 1, b - 1))
