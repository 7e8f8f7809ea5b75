"""MET_WITH (session 37, meetar): the host's own aide at a reception of two guests met both.

"استقبل الرئيس H الوزيرين A وB في قصر الشعب. وحضر اللقاء وزير الخارجية Z" (Z of H's country):
the two guests were received in one clause, so it was one table and Z met A and B as well as H
(``meeting_attended._partners`` otherwise gives an own-side attendee only the convener, since
a host may receive his guests one by one: "استقبل H الضيف A، ثم استقبل B": Z met H only).
One clause: between the two guests' last mentions before the attendee's sentence no meeting
verb, no "ثم" and no sentence stop. Only two guests: a delegation of three or more named
members is not paired with the host's aides by the annotators (dev: arBD6).

Session 39 (``both_guests_ar``): the same table told in one sentence, "استقبل H A، وB، بحضور Z"
-- Z, given the host by ``meeting_attended_ar.present_ar``, met both guests too (a reception
verb before "بحضور" only: after "بحث H مع A وB ...، بحضور Z" the annotators leave Z with H).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_own_side import conveners

_AR_THEN = L._ar("ثم", "وثم")
_STOPS = frozenset({".", "؛", ";"})
# the guests of one reception told in its own sentence with a "بحضور" witness (session 70: a
# delegation of three or four named ministers, "استقبل H A، وB، وC، بحضور Z")
MOST_TOGETHER = 4


def guests_received_together(sr: Any, hub: str, pairs: list[tuple[str, str]],
                              end: int | None = None, most: int = 2) -> bool:
    """Are the two guests of *hub* in *pairs* named in one clause before this sentence (before
    token *end* of it, session 39: "استقبل H A وB، بحضور Z")? Up to *most* guests (session 70:
    three or four from ``received_together_ar``, "استقبل H A، وB، وC، بحضور Z")."""
    end = sr.lo if end is None else end
    guests = {p for pair in pairs for p in pair} - {hub}
    if len(pairs) != len(guests) or not 2 <= len(guests) <= most:
        return False
    last: dict[str, Any] = {}
    for m in sr.doc.ments:
        if m.eid in guests and m.hi <= end:
            last[m.eid] = m
    if len(last) != len(guests):
        return False
    named = sorted(last.values(), key=lambda m: m.lo)
    return not any(sr.toks[x].text in _STOPS or sr.f(x) & (L.AR_MEET | _AR_THEN)
                   for i in range(1, len(named)) for x in range(named[i - 1].hi, named[i].lo))


def both_guests_ar(attendee: Any, met: list[str], pairs: list[tuple[str, str]],
                   together: tuple[str, list[str]]) -> list[str]:
    """Session 39: "استقبل H A، وB، بحضور Z" (the two guests received in one clause before
    "بحضور": *together*, from ``received_together_ar``): Z (*attendee*, named: not a
    description such as "المتحدث باسم" read as someone told before, dev arJY1), given the host
    H (*met*), met both guests as well; else *met*."""
    hub, guests = together
    if attendee.kind != "name" or not guests or hub not in met:
        return met
    return sorted({p for pair in pairs for p in pair} - {attendee.eid})


# the guests received apart: "كلاً على حدة", "في لقاءين منفصلين", "على التوالي", "تباعاً", "في
# وقت لاحق" (stems, session 45)
_AR_APART = frozenset({"منفصل", "منفصله", "منفصلين", "منفصلتين", "منفصلان", "منفصلتان",
                       "توالي", "تباعا", "لاحق", "لاحقا", "لقاين", "لقات", "اجتماعين",
                       "اجتماعات"})


def _received_apart_ar(sr: Any, t: int) -> bool:
    """Does the sentence before *t* tell the guests received apart (``_AR_APART``, "على حدة")?"""
    return any(stem in _AR_APART for x in range(sr.lo, t) for _, stem in sr.toks[x].stems) or \
        any(sr.key(x) == "حده" and sr.key(x - 1) == "علي" for x in range(sr.lo + 1, t))


# "التقى H A وB، بحضور Z" receives them as well (session 49; not "بحث H مع A وB")
_AR_MET_VERBS = L._ar("التقى", "والتقى", "التقت", "والتقت", "يلتقي", "ويلتقي")

def received_together_ar(sr: Any, pairs: list[tuple[str, str]], t: int,
                         most: int = 2) -> tuple[str, list[str]]:
    """The host and the two guests of "استقبل H A، وB، بحضور Z" (*t*: "بحضور"): one host H in
    *pairs*, a reception verb before *t*, the guests named in one clause
    (``guests_received_together``) and not told apart (session 45: ``_received_apart_ar``);
    else ("", []) (a reception only: not "بحث X مع A وB ...، بحضور Z", dev arBH2). Session 45:
    the two guests met each other too (``meeting_attended_ar.present_ar``); session 70: up to
    *most* guests for that (a delegation of three or four, ``MOST_TOGETHER``), while the witness
    is given both guests of two only (a delegation of three is no table of two, session 39)."""
    people = {p for pair in pairs for p in pair}
    hubs = conveners(people, pairs)
    if len(hubs) != 1 or not any(sr.f(x) & (L.AR_RECEIVE_VERBS | _AR_MET_VERBS)
                                 for x in range(sr.lo, t)) or \
            not guests_received_together(sr, hubs[0], pairs, t, most) or \
            _received_apart_ar(sr, t):
        return "", []
    return hubs[0], sorted(people - {hubs[0]})
