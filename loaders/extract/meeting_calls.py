"""MET_WITH: a discussion told right after a call is the call, not a meeting.

"X phoned Y on Monday. The two men discussed the war in Gaza." / "X spoke by telephone with Y.
He and Y discussed ...": "discussed" (talked, conferred, reviewed, exchanged views; after "the
two leaders" also "held talks") says what the call was about; nobody met. The Arabic side ("اتصل X هاتفياً بـY. وبحث الجانبان ...") is
``meeting_press._remote_before``. A meeting verb proper ("The two met again in March") is
still a meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceRules

# words of a call or a message (English); "call(s)" only as a noun after these
_EN_CALL = L._en("phone", "phoned", "phones", "telephone", "telephoned", "videoconference",
                 "teleconference", "phone-call", "videolink", "video")
_EN_CALL_NOUN = L._en("call", "calls")
_EN_BEFORE_CALL_NOUN = L._en("a", "the", "phone", "telephone", "video", "his", "her", "their",
                             "in", "during")
# predicates that tell only what was talked about
EN_TALK_ONLY = L._en("discussed", "talked", "conferred", "reviewed", "exchanged", "discuss",
                     "talk", "review", "exchange")


def call_before_en(sr: SentenceRules) -> bool:
    """Does the sentence before this one tell a call ("X phoned Y", "in a phone call")?"""
    if sr.si == 0:
        return False
    doc = sr.doc
    prev = doc.sents[sr.si - 1]
    toks = doc.toks
    for y in range(prev.lo, prev.hi):
        k = toks[y].key
        if k in _EN_CALL or (k in _EN_CALL_NOUN and y > prev.lo and
                             toks[y - 1].key in _EN_BEFORE_CALL_NOUN):
            return True
    return _spoke_with_en(sr, prev.lo, prev.hi)


# a readout's "X spoke with / to Y" (a call: "President Biden spoke today with Prime Minister
# Netanyahu"), unless the sentence tells a meeting or a place of one
_EN_SPOKE = L._en("spoke", "speaks", "spoken")
_EN_IN_PERSON = L._en("met", "meeting", "meet", "sidelines", "margins", "visit", "visiting",
                      "received", "hosted", "talks", "during", "at", "in")


def _spoke_with_en(sr: SentenceRules, lo: int, hi: int) -> bool:
    """Does the sentence lo..hi tell "X spoke (today) with / to Y" (Y a person named right
    after, up to a title) and nothing placing the two together ("in Doha", "on the
    sidelines", "met")? Session 55: "Secretary Blinken spoke with Turkish Foreign Minister
    Hakan Fidan today. The Secretary and Foreign Minister Fidan discussed Syria": a call."""
    toks = sr.doc.toks
    spoke = next((y for y in range(lo, hi) if toks[y].key in _EN_SPOKE), None)
    if spoke is None or any(toks[y].key in _EN_IN_PERSON for y in range(lo, hi)):
        return False
    w = next((y for y in range(spoke + 1, min(hi, spoke + 3)) if toks[y].key in ("with", "to")),
             None)
    if w is None:
        return False
    return any(m.etype == "Person" and w < m.lo <= w + 6 for m in sr.doc.ments)
