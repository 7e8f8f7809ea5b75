"""MET_WITH (session 37, meetar): the host's own aide at a reception of two guests met both.

"استقبل الرئيس H الوزيرين A وB في قصر الشعب. وحضر اللقاء وزير الخارجية Z" (Z of H's country):
the two guests were received in one clause, so it was one table and Z met A and B as well as H
(``meeting_attended._partners`` otherwise gives an own-side attendee only the convener, since
a host may receive his guests one by one: "استقبل H الضيف A، ثم استقبل B": Z met H only).
One clause: between the two guests' last mentions before the attendee's sentence no meeting
verb, no "ثم" and no sentence stop. Only two guests: a delegation of three or more named
members is not paired with the host's aides by the annotators (dev: arBD6).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_THEN = L._ar("ثم", "وثم")
_STOPS = frozenset({".", "؛", ";"})


def guests_received_together(sr: Any, hub: str, pairs: list[tuple[str, str]]) -> bool:
    """Are the two guests of *hub* in *pairs* named in one clause before this sentence?"""
    guests = {p for pair in pairs for p in pair} - {hub}
    if len(pairs) != 2 or len(guests) != 2:
        return False
    last: dict[str, Any] = {}
    for m in sr.doc.ments:
        if m.eid in guests and m.hi <= sr.lo:
            last[m.eid] = m
    if len(last) != 2:
        return False
    a, b = sorted(last.values(), key=lambda m: m.lo)
    return not any(sr.toks[x].text in _STOPS or sr.f(x) & (L.AR_MEET | _AR_THEN)
                   for x in range(a.hi, b.lo))
