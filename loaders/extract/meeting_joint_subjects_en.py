"""MET_WITH (English): coordinated subjects set off by appositions before a verb WITH an object
(session 29, ``proto``).

"Barbara Leaf, the State Department's top diplomat, and Roger Carstens, the hostage envoy, held
talks with X", "U.S. special envoy Tom Barrack and the head of U.S. Central Command, Adm. Brad
Cooper, met X", "Annalena Baerbock of Germany and Jean-Noel Barrot of France, who said they came
on behalf of the EU, held talks with X": each subject met X, and the subjects, who sat
together, met each other (the gold gives that pair in JA4 and JC4, not in DN1 and EC1).
``chains.chain`` stops at the comma of an apposition, so ``meetings._met_svo`` kept the one
subject next to the verb; it asks ``joint_subjects_en`` when its subject list has one person. The list is read by
``meeting_apposed_subjects_en.apposed_subjects_en`` (the same reading for "A, the host, and B
met") from the holding verb of "held talks / a meeting"; a relative clause closed by a comma
right before the verb ("..., who said they came ..., held talks") and "of <country>" after the
last name are passed over.

Session 66: the list may stand before a journey coordinated with the meeting verb, "Condoleezza
Rice, the US secretary of state, and the foreign secretary, Jack Straw, flew into Baghdad and
met X" (``_journey_before_and``).

"A and, separately, B met Z" / "A and, in a separate meeting, B met Z": each met Z, not each
other (``apart_en``, session 55, ``seen55``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_apposed_subjects_en import apposed_subjects_en

_EN_NOUNS = frozenset({"talks", "meeting", "meetings", "session", "discussions"})
_EN_HOLD = frozenset({"held", "hold", "holds", "had", "conducted"})
_EN_NOUN_GAP = frozenset({"a", "an", "official", "bilateral", "formal", "separate", "joint",
                          "closed-door", "private", "lengthy", "long", "extensive"})
_EN_REL_STOP = frozenset({".", ";", "and", "met", "received", "held"})
# verbs that make the words between two names a clause, not an apposition ("Fidan arrived in
# Baghdad on Monday, and Sudani met Z"); besides any lower-case word ending in -ed
_EN_CLAUSE_VERBS = frozenset({"came", "went", "flew", "left", "spoke", "met", "saw", "took",
                              "gave", "made", "says", "said", "told", "is", "was", "were", "are"})


# a journey told before "and met" ("A, <apposition>, and B, <apposition>, flew into Baghdad
# earlier this month and met Z": session 66); the list ends before its verb
_EN_JOURNEY = frozenset({"flew", "arrived", "travelled", "traveled", "came", "went", "landed",
                         "returned", "headed", "drove"})
_JOURNEY_REACH = 9  # words from "and" back to the journey's verb


def _journey_before_and(sr: Any, t: int) -> int | None:
    """The journey verb of "... flew into Baghdad (earlier this month) and met" before *t*
    (a meeting verb right after "and"), no punctuation nor person between; else None."""
    if sr.key(t - 1) != "and":
        return None
    for y in range(t - 2, max(sr.lo, t - 2 - _JOURNEY_REACH), -1):
        tok = sr.toks[y]
        if tok.punct or (o := sr.mention_at.get(y)) is not None and o.etype == "Person":
            return None
        if tok.key in _EN_JOURNEY and not tok.cap:
            return y
    return None


def listed_subjects_verb(sr: Any, t: int) -> int | None:
    """The verb whose subjects are listed: *t* itself, "held" of "held (a) talks", or the
    journey of "flew into Baghdad and met" (session 66)."""
    if sr.key(t) not in _EN_NOUNS:
        j = _journey_before_and(sr, t)
        return j if j is not None else t
    v = t - 1
    while v > sr.lo and sr.key(v) in _EN_NOUN_GAP:
        v -= 1
    return v if sr.key(v) in _EN_HOLD else None


def _past_relative(sr: Any, v: int) -> int:
    """*v*, or the "," opening a ", who ... ," relative that a comma closes right before *v*."""
    if v - 1 <= sr.lo or sr.key(v - 1) != ",":
        return v
    for y in range(v - 2, max(sr.lo, v - 20), -1):
        if sr.key(y) in _EN_REL_STOP:
            return v
        o = sr.mention_at.get(y)
        if o is not None and o.etype == "Person":
            return v
        if sr.key(y) == "who" and sr.key(y - 1) == ",":
            return y - 1
    return v


def _past_of_country(sr: Any, v: int) -> int:
    """*v*, or the "of" of "of <country>" right before it ("Barrot of France, who ...")."""
    c = sr.mention_at.get(v - 1)
    if c is not None and c.etype == "Country" and c.hi == v and sr.key(c.lo - 1) == "of":
        return c.lo - 1
    return v


def joint_subjects_en(sr: Any, t: int, subj: Any, objs: list) -> list:
    """The subjects listed with appositions before the meeting word *t* (module doc), subj
    among them and no object; [] when there is no such list."""
    v = listed_subjects_verb(sr, t)
    if v is None:
        return []
    end = _past_of_country(sr, _past_relative(sr, v))
    people = apposed_subjects_en(sr, end)
    if len(people) < 2 or subj not in people or any(o in people for o in objs):
        return []
    for y in range(people[0].hi, end):
        tok = sr.toks[y]
        if not tok.cap and (tok.key.endswith("ed") or tok.key in _EN_CLAUSE_VERBS):
            return []  # a clause between the names, not an apposition
    return people


_EN_APART = frozenset({"separately", "separate", "independently"})


def apart_en(sr: Any, people: list) -> bool:
    """"separately" / "in a separate meeting" between the first and the last of *people*."""
    return any(sr.key(y) in _EN_APART for y in range(people[0].hi, people[-1].lo))
