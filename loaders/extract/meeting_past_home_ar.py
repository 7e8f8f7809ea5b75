"""MET_WITH (session 64, blind64d): Arabic "اجتمع X في منزل Y بـA وB": A, past the home.

"واجتمع قاآني في منزل فالح الفياض بهادي العامري وقيس الخزعلي", "التقى X، في دارة رئيس الهيئة
Y، بالأمين العام لمنظمة بدر A", "اجتمع X في وقت لاحق، في منزل Y وبحضوره، بـA وB": the person
after "في منزل / بيت / دارة / مقر" (``meeting_home.AR_HOME``; not an office or a palace: their
owner need not sit at the meeting) is where the meeting was, and the one joined to the verb by
its preposition بـ, after that place, is whom X met (the list after him follows as for any
object). ``meeting_home`` then pairs the owner of the home with everyone of that meeting, as it
does for "اجتمع X في منزل Y بكلٍّ من A وB" (``meeting_each_of_ar``).

Read only for a verb of meeting that takes بـ (اجتمع، التقى), the owner right after the place
noun (his title first), and a بـ-person within the clause (no full stop between).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_home import AR_HOME
from loaders.extract.rule_common import title_start

_AR_MEET_WITH_BI = L._ar("اجتمع", "واجتمع", "يجتمع", "اجتمعت", "واجتمعت", "التقى", "والتقى",
                         "يلتقي", "التقت", "والتقت")
_AR_IN = L._ar("في", "فى")
_STOPS = frozenset({".", "؛", ";", ":"})
_REACH = 16  # words from the owner of the place to the بـ-object
_PLACE_GAP = 6  # words from the verb (or its subject) to "في منزل" ("في وقت لاحق،")


def _owner_after(sr: Any, lo: int) -> Any:
    """The owner of a place named "في منزل Y" / "بمنزل Y" within a few words from *lo*."""
    for x in range(lo, min(sr.hi, lo + _PLACE_GAP)):
        if sr.f(x) & AR_HOME and (sr.key(x).startswith("ب") or sr.f(x - 1) & _AR_IN):
            return next((m for m in sr.args if m.etype == "Person" and title_start(m) == x + 1),
                        None)
        if sr.mention_at.get(x) is not None or sr.toks[x].text in _STOPS:
            return None
    return None


def object_past_home_ar(sr: Any, t: int, subj: Any, first: Any) -> Any:
    """The بـ-person met after "في منزل Y" for the meeting verb at *t* with subject *subj*, when
    the object read so far (*first*) is Y, the owner of the place, or none (module doc);
    else None."""
    if not sr.f(t) & _AR_MEET_WITH_BI:
        return None
    if first is None:
        first = _owner_after(sr, max(t + 1, subj.hi))
    if first is None or first.etype != "Person":
        return None
    place = title_start(first) - 1
    if place <= t or not sr.f(place) & AR_HOME or not (
            sr.key(place).startswith("ب") or sr.f(place - 1) & _AR_IN):
        return None
    for m in sr.args:
        if m.lo < first.hi or m.etype != "Person" or m.eid in (first.eid, subj.eid):
            continue
        if title_start(m) - first.hi > _REACH or any(
                sr.toks[y].text in _STOPS for y in range(first.hi, m.lo)):
            return None
        return m if sr.has_prep(m, {"ب"}) else None
    return None
