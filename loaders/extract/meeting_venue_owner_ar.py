"""MET_WITH, Arabic: the body whose headquarters is the venue is no partner (session 67).

"استقبل رئيس هيئة الحشد الشعبي X، الأسبوع الماضي في مقر الهيئة، وفداً ..." / "عقدت وزيرة
الخارجية X، اليوم الثلاثاء بمقر وزارة الخارجية المصرية في القاهرة، جلسة مباحثات مع نظيرها Y"
/ "تبدّل إيقاع اجتماعاتها في مقر اليونيفيل جنوباً": the body named after «مقر» / «بمقر» tells
where the meeting sat, it met nobody. :func:`venue_owners_ar` (run by
``meeting_checks.unmet_partners`` when the sentence holds the word) drops this sentence's
MET_WITH pairs of a body named only so (outside people's titles); a body also named as a side
("استقبل X في مقر الوزارة وفد الوزارة") keeps its pairs.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start

AR_VENUE = L._ar("مقر", "بمقر", "ومقر", "لمقر")
register_triggers(AR_VENUE, EMPTY)
CUE_SETS = frozenset({AR_VENUE})


def _at_venue(sr: Any, m: Any) -> bool:
    """Is *m* named right after «مقر» ("في مقر الهيئة", "بمقر وزارة الخارجية")?"""
    s = min(m.lo, title_start(m))
    return s - 1 >= sr.lo and bool(sr.f(s - 1) & AR_VENUE)


def venue_owners_ar(sr: Any) -> None:
    """Drop the MET_WITH pairs of a body named in this sentence only as a venue's owner."""
    bodies = [m for m in sr.args if m.etype == "Organization" and not m.in_title and m.kind != "ref"]
    venue = {m.eid for m in bodies if _at_venue(sr, m)}
    if not venue:
        return
    venue -= {m.eid for m in bodies if not _at_venue(sr, m)}
    if venue:
        sr.out[:] = [r for r in sr.out if not (r.type == "MET_WITH" and (
            r.source in venue or r.target in venue))]
