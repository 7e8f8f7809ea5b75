"""Arabic: people with foreign names that no list knows, found by the shape of their words.

Arabic has no capitals, and a name transliterated from another language (Caucasian, Central
Asian, Slavic, African, Western: "رمضان قديروف"، "سيرج سركيسيان"، "أوهورو كينياتا") opens with
no usual Arabic given name, so neither the given-name step nor the cue steps take it. Its
words show it instead:

* a surname ending of those languages (``_STRONG_ENDS``: ـوف، ـيف، ـوفا، ـشفيلي، ـيدزه،
  ـينكو، ـوفيتش ...; Arabic words with those endings are short or have the plural pattern
  مفاعيل, ``_arabic_ending_word``);
* long vowels where Arabic roots have consonants: three or more of ا/و/ي before the last
  letter ("كينياتا"، "أوهورو"، "جوناثان"، "إيراكلي"), no plural or nisba ending and no
  country's ـيا ("إريتريا") (``vowel_dense``); Armenian ـيان of eight letters or more.

``foreign_name_people`` (a step of ``mentions.find_mentions``, after the other Arabic person
steps, run only in sentences with such a word): a run of two to four name words around such a
word is a new person ("أجبرت سيرج سركيسيان على الاستقالة"، "خلفاً لسالومي زورابيشفيلي"), or
one word with a surname ending alone ("انتخاب ميرزيوييف رئيساً"). A run after a place
preposition (في، إلى ...) is left to the places."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.mention_base import (
    _B_AR_FOREIGN,
    Mention,
    _positions_in,
    _resolve_name,
    accusative_tanween,
    make_mention,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

# surname endings of Slavic, Caucasian and Central Asian names, as Arabic writes them
_STRONG_ENDS = ("وف", "يف", "وفا", "يفا", "شفيلي", "يدزه", "ادزه", "ينكو", "وفيتش", "فيتش",
                "اييف", "ييف")
_LONG = frozenset("اوي")
# مفاعيل plurals ("تكاليف"، "مصاريف") and مفعول participles ("معروف") end alike
_MAFAIL = re.compile(r"^.{2}ا.ي.$")
_PLACE_PREPS = frozenset(L.fold_ar(w) for w in (
    "في", "إلى", "الى", "قرب", "نحو", "بمدينة", "مدينة", "بلدة", "ببلدة", "عاصمة", "منطقة",
    "إقليم", "بإقليم", "ولاية", "بولاية", "وفي", "والى", "وإلى"))
_PROCLITICS = "لبو"
_ARTICLE = ("ال", "بال", "وال", "لل", "فال", "كال")  # the article, alone or after a proclitic


# Arabic pattern words with many long vowels or a surname-like ending: broken plurals
# فواعيل / مفاعيل (صواريخ، تكاليف), duals and plurals of فاعول / فاعيل (صاروخان), verbs of
# the forms X (تستضيف، يستقبلون)
_AR_PATTERNS = re.compile(r"^(?:.{2}ا.ي.|.ا.[وي].(?:ان|ين|ون)|[تينا]?ست.+)$")


def _arabic_pattern(key: str) -> bool:
    """Has *key* (or *key* past one proclitic) the shape of an Arabic pattern word?"""
    return _AR_PATTERNS.match(key) is not None or (
        key[:1] in "وفبلك" and _AR_PATTERNS.match(key[1:]) is not None)


def _arabic_ending_word(key: str) -> bool:
    """An Arabic word that only looks like a foreign surname by its ending: five letters or
    fewer ("معروف"، "تكليف"، "ضعيف"), a proclitic before such a word ("ومعروف"), or the
    plural pattern مفاعيل ("تكاليف")."""
    if len(key) <= 5 or _MAFAIL.match(key):
        return True
    return key[0] in "وفبلك" and (len(key) <= 6 or _MAFAIL.match(key[1:]) is not None)


def strong_foreign(key: str, hamza: bool = False) -> bool:
    """A word ending as Slavic / Caucasian / Central Asian surnames do ("قديروف"، "خوتشييف"،
    "زورابيشفيلي"، "كوباخيدزه"), no Arabic word of that ending (*hamza*: the word is
    written أل / إل, no article: "ألخانوف")."""
    return (hamza or not key.startswith(_ARTICLE)) and not _arabic_pattern(key) and key.endswith(_STRONG_ENDS) and \
        not key.endswith("ستان") and not _arabic_ending_word(key)


_HARAKAT = re.compile("[\u064B-\u0652\u0640]")
# plural, nisba and country endings; a feminine plural with a possessive pronoun
# ("صلاحياته"، "مهاراتها", session 39: "مُنع من ممارسة صلاحياته" is no person)
_NOT_NAME_ENDS = ("ات", "يه", "ي", "ستان", "يا", "اته", "اتها", "اتهم", "اتهما")


def vowel_dense(key: str, raw: str) -> bool:
    """A word (*key* folded, *raw* as written) with three long vowels or more inside it
    (plain ا/و/ي, not its first or last letter: a hamza seat is a consonant) and no plural,
    dual, feminine, nisba or country ending ("كينياتا"، "جوناثان"، "تيموثيوس"); Arabic
    words of that many long vowels are plurals (انتخابات، مواطنين) or nisbas (سياسي)."""
    if len(key) < 5 or key.startswith(_ARTICLE) or key.endswith(_NOT_NAME_ENDS) or \
            raw.endswith("ة"):
        return False
    if key.endswith("يان") and len(key) >= 8:
        # Armenian surnames ("سركيسيان"، "باشينيان"); not a dual of a nisba ("عسكريان")
        return key[:-2] not in L.NATIONALITY and \
            ("ال" + key[:-2]) not in L.NATIONALITY and sum(c in _LONG for c in key[1:-3]) >= 1
    if key.endswith(("ين", "ون", "ان")) and (key[0] == "م" or key[-3] == "ي" or len(key) <= 6):
        return False
    if _arabic_pattern(key):
        return False
    word = _HARAKAT.sub("", raw)
    # (a final و counts: Arabic words rarely end so, African names often: "أوهورو")
    return sum(map(_LONG.__contains__, word[1:-1])) + (word[-1:] == "و") >= 3  # (in C)


# loanwords of that shape that name no one: "مقطع فيديو لسعيّد وهو يستقبل Y" is no person
# "مقطع فيديو" (session 67), nor "سيناريو"، "بروتوكول"، "يوتيوب"، "راديو"، "ستوديو"
_AR_LOANWORDS = frozenset(L.fold_ar(w) for w in (
    "فيديو", "فيديوهات", "راديو", "ستوديو", "استوديو", "ستديو", "سيناريو", "بروتوكول",
    "بروتوكولات", "يوتيوب", "تيليغرام", "تلغرام", "بودكاست"))


def foreign_shaped(key: str, raw: str) -> bool:
    """``strong_foreign`` or ``vowel_dense``, of the word or of the word past one proclitic
    (the pass bit of ``foreign_name_people``); never a loanword of ``_AR_LOANWORDS``."""
    if len(key) < 5 or not key.endswith(_STRONG_ENDS) and \
            key.count("ا") + key.count("و") + key.count("ي") < 3:
        return False  # (most words: no call below)
    if key in L.NATIONALITY or key in L.AR_STOP or key in _AR_LOANWORDS or (
            key[:1] in _PROCLITICS and key[1:] in _AR_LOANWORDS):
        return False
    if strong_foreign(key, raw[:1] in ("أ", "إ")) or vowel_dense(key, raw):
        return True
    return key[:1] in _PROCLITICS and (strong_foreign(key[1:]) or vowel_dense(key[1:], raw[1:]))


def foreign_run(toks: list[Tok], lo: int, hi: int) -> bool:
    """Has the name lo..hi a word of foreign shape (one name: "روش مارك كريستيان كابوري",
    "بول هنري سانداوغو داميبا"; no body's name before a given name)?"""
    return any(_shape(toks[x].key, toks[x].text) for x in range(lo, hi))


def _word(doc: Doc, k: int, first: bool) -> bool:
    from loaders.extract.arabic_names import _ar_name_word

    t = doc.toks[k]
    return t.ar and not t.punct and not accusative_tanween(t.text) and _ar_name_word(doc, t, first)


def _shape(key: str, raw: str) -> int:
    """2: a surname ending; 1: long vowels only; 0: neither (*raw*: the word as written)."""
    if key in L.NATIONALITY or key in _AR_LOANWORDS:
        return 0
    return 2 if strong_foreign(key, raw[:1] in ("أ", "إ")) else 1 if vowel_dense(key, raw) \
        else 0


_INSTEAD_L = frozenset(L.fold_ar(w) for w in ("خلفا", "خلفاً", "خلافة", "خلافه"))


_FAAUL = re.compile(r"^.ا.و.$")  # فاعول nouns: صاروخ، قانون، ناقوس


def _name_before(doc: Doc, key: str) -> bool:
    """Can the word before a foreign word open the name? Not an honorific ("معالي") nor an
    Arabic pattern noun ("صاروخ كاتيوشا": the rocket), unless a usual name word ("هارون")."""
    if key in L.AR_HONORIFIC_WORDS:
        return False
    return key in GN.ALL or key in doc.gaz.ar_latin or not (
        _FAAUL.match(key) or _arabic_pattern(key))


_VOWEL_ENDS = ("ا", "و")


def _vowel_first_two(doc: Doc, b: int, lo: int, covered: dict[int, Mention]) -> bool:
    """Does the name open one word earlier than *b*: both the word at *b* and the one before
    it end in a long vowel as foreign given and middle names do ("أنورا كومارا"، "سارا
    برونا"), and the earlier one is a plain name word (no و, no article, no Arabic pattern)?"""
    if b - 1 < lo or (b - 1) in covered:
        return False
    toks = doc.toks
    prev, cur = toks[b - 1], toks[b]
    pk = prev.key
    return cur.key.endswith(_VOWEL_ENDS) and pk.endswith(_VOWEL_ENDS) and len(pk) >= 3 and \
        not pk.startswith(("و", "ال")) and pk not in L.AR_STOP and \
        _word(doc, b - 1, True) and _name_before(doc, pk)


def _glued(doc: Doc, b: int, lo: int) -> int:
    """1 when the name's first word at *b* carries a glued preposition: ل / ب before a
    hamza ("لأوهورو"، "بإيراكلي": no name opens so), or ل after "خلفاً" ("خلفاً لعلو")."""
    t = doc.toks[b]
    if t.key[:1] not in "لب" or len(t.key) < 4:
        return 0
    bare = t.text.lstrip("\u0640")
    if bare[1:2] in ("أ", "إ", "آ"):
        return 1
    return int(t.key[0] == "ل" and b > lo and doc.toks[b - 1].key in _INSTEAD_L)


def _and_known_name(doc: Doc, key: str) -> bool:
    """Is *key* the conjunction و before a one-word name the gazetteer knows ("ولودريان")?"""
    return key[:1] == "و" and len(key) >= 5 and (key[1:],) in doc.gaz.exact


def foreign_name_people(doc: Doc, si: int, covered: dict[int, Mention],
                        out: list[Mention]) -> None:
    """New people named by words of a foreign shape (see the module docstring)."""
    toks = doc.toks
    s = doc.sents[si]
    lo, hi = s.lo, s.hi
    done = lo  # (the tokens before it are read)
    for k in _positions_in(doc, lo, hi, _B_AR_FOREIGN):
        if k < done or k in covered or not toks[k].ar or toks[k].punct:
            continue
        key = toks[k].key
        off = 0
        shape = _shape(key, toks[k].text)
        if not shape and key[:1] in _PROCLITICS and _shape(key[1:], toks[k].text[1:]):
            # "خلفاً لسالومي زورابيشفيلي": the preposition glued to the name's first word
            shape, off = _shape(key[1:], toks[k].text[1:]), 1
        if not shape or (not off and not _word(doc, k, False)):
            continue
        # the run: one name word before the foreign word (unless it has a proclitic), and
        # foreign or usual name words after it
        if not off and _and_known_name(doc, key):
            off = 1  # "بري ولودريان": و and a known family name, no name run on from
            # the word before (session 57)
        b = k
        if not off and b - 1 >= lo and (b - 1) not in covered and _word(doc, b - 1, True) \
                and not toks[b - 1].key.startswith("و") and _name_before(doc, toks[b - 1].key):
            b -= 1
            if _vowel_first_two(doc, b, lo, covered):
                b -= 1  # "أنورا كومارا ديساناياكا"، "سارا برونا كينيونيس": three words
            off = _glued(doc, b, lo)
        elif off == 0:
            off = _glued(doc, b, lo)
        e = k + 1
        best = shape
        while e < hi and e - b < 4 and e not in covered and _word(doc, e, False):
            ek = toks[e].key
            sh = _shape(ek, toks[e].text)
            if not sh and ek not in GN.ALL and ek not in doc.gaz.ar_latin:
                break
            best = max(best, sh)
            e += 1
        n = e - b
        dense = sum(_shape(toks[x].key[off if x == b else 0:], toks[x].text[off if x == b else 0:])
                    > 0 for x in range(b, e))
        ok = (n >= 2 and (best == 2 or dense >= 1)) or \
            (n == 1 and best == 2 and len(key) - off >= 6)
        before = toks[b - 1].key if b > lo else ""
        done = e
        if not ok or before in _PLACE_PREPS:
            continue
        surface = doc.text[toks[b].start + off:toks[e - 1].end]
        eid = _resolve_name(doc, surface, "Person")
        me = make_mention(doc, si, b, e, eid, off=off, prefix=toks[b].key[0] if off else "")
        out.append(me)
        for x in range(b, e):
            covered[x] = me
