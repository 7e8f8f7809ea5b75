"""Arabic personal names. Arabic has no capitals, so a name is recognised from its words:
which words can be part of a name (``_is_ar_name_token``: not a verb, a preposition, a
title, a common noun ...), how far a name runs after a title (``_ar_name_span``), usual
given names that start a name without a title ("التقى عباس عراقجي ..."), kunyas (أبو/أبا/أبي
فدك) and "X المعروف بأبي Y", names after cue words ("وفد يرأسه علي باقري كني"), and known
people spelled differently ("قائاني" for قاآني)."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.definite_phrase_ar import noun_adjective_after_name
from loaders.extract.gazetteer import Gazetteer
from loaders.extract.mention_base import (
    _B_AR_AKA,
    _B_AR_FUZZY,
    _B_AR_GIVEN,
    _JOINERS,
    _ORG_OUTLET_HEADS,
    Mention,
    _accusative,
    _ment_at,
    _positions_in,
    _resolve_name,
    _Work,
)
from loaders.extract.tokens import Tok
from loaders.extract.topic_nouns_ar import AR_NAME_ENDERS
from loaders.textnorm import (
    core_tokens,
    proclitic_splits,
    strip_article_ar,
    token_skeleton,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


_NAME_TITLES = frozenset({"امير", "ملك", "سلطان"})  # also common personal names

# (compiled once: re.sub with a pattern string looks the pattern up in re's cache, in
# Python, at each call)
_AR_HARAKAT = re.compile("[\u064B-\u0652]")
_AR_HARAKAT_TATWEEL = re.compile("[\u064B-\u0652\u0640]")
# Arabic verbal nouns (masdar) of derived forms: انفعال، افتعال، استفعال، تفعيل/تفاعل
_MASDAR = re.compile(r"^(?:ان..ا.|ا.ت.ا.|است..ا.|ت..ي.|ت.ا..)$")


def _ar_name_word(doc: Doc, t: Tok, first: bool) -> bool:
    """``_is_ar_name_token(t, first, known=doc.gaz.ar_latin)``, cached per gazetteer and
    token text (as a first word of a name, or a later one)."""
    cache = doc.name_words[first]
    hit = cache.get(t.text)
    if hit is None:
        hit = cache[t.text] = _is_ar_name_token(t, first, doc.gaz.ar_latin)
    return hit


_PLAIN_NAME_FIRST: dict[str, bool] = {}  # token text -> _is_ar_name_token(t, first=True)


def _plain_name_word(t: Tok) -> bool:
    """``_is_ar_name_token(t, first=True)`` (no gazetteer name words), cached per text."""
    hit = _PLAIN_NAME_FIRST.get(t.text)
    if hit is None:
        if len(_PLAIN_NAME_FIRST) > 200_000:
            _PLAIN_NAME_FIRST.clear()
        hit = _PLAIN_NAME_FIRST[t.text] = _is_ar_name_token(t, True)
    return hit


def _is_ar_name_token(t: Tok, first: bool, known: frozenset[str] | dict = frozenset()) -> bool:
    """Can *t* be part of an Arabic personal name?  *known*: name words of names.yaml; for
    them a clitic reading (فيصل = ف + يصل) is not considered."""
    if not t.ar or t.punct:
        return False
    k = t.key
    stems = t.stems
    if k in known and len(stems) > 1:
        stems = ((0, k),)  # a known name word as written, no proclitic reading
    elif not first and _proclitic_name_key(k, stems, known):
        return False  # "فؤاد حسين بعباس ...": a preposition starts another phrase
    if not first and _speech_noun(k):
        return False  # "علي جهرمي قوله إن": his saying, not a name word
    if not first and k[:1] in "بل" and (k.endswith("ه") and len(k) >= 5 or
                                        _MASDAR.match(k[1:])) and k not in known \
            and k not in GN.ALL and k[1:] not in known:
        # "X Y بضربة", "X Y لزيارة", "X Y بتشكيل": a preposition and a noun end the name
        return False
    if k[:1] in "بلك" and k not in known and k not in GN.ALL and \
            any(o == 1 and st in L.AR_COMMON_NOUNS for o, st in stems):
        return False  # "اجتماع الشيخ محمد بوفد حماس": a preposition and a common noun
    if len(k) > 5 and k.endswith(("ها", "هم", "هما")) and k not in known:
        return False  # "رئيساً لأركانها": a noun with a possessive pronoun
    if any(st in _AR_GROUP_NOUNS for _o, st in stems):
        return False  # "X Y وعدد من القادة", "وعشرات المدنيين": a group or a quantity
    if k in _AR_OFFICE_POSS:
        return False  # "يشغل X منصبه منذ": his post
    if k == _UKHRA:
        return False  # "مرة أخرى": other, never a name
    if any(st in L.AR_PLACE_FIRST for _o, st in stems):
        return False  # "تل عباس وجبل محسن": the first word of a place name, no name word
    if not first and k in _AR_OBJECT_AFTER_NAME:
        return False  # "تولى X مهام الرئاسة", "أدى X اليمين", "X سيخلف Y": no name word
    if not first and k in _AR_AFTER_ADJECTIVE:
        return False  # "حسن النية", "حسن الجوار": an adjective phrase, not Hassan al-...
    if k == "الله" and not first:
        return True
    if _accusative(t.text):
        return False  # "أميناً عاماً", "خلفاً": indefinite accusative words are no names
    if k[-1:] == "ا" and k[:-1] in L.AR_COMMON_NOUNS and k not in known and k not in GN.ALL:
        return False  # "وفدا", "بيانا": a common noun, accusative with its tanween unwritten
    stem = stems[0][1]
    if k == "علي" and _AR_HARAKAT.sub("", t.text).endswith("ى"):
        return False  # the preposition على, not the name علي
    if k in L.AR_COMMON_NOUNS or stem in L.AR_COMMON_NOUNS:
        return False
    stop = (k in L.AR_STOP or any(st in L.AR_STOP for _o, st in stems) or
            any(st in L.AR_STOP for _n, st in proclitic_splits(k) if _n)) and k != "علي"
    if stop or k in L.AR_QUALIFIERS or (k in L.NATIONALITY and (first or k not in GN.ALL)):
        return False  # (a usual given name inside a name: "علي تركي الجمالي")
    ray = k == _RAY and _bare_text(t.text) == "راي"  # the name Ray, not the verb رأى
    for _o, st in stems:
        if st in L.AR_COMMON_VERBS and not (_o == 1 and k[:1] in "بك") and not ray:
            return False  # (ب and ك go before nouns: "كيري" is no ك + يرى)
        if (st in L.AR_TITLES or ("ال" + st) in L.AR_TITLES) and (
                first or st not in _NAME_TITLES) and k not in L._AR_RANKS_ALSO_GIVEN:
            return False  # (but "عماد" without the article is the given name Imad)
    if (k in L.AR_COMMON_VERBS and not ray) or (k in L.AR_TITLES and
                                                 (first or k not in _NAME_TITLES)):
        return False
    for trig in (L.AR_MEET, L.AR_KILL, L.AR_VISIT, L.AR_SUCCESSOR, L.AR_TAKEOVER,
                 L.AR_LEAD_VERBS, L.AR_WITHDRAW, L.AR_ATTACK, L.AR_SUPPORT, L.AR_NEG):
        if any(st in trig for _o, st in stems):
            return False
    if first and k.startswith("ال") and not _hamza_al(t.text):
        return False  # (the article has no hamza: "ألينا", "إلهام" are no "ال" + noun)
    if k.startswith("ال") and k != "الله" and (k[2:] in L.AR_STRIKE or k in L.AR_COMMON_NOUNS or
                                              k[2:] in L.AR_MEET_NOUNS):
        return False  # "يحيى رسول الضربة": a common noun after the name, no surname
    if first and k[:1] in ("ب", "ل", "ك") and k not in known and (
            _MASDAR.match(k[1:]) or (k.endswith("ه") and len(k) >= 5 and k not in GN.ALL)):
        return False  # "بانفجار", "بتنفيذ", "لاجتماع", "لمحاربة": preposition + noun, no name
    if any(st in _ORG_OUTLET_HEADS or st in _AR_BODY_NOUNS for _o, st in stems):
        return False  # "كتائب"، "كتلة": the head of a body's name
    if first and _MASDAR.match(k) and k not in known and k not in GN.ALL:
        return False  # "رسالة تحذير": a verbal noun (تفعيل، افتعال ...), no first name
    if k.startswith(("بال", "لل", "كال", "فال", "وال")) and k not in ("الله",) and \
            k not in known and k not in GN.ALL and len(k) - (2 if k[1] == "ل" else 3) >= 3:
        # a preposition/conjunction + article starts another phrase (not فالح; a noun
        # has three letters at least: "كالن" and "والي" are names)
        return False
    return len(k) >= 2


# "رأى" (saw) folds to the key of the Latin given name Ray, written "راي" (no hamza, ya)
_RAY = L.fold_ar("رأى")


def _bare_text(raw: str) -> str:
    """*raw* without its short vowels and tatweel."""
    return _AR_HARAKAT_TATWEEL.sub("", raw)


def _hamza_al(raw: str) -> bool:
    """A word written with أل/إل (hamza), not the article: a foreign first name such as
    "ألينا", "ألكسندر", "إلهام"."""
    raw = _bare_text(raw)
    return raw[:2] in ("أل", "إل") and len(raw) >= 4


_UKHRA = L.fold_ar("أخرى")


# an office with a possessive pronoun ("منصبه", "مهامه"): never a name word
_AR_OFFICE_POSS = frozenset(L.fold_ar(w) for w in (
    "منصبه", "منصبها", "منصبهم", "مهامه", "مهامها", "مهامهم", "موقعه", "موقعها", "مكانه",
    "مكانها", "دوره", "دورها", "عمله", "عملها", "مهمته", "مهمتها"))
# words that follow a subject's name in succession sentences and are no family names: an
# office taken ("تولى X مهام/منصب/قيادة/رئاسة ..."), the oath ("أدى X اليمين"), "خليفته",
# a future verb ("X سيخلف Y") and ordinals ("X ثالث قائد")
_AR_OBJECT_AFTER_NAME = frozenset(L.fold_ar(w) for w in (
    "مهام", "منصب", "قيادة", "رئاسة", "حقيبة", "زمام", "مقاليد", "اليمين", "خليفته",
    "خليفتها", "سيخلف", "ستخلف", "سيتولى", "ستتولى", "سيتسلم", "سيصبح", "ثالث", "رابع",
    "خامس", "سادس", "بدلا", "عوضا", "خلفا", "خلافة",
    # the office or power taken, definite ("تولى السلطان هيثم الحكم", "اعتلى X العرش"; session 12)
    "الحكم", "العرش", "السلطة", "الرئاسة", "الحكومة", "القيادة", "المنصب", "الوزارة",
    # a place adverb or the death met after a name ("العقيد X Y قرب بيدوا"، "القيادي X Y شمال
    # بغداد"، "لقي العقيد X Y مصرعه"; session 21, last round): never a later name word
    "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
    "مصرعه", "مصرعها", "مصرعهما", "مصرعهم", "حتفه", "حتفها", "حتفهما", "حتفهم",
    # a predicate of the fallen ("وسقط X وY Z شهيدين"، tanween unwritten "قتيلا")
    "شهيدين", "شهيدان", "قتيلين", "قتيلان", "جريحين", "جريحان", "شهيدا", "قتيلا", "جريحا")) | \
    AR_NAME_ENDERS
# quantities and groups of people after a name ("X Y وعدد من مرافقيه", "وعشرات المدنيين",
# "ومعظم أفراد عائلته", "ومجموعة من قادة الحزب"; session 14): never name words
_AR_GROUP_NOUNS = frozenset(L.fold_ar(w) for w in (
    "عدد", "عدداً", "عشرات", "مئات", "آلاف", "معظم", "أغلب", "غالبية", "مجموعة", "أفراد",
    "عناصر", "أعضاء", "قادة", "مسؤولين", "مسؤولون", "مرافقيه", "مرافقين", "مرافقوه",
    "حراسه", "مقاتلين", "مدنيين", "المدنيين", "أبنائه", "أحفاده", "أشقائه", "عائلته",
    "أسرته", "آخرين", "آخرون"))
# heads of bodies' names not in the lexicon's list (a name word never starts so)
_AR_BODY_NOUNS = frozenset(L.fold_ar(w) for w in (
    "كتلة", "جمعية", "نقابة", "شركة", "مؤسسة", "لجنة", "قوة", "وحدة", "غرفة", "خلية",
    "جمهورية", "مملكة", "سلطنة"))  # (states: state_heads_ar)
# nouns after an adjective that is also a given name (حسن، سعيد، جميل): "حسن النية"
_AR_AFTER_ADJECTIVE = frozenset(L.fold_ar(w) for w in (
    "النية", "النوايا", "الحظ", "الظن", "السمعة", "الجوار", "الخلق", "التصرف", "الإدارة",
    "الحال", "الطالع", "الاستقبال"))


def _proclitic_name_key(key: str, stems: tuple, known: frozenset[str] | dict) -> bool:
    """A known name word behind a proclitic ("بعباس", "ولقاسم"): the start of another
    phrase, not the next word of the name before it."""
    if key in known or key in GN.ALL:
        return False
    return any(o > 0 and (st in known or st in GN.ALL) for o, st in stems)


# nouns of saying with a possessive suffix after a name ("قال X قوله", "X تصريحه")
_AR_SPEECH_NOUNS = frozenset(L.fold_ar(w) for w in (
    "قول", "تصريح", "تصريحات", "حديث", "كلام", "رأي", "موقف", "إعلان", "نفي", "تأكيد",
    "تحذير", "دعوة", "تعليق", "رد", "خطاب", "تغريدة", "منشور", "بيان", "كلمة", "حضور",
    "لقاء", "زيارة", "اجتماع", "استقبال", "مقتل", "اغتيال", "وصول", "تعيين", "اختيار",
    "علم"))  # ("نفى X علمه بـ": his knowledge)


@lru_cache(maxsize=65536)
def _speech_noun(key: str) -> bool:
    """A folded noun of saying/doing with a possessive suffix: قوله، تصريحها، زيارته."""
    for suf in ("هما", "هم", "ها", "ه"):
        if key.endswith(suf) and len(key) > len(suf) + 1:
            base = key[: -len(suf)]
            if base in _AR_SPEECH_NOUNS or (base.endswith("ت") and
                                            base[:-1] + "ه" in _AR_SPEECH_NOUNS):
                return True
    return False


_AR_THAT = frozenset({"ان", "بان", "انه", "انها"})


def _next_conjunct(doc: Doc, j: int, hi: int) -> bool:
    """"سمير فندي وخضر الأقرع": a و-word followed by an al- word starts the next name
    (not "ستيف ويتكوف": a foreign name that begins with و)."""
    toks = doc.toks
    k = toks[j].key
    return k.startswith("و") and len(k) >= 4 and k not in doc.gaz.ar_latin and \
        k not in GN.ALL and j + 1 < hi and toks[j + 1].key.startswith("ال")


_AR_VERB_VIII_X = re.compile(r"^(?:ا.ت|است|ان).{2,3}$")  # اكتفى، اعتبر، استقبل، انتقد
_SABAB = L.fold_ar("بسبب")


def _phrase_after_name(doc: Doc, j: int, hi: int) -> bool:
    """After two name words, a word that opens another phrase: و + a verb of the derived
    forms VIII / X / VII ("أسياس أفورقي واكتفى ببرقية"), "بسبب", or ب + a noun before its
    definite complement ("شوكت ميرزيوييف بمهام الرئاسة"); never a name word of the lists
    nor a Maghrebi بو / بل / بن name ("ياسر إسكندر وتوت"، "أحمد سليم بهجت لـ...")."""
    k = doc.toks[j].key
    if len(k) < 4 or k in doc.gaz.ar_latin or k in GN.ALL:
        return False
    if k[0] == "و":
        return _AR_VERB_VIII_X.match(k[1:]) is not None
    if k == _SABAB:
        return True
    return k[0] == "ب" and not k.startswith(("بو", "بل", "بن", "بي")) and \
        k[1:] not in GN.ALL and k[1:] not in doc.gaz.ar_latin and j + 1 < hi and \
        doc.toks[j + 1].key.startswith("ال")


def _said_to(doc: Doc, j: int, hi: int) -> bool:
    """"قال X Y لروداو إن ...": a word with the preposition ل before "إن/أن" is whom
    something was said to, not the last word of the name."""
    toks = doc.toks
    t = toks[j]
    return t.key.startswith("ل") and len(t.key) >= 4 and t.key not in doc.gaz.ar_latin and \
        t.key not in GN.ALL and j + 1 < hi and toks[j + 1].key in _AR_THAT


def _said_to_after(doc: Doc, k: int, j: int, hi: int, words: int) -> bool:
    """``_said_to`` at *j*, after *words* name words from *k*; a ل-word after a lone foreign
    given name is its surname ("قال كريستوفر لوكسون إن"، "الرئيس غييرمو لاسو إن")."""
    return _said_to(doc, j, hi) and not (words == 1 and doc.toks[k].key in GN.FOREIGN)


# a part of the day before a day ("فجر الأربعاء", "صباح اليوم", "مساء أمس"): a time phrase
# after the name, not its last word ("وسيم أبو شعبان فجر الأربعاء"); "صباح" first in a name
# (a Gulf given name) is never tested here
_AR_DAYPARTS = L._ar("فجر", "صباح", "مساء", "ظهر", "عصر", "ليلة", "ليل", "فجر يوم", "ضحى",
                     "مرة")  # ("مرة أخرى", "مرة ثانية": once more, after the name)
# what follows "مرة" in "once more / a second time"; أخرى is never a name word
_AR_ONCE_MORE = L._ar("أخرى", "اخرى", "ثانية", "ثالثة", "رابعة", "جديدة", "واحدة", "أولى")
_AR_DAYS = L._ar("السبت", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
                 "الخميس", "الجمعة", "اليوم", "أمس", "الأمس", "يوم", "الغد", "غد", "أول")


_MARRA = L.fold_ar("مرة")


def _time_of_day(doc: Doc, j: int, hi: int) -> bool:
    """Is the word at *j* a part of the day followed by a day ("فجر الخميس"), or "مرة"
    before أخرى / an ordinal ("مرة ثانية")?"""
    toks = doc.toks
    if toks[j].key == _MARRA:
        return j + 1 < hi and toks[j + 1].key in _AR_ONCE_MORE  # "مرة أخرى"
    return toks[j].key in _AR_DAYPARTS and j + 1 < hi and toks[j + 1].key in _AR_DAYS


def _bare_word(t: Tok) -> bool:
    """An Arabic word that may be a name word even though it is an ordinary word elsewhere
    (طالب، خليفة، أركان) or no usual given name (حيان، راكان): three letters at least, no
    article, proclitic or tanween, no particle, title, nationality or qualifier."""
    k = t.key
    return t.ar and not t.punct and len(k) >= 3 and not k.startswith("ال") and \
        len(t.stems) == 1 and t.stems[0][0] == 0 and not _accusative(t.text) and \
        k not in L.AR_STOP and k not in L.AR_TITLES and k not in L.NATIONALITY and \
        k not in L.AR_QUALIFIERS and not k.endswith("ها")


def _family_shaped(key: str) -> bool:
    """An Arabic family name by its shape: al- + a nisba (العلياوي، الجبوري، الحارثي)."""
    return key.startswith("ال") and len(key) >= 5 and key.endswith("ي") and \
        key not in L.NATIONALITY


_SHEIKH = "شيخ"


def _inner_word(doc: Doc, j: int, hi: int, covered: dict | None) -> int:
    """Inside a name, after its first word: 2 for "شيخ" before a bare name word ("جعفر شيخ
    مصطفى", "لاهور شيخ جنكي") or for an ordinary word before an al- family name ("مشتاق
    طالب السعيدي"); else 0."""
    toks = doc.toks
    if j + 1 >= hi or (covered is not None and (j + 1) in covered):
        return 0
    t, nx = toks[j], toks[j + 1]
    if t.key == _SHEIKH and nx.ar and not nx.punct and not nx.key.startswith("ال") and \
            _ar_name_word(doc, nx, False):
        return 2
    if _bare_word(t) and _family_shaped(nx.key) and _ar_name_word(doc, nx, False):
        return 2
    return 0


_AR_PARTICLES = L.AR_SON_OF  # Mauritanian / Tuareg "son of" (also "was born")
_ABI = L.fold_ar("أبي")


def _particle_joins(doc: Doc, j: int) -> bool:
    """The joiner at *j* goes on to the next word: always for بن / أبو / آل ...; ولد / أغ
    only before a name word or an al- word ("محمد ولد الشيخ X"، "إياد أغ X"; not "X Y ولد
    في ...": was born)."""
    toks = doc.toks
    if toks[j].key == _ABI and toks[j].text[:1] == "آ":
        return False  # "شينزو آبي": Abe (a madda), no أبي ("father of")
    if toks[j].key not in _AR_PARTICLES:
        return True
    nx = toks[j + 1]
    return not nx.punct and nx.key not in L.AR_STOP and (
        nx.key.startswith("ال") or _ar_name_word(doc, nx, False))


def _ar_name_span(doc: Doc, k: int, hi: int) -> int:
    """End of an Arabic personal name starting at *k* (k if there is none)."""
    toks = doc.toks
    j = k
    n = 0
    while j < hi and n < 5 and j - k < 9:
        t = toks[j]
        if n > 0 and t.key in _JOINERS and j + 1 < hi and toks[j + 1].ar and \
                _particle_joins(doc, j):
            j += 1  # بن / أبو / آل inside a name (not counted: "محمد بن عبد الرحمن آل ثاني")
            continue
        after_joiner = n > 0 and toks[j - 1].key in _JOINERS
        kunya_surname = n >= 2 and toks[k].key in _AR_KUNYA_HEADS and t.key.startswith("ال") \
            and (t.key in L.AR_QUALIFIERS or t.key in L.NATIONALITY)  # "أبو خالد المصري"
        # compound names "صفي الدين", "نور الدين": the word before الدين is a name word
        compound = n > 0 and j + 1 < hi and toks[j + 1].key == "الدين" and t.ar and \
            not t.punct and t.key not in L.AR_STOP and not _accusative(t.text)
        if compound:
            j += 2
            n += 2
            if n >= 4 or j >= hi or not toks[j].ar:
                break
            continue  # "قاري فصيح الدين فطرت", "محمد نور الدين الحداد": a family name after it
        if n > 0 and not after_joiner and not kunya_surname and \
                not _ar_name_word(doc, t, False) and _inner_word(doc, j, hi, None):
            j += 2  # "جعفر شيخ مصطفى", "مشتاق طالب السعيدي"
            n += 2
            if toks[j - 1].key.startswith("ال"):
                break
            continue
        if not kunya_surname and not (after_joiner and t.ar and not t.punct and t.key not in L.AR_STOP) and \
                not _ar_name_word(doc, t, n == 0) or \
                n > 0 and (_said_to_after(doc, k, j, hi, n) or _next_conjunct(doc, j, hi) or
                           (n >= 2 and not after_joiner and _phrase_after_name(doc, j, hi)) or
                           (not after_joiner and _FAILA.match(t.key) is not None) or
                           (not after_joiner and t.key[:2] == "ال" and
                            noun_adjective_after_name(doc, j, hi)) or
                           (t.key in _AR_DAYPARTS and _time_of_day(doc, j, hi))):
            break
        j += 1
        n += 1
        if t.key.startswith("ال") and n > 1 and t.key not in ("الله",) and not after_joiner \
                and not (t.key in _THEOPHORIC_TAILS and n == 2):  # "عز الدين الحداد"، "ضياء الحق X"
            if toks[k].key in _AR_KUNYA_HEADS:
                j = _kunya_nisbas(doc, j, hi)  # "أبو عمر الحسني القرشي"
            elif _gulf_father(t.key) and j < hi and toks[j].key.startswith("ال"):
                j = _gulf_chain(doc, j, hi)  # "صباح الخالد الحمد الصباح"
            elif j < hi and toks[j].key == "الله" and len(t.key) > 3 and \
                    not t.key.endswith(("ي", "يه")):  # (no nisba: "الحسيني الله")
                j += 1  # "نزار الخير الله": a compound family name "الX الله" (al-Khairallah)
            break  # an al- surname ends the name
    while j > k and toks[j - 1].key in _JOINERS:
        j -= 1
    return j


# given names of the Gulf that given_names.yaml does not list as usual ones
_GULF_GIVEN = frozenset(L.fold_ar(w) for w in (
    "جابر", "صباح", "سالم", "مشعل", "راشد", "سعود", "زايد", "نهيان", "مبارك", "ثامر", "فهد",
    "سلطان", "منصور", "خليفة", "حمود", "عيسى", "ثاني"))


def _gulf_father(key: str) -> bool:
    """Is the al- word *key* a given name with the article (الخالد، الأحمد، الجابر)?"""
    w = key[2:]
    return w in GN.ALL or w in _GULF_GIVEN


def _gulf_chain(doc: Doc, j: int, hi: int, covered: dict | None = None) -> int:
    """After "X الY" where Y is a usual given name (the father's name written with al-, as
    Gulf names are: "صباح الخالد الحمد الصباح", "مشعل الأحمد الجابر الصباح"): up to two more
    al- words, the grandfather's name and the family name (which ends the name)."""
    toks = doc.toks
    n = 0
    while j < hi and n < 2:
        t = toks[j]
        if not t.key.startswith("ال") or t.key in L.NATIONALITY or \
                (covered is not None and j in covered) or not _ar_name_word(doc, t, False):
            break
        j += 1
        n += 1
        if not _gulf_father(t.key):
            break  # the family name
    return j


_AR_HIGHNESS = L._ar("السمو", "سمو")


def _arabic_misspellings(w: _Work) -> None:
    """Arabic spellings of known people that the gazetteer does not list
    ("قائاني" for قاآني), by skeleton and rapidfuzz."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    bits = doc.pass_bits
    for k in range(s.lo, s.hi):
        # the tokens with such a spelling (not a common name word as written: كاظم is no
        # misspelt surname الكاظمي), found once per token text (_pass_bits)
        if not bits[k] & _B_AR_FUZZY or k in covered:
            continue
        t = toks[k]
        if k > s.lo and toks[k - 1].key in _AR_HIGHNESS:
            continue  # "صاحب السمو الملكي الأمير X": royal (highness), no misspelt المالكي
        if profession_title_ar(doc, k, s.hi, covered):
            continue  # "المهندس وليد الخريجي": the title "engineer", no al-Muhandis
        hit = _ar_fuzzy(doc.gaz, t.key, t.stems)
        if hit is None:  # (never: the bit says there is one)
            continue
        off, stem, eid = hit
        mids = doc.mentioned_ids()
        if eid not in mids:
            # "مسرور بارازاني ... والتقى بارازاني": the Barzani the article named
            named = doc.gaz.named_family(stem, mids | {m.eid for m in out})
            if len(named) == 1:
                eid = named[0]
            elif not eid:
                continue  # a shared family name, and no one bearer of it named before
        me = _ment_at(doc, si, k, k + 1, eid, off=off,
                      prefix=t.key[: len(t.key) - len(stem)] if off else "")
        out.append(me)
        covered[k] = me


# words after which an Arabic name is a person's even without a title: led by, appointed,
# replaced ("وفد يرأسه X", "تسمية X رئيساً", "حلّ محلّ X", "بدلاً من X")
_AR_NAME_CUES = L._ar(
    "يرأسه", "يرأسها", "برئاسة", "بقيادة", "يقوده", "يقودها", "يتزعمه", "يتزعمها", "تسمية",
    "بتسمية", "وتسمية", "تعيين", "بتعيين", "وتعيين", "عيّن", "عينت", "محل", "مكان", "سلفه",
    "سلفها", "خلفه", "يخلف")
_AR_INSTEAD_L = L._ar("خلفا", "خلفاً", "خلافة")
# the pope: "البابا فرنسيس" is a person named with his title (as "Pope Francis" is in
# English); "بابا الفاتيكان" / "الحبر الأعظم" stand for the pope the article named
_AR_POPE = L._ar("البابا", "والبابا")
_AR_POPE_DESC = {k: v for ks, v in ((L._ar("بابا", "وبابا"), L.fold_ar("الفاتيكان")),
                                    (L._ar("الحبر", "والحبر"), L.fold_ar("الأعظم")))
                 for k in ks}
# a verb of saying before a name and "إن / أن" ("قال سردار الكعبي إن ..."، "وأضاف شوان
# الداودي أن ..."): the speaker, a person even without a title or a usual given name
_AR_SAID = L._ar("قال", "وقال", "أضاف", "وأضاف", "أكد", "وأكد", "أوضح", "وأوضح", "صرح",
                 "وصرح", "ذكر", "وذكر", "أشار", "وأشار", "كشف", "وكشف", "اعتبر", "واعتبر")
_AR_THAT = L._ar("إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم")
# a verb of electing or naming, its subject (a body, "المجلس"), then the person and his
# office ("انتخب المجلس بدر الفحل محافظاً", session 16)
_AR_ELECT = L._ar("انتخب", "وانتخب", "انتخبت", "وانتخبت", "اختار", "واختار", "اختارت",
                  "واختارت", "وعين", "وعينت", "عين")
_AR_NAME_CUES = _AR_NAME_CUES | _AR_POPE | frozenset(_AR_POPE_DESC) | _AR_SAID | _AR_ELECT
_AR_CUE_KEYS = _AR_NAME_CUES | _AR_INSTEAD_L  # every key _ar_cue_names acts on
_KEY = attrgetter("key")
_AR_NAME_END_OK = L._ar(
    "،", ",", ".", "المعروف", "الملقب", "على", "في", "خلفا", "رئيسا", "قائدا", "امينا",
    "الذي", "بعد", "عقب", "منذ", "الى", "و", "ليكون", "لرئاسة", "لقيادة", "سفيرا", "وزيرا",
    "محافظا", "بدلا")


def _ar_cue_names(doc: Doc, si: int, covered: dict[int, Mention],
                  out: list[Mention]) -> None:
    """Arabic: an unknown name right after a cue that only a person follows ("وفد إيراني
    يرأسه علي باقري كني"، "تسمية عبد العزيز المحمداوي، المعروف بـ..."، "حلّ محلّ عباس
    عراقجي"): a new person when it has two to four name words, starts with a common first
    name (names.yaml) and ends at punctuation or a word that closes a name."""
    toks = doc.toks
    s = doc.sents[si]
    known = doc.gaz.ar_latin
    lo, end = s.lo, s.hi - 2
    # (only the tokens whose key is a cue can do anything below: picked in C, no Python
    # step per other token)
    for k in compress(range(lo, end), map(_AR_CUE_KEYS.__contains__, map(_KEY, toks[lo:end]))):
        t = toks[k]
        if t.key in _AR_ELECT and _ar_elected_after_body(doc, si, k, covered, out):
            continue
        if not t.ar or (k + 1) in covered:
            continue
        off = 0
        if t.key in _AR_POPE or t.key in _AR_POPE_DESC:
            _ar_pope(doc, si, k, covered, out)
            continue
        if t.key not in _AR_NAME_CUES:
            nk = toks[k + 1].key
            if t.key not in _AR_INSTEAD_L or not nk.startswith("ل") or nk[1:] not in known:
                continue
            off = 1  # "خلفاً لحسين سلامي": the preposition glued to the name
        j = _ar_name_span(doc, k + 1, s.hi)
        n = j - (k + 1)
        if n < 2 or n > 4 or any(x in covered for x in range(k + 1, j)):
            continue
        if t.key in _AR_SAID:
            if not _speaker_name(doc, k + 1, j, s.hi):
                continue
        elif (not off and toks[k + 1].key not in known and toks[k + 1].key not in _JOINERS) or (
                j < s.hi and toks[j].key not in _AR_NAME_END_OK and not toks[j].punct and
                not _accusative(toks[j].text)):
            continue
        surface = doc.text[toks[k + 1].start + off:toks[j - 1].end]
        eid = _resolve_name(doc, surface, "Person")
        me = _ment_at(doc, si, k + 1, j, eid, off=off, prefix="ل" if off else "")
        out.append(me)
        for x in range(k + 1, j):
            covered[x] = me


def _ar_elected_after_body(doc: Doc, si: int, k: int, covered: dict[int, Mention],
                           out: list[Mention]) -> bool:
    """"انتخب المجلس / مجلس المحافظة X Y محافظاً": after the verb at *k* and its subject (a
    body named, or one definite word), a name of two to four words that opens with a usual
    given name and ends before the office in the accusative (or a word closing a name) is
    a person. True when one was found."""
    toks, hi = doc.toks, doc.sents[si].hi
    b = k + 1
    if b in covered and covered[b].etype == "Organization" and covered[b].lo == b:
        b = covered[b].hi
        if b in covered and covered[b].etype in ("Location", "Country") and covered[b].lo == b:
            b = covered[b].hi  # "مجلس محافظة صلاح الدين"
    elif b < hi and toks[b].ar and toks[b].key.startswith("ال") and b not in covered and \
            not toks[b].punct:
        b += 1
    else:
        return False
    if b >= hi or b in covered or not (toks[b].key in doc.gaz.ar_latin or toks[b].key in GN.ALL):
        return False
    j = _ar_name_span(doc, b, hi)
    if not 2 <= j - b <= 4 or any(x in covered for x in range(b, j)) or j >= hi or not (
            _accusative(toks[j].text) or toks[j].key in _AR_NAME_END_OK):
        return False
    me = _ment_at(doc, si, b, j, _resolve_name(doc, doc.text[toks[b].start:toks[j - 1].end],
                                                "Person"))
    out.append(me)
    for x in range(b, j):
        covered[x] = me
    return True


def _speaker_name(doc: Doc, lo: int, hi: int, s_hi: int) -> bool:
    """Do the two or three words lo..hi after a verb of saying name its speaker? They end
    right before "إن / أن" and either start with a usual name word or end with a family-name
    shape ("سردار الكعبي"، "شوان الداودي"; not "مصدر أمني", "البيان الختامي")."""
    toks = doc.toks
    if hi - lo > 3 or hi >= s_hi or toks[hi].key not in _AR_THAT or \
            toks[lo].key.startswith("ال"):
        return False
    first, last = toks[lo].key, strip_article_ar(toks[hi - 1].key)
    return first in doc.gaz.ar_latin or first in GN.ALL or (
        toks[hi - 1].key.startswith("ال") and GN.family_name_shape(last))


def _ar_pope(doc: Doc, si: int, k: int, covered: dict[int, Mention],
             out: list[Mention]) -> None:
    """"البابا X" at *k*: the pope X (one name word after the title, the title in the name:
    person:pope-x like "Pope X"); "بابا الفاتيكان" / "الحبر الأعظم": the latest pope named
    before in the article, if any."""
    toks = doc.toks
    t, nxt = toks[k], toks[k + 1]
    if k in covered or not nxt.ar or nxt.punct:
        return
    if t.key in _AR_POPE_DESC:
        if nxt.key != _AR_POPE_DESC[t.key]:
            return
        eid = next((m.eid for m in reversed(doc.ments) if m.etype == "Person" and
                    m.eid.startswith("person:pope-")), None) or \
            next((m.eid for m in reversed(out) if m.etype == "Person" and
                  m.eid.startswith("person:pope-")), None)
        if eid is None:
            return
        me = _ment_at(doc, si, k, k + 2, eid, kind="desc",
                      off=1 if t.key.startswith("و") else 0)
    else:
        if nxt.key.startswith("ال") or not _ar_name_word(doc, nxt, True):
            return
        off = 1 if t.key.startswith("و") else 0
        surface = doc.text[t.start + off:nxt.end]
        me = _ment_at(doc, si, k, k + 2, _resolve_name(doc, surface, "Person"), off=off,
                      prefix="و" if off else "")
    out.append(me)
    covered[k] = covered[k + 1] = me


# words before a given name that make it part of something else: a kunya or a "son of"
# chain, a body or a place named after a person ("كتائب الإمام علي"، "مسجد الحسين"، "شارع
# عمر")
_AR_NOT_BEFORE_GIVEN = frozenset(L.fold_ar(w).replace("اا", "ا") for w in (
    "أبو", "ابو", "أبي", "ابي", "أبا", "أم", "ام", "بن", "ابن", "بنت", "عبد", "آل", "الإمام",
    "الامام", "الإمامين", "النبي", "الرسول", "مسجد", "جامع", "شارع", "حي", "مدينة", "مستشفى",
    "جامعة", "ساحة", "مدرسة", "قاعدة", "مطار", "معسكر", "لواء", "فرقة", "سرايا", "كتائب",
    "كتيبة", "مؤسسة", "مركز", "قضاء", "ناحية", "قرية", "جسر", "ضريح", "مرقد", "حسينية",
    "سجن", "منطقة", "بلدة", "معبر", "ميناء", "جزيرة", "حقل",
    "عملية", "اسم", "باسم", "سورة", "عصر", "عهد", "زمن", "الخليفة", "السلطان", "الملك"))
_AR_GIVEN_MAX_WORDS = 3


# Arabic professional titles written before a name ("المهندس وليد الخريجي", "الدكتور X"),
# some of which the gazetteer also knows as one person's bare surname (al-Muhandis)
_AR_PROFESSION_TITLES = frozenset(L.fold_ar(w) for w in (
    "المهندس", "الدكتور", "الأستاذ", "الحاج", "القاضي", "المحامي"))


def profession_word_ar(key: str) -> bool:
    """Is the Arabic key a professional title ("المهندس", "والمهندس", "للدكتور")?"""
    if key.startswith("لل"):
        key = "ال" + key[2:]
    elif len(key) > 3 and key[0] in "وبفل" and key[1:3] == "ال":
        key = key[1:]
    return key in _AR_PROFESSION_TITLES


def profession_title_ar(doc: Doc, k: int, s_hi: int, covered: dict | None = None) -> bool:
    """Is the Arabic word at *k* a professional title right before a given name or a
    person named there ("المهندس وليد الخريجي", "والمهندس حيان عبد الغني")? Then it
    names nobody by itself."""
    toks = doc.toks
    if k + 1 >= s_hi or not profession_word_ar(toks[k].key):
        return False
    nxt = covered.get(k + 1) if covered is not None else None
    return _ar_given_first(doc, toks[k + 1]) is not None or (
        nxt is not None and nxt.etype == "Person")


def _ar_given_before_family(doc: Doc, lo: int, hi: int, s_hi: int) -> bool:
    """A one-word Arabic match at lo..hi that is a usual given name followed by a
    family-name word ("عباس عراقجي", not the "Abbas" of the gazetteer): the name of
    someone else, read by the given-name step."""
    toks = doc.toks
    if hi >= s_hi or doc.gaz_start[hi] or _ar_given_first(doc, toks[lo]) is None:
        return False
    nxt = toks[hi]
    key = strip_article_ar(nxt.key)
    return _ar_name_word(doc, nxt, False) and (
        GN.family_name_shape(key) or nxt.key in doc.gaz.ar_latin)


def _abd_given_before_family(doc: Doc, lo: int, hi: int, s_hi: int) -> bool:
    """A two-word match "عبد X" at lo..hi followed by an al- family name ("عبد المهدي
    الزيدي"): "عبد X" is the given name of someone else, not the person whose family name
    it is (Adil Abdul-Mahdi)."""
    toks = doc.toks
    if hi - lo != 2 or hi >= s_hi or toks[lo].key != "عبد":
        return False
    nxt = toks[hi]
    return nxt.key.startswith("ال") and nxt.key not in L.NATIONALITY and \
        GN.family_name_shape(nxt.key[2:]) and _ar_name_word(doc, nxt, False)


def allah_given_before_family(doc: Doc, lo: int, hi: int, s_hi: int) -> bool:
    """A two-word match "X الله" at lo..hi ("نصر الله", "عبد الله", "فضل الله") followed by
    a family-name word ("نصر الله رشنودي"): a compound given name of someone else, not the
    person known by it (Hassan Nasrallah)."""
    toks = doc.toks
    if hi - lo != 2 or hi >= s_hi or toks[lo + 1].key != "الله":
        return False
    nxt = toks[hi]
    key = strip_article_ar(nxt.key)
    return nxt.key not in L.NATIONALITY and _ar_name_word(doc, nxt, False) and (
        GN.family_name_shape(key) or nxt.key in doc.gaz.ar_latin)


def _ar_given_first(doc: Doc, t: Tok) -> tuple[int, str] | None:
    """(offset, stem) of a usual given name at token *t*, behind at most one proclitic
    (و ف ب ل): "عباس", "وعباس", "لقاسم"; None for anything else ("العباس", "على"). A
    foreign given name as written is no al- word ("ألبرتو"، "ألكسندر") nor a proclitic and an
    al- word ("فاليري": no ف + اليري)."""
    if t.key in GN.FOREIGN:
        return 0, t.key
    for off, stem in t.stems:
        if (stem not in GN.ALL and stem not in _AR_KUNYA_WORDS) or not t.key.endswith(stem) \
                or len(t.key) - len(stem) > 1:
            continue
        if len(t.key) > len(stem) and t.key[0] not in "وفبل":
            continue
        if len(t.key) > len(stem) and t.key[0] in "بل" and stem in ("ابا", "ابو"):
            continue  # after a preposition a kunya is genitive (بأبي): "بابا" is a pope
        if stem == "علي" and _AR_HARAKAT.sub("", t.text).endswith("ى"):
            return None  # the preposition على
        return off, stem
    return None


# first words of a compound name whose next word belongs to them: a kunya (أبو مهدي, in
# any case: أبا / أبي), عبد + a divine name (عبد العزيز)
_AR_KUNYA_WORDS = frozenset({"ابو", "ابا", "ابي"})
_AR_COMPOUND_FIRST = _AR_KUNYA_WORDS | {"عبد"}

# Persian compound given names written in two words ("محمد علي", "غلام حسين", "علي أكبر"):
# one given name, so "محمد علي رضائي كرماني" is one person of a given and a family name
_FA_COMPOUND_HEAD = L._ar("محمد", "علي", "غلام", "حسين")
_FA_COMPOUND_TAIL = L._ar("علي", "حسين", "حسن", "رضا", "جواد", "باقر", "مهدي", "صادق", "كاظم",
                          "تقي", "أكبر", "أصغر", "إبراهيم", "إسماعيل", "هادي", "جعفر", "محسن")


# second words of a compound given name ("نور الدين"، "ذبيح الله"، "خليل الرحمن"، "ضياء الحق")
_THEOPHORIC_TAILS = L._ar("الدين", "الله", "الرحمن", "الحق", "الإسلام")

_FAILA = re.compile(r"^.ا.(?:.|ي)ه$")  # feminine active participles: باقية، قائمة، ماضية


def _ar_person_before(covered: dict[int, Mention], k: int) -> bool:
    """A person's name ends right before token *k*."""
    m = covered.get(k - 1)
    return m is not None and m.etype == "Person" and m.hi == k and m.kind == "name"


def _ar_coordinated_first(doc: Doc, t: Tok) -> tuple[int, str] | None:
    """(offset, stem) of "وعزام" in "سمير فندي وعزام الأقرع": a second name joined by و
    to a name just before it (any first name, not only a usual one)."""
    if not t.key.startswith("و") or len(t.key) < 4:
        return None
    if len(_COORD_CACHE) > 8:
        _COORD_CACHE.clear()  # one entry per gazetteer object in use
    cache = _COORD_CACHE.setdefault(id(doc.gaz), {})
    if t.text in cache:
        return cache[t.text]
    cache[t.text] = None
    for off, stem in t.stems:
        if off > 0 and stem == t.key[1:] and not stem.startswith("ال") and \
                _is_ar_name_token(dataclasses.replace(t, key=stem, stems=((0, stem),),
                                                      text=t.text[off:]),
                                  first=True, known=doc.gaz.ar_latin):
            cache[t.text] = (off, stem)
            return off, stem
    return None


_COORD_CACHE: dict[int, dict[str, tuple[int, str] | None]] = {}


def _ar_given_name_span(doc: Doc, k: int, hi: int, covered: dict[int, Mention],
                        definite_ok: bool = False) -> int:
    """End of the name that starts with a given name at *k*: further name words (a joiner
    such as عبد/بن takes the next word), at most three, ending after an al- family name,
    before a known entity or before a word that cannot be part of a name. *k* when the run
    does not end cleanly (a fourth name word: two names side by side, or not a name)."""
    toks = doc.toks
    known = doc.gaz.ar_latin
    j, words = k + 1, 1
    if any(st in _AR_COMPOUND_FIRST for _o, st in toks[k].stems) and j < hi and \
            j not in covered and (_ar_name_word(doc, toks[j], False) or (
                toks[j].key in L.AR_ABD_TITLES and toks[k].stems[-1][1] == "عبد")) and \
            not _said_to(doc, j, hi):
        j += 1  # "أبو فدك", "عبد العزيز": one name word in two
        if j < hi and j not in covered and (toks[j].key in L.AR_QUALIFIERS or
                                            toks[j].key in L.NATIONALITY) and \
                toks[j].key.startswith("ال") and toks[k].stems[-1][1] in _AR_KUNYA_WORDS:
            # "أبو علي العسكري", "أبو خالد المصري": a kunya's surname may be an adjective
            return _kunya_nisbas(doc, j + 1, hi, covered)
    elif j + 2 < hi and toks[k].stems[-1][1] in _FA_COMPOUND_HEAD and \
            toks[j].key in _FA_COMPOUND_TAIL and j not in covered and \
            (j + 1) not in covered and toks[j + 1].ar and not toks[j + 1].key.startswith("ال") \
            and _ar_name_word(doc, toks[j + 1], False) and toks[j].key != toks[k].stems[-1][1]:
        j += 1  # "محمد علي رضائي كرماني": a Persian two-word given name, then the family name
    elif j + 1 < hi and toks[j].key in _THEOPHORIC_TAILS and j not in covered and \
            (j + 1) not in covered and toks[j + 1].ar and not toks[j + 1].punct and \
            not toks[j + 1].key.startswith("ال") and toks[j + 1].key != "اكبر" and \
            _ar_name_word(doc, toks[j + 1], False):
        j += 1  # "نور الدين عزيزي"، "خليل الرحمن حقاني": a two-word given name, then the family name
    while j < hi and j not in covered:
        t = toks[j]
        if t.key in _JOINERS and j + 1 < hi and (j + 1) not in covered and toks[j + 1].ar \
                and not toks[j + 1].punct and _particle_joins(doc, j):
            j += 2
            words += 1
            continue
        if t.key in _AR_PARTICLES:
            break  # "X Y ولد في ...": was born
        if not _ar_name_word(doc, t, False) and words < _AR_GIVEN_MAX_WORDS and \
                _inner_word(doc, j, hi, covered):
            j += 2  # "جعفر شيخ مصطفى", "مشتاق طالب السعيدي"
            words += 2
            if toks[j - 1].key.startswith("ال"):
                break
            continue
        if _family_before_mark(doc, j, hi):
            j += 1  # "هفرين خلف، الأمينة العامة": the family name Khalaf, not "succeeded"
            break
        if not _ar_name_word(doc, t, False) or _said_to_after(doc, k, j, hi, words) or \
                _next_conjunct(doc, j, hi) or \
                (t.key in _AR_DAYPARTS and _time_of_day(doc, j, hi)):
            break
        if _FAILA.match(t.key):
            break  # "مدرسة الحاج قاسم باقية": an active participle (فاعلة), no family name
        if words == _AR_GIVEN_MAX_WORDS:
            if t.key[:1] == "و" and words >= 3 and t.key not in known and t.key not in GN.ALL:
                break  # "هما X Y Z وW ...": a و-word after a full name starts the next one
            return k
        if words >= 2 and t.key in GN.STRONG:
            break  # "... عراقجي محمد ...": a second person's given name
        if t.key.startswith("ال") and not definite_ok and t.key not in known and \
                strip_article_ar(t.key) not in known and not GN.family_name_shape(t.key):
            break  # "نعيم قاسم المنصب": a definite noun, not a family name
        j += 1
        words += 1
        if t.key in _THEOPHORIC_TAILS and words >= 3 and j < hi and j not in covered and \
                toks[j].ar and not toks[j].punct and _ar_name_word(doc, toks[j], False):
            words -= 1  # "محمد نجم الدين الكاكائي": "نجم الدين" is one given name
            continue
        if t.key.startswith("ال"):
            if toks[k].stems and toks[k].stems[-1][1] in _AR_KUNYA_WORDS:
                j = _kunya_nisbas(doc, j, hi, covered)  # "أبي حفص الهاشمي القرشي"
            elif _gulf_father(t.key) and j < hi and j not in covered and \
                    toks[j].key.startswith("ال"):
                j = _gulf_chain(doc, j, hi, covered)  # "ناصر المحمد الأحمد الصباح"
            break  # an al- family name ends the name
    return j


_AR_KUNYA_HEADS = frozenset({"ابو", "ابي", "ابا", "ام"})

# verbs or prepositions that are also family names (خلف Khalaf): before a comma or a full
# stop they have no object, so they end a name instead
_AR_FAMILY_VERBS = frozenset({L.fold_ar("خلف")})
_AR_NAME_END_MARKS = frozenset({"،", ",", ".", "؛"})


def _family_before_mark(doc: Doc, j: int, hi: int) -> bool:
    """Is the word at *j*, inside a name, a family name that is also a verb ("خلف"), right
    before a comma or a full stop ("هفرين خلف، ...")?"""
    toks = doc.toks
    return toks[j].key in _AR_FAMILY_VERBS and j + 1 < hi and \
        toks[j + 1].text in _AR_NAME_END_MARKS


def _kunya_nisbas(doc: Doc, j: int, hi: int, covered: dict | None = None) -> int:
    """After the first al- word of a kunya name ("أبو عمر الحسني"): up to two more
    relative adjectives (nisbas: "القرشي", "المصري") are part of the name."""
    toks = doc.toks
    e = j
    while e < hi and e - j < 2 and (covered is None or e not in covered):
        t = toks[e]
        if not (t.ar and not t.punct and t.key.startswith("ال") and len(t.key) >= 5 and
                t.key.endswith("ي") and t.key not in L.AR_QUALIFIERS and
                t.key not in L.AR_STOP):
            break
        e += 1
    return e


def _two_word_title(doc: Doc, k: int) -> bool:
    """Do the و-word at *k* (without its و) and the next word make a title of two words
    ("X وولي العهد السعودي Y": the crown prince, not a man called Wali al-Ahd)?"""
    toks = doc.toks
    return k + 1 < len(toks) and f"{toks[k].key[1:]} {toks[k + 1].key}" in L.AR_TITLES


def _ar_given_name_people(doc: Doc, si: int, covered: dict[int, Mention],
                          out: list[Mention]) -> None:
    """Arabic: an unknown person named without a title, e.g. as subject or object of a
    verb ("التقى عباس عراقجي ..."، "وخلف نعيم قاسم ..."): two or three name words starting
    with a usual given name (given_names.yaml). A given name that is also an ordinary word
    (سعيد، صالح، علي) counts only before a known name word or a family-name shape."""
    toks = doc.toks
    s = doc.sents[si]
    known = doc.gaz.ar_latin
    # candidates: words with a given name (the pass bit), and words right after a person
    # (a name joined by و); a person found here adds its end
    pos = sorted({*_positions_in(doc, s.lo, s.hi - 1, _B_AR_GIVEN),
                  *(m.hi for m in out if m.etype == "Person" and m.hi < s.hi - 1)})
    i, done = 0, s.lo
    while i < len(pos):
        k = pos[i]
        i += 1
        if k < done:
            continue
        t = toks[k]
        coordinated = k not in covered and t.key.startswith("و") and \
            t.key not in L.AR_TITLES and t.key not in L.AR_COMMON_NOUNS and \
            not _two_word_title(doc, k) and \
            _ar_person_before(covered, k)  # (not "X وزير ...": a title, not "and Zir")
        first = _ar_given_first(doc, t) if t.ar and not t.punct and k not in covered else None
        if coordinated:
            first = first or _ar_coordinated_first(doc, t)
        if first is None or (k > s.lo and (toks[k - 1].key in _AR_NOT_BEFORE_GIVEN or
                                           any(st in _AR_NOT_BEFORE_GIVEN
                                               for _o, st in toks[k - 1].stems))):
            continue
        off, stem = first
        j = _ar_given_name_span(doc, k, s.hi, covered, definite_ok=coordinated)
        if j - k < 2:
            continue
        second = toks[k + 1]
        second_key = strip_article_ar(second.key)
        if coordinated and not second.key.startswith("ال") and \
                not GN.family_name_shape(second_key) and second.key not in known:
            continue  # "X Y وZ W": W must look like a family name
        if not coordinated and stem not in _AR_COMPOUND_FIRST and \
                (stem not in GN.STRONG or stem == "علي"):
            if not (second.key in known or second_key in known or second.key in GN.ALL or
                    GN.family_name_shape(second_key) or (second.key in ("بن", "ال") and
                                                         j - k >= 3) or  # "تركي آل الشيخ"
                    (j - k == 3 and GN.family_name_shape(strip_article_ar(toks[j - 1].key))) or
                    # "حسن شيخ محمود": شيخ inside a Somali name, before a usual name
                    (j - k == 3 and second.key == _SHEIKH and toks[k + 2].key in GN.ALL)):
                continue
        surface = doc.text[t.start + off:toks[j - 1].end]
        if stem in _AR_KUNYA_WORDS:
            surface = "أبو" + surface[surface.find(" "):]  # أبا / أبي فدك: Abu Fadak
        eid = _resolve_name(doc, surface, "Person")
        me = _ment_at(doc, si, k, j, eid, off=off, prefix=t.key[:len(t.key) - len(stem)])
        out.append(me)
        for x in range(k, j):
            covered[x] = me
        done = j
        if j < s.hi - 1 and j not in pos[i:]:
            bisect.insort(pos, j, lo=i)


def _ar_shared_family(doc: Doc, si: int, covered: dict[int, Mention],
                      out: list[Mention]) -> None:
    """Arabic: three or more usual given names joined by و before one family name share it
    ("قتل حازم وأمير ومحمد هنية": Hazem, Amir and Mohammed Haniyeh; session 14). Each
    given name is a person of its own with that family name."""
    toks = doc.toks
    s = doc.sents[si]
    for k in _positions_in(doc, s.lo, s.hi - 3, _B_AR_GIVEN):
        if k in covered or (k > s.lo and toks[k - 1].key.startswith("و") and
                            _ar_given_first(doc, toks[k - 1]) is not None):
            continue
        first = _ar_given_first(doc, toks[k])
        if first is None or first[0]:
            continue  # (the first name has no proclitic)
        names = [(k, 0)]
        j = k + 1
        while j < s.hi and j not in covered and toks[j].key.startswith("و"):
            g = _ar_given_first(doc, toks[j])
            if g is None or g[0] != 1 or g[1] in _AR_COMPOUND_FIRST:
                break
            names.append((j, 1))
            j += 1
        if len(names) < 3 or j >= s.hi:
            continue
        bare = covered.get(j)  # the family name alone, linked to a known bearer
        if bare is not None and not (bare.etype == "Person" and bare.lo == j and
                                     bare.hi == j + 1):
            continue
        fam = toks[j]
        if fam.key.startswith("و") or fam.key in GN.ALL or \
                (bare is None and not _ar_name_word(doc, fam, False)):
            continue
        if bare is not None:
            out.remove(bare)
            del covered[j]
        for x, off in names:
            t = toks[x]
            last = x == names[-1][0]
            surface = t.text[off:] + " " + fam.text
            eid = _resolve_name(doc, surface, "Person")
            hi = j + 1 if last else x + 1
            me = _ment_at(doc, si, x, hi, eid, off=off, prefix=t.key[:off])
            out.append(me)
            for y in range(x, hi):
                covered[y] = me


def _ar_aka_kunya(doc: Doc, si: int, covered: dict[int, Mention],
                  out: list[Mention]) -> None:
    """Arabic "X المعروف / الملقب / المكنى بأبي زينب": the kunya after the cue is another
    name of the person X just before it (one id); a later bare "أبو زينب" links to X."""
    toks = doc.toks
    s = doc.sents[si]
    for k in _positions_in(doc, s.lo + 1, s.hi - 2, _B_AR_AKA):  # (the tokens in _AR_AKA)
        p = k - 1 if toks[k - 1].text not in ("،", ",") else k - 2
        person = covered.get(p)
        n = k + 1
        t = toks[n]
        if person is None or person.etype != "Person" or person.hi != p + 1 or \
                n in covered or not t.key.startswith("ب"):
            continue
        kunya = next(((o, st) for o, st in t.stems if o > 0 and st == t.key[1:] and
                      st in _AR_KUNYA_WORDS), None)
        if kunya is None:
            continue
        j = _ar_given_name_span(doc, n, s.hi, covered)
        if j - n < 2:
            continue
        me = _ment_at(doc, si, n, j, person.eid, off=kunya[0], prefix="ب")
        out.append(me)
        for x in range(n, j):
            covered[x] = me
        rest = [strip_article_ar(toks[x].key) for x in range(n + 1, j)]
        if person.eid in doc.new_entities:
            doc._add_alias(person.eid, "أبو " + doc.text[toks[n + 1].start:toks[j - 1].end])
            last = toks[person.hi - 1]
            if j - n == 2 and person.hi - person.lo >= 2 and last.key.startswith("ال"):
                # "أبو زينب اللامي": the kunya with the family name
                doc._add_alias(person.eid, f"أبو {toks[n + 1].text} {last.text}")
        for word in _AR_KUNYA_WORDS:
            for name in (tuple([word] + rest), (word, rest[0])):
                doc.local.setdefault(name, person.eid)
            doc.local_first.add(word)


_AR_AKA_HONORIFICS = frozenset({"الحاج", "الحاجه", "الشيخ", "السيد", "الملا"})


def _ar_aka_quoted_names(doc: Doc, si: int, covered: dict[int, Mention],
                         out: list[Mention]) -> None:
    """Run :func:`_ar_aka_quoted` at each "المعروف/الملقب/المكنى (بـ)«" after a person
    (called after the people of the sentence are found; only with a « in the sentence)."""
    toks = doc.toks
    s = doc.sents[si]
    for k in range(s.lo + 1, s.hi - 2):
        if toks[k].text == "«" and toks[k + 1].key in _AR_KUNYA_WORDS:
            # "X Y الساعدي «أبو باقر»": a kunya in quotes right after the name
            person = covered.get(k - 1)
            if person is not None and person.etype == "Person" and person.hi == k and \
                    person.kind == "name":
                _ar_aka_quoted(doc, si, covered, out, person, k)
            continue
        if toks[k].key not in _AR_AKA:
            continue
        p = k - 1 if toks[k - 1].text not in ("،", ",") else k - 2
        person = covered.get(p)
        t = toks[k + 1]
        if person is not None and person.etype == "Person" and person.hi == p + 1 and (
                t.text == "«" or (t.key in ("ب", "باسم") and toks[k + 2].text == "«")):
            _ar_aka_quoted(doc, si, covered, out, person, k + 1 + (t.text != "«"))


def _ar_aka_quoted(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
                   person: Mention, q: int) -> None:
    """"X، المعروف بـ«Y»" / "X، الملقب «الحاج Y»" / "المكنّى «أبو Y»" (*q*: the opening
    quote): the quoted name is another name of the person X (one id), an honorific before
    it left out; a new person made of it is X. A known person in the quotes stays himself."""
    toks = doc.toks
    hi = doc.sents[si].hi
    a = q + 1
    e = a
    while e < hi and e - a < 6 and toks[e].text != "»":
        e += 1
    if e >= hi or toks[e].text != "»":
        return
    while a < e and toks[a].key in _AR_AKA_HONORIFICS:
        a += 1
    if a == e or not all(toks[x].ar and not toks[x].punct for x in range(a, e)):
        return
    inner: list[Mention] = []
    for x in range(a, e):
        m = covered.get(x)
        if m is not None and all(m is not y for y in inner):
            inner.append(m)
    if any(m.etype != "Person" or doc.gaz.get(m.eid) is not None for m in inner):
        return  # a body, or a known person: no alias
    for m in inner:
        old = m.eid
        if old == person.eid:
            continue
        changed = False
        for x in doc.ments:
            if x.eid == old:
                x.eid, changed = person.eid, True
        if changed:
            doc.mentions_changed()
        for m2 in out:
            if m2.eid == old:
                m2.eid = person.eid
        for key, v in list(doc.local.items()):
            if v == old:
                doc.local[key] = person.eid
    if not inner:
        me = _ment_at(doc, si, a, e, person.eid)
        out.append(me)
        for x in range(a, e):
            covered[x] = me
    surface = doc.text[toks[a].start:toks[e - 1].end]
    if person.eid in doc.new_entities:
        doc._add_alias(person.eid, surface)
    words = tuple(core_tokens(surface))
    if not words:
        return
    doc.local.setdefault(words, person.eid)
    doc.local_first.add(words[0])
    if words[0] in _AR_KUNYA_WORDS and len(words) >= 2:
        for word in _AR_KUNYA_WORDS:
            doc.local.setdefault((word, *words[1:]), person.eid)
            doc.local_first.add(word)
        last = toks[person.hi - 1]
        if person.hi - person.lo >= 2 and last.key.startswith("ال") and len(words) == 2:
            # the kunya with the family name is how many pieces name him ("أبو باقر
            # الساعدي"): one more name of the same person
            fam = strip_article_ar(last.key)
            if person.eid in doc.new_entities:
                doc._add_alias(person.eid, f"{surface} {last.text}")
            for word in _AR_KUNYA_WORDS:
                doc.local.setdefault((word, words[1], fam), person.eid)


_AR_FUZZY_CACHE: dict[tuple[int, str], tuple[int, str, str] | None] = {}


def _ar_fuzzy(gaz: Gazetteer, key: str, stems: tuple) -> tuple[int, str, str] | None:
    """(offset, stem, id) of a known person spelled differently in Arabic, cached per word."""
    ck = (id(gaz), key)
    if ck in _AR_FUZZY_CACHE:
        return _AR_FUZZY_CACHE[ck]
    res = None
    forms_ = [key] + [st for _o, st in stems] + [st for _n, st in proclitic_splits(key)]
    if not any(f in L.AR_STOP or f in L.AR_COMMON_VERBS or f in L.AR_TITLE_FIRST or
               f in L.AR_COMMON_NOUNS or ("ال" + f) in L.AR_TITLE_FIRST for f in forms_):
        refused = False  # (a candidate refused below: no fallback either)
        for off, stem in stems:
            if len(stem) < 4:
                continue
            eid = gaz.fuzzy_arabic_token(stem)
            if eid and key.endswith(("ال" + stem, "لل" + stem)) and \
                    not gaz.has_ar_article(eid):
                refused = True
                continue  # "الحلفاء", "الوفدان": a definite noun, no حاليفا or فيدان
            if eid and _fa3ila_of(stem, gaz.ar_tokens.get(eid, ())):
                refused = True
                continue  # "قصيرة" (short) is no spelling of قصرة (Abu Qasra)
            if eid:
                res = (off, stem, eid)
                break
        if res is None and not refused:
            res = _shared_family_spelling(gaz, stems)
    if len(_AR_FUZZY_CACHE) > 200_000:
        _AR_FUZZY_CACHE.clear()
    _AR_FUZZY_CACHE[ck] = res
    return res


_AR_AKA = frozenset(L.fold_ar(w) for w in ("المعروف", "الملقب", "المكنى", "المعروفة"))


def _shared_family_spelling(gaz: Gazetteer, stems: tuple) -> tuple[int, str, str] | None:
    """(offset, stem, "") when a stem is another spelling of a family name several known
    people share and each lists as ambiguous ("بارازاني": the Barzanis), so no skeleton key
    names one of them alone: a candidate only for the bearer the article has named
    (``_arabic_misspellings`` asks ``Gazetteer.named_family``)."""
    for off, stem in stems:
        if len(stem) >= 5 and GN.family_name_shape(stem) and (stem,) not in gaz.guarded and \
                (stem,) not in gaz.exact and \
                len(gaz.by_last_skel.get(token_skeleton(stem), ())) > 1:
            return off, stem, ""  # (the listed spelling itself is the gazetteer's to match)
    return None


def _fa3ila_of(stem: str, name_tokens: Iterable[str]) -> bool:
    """Is *stem* an adjective of the pattern فعيلة ("قصيرة"، "كبيرة") whose letters without
    the long ي are a name word of the person (قصرة)? Then it is the adjective, no spelling."""
    if len(stem) != 5 or stem[2] != "ي" or stem[-1] != "ه":
        return False
    bare = stem[:2] + stem[3:]
    return any(tok == bare for tok in name_tokens)


def _verb_shape(doc: Doc, key: str) -> bool:
    """An imperfect verb, alone or after و/ف ("ويشغل X منصبه", "فيقود"): no first name."""
    if key[:1] in ("و", "ف") and len(key) == 5:
        key = key[1:]
    return len(key) == 4 and key[:1] in ("ي", "ت") and key not in doc.gaz.ar_latin and \
        "ا" not in key[1:] and "و" not in key[1:3]


def _ar_name_before(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
                    k: int) -> Mention | None:
    """An Arabic name of two or three words right before "، <title at k>", not known yet
    (the title is its apposition)."""
    s = doc.sents[si]
    toks = doc.toks
    c = k - 1
    if c <= s.lo or toks[c].text not in ("،", ",") or c in covered:
        return None
    q = c
    while q - 1 >= s.lo and c - q < 3 and (q - 1) not in covered and \
            _ar_name_word(doc, toks[q - 1], False):
        q -= 1
    while q < c and (not _ar_name_word(doc, toks[q], True) or _verb_shape(doc, toks[q].key)):
        q += 1  # the first word must be able to start a name ("وقتل", "ويشغل" cannot)
    bare = False
    if c - q >= 2 and q - 2 >= s.lo and (q - 1) not in covered and \
            not toks[q - 2].punct and _bare_word(toks[q - 1]) and \
            toks[q - 1].key not in GN.ALL and toks[q].key in GN.ALL and \
            all(toks[x].key in GN.ALL or toks[x].key == "الله" for x in range(q, c)):
        q, bare = q - 1, True  # "اغتيال طالب عبد الله، قائد ...": an ordinary-word first
        # name before a given name (not at a clause start: "طالب عبد الله" = he demanded)
    if c - q < 2 or _ar_name_span(doc, q + bare, c) != c:
        return None
    first = toks[q].key
    if first[:1] in "بلك" and first not in doc.gaz.ar_latin:
        return None  # "المعروف بأبي علي، ...": a preposition, not a name
    if q - 1 >= s.lo and toks[q - 1].key in _AR_AKA:
        return None  # a nickname ("المعروف X") is left to the known-as pass
    surface = doc.text[toks[q].start:toks[c - 1].end]
    eid = _resolve_name(doc, surface, "Person")
    me = _ment_at(doc, si, q, c, eid)
    out.append(me)
    for x in range(q, c):
        covered[x] = me
    return me
