"""MET_WITH (English, session 19): "X and Y inspected the site together".

Two people named as the subject list of a verb of being somewhere in person (inspected,
toured, visited, attended, prayed, laid a wreath, ...) that "together" follows in the same
clause met each other: "Syrian Foreign Minister X and Iranian Ambassador Y inspected the site
together in the evening". Not other verbs ("X and Y worked together for years", "fought
together"), not when negated or hypothetical (``SentenceCore.blocked``), not past a comma or
another person named between the verb and "together". Run by ``meetings_en.meetings_en`` on
the cue "together".

Session 56: "came together" (Turkish outlets' English for a meeting, "bir araya geldi"): "X
came together with Y in Istanbul" (X's subject list met Y's list) and "X and Y came together
in Istanbul" (:func:`_came_together`; a person subject and a person partner, not negated
or planned: "will come together with Y", nor a common cause: "came together to condemn").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_phrases import _joint_subjects
from loaders.extract.meeting_press import each_pair_met

EN_TOGETHER = frozenset({"together"})
_EN_PRESENCE = frozenset({"inspected", "toured", "visited", "attended", "prayed", "laid",
                          "inaugurated", "opened", "walked", "watched", "reviewed", "arrived",
                          "appeared", "dined", "lunched", "travelled", "traveled", "flew"})
_EN_TOGETHER_GAP = 7  # "inspected the site of the strike together"
_EN_CAME = frozenset({"came", "come", "comes", "coming"})
_EN_PARTNER_GAP = 4  # "with his Iranian counterpart Y"
_EN_TALKS = frozenset({"discuss", "hold", "review", "talk", "sign", "confer"})


def _came_together(sr: Any, x: int) -> None:
    """"X came together with Y" / "X and Y came together": "together" at *x*."""
    v = x - 1
    subj = sr.subject_before(v)
    if subj is None or subj.etype != "Person" or subj.hi != v or sr.blocked(v, subj):
        return
    if sr.key(x + 1) == "to" and sr.key(x + 2) not in _EN_TALKS:
        return  # "came together to condemn the strike": a common cause, no meeting told
    subjects = _joint_subjects(sr, subj) or [subj]
    if sr.key(x + 1) != "with":
        each_pair_met(sr, subjects, "came_together_en")
        return
    partner = sr.after(x + 2, types=("Person",), maxgap=_EN_PARTNER_GAP)
    if partner is None or any(sr.toks[y].punct for y in range(x + 2, partner.lo)):
        return
    for s_ in subjects:
        for p in sr.chain(partner, ("Person",)):
            if s_.eid != p.eid:
                sr.add("MET_WITH", s_.eid, p.eid, "came_together_en")


def together_en(sr: Any) -> None:
    """The subject list of a verb of presence with "together" after it met (module doc)."""
    for x in sr.triggers(frozenset(), EN_TOGETHER):
        if sr.key(x - 1) in _EN_CAME:
            _came_together(sr, x)
            continue
        v = next((y for y in range(x - 1, max(sr.lo, x - _EN_TOGETHER_GAP) - 1, -1)
                  if sr.key(y) in _EN_PRESENCE or sr.toks[y].punct or
                  sr.mention_at.get(y) is not None), None)
        if v is None or sr.key(v) not in _EN_PRESENCE:
            continue
        subj = sr.subject_before(v)
        if subj is None or subj.etype != "Person" or subj.hi != v or sr.blocked(v, subj):
            continue
        each_pair_met(sr, _joint_subjects(sr, subj), "together_en")
