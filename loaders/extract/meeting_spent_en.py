"""MET_WITH (English, session 22 `chain`): time spent with someone, "X spent hours with Y",
"X sat for more than two hours with Y".

A verb of spending or sitting, a duration of minutes, hours or a day (optionally "for",
"more than", "nearly", "some" ..., a number or "a" / "several"), then "with" and a person: the
subject met that person (and those listed with them). Not years or months with a body ("spent
two years with the Foreign Ministry"), not negated or hypothetical (``SentenceCore.blocked``).
Run by ``meetings_en.meetings_en`` on the cues of ``EN_SPENT``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_phrases import _close_person

EN_SPENT = frozenset({"spent", "spend", "spends", "spending", "sat", "sits"})
_EN_DURATION_WORDS = frozenset({"for", "more", "than", "over", "nearly", "almost", "about",
                                "around", "some", "a", "an", "several", "two", "three", "four",
                                "five", "six", "half", "full", "whole", "the", "long", "many",
                                "-", "and", "down", "together", "alone", "privately"})
_EN_UNITS = frozenset({"minute", "minutes", "hour", "hours", "day", "evening", "afternoon", "morning",
                       "night"})


def _with_after_duration(sr: Any, v: int) -> int:
    """The "with" closing "spent (for more than two) hours" after the verb at *v*, else -1."""
    unit = False
    for y in range(v + 1, min(sr.hi, v + 9)):
        k = sr.key(y)
        if k == "with":
            return y if unit else -1
        if k in _EN_UNITS:
            unit = True
        elif not (k in _EN_DURATION_WORDS or k.isdigit()):
            return -1
    return -1


def spent_with_en(sr: Any) -> None:
    """Those who spent time with someone met (module doc)."""
    for v in sr.triggers(frozenset(), EN_SPENT):
        w = _with_after_duration(sr, v)
        if w < 0:
            continue
        subj = sr.subject_before(v)
        if subj is None or subj.etype != "Person" or subj.poss or sr.blocked(v, subj):
            continue
        eid = _carried_partner(sr, subj)
        obj = _close_person(sr, w + 1)
        for o in sr.chain(obj, ("Person",)) if obj is not None and eid else ():
            if o.eid != eid:
                sr.add("MET_WITH", eid, o.eid, "spent_with_en")


def _carried_partner(sr: Any, subj: Any) -> str:
    """The subject's id; for the object of an earlier meeting of the sentence ("he held talks
    with W and then sat for two hours with Y"), the one partner W met there, else ""."""
    head = next((m for m in sr.args if m.etype == "Person" and m.hi <= subj.lo and
                 subj in sr.chain(m)), subj)  # "with X and Y": the list's head X
    if not sr._object_marked(head) and not sr._object_marked(subj):
        return subj.eid
    partners = {r.source if r.target == head.eid else r.target for r in sr.out
                if r.type == "MET_WITH" and head.eid in (r.source, r.target)}
    return partners.pop() if len(partners) == 1 else ""
