"""Which Arabic words can be part of a personal name (``_is_ar_name_token``: not a verb,
a preposition, a title, a common noun, a verbal noun ...; ``_ar_name_word`` cached per gazetteer),
a bare word, a family-name shape, a word after a proclitic, an imperfect verb's shape, a speech
noun (``_speech_noun``), the shapes فاعلة and the theophoric tails (الدين، الله); used by every
Arabic name rule (``arabic_names`` and the modules it names)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.mention_base import (
    _ORG_OUTLET_HEADS,
    accusative_tanween,
)
from loaders.extract.name_stops_ar import ends_name_word
from loaders.extract.tokens import STEM, Tok
from loaders.extract.topic_nouns_ar import AR_NAME_ENDERS
from loaders.extract.verb_pronoun_ar import verb_with_pronoun
from loaders.textnorm import proclitic_splits

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


_NAME_TITLES = frozenset({"امير", "ملك", "سلطان"})  # also common personal names
# "الحاج" inside a name is the family-name particle Hajj ("مهند الحاج علي"، "حسن الحاج حسن"،
# "دفع الله الحاج علي"), the honorific only before it (session 24)
_INNER_HAJJ = L.fold_ar("الحاج")

# (compiled once: re.sub with a pattern string looks the pattern up in re's cache, in
# Python, at each call)
_AR_HARAKAT = re.compile("[\u064B-\u0652]")
_AR_HARAKAT_TATWEEL = re.compile("[\u064B-\u0652\u0640]")
# Arabic verbal nouns (masdar) of derived forms: انفعال، افتعال، استفعال، تفعيل/تفاعل; افتعال
# of a root opening with و / ي, its first letter merged into the ت (اتصال، اتفاق، اتهام، اتخاذ:
# "أحمد عطاف باتصال هاتفي"; session 24)
_MASDAR = re.compile(r"^(?:ان..ا.|ا.ت.ا.|ات.ا.|است..ا.|ت..ي.|ت.ا..)$")
# the verbal noun مُفاعَلة (folded: ...ه): مناقشة، متابعة، مراجعة، مشاركة (session 50)
_MUFAALA = re.compile(r"^م.ا..ه$")
_MUFAALA_NAMES = frozenset({"معاويه", "مناصره", "معايطه", "محاسنه", "ملاحمه"})  # (names)
# the verbal noun إفعال of form IV, written with its hamza below: إجراء، إقرار، إطلاق، إنشاء
# (folded: ا..ا. / ا..ا with a final hamza dropped); the hamza tells it from the names of that
# shape written with أ (أحمد) and is required (إحسان، إسحاق are names: in GN.ALL)
_IFAAL_WRITTEN = re.compile(r"^إ..اء?$|^إ..ا.$")
# given names of that shape and spelling (Ihab, Islam, Ilham ...; not all are usual names)
_IFAAL_NAMES = frozenset(L.fold_ar(w) for w in (
    "إيهاب", "إسلام", "إكرام", "إلهام", "إقبال", "إنعام", "إيناس", "إسراء", "إخلاص", "إشراق",
    "إيلاف", "إنصاف", "إحسان", "إيمان", "إسحاق", "إيثار", "إجلال", "إصلاح"))


# adverbs in the accusative (fold_ar drops a written tanween: "حديثاً" is "حديثا"), after a title's participle
# ("محافظ دير الزور المعين حديثا X", "الوزير المكلف حاليا X"): never a name word (session 57)
_AR_ADVERBS_A = frozenset(L.fold_ar(w) for w in (
    "حديثا", "مؤخرا", "رسميا", "حاليا", "سابقا", "لاحقا", "مجددا", "مسبقا", "فعليا", "مؤقتا",
    "أخيرا", "فورا", "شخصيا"))


def form_iv_masdar(text: str, k: str) -> bool:
    """Is the word *text* (key *k*), after a proclitic ب / ل when *k* starts with one, a
    verbal noun إفعال written with its hamza ("بإجراء", "لإقرار", "إطلاق"; session 57)?"""
    bare = _AR_HARAKAT_TATWEEL.sub("", text)
    if k[:1] in "بل" and bare[1:2] == "إ":
        bare = bare[1:]
    if bare[:1] != "إ" or _IFAAL_WRITTEN.match(bare) is None:
        return False
    core = k[1:] if len(bare) < len(_AR_HARAKAT_TATWEEL.sub("", text)) else k
    return core not in GN.ALL and core not in _IFAAL_NAMES
# "his / her guest(s)" before the guest's name: a noun with its pronoun, never a name word
_AR_HIS_GUEST = frozenset(L.fold_ar(w) for w in (
    "ضيفه", "ضيفها", "ضيفيه", "ضيوفه", "ضيفهم", "وضيفه", "ضيفتها", "ضيفته"))
# a verbal noun تفعيل after a name, its object after it ("وشهد X Y توقيع الاتفاقيات / توقيع
# عدد من"; session 51): no name word (not "سيبان تهليل عرب": a name of that shape)
_TAFIL = re.compile(r"^ت..ي.$")
_TAFIL_NAMES = frozenset({"توفيق", "تغريد", "تسنيم"})  # (names of that shape)
_AR_QUANTITY = frozenset(L.fold_ar(w) for w in ("عدد", "جملة", "سلسلة", "مذكرة", "مذكرات",
                                                 "اتفاق", "اتفاقية", "اتفاقيات"))


def verbal_noun_with_object(doc: Doc, j: int, hi: int) -> bool:
    """Is the word at *j* a verbal noun of the تفعيل shape, or إفعال written with its hamza
    ("ضرورة إجراء الانتخابات"; no known name word), followed by its object (a definite word
    or a quantity noun)?"""
    t = doc.toks[j]
    k = t.key
    if not t.ar or not (_TAFIL.match(k) or form_iv_masdar(t.text, k)) or \
            k in _TAFIL_NAMES or k in GN.ALL or \
            k in doc.gaz.ar_latin or j + 1 >= hi:
        return False
    nxt = doc.toks[j + 1]
    return nxt.ar and (nxt.key.startswith("ال") or nxt.key in _AR_QUANTITY)


# «العلي» is a family name ("شجاع العلي"، "مصعب العلي"): the preposition على takes no article
_AL_ALI = L.fold_ar("العلي")


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
    if k == _ALAN_KEY and _bare_text(t.text) == GN.ALAN:
        return True  # "آلان" is the given name Alan; the adverb "now" is written الآن
    stems = t.stems
    if k in known and len(stems) > 1:
        stems = ((0, k),)  # a known name word as written, no proclitic reading
    elif not first and _proclitic_name_key(k, stems, known):
        return False  # "فؤاد حسين بعباس ...": a preposition starts another phrase
    if ends_name_word(k, stems, known):
        return False  # "X Y أثناء", "X Y ووفد", "X الوزيرين" (session 42: name_stops_ar)
    if k in _AR_PIOUS:
        return False  # "المغفور له بإذن الله تعالى X"، "X، طيب الله ثراه": a pious formula
    if not first and k in _AR_AKA:
        return False  # "محمد جابر المعروف بـ«أبو شجاع»": known as, even when «معروف» is a
        # known given name (Marouf al-Bakhit; session 70)
    if k in _AR_HIS_GUEST or k in _AR_ADVERBS_A:
        return False  # "واستقبل الرئيس عون ضيفه X": his guest, no name word (session 51);
        # "المعين حديثا X": an adverb (session 57)
    if k[-1:] in "هام" and k not in known and k not in GN.ALL and \
            verb_with_pronoun(_AR_HARAKAT.sub("", t.text), k):
        return False  # "X Y وشكره على"، "وقلده وسام": a verb with its object pronoun (s23)
    if not first and k in _AR_DIED and _bare_text(t.text) in _AR_DIED_WRITTEN:
        return False  # "العميد X Y قضى في ضربة": died, a verb after the name (session 48)
    if not first and _MUFAALA.match(k) and k not in known and k not in GN.ALL and \
            k not in _MUFAALA_NAMES:
        return False  # "... الذي حضره X Y مناقشة الملف": a verbal noun (مفاعلة), no name
    if not first and _speech_noun(k):
        return False  # "علي جهرمي قوله إن": his saying, not a name word
    if not first and k[:1] in "بل" and (k.endswith("ه") and len(k) >= 5 or
                                        _MASDAR.match(k[1:]) or
                                        form_iv_masdar(t.text, k)) and k not in known \
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
    if any(st in _AR_KIN_NOUNS for _o, st in stems) and k not in known and k not in GN.ALL:
        return False  # "سراج الدين حقاني وشقيق جلال الدين حقاني": kin of the next name (s24)
    if k in _AR_OFFICE_POSS:
        return False  # "يشغل X منصبه منذ": his post
    if k == _UKHRA:
        return False  # "مرة أخرى": other, never a name
    if k.endswith(_AR_OCCUPATION):
        return False  # "وزير حرب الاحتلال X": the occupation (Israel), never a name word (s58)
    if "\u0651" in t.text and _shadda_imperfect(t.text):
        return False  # "ويكلّف X": a present verb written with its shadda (session 23)
    if any(st in L.AR_PLACE_FIRST for o, st in stems if o == 0 or k[:1] in "وف"):
        return False  # "تل عباس وجبل محسن": the first word of a place name, no name word
        # (not "بدير" / "بتل": a family name; a place after "ب" is a known one, read first)
    if not first and k in _AR_OBJECT_AFTER_NAME:
        return False  # "تولى X مهام الرئاسة", "أدى X اليمين", "X سيخلف Y": no name word
    if not first and k in _AR_AFTER_ADJECTIVE:
        return False  # "حسن النية", "حسن الجوار": an adjective phrase, not Hassan al-...
    if k == "الله" and not first:
        return True
    if accusative_tanween(t.text):
        return False  # "أميناً عاماً", "خلفاً": indefinite accusative words are no names
    if k[-1:] == "ا" and k[:-1] in L.AR_COMMON_NOUNS and k not in known and k not in GN.ALL:
        return False  # "وفدا", "بيانا": a common noun, accusative with its tanween unwritten
    stem = stems[0][1]
    if k == "علي" and _AR_HARAKAT.sub("", t.text).endswith("ى"):
        return False  # the preposition على, not the name علي
    if k in L.AR_COMMON_NOUNS or stem in L.AR_COMMON_NOUNS:
        return False
    stop = (k in L.AR_STOP or any(st in L.AR_STOP for _o, st in stems) or
            any(st in L.AR_STOP for _n, st in proclitic_splits(k) if _n)) and k != "علي" and \
        not (k == _AL_ALI and not t.text.endswith("ى"))  # the family name «العلي» (s45)
    if stop or k in L.AR_QUALIFIERS or (k in L.NATIONALITY and (first or k not in GN.ALL)):
        return False  # (a usual given name inside a name: "علي تركي الجمالي")
    ray = k == _RAY and _bare_text(t.text) == "راي"  # the name Ray, not the verb رأى
    for _o, st in stems:
        if st in L.AR_COMMON_VERBS and not (_o == 1 and k[:1] in "بك") and not ray:
            return False  # (ب and ك go before nouns: "كيري" is no ك + يرى)
        if (st in L.AR_TITLES or ("ال" + st) in L.AR_TITLES) and (
                first or st not in _NAME_TITLES) and k not in L._AR_RANKS_ALSO_GIVEN and \
                (first or k != _INNER_HAJJ) and \
                (first or not _hamza_as_ya(t.text)):
            return False  # (but "عماد" without the article is the given name Imad)
    if (k in L.AR_COMMON_VERBS and not ray) or (k in L.AR_TITLES and
                                                 (first or k not in _NAME_TITLES) and
                                                 (first or k != _INNER_HAJJ) and
                                                 (first or not _hamza_as_ya(t.text))):
        return False
    future = k[:1] == "س" and k[1:2] in L.AR_VERB_PREFIX_HINTS  # (not "سامر": س + أمر)
    if future and k[1:] in L.AR_COMMON_VERBS:
        return False  # "الرئيس عون سيزور": the future of a verb, no family name (session 53)
    for trig in (L.AR_MEET, L.AR_KILL, L.AR_VISIT, L.AR_SUCCESSOR, L.AR_TAKEOVER,
                 L.AR_LEAD_VERBS, L.AR_WITHDRAW, L.AR_ATTACK, L.AR_SUPPORT, L.AR_NEG):
        if not trig.isdisjoint(map(STEM, stems)) or future and k[1:] in trig:  # (in C)
            return False  # ("الرئيس عباس سيلتقي X": the future of a verb; session 53)
    if first and k.startswith("ال") and not _hamza_al(t.text):
        return False  # (the article has no hamza: "ألينا", "إلهام" are no "ال" + noun)
    if k.startswith("ال") and k != "الله" and (k[2:] in L.AR_STRIKE or k in L.AR_COMMON_NOUNS or
                                              k[2:] in L.AR_MEET_NOUNS):
        return False  # "يحيى رسول الضربة": a common noun after the name, no surname
    if first and k[:1] in ("ب", "ل", "ك") and k not in known and (
            _MASDAR.match(k[1:]) or form_iv_masdar(t.text, k) or
            (k.endswith("ه") and len(k) >= 5 and k not in GN.ALL)):
        return False  # "بانفجار", "بتنفيذ", "لاجتماع", "لمحاربة": preposition + noun, no name
    if any(st in _ORG_OUTLET_HEADS or st in AR_BODY_NOUNS or st in _AR_FORCE_NOUNS
           for _o, st in stems):
        return False  # "كتائب"، "كتلة": the head of a body's name
    if first and (_MASDAR.match(k) or form_iv_masdar(t.text, k)) and k not in known and \
            k not in GN.ALL:
        return False  # "رسالة تحذير": a verbal noun (تفعيل، افتعال ...), no first name
    if k.startswith(("بال", "لل", "كال", "فال", "وال")) and k not in ("الله",) and \
            k not in known and k not in GN.ALL and len(k) - (2 if k[1] == "ل" else 3) >= 3:
        # a preposition/conjunction + article starts another phrase (not فالح; a noun
        # has three letters at least: "كالن" and "والي" are names)
        return False
    return len(k) >= 2


def _hamza_as_ya(raw: str) -> bool:
    """A فاعل word written with a plain ي for the hamza of its participle ("قايد" for قائد,
    "نايب" for نائب): the Maghrebi spelling of a family name (Gaid), not the title, which is
    written with ئ (session 23, second round)."""
    raw = _bare_text(raw)
    return len(raw) == 4 and raw[1] == "ا" and raw[2] == "ي"


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
# the words of the pious formulas around a dead ruler's name (Gulf protocol, session 59):
# "المغفور له بإذن الله تعالى الشيخ X"، "X، طيب الله ثراه"، "رحمه الله"، "عز وجل"; never name words
_AR_PIOUS = frozenset(L.fold_ar(w) for w in (
    "بإذن", "بإذنه", "تعالى", "ثراه", "ثراها", "رحمه", "رحمها", "وجل", "سبحانه", "المغفور",
    "المغفورله"))
# "known as" words after a name: its nickname follows (session 70)
_AR_AKA = L.AR_KNOWN_AS | L._ar("والمعروف")
_AR_OCCUPATION = L.fold_ar("احتلال")


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
    "شهيدين", "شهيدان", "قتيلين", "قتيلان", "جريحين", "جريحان", "شهيدا", "قتيلا", "جريحا",
    # the verb of martyrdom after the subject's name ("إن مرافقه X Y استشهد معه"; session 39)
    "استشهد", "استشهدت", "استشهدا", "استشهدوا",
    # "founder of" in apposition ("جلال الدين حقاني مؤسس الشبكة"; session 24)
    "مؤسس", "مؤسسة", "مؤسسي",
    # the followers a leader calls on ("دعا X Y أنصاره إلى الاعتصام"، "حثّ X Y مؤيديه"; s69)
    "أنصاره", "أنصارها", "أنصارهم", "أتباعه", "أتباعها", "مؤيديه", "مؤيديها", "مناصريه",
    "مناصريها", "قواعده", "جمهوره")) | \
    AR_NAME_ENDERS
# quantities and groups of people after a name ("X Y وعدد من مرافقيه", "وعشرات المدنيين",
# "ومعظم أفراد عائلته", "ومجموعة من قادة الحزب"; session 14): never name words
_AR_GROUP_NOUNS = frozenset(L.fold_ar(w) for w in (
    "عدد", "عدداً", "عشرات", "مئات", "آلاف", "معظم", "أغلب", "غالبية", "مجموعة", "أفراد",
    "عناصر", "أعضاء", "قادة", "مسؤولين", "مسؤولون", "مرافقيه", "مرافقين", "مرافقوه",
    "حراسه", "مقاتلين", "مدنيين", "المدنيين", "أبنائه", "أحفاده", "أشقائه", "عائلته",
    "أسرته", "آخرين", "آخرون"))
# kin nouns in construct before a name ("وشقيق X"، "ونجل X"، "وأرملة X"): never name words
_AR_KIN_NOUNS = frozenset(L.fold_ar(w) for w in (
    "شقيق", "شقيقة", "نجل", "نجلة", "أخ", "أخو", "أخي", "أخت", "عم", "عمة", "خال", "خالة",
    "زوج", "زوجة", "أرملة", "والد", "والدة", "صهر", "حفيد", "حفيدة", "ابنة", "نسيب", "أبناء",
    "أشقاء", "شقيقي", "نجلي", "نجليه", "نجلاه", "ابنيه", "ابناه", "شقيقيه"))  # (s56: duals)
# heads of bodies' names not in the lexicon's list (a name word never starts so)
AR_BODY_NOUNS = frozenset(L.fold_ar(w) for w in (
    "كتلة", "جمعية", "نقابة", "شركة", "مؤسسة", "لجنة", "قوة", "وحدة", "غرفة", "خلية",
    "جمهورية", "مملكة", "سلطنة",  # (states: state_heads_ar)
    # funds, banks, services, institutes ("المدير العام لصندوق التنمية X", "رئيس جهاز
    # المخابرات", "مدير معهد ..."; session 62)
    "صندوق", "بنك", "مصرف", "جهاز", "معهد", "مركز", "جامعة", "مديرية", "برنامج"))
# an armed service or arm ("قائد سلاح الجو"، "ذراع البر"، "أسطول البحر"، "بنزع سلاح X"; session
# 33): a common noun, never a name word (not "صلاح")
_AR_FORCE_NOUNS = frozenset(L.fold_ar(w) for w in ("سلاح", "ذراع", "أسطول", "اسطول"))
# nouns after an adjective that is also a given name (حسن، سعيد، جميل): "حسن النية"
_AR_AFTER_ADJECTIVE = frozenset(L.fold_ar(w) for w in (
    "النية", "النوايا", "الحظ", "الظن", "السمعة", "الجوار", "الخلق", "التصرف", "الإدارة",
    "الحال", "الطالع", "الاستقبال"))


def _proclitic_name_key(key: str, stems: tuple, known: frozenset[str] | dict) -> bool:
    """A known name word behind a proclitic ("بعباس", "ولقاسم"): the start of another
    phrase, not the next word of the name before it."""
    if key in known or key in GN.ALL:
        return False
    return any(o > 0 and (st in known and len(st) >= 4 or st in GN.ALL) for o, st in stems)
    # (a three-letter word of a known name is too short to tell: "برجي" is no ب + "رجي")


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


def _bare_word(t: Tok) -> bool:
    """An Arabic word that may be a name word even though it is an ordinary word elsewhere
    (طالب، خليفة، أركان) or no usual given name (حيان، راكان): three letters at least, no
    article, proclitic or tanween, no particle, title, nationality or qualifier."""
    k = t.key
    if k == _ALAN_KEY and _bare_text(t.text) == GN.ALAN:
        return True  # (the given name Alan, not the adverb الآن)
    return t.ar and not t.punct and len(k) >= 3 and not k.startswith("ال") and \
        len(t.stems) == 1 and t.stems[0][0] == 0 and not accusative_tanween(t.text) and \
        k not in L.AR_STOP and k not in L.AR_TITLES and k not in L.NATIONALITY and \
        k not in L.AR_QUALIFIERS and not k.endswith("ها") and k not in _AR_ADVERBS_A and \
        not (k[:1] in "بل" and form_iv_masdar(t.text, k))  # "تمسكه بإجراء": no name word


# "died" (قضى) after a name, as written (the folded key is also that of a name word قضي)
_AR_DIED_WRITTEN = frozenset({"قضى", "قضيا", "قضوا"})
_AR_DIED = frozenset(L.fold_ar(w) for w in _AR_DIED_WRITTEN)
_ALAN_KEY = L.fold_ar(GN.ALAN)  # (the adverb الآن's key too: the written form decides)


def family_shaped(key: str) -> bool:
    """An Arabic family name by its shape: al- + a nisba (العلياوي، الجبوري، الحارثي)."""
    return key.startswith("ال") and len(key) >= 5 and key.endswith("ي") and \
        key not in L.NATIONALITY


# second words of a compound given name ("نور الدين"، "ذبيح الله"، "خليل الرحمن"، "ضياء الحق")
_THEOPHORIC_TAILS = L._ar("الدين", "الله", "الرحمن", "الحق", "الإسلام")

_FAILA = re.compile(r"^.ا.(?:.|ي)ه$")  # feminine active participles: باقية، قائمة، ماضية


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


def _shadda_imperfect(raw: str) -> bool:
    """A word opening with the imperfect's ي (after و / ف) and written with a shadda:
    "يكلّف"، "ويعيّن"، "يوقّع" are verbs, no name words (names with a shadda open otherwise:
    "تمّام"، "نوّاف"، "محمّد")."""
    bare = raw.lstrip("وف") if len(raw) > 3 and raw[:1] in "وف" and raw[1:2] == "ي" else raw
    return bare[:1] == "ي" and "\u0651" in bare[2:]

