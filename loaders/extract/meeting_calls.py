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
    return False
