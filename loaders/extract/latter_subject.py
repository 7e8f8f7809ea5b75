"""A meeting verb whose subject is "الأخير" / "the latter" (session 25b).

"وصل X ...، والتقى A، ثم التقى الأخير B" / "X arrived and met A; the latter then met B": the
latter is A, the last person named before, so B met A, not the visitor X whom the sentence
opened with (``meeting_visitor.visitor_meetings`` leaves such a verb to the subject rules,
which read the latter as the last person named).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import _LATTER

_EN_BETWEEN = frozenset({"then", "later", "also", "subsequently", "in", "turn", ","})


def latter_subject(sr: Any, t: int) -> bool:
    """Is the subject of the meeting verb at *t* "الأخير" (right after it) or "the latter"
    (before it, past adverbs)?"""
    if sr.toks[t].ar:
        return t + 1 < sr.hi and sr.key(t + 1) in _LATTER
    x = t - 1
    while x > sr.lo and sr.key(x) in _EN_BETWEEN:
        x -= 1
    return x > sr.lo and sr.key(x) == "latter" and sr.key(x - 1) == "the"


def latter_mention_en(sr: Any, w: int) -> Any:
    """English "the latter" ending at *w* (the word before a verb, past adverbs) as a mention of
    the last person named before it; else None."""
    if not (sr.lo < w < sr.hi) or sr.key(w) != "latter" or sr.key(w - 1) != "the" or \
            sr.toks[w].ar:
        return None
    eid = sr._antecedent(w - 1, exclude=set())
    if eid is None:
        return None
    t = sr.toks[w]
    return Mention(w, w + 1, t.start, t.end, eid, "Person", sr.si, kind="pron", tlo=w)
