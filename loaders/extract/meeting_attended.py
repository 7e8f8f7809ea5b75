"""MET_WITH: who attended a meeting met its participants on the other side.

"قاآني التقى A وB، كما حضر الاجتماع C" / "اجتمع X مع A وB. وشارك في الاجتماع C" / "Sadr sat
down with A and B. C and D also attended." / "The meeting was also attended by C": C met the
meeting's convener -- the one person every pair of the meeting shares (Qaani, X, Sadr) --
unless C is of the convener's own country (his own minister at his talks: whom he met is
not said) or the meeting is a single pair (which side C took is not said). The meeting is
the latest one read: pairs of this sentence, else of the previous sentence
(``relations.SentenceRules.run`` keeps its output). Negation blocks.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.meeting_sides_en import (
    latest_meeting_anywhere,
    names_the_meeting,
    side_partners,
)
from loaders.extract.rule_common import latest_meeting_pairs, title_start

_AR_ATTEND = L._ar("حضر", "وحضر", "حضرت", "وحضرت", "شارك", "وشارك", "شاركت", "وشاركت")
_AR_TAKE_PART = L._ar("شارك", "وشارك", "شاركت", "وشاركت")
_AR_JOIN_IN = L._ar("في", "فى")
_AR_MEETING = L._ar("الاجتماع", "اللقاء", "المباحثات", "المحادثات", "الاجتماعات", "اللقاءات",
                    "المشاورات")
_EN_ATTEND = frozenset({"attended", "joined"})
_EN_MEETING = frozenset({"meeting", "talks", "meetings", "session"})
_EN_AUX = frozenset({"also", "was", "were", "had", "have", "has", "been"})


def _attendees_ar(sr: Any, t: int) -> list:
    """"حضر الاجتماع X (وY)" / "شارك في الاجتماع X": X (and the people joined to X)."""
    x = t + 1
    if sr.f(t) & _AR_TAKE_PART:
        if sr.key(x) not in _AR_JOIN_IN:
            return []
        x += 1
    if not sr.f(x) & _AR_MEETING:
        return []
    m = sr.after(x + 1, types=("Person",), maxgap=8)
    if m is None or any(sr.toks[y].punct for y in range(x + 1, m.lo)):
        return []
    return sr.chain(m, ("Person",))


def _attendees_en(sr: Any, t: int) -> list:
    """"X (and Y) (also) attended (the meeting)." / "was (also) attended by X (and Y)"."""
    if sr.key(t + 1) == "by":
        if not any(sr.key(y) in _EN_MEETING for y in range(sr.lo, t)):
            return []
        m = sr.after(t + 2, types=("Person",), maxgap=6)
        return sr.chain(m, ("Person",)) if m is not None else []
    nxt = sr.key(t + 1) if t + 1 < sr.hi else "."
    if nxt not in (".", ",", ";") and not names_the_meeting(sr, t):
        return []  # "X attended a conference": no meeting of the text
    y = t - 1
    while y > sr.lo and sr.key(y) in _EN_AUX:
        y -= 1
    if sr.key(y) == "," and y - 1 in sr.mention_at:  # "..., the head of Z, X, also attended"
        m = sr.mention_at[y - 1]
        if sr.key(m.lo - 1) != "," and sr.key(title_start(m) - 1) != ",":
            return []  # "X, who took over from Y, attended": not Y
        y -= 1
    m = sr.mention_at.get(y)
    if m is None or m.etype != "Person":
        return []
    for c in sr.args:  # the whole list ending at m: "X and Y also attended"
        if c.etype == "Person" and c.hi <= m.lo and m in sr.chain(c, ("Person",)):
            return sr.chain(c, ("Person",))[: sr.chain(c, ("Person",)).index(m) + 1]
    return [m]


def _partners(sr: Any, attendee: str, pairs: list[tuple[str, str]], ar: bool) -> list[str]:
    """The participants *attendee* met (module doc; English: ``meeting_sides_en``)."""
    if not ar:
        sides = side_partners(sr, attendee, pairs)
        if sides is not None:
            return sides
    people = sorted({p for pair in pairs for p in pair})
    if attendee in people:
        return []
    hubs = [p for p in people if all(p in pair for pair in pairs)]
    hub = hubs[0] if len(pairs) >= 2 and len(hubs) == 1 else None
    if hub is None:
        return []  # one pair: which side the attendee took is not said
    own = sr.doc.country_of(attendee)
    if own is not None and own == sr.doc.country_of(hub):
        return []  # the convener's own minister: annotators differ on whom he met
    return [hub]


CUE_SETS = frozenset({_AR_ATTEND, _EN_ATTEND})


@needs((_AR_ATTEND, _EN_ATTEND))
def attended_meeting(sr: Any) -> None:
    """Add the MET_WITH pairs of the attendees of the latest meeting (module doc)."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_ATTEND, _EN_ATTEND):
        people = _attendees_ar(sr, t) if ar else _attendees_en(sr, t)
        if not people or sr.blocked(t):
            continue
        pairs = latest_meeting_pairs(sr)
        if not pairs and not ar and (sr.key(t + 1) == "by" or names_the_meeting(sr, t)):
            pairs = latest_meeting_anywhere(sr)  # "... also attended the meeting."
        for a in people:
            for p in _partners(sr, a.eid, pairs, ar):
                sr.add("MET_WITH", a.eid, p, "attended_meeting_ar" if ar else
                       "attended_meeting_en")
