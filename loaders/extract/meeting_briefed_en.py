"""MET_WITH (English, session 18): "X was briefed (at his resort on Dec. 29) by A, B and C".

Who briefed someone in person met him: "President Trump was briefed at Mar-a-Lago by
Secretary of State A, Defense Secretary B and Gen. C", "Cooper also met Y, and was briefed
by Maj. Gen. A" (the sentence's subject, not the object before "and"). Not by phone, video
link, call or letter; not negated; the agent must be a person ("briefed by officials" is no
one named). Run by ``meetings_en.meetings_en`` on the cue "briefed".

Session 56: the active voice too, "On his return, A briefed the chairman of the council, Gen.
Y, at his office on the talks" -> A-Y (a person, with his title, right after the verb; not
"briefed reporters", not "briefed Y by phone", not a passive "was briefed").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_press import remote_en
from loaders.extract.meeting_signed_en import after_apposition
from loaders.extract.rule_common import title_start

EN_BRIEFED = frozenset({"briefed"})
_EN_BE = frozenset({"was", "were", "been", "being"})
_EN_ADV = frozenset({"also", "later", "then", "first", "personally", "separately"})
_EN_NOT_TITLE = frozenset({"his", "her", "their", "its", "after", "before", "when", "as",
                           "while", "and", "phone", "telephone", "video"})
_EN_STOP = frozenset({";", ":", "who", "which", "that", "after", "before", "while"})


def _agent_by(sr: Any, t: int) -> int:
    """Index of the "by" of the passive at *t* (its adjuncts between), else -1."""
    for y in range(t + 1, min(sr.hi, t + 15)):
        k = sr.key(y)
        if k == "by":
            return y
        if k in _EN_STOP or k == "and":
            return -1
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return -1
    return -1


def _subject(sr: Any, t: int) -> Any:
    """The one briefed: the person right before the auxiliary, or -- after ", and" -- the
    sentence's first person, when it opens the sentence ("Cooper, who ..., also met Y, and
    was briefed by A")."""
    a = t - 1
    while a > sr.lo and sr.key(a) in _EN_ADV:
        a -= 1
    if sr.key(a) not in _EN_BE:
        return None
    a -= 1
    while a > sr.lo and sr.key(a) in _EN_ADV:
        a -= 1
    if sr.key(a) == "and":
        first = next((m for m in sr.args if m.etype == "Person"), None)
        if first is None or first.poss or title_start(first) != sr.lo:
            return None
        return first
    return sr.subject_before(t)


_EN_ACTIVE_GAP = frozenset({"the", ",", "."})
_EN_DESC_STOP = frozenset({"on", "about", "by", "that", "who", "which", "and", "to", "after",
                           "before", "reporters", "journalists", "council", "committee"})


def _briefed_object(sr: Any, t: int) -> Any:
    """The person briefed by the active verb at *t*: his title (or he) opens right after it."""
    o = sr.after(t + 1, types=("Person",), maxgap=10)
    if o is None or o.poss:
        return None
    start = min(o.lo, title_start(o))
    gap = [sr.key(z) for z in range(t + 1, start)]
    if all(k in _EN_ACTIVE_GAP for k in gap):
        return o
    # "briefed the head of the government, Prime Minister Y": a description set off by a comma
    if gap[0] == "the" and gap[-1] == "," and len(gap) <= 9 and \
            not any(k in _EN_DESC_STOP for k in gap):
        return o
    return None


def briefed_active_en(sr: Any) -> None:
    """"A briefed Y (at his office) on ...": A met Y (module doc, session 56)."""
    for t in sr.triggers(frozenset(), EN_BRIEFED):
        a = t - 1
        while a > sr.lo and sr.key(a) in _EN_ADV:
            a -= 1
        if sr.key(a) in _EN_BE or sr.key(t + 1) == "by" or remote_en(sr):
            continue
        obj = _briefed_object(sr, t)
        subj = sr.subject_before(t)
        if obj is None or subj is None or subj.etype != "Person" or subj.poss or \
                subj.eid == obj.eid or sr.blocked(t, subj):
            continue
        sr.add("MET_WITH", subj.eid, obj.eid, "briefed_active_en")


def briefed_by_en(sr: Any) -> None:
    """The briefers met the one they briefed (module doc)."""
    for t in sr.triggers(frozenset(), EN_BRIEFED):
        by = _agent_by(sr, t)
        if by < 0:
            continue
        first = sr.after(by + 1, types=("Person",), maxgap=6)
        if first is None or first.poss or any(
                (sr.toks[z].punct and sr.key(z) != ".") or sr.key(z) in _EN_NOT_TITLE
                for z in range(by + 1, first.lo)):  # ("Maj." is a title; "his aides" none)
            continue
        subj = _subject(sr, t)
        if subj is None or subj.etype != "Person" or subj.poss or sr.blocked(t, subj) or \
                remote_en(sr):
            continue
        people = sr.people_chain(first)
        if len(people) == 1:
            second = after_apposition(sr, first)
            people += [second] if second is not None else []
        for o in people:
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "briefed_by_en")
