"""MET_WITH: a woman visitor as the Arabic object pronoun "ها": "وصلت الوزيرة X إلى بغداد،
فاستقبلها Y" / "زارت X بغداد، حيث استقبلها Y" / "والتقاها Y" -> X met Y; "her" for a thing
("وصلت الشحنة ...، فاستقبلها Y", "رسالة ... واستقبلها Y") is no meeting.
Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

COLONNA, SUDANI, HUSSEIN = ("person:catherine-colonna", "person:mohammed-shia-al-sudani",
                            "person:fuad-hussein")


# (name, text, lang, must, must_not)
CASES = [
 ("ar_fa_istaqbalaha",
  "وصلت وزيرة الخارجية الفرنسية كاترين كولونا إلى بغداد يوم الأحد، فاستقبلها رئيس الوزراء "
  "محمد شياع السوداني.", "ar", [MW(COLONNA, SUDANI)], []),
 ("ar_haythu_istaqbalaha",
  "زارت كاترين كولونا بغداد، حيث استقبلها محمد شياع السوداني.", "ar",
  [MW(COLONNA, SUDANI)], []),
 ("ar_iltaqaha_next_sentence",
  "وصلت كاترين كولونا إلى بغداد. والتقاها وزير الخارجية فؤاد حسين.", "ar",
  [MW(COLONNA, HUSSEIN)], []),
 # negatives: "her" is a thing
 ("ar_shipment",
  "وصلت شحنة المساعدات إلى بغداد يوم الأحد، فاستقبلها محمد شياع السوداني في المطار.", "ar",
  [], [MW(SUDANI, HUSSEIN)]),
 ("ar_letter",
  "قرأ السوداني رسالة ماكرون. واستقبلها فؤاد حسين بترحيب.", "ar", [],
  [MW(SUDANI, HUSSEIN)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_her_visitor(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
