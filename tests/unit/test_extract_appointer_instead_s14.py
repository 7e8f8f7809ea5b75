"""After an active appointment verb ("عيّن X Y بدلاً من Z") the appointer X comes first and
the appointee Y second: Y succeeds Z, not X. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import SO, assert_relations

SISI, RASHAD, KAMEL = ("person:abdel-fattah-el-sisi", "person:hassan-rashad",
                       "person:abbas-kamel")
SUDANI, FAYYADH, ARAJI = ("person:mohammed-shia-al-sudani", "person:falih-al-fayyadh",
                          "person:qassim-al-araji")


# (name, text, lang, must, must_not)
CASES = [
 ("ar_vso", "عيّن السيسي حسن رشاد بدلاً من عباس كامل.", "ar",
  [SO(RASHAD, KAMEL)], [SO(SISI, KAMEL)]),
 ("ar_titles_and_post", "وعين الرئيس عبد الفتاح السيسي اللواء حسن رشاد رئيساً لجهاز المخابرات "
  "بدلاً من عباس كامل.", "ar", [SO(RASHAD, KAMEL)], [SO(SISI, KAMEL)]),
 ("ar_kallafa", "كلف الرئيس محمد شياع السوداني فالح الفياض بالمنصب بدلا من قاسم الأعرجي.",
  "ar", [SO(FAYYADH, ARAJI)], [SO(SUDANI, ARAJI)]),
 # positives that must keep working: passive verb, verbal noun
 ("ar_passive", "عُيّن حسن رشاد رئيساً للمخابرات بدلاً من عباس كامل.", "ar",
  [SO(RASHAD, KAMEL)], []),
 ("ar_masdar", "قرر السيسي تعيين حسن رشاد بدلاً من عباس كامل.", "ar",
  [SO(RASHAD, KAMEL)], [SO(SISI, KAMEL)]),
 ("en_in_place_of", "Sisi appointed Hassan Rashad in place of Abbas Kamel.", "en",
  [SO(RASHAD, KAMEL)], [SO(SISI, KAMEL)]),
 ("en_to_replace", "Sisi appointed Hassan Rashad to replace Abbas Kamel.", "en",
  [SO(RASHAD, KAMEL)], [SO(SISI, KAMEL)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_appointee_succeeds(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
