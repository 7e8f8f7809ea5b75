"""MET_WITH, Arabic (session 71, attendees71): a verb-first subject list, an aside of companions.

«والتقى A وB، برفقة C وD، X»: the list right after the verb is the subject when the aside of
companions is closed by a comma with a person right after it (:func:`companions_aside_subjects_ar`,
from ``meetings_ar._companions``, which else reads B as the one A met and C, D and X as B's
companions). The English form, "A and B, together with C and D, met X", is read in
``meeting_together_subjects_en``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import pair_all, title_start


def companions_aside_subjects_ar(sr: Any, t: int, guest: Any, comps: list) -> bool:
    """«التقى A وB، برفقة C وD، X» (*t* the verb, «برفقة» after a comma, *guest* B, *comps*
    the chain from C, which runs on to X): the list right after the verb, an aside of
    companions closed by a comma and a person right after it (not «، وX») make the list the
    subject and that person the one met: A, B, C, D and X met each other. False when the
    sentence is not of that shape (then ``meetings_ar._companions`` reads it as before)."""
    if len(comps) < 2:
        return False
    obj, comps = comps[-1], comps[:-1]  # (the chain runs on past the closing comma)
    if sr.toks[comps[-1].hi].text not in ("،", ",") or title_start(obj) != comps[-1].hi + 1:
        return False
    if len(comps) > 1 and "و" not in comps[-1].prefix and \
            sr.toks[title_start(comps[-1]) - 1].text != "و":
        return False  # («برفقة C وD، X»: the aside's list closed by و before the comma)
    if "و" in obj.prefix or obj.eid == guest.eid or obj.eid in {m.eid for m in comps}:
        return False
    side = next((sr.chain(m, ("Person",)) for m in sr.args
                 if m.etype == "Person" and title_start(m) == t + 1), [])
    if not any(m is guest for m in side):
        return False
    side = side[:next(i for i, m in enumerate(side) if m is guest) + 1]
    pair_all(sr, side + comps, {obj.eid}, "companion_met_ar")
    return True
