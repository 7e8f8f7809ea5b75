"""MET_WITH (English, session 49): "X and Y signed the deal ... as A and B looked on": the
witnesses of a signing or meeting the sentence reads were at the table; they met its
participants and each other (the newest writers pair them: "every named participant of the
same meeting").

Read for "as <people> looked on" and "as <people> watched" closing the clause, after the
sentence's own meeting or signing (its MET_WITH pairs read by the rules before); not by phone
or video (``meeting_press.remote_en``), not negated or hypothetical. Run last among the
English meeting rules (``meetings_en.meetings_en``) on the cues "looked" / "watched".
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_press import remote_en

EN_LOOKED_ON = frozenset({"looked", "watched"})


def looked_on_en(sr: Any) -> None:
    """"... as A and B looked on": A and B met the sentence's meeting's people (module doc)."""
    pairs = [(r.source, r.target) for r in sr.out if r.type == "MET_WITH" and r.sent == sr.si]
    if not pairs or remote_en(sr):
        return
    sides = list(dict.fromkeys(p for pair in pairs for p in pair))
    for t in sr.triggers(frozenset(), EN_LOOKED_ON):
        if sr.key(t) == "looked" and sr.key(t + 1) != "on":
            continue
        end = t + 2 if sr.key(t) == "looked" else t + 1
        if end < sr.hi and sr.key(end) not in (".", ",", ";"):
            continue  # ("as A watched the parade from ...": no closing of the clause)
        a = next((y for y in range(t - 1, max(sr.lo, t - 30) - 1, -1) if sr.key(y) == "as"),
                 None)
        if a is None:
            continue
        first = sr.after(a + 1, types=("Person",), maxgap=6)
        if first is None or first.lo >= t or sr.blocked(t, first):
            continue
        witnesses = [m for m in sr.chain(first, ("Person",)) if m.hi <= t]
        if any(w.eid in sides for w in witnesses):
            continue
        for i, w in enumerate(witnesses):
            for p in [*sides, *(o.eid for o in witnesses[i + 1:])]:
                if p != w.eid:
                    sr.add("MET_WITH", w.eid, p, "looked_on_en")
