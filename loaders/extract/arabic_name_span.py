"""How far an Arabic name runs after a title (``_ar_name_span``): the words after a name
that end it (a speech noun, a conjunct, "said to", a time of day, a phrase after the name), the
words inside it (شيخ, the particles ولد / بن, أبي), a family name before a mark, kunya nisbas
(``_kunya_nisbas``) and Gulf father chains (``_gulf_chain``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_words import (
    _AR_OBJECT_AFTER_NAME,
    _FAILA,
    _INNER_HAJJ,
    _THEOPHORIC_TAILS,
    _ar_name_word,
    _bare_word,
    family_shaped,
    verbal_noun_with_object,
)
from loaders.extract.definite_given_ar import definite_given_first
from loaders.extract.definite_phrase_ar import noun_adjective_after_name
from loaders.extract.foreign_family_ar import (
    closing_family_bl,
    foreign_family_bl,
    foreign_family_ha,
    said_b_names,
)
from loaders.extract.l_surnames_ar import l_surname_after_given
from loaders.extract.mention_base import (
    _JOINERS,
    accusative_tanween,
)
from loaders.extract.name_stops_ar import means_before_nationality
from loaders.extract.title_family_name_ar import title_word_family_name

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


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
    if k == _SABAB or means_before_nationality(doc, j, hi):
        return True  # "بسبب", "آدم حاشي عيرو بصاروخ أمريكي" (session 42)
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
_AR_DAYS = L.AR_WEEKDAYS | L._ar("اليوم", "أمس", "الأمس", "يوم", "الغد", "غد", "أول")


_MARRA = L.fold_ar("مرة")


def time_of_day(doc: Doc, j: int, hi: int) -> bool:
    """Is the word at *j* a part of the day followed by a day ("فجر الخميس"), or "مرة"
    before أخرى / an ordinal ("مرة ثانية")?"""
    toks = doc.toks
    if toks[j].key == _MARRA:
        return j + 1 < hi and toks[j + 1].key in _AR_ONCE_MORE  # "مرة أخرى"
    return toks[j].key in _AR_DAYPARTS and j + 1 < hi and toks[j + 1].key in _AR_DAYS


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
    if _bare_word(t) and family_shaped(nx.key) and _ar_name_word(doc, nx, False) and \
            t.key not in _AR_OBJECT_AFTER_NAME:  # "X Y قرب القامشلي": a place after (s57)
        return 2
    return 0


_AR_PARTICLES = L.AR_SON_OF  # Mauritanian / Tuareg "son of" (also "was born")
_ABI = L.fold_ar("أبي")


def _madda_abe(t: Tok) -> bool:
    """Is *t* "آبي" written with a madda (the Japanese family name Abe), no أبي?"""
    return t.key == _ABI and t.text[:1] == "آ"


_VAN = L.fold_ar("فان")


def _van_joins(doc: Doc, j: int, hi: int) -> bool:
    """«فان» written without hamza after a one-word given name and before a family name
    word that is no given name, no al- word and no stop word ("كريس فان هولين", "جيمس فان
    دايك"): the Dutch particle van inside a foreign name, not «فإن» (so, then) opening a
    clause ("X فان الاجتماع"، "X فإن Y")."""
    toks = doc.toks
    t = toks[j]
    if t.key != _VAN or t.text != "فان" or j + 1 >= hi:
        return False
    nx = toks[j + 1]
    return nx.ar and not nx.punct and nx.key not in L.AR_STOP and not nx.key.startswith("ال") \
        and nx.key not in GN.ALL and _ar_name_word(doc, nx, False)


def _particle_joins(doc: Doc, j: int) -> bool:
    """The joiner at *j* goes on to the next word: always for بن / أبو / آل ...; ولد / أغ
    only before a name word or an al- word ("محمد ولد الشيخ X"، "إياد أغ X"; not "X Y ولد
    في ...": was born)."""
    toks = doc.toks
    if _madda_abe(toks[j]):
        return False  # "شينزو آبي": Abe (a madda), no أبي ("father of")
    if toks[j].key not in _AR_PARTICLES:
        return True
    nx = toks[j + 1]
    return not nx.punct and nx.key not in L.AR_STOP and (
        nx.key.startswith("ال") or _ar_name_word(doc, nx, False))


_AMIN = L.fold_ar("الأمين")
_MUHAMMAD = L.fold_ar("محمد")
_GENERAL = L._ar("العام", "عام", "العامة")


_AL_ABD = L.fold_ar("العبد")


_AHD = frozenset({"العهد", "عهد"})  # "ولي العهد": crown prince
_HEIR = frozenset({"ولي", "وولي"})


def _heir_title_at(doc: Doc, j: int, hi: int) -> bool:
    """"ولي العهد" (crown prince) or "ولي ولي العهد" (deputy crown prince) opens at *j*, with or
    without a و: a title, no name word."""
    toks = doc.toks
    if toks[j].key not in _HEIR:
        return False
    if j + 1 < hi and toks[j + 1].key == "ولي":
        j += 1
    return j + 1 < hi and toks[j + 1].key in _AHD


def _ar_name_span(doc: Doc, k: int, hi: int) -> int:
    """End of an Arabic personal name starting at *k* (k if there is none)."""
    toks = doc.toks
    j = k
    n = 0
    while j < hi and n < 5 and j - k < 9:
        t = toks[j]
        if _heir_title_at(doc, j, hi):
            break  # "عاهل البحرين الملك حمد ولي العهد ...": a title, no name word (s60);
            # "وولي العهد", "ولي ولي العهد" (deputy crown prince) too (session 67)
        if n > 0 and t.key in _JOINERS and j + 1 < hi and toks[j + 1].ar and \
                _particle_joins(doc, j):
            j += 1  # بن / أبو / آل inside a name (not counted: "محمد بن عبد الرحمن آل ثاني")
            continue
        if n == 1 and t.key == "السيد" and j + 1 < hi and toks[j + 1].key in GN.ALL and \
                toks[k].key in GN.ALL:
            j += 1  # "غسان السيد أحمد", "محمد السيد سليمان": a family name after a given
            n += 1  # name, no courtesy title (that stands before the name; session 58)
            continue
        if n == 1 and _van_joins(doc, j, hi):
            j += 1  # "السيناتور كريس فان هولين": the Dutch "van", not «فإن» (session 57)
            continue
        after_joiner = n > 0 and toks[j - 1].key in _JOINERS and not _madda_abe(toks[j - 1])
        # ("شينزو آبي برصاص ...": Abe, the family name, joins nothing; session 53)
        kunya_surname = n >= 2 and toks[k].key in _AR_KUNYA_HEADS and t.key.startswith("ال") \
            and (t.key in L.AR_QUALIFIERS or t.key in L.NATIONALITY)  # "أبو خالد المصري"
        # compound names "صفي الدين", "نور الدين": the word before الدين is a name word
        compound = n > 0 and j + 1 < hi and toks[j + 1].key == "الدين" and t.ar and \
            not t.punct and t.key not in L.AR_STOP and not accusative_tanween(t.text)
        if n > 0 and t.key == _AMIN and toks[j - 1].key == _MUHAMMAD and \
                not (j + 1 < hi and toks[j + 1].key in _GENERAL):
            j += 1  # "علي محمد الأمين زين": the compound given name Mohamed Lamine, no
            n += 1  # title (not "الأمين العام"; session 23, second round)
            continue
        if n > 0 and t.key == _AL_ABD and j + 2 < hi and toks[j + 1].key == "الله" and \
                toks[j + 2].key.startswith("ال"):
            # "عبد الله علي العبد الله الصباح": Abdullah with al-, a forefather's name as Gulf
            # names write it, then the family name (session 58)
            j = _gulf_chain(doc, j + 2, hi)
            break
        if compound:
            j += 2
            n += 2
            if n >= 4 or j >= hi or not toks[j].ar:
                break
            continue  # "قاري فصيح الدين فطرت", "محمد نور الدين الحداد": a family name after it
        if n == 1 and title_word_family_name(doc, k, j, hi):
            j += 2  # "المحافظ عوض الوزير العولقي": a title word that is a family name (s68)
            break
        if n > 0 and t.key[:1] == "ب" and t.key in said_b_names(doc):
            j += 1  # "محمد سعد برادة" when the article says "وقال برادة إن" (session 53)
            n += 1
            continue
        if n > 0 and not after_joiner and not kunya_surname and \
                not _ar_name_word(doc, t, False) and _inner_word(doc, j, hi, None):
            j += 2  # "جعفر شيخ مصطفى", "مشتاق طالب السعيدي"
            n += 2
            if toks[j - 1].key.startswith("ال"):
                break
            continue
        if not kunya_surname and not (after_joiner and t.ar and not t.punct and t.key not in L.AR_STOP) and \
                not (_ar_name_word(doc, t, n == 0) or n == 0 and definite_given_first(doc, j, hi) or
                     n == 0 and given_before_bin(doc, j, hi) or
                     n == 1 and t.key[:1] == "ل" and
                     l_surname_after_given(doc, k, j, n, hi) or
                     n == 1 and (foreign_family_ha(doc, k, j) or
                                 foreign_family_bl(doc, k, j) or
                                 closing_family_bl(doc, k, j, hi))) or \
                n > 0 and (_said_to_after(doc, k, j, hi, n) or _next_conjunct(doc, j, hi) or
                           (n >= 2 and not after_joiner and _phrase_after_name(doc, j, hi)) or
                           (not after_joiner and _FAILA.match(t.key) is not None and
                            not (t.key.endswith("يه") and toks[k].key in GN.FOREIGN)) or
                           (not after_joiner and t.key[:2] == "ال" and
                            noun_adjective_after_name(doc, j, hi)) or
                           (t.key in _AR_DAYPARTS and time_of_day(doc, j, hi)) or
                           verbal_noun_with_object(doc, j, hi)):  # "X Y توقيع الاتفاق"
            break
        j += 1
        n += 1
        if t.key.startswith("ال") and n > 1 and t.key not in ("الله",) and not after_joiner \
                and not (t.key in _THEOPHORIC_TAILS and n == 2) \
                and not _hajj_goes_on(doc, t, j, hi):  # "عز الدين الحداد"، "ضياء الحق X"
            if toks[k].key in _AR_KUNYA_HEADS:
                j = _kunya_nisbas(doc, j, hi)  # "أبو عمر الحسني القرشي"
            elif _gulf_father(t.key) and j < hi and toks[j].key.startswith("ال"):
                j = _gulf_chain(doc, j, hi)  # "صباح الخالد الحمد الصباح"
            elif j < hi and toks[j].key == "الله" and len(t.key) > 3 and \
                    not t.key.endswith(("ي", "يه")):  # (no nisba: "الحسيني الله")
                j += 1  # "نزار الخير الله": a compound family name "الX الله" (al-Khairallah)
            break  # an al- surname ends the name
    while j > k and toks[j - 1].key in _JOINERS and not _madda_abe(toks[j - 1]):
        j -= 1
    return j


def given_before_bin(doc: Doc, j: int, hi: int) -> bool:
    """A usual given name that is also an ordinary word (تركي "Turkish") right before بن /
    ابن and a name word: the first word of a father chain ("الأمير تركي بن محمد بن فهد")."""
    toks = doc.toks
    return j + 2 < hi and toks[j].key in GN.ALL and toks[j + 1].key in AR_BIN and \
        _ar_name_word(doc, toks[j + 2], False)


AR_BIN = frozenset({"بن", "ابن"})  # "son of" inside a father chain


def _hajj_goes_on(doc: Doc, t: Tok, j: int, hi: int) -> bool:
    """"الحاج" inside a name before a bare name word is the particle of the family name
    ("مهند الحاج علي"، "حسن الحاج حسن"; session 24), not an al- surname ending it."""
    if t.key != _INNER_HAJJ or j >= hi:
        return False
    nx = doc.toks[j]
    return nx.ar and not nx.punct and not nx.key.startswith("ال") and \
        _ar_name_word(doc, nx, False)


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


_AR_THAT = L._ar("إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم")


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
                t.key not in L.AR_STOP and t.key not in L.AR_TITLES):
            break  # (not a title after the name: "أبو هاجر السوري القيادي في الهيئة")
        e += 1
    return e
