"""MET_WITH (English, session 71): two people who chaired one meeting together met.

"President X and caretaker Prime Minister Y chaired an emergency meeting of security chiefs in
Baabda", "X and Y co-chaired a session of the joint committee": the subject list of the verb
of chairing (chaired, co-chaired, presided over, convened) sat at the same table, so every two
of them met -- as "X and Y held a meeting" already gives. The meeting noun (meeting, session,
talks, consultations) follows the verb past an article and at most three lower-case words
("an emergency meeting", "a closed-door session"); not "separate meetings", not negated or
planned (``sr.blocked``), and only a list that ends right at the verb. Run by
``meetings_en.meetings_en`` on the convening cue words.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_phrases import _joint_subjects
from loaders.extract.meeting_press import each_pair_met

EN_CO_CHAIRED = frozenset({"chaired", "cochaired", "convened", "presided"})  # ("co-chaired"
# is three tokens: co - chaired)
_EN_NOUNS = frozenset({"meeting", "session", "talks", "consultations"})
_EN_NOT_ONE = frozenset({"separate", "separately", "respective", "two", "several", "their"})


def _meeting_noun(sr: Any, v: int) -> bool:
    """Does a single meeting noun follow the verb at *v* ("an emergency meeting")?"""
    x = v + 1
    if sr.key(v) == "presided" and sr.key(x) == "over":
        x += 1
    for y in range(x, min(sr.hi, x + 5)):
        k = sr.key(y)
        if k in _EN_NOUNS:
            return True
        tok = sr.toks[y]
        if tok.text == "-" and 0 < y - x and y + 1 < sr.hi:  # "a closed-door session"
            continue
        if tok.punct or tok.cap or k in _EN_NOT_ONE or sr.mention_at.get(y) is not None:
            return False
    return False


def co_chaired_en(sr: Any) -> None:
    """Each two people of the subject list of "chaired a meeting" met (module doc)."""
    for v in sr.triggers(frozenset(), EN_CO_CHAIRED):
        a = v - 2 if sr.key(v - 1) == "-" and sr.key(v - 2) == "co" else v  # "co-chaired"
        subj = sr.subject_before(a)
        if subj is None or subj.etype != "Person" or subj.hi != a or not _meeting_noun(sr, v):
            continue
        people = _joint_subjects(sr, subj)
        if people and not sr.blocked(a, people[0]):
            each_pair_met(sr, people, "co_chaired_en")
