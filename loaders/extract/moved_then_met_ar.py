"""Arabic: a sentence that opens with a verb of going whose subject is dropped, then a و-verb
of meeting (session 70): "(وصل X إلى بيروت.) ثم انتقل إلى السراي الحكومي والتقى Y، قبل أن يجتمع
بـZ". The traveller of the sentences before is the subject of both meeting verbs; Y is the
first verb's object, not the one who goes on to meet Z. This module reads the opening
(:func:`moved_opening_ar`); ``wire_meetings.subjectless_object_ar`` and the Arabic meeting
rule (``meetings.py``) take the previous sentence's traveller as the subject.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# verbs of going whose subject a later و-verb carries (also read by meeting_moved_on.py)
AR_MOVED = L._ar("انتقل", "وانتقل", "توجه", "وتوجه", "وصل", "ووصل", "عاد", "وعاد", "انتقلت",
                 "وانتقلت", "توجهت", "وتوجهت", "وصلت", "ووصلت", "حط", "وحط")
_AR_OPENERS = L._ar("و", "ثم", "كما", "وقد", "قد", "بعدها", "وبعدها", "لاحقا")
_AR_TO = L._ar("إلى", "الى", "نحو")


def moved_opening_ar(sr: Any, end: int) -> bool:
    """Do the tokens before *end* (a person's title start) open the sentence with particles,
    a verb of going, "إلى / نحو" (a time word or two between) and a destination naming no person, then a و-verb of meeting
    at most three words before *end*? ("ثم انتقل إلى السراي الحكومي والتقى Y")"""
    x = sr.lo
    while x < end and sr.key(x) in _AR_OPENERS:
        x += 1
    if x + 3 > end or not sr.toks[x].ar or not sr.f(x) & AR_MOVED:
        return False
    # "إلى" right after the verb, or past a time: "وتوجه صباح اليوم إلى عين التينة"
    if not any(sr.key(y) in _AR_TO for y in range(x + 1, min(end, x + 4))):
        return False
    v = next((y for y in range(end - 1, max(x + 2, end - 4), -1)
              if sr.toks[y].ar and sr.f(y) & L.AR_MEET), None)
    if v is None or not sr.toks[v].key.startswith("و") or v - x > 10 or \
            any(sr.toks[y].text in ("،", ",", ".", "؛") for y in range(x, v)):
        return False
    return not any(m.etype == "Person" and sr.lo <= m.lo < end for m in sr.args)
