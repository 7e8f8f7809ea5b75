"""MET_WITH: a meeting asked for, proposed or dated in the future has not taken place.

Called by ``SentenceCore.blocked`` for the meeting word at *k*; each check runs only on a
sentence holding one of its cue words (registered trigger sets: no scan otherwise).

- **Asked for or proposed**: "X called for a meeting with Y", "X urged / pressed for talks
  between Y and Z", "X demanded a meeting with Y"; "دعا X إلى عقد لقاء مع Y", "طالب X بعقد
  اجتماع مع Y", "اقترح X عقد اجتماع بين Y وZ", "طلب X إجراء محادثات مع Y". The request word
  stands at most three words before the meeting noun (past "for", "إلى / بـ", "عقد / إجراء",
  an article or an adjective; in Arabic also past the verb's subject: "دعا X إلى عقد ..."),
  so "X, who had called for calm, met Y" and "دعا X إلى التهدئة خلال لقائه Y" keep their
  meeting.
- **Dated in the future**: "ويلتقي X غداً Y", "ويجتمع X الأسبوع المقبل مع Y", "X meets Y in
  Ankara tomorrow / next week": a future time phrase in the meeting's own clause (up to the
  next punctuation mark, "and / but" or meeting word; a time noun before المقبل / القادم:
  "بحثا المرحلة المقبلة" is the topic, not the date).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_planned_trip import CUE_SETS as _TRIP_CUES
from loaders.extract.meeting_planned_trip import planned_trip
from loaders.extract.rule_common import title_start
from loaders.extract.unconfirmed_report import AR_CONFIRM, EN_CONFIRM, unconfirmed_before

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore

# ---- asked for or proposed
_EN_NOUNS = L._en("meeting", "meetings", "talks", "summit", "session", "encounter",
                  "negotiations", "dialogue")
_EN_ASK_FOR = L._en("called", "calls", "call", "calling", "urged", "urges", "urging", "pressed",
                    "presses", "pressing", "pushed", "pushes", "pushing", "appealed", "appeals",
                    "lobbied", "lobbying")
_EN_ASK = L._en("demanded", "demands", "demanding", "demand", "proposed", "proposes",
                "proposing", "suggested", "suggests", "requested", "sought", "offered")
_EN_BETWEEN = L._en("a", "an", "the", "new", "direct", "urgent", "further", "fresh", "more",
                    "immediate", "emergency", "face-to-face", "for")
_AR_ASK = L._ar("دعا", "يدعو", "دعت", "تدعو", "دعوة", "الدعوة", "دعوته", "طالب", "يطالب",
                "طالبت", "تطالب", "مطالبة", "اقترح", "يقترح", "اقترحت", "تقترح", "اقتراح",
                "مقترح", "طلب", "يطلب", "طلبت", "تطلب", "سعى", "يسعى", "سعت", "تسعى")
_AR_BETWEEN = L._ar("إلى", "الى", "عقد", "بعقد", "إجراء", "اجراء", "بإجراء", "لعقد", "لإجراء")
_EN_ASK_ALL = _EN_ASK | _EN_ASK_FOR

# ---- dated in the future
_AR_NEXT = L._ar("المقبل", "المقبلة", "القادم", "القادمة")
_AR_TIME_NOUNS = L._ar("الأسبوع", "الاسبوع", "الشهر", "العام", "السنة", "الأحد", "الاثنين",
                       "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "يوم",
                       "الأيام", "الساعات", "الأسابيع")
_AR_TOMORROW = L._ar("غدا", "غداً", "غد")
_AR_FUTURE = _AR_NEXT | _AR_TOMORROW
_EN_FUTURE = L._en("tomorrow", "next")
_EN_NEXT_WHAT = L.EN_WEEKDAYS | L._en("week", "month", "year", "weekend")
_EN_CLAUSE_STOP = L._en("and", "but", "while", "whereas", "after", "before", "since", "when",
                        "where", "who", "which", "than")
_PUNCT = (".", ",", "،", ";", "؛", ":", "(", ")")
_WINDOW = 10  # tokens after the meeting word searched for its date

# ---- planned (session 16): "لقاءً مع Y مقرر الثلاثاء", "لقاء مرتقب مع Y", "على أن يعقد
# اجتماعاً مع Y": an indefinite predicate of planning in the meeting noun's clause, or the
# noun after "على أن" + an imperfect verb
_AR_PLANNED = L._ar("مقرر", "مقررة", "مرتقب", "مرتقبة", "متوقع", "متوقعة", "مزمع", "مزمعة",
                    "منتظر", "منتظرة", "مقررا", "مقرراً", "مرتقبا", "مرتقباً")
_AR_WAS = L._ar("كان", "كانت")

# ---- ahead of it (session 17): "X arrived ahead of talks with Y", "on the eve of the second
# round of talks with Y", "عشية الجولة الثانية من المحادثات مع Y": the meeting is still to come
_EN_AHEAD = L._en("ahead", "eve", "run-up")
_AR_EVE = L._ar("عشية")
_EN_AHEAD_SKIP = L._en("of", "the", "a", "an", "his", "her", "their", "its", "first", "second",
                       "third", "fourth", "fifth", "next", "new", "fresh", "round", "planned",
                       "expected", "scheduled", "upcoming", "further", "direct", "indirect")
_AR_AHEAD_SKIP = L._ar("الجولة", "جولة", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة",
                       "من", "المقبلة", "الجديدة", "جديدة", "المباشرة", "مباشرة")

# ---- called off (session 23): "Trump calls off a secret Camp David meeting with X and Y",
# "X postponed / scrapped a planned summit with Y": the verb before the meeting noun phrase
_EN_OFF_VERBS = L._en("call", "calls", "called", "calling", "put", "puts", "putting")
_EN_CALL_OFF = L._en("off", "cancels", "cancelled", "canceled", "cancel", "postpones",
                     "postponed", "scraps", "scrapped", "shelves", "shelved", "axes", "axed")

# ---- called off, Arabic (session 70): "أعلن X إلغاء / تأجيل لقاء مع Y", "X يلغي لقاءً مع Y":
# the verbal noun or the present tense of cancelling right before the meeting noun (the past
# verbs ألغى / أرجأ are negation words of ``lexicon.AR_NEG`` already)
_AR_CALL_OFF = L._ar("إلغاء", "بإلغاء", "وإلغاء", "لإلغاء", "تأجيل", "بتأجيل", "وتأجيل",
                     "لتأجيل", "إرجاء", "بإرجاء", "وإرجاء",
                     # the headline's present tense: "ترامب يلغي لقاءً سرياً مع Y"
                     "يلغي", "تلغي", "يؤجل", "تؤجل", "يرجئ", "ترجئ")

register_triggers(_AR_EVE, _EN_AHEAD)
register_triggers(AR_CONFIRM, EN_CONFIRM)  # a report not confirmed (unconfirmed_report)
register_triggers(_AR_CALL_OFF, frozenset())
register_triggers(frozenset(), _EN_CALL_OFF)
register_triggers(_AR_ASK, _EN_ASK_ALL)
register_triggers(_AR_FUTURE, _EN_FUTURE)
register_triggers(_AR_PLANNED, frozenset())
# the cue sets of :func:`unreal_meeting` (``SentenceCore.blocked`` calls it only when one is
# present)
CUE_SETS = frozenset({_AR_ASK, _EN_ASK_ALL, _AR_FUTURE, _EN_FUTURE, _AR_PLANNED, _AR_EVE,
                      _EN_AHEAD, _EN_CALL_OFF, _AR_CALL_OFF, AR_CONFIRM,
                      EN_CONFIRM}) | _TRIP_CUES


def unreal_meeting(sr: SentenceCore, k: int) -> bool:
    """Is the meeting word at *k* only asked for, proposed or dated in the future?"""
    cues = sr.present_sets
    ar = sr.toks[k].ar
    if (_AR_ASK if ar else _EN_ASK_ALL) in cues and _requested(sr, k):
        return True
    if ar and _AR_PLANNED in cues and _planned_noun_ar(sr, k):
        return True
    if (_AR_EVE if ar else _EN_AHEAD) in cues and _ahead_of(sr, k, ar):
        return True
    if not ar and _EN_CALL_OFF in cues and _called_off(sr, k):
        return True
    if ar and _AR_CALL_OFF in cues and _called_off_ar(sr, k):
        return True
    if (AR_CONFIRM if ar else EN_CONFIRM) in cues and unconfirmed_before(sr.toks, sr.lo, k):
        return True  # "لم تؤكد Z ما نشرته صحيفة عن لقاء ..." (unconfirmed_report)
    if not _TRIP_CUES.isdisjoint(cues) and planned_trip(sr, k):
        return True  # "was due to travel to D on Monday for talks with Y" (meeting_planned_trip)
    return (_AR_FUTURE if ar else _EN_FUTURE) in cues and (
        _future_dated(sr, k) or _future_before(sr, k, L.AR_MEET if ar else L.EN_MEET))


def _requested(sr: SentenceCore, k: int) -> bool:
    """"called for a meeting with Y", "دعا X إلى عقد لقاء مع Y" (module doc)."""
    if sr.toks[k].ar:
        if not sr.f(k) & L.AR_MEET_NOUNS:
            return False
        y = k - 1
        while y >= sr.lo and k - y <= 3 and sr.f(y) & _AR_BETWEEN:
            y -= 1
        m = sr.mention_at.get(y) if y < k - 1 else None
        if m is not None and m.kind == "name":  # VSO: "دعا X إلى عقد لقاء"
            y = title_start(m) - 1
        return y >= sr.lo and bool(sr.f(y) & _AR_ASK) and _no_name(sr, y)
    if sr.key(k) not in _EN_NOUNS:
        return False
    y = k - 1
    while y >= sr.lo and k - y <= 3 and sr.key(y) in _EN_BETWEEN:
        if sr.key(y) == "for" and sr.key(y - 1) in _EN_ASK_FOR:
            return True  # "called / pressed for (a) meeting"
        y -= 1
    return y >= sr.lo and sr.key(y) in _EN_ASK and _no_name(sr, y)


def _called_off_ar(sr: SentenceCore, k: int) -> bool:
    """"إلغاء اللقاء المقرر مع Y", "تأجيل اجتماعه مع Y", "يلغي لقاءً سرياً مع Y": a cancelling
    word at most two words before the meeting noun at *k*, no punctuation or name between."""
    if not sr.f(k) & L.AR_MEET:
        return False
    for y in range(k - 1, max(sr.lo, k - 3) - 1, -1):
        if sr.f(y) & _AR_CALL_OFF:
            return True
        if sr.toks[y].punct or sr.mention_at.get(y) is not None:
            return False
    return False


def _called_off(sr: SentenceCore, k: int) -> bool:
    """"calls off a secret Camp David meeting with X", "postponed a planned summit with Y": a
    calling-off verb at most six words before the meeting noun at *k*, past its article,
    adjectives and a place, with no punctuation, person or clause word between."""
    if sr.key(k) not in _EN_NOUNS:
        return False
    for y in range(k - 1, max(sr.lo, k - 7) - 1, -1):
        ky = sr.key(y)
        if ky in _EN_CALL_OFF:
            return ky != "off" or sr.key(y - 1) in _EN_OFF_VERBS
        m = sr.mention_at.get(y)
        if sr.toks[y].text in _PUNCT or ky in _EN_CLAUSE_STOP or (
                m is not None and m.etype == "Person"):
            return False
    return False


def _clause_words_after(sr: SentenceCore, k: int) -> Iterator[int]:
    """The tokens after the meeting word at *k*, up to _WINDOW of them and to the first
    punctuation mark, but for the tokens of a person's (or place's) name."""
    for y in range(k + 1, min(sr.hi, k + 1 + _WINDOW)):
        if sr.toks[y].text in _PUNCT:
            return
        m = sr.mention_at.get(y)
        if m is None or m.kind != "name":
            yield y


def _ahead_of(sr: SentenceCore, k: int, ar: bool) -> bool:
    """"ahead of / on the eve of (the second round of) talks with Y", "عشية (الجولة الثانية
    من) المحادثات مع Y": the meeting noun at *k* follows "ahead of" / "eve of" / عشية."""
    if not sr.f(k) & (L.AR_MEET if ar else L.EN_MEET_NOUNS):  # (Arabic: "عشية لقائه Y")
        return False
    skip = _AR_AHEAD_SKIP if ar else _EN_AHEAD_SKIP
    for y in range(k - 1, max(sr.lo, k - 7) - 1, -1):
        fs = sr.f(y)
        if fs & (_AR_EVE if ar else _EN_AHEAD):
            return ar or sr.key(y + 1) == "of"
        if not fs & skip:
            return False
    return False


def _planned_noun_ar(sr: SentenceCore, k: int) -> bool:
    """"أن لقاءً مع Y مقرر الثلاثاء", "لقاء مرتقب مع Y": the meeting noun at *k* is the
    subject of a predicate of planning in its clause (not "كان مقرراً": planned, then held)."""
    if not sr.f(k) & L.AR_MEET_NOUNS:
        return False
    for y in _clause_words_after(sr, k):
        fs = sr.f(y)
        if fs & _AR_PLANNED:
            return not sr.f(y - 1) & _AR_WAS
        if fs & L.AR_MEET:
            return False
    return False


def _future_dated(sr: SentenceCore, k: int) -> bool:
    """"ويلتقي X غداً Y", "X meets Y next week" (module doc)."""
    ar = sr.toks[k].ar
    meet = L.AR_MEET if ar else L.EN_MEET
    for y in _clause_words_after(sr, k):
        found = _date_word(sr, y, ar, meet, _no_name(sr, y))
        if found is not None:
            return found
    return False


def _future_before(sr: SentenceCore, k: int, meet: frozenset[str]) -> bool:
    """"X is expected to travel to Riyadh next week for talks with Y", "ويتوجه X الأسبوع
    المقبل إلى الرياض حيث يجري محادثات مع Y": the future date before the meeting word, in
    its clause (back to a punctuation mark, "and / who ...", another meeting word or a
    person's name)."""
    ar = sr.toks[k].ar
    lo = max(sr.lo, k - _WINDOW, _masthead_end(sr))
    for y in range(k - 1, lo - 1, -1):
        if sr.toks[y].text in _PUNCT:
            return False
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return False
        found = _date_word(sr, y, ar, meet, m is None)
        if found is not None:
            return found
    return False


_DASHES = ("-", "\u2013", "\u2014")


def _masthead_end(sr: SentenceCore) -> int:
    """The first token after a dateline opening the text ("عمّان - الغد - ": a city of one to
    three words, a dash, an outlet of one to four, a dash; in the first two sentences, the
    headline's and the lede's; session 33): its masthead ("الغد", the paper) is no date; also
    the masthead alone before one dash ("الغد - بحث X مع Y", session 54)."""
    lo = sr.lo
    if sr.si > 1:
        return lo
    toks = sr.toks
    d1 = next((x for x in range(lo + 1, min(sr.hi, lo + 4)) if toks[x].text in _DASHES), None)
    if d1 is None or any(toks[x].punct for x in range(lo, d1)):
        return lo
    if d1 == lo + 1 and sr.f(lo) & _AR_TOMORROW:
        return d1 + 1  # "الغد - بحث X ...": the masthead alone, no city before it
    d2 = next((x for x in range(d1 + 2, min(sr.hi, d1 + 6)) if toks[x].text in _DASHES), None)
    return lo if d2 is None else d2 + 1


def _date_word(sr: SentenceCore, y: int, ar: bool, meet: frozenset[str],
               outside_name: bool) -> bool | None:
    """Token *y* seen from a meeting word: True for a future date ("غداً", "next week"),
    False where the meeting's clause ends (another meeting word, "and", "who" ...), None to
    look further."""
    if ar:
        fs = sr.f(y)
        if fs & meet:
            return False  # the next meeting's own clause
        if fs & _AR_TOMORROW and "ء" not in sr.toks[y].text and outside_name:
            return True  # (not "مأدبة غداء", lunch: folded alike)
        if fs & _AR_NEXT and sr.f(y - 1) & _AR_TIME_NOUNS:
            return True
        return None
    ky = sr.toks[y].key
    if ky in _EN_CLAUSE_STOP or ky in meet:
        return False
    if ky == "tomorrow" or (ky == "next" and sr.key(y + 1) in _EN_NEXT_WHAT):
        return True
    return None


def _no_name(sr: SentenceCore, y: int) -> bool:
    """Is token *y* outside every name ("طالب" is also a given name)?"""
    m = sr.mention_at.get(y)
    return m is None or m.kind != "name"
