"""MET_WITH (session 62): a sentence that only tells more of the meeting before it keeps that
meeting the latest one for the sentence after.

"Trump met al-Sharaa in Riyadh. The encounter lasted half an hour, the White House said.
Crown Prince Mohammed bin Salman hosted the talks" / "Trump welcomed al-Sharaa on Monday. The
Oval Office meeting was closed to the press. Vance and Rubio joined" / "التقى X Y في الرياض.
واستمر اللقاء ساعة. وحضر اللقاء Z": the host or the attendee of the third sentence met the
meeting of the first, as if it were told right before. The attendee and host rules look at
this sentence's meeting, else at the previous sentence's (``state["met_out"]``, kept by
``relations.SentenceRules.run``); a sentence between them that names no person and speaks of
"the meeting / the encounter / the talks" (a definite meeting noun) no longer hides it. A
sentence naming someone else than the meeting's participants (session 66: "The meeting took
place at Barzani's office"), or speaking of no meeting, ends the carry as before.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_EN_MEETING = frozenset({"meeting", "encounter", "talks", "session", "summit", "discussions"})
_EN_DET = frozenset({"the", "this", "their", "that"})
_AR_MEETING = L._ar("اللقاء", "الاجتماع", "المباحثات", "المحادثات", "القمة", "الجلسة")
_REACH = 4  # "The roughly half-hour Oval Office meeting"


def _participant(m: Any, out: Any) -> bool:
    """Is the person *m* one of the meeting's own participants (session 66: "The meeting took
    place at Barzani's office and lasted two hours" names a host, no one new)?"""
    for r in out:  # (a loop: no generator per call)
        if r.type == "MET_WITH" and m.eid in (r.source, r.target):
            return True
    return False


def _speaks_of_meeting(sr: Any) -> bool:
    """Does the sentence name "the meeting" (a determiner, then a meeting noun within a few
    words: "The Oval Office meeting", "The encounter") or «اللقاء» / «الاجتماع»?"""
    for x in range(sr.lo, sr.hi):
        if sr.toks[x].ar:
            if sr.f(x) & _AR_MEETING:
                return True
            continue
        if sr.key(x) in _EN_DET and any(sr.key(y) in _EN_MEETING
                                        for y in range(x + 1, min(sr.hi, x + _REACH + 1))):
            return True
    return False


def carry_meeting(sr: Any) -> None:
    """Keep the meeting of the sentence before as the latest one when this sentence, which
    read no meeting, names no person and speaks of the meeting (module doc)."""
    state = sr.doc.state
    si, out = state.get("met_out", (-9, ()))
    if si != sr.si - 1:
        return
    for m in sr.args:  # (a loop: no generator per sentence)
        if m.etype == "Person" and not _participant(m, out):
            return
    if _speaks_of_meeting(sr):
        state["met_out"] = (sr.si, out)
