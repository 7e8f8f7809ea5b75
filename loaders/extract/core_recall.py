"""Recall helpers for the three core relations (MET_WITH, SUCCESSOR_OF, ASSASSINATED_BY).

Plain functions over a :class:`loaders.extract.relations.SentenceRules` instance (``sr``), so
this module does not import ``relations`` (which imports it). Each helper is a general
construction of news prose in Arabic or English, not a fit to one sentence:

- remote contacts ("by phone", "video link", "اتصال هاتفي") are no meeting;
- passives with an adverb or a place before the agent ("was received later / at the
  Pentagon by Y").

The recall helpers of each family live in ``core_recall_kill`` (companions, the strike's agent
told before), ``core_recall_strike_later`` (the agent told after), ``core_recall_succession``
(instead of, whose successor, became after a loss), ``core_recall_objects`` and
``core_recall_meetings`` (MET_WITH), with their cue words in ``core_recall_hooks``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.aside_span_ar import past_aside_ar
from loaders.extract.fronted_call import fronted_call_end
from loaders.extract.rule_common import title_start

# English adverbs between an auxiliary and a participle, or a participle and 'by'
EN_ADV = frozenset({"also", "later", "then", "first", "separately", "personally", "warmly",
                    "briefly", "afterwards", "subsequently", "reportedly", "again",
                    "earlier", "officially", "formally", "jointly", "both", "all", "each",
                    "often", "frequently", "regularly", "repeatedly", "secretly", "privately",
                    "recently", "previously", "once", "twice"})
_EN_PLACE_PREPS = frozenset({"at", "in", "on", "inside"})
# adverbial phrases "in <noun>" ("in turn", "in practice", "in effect")
_EN_IN_ADVERBS = frozenset({"turn", "practice", "effect", "fact", "reality"})
_EN_DAYS = L.EN_WEEKDAYS | frozenset({"today", "yesterday", "evening", "morning", "night", "day",
                      "week", "last", "this", "same", "days", "weeks", "months", "years",
                      "hours", "month", "year", "few", "several", "two", "three"})
# the meeting itself as the phrase before 'by' (session 45, meetnew): "the Uzbek minister was
# received in a separate meeting by Y", "was received in a private audience by Y"
_EN_MEETING_PP = frozenset({"separate", "private", "brief", "closed-door", "one-on-one",
                            "meeting", "audience", "session"})

# a contact that is not a meeting in person
_EN_REMOTE = frozenset({"phone", "telephone", "videoconference", "teleconference",
                        "phone-call", "videolink"})
_EN_REMOTE_VIDEO = frozenset({"link", "call", "conference", "conferencing", "chat"})
_EN_REMOTE_T = _EN_REMOTE | {"video", "virtual", "virtually"}
_AR_REMOTE = L._ar("هاتفي", "هاتفيا", "هاتفياً", "هاتفية", "الهاتف", "بالهاتف", "الهاتفي",
                   "مرئي", "المرئي", "مرئية", "الفيديو", "بالفيديو", "افتراضي", "الافتراضي",
                   "افتراضية", "الافتراضية", "متلفز", "المتلفز")


def remote_contact(sr: Any) -> bool:
    """Does the sentence describe a call or a video conference ("spoke by phone", "held
    talks by video link", "في اتصال هاتفي", "عبر الفيديو")? Cached per sentence."""
    hit = getattr(sr, "_remote", None)
    if hit is None:
        hit = False
        for x in sr.triggers(_AR_REMOTE, _EN_REMOTE_T):
            if _remote_at(sr, x):
                hit = True
                break
        sr._remote = hit
    return hit


def _remote_at(sr: Any, x: int) -> bool:
    t = sr.toks[x]
    if t.ar:
        return bool(sr.f(x) & _AR_REMOTE)
    return t.key in _EN_REMOTE or (t.key in ("video", "virtual", "virtually") and (
        sr.key(x + 1) in _EN_REMOTE_VIDEO or sr.key(x - 1) in ("by", "via")))


# words that open a side clause with its own action ("، فيما اكتفى Z بالاتصال هاتفياً")
_AR_ASIDE = L.AR_WHILE
_AR_ASIDE_AFTER_COMMA = L._ar("كما", "ثم")
_EN_ASIDE = frozenset({"while", "whereas", "meanwhile"})
# a second predicate of the same subject, the call's own: "X met Y and (later) spoke by phone
# with Z", "التقى X Y، وأجرى اتصالاً هاتفياً مع Z"
_EN_AND_PREDICATE = frozenset({"spoke", "held", "had", "made", "talked", "called", "phoned",
                               "telephoned", "received", "exchanged", "later", "then", "also",
                               "separately", "subsequently"})
_AR_AND_PREDICATE = L._ar("وأجرى", "واجرى", "واتصل", "وتحدث", "وتلقى", "وهاتف", "وبحث",
                          "وتباحث", "وتحادث")


# "X met Y after speaking by phone with Z" / "التقى X Y بعد اتصال هاتفي مع Z": a call told in a
# time clause of its own
_EN_TIME_CONJ = frozenset({"after", "before", "following"})
_EN_TIME_CONJ_NEXT = frozenset({"a", "an", "the", "his", "her", "their", "its"})
_AR_TIME_CONJ = L._ar("بعد", "قبل", "عقب", "إثر", "اثر", "وبعد", "وقبل")
_AR_CALL_NOUNS = L._ar("اتصال", "اتصاله", "اتصالها", "اتصالات", "مكالمة", "مكالمته",
                       "مكالمتها", "محادثة", "محادثات", "إجرائه", "اجرائه", "إجراء", "اجراء",
                       "تلقيه", "تلقي")
# a span of time before the call noun: "بعد ساعات (قليلة) من اتصال هاتفي", "قبل يومين من"
_AR_TIME_SPAN = L._ar("ساعات", "ساعة", "ساعتين", "دقائق", "يوم", "يومين", "أيام", "ليلة",
                      "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "قليلة", "قليل",
                      "فقط", "من")


def _call_after_time_ar(sr: Any, x: int) -> bool:
    """Does a call noun follow the time conjunction at *x*, right after it or past a span of
    time and "من" ("بعد اتصال"، "بعد ساعات من اتصال هاتفي أجراه به Z")?"""
    for y in range(x + 1, min(sr.hi, x + 5)):
        if sr.key(y) in _AR_CALL_NOUNS:
            return y == x + 1 or sr.key(y - 1) == "من"
        if not sr.f(y) & _AR_TIME_SPAN:
            return False
    return False


def _aside_opener(sr: Any, x: int) -> bool:
    tk = sr.toks[x]
    if not tk.ar:
        nk = sr.key(x + 1)
        return tk.key in _EN_ASIDE or (tk.key == "and" and nk in _EN_AND_PREDICATE) or (
            tk.key == "and" and sr.key(x - 1) == "," and _own_subject_en(sr, x + 1)) or (
            tk.key in _EN_TIME_CONJ and (nk.endswith("ing") or nk in _EN_TIME_CONJ_NEXT))
    if tk.key in _AR_TIME_CONJ and _call_after_time_ar(sr, x):
        return True
    fs = sr.f(x)
    return bool(fs & _AR_ASIDE or (fs & (_AR_ASIDE_AFTER_COMMA | _AR_AND_PREDICATE) and
                                   x > sr.lo and sr.toks[x - 1].text in ("،", ",")) or (
        tk.key == "حين" and sr.key(x - 1) in ("في", "وفي")))


_EN_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})


def _own_subject_en(sr: Any, x: int) -> bool:
    """Does a clause with a subject of its own open at *x* after ", and" ("..., and Y later
    spoke by phone with Z", "..., and he later called Z")? A person named there (title
    first) or a subject pronoun."""
    return sr.key(x) in _EN_SUBJECT_PRONOUNS or any(
        m.etype == "Person" and (m.tlo if 0 <= m.tlo < m.lo else m.lo) == x for m in sr.args)


def _met_relative(sr: Any, x: int) -> bool:
    """A relative clause of meeting opens at *x*: "(, with) whom", "، الذي (سبق أن) التقاه"."""
    if sr.key(x) == "whom":
        return sr.key(x - 1) in (",", "with")
    return sr.toks[x].ar and sr.key(x) in ("الذي", "التي") and sr.key(x - 1) in ("،", ",") and \
        any(sr.f(y) & L.AR_MEET for y in range(x + 1, min(sr.hi, x + 4)))


def remote_aside(sr: Any, src: str, tgt: str) -> bool:
    """Are the call words of the sentence and the meeting of *src* and *tgt* in two clauses,
    one a side clause ("استقبل X Y في بغداد، فيما اكتفى Z بالاتصال هاتفياً بـW", "X received
    Y, while Z spoke by phone with W"; or the call first: "X spoke by phone with Z, while Y
    met W")? Then the call is another contact and the meeting stands. A partner not named in
    the sentence counts as named before it."""
    firsts = [next((m.lo for m in sr.args if m.eid == eid), sr.lo - 1) for eid in (src, tgt)]
    remote = [x for x in range(sr.lo, sr.hi) if _remote_at(sr, x)]
    if not remote:
        return True
    lo, hi = min(firsts), max(firsts)
    if remote[0] < lo:
        end = fronted_call_end(sr.toks, sr.lo, sr.hi, remote)
        if end is not None and end <= lo:
            return True  # "After a phone call with Z, X met Y": the main clause's meeting
    if lo < remote[0] and remote[-1] < hi and sr.toks[remote[0]].ar and any(
            remote[-1] < past_aside_ar(sr, k) <= hi for k in range(lo, remote[0])):
        return True  # "التقى X، الذي أجرى اتصالاً هاتفياً بـZ، Y": the aside's call (s55)
    if remote[0] > hi and any(_aside_opener(sr, x) for x in range(hi + 1, remote[0])):
        return True  # the call is told after both partners, in a side clause
    if remote[0] > hi and third_caller(sr, remote[0], hi, (src, tgt)):
        return True  # "X met Y, with Z in attendance and W joining by phone": W's call
    if lo < remote[0] and remote[-1] < hi and any(
            _aside_opener(sr, x) and any(sr.f(y) & (L.AR_MEET | L.EN_MEET)
                                         for y in range(x + 1, min(hi, x + 3)))
            for x in range(remote[-1] + 1, hi)):
        return True  # "تلقى X اتصالاً هاتفياً من Z، ثم استقبل Y": then a meeting (s52)
    if remote[-1] < lo:
        return any(_aside_opener(sr, x) for x in range(remote[-1] + 1, lo))
    if lo < remote[0] and any(_met_relative(sr, x) for x in range(max(hi, remote[-1]) + 1, sr.hi)):
        return True  # "X spoke by phone with Y, with whom he held talks in Cairo": the relative
    if lo < remote[0] and remote[-1] < hi and any(
            sr.key(x) in _EN_TIME_CONJ or sr.key(x) in _AR_TIME_CONJ and sr.toks[x].ar
            for x in range(remote[-1] + 1, hi)) and any(
            _aside_opener(sr, x) for x in range(remote[-1] + 1, hi)):
        return True  # "X spoke by phone with Z after meeting Y": the subject met Y
    # the call first, one partner named in it too: "اتصل Z بـX هاتفياً، فيما استقبل X Y"
    after = [next((m.lo for m in sr.args if m.eid == eid and m.lo > remote[-1]), -1)
             for eid in (src, tgt)]
    return min(after) > remote[-1] and \
        any(_aside_opener(sr, x) for x in range(remote[-1] + 1, min(after)))


def third_caller(sr: Any, r: int, hi: int, pair: tuple[str, str]) -> bool:
    """Is the call word at *r* said of a third person named right before it, after both of
    *pair* (whose later one starts at *hi*): "..., and Turkish President Erdogan joining by
    phone" (session 52)?"""
    near = max((m for m in sr.args if m.hi <= r and r - m.hi <= 3 and m.etype == "Person"
                and not m.poss),
               key=lambda m: m.hi, default=None)
    if near is None or near.eid in pair or near.lo <= hi:
        return False
    if any(near in sr.chain(m) for m in sr.args if m.eid in pair):
        return False  # "X met A and B by video link": B, listed with A, is a partner
    return any(sr.key(y) not in _CALL_GLUE for y in range(near.hi, r)) or \
        sr.key(title_start(near) - 1) in _AR_CALL_VERBS  # "قبل أن يجري Z اتصالاً"


_CALL_GLUE = frozenset({"by", "via", "over", "through", "on", "a", "an", "the", "and", ","})
_AR_CALL_VERBS = L._ar("يجري", "أجرى", "اجرى", "وأجرى", "تلقى", "وتلقى", "شارك", "وشارك",
                       "انضم", "وانضم", "اتصل", "واتصل")


def passive_by(sr: Any, t: int, span: int = 9) -> int | None:
    """Position of the agent's 'by' after the passive participle at *t*: right after it, or
    after adverbs, days, a place phrase and the meeting ("received later by", "received at
    the Pentagon by", "hosted in Baghdad on Monday by", "received in a separate meeting by"). None when a clause boundary comes first."""
    for x in range(t + 1, min(sr.hi, t + span)):
        tk = sr.toks[x]
        k = tk.key
        if k == "by":
            return x
        if tk.punct and tk.text not in (".", "-", "'"):
            return None
        if tk.ar:
            return None
        m = sr.mention_at.get(x)
        if m is not None and m.etype in ("Location", "Country", "Organization"):
            continue
        if k in _EN_IN_ADVERBS and sr.key(x - 1) == "in":
            continue  # "was received in turn by Y", "was succeeded in practice by Y" (s57)
        if k in EN_ADV or k in _EN_PLACE_PREPS or k in _EN_DAYS or k in ("the", "a", "an") or \
                tk.cap or tk.punct or k.isdigit() or k in EN_PLACE_NOUNS or k in _EN_MEETING_PP:
            continue
        return None
    return None


# common nouns of a place phrase ("received at the airport / at his office by X")
EN_PLACE_NOUNS = frozenset({"airport", "palace", "headquarters", "office", "offices",
                            "residence", "home", "house", "ministry", "embassy", "compound",
                            "hotel", "capital", "city", "border", "building", "venue", "port",
                            "base", "his", "her", "their", "its", "presidential", "official",
                            "government", "state", "guesthouse", "of", "arrival",
                            # where an arriving guest is met: "on the tarmac", "at the foot
                            # of the aircraft steps", "at the terminal gate"
                            "tarmac", "runway", "foot", "aircraft", "plane", "airplane",
                            "steps", "stairs", "gate", "terminal", "entrance", "door",
                            "hall", "lounge"})
