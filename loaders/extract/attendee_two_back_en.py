"""MET_WITH (session 67, residual67en): "Z was also present" two sentences after the meeting.

"Mahdi al-Mashat received Mohammed Al-Jaber. Photos released by the rebels showed the two men
shaking hands at the Republican Palace. Mohammed Abdul Salam ... was also present.": the
sentence between tells the same meeting (it names no one but its principals, by name or by
"the two men"), so the attendee Z met the meeting of two sentences before, as he would have
right after it. Read by ``meeting_attended.attended_meeting`` when an English attendee
sentence with "also" finds no meeting in the sentence before; not when the sentence between
names someone else ("Z, meanwhile, met W"). The source of the sentence's report is not
someone else (session 68): "X met Y. X urged Y to ..., Leavitt said. Z also attended." / "...,
according to Leavitt": the speaker tells the meeting, he takes no part in it
(``_reports_it``).
"""

from __future__ import annotations

from typing import Any


def meeting_two_back_en(sr: Any, t: int) -> list[tuple[str, str]]:
    """The pairs of the meeting read two sentences before the attendee word at *t* ("was also
    present") when the sentence between names only that meeting's people; else []."""
    if sr.si < 2 or not any(sr.key(y) == "also" for y in range(max(sr.lo, t - 3), t)):
        return []
    si, prev = sr.doc.state.get("met_out", (-9, ()))
    if si != sr.si - 2:
        return []
    pairs = [(r.source, r.target) for r in prev if r.type == "MET_WITH"]
    principals = {p for pair in pairs for p in pair}
    groups = sr.doc.state.get("groups", {})
    for m in sr.doc.by_sent.get(sr.si - 1, ()):
        if m.etype != "Person" or m.in_title:
            continue
        if not set(groups.get(m.eid, (m.eid,))) <= principals and not _reports_it(sr.toks, m):
            return []
    return pairs


_EN_SPEECH = frozenset({"said", "says", "told", "added"})


def _reports_it(toks: list, m: Any) -> bool:
    """Is *m* the speaker of its sentence's report ("X said", "X told reporters", "according
    to (Saudi Foreign Minister) X")?"""
    if m.hi < len(toks) and toks[m.hi].key in _EN_SPEECH:
        return True
    for k in range(m.lo - 2, max(0, m.lo - 8) - 1, -1):
        if toks[k].key == "according" and toks[k + 1].key == "to":
            return True
        if toks[k].punct:
            return False
    return False
