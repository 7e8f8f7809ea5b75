"""MET_WITH: a speaker who tells (assures, briefs, urges ...) an addressee something at a
meeting met the addressee.

- English: "X told Y during a meeting in Tehran that ...", "X assured Y at the talks",
  "During a meeting on Monday, X briefed Y on ..." (:func:`told_at_meeting_en`);
- Arabic: "أكد X لـY خلال اللقاء أن ..."، "وأبلغ X الرئيسَ Y خلال اجتماع في طهران"،
  "وخلال لقائهما، أكد X لـY" (:func:`told_at_meeting_ar`).

The meeting phrase is a preposition (during / at / in; خلال / في / أثناء) and a meeting noun
right after the addressee, or opening the sentence before the speaker. Not a meeting: a
meeting noun with its own partner ("at a meeting with Z", "خلال لقائه مع Z": the other rules
read those), a call ("by phone", "في اتصال هاتفي": no meeting noun), a plan or a negation
("will tell Y at a meeting next week": ``SentenceCore.blocked``), an addressee who is no
named person ("told reporters").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

MW = "MET_WITH"
_NONE: frozenset[str] = frozenset()
EN_TOLD = frozenset({"told", "tells", "assured", "assures", "reassured", "briefed", "briefs",
                     "urged", "urges", "warned", "warns", "informed", "informs", "pressed",
                     "presses", "thanked", "thanks", "congratulated", "handed", "hands"})
_EN_PREPS = frozenset({"during", "at", "in", "on", "over"})
_EN_NOUNS = frozenset({"meeting", "meetings", "talks", "session", "encounter"})
# (session 56, long56) a meal is as much a meeting: "X conveyed it to Y at a dinner"
_EN_MEALS = frozenset({"dinner", "lunch", "luncheon", "breakfast", "banquet", "iftar"})
# "X conveyed / delivered / relayed the message to Y", "X raised the issue with Y": the
# addressee after "to" / "with", a few words past the verb (session 56, long56)
_EN_PASSED = frozenset({"conveyed", "conveys", "delivered", "delivers", "relayed", "relays",
                        "passed", "passes", "expressed", "expresses", "raised", "raises"})
_EN_TO = frozenset({"to", "with"})
_EN_TOLD_ALL = EN_TOLD | _EN_PASSED
_EN_OWN_PARTNER = frozenset({"with", "between"})
AR_TOLD = L._ar("أكد", "اكد", "أكدت", "أبلغ", "ابلغ", "أبلغت", "قال", "قالت", "شدد", "شددت",
                "أوضح", "أوضحت", "نقل", "نقلت", "أطلع", "اطلع", "أطلعت", "طمأن", "حث", "حثت",
                "دعا", "دعت", "أعرب", "أعربت", "جدد", "جددت", "سلم", "سلمت")
# Arabic verbs whose addressee is a direct object (the others take لـ)
_AR_DIRECT = L._ar("أبلغ", "ابلغ", "أبلغت", "أطلع", "اطلع", "أطلعت", "طمأن", "حث", "حثت",
                   "دعا", "دعت")
_AR_PREPS = L._ar("خلال", "وخلال", "في", "وفي", "أثناء", "اثناء", "وأثناء", "ولدى", "لدى")
# "لقائهما" (their meeting, of two) is no AR_MEET word: it opens ``meetings_ar`` itself
AR_DUAL_MEETING = L._ar("لقائهما", "اجتماعهما", "مباحثاتهما", "محادثاتهما")
_AR_NOUNS = L.AR_MEET_NOUNS | AR_DUAL_MEETING | L._ar("المحادثات", "المباحثات", "لقائه",
                                                       "لقائها", "اجتماعه")
_AR_OWN_PARTNER = L._ar("مع", "ومع", "بين", "جمع", "جمعه", "جمعهما", "ضم")
_COMMAS = frozenset({",", "،"})




def _meeting_phrase_en(sr: Any, x: int) -> int:
    """End (exclusive) of "during/at (a/the ...) meeting" starting at *x*, else -1; -1 too
    when the meeting has a partner of its own ("at a meeting with Z")."""
    if sr.key(x) not in _EN_PREPS:
        return -1
    y = x + 1  # "a (closed-door / two-hour / Monday) meeting": a few words, no name
    nouns = _EN_NOUNS | _EN_MEALS
    while y < sr.hi and y - x <= 5 and sr.key(y) not in nouns and \
            not sr.toks[y].punct or sr.key(y) == "-":
        if y in sr.mention_at:
            return -1
        y += 1
    if y >= sr.hi or sr.key(y) not in nouns or sr.key(y + 1) in _EN_OWN_PARTNER:
        return -1
    if sr.key(x) == "over" and sr.key(y) not in _EN_MEALS:
        return -1  # "over dinner", not "over the talks"
    return y + 1


def _meeting_phrase_ar(sr: Any, x: int) -> int:
    """End (exclusive) of "خلال (ال)لقاء/الاجتماع/لقائهما" at *x*, else -1 (also when a
    partner follows: "خلال لقائه مع Z" / "خلال اجتماع جمعه بـZ")."""
    if sr.key(x) not in _AR_PREPS or x + 1 >= sr.hi:
        return -1
    if not sr.f(x + 1) & _AR_NOUNS:
        return -1
    nxt = x + 2
    if sr.key(nxt) in _AR_OWN_PARTNER:
        return -1
    m = sr.mention_at.get(nxt)
    if m is not None and m.etype == "Person":
        return -1  # "خلال لقائه الرئيسَ Z": the partner is Z (meetings.py)
    return nxt


def _title_words_en(sr: Any, lo: int, hi: int) -> bool:
    """Are the words [lo, hi) before an addressee's name part of his title: capitalised
    or "the", or any words after a possessive ("Iran's top security official Y"; session
    14)? Not "reporters that"."""
    poss = False
    for y in range(lo, hi):
        m = sr.mention_at.get(y)
        if m is not None and m.poss and m.etype != "Person":
            poss = True
        elif not (sr.toks[y].cap or sr.key(y) == "the" or (poss and not sr.toks[y].punct)):
            return False
    return hi - lo <= 2 or poss


def _passed_to_en(sr: Any, v: int) -> int:
    """Position after the "to" / "with" of "conveyed (the / his message) to Y" at *v*: at
    most six words between, no punctuation, no name; else -1."""
    for y in range(v + 1, min(sr.hi, v + 8)):
        if sr.key(y) in _EN_TO:
            return y + 1 if y > v + 1 else -1
        if sr.toks[y].punct or y in sr.mention_at:
            return -1
    return -1


def told_at_meeting_en(sr: Any) -> None:
    """"X told Y during a meeting ..." / "During a meeting, X told Y ..."."""
    opening = _meeting_phrase_en(sr, sr.lo)
    for v in sr.triggers(_NONE, _EN_TOLD_ALL):
        after = v + 1
        if sr.key(v) in _EN_PASSED:
            after = _passed_to_en(sr, v)
            if after < 0:
                continue
        addr = sr.after(after, types=("Person",), maxgap=5)
        if addr is None or addr.poss or not _title_words_en(sr, after, title_start(addr)):
            continue  # "told (Iranian) President Y", not "told reporters that Y"
        addrs = sr.chain(addr, ("Person",))
        end = addrs[-1].hi
        at = _meeting_phrase_en(sr, end)
        if at < 0 and not (0 <= opening <= v and not any(
                sr.toks[y].text in (".", ";") for y in range(opening, v))):
            continue
        subj = sr.subject_before(v, maxgap=12)
        if subj is None or subj.etype != "Person" or subj in addrs or sr.blocked(v, subj):
            continue
        for a in addrs:
            sr.add(MW, subj.eid, a.eid, "told_at_meeting_en", 0.6)


def told_at_meeting_ar(sr: Any) -> None:
    """"أكد X لـY خلال اللقاء ..." / "وخلال لقائهما، أبلغ X الرئيسَ Y ..."."""
    first = sr.lo + 1 if sr.key(sr.lo) in ("و", "ف") else sr.lo
    opening = _meeting_phrase_ar(sr, first)
    for v in sr.triggers(AR_TOLD, _NONE):
        subj = sr.after(v + 1, types=("Person",), maxgap=0)
        if subj is None or sr.has_prep(subj, {"ل", "ب", "م"}):
            continue
        addr = sr.after(subj.hi, types=("Person",), maxgap=0)
        if addr is None or addr is subj:
            continue
        if not sr.has_prep(addr, {"ل"}) and not (
                sr.f(v) & _AR_DIRECT and not sr.has_prep(addr, {"ب", "م", "ع", "ف"})):
            continue  # "أكد X لـY" / "أبلغ X Y"
        addrs = sr.chain(addr, ("Person",))
        end = addrs[-1].hi
        at = _meeting_phrase_ar(sr, end)
        if at < 0 and not (0 <= opening <= v and all(
                sr.toks[y].text not in (".", "؛") for y in range(opening, v))):
            continue
        if sr.blocked(v, subj):
            continue
        for a in addrs:
            sr.add(MW, subj.eid, a.eid, "told_at_meeting_ar", 0.6)


EN_MEETING_NOUNS = _EN_NOUNS
EN_TOLD_ALL, EN_MEALS_TOLD = _EN_TOLD_ALL, _EN_MEALS
AR_MEETING_NOUNS = _AR_NOUNS
_TRIGGER_PAIRS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (AR_TOLD, _NONE), (_AR_NOUNS, _NONE), (_NONE, EN_TOLD), (_NONE, _EN_NOUNS),
    (_NONE, _EN_TOLD_ALL), (_NONE, _EN_MEALS))
for _ar_set, _en_set in _TRIGGER_PAIRS:
    register_triggers(_ar_set, _en_set)  # so that a sentence's present_sets tells whether to look


_EN_THEN_ADVS = frozenset({"later", "then", "also", "subsequently", "afterwards", "separately",
                           "afterward"})


def teller_subject_en(sr: Any, t: int, subj: Any) -> Any:
    """"X told Y that ..., and later met Z": X, not the addressee Y, is the subject of a
    meeting verb at *t* that follows "and" (and adverbs) with no subject of its own, when the
    nearest person before it, *subj*, is the object of a telling verb (``EN_TOLD``) whose
    subject X stands right before that verb; else *subj*."""
    if subj is None or subj.etype != "Person":
        return subj
    v = title_start(subj) - 1
    if v <= sr.lo or sr.key(v) not in EN_TOLD:
        return subj
    x = t - 1
    while x > subj.hi and sr.key(x) in _EN_THEN_ADVS:
        x -= 1
    if x <= subj.hi or sr.key(x) != "and":
        return subj
    teller = next((m for m in reversed(sr.args) if m.etype == "Person" and m.hi <= v and
                   v - m.hi <= 1 and not any(sr.toks[y].punct for y in range(m.hi, v))), None)
    return teller if teller is not None and teller.eid != subj.eid else subj
