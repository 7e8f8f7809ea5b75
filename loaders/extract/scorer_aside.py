"""More people named beside a meeting, not party to it (session 54; called by
``scorer_bystander.bystander_pair``, a veto on the scorer's MET_WITH only):

- a companion with a meeting of his own: "X was accompanied by Y, who (separately) met Z",
  "the delegation included Y, who held talks with Z, and W", «على رأس وفد ضمّ Y، الذي عقد
  اجتماعاً منفصلاً مع Z»: Y met Z, not X nor W, and X did not meet Z (``companion_apart``);
- the source of an apposed attribution: ", the presidency's spokesman, X, said", ", X,
  spokesman for the Presidency, said", ", the presidency's communications director, X, said"
  (``apposed_source``);
- one named after a negated or asked-about meeting: "did not meet X", "asked whether he had
  met X", «ولم يُعلن عن لقاء بين X و...» (not with a "but" after: «غير أن ...»; ``unmet``);
- a new "person" whose name holds a place's or a body's noun ("New Administrative Capital",
  «ملعب كاساراني»; ``placelike_new``, called by ``scored`` beside ``unshaped_new``);
- one fallen, dead or mourned (or whose tomb is visited: "the shrine of X", «ضريح X»,
  session 59): "since rebels toppled X", "since X was toppled", "the fall of
  Moscow's ally X", «العزاء في وفاة فخامة الرئيس X», «نعت حركة حماس رئيس مكتبها X», «شيّع ... X»
  (``fallen``).

It also holds how both modules read the words around such a name: the clause ends and commas,
the meeting cue words (``tells_meeting``), a word of an English or an Arabic set (``word_in``,
``ar_in``), a comma going on with "and" / و (``comma_and``).
"""

from __future__ import annotations

from loaders.extract.mention_base import Mention
from loaders.extract.principal_named import _ar_word
from loaders.extract.rule_common import title_start
from loaders.extract.scorer_features import CUES, _ar, tok_info
from loaders.extract.scorer_speaker import _SAID_EN
from loaders.extract.tokens import Tok

# --- shared with scorer_bystander: how a sentence is read around a name beside a meeting
MEET_BITS = sum(1 << i for i, (name, _w) in enumerate(CUES) if name in ("meet", "attend"))
CLAUSE_END = frozenset({";", "؛", ".", "(", ")", ":", "?", "!"})  # (not a comma: an apposition's)
COMMA = frozenset({",", "،"})


def tells_meeting(t: Tok) -> bool:
    """Is *t* a word of the scorer's meeting or attendance cue classes (``CUES``: "met",
    «التقى», "attended" ...)?"""
    return bool(tok_info(t)[1] & MEET_BITS)


def ar_in(t: Tok, words: frozenset[str]) -> bool:
    """Is the Arabic token *t* one of *words*, as it stands or without a leading و / ف and
    the article (``_ar_word``)?"""
    return _ar_word(t) in words or t.key in words


def word_in(t: Tok, en: frozenset[str], ar: frozenset[str]) -> bool:
    """Is *t* one of the English *en* (by its key) or, an Arabic token, of *ar* (``ar_in``)?"""
    return ar_in(t, ar) if t.ar else t.key in en


def comma_and(toks: list[Tok], k: int, hi: int) -> bool:
    """Is token *k* a comma going on with "and" / a word opening with و (", and by W":
    another clause or list member follows), the next token before *hi*?"""
    return toks[k].text in COMMA and k + 1 < hi and (
        toks[k + 1].key == "and" or toks[k + 1].text.startswith("و"))


# --- a companion with a meeting of his own
REACH = 25  # tokens between a companion word and the companion

# "accompanied by Y", "including Y", «ضمّ Y», «يرافقه Y», «برفقة Y»
_WITH_EN = frozenset({"accompanied", "accompanying", "including", "included", "includes"})
_WITH_AR = _ar("ضم", "يضم", "ضمت", "تضم", "يرافقه", "يرافقها", "يرافقهما", "يرافقهم",
               "ترافقه", "ترافقها", "رافق", "رافقه", "رافقها", "رافقته", "المرافق", "المرافقة",
               "برفقة", "بصحبة")
_WHO_EN = frozenset({"who"})
_WHO_AR = _ar("الذي", "التي", "اللذين", "الذين")


def _relative_end(m: Mention, toks: list[Tok], hi: int) -> int:
    """The end of a "..., who met Z" clause after *m* telling a meeting, else -1."""
    r = m.hi
    if r < hi and toks[r].text in COMMA:
        r += 1
    if r >= hi or not word_in(toks[r], _WHO_EN, _WHO_AR):
        return -1
    end, meets = r + 1, False
    while end < hi:
        t = toks[end]
        if t.punct and (t.text in CLAUSE_END or comma_and(toks, end, hi)):
            break
        if not t.punct and tells_meeting(t):
            meets = True
        end += 1
    return end if meets else -1


def _principal_and_partner(p: Mention, z: Mention, toks: list[Tok]) -> bool:
    """"X, accompanied by Y, who (separately) met Z": is *p* X and *z* Z (a companion word,
    then ", who" / «، الذي» and a meeting word, between them, in one clause)?"""
    seen_with = seen_who = met = False
    for k in range(p.hi, z.lo):
        t = toks[k]
        if t.punct:
            if t.text in CLAUSE_END or (seen_who and comma_and(toks, k, z.lo)):
                return False  # (the companion's clause ended: "..., and by W")
            continue
        if not seen_with:
            seen_with = word_in(t, _WITH_EN, _WITH_AR)
        elif not seen_who:
            seen_who = toks[k - 1].text in COMMA and word_in(t, _WHO_EN, _WHO_AR)
        elif tells_meeting(t):
            met = True
    return met


def companion_apart(a: Mention, b: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """Is one of the pair a companion (after "accompanied by", "including", «ضمّ» ...) with
    a relative clause telling his own meeting, the other outside that clause, or are they the
    companion's principal and the companion's partner (module doc)?"""
    p, z = (a, b) if a.lo < b.lo else (b, a)
    if p.etype == "Person" and _principal_and_partner(p, z, toks):
        return True
    for m, o in ((a, b), (b, a)):
        if m.etype != "Person":
            continue
        end = _relative_end(m, toks, hi)
        if end < 0 or m.hi < o.lo < end:
            continue
        for k in range(m.lo - 1, max(lo - 1, m.lo - 1 - REACH), -1):
            t = toks[k]
            if t.punct and t.text in CLAUSE_END:
                break
            if not t.punct and word_in(t, _WITH_EN, _WITH_AR):
                return True
    return False


_APPOSED_OK = frozenset({"the", "of", "for", "'s", "presidency", "presidency's", "office",
                         "ministry", "ministry's", "foreign", "official", "government",
                         "presidential", "spokesman", "spokeswoman", "spokesperson", "press",
                         "royal", "court", "cabinet", "army", "military", "communications",
                         "director", "adviser", "advisor", "aide", "head", "chief", "secretary",
                         "deputy", "media", "information", "senior"})
_HEADS = ("spokes", "director", "adviser", "advisor", "aide", "secretary", "official")


def _title_span(toks: list[Tok], lo: int, hi: int) -> bool:
    """Are tokens *lo*..*hi* a spokesman's or an aide's title ("the presidency's spokesman",
    "the presidency's communications director")?"""
    if hi <= lo or hi - lo > 8:
        return False
    words = toks[lo:hi]
    return (any(t.key.startswith(_HEADS) for t in words)
            and all(not t.punct or t.text == "'s" for t in words)
            and all(t.cap or t.key in _APPOSED_OK or t.text == "'s" for t in words))


def apposed_source(m: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """", the presidency's spokesman, X, said" / ", X, spokesman for the Presidency, said"
    (English; module doc)."""
    if toks[m.lo].ar or m.hi >= hi or toks[m.hi].text != ",":
        return False
    # ", X, <title>, said"
    r = m.hi + 1
    while r < hi and toks[r].text != ",":
        r += 1
    if r + 1 < hi and toks[r + 1].key in _SAID_EN and _title_span(toks, m.hi + 1, r):
        return True
    # ", <title>, X, said"
    start = title_start(m)
    if not (m.hi + 1 < hi and toks[m.hi + 1].key in _SAID_EN and start - 1 > lo
            and toks[start - 1].text == ","):
        return False
    k = start - 2
    while k > lo and toks[k].text != ",":
        k -= 1
    return toks[k].text == "," and _title_span(toks, k + 1, start - 1)


# "since rebels toppled X", "since toppling X"
_TOPPLE_EN = frozenset({"toppled", "toppling", "overthrew", "overthrowing", "ousting",
                        "deposed", "deposing"})
# ("X was killed" is not read: "Haniyeh was killed hours after he met Khamenei")
_FELL_EN = frozenset({"toppled", "ousted", "overthrown", "deposed"})
_BE_EN = frozenset({"was", "were", "had", "been"})
_FALL_EN = frozenset({"fall", "ouster", "overthrow", "toppling", "death", "killing",
                      "assassination", "funeral",
                      # a visit to the dead man's resting place (session 59)
                      "tomb", "grave", "shrine", "mausoleum"})
# title words skipped between the noun and the name ("Moscow's ally", «فخامة الرئيس»)
SKIP_REACH = 4  # tokens walked back from the name (its title) to the noun or the verb
_SKIP_EN = frozenset({"'s", "ally", "president", "leader", "former", "late", "ruler",
                      "strongman", "longtime", "the"})
_DEAD_AR = _ar("وفاة", "رحيل", "تأبين", "سقوط", "مقتل", "اغتيال", "استشهاد",
               "ضريح", "قبر", "مرقد", "وضريح", "وقبر")  # («زار ضريح X»: no meeting; s59)
_MOURN_AR = _ar("نعى", "ينعى", "نعت", "تنعى", "شيع", "شيعت", "يشيع", "تشيع", "أبن", "أبنت")
MOURN_REACH = 7  # tokens between a mourning verb and the one mourned («نعت حركة حماس رئيس
# مكتبها السياسي X»)
_SKIP_AR = _ar("فخامة", "سمو", "الرئيس", "الشيخ", "الأمير", "السيد", "الراحل", "الشهيد",
               "المرشد", "الملك", "السلطان", "الأمين", "العام", "الحاج", "القائد",
               "الفريق", "اللواء")


def fallen(m: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """Is *m* one fallen, dead or mourned (module doc)?"""
    start = title_start(m)
    if toks[m.lo].ar:
        for k in range(start - 1, max(lo - 1, start - 1 - MOURN_REACH), -1):
            t = toks[k]
            if t.punct and t.text not in ("«", "»"):
                break
            if not t.punct and ar_in(t, _MOURN_AR):
                return True
        for k in range(start - 1, max(lo - 1, start - 1 - SKIP_REACH), -1):
            t = toks[k]
            if t.punct:
                return False
            if ar_in(t, _DEAD_AR):
                return True
            if not ar_in(t, _SKIP_AR):
                return False
        return False
    if m.hi + 1 < hi and toks[m.hi].key in _BE_EN and toks[m.hi + 1].key in _FELL_EN:
        return True
    for k in range(start - 1, max(lo - 1, start - 1 - SKIP_REACH), -1):
        t = toks[k]
        if t.key in _TOPPLE_EN:
            return True
        if t.key == "of":
            return k > lo and toks[k - 1].key in _FALL_EN
        if t.punct and t.text != "'s" or not (t.cap or t.key in _SKIP_EN):
            return False
    return False


_NEG_EN = frozenset({"not", "never", "no", "without", "whether", "n't", "neither", "nor"})
_NEG_AR = _ar("لم", "ولم", "لن", "ولن", "دون", "بدون", "ودون")
_BUT_EN = frozenset({"but", "however", "though", "although"})
_BUT_AR = _ar("غير", "لكن", "ولكن", "إلا", "الا")
NEG_REACH = 4  # tokens between a negation and its meeting word
NAME_REACH = 7  # tokens between the meeting word and the name


_DENY = frozenset({"denied", "denies", "deny"}) | _ar("نفى", "ونفى", "نفت", "ونفت", "ينفي",
                                                      "تنفي")


def _denied_before(toks: list[Tok], lo: int, k: int) -> bool:
    """A denial before the meeting word *k* in its clause ("denied reports that X had met",
    «ونفى مصدر ... أن يكون X قد التقى»)?"""
    for j in range(k - 1, lo - 1, -1):
        t = toks[j]
        if t.punct and t.text in CLAUSE_END:
            return False
        if not t.punct and word_in(t, _DENY, _DENY):
            return True
    return False


def unmet(m: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """Is *m* named after a negated, denied or asked-about meeting ("had not met X", "no such
    meeting with X", "asked whether he had met X", "denied reports that Y had met X",
    «ونفى مصدر أن يكون Y قد التقى X», «ولم يُعلن عن لقاء بين X و...», «ولم
    تشر الوكالة إلى لقاء مع X», «ولم يلتقِ X»), with no "but" after it?"""
    start = title_start(m)
    for k in range(start - 1, max(lo - 1, start - 1 - NAME_REACH), -1):
        t = toks[k]
        if t.punct:
            if t.text in CLAUSE_END or t.text in COMMA:
                return False
            continue
        if not tells_meeting(t):
            continue
        if not (any(word_in(toks[j], _NEG_EN, _NEG_AR) for j in range(max(lo, k - NEG_REACH), k)
                    if not toks[j].punct) or _denied_before(toks, lo, k)):
            return False
        return not any(word_in(t2, _BUT_EN, _BUT_AR) for t2 in toks[m.hi:hi])
    return False


# nouns of a place or a body: a new "person" holding one is none ("New Administrative
# Capital", "Sharm el-Sheikh", "Journalists Syndicate", «ملعب كاساراني», «سعد آباد الثقافي»)
_PLACE_WORDS = frozenset({
    "capital", "states", "syndicate", "agriculture", "sharm", "secretariat", "ministry",
    "council", "palace", "stadium", "summit", "university", "airport", "square", "street",
    "governorate", "province", "embassy", "headquarters", "parliament", "assembly", "mansion",
    "hotel", "residence"}) | _ar(
    "ملعب", "مجمع", "الثقافي", "خارجية", "طائفة", "قصر", "مطار", "جامعة", "ساحة", "شارع",
    "محافظة", "سفارة", "مقر", "مجلس", "وزارة", "قمة", "ملتقى")


def placelike_new(m: Mention, toks: list[Tok], known: dict) -> bool:
    """Is *m* a person the gazetteer does not know (*known*: its entries) whose name holds
    the noun of a place or a body (``_PLACE_WORDS``)?"""
    if m.etype != "Person" or m.eid in known:
        return False
    return any(not t.punct and word_in(t, _PLACE_WORDS, _PLACE_WORDS) for t in toks[m.lo:m.hi])
