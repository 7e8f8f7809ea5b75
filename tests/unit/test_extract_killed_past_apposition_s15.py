"""ASSASSINATED_BY (Arabic): "X، <apposition>، الذي قُتل (مع Y) في غارة إسرائيلية" -- the
relative clause after an apposition belongs to X (the apposition names a body, not a
person), so X was killed by Israel, and Y too; a body in Y's title ("مع الأمين العام لحزب
الله Y") is no agent. English says the same with "who was killed". Our own sentences, not
taken from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

ISRAEL, USA = "country:israel", "country:united-states"
SHUKR, NASRALLAH, NILFOROUSHAN = ("person:fuad-shukr", "person:hassan-nasrallah",
                                  "person:abbas-nilforoushan")
MUHANDIS, SOLEIMANI = "person:abu-mahdi-al-muhandis", "person:qasem-soleimani"
HEZBOLLAH = "organization:hezbollah"


# (name, text, lang, must, must_not)
CASES = [
 ("ar_with_companion",
  "شيّع الآلاف جثمان العميد عباس نيلفروشان، نائب قائد الحرس الثوري للعمليات، الذي قُتل مع الأمين "
  "العام لحزب الله حسن نصر الله في الغارة الإسرائيلية على الضاحية.", "ar",
  [AB(NILFOROUSHAN, ISRAEL), AB(NASRALLAH, ISRAEL)], [AB(NASRALLAH, HEZBOLLAH)]),
 ("ar_alone",
  "ودُفن القيادي فؤاد شكر، أحد مؤسسي الحزب، الذي قُتل في غارة إسرائيلية على الضاحية الجنوبية.",
  "ar", [AB(SHUKR, ISRAEL)], []),
 ("ar_us_with_companion",
  "وأحيا العراقيون ذكرى أبو مهدي المهندس، نائب رئيس هيئة الحشد الشعبي، الذي قُتل مع قاسم "
  "سليماني في غارة أمريكية قرب مطار بغداد.", "ar",
  [AB(MUHANDIS, USA), AB(SOLEIMANI, USA)], []),
 ("en_who_was_killed",
  "Thousands buried Fuad Shukr, a founder of the group, who was killed in an Israeli air "
  "strike on Beirut.", "en", [AB(SHUKR, ISRAEL)], []),
 # negatives: not killed (died of illness); a claim denied
 ("ar_died_naturally",
  "ودُفن القيادي فؤاد شكر، أحد مؤسسي الحزب، الذي توفي إثر مرض عضال.", "ar", [],
  [AB(SHUKR, ISRAEL)]),
 ("ar_not_killed",
  "ودُفن القيادي فؤاد شكر، أحد مؤسسي الحزب، الذي لم يُقتل في غارة إسرائيلية بل توفي بمرض.",
  "ar", [], [AB(SHUKR, ISRAEL)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_killed_past_apposition(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
