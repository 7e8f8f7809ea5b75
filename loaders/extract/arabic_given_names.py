"""Usual Arabic given names that start a name without a title (``_ar_given_first``, the
span of such a name ``_ar_given_name_span``): compound given names (عبد، أبو، Persian محمد علي),
theophoric tails (الدين، الله), a coordinated first name ("وعلي"), a profession word before a
name ("المهندس X"), a given name before a family name."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_span import (
    _AR_DAYPARTS,
    _AR_PARTICLES,
    _family_before_mark,
    _gulf_chain,
    _gulf_father,
    _hajj_goes_on,
    _inner_word,
    _kunya_nisbas,
    _next_conjunct,
    _particle_joins,
    _said_to,
    _said_to_after,
    time_of_day,
)
from loaders.extract.arabic_name_words import (
    _AR_HARAKAT,
    _FAILA,
    _INNER_HAJJ,
    _THEOPHORIC_TAILS,
    _ar_name_word,
    _is_ar_name_token,
)
from loaders.extract.l_surnames_ar import l_surname_after_given
from loaders.extract.mention_base import (
    _JOINERS,
    Mention,
)
from loaders.extract.name_stops_ar import means_before_nationality
from loaders.extract.patronym_names_ar import patronym_third
from loaders.extract.persian_compound_ar import persian_second_part
from loaders.extract.shared_family_ar import shared_family
from loaders.extract.tokens import Tok
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


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


def apposed_profession_ar(doc: Doc, covered: dict, lo: int, s_lo: int, eid: str) -> bool:
    """Does the professional title at *lo* (no و before it) describe the person named right
    before it, after a comma ("محمد حسين روبلي، المهندس المدني الذي ...": an engineer, not
    al-Muhandis; session 52)? The person may be new (a name word before the comma)."""
    toks = doc.toks
    if lo - 2 < s_lo or toks[lo - 1].text not in ("،", ",") or toks[lo].key[:1] in "وف" or \
            not profession_word_ar(toks[lo].key):
        return False
    m = covered.get(lo - 2)
    if m is not None:
        return m.etype == "Person" and m.hi == lo - 1 and m.eid != eid
    return _ar_name_word(doc, toks[lo - 2], False)


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
        if not (_ar_name_word(doc, t, False) or words == 1 and t.key[:1] == "ل" and
                l_surname_after_given(doc, k, j, words, hi)) or \
                _said_to_after(doc, k, j, hi, words) or \
                _next_conjunct(doc, j, hi) or \
                (t.key in _AR_DAYPARTS and time_of_day(doc, j, hi)) or \
                (words >= 2 and means_before_nationality(doc, j, hi)):
            break  # (session 42: "X Y بصاروخ أمريكي", the means of an act)
        if _FAILA.match(t.key):
            break  # "مدرسة الحاج قاسم باقية": an active participle (فاعلة), no family name
        if words == _AR_GIVEN_MAX_WORDS:
            if t.key[:1] == "و" and words >= 3 and t.key not in known and t.key not in GN.ALL:
                break  # "هما X Y Z وW ...": a و-word after a full name starts the next one
            return k
        if words >= 2 and t.key in GN.STRONG and not patronym_third(doc, j, hi) and \
                toks[j - 1].key != _INNER_HAJJ and not persian_second_part(doc, j):
            break  # "... عراقجي محمد ...": a second person's given name
        if t.key.startswith("ال") and not definite_ok and t.key not in known and \
                strip_article_ar(t.key) not in known and not GN.family_name_shape(t.key) \
                and not shared_family(doc, t.key):
            break  # "نعيم قاسم المنصب": a definite noun, not a family name
        j += 1
        words += 1
        if t.key in _THEOPHORIC_TAILS and words >= 3 and j < hi and j not in covered and \
                toks[j].ar and not toks[j].punct and _ar_name_word(doc, toks[j], False):
            words -= 1  # "محمد نجم الدين الكاكائي": "نجم الدين" is one given name
            continue
        if t.key.startswith("ال") and words == 2 and j not in covered and \
                _hajj_goes_on(doc, t, j, hi):
            continue  # "لمهند الحاج علي": الحاج, the particle of the family name Hajj Ali
        if t.key.startswith("ال"):
            if toks[k].stems and toks[k].stems[-1][1] in _AR_KUNYA_WORDS:
                j = _kunya_nisbas(doc, j, hi, covered)  # "أبي حفص الهاشمي القرشي"
            elif _gulf_father(t.key) and j < hi and j not in covered and \
                    toks[j].key.startswith("ال"):
                j = _gulf_chain(doc, j, hi, covered)  # "ناصر المحمد الأحمد الصباح"
            break  # an al- family name ends the name
    return j
