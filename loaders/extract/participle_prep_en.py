"""A body or person named after a preposition before a meeting participle is no subject:
"X fared better with the Coordination Framework, holding talks in Baghdad with its leaders
A and B" / "He fared better with the Coordination Framework, holding talks ...": X (he)
held the talks, not the Framework. ``prep_object_en`` tells such a mention; called from
``meeting_frames_en.participle_clause_en`` (the "X, meeting Y, said" guard and
``_he_subject``), so the explainer's background sentence pairs the clause's subject.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_EN_PREPS = frozenset({"with", "to", "from", "for", "against", "toward", "towards", "among",
                       "into", "over"})
_EN_DETS = frozenset({"the", "a", "an", "its", "his", "her", "their"})


def prep_object_en(sr: Any, m: Any) -> bool:
    """Is *m* governed by a preposition (past a determiner: "with the Framework")?"""
    b = title_start(m) - 1
    while b >= sr.lo and sr.key(b) in _EN_DETS:
        b -= 1
    return b >= sr.lo and sr.key(b) in _EN_PREPS
