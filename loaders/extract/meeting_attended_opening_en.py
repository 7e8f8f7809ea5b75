"""MET_WITH (session 36): the agencies' "The meeting was attended by A and B" sentence, all of it.

After a reception or talks of two ("X received Y at the palace."), the wires name who sat in:
"The meeting / audience / talks (at the palace) was / were attended by A, <title>, and B" (also
"..., and, from the Iranian side, by B"). The annotators pair each attendee with both
principals and the attendees with each other (one table). ``meeting_attended`` already pairs
an attendee with the side it reads; this rule adds the rest, for the attendees it misses too
(long titles of their own: ``meeting_assessment_en.titled_list``).

The sentence opens with the meeting noun (``protocol_forms.meeting_attended_by_en``); the
meeting is the latest one read before this sentence (``met_out``), its people named in full
(``_named_in_full``) and must be one meeting (one pair, or one table: ``one_meeting``). Not negated.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_assessment_en import titled_list
from loaders.extract.meeting_held_attended_en import more_by_en
from loaders.extract.meeting_own_side import one_meeting
from loaders.extract.protocol_forms import meeting_attended_by_en
from loaders.extract.rule_common import EMPTY, pair_all

EN_ATTENDED_BY = frozenset({"attended"})
register_triggers(EMPTY, EN_ATTENDED_BY)


def _after_by(sr: Any, k: int) -> Any:
    """The person named (with his title) right after the "by" before *k*."""
    m = sr.after(k, types=("Person",), maxgap=10)
    return None if m is None or m.poss else m


def _named_in_full(sr: Any, eid: str) -> bool:
    """Is *eid* a gazetteer person or named somewhere with two words or more?"""
    return eid in sr.doc.gaz.entries or any(m.eid == eid and m.hi - m.lo >= 2
                                            for m in sr.doc.ments)


def attended_opening_en(sr: Any) -> None:
    """"The meeting was attended by A and B": A and B met the principals and each other."""
    if sr.toks[sr.lo].ar or not meeting_attended_by_en(sr):
        return
    t = next(y for y in range(sr.lo, sr.hi) if sr.key(y) == "attended")
    first = _after_by(sr, t + 2)
    if first is None or sr.blocked(t):
        return
    people = more_by_en(sr, titled_list(sr, first), lambda k: _after_by(sr, k))
    ids = {a.eid for a in people}
    _, prev = sr.doc.state.get("met_out", (-9, ()))  # (the meeting told before: not one
    pairs = [(r.source, r.target) for r in prev if r.type == "MET_WITH" and  # told later in
             not ids & {r.source, r.target}]  # this sentence, "..., came a day after X met Y")
    if not pairs or not one_meeting(pairs):
        return
    principals = {p for pair in pairs for p in pair if p.startswith("person:")}
    if not all(_named_in_full(sr, p) for p in principals):
        return  # ("received at the Ministry's General Diwan": a place read as a person)
    if len(principals) >= 2:
        pair_all(sr, people, principals, "attended_meeting_opening_en")
