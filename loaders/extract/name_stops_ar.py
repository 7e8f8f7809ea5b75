"""Words that end an Arabic personal name which the other name-word tests let in (session 42,
nentsar), read on the blind writers of KZ-LE and checked on the older dev batches:

* "أثناء" / "إبان" (during) are prepositions as "خلال" is ("مقتل مؤسسها محمد يوسف أثناء
  احتجازه": no person "Yusuf Athna Ihtijazih");
* و + a common noun starts the next phrase ("الشيخ سامي أبي المنى ووفد من المشايخ", "جون سميث
  ووفد": no "... Wafd"), as ب / ل / ك + a common noun already do (``arabic_name_words``);
* a definite dual or plural of a title ("الوزيرين", "القائدين", "المسؤولين") is the object or
  the next phrase, never an al- family name ("استقبل الملا محمد حسن آخوند الوزيرين الصيني
  والباكستاني");
* after two name words, ب + a noun before an indefinite nationality adjective is the means of
  an act ("مقتل القائد آدم حاشي عيرو بصاروخ أمريكي"), as ب + a noun before its al-
  complement already is (``arabic_name_span._phrase_after_name``).

Later sessions added the fire of a killing («برصاص», session 53) and the charge someone is
given («بمهام», «بتسيير», session 54), and session 68 what someone wins or is given («بنيل
الثقة»، «بفوزه»، «بتعيينه»).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.event_noun_names_ar import AR_EVENT_NOUN_NAMES

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_DURING = frozenset(L.fold_ar(w) for w in ("أثناء", "اثناء", "إبان", "ابان"))
_DUAL_PLURAL = ("ين", "ان")
# a meal given in someone's honour ("أقام أمير قطر مأدبة عشاء على شرف X": no person "Madba
# Asha"; session 48)
_MEALS = frozenset(L.fold_ar(w) for w in ("مأدبة", "مأدبه", "وليمة", "عشاء", "غداء", "إفطار"))
# ب + the fire or weapon of a killing ("اغتيل X Y برصاص Z", "قُتل X Y بنيران Z"): the means,
# then the killer, no name word (session 53: "Ahmad Salem Birasas Omar Khaled")
_FIRE = frozenset(L.fold_ar(p + w) for p in ("ب", "وب") for w in (
    "رصاص", "رصاصة", "رصاصات", "نيران", "قذائف", "قذيفة", "صواريخ", "طعنات", "سكين"))

# ب + the task someone is charged with ("كلّف K عادل جمعة بمهام الوزارة", "بتسيير أعمال
# الحكومة"): the charge, no name word (session 54: "Adil Juma Bamham")
_TASKS = frozenset(L.fold_ar(p + w) for p in ("ب", "وب") for w in (
    "مهام", "مهمة", "مهمات", "تسيير", "إدارة", "حقيبة", "منصب", "تشكيل", "أعمال", "تولي",
    "تولّي")) | frozenset(L.fold_ar(w) for w in (
    # bare, the charge as a second object: «وكلف X تسيير أعمال الحكومة» (session 67)
    "تسيير", "تصريف"))

# ب + a verbal noun of what someone wins or is given, the object of a congratulation or of
# praise ("هنأ السفير كاك مسرور بنيل الثقة": no person "Kak al-Thaqa"; «بفوزه بالانتخابات»،
# «بانتخابه»، «بتعيينه»), and the event nouns that are also given names («بنجاة»، «بعودة»:
# ``event_noun_names_ar``): the phrase after the name, no name word (session 68, retrain68b)
_WON = frozenset(L.fold_ar(p + w) for p in ("ب", "وب") for w in (
    "نيل", "نيله", "نيلها", "فوز", "فوزه", "فوزها", "حصول", "حصوله", "انتخاب", "انتخابه",
    "انتخابها", "تعيين", "تعيينه", "تعيينها", "توليه", "توليها", "تولّيه", "منحه",
    "تجديد", "نجاة", "نجاح", "سلامة", "عودة", "عودته")) | frozenset(
    p + w for p in ("ب", "وب") for w in AR_EVENT_NOUN_NAMES)

# و + a kin noun with a possessive pronoun after a name ("استقبل أرملته X ووالديه", "X
# ووالدته"): the relatives who came with the one named, no name word (session 71)
_KIN_WITH = frozenset(L.fold_ar("و" + w + e) for w in (
    "والد", "والدت", "والدي", "زوجت", "زوج", "ابن", "ابنت", "أبناء", "أولاد", "شقيق", "شقيقت",
    "أشقاء", "نجل", "نجلي", "أسرت", "عائلت", "أرملت", "أطفال", "بنات")
    for e in ("ه", "ها", "هما", "هم"))


def _title_dual_plural(key: str) -> bool:
    """Is *key* an al- title word with a dual or plural ending ("الوزيرين", "القائدان")?"""
    if not key.startswith("ال") or len(key) < 7 or not key.endswith(_DUAL_PLURAL):
        return False
    base = key[2:-2]
    return base in L.AR_TITLES or ("ال" + base) in L.AR_TITLES


def ends_name_word(key: str, stems: Sequence[tuple[int, str]],
                   known: Collection[str]) -> bool:
    """Is the word *key* (its clitic readings *stems*) one that never stands inside a name:
    a preposition of time, a meal, و + a common noun or a kin noun with a pronoun, or a
    title's dual or plural with the article?"""
    if key in _DURING or key in _MEALS or key in _FIRE or key in _TASKS or key in _WON or \
            key in _KIN_WITH:
        return True
    if key in known or key in GN.ALL:
        return False
    if key[:1] == "و" and any(o == 1 and st in L.AR_COMMON_NOUNS for o, st in stems):
        return True
    return _title_dual_plural(key)


def means_before_nationality(doc: Doc, j: int, hi: int) -> bool:
    """Is the word at *j* ب + a noun followed by an indefinite nationality adjective
    ("بصاروخ أمريكي", "بطائرة مسيرة أمريكية" is not: the adjective must come next)?"""
    toks = doc.toks
    k = toks[j].key
    if len(k) < 4 or k[0] != "ب" or k.startswith(("بو", "بل", "بن", "بي")) or \
            k in doc.gaz.ar_latin or k in GN.ALL or k[1:] in GN.ALL or \
            k[1:] in doc.gaz.ar_latin or j + 1 >= hi:
        return False
    nx = toks[j + 1].key
    return toks[j + 1].ar and not nx.startswith("ال") and nx in L.NATIONALITY
