"""MET_WITH: an Arabic dual object pronoun after two people named together (session 26, meet26).

"وصل A وB إلى بيروت السبت، واستقبلهما Z في بعبدا" / "...، والتقاهما Z": the dual "هما" is the
pair named together before the verb in the sentence (a coordinated subject, no preposition);
Z (named right after the verb) met both, and the two, received together, met each other. Not
a pair after a preposition ("التقى Z بـA وB، ثم استقبلهما" is Z's own meeting, read already),
nor the speakers of a reported clause ("قال A وB إن ...، واستقبلهما Z": unsure, nothing read),
nor the dual relative ("A وB، اللذين استقبلهما Z": ``meeting_dual_relative``). "...، ثم
التقيا W" after it: the two met W, not Z (``meeting_dual_relative.then_the_two_met``).

The pair is remembered: "والتقى الضيفان (في اليوم نفسه) W" in the next sentences is the two
guests meeting W (``dual_guests_ar``; only after such a pair, within two sentences).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_dual_relative import (
    AR_DUAL_RELATIVE,
    AR_MET_THEM,
    then_the_two_met,
)
from loaders.extract.rule_common import EMPTY, title_start

register_triggers(AR_MET_THEM, EMPTY)
AR_TWO_GUESTS = L._ar("الضيفان", "الضيفين", "الزائران", "الزائرين")
register_triggers(AR_TWO_GUESTS, EMPTY)
_STATE = "dual_guests"
# "قال A وB إن ...": the pair are speakers, not the guests
_THAT = L._ar("إن", "أن", "ان", "بأن", "وأن")


def dual_object_ar(sr: Any) -> None:
    """Each meeting verb with the dual object pronoun ("واستقبلهما"، "والتقاهما") of the
    sentence (module doc)."""
    for t in sr.triggers(AR_MET_THEM, EMPTY):
        dual_meeting_ar(sr, t)


def dual_pair_ar(sr: Any, t: int) -> list[Any]:
    """The two (or more) people named together before the verb at *t* in its sentence, the
    latest such list with no preposition before its first member; else []."""
    best: list[Any] = []
    for m in sr.args:
        if m.hi > t:
            break
        if m.etype != "Person" or m in best:
            continue
        ch = [c for c in sr.chain(m) if c.hi <= t]
        if len(ch) >= 2 and all(c.etype == "Person" for c in ch) and \
                not sr.has_prep(m, {"ب", "ل", "مع", "في", "الي", "من", "عن"}):
            best = ch
    if best and any(sr.key(x) in _THAT for x in range(best[-1].hi, t)):
        return []  # "قال A وB إن ..."
    return best


def dual_meeting_ar(sr: Any, t: int) -> None:
    """Add the pairs of the dual-object meeting verb at *t* (module doc)."""
    if sr.f(t - 1) & AR_DUAL_RELATIVE:
        return  # "X وY، اللذين استقبلهما Z": meeting_dual_relative's
    z = next((m for m in sr.args if m.etype == "Person" and title_start(m) == t + 1), None)
    if z is None:
        return
    pair = dual_pair_ar(sr, t)
    if not pair or z in pair or sr.blocked(t, z):
        return
    sr.doc.state[_STATE] = (sr.si, [m.eid for m in pair])
    for i1, m1 in enumerate(pair):
        sr.add("MET_WITH", z.eid, m1.eid, "met_dual_ar")
        for m2 in pair[i1 + 1:]:
            sr.add("MET_WITH", m1.eid, m2.eid, "met_dual_ar")
    then_the_two_met(sr, pair, sr.chain(z, ("Person",)), "met_dual_ar")  # "، ثم التقيا W"


def dual_guests_ar(sr: Any) -> None:
    """"والتقى الضيفان (في اليوم نفسه) W": the pair received together in the last two
    sentences met W (and the people listed with W)."""
    si, eids = sr.doc.state.get(_STATE, (-9, []))
    if not eids or sr.si - si > 2 or sr.si == si:
        return
    for t in sr.triggers(AR_TWO_GUESTS, EMPTY):
        if not sr.f(t - 1) & L.AR_MEET:
            continue
        w = sr.after(t + 1, types=("Person",), maxgap=5)
        if w is None or w.eid in eids or sr.blocked(t - 1, w):
            continue
        for m in sr.chain(w, ("Person",)):
            for e in eids:
                if m.eid != e:
                    sr.add("MET_WITH", e, m.eid, "met_dual_guests_ar")
