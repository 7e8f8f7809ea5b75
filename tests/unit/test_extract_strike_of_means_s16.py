"""ASSASSINATED_BY: an Arabic strike "of the aircraft / drones / forces of" a named body,
"قُتل X بغارة لطيران التحالف بقيادة السعودية", "في ضربة لطائرات الجيش الإسرائيلي", "بغارة
لمسيّرات الحرس الثوري": the body after the means word carried the strike out. An unnamed
owner or a body named later in another phrase is none. Our own sentences, not taken from
any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

SAMMAD, COALITION = "person:saleh-al-sammad", "organization:saudi-led-coalition"
IRGC = "organization:irgc"


# (name, text, lang, must, must_not)
CASES = [
 ("ar_passive_aviation", "قُتل صالح الصماد بغارة لطيران التحالف بقيادة السعودية في الحديدة "
  "عام 2018.", "ar", [AB(SAMMAD, COALITION)], []),
 ("ar_relative_clause", "أحيت الجماعة ذكرى رئيس المجلس السابق صالح الصماد، الذي قُتل في غارة "
  "لطيران التحالف بقيادة السعودية.", "ar", [AB(SAMMAD, COALITION)], []),
 ("ar_met_his_death_drones", "لقي القيادي صالح الصماد حتفه بغارة لمسيّرات الحرس الثوري "
  "الإيراني قرب الحدود.", "ar", [AB(SAMMAD, IRGC)], []),
 ("ar_killing_noun_planes", "أعلنت الجماعة مقتل صالح الصماد في ضربة لطائرات التحالف بقيادة "
  "السعودية على الحديدة.", "ar", [AB(SAMMAD, COALITION)], []),
 # negatives: the body is no owner of the means; an unnamed owner
 ("ar_body_near_target", "قُتل صالح الصماد بغارة لطائرة مسيرة قرب مقر لقوات الحرس الثوري "
  "الإيراني.", "ar", [], [AB(SAMMAD, IRGC)]),
 ("ar_unknown_owner", "قُتل صالح الصماد بغارة لطيران مجهول في الحديدة، ونفى التحالف بقيادة "
  "السعودية أي علاقة.", "ar", [], [AB(SAMMAD, COALITION)]),
 # English says it with "by", as before
 ("en_by_aircraft", "Saleh al-Sammad was killed in a strike by Saudi-led coalition aircraft "
  "in Hodeidah.", "en", [AB(SAMMAD, COALITION)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_strike_of_means(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
