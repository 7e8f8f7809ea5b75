"""MET_WITH: talks that are the purpose of a trip still to come have not taken place.

"X was due to travel to Ankara on Monday for talks with Y", "X is set to fly to Doha next
week for a meeting with Y", "X will head to Cairo on Sunday for talks with Y"; "من المقرر أن
يتوجه X إلى أنقرة الاثنين لإجراء محادثات مع Y"، "سيتوجه X إلى الرياض لعقد اجتماع مع Y". The
plan word governs a travel verb ("due / set / expected / scheduled to travel", "will fly",
"أن يتوجه" after المقرر، سيتوجه), and the meeting noun is the trip's purpose ("for talks",
"لإجراء محادثات"), in the same clause: no punctuation, "and", "but" or relative word between.
The older window of ``hypothetical`` reads the short form ("will fly to D for talks") already;
this one reaches past the place and the date, so "X travelled to Ankara on Monday for talks
with Y" (the trip done) keeps its meeting.

Session 65 (blind65e): the plan told as "X was expected / is due (back) in D ... for talks with
Y" (the arrival itself awaited, no travel verb), and a meeting noun that is the second of two
purposes, "for the funeral in the southern suburbs and a meeting with Y", "for the opening of a
fair and talks with Y" (not "arrived in D for the opening of a fair and talks with Y": done).

Session 58: the meeting told in a "where" clause of the planned trip, its verb in the
imperfect: "من المقرر أن يتوجه X الخميس إلى أربيل، حيث يلتقي Y وZ" (the trip, and the
meetings at its end, are still to come).

Called by ``meeting_modality.unreal_meeting`` only for a sentence holding one of the plan
words (``CUE_SETS``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore

# the plan word before "to <travel>" ("was due to travel", "is set to fly", "are to go")
_EN_PLAN = L._en("due", "set", "expected", "scheduled", "slated", "planning", "plans", "plan",
                 "planned", "poised", "going", "hopes", "hoped", "wants", "wanted", "intends",
                 "intended", "invited")
_EN_TO_BE = L._en("is", "are", "was", "were")  # "X is to travel to D for talks"
_EN_WILL = L._en("will", "would", "shall", "'ll")
_EN_TRAVEL = L._en("travel", "fly", "head", "go", "visit", "come", "return", "arrive", "be",
                   "stop", "leave", "proceed", "move", "continue")
_EN_FOR_SKIP = L._en("a", "an", "the", "further", "more", "new", "fresh", "direct", "round",
                     "of", "first", "second", "third", "another")
_EN_STOP = L._en("and", "but", "while", "whereas", "who", "which", "after", "before", "when",
                 "where", "since", "said", "says")
_PUNCT = (".", ",", "،", ";", "؛", ":", "(", ")", "-", "–", "—")
# "X was expected / is due (back) in D": the arrival awaited is the plan (session 65)
_EN_AWAITED = L._en("expected", "due")
_EN_AWAITED_AT = L._en("in", "at")
_FIRST_PURPOSE = 8  # tokens searched back from "and <meeting noun>" for the first "for"

# Arabic: "(من المقرر / المتوقع / يعتزم) أن يتوجه X ... لإجراء محادثات"، "سيتوجه X ..."
_AR_PLAN = L._ar("المقرر", "المتوقع", "المنتظر", "المزمع", "المرتقب", "يعتزم", "تعتزم",
                 "ينوي", "تنوي", "يخطط", "تخطط", "المفترض", "يفترض", "يتوقع", "يرتقب", "ينتظر",
                 "مقررا", "مقرراً", "متوقعا", "متوقعاً")
_AR_THAT = L._ar("أن", "ان")
_AR_TRAVEL = L._ar("يتوجه", "تتوجه", "يزور", "تزور", "يصل", "تصل", "يسافر", "تسافر", "يحل",
                   "تحل", "يقوم", "تقوم", "يتجه", "تتجه", "ينتقل", "تنتقل", "يعود", "تعود")
_AR_FUTURE_TRAVEL = frozenset("س" + w for w in _AR_TRAVEL)
_AR_PURPOSE = L._ar("لإجراء", "لاجراء", "لعقد", "لبحث", "للقاء", "للاجتماع", "لإجراءِ")

# "، حيث يلتقي Y": an imperfect meeting verb opening the trip's "where" clause
_AR_WHERE = L._ar("حيث")
_AR_MEET_IMPERFECT = L._ar("يلتقي", "تلتقي", "يجتمع", "تجتمع", "يعقد", "تعقد", "يبحث", "تبحث",
                           "يجري", "تجري")

register_triggers(_AR_PLAN | _AR_FUTURE_TRAVEL, _EN_PLAN | _EN_WILL | _EN_TO_BE)
CUE_SETS = frozenset({_AR_PLAN | _AR_FUTURE_TRAVEL, _EN_PLAN | _EN_WILL | _EN_TO_BE})
_BACK = 16  # tokens searched back from the purpose word for the planned trip


def planned_trip(sr: SentenceCore, k: int) -> bool:
    """Is the meeting noun at *k* the purpose of a trip the sentence plans (module doc)?"""
    if sr.toks[k].ar:
        return _planned_trip_ar(sr, k)
    if sr.toks[k].key not in L.EN_MEET_NOUNS:
        return False
    y = k - 1
    while y > sr.lo and k - y <= 4 and sr.key(y) in _EN_FOR_SKIP:
        y -= 1
    if sr.key(y) == "and":
        y = _first_purpose_en(sr, y)
    if sr.key(y) != "for":
        return False
    for x in range(y - 1, max(sr.lo, y - _BACK) - 1, -1):
        t = sr.toks[x]
        if t.text in _PUNCT or t.key in _EN_STOP:
            return False
        if t.key in _EN_AWAITED_AT and _awaited_en(sr, x):
            return True  # "was expected in Beirut on Thursday for talks with Y"
        if t.key in _EN_TRAVEL and sr.mention_at.get(x) is None:
            before = sr.key(x - 1)
            if before in _EN_WILL:
                return True  # "will fly to D on Monday for talks"
            return before == "to" and (sr.key(x - 2) in _EN_PLAN or sr.key(x - 2) in _EN_TO_BE)
    return False


def _first_purpose_en(sr: SentenceCore, y: int) -> int:
    """The "for" of the first purpose before "and" at *y* ("for the funeral in the suburbs and a
    meeting with Y"), or *y* when there is none in the clause."""
    for x in range(y - 1, max(sr.lo, y - _FIRST_PURPOSE) - 1, -1):
        t = sr.toks[x]
        if t.text in _PUNCT or t.key in _EN_STOP or sr.mention_at.get(x) is not None:
            return y
        if t.key == "for":
            return x
    return y


def _awaited_en(sr: SentenceCore, x: int) -> bool:
    """"(is / was) expected (back) in", "is due at" ending at the preposition *x*."""
    w = x - 2 if sr.key(x - 1) == "back" else x - 1
    return w - 1 >= sr.lo and sr.key(w) in _EN_AWAITED and sr.key(w - 1) in _EN_TO_BE


def _planned_trip_ar(sr: SentenceCore, k: int) -> bool:
    """"من المقرر أن يتوجه X إلى D لإجراء محادثات مع Y"، "سيتوجه X إلى D لعقد اجتماع"،
    "من المقرر أن يتوجه X إلى D، حيث يلتقي Y"."""
    where = k - 1 > sr.lo and bool(sr.f(k) & _AR_MEET_IMPERFECT and sr.f(k - 1) & _AR_WHERE)
    if not where and not sr.f(k) & L.AR_MEET_NOUNS:
        return False
    if where:
        p = k - 2 if sr.toks[k - 2].text in ("،", ",") else k - 1  # (the comma before حيث)
    else:
        p = k - 1 if sr.f(k - 1) & _AR_PURPOSE else (k if sr.toks[k].key[:1] == "ل" else -1)
    if p < sr.lo:
        return False
    for x in range(p - 1, max(sr.lo, p - _BACK) - 1, -1):
        t = sr.toks[x]
        if t.text in _PUNCT:
            return False
        fs = sr.f(x)
        if t.key.lstrip("و") in _AR_FUTURE_TRAVEL:
            return True  # "سيتوجه X إلى الرياض لعقد اجتماع مع Y"
        if fs & _AR_TRAVEL:
            return bool(sr.f(x - 1) & _AR_THAT) and any(
                sr.f(z) & _AR_PLAN for z in range(max(sr.lo, x - 10), x - 1))  # (VSO:
            # "ويعتزم الوزير X أن يزور D")
    return False
