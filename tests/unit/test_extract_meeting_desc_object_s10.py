"""A description as the object right after a named subject (session 10, Arabic VSO): "التقى
المرشد علي خامنئي الرئيسَ العراقي" -- a description of another nationality than the subject's
is no apposition to him ("Khamenei, the Iraqi president") but the object, resolved to the
person of that nationality named before; a description of the subject's own nationality stays
an apposition ("وقال السوداني رئيس الوزراء العراقي إن ..."). Our own sentences, not taken from
any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

RASHID, KHAMENEI = "person:abdul-latif-rashid", "person:ali-khamenei"
SUD, ERDOGAN = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
ARAGHCHI, ASSAD = "person:abbas-araghchi", "person:bashar-al-assad"


CASES = [
 ("ar_fronted_time_then_description_object",
  "وصل الرئيس العراقي عبد اللطيف رشيد إلى طهران. وفي اليوم التالي، التقى المرشد علي خامنئي "
  "الرئيسَ العراقي.", "ar", [MW(RASHID, KHAMENEI)], []),
 ("ar_prime_minister_description_object",
  "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى أنقرة. وفي المساء، استقبل أردوغان رئيسَ "
  "الوزراء العراقي في القصر الرئاسي.", "ar", [MW(SUD, ERDOGAN)], []),
 ("ar_minister_description_object_with_place",
  "وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق. وبعد ساعات، استقبل بشار الأسد الوزير "
  "الإيراني في قصر الشعب.", "ar", [MW(ARAGHCHI, ASSAD)], []),
 # negatives
 ("ar_same_nationality_stays_apposition",
  "وصل أردوغان إلى بغداد. وقال السوداني رئيس الوزراء العراقي إن الحكومة ماضية في الإصلاح.",
  "ar", [], [MW(SUD, ERDOGAN)]),
 ("ar_description_object_not_met",
  "وصل الرئيس العراقي عبد اللطيف رشيد إلى طهران. وفي اليوم التالي، لم يلتق المرشد علي خامنئي "
  "الرئيسَ العراقي.", "ar", [], [MW(RASHID, KHAMENEI)]),
 ("ar_own_nationality_apposition_no_meeting",
  "وصل الرئيس العراقي عبد اللطيف رشيد إلى طهران. وأكد خامنئي المرشد الإيراني أن العلاقات "
  "متينة.", "ar", [], [MW(RASHID, KHAMENEI)]),
 ("ar_praise_is_no_meeting",
  "وصل الرئيس العراقي عبد اللطيف رشيد إلى طهران. وأشاد خامنئي بالرئيس العراقي.", "ar", [],
  [MW(RASHID, KHAMENEI)]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_description_object(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
