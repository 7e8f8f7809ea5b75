"""MET_WITH, Arabic: two guests received in one clause and then addressed together (session 67).

"استقبل رئيس الوزراء H رئيس هيئة الحشد الشعبي A ونائبه B، وبحث معهما الاستعدادات ..." /
"استقبل H الفياض والمهندس، وبحث معهما نتائج التحقيق" / "استقبل H السفير A وقائد القوات B،
وبحث معهم خطة أمن العاصمة" / "استقبل H ... A ورئيس مجلس النواب B، وبحث المجتمعون تداعيات
الغارة": the host discussed with the two of them at once («معهما»، «معهم»، «المجتمعون»), so it
was one table and the guests met each other too, as with an attendee present
(``meeting_host_aide_ar.received_together_ar``, whose checks are reused: one host, the two
guests named in one clause, not told apart). Only after a reception verb («استقبل»، «استضاف»):
after «التقى X A وB، وبحث معهما» the annotators leave A and B apart (dev arI4); not when a
relative clause about the first guest stands between them («A، الذي وصل إلى أربيل صباحاً، وB»);
the cue must open its own clause after a comma («، وبحث معهما»).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_host_aide_ar import received_together_ar
from loaders.extract.rule_common import EMPTY, meet_each_other

# "with the two / with them" after a discussion verb; "those meeting" as its subject
AR_WITH_BOTH = L._ar("معهما", "معهم", "المجتمعون", "المجتمعين")
register_triggers(AR_WITH_BOTH, EMPTY)
_AR_WITH_PRONOUNS = L._ar("معهما", "معهم")
_AR_DISCUSSED = L._ar("وبحث", "وناقش", "وتباحث", "وتناول", "واستعرض", "وتدارس", "وبحثوا",
                      "وناقشوا", "وأكد", "وشدد", "واتفق", "وتناولت", "وجرى")
_COMMAS = ("،", ",")


def _cue_at(sr: Any) -> int | None:
    """The position of «معهما» / «المجتمعون» opening a clause after a comma: «، وبحث معهما»,
    «، وبحث المجتمعون» (module doc), else None."""
    for x in range(sr.lo + 3, sr.hi):
        if sr.f(x) & AR_WITH_BOTH and sr.f(x - 1) & _AR_DISCUSSED and \
                sr.toks[x - 2].text in _COMMAS:
            return x
    return None


def with_both_ar(sr: Any, n_met: int) -> None:
    """The two guests of one reception addressed together met each other (module doc)."""
    c = _cue_at(sr)
    if c is None or not any(sr.f(x) & L.AR_RECEIVE_VERBS for x in range(sr.lo, c)):
        return
    pairs = [(r.source, r.target) for r in sr.out[n_met:] if r.type == "MET_WITH"]
    hub, guests = received_together_ar(sr, pairs, c - 2)
    if not hub or len(guests) != 2:
        return
    first = min((m for m in sr.args if m.eid in guests and m.hi <= c), key=lambda m: m.lo,
                default=None)
    if first is None or any(sr.f(x) & L.AR_REL_PRONOUNS for x in range(first.hi, c - 2)):
        return  # «A، الذي وصل إلى أربيل صباحاً، وB»: a clause about A between
    meet_each_other(sr, guests, "co_guests_with_both_ar")
