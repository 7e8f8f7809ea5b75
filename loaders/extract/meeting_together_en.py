"""MET_WITH (English, session 19): "X and Y inspected the site together".

Two people named as the subject list of a verb of being somewhere in person (inspected,
toured, visited, attended, prayed, laid a wreath, ...) that "together" follows in the same
clause met each other: "Syrian Foreign Minister X and Iranian Ambassador Y inspected the site
together in the evening". Not other verbs ("X and Y worked together for years", "fought
together"), not when negated or hypothetical (``SentenceCore.blocked``), not past a comma or
another person named between the verb and "together". Run by ``meetings_en.meetings_en`` on
the cue "together".
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_phrases import _joint_subjects
from loaders.extract.meeting_press import _pairs

EN_TOGETHER = frozenset({"together"})
_EN_PRESENCE = frozenset({"inspected", "toured", "visited", "attended", "prayed", "laid",
                          "inaugurated", "opened", "walked", "watched", "reviewed", "arrived",
                          "appeared", "dined", "lunched", "travelled", "traveled", "flew"})
_EN_TOGETHER_GAP = 7  # "inspected the site of the strike together"


def together_en(sr: Any) -> None:
    """The subject list of a verb of presence with "together" after it met (module doc)."""
    for x in sr.triggers(frozenset(), EN_TOGETHER):
        v = next((y for y in range(x - 1, max(sr.lo, x - _EN_TOGETHER_GAP) - 1, -1)
                  if sr.key(y) in _EN_PRESENCE or sr.toks[y].punct or
                  sr.mention_at.get(y) is not None), None)
        if v is None or sr.key(v) not in _EN_PRESENCE:
            continue
        subj = sr.subject_before(v)
        if subj is None or subj.etype != "Person" or subj.hi != v or sr.blocked(v, subj):
            continue
        _pairs(sr, _joint_subjects(sr, subj), "together_en")
