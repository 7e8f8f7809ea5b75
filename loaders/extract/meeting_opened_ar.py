"""MET_WITH (Arabic, session 66): the host who opened a meeting told before met its participants.

"عقد السفير الأميركي X والسفير الإيراني Y جولة محادثات في مكتب رئيس الوزراء Z. وافتتح Z
الاجتماع بكلمة ..." / "وافتتحت الوزيرة W الجلسة": Z (W) sat at the meeting he opened, so he met
each of its participants (the pairs of the latest meeting read: this sentence's, else the one
before). Only "افتتح" with its person right after it and a definite meeting noun right after the
person ("الاجتماع"، "اللقاء"، "المحادثات"، "المباحثات"، "الجلسة"، "الجولة"); not negated or
planned. Not "افتتح X مؤتمراً / معرضاً / سداً" (an event or a building, no meeting noun). Run by
``meetings_ar``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import latest_meeting_pairs, title_start

AR_OPENED_IT = L._ar("افتتح", "وافتتح", "افتتحت", "وافتتحت")
register_triggers(AR_OPENED_IT, frozenset())
_AR_MEETING_DEF = L._ar("الاجتماع", "اللقاء", "المحادثات", "المباحثات", "الجلسة", "الجولة",
                        "المشاورات")
_GAP = 2  # title words between the verb and the person


def opened_meeting_ar(sr: Any) -> None:
    """The opener met the participants of the meeting told (module doc)."""
    for t in sr.triggers(AR_OPENED_IT, frozenset()):
        opener = sr.after(t + 1, types=("Person",), maxgap=_GAP)
        if opener is None or title_start(opener) - t - 1 > _GAP or opener.hi >= sr.hi or \
                not sr.f(opener.hi) & _AR_MEETING_DEF or sr.blocked(t, opener):
            continue
        people = {p for pair in latest_meeting_pairs(sr) for p in pair} - {opener.eid}
        for p in sorted(people):
            sr.add("MET_WITH", opener.eid, p, "opened_meeting_ar")
