"""MET_WITH (Arabic, session 33): who attended an oath told in the sentence before.

"أدى X اليمين أمام Y. وحضر مراسم أداء اليمين A وB" / "... وجرت المراسم بحضور A": the
attendees met the one sworn in and the one he swore before (``meeting_oath_ar`` read that
pair in the sentence right before) and each other, as the annotators read it (JP-JR, JS-JU,
KB-KD). Only right after the oath's sentence; not under a negation or a plan.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_convened_ar import titled_more_ar
from loaders.extract.rule_common import EMPTY, title_start

AR_CEREMONY = L._ar("مراسم", "المراسم", "مراسيم", "المراسيم")
_ATTENDED = L._ar("حضر", "وحضر", "حضرها", "وحضرها", "حضره", "وحضره")
_PRESENCE = L._ar("بحضور", "وبحضور")
_OATH_WORDS = L._ar("أداء", "اداء", "اليمين", "القسم")
_REACH = 8  # words from the ceremony noun to the attendee (or to "بحضور")
register_triggers(AR_CEREMONY, EMPTY)


def _oath_pair(sr: Any) -> set[str]:
    """The people of the oath read in the sentence right before (empty if none)."""
    si, prev = sr.doc.state.get("met_out", (-9, ()))
    if si != sr.si - 1:
        return set()
    return {p for r in prev if r.type == "MET_WITH" and r.rule == "oath_before_ar"
            for p in (r.source, r.target)}


def _first_after(sr: Any, k: int) -> Any:
    """The first person whose title starts within ``_REACH`` words of *k*, no punctuation
    before it."""
    m = next((a for a in sr.args if a.etype == "Person" and a.lo >= k and
              title_start(a) - k <= _REACH), None)
    if m is None or any(sr.toks[x].punct for x in range(k, title_start(m))):
        return None
    return m


def oath_attended_ar(sr: Any) -> None:
    """Pair the attendees of the oath of the sentence before with its two and each other."""
    for c in sr.triggers(AR_CEREMONY, EMPTY):
        x = c + 1
        while x < sr.hi and x < c + 3 and sr.f(x) & _OATH_WORDS:
            x += 1  # "مراسم أداء اليمين"
        if sr.f(c - 1) & _ATTENDED:
            v = c - 1
            first = _first_after(sr, x)
        else:
            p = next((y for y in range(x, min(sr.hi, x + _REACH)) if sr.f(y) & _PRESENCE), None)
            if p is None or any(sr.toks[y].text in (".", "؛") for y in range(x, p)):
                continue
            v, first = p, _first_after(sr, p + 1)
        if first is None or sr.blocked(v) or sr.hypothetical(v):
            continue
        oath = _oath_pair(sr)
        if len(oath) < 2:
            continue
        present = [m for m in titled_more_ar(sr, first) if m.eid not in oath]
        for i, a in enumerate(present):
            for b in sorted(oath) + [m.eid for m in present[i + 1:]]:
                sr.add("MET_WITH", a.eid, b, "oath_attended_ar")
