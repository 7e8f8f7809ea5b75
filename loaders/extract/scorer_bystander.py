"""A veto on the scorer's meetings (session 53, ``bystander``, called by
``scored.ScoredExtractor``): a person the sentence names only beside a meeting is no party of
it. The scorer paired the host with every such person ("Erdogan met Putin in Sochi, Kremlin
spokesman Dmitry Peskov told reporters": not Erdogan - Peskov):

- who reports it, in a trailing attribution: ", <title> X said / told", "according to X",
  "quoting / citing X", «، بحسب / وفق ما أعلن / حسبما أفاد / على ما نقلت ... عن المتحدث X»;
- one named after a noun that is no meeting: "since the fall of X", "the funeral of X",
  «ذكرى اغتيال X», «سقوط نظام X», the dead man («الراحل X»), his body or grave («تشييع جثمان Y،
  والتقى Z», "laid a wreath at the tomb of Y"; session 55);
- the agent of another deed: "the proposal drafted by X", «المقترح الذي أعدّه X»;
- one a relative clause's head congratulated or condoled: «، الذي هنّأ Z بانتخابه،», ", who
  congratulated Z on his election," (a message, no meeting; session 55);
- one the parties are to act on: "asked him to pressure X", «بالضغط على X»;
- one inside a clause that tells no meeting, the other outside it: "..., where X and Y
  waited outside", "a meeting that X had announced", ", as X warned Ankara", "; X, his rival,
  criticised the visit", «، فيما انتقد X الزيارة», «في وقت هدد فيه X».

Session 54 adds ``scorer_aside``: a companion with a meeting of his own ("accompanied by Y,
who met Z"), an apposed attribution (", the presidency's spokesman, X, said"), one fallen or
mourned ("since rebels toppled X", «العزاء في وفاة الرئيس X»). ``scorer_aside`` also owns the
reading both modules share (clause ends, commas, meeting cue words, word sets in either script).

Session 56 adds ``scorer_beside``: the host of the event a meeting was held beside ("A and B
held talks on the sidelines of the BRICS summit, hosted by H": not H - A).

The rules' relations are never touched.
"""

from __future__ import annotations

from loaders.extract.mention_base import Mention
from loaders.extract.principal_named import _ar_word
from loaders.extract.rule_common import title_start
from loaders.extract.scorer_aside import (
    CLAUSE_END,
    COMMA,
    apposed_source,
    ar_in,
    companion_apart,
    fallen,
    tells_meeting,
    unmet,
    word_in,
)
from loaders.extract.scorer_beside import beside_host
from loaders.extract.scorer_features import _ar
from loaders.extract.scorer_speaker import _SAID_AR, _SAID_EN, _claims_the_deed
from loaders.extract.tokens import Tok

ATTR_REACH = 9  # words between a trailing attribution's comma and the name

# English: lower-case words of a title between the attribution's comma and the name
_TITLE_WORDS_EN = frozenset({"the", "of", "for", "and", "'s", "spokesman", "spokeswoman",
                             "spokesperson", "official", "officials", "presidential",
                             "government", "ministry", "foreign", "office", "press",
                             "secretary", "adviser", "advisor", "aide", "senior", "deputy",
                             "minister", "state", "department", "chief", "head", "director",
                             "media", "military", "army", "party", "group", "movement's",
                             "ministry's", "president's", "leader", "negotiator", "envoy",
                             "presidency", "presidency's",
                             # ", his spokesman X said", ", royal court spokesman X added"
                             # (session 61)
                             "his", "her", "its", "their", "royal", "court", "palace"})
_CITING_EN = frozenset({"quoting", "citing", "quoted"})
# Arabic words opening a trailing attribution («بحسب ...», «وفق ما أعلن ...»)
_ATTR_AR = _ar("بحسب", "حسب", "حسبما", "بحسبما", "وفق", "وفقا", "طبقا", "نقلا", "نقلت",
               "أعلن", "أعلنت", "صرح") | _SAID_AR
# nouns whose of-phrase / construct names no party: "the fall of X", «ذكرى اغتيال X»
_NOT_PARTY_EN = frozenset({"fall", "death", "killing", "assassination", "murder", "funeral",
                           "ouster", "overthrow", "toppling", "removal", "era", "regime",
                           "anniversary", "memory", "legacy", "martyrdom", "arrest",
                           "detention", "release", "execution", "kidnapping", "abduction",
                           "proposal", "initiative", "plan", "policies", "policy",
                           "tomb", "grave", "mausoleum", "coffin", "remains"})
_NOT_PARTY_AR = _ar("سقوط", "اغتيال", "مقتل", "وفاة", "رحيل", "ذكرى", "عهد", "نظام",
                    "مبادرة", "خطة", "اعتقال", "تشييع", "جنازة", "استشهاد", "إعدام", "اختطاف",
                    "إقالة", "عزل", "الإفراج", "اطلاق", "إطلاق", "مقترح",
                    # the dead man's body or grave: «تشييع جثمان X», «ضريح X» (session 55)
                    "جثمان", "جثة", "نعش", "رفات", "ضريح", "قبر", "الراحل", "الراحلة", "الفقيد")
# "the proposal drafted by X": the agent of another deed
_DEED_BY_EN = frozenset({"drafted", "proposed", "announced", "written", "ordered", "signed",
                         "sent", "issued", "launched", "presented", "prepared", "sponsored",
                         "authored", "endorsed", "approved", "rejected", "imposed",
                         "demanded", "requested", "killed", "assassinated", "ousted",
                         "toppled", "overthrown", "delivered", "floated"})
# "to pressure X", «الضغط على X»: one the parties mean to act on
_PRESS_EN = frozenset({"pressure", "pressured", "pressuring", "persuade", "convince",
                       "restrain", "lobby", "lobbied"})
_PRESS_AR = _ar("ضغط", "الضغط", "بالضغط", "للضغط")
_ON_AR = _ar("على")
_WHICH_AR = _ar("الذي", "التي")
# «، الذي هنّأ Z بانتخابه»، ", who congratulated Z on his election": a message, no meeting
_GREETED_AR = _ar("هنأ", "هنّأ", "هنات", "هنأت", "هنّأت", "عزى", "عزّى", "عزت", "عزّت")
_GREETED_EN = frozenset({"congratulated", "congratulates", "condoled", "thanked"})
_WHO_EN = frozenset({"who", "which"})
# words opening a clause of its own; a preposition before one makes it the meeting's
_OPENERS_EN = frozenset({"where", "which", "that", "who", "whom", "whose"})
_PREPS_EN = frozenset({"in", "at", "during", "after", "before", "on", "of", "with", "by"})
_OBJ_PRON_EN = frozenset({"him", "her", "them", "us"})
# a side's delegate is a party too: ", while Israel was represented by X", «فيما مثّل X»
# (not a delegation's other members: "while Trade Minister Z, also in the delegation, signed",
# «فيما ضمّ الوفد Z»: the gold pairs them with nobody there)
_PARTY_WORDS = frozenset({"represented", "representing", "led", "headed", "leading",
                          "heading"}) | _ar("مثل", "يمثل", "ممثلا", "ترأس", "يترأس", "رأس")
_CONTRAST_EN = frozenset({"as", "while", "whereas"})  # after a comma
_SEMI = frozenset({";", "؛"})
_CONTRAST_AR = _ar("فيما", "بينما")  # after a comma
# a meeting verb with no object pronoun right after «فيما»: its subject follows it (VSO)
_MEET_VSO_AR = _ar("استقبل", "استقبلت", "التقى", "التقت", "اجتمع", "اجتمعت")
_TIME_AR = _ar("حين", "وقت")  # «في حين», «في وقت»
_IN_AR = _ar("في")
_TIME_ADJ_AR = _ar("لاحق", "سابق", "متأخر", "مبكر", "قريب", "واحد", "ذاته", "نفسه", "مضى")


def _attributed(m: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """Is *m* the source of a trailing attribution (module doc)?"""
    start = title_start(m)
    if not toks[m.lo].ar:
        plain = True  # only a title's words between the comma and the name
        for k in range(start - 1, max(lo - 1, start - 1 - ATTR_REACH), -1):
            t = toks[k]
            if t.key in _CITING_EN or (t.key == "to" and k > lo and toks[k - 1].key == "according"):
                return True
            if t.punct:
                return (plain and t.text in COMMA and m.hi < hi and toks[m.hi].key in _SAID_EN
                        and not _claims_the_deed(toks, m.hi + 1, hi))
            if not (t.text[:1].isupper() or t.key in _TITLE_WORDS_EN):
                plain = False
        return _spokesman_lead(m, toks, lo, hi)
    found = False
    for k in range(start - 1, max(lo - 1, start - 1 - ATTR_REACH), -1):
        t = toks[k]
        if t.punct:
            return found and t.text in COMMA
        if ar_in(t, _ATTR_AR):
            found = True
    return False


def _spokesman_lead(m: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """"(The presidency's) spokesman X said (that) the talks were attended by A and B": a
    spokesman opening the sentence reports the meeting (session 54)."""
    start = title_start(m)
    if start - lo > ATTR_REACH or not (m.hi < hi and toks[m.hi].key in _SAID_EN) or \
            _claims_the_deed(toks, m.hi + 1, hi):
        return False
    words = [toks[k] for k in range(lo, start)] + [toks[k] for k in range(m.tlo, m.lo)
                                                   if 0 <= m.tlo < m.lo]
    return any(t.key.startswith("spokes") for t in words) and \
        not any(t.punct and t.text not in ("'", "-") for t in words)


def _deed_of_head_ar(t: Tok, w: str) -> bool:
    """«المقترح الذي أعدّه X»: a verb with the head as its object pronoun, telling no
    meeting («الوفد الذي ترأسه X», «اللقاء الذي حضره X» are the meeting's)."""
    if not w.endswith(("ه", "ها")) or tells_meeting(t):
        return False
    stem = w[:-2] if w.endswith("ها") else w[:-1]
    return stem not in _PARTY_WORDS


def _named_aside(m: Mention, toks: list[Tok], lo: int) -> bool:
    """Is *m* named after a noun that is no meeting, as another deed's agent or as one the
    parties act on (module doc)?"""
    k = title_start(m) - 1
    if k < lo:
        return False
    t = toks[k]
    if not t.ar:
        if t.key == "the" and k > lo:
            k -= 1
            t = toks[k]
        if t.key in _PRESS_EN:
            return True
        if t.key in _GREETED_EN and k > lo and toks[k - 1].key in _WHO_EN:
            return True  # ", who congratulated Z on his election," (session 55)
        if k <= lo:
            return False
        before = toks[k - 1].key
        return ((t.key == "of" and before in _NOT_PARTY_EN)
                or (t.key == "by" and before in _DEED_BY_EN))
    if ar_in(t, _NOT_PARTY_AR):
        return True
    w = _ar_word(t)
    if k > lo and toks[k - 1].key in _WHICH_AR and _deed_of_head_ar(t, w):
        return True
    if k > lo and ar_in(t, _GREETED_AR) and toks[k - 1].key in _WHICH_AR:
        return True  # «، الذي هنّأ Z بانتخابه،» (session 55)
    return w in _ON_AR and k > lo and ar_in(toks[k - 1], _PRESS_AR)


def _opens_clause(toks: list[Tok], r: int, lo: int) -> bool:
    """Does token *r* open a clause of its own (a relative "where" / "that" not after a
    preposition, a contrast ", as / while" / «، فيما / بينما / في حين», a semicolon)?"""
    t = toks[r]
    prev = toks[r - 1] if r > lo else None
    if t.ar:
        if ar_in(t, _CONTRAST_AR):
            return prev is not None and prev.text in COMMA
        return (_ar_word(t) in _TIME_AR and prev is not None and _ar_word(prev) in _IN_AR
                and (r + 1 >= len(toks) or _ar_word(toks[r + 1]) not in _TIME_ADJ_AR))
    if t.text in _SEMI:
        return True
    if t.key in _OPENERS_EN:
        return prev is None or prev.key not in _PREPS_EN
    return t.key in _CONTRAST_EN and prev is not None and prev.text in COMMA


def _named_inside(m: Mention, r: int, end: int, mentions: list[Mention] | tuple) -> bool:
    """Is *m*'s entity named again (a description: «رئيس الوزراء») between *r* and *end*?"""
    return any(x.eid == m.eid and r < x.lo < end for x in mentions)


def _aside_clause(a: Mention, b: Mention, toks: list[Tok], lo: int, hi: int,
                  mentions: list[Mention] | tuple = ()) -> bool:
    """Is one of the pair inside a clause that tells no meeting and names nobody outside it by
    a pronoun ("where Y received him"), and the other outside it (module doc)? A relative
    clause opened after a preposition ("in which", "during which") is the meeting's own.
    (Arabic «حيث» / «الذي» clauses are not read: they tell the meeting in words the cue
    classes lack, «حيث تسلّم من X», «حيث عقد مع X خلوة».)"""
    for r in range(lo, hi):
        if not _opens_clause(toks, r, lo):
            continue
        end, party = r + 1, False
        if toks[r].ar and end < hi and ar_in(toks[r], _CONTRAST_AR) and \
                ar_in(toks[end], _MEET_VSO_AR):
            # «X ...، فيما استقبل <title> Y سفيرَ إيطاليا»: the clause's meeting has its own
            # titled subject right after the verb; X outside it is no party (session 72)
            while end < hi and not (toks[end].punct and toks[end].text in CLAUSE_END):
                end += 1
            inside = a if r < a.lo < end else b
            if (r < a.lo < end) != (r < b.lo < end) and \
                    title_start(inside) == r + 2 < inside.lo and not _named_inside(
                    b if inside is a else a, r, end, mentions):
                return True
            continue
        while end < hi and not (toks[end].punct and toks[end].text in CLAUSE_END):
            t = toks[end]
            if (t.key in _OBJ_PRON_EN or word_in(t, _PARTY_WORDS, _PARTY_WORDS)
                    or tells_meeting(t)):
                party = True
                break
            end += 1
        if party:
            continue
        if (r < a.lo < end) != (r < b.lo < end):
            return True
    return False


def bystander_pair(a: Mention, b: Mention, toks: list[Tok], lo: int, hi: int,
                   mentions: list[Mention] | tuple = ()) -> bool:
    """Is one of the pair *a*, *b* (sentence tokens *lo*..*hi*) only named beside the meeting
    (module doc)?"""
    for m in (a, b):
        if m.etype == "Person" and (_attributed(m, toks, lo, hi) or _named_aside(m, toks, lo)
                                    or apposed_source(m, toks, lo, hi)
                                    or fallen(m, toks, lo, hi) or unmet(m, toks, lo, hi)):
            return True
    return _aside_clause(a, b, toks, lo, hi, mentions) or companion_apart(a, b, toks, lo, hi) or \
        beside_host(a, b, toks, lo)
