"""A veto on the scorer's relations in hedged words (session 46, ``hedged``, called by
``scored.ScoredExtractor``): at session 46's lower thresholds (MET_WITH 0.35, SUCCESSOR_OF
0.6, ASSASSINATED_BY 0.3) the scorer began to give relations the text does not state, in the
shapes the engineers' probes hold as negatives (``bench/probe_shapes_en.py``,
``probe_shapes_ar.py``, ``probe_precision.py``): a phone or video call, a meeting planned,
due, wished for or called off, a nominee or a successor that could be ("positioning him to
succeed Y"; and "succeeded in persuading", managing: session 57), a killing denied,
attempted, survived or only alleged by a third party (or attributed: session 69); a meeting looked forward to or told in
the future of a verb of talks («يتطلع إلى لقاء Y», «وسيبحث خلال لقائه مع Y») and people
called, not met ("a phone call with his counterparts, A and B"; ``called_both``): session 59.

A relation from the scorer is dropped when a word of such a class (the scorer's own cue
classes ``neg``, ``modal``, ``phone``, ``cand``, ``accuse`` of ``scorer_features``, and the
few words below) stands near the pair: from ``HEDGE_BEFORE`` tokens before the first of the
two to ``HEDGE_AFTER`` tokens after the second, within the sentence. The rules' relations are
never touched: they read these words clause by clause.
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.asked_questions import QUESTION_MARKS, asked_question
from loaders.extract.false_report_ar import claim_corrected_ar
from loaders.extract.false_report_en import claim_then_false
from loaders.extract.fronted_call import fronted_call_end, fronted_conj
from loaders.extract.khalafan_hedged_ar import hedged_taking_in
from loaders.extract.mention_base import Mention
from loaders.extract.scorer_features import CUES, _ar, tok_info
from loaders.extract.scorer_gates import EN_BE
from loaders.extract.succession_errand_en import APPOINTED_EN, errand_infinitive_en
from loaders.extract.succession_unsettled import prospect_as_en
from loaders.extract.tokens import Tok
from loaders.extract.unconfirmed_report import unconfirmed_before
from loaders.extract.visit_agenda_ar import visit_agenda_in

_BIT = {name: 1 << i for i, (name, _words) in enumerate(CUES)}
_HEDGE_BITS = {
    "MET_WITH": _BIT["neg"] | _BIT["modal"] | _BIT["phone"],
    "SUCCESSOR_OF": _BIT["neg"] | _BIT["modal"] | _BIT["cand"],
    "ASSASSINATED_BY": _BIT["neg"] | _BIT["modal"] | _BIT["accuse"],
}
# the future of a verb of meeting or talks (session 59): «وسيبحث خلال لقائه مع Y», «ستعقد /
# سنلتقي / سيجري»: the س prefix on an imperfect of one of these stems (not a bare «س» word:
# «سياسي», «سيطرة», «سيادة» are no verbs)
_AR_MEET_IMPERFECT = ("لتقي", "لتقى", "جتمع", "ستقبل", "زور", "بحث", "ناقش", "عقد", "جري",
                      "تناول", "حضر", "شارك", "جمع", "تباحث", "تشاور", "حادث")
AR_FUTURE_MEET = _ar(*(f"س{p}{stem}" for p in "يتنأ" for stem in _AR_MEET_IMPERFECT))
_MORE = {
    "MET_WITH": frozenset({"ready", "virtual", "virtually", "online", "remotely", "link",
                           "videoconference", "off", "invited", "invitation", "hopes",
                           "wish", "wishes", "proposed"})
    | _ar("افتراضي", "افتراضيا", "المرئي", "مرئي", "الاتصال", "دعوة", "استعداد", "مستعد",
          "تأجيل", "ألغي", "إلغاء",
          # a headline's present tense of calling off (session 70): «X يلغي لقاءً مع Y»
          "يلغي", "تلغي", "يؤجل", "تؤجل", "يرجئ", "ترجئ", "إرجاء",
          # the verbs of a call (session 53): «ثم اتصل بـ Y», «هاتف Y»
          "اتصل", "واتصل", "يتصل", "هاتف", "يهاتف",
          # looked forward to (session 59): «يتطلع / نتطلع إلى لقائه مع Y»
          "يتطلع", "تتطلع", "نتطلع", "أتطلع", "اتطلع", "يتطلعان", "يتطلعون", "تطلعه", "تطلع")
    | AR_FUTURE_MEET,
    "SUCCESSOR_OF": frozenset({"nominee", "nominated", "tipped", "likely", "favourite",
                               "favorite", "contender", "shortlist", "shortlisted", "race",
                               "awaits", "vote",
                               # an attempt (session 53): "K sought to replace Y with X"
                               "sought", "seeking", "seeks", "tried", "trying", "tries",
                               "attempted", "attempting",
                               # put in line (session 57): "positioning him to succeed Y"
                               "positioning", "positions", "positioned", "grooming",
                               "groomed"})
    | _ar("مرشح", "المرشح", "مرشحا", "ترشيح", "المحتمل", "محتمل", "الأوفر"),
    "ASSASSINATED_BY": frozenset({"survived", "survives", "surviving", "attempt", "attempted",
                                  "plot", "plotted", "foiled", "thwarted", "planned", "alleged",
                                  "allegedly", "suspected",
                                  # a threat (session 59): "Israel threatened to kill X"
                                  "threatened", "threatens", "threatening", "threat",
                                  "threats"})
    | _ar("نجا", "ينجو", "محاولة", "محاولات", "مخطط", "إحباط", "أحبط", "احبط", "فشل",
          "فاشلة", "مزعوم",
          # «هددت / توعدت إسرائيل باغتيال X»
          "هدد", "هددت", "يهدد", "تهدد", "تهديد", "تهديدات", "توعد", "توعدت", "يتوعد",
          "تتوعد"),
}
# cue-class words that hedge nothing in narration: «قد» before a past verb ("has"), «ما»
# ("what"), «غير» / «دون» ("other", "below"), "later" ("later met")
_NOT_HEDGES = frozenset({"later"}) | _ar("قد", "وقد", "ما", "غير", "دون")
HEDGE_BEFORE = 4  # tokens before the first of the pair
HEDGE_AFTER = 6  # tokens after the second


def hedged(typ: str, a: Mention, b: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """Does a hedging word of *typ* stand near the pair *a*, *b* (sentence tokens *lo*..*hi*)?"""
    bits, more = _HEDGE_BITS[typ], _MORE[typ]
    first, last = (a, b) if a.lo <= b.lo else (b, a)
    if hi > lo and toks[hi - 1].text in QUESTION_MARKS and asked_question(toks, lo, first.lo):
        return True  # "هل التقى X بـY؟", "Did X meet Y?" (asked_questions, session 55)
    if not toks[lo].ar and claim_then_false(toks, lo, hi, last.lo):
        return True  # "Claim: Israel killed X. Verdict: False." (false_report_en, s57)
    if toks[lo].ar and claim_corrected_ar(toks, lo, hi, last.lo):
        return True  # «زعم حساب أن Y قتل X. والصحيح أن X لم يُقتل» (false_report_ar, s57)
    if typ == "MET_WITH" and (absent_named(a, toks, lo, hi) or absent_named(b, toks, lo, hi)):
        return True  # «في غياب X», «غاب عن الاجتماع X», "X was absent" (session 58)
    if typ == "MET_WITH" and visit_agenda_in(toks, lo, hi, last.lo):
        return True  # «في زيارة يلتقي خلالها Y»: the visit's plan (visit_agenda_ar, s58)
    if typ == "MET_WITH" and called_both(toks, lo, first.lo, last.lo):
        return True  # "held a phone call with his counterparts, A and B" (session 59)
    if typ == "MET_WITH" and fronted_call_partner(toks, lo, hi, first.lo):
        return True  # "After a phone call with Z, X met Y": not Z (fronted_call, s67)
    if typ == "MET_WITH" and unconfirmed_before(toks, lo, first.lo):
        return True  # "declined to confirm a report that X met Y" (unconfirmed_report, s70)
    if typ == "SUCCESSOR_OF" and toks[lo].ar and khalafan_hedged(toks, lo, first.lo, last.lo):
        return True  # «قد يُكلَّف X ... خلفاً لـY» (khalafan_hedged_ar, session 69)
    for k in range(max(lo, first.lo - HEDGE_BEFORE), min(hi, last.hi + HEDGE_AFTER)):
        t = toks[k]
        if t.punct or t.key in _NOT_HEDGES:
            continue
        if typ == "SUCCESSOR_OF" and managed_to(toks, k, hi):
            return True
        if typ == "SUCCESSOR_OF" and prospect_as_en(toks, k, hi):
            return True  # "X, long seen as the successor of Y" (succession_unsettled, s69)
        if typ == "SUCCESSOR_OF" and in_line_to(toks, k, hi):
            return True  # "X is in line to succeed Y" (session 65)
        if typ == "SUCCESSOR_OF" and t.key in APPOINTED_EN and errand_infinitive_en(toks, k, hi):
            return True  # "chosen to lead the delegation after Y's killing" (s58)
        if typ == "MET_WITH" and to_be_done_en(toks, k, lo) and k < last.lo and \
                not any(toks[z].punct for z in range(k, last.lo)):
            return True  # (not "The aim was to show unity, X said after meeting Y")
        forms, tb = tok_info(t)
        if tb & bits or t.key in more or not more.isdisjoint(forms):
            return True
        if typ == "ASSASSINATED_BY" and attributed_deed(toks, k, lo, forms):
            return True  # "a strike attributed to Y killed X" (session 69)
    return False


# an attribution right after the deed, as "blamed on" (session 69): "an airstrike (widely)
# attributed to Israel killed X", «قتلت غارة نُسبت / منسوبة إلى إسرائيل X»; not a speaker's
# ("an operation that Maliki attributed to Iraqi forces": the dev gold keeps that agent)
_ATTRIBUTED = L.EN_ATTRIBUTED | L.AR_ATTRIBUTED | _ar("منسوب", "المنسوب")
_ATTRIBUTED_ADV = frozenset({"widely", "largely", "generally", "also", "often", "commonly"})
_ATTRIBUTED_DEED = L.EN_STRIKE | L.AR_STRIKE | frozenset({
    "blast", "blasts", "explosion", "explosions", "assassination", "assassinations", "killing",
    "killings", "bombings"}) | _ar("انفجار", "تفجير", "اغتيال", "الاغتيال", "الانفجار", "التفجير")


def attributed_deed(toks: list[Tok], k: int, lo: int, forms: tuple[str, ...]) -> bool:
    """Is the token at *k* (its *forms*) an attribution word right after a strike, blast or
    killing noun, adverbs aside ("a drone strike widely attributed to Y")?"""
    if toks[k].key not in _ATTRIBUTED and _ATTRIBUTED.isdisjoint(forms):
        return False
    j = k - 1
    while j > lo and toks[j].key in _ATTRIBUTED_ADV:
        j -= 1
    if j < lo:
        return False
    return toks[j].key in _ATTRIBUTED_DEED or not _ATTRIBUTED_DEED.isdisjoint(tok_info(toks[j])[0])


def khalafan_hedged(toks: list[Tok], lo: int, first: int, last: int) -> bool:
    """Is a «خلفاً» between the pair (mentions at *first* and *last*) governed by a taking told
    only as possible (``khalafan_hedged_ar``)?"""
    for k in range(first + 1, last):
        if toks[k].key in L.AR_KHALAFAN:
            return hedged_taking_in(toks, lo, k, lambda y: tok_info(toks[y])[0])
    return False


def fronted_call_partner(toks: list[Tok], lo: int, hi: int, first: int) -> bool:
    """Is the first of a pair (at *first*) named in a call clause that opens the sentence
    ("After a phone call with Z, X met Y", «بعد اتصال هاتفي مع Z، التقى X Y»)? The call's
    partner met nobody of it (``fronted_call``, session 67)."""
    if fronted_conj(toks, lo, hi) is None:
        return False
    phone = _BIT["phone"]
    calls = [k for k in range(lo, min(hi, lo + 10)) if tok_info(toks[k])[1] & phone]
    end = fronted_call_end(toks, lo, hi, calls)
    return end is not None and first < end


_CALL_STOPS = frozenset({".", ";", ":", "?", "!", "؛", "؟"})


def called_both(toks: list[Tok], lo: int, first: int, last: int) -> bool:
    """Are both people of a pair (first mention at *first*, the other at *last*) named after a
    word of a call ("phone", "call", «اتصال», «هاتفيا» ...: the scorer's ``phone`` class) with
    no word of meeting between it and the second ("X held a phone call with his counterparts,
    A and B", «أجرى X اتصالاً هاتفياً مع نظيريه A وB»: A and B were called, they did not meet)?
    (session 59)"""
    phone, meet = _BIT["phone"], _BIT["meet"]
    call = False
    for k in range(lo, last):
        t = toks[k]
        if t.text in _CALL_STOPS:
            call = False
            continue
        if t.punct:
            continue
        _forms, tb = tok_info(t)
        if tb & meet:
            call = False
        elif tb & phone and k < first:
            call = True
    return call


_EN_SUCCEED_FORMS = frozenset({"succeed", "succeeds", "succeeded", "succeeding"})


def managed_to(toks: list[Tok], k: int, hi: int) -> bool:
    """"succeeded in persuading / securing": the verb of managing at *k* (an English
    "succeed" followed by "in" and a gerund), no succession (session 57)."""
    return toks[k].key in _EN_SUCCEED_FORMS and k + 2 < hi and toks[k + 1].key == "in" and \
        toks[k + 2].key.endswith("ing") and not toks[k + 2].cap


def in_line_to(toks: list[Tok], k: int, hi: int) -> bool:
    """Is the token at *k* the "line" of "in line to (succeed)": "X is (next) in line to succeed
    Y", a prospect, not a succession (the rules' ``succession_nominated.positioned_to_succeed``
    reads the same)?"""
    return toks[k].key == "line" and k >= 1 and toks[k - 1].key in ("in", "next") and \
        k + 1 < hi and toks[k + 1].key == "to"


def to_be_done_en(toks: list[Tok], k: int, lo: int) -> bool:
    """"X is to be received by Y" / "X is to meet Y" / "was to hold talks": "to" at *k* after
    a form of "be", a plan (session 58)."""
    return toks[k].key == "to" and k - 1 >= lo and toks[k - 1].key in EN_BE and \
        k + 1 < len(toks) and not toks[k + 1].ar and toks[k + 1].key.isalpha() and \
        not toks[k + 1].cap


# the absent one: «في غياب X» / «بغياب X» / «غاب عن الاجتماع X» / "in the absence of X"
_ABSENT_BEFORE = frozenset({"absence"}) | _ar("غياب", "بغياب", "وبغياب", "غاب", "وغاب",
                                               "تغيب", "وتغيب", "تغيّب", "غابت", "وغابت")
_ABSENT_AFTER = frozenset({"absent"})  # "X was absent"; "X was not present"


def absent_named(m: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """Is the person of *m* named as absent from the meeting ("في غياب X", "غاب عن الاجتماع
    X", "in the absence of X", "X was absent / was not present")? (session 58)"""
    start = m.tlo if 0 <= m.tlo < m.lo else m.lo
    for j in range(max(lo, start - 4), start):
        t = toks[j]
        if t.punct and t.text not in ("-",):
            continue
        forms, _tb = tok_info(t)
        if t.key in _ABSENT_BEFORE or not _ABSENT_BEFORE.isdisjoint(forms):
            return True
    k = m.hi
    if k + 1 < hi and toks[k].key in ("was", "is", "were") and not toks[k].ar:
        if toks[k + 1].key in _ABSENT_AFTER:
            return True
        return k + 2 < hi and toks[k + 1].key == "not" and toks[k + 2].key == "present"
    return False
