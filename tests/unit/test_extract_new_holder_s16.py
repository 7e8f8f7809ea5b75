""""المحافظ الجديد" (the new governor), session 16. Our own sentences, not taken from any dev
set.

- After "the council elected X governor, replacing Y" the new governor is X: not "المحافظ
  الأسبق Z" named since (a person called former is never "the new" one), also when the
  replacement clause is long ("X، مرشح كتلة «K» التابعة لـQ، محافظاً ... خلفاً لـY").
- "الجديد" after "المحافظ" is a qualifier, not the governor's province.
- "واستقبل T X المحافظ الجديد": after the subject of a meeting verb a definite title is the
  verb's object, not an apposition to the subject; left unresolved it makes no meeting with
  someone named before.
- "غير قانوني" (unlawful) is no spelling of قاآني: an added consonant makes another word.
"""

import pytest

from tests.extract_support import MW, assert_relations

JUBOURI, TAMIMI, MAJMAY = ("person:adnan-al-jubouri", "person:muthanna-al-tamimi",
                           "person:amer-al-majmay")
SUDANI, TALABANI, MASHHADANI = ("person:mohammed-shia-al-sudani", "person:bafel-talabani",
                                "person:mahmoud-al-mashhadani")
KARIM = "person:karim-al-saadi"

AR_ELECTED = "صوت مجلس محافظة ديالى على تعيين عدنان الجبوري محافظاً خلفاً لمثنى التميمي. "
AR_FORMER = "وكان التميمي قد تولى المنصب بعد إقالة المحافظ الأسبق عامر المجمعي. "


# (name, text, lang, must, must_not)
CASES = [
 ("ar_new_not_former", AR_ELECTED + AR_FORMER + "واستقبل رئيس مجلس الوزراء محمد شياع "
  "السوداني، الاثنين، المحافظ الجديد في بغداد.", "ar", [MW(JUBOURI, SUDANI)],
  [MW(MAJMAY, SUDANI), MW(TAMIMI, SUDANI)]),
 ("ar_new_after_pm_object", AR_ELECTED + AR_FORMER + "وبحث رئيس مجلس الوزراء محمد شياع "
  "السوداني مع المحافظ الجديد ملف الخدمات.", "ar", [MW(JUBOURI, SUDANI)],
  [MW(MAJMAY, SUDANI)]),
 ("ar_vso_object_title", "أدى عدنان الجبوري اليمين محافظاً لديالى خلفاً لمثنى التميمي. وفي "
  "اليوم التالي، استقبل رئيس الاتحاد الوطني بافل طالباني المحافظ الجديد في السليمانية.",
  "ar", [MW(JUBOURI, TALABANI)], [MW(TAMIMI, TALABANI)]),
 ("ar_long_replacement_clause", "انتخب مجلس محافظة ديالى كريم الساعدي، مرشح تحالف «العزم» "
  "التابع لخميس الخنجر، محافظاً للمحافظة خلفاً لمثنى التميمي. والتقى رئيس البرلمان محمود "
  "المشهداني المحافظَ الجديد في مكتبه.", "ar", [MW(KARIM, MASHHADANI)],
  [MW(TAMIMI, MASHHADANI)]),
 # nobody replaced: the former governor is not "the new" one, and no one else is met
 ("ar_no_replacement", "اتهم المحافظ السابق عامر المجمعي خصومه بالفساد. واستقبل رئيس مجلس "
  "الوزراء محمد شياع السوداني المحافظ الجديد في بغداد.", "ar", [], [MW(MAJMAY, SUDANI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_new_holder(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


@pytest.mark.parametrize("text", [
    "وصف الجبوري الاجتماع بأنه غير قانوني، وقال إن القرار جاء بشكل غير قانوني.",
    "ووصف عدنان الجبوري الجلسة بأنها «غير قانونية»، فيما رأى آخرون أن الإجراء قانوني.",
])
def test_lawful_is_no_qaani(ex, text):
    ids = {e["id"] for e in ex.extract(text, lang="ar")["entities"]}
    assert "person:esmail-qaani" not in ids


def test_qaani_spelling_still_found(ex):
    doc = ex.extract("وصل قائد فيلق القدس إسماعيل قائاني إلى بغداد.", lang="ar")
    assert "person:esmail-qaani" in {e["id"] for e in doc["entities"]}


def test_definite_governorate_is_no_place(ex):
    """"محافظاً للمحافظة خلفاً لـY": a definite head is in no construct ("خلفاً" no place)."""
    doc = ex.extract("انتخب المجلس كريم الساعدي محافظاً للمحافظة خلفاً لمثنى التميمي.",
                     lang="ar")
    assert not [e["id"] for e in doc["entities"] if e["id"].startswith("location:")]


def test_new_speaker_object(ex):
    text = ("انتخب مجلس النواب محمود المشهداني رئيساً له خلفاً لمحسن المندلاوي. واستقبل "
            "رئيس مجلس الوزراء محمد شياع السوداني الرئيسَ الجديد للبرلمان في القصر الحكومي.")
    assert_relations(ex.extract(text, lang="ar"), "new_speaker", [MW(MASHHADANI, SUDANI)],
                     [MW("person:mohsen-al-mandalawi", SUDANI)])
