"""Session 40 (succ): SUCCESSOR_OF recall.

1. VSO "حلّ X <aside> محلّ Y" with an aside between the subject and محلّ: an alias in
   guillemets ("حلّ X «أبو فدك» محلّ Y") or a comma apposition ("حلّ X، الرئيس السابق لـ...،
   محلّ Y") (``succession_place_aside_ar``); the base read VSO only with محلّ right after the
   name. Not an aside naming a second person ("حلّ X، وZ، محلّ Y").
2. The person a removal or death word names past a title of several words is the pronoun of
   "خلفاً له / لها / مكانه" ("استقالت المدعية العامة لـ<بلد> Y، وعيّن البرلمان X خلفاً لها",
   "مقتل رئيس هيئة الأركان العامة في صفوفها اللواء Y، وتعيين X خلفاً له")
   (``succession_removed_titled_ar``; the base looked two words on); "وأدى X اليمين مكانه" is
   an appointment (the oath taken in his place), not "أدى X زيارة". Not past a kin or partitive
   word ("مقتل نجل القائد Y"، "مقتل عدد من مرافقي Y").
3. "تسلّم X <post> من Y" (``succession_took_ar.tasallam_min_ar``) with a woman's post
   ("تسلّمت X مهامها / منصبها من Y") and with "الوزارة" as the post ("تسلّم الوزير X الوزارة من
   Y"); not a "من" governed by a noun of its own ("وسط ترحيب من Y"، "بحضور عدد من مساعدي Y").
"""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

MUHAMMADAWI = "person:abdul-aziz-al-muhammadawi"
MUHANDIS = "person:abu-mahdi-al-muhandis"
KHATTAB = "person:anas-khattab"
ABDULRAHMAN = "person:mohammed-abdul-rahman"
SHAIBANI = "person:asaad-al-shaibani"
HALBOUSI = "person:mohammed-al-halbousi"
MANDALAWI = "person:mohsen-al-mandalawi"
SOLEIMANI = "person:qasem-soleimani"
KARAMI = "person:rima-karami"
HALABI = "person:abbas-halabi"
SADDI = "person:joe-saddi"
FAYAD = "person:walid-fayad"
QAANI = "person:esmail-qaani"

CASES = [
    # 1. fail on the base: an alias / an apposition between the subject and محلّ
    ("ar", "وبعد أسابيع حلّ عبد العزيز المحمداوي «أبو فدك» محلّ أبو مهدي المهندس على رأس "
     "أركان الهيئة.",
     [SO(MUHAMMADAWI, MUHANDIS)], []),
    ("ar", "وفي التشكيلة الأخيرة حلّ أنس خطاب، القيادي الأمني البارز، محلّ محمد عبد الرحمن "
     "وزيراً للداخلية.",
     [SO(KHATTAB, ABDULRAHMAN)], []),
    # negatives: the aside names a second person; the aside ends the sentence
    ("ar", "وفي التشكيلة الأخيرة حلّ أنس خطاب، وأسعد الشيباني، محلّ محمد عبد الرحمن في "
     "الاجتماع.",
     [], [SO(SHAIBANI, ABDULRAHMAN)]),
    ("ar", "حلّ أنس خطاب، القيادي الأمني البارز، ضيفاً على محمد عبد الرحمن في دمشق.",
     [], [SO(KHATTAB, ABDULRAHMAN)]),
    # crash safety: the text ends right after the cue / the aside
    ("ar", "وفي التشكيلة الأخيرة حلّ أنس خطاب، القيادي الأمني البارز،", [], []),
    ("ar", "وبعد أسابيع حلّ عبد العزيز المحمداوي «أبو فدك»", [], []),
    ("ar", "وبعد أسابيع حلّ عبد العزيز المحمداوي «", [], []),
    # 2. fail on the base: a long title between the removal / death word and the name
    ("ar", "أعلنت الحركة مقتل القائد العسكري البارز في صفوفها اللواء قاسم سليماني، وتعيين "
     "العميد إسماعيل قاآني قائداً للفيلق خلفاً له.",
     [SO(QAANI, SOLEIMANI)], []),
    ("ar", "وبعد الجدل استقال رئيس مجلس النواب العراقي محمد الحلبوسي، وأدى النائب محسن "
     "المندلاوي اليمين مكانه.",
     [SO(MANDALAWI, HALBOUSI)], []),
    # negatives: a comma or another person between; a visit, no oath
    ("ar", "استقال رئيس المجلس، محمد الحلبوسي، أمس وقال إن محسن المندلاوي باقٍ خلفاً له في "
     "الحزب.",
     [], [SO(HALBOUSI, MANDALAWI)]),
    ("ar", "وبعد الجدل استقال رئيس مجلس النواب العراقي محمد الحلبوسي، وأدى النائب محسن "
     "المندلاوي زيارة إلى الأنبار مكانه.",
     [], [SO(MANDALAWI, HALBOUSI)]),
    # negatives: the title names someone else's loss (a son, companions)
    ("ar", "أعلنت الحركة مقتل نجل القائد العسكري البارز في صفوفها اللواء قاسم سليماني، وتعيين "
     "العميد إسماعيل قاآني قائداً للفيلق خلفاً له.",
     [], [SO(QAANI, SOLEIMANI)]),
    ("ar", "أعلنت الحركة مقتل عدد من مرافقي القائد العسكري البارز اللواء قاسم سليماني، وتعيين "
     "العميد إسماعيل قاآني قائداً للفيلق خلفاً له.",
     [], [SO(QAANI, SOLEIMANI)]),
    # crash safety: the text ends right after the removal word / its title
    ("ar", "وبعد الجدل استقال", [], []),
    ("ar", "وبعد الجدل استقال رئيس مجلس النواب", [], []),
    # 3. fail on the base: a woman's post; "الوزارة" as the post
    ("ar", "تسلّمت ريما كرامي مهامها في وزارة التربية من عباس الحلبي صباح اليوم.",
     [SO(KARAMI, HALABI)], []),
    ("ar", "تسلّم وزير الطاقة جو الصدي الوزارة من وليد فياض في مراسم قصيرة.",
     [SO(SADDI, FAYAD)], []),
    # negatives: a letter; a "من" that belongs to a noun of its own
    ("ar", "تسلّمت ريما كرامي رسالة من عباس الحلبي صباح اليوم.",
     [], [SO(KARAMI, HALABI)]),
    ("ar", "تسلّم جو الصدي الوزارة وسط ترحيب من وليد فياض.",
     [], [SO(SADDI, FAYAD)]),
    ("ar", "تسلّم جو الصدي الوزارة بحضور عدد من مساعدي وليد فياض.",
     [], [SO(SADDI, FAYAD)]),
    # crash safety: the text ends right after the cue / the post / "من"
    ("ar", "تسلّمت ريما كرامي", [], []),
    ("ar", "تسلّمت ريما كرامي مهامها", [], []),
    ("ar", "تسلّم جو الصدي الوزارة من", [], []),
]


@pytest.fixture(scope="module")
def ex():
    from loaders.extract.rules import RuleExtractor
    return RuleExtractor()


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succ_s40(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
