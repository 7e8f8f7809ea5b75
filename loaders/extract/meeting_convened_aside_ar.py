"""MET_WITH (Arabic, session 42, nrelar): a convened meeting whose convener is set off from the
meeting noun by a time or place aside between commas.

"عقد وزير الخارجية الصيني X، أمس الأربعاء في كابول، الاجتماع السادس لوزراء خارجية ...،
بمشاركة A وB" / "ترأس X، صباح اليوم، اجتماعاً أمنياً بحضور A وB": the convener met every
attendee and the attendees met each other, as in ``meeting_convened_ar`` (which reads only a
holding verb with no comma before the noun). Here the holding verb, its one named subject right
after it and the noun may be split by commas; no other person, no "مع"/"بين" (a partner), no
sentence stop between the verb and the noun; not negated or planned.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_convened_ar import (
    _TITLE_GAP,
    AR_ATTENDED_BY,
    _noun_before,
    _verb_before,
    titled_more_ar,
)
from loaders.extract.plural_refs import GROUP_PREFIX
from loaders.extract.rule_common import EMPTY, title_start

_ASIDE_REACH = 20  # words from the noun back to the holding verb across the aside


def convened_aside_ar(sr: Any) -> None:
    """Pair the convener and the attendees across a comma aside (module doc)."""
    for p in sr.triggers(AR_ATTENDED_BY, EMPTY):
        if p + 1 >= sr.hi:
            continue
        n = _noun_before(sr, p)
        if n is None or _verb_before(sr, n) is not None:
            continue  # (no noun, or meeting_convened_ar reads it)
        v = _verb_before(sr, n, _ASIDE_REACH, commas=True)
        if v is None:
            continue
        hosts = [m for m in sr.args if m.etype == "Person" and v < title_start(m) and
                 m.hi <= n and not m.in_title]
        if len({m.eid for m in hosts}) != 1 or hosts[0].eid.startswith(GROUP_PREFIX) or \
                title_start(hosts[0]) - v > _TITLE_GAP or \
                any(sr.toks[x].punct for x in range(v + 1, title_start(hosts[0]))):
            continue  # one convener, named right after the verb
        first = next((m for m in sr.args if m.etype == "Person" and m.lo > p and
                      title_start(m) - p <= 6), None)
        if first is None or any(sr.toks[x].punct for x in range(p + 1, first.lo)):
            continue
        if sr.blocked(v, hosts[0]) or sr.hypothetical(v):
            continue
        host = hosts[0]
        people = [host] + [m for m in titled_more_ar(sr, first) if m.eid != host.eid]
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if a.eid != b.eid:
                    sr.add("MET_WITH", a.eid, b.eid, "convened_aside_ar")
