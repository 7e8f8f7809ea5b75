"""A counterpart or an office without a name (session 10): "نظيره العراقي" / "his Iraqi
counterpart" is the person of that nationality the article named with the office of the one
whose counterpart he is ("وزير الدفاع التركي X ... نظيره العراقي" -> the Iraqi defence
minister named before), and "the Iraqi foreign minister" is the one named with that title --
not the Iraqi named most often (the prime minister he travelled with). Our own sentences in
both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUD, FUAD = "person:mohammed-shia-al-sudani", "person:fuad-hussein"
FARHAN, GULER = "person:faisal-bin-farhan", "person:yasar-guler"
ABBASI, FIDAN = "person:thabet-al-abbasi", "person:hakan-fidan"
QAANI = "person:esmail-qaani"


CASES = [
 ("ar_counterpart_is_the_office_holder",
  "وكان رئيس الوزراء محمد شياع السوداني قد وصل إلى أنقرة برفقة وزير الدفاع ثابت العباسي. "
  "واستقبل وزير الدفاع التركي يشار غولر نظيره العراقي في مقر الوزارة.", "ar",
  [MW(GULER, ABBASI)], [MW(GULER, SUD)]),
 ("ar_counterpart_after_named_subject",
  "وكان السوداني قد وصل برفقة وزير الخارجية فؤاد حسين. والتقى وزير الخارجية السعودي فيصل بن "
  "فرحان نظيره العراقي في الرياض.", "ar", [MW(FARHAN, FUAD)], [MW(FARHAN, SUD)]),
 ("en_his_counterpart_is_the_office_holder",
  "Prime Minister Mohammed Shia al-Sudani arrived in Ankara with Defence Minister Thabet "
  "al-Abbasi. Turkish Defence Minister Yasar Guler received his Iraqi counterpart at the "
  "ministry.", "en", [MW(GULER, ABBASI)], [MW(GULER, SUD)]),
 ("en_the_office_named_before",
  "Sudani was accompanied by Foreign Minister Fuad Hussein. Saudi Foreign Minister Faisal "
  "bin Farhan later met the Iraqi foreign minister.", "en", [MW(FARHAN, FUAD)],
  [MW(FARHAN, SUD)]),
 # the named counterpart and a general description keep working
 ("ar_named_counterpart",
  "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد، حيث التقى نظيره العراقي فؤاد حسين.", "ar",
  [MW(FIDAN, FUAD)], [MW(FIDAN, SUD)]),
 ("en_the_iranian_general_is_the_salient_one",
  "Quds Force commander Esmail Qaani arrived in Baghdad on Monday. The Iranian general met "
  "Prime Minister Mohammed Shia al-Sudani.", "en", [MW(QAANI, SUD)], []),
 # negatives
 ("en_counterpart_not_met",
  "Prime Minister Mohammed Shia al-Sudani arrived in Ankara with Defence Minister Thabet "
  "al-Abbasi. Turkish Defence Minister Yasar Guler did not meet his Iraqi counterpart.", "en",
  [], [MW(GULER, ABBASI), MW(GULER, SUD)]),
 ("ar_counterpart_meeting_planned",
  "وكان السوداني قد وصل إلى أنقرة برفقة وزير الدفاع ثابت العباسي. ومن المقرر أن يستقبل وزير "
  "الدفاع التركي يشار غولر نظيره العراقي غداً.", "ar", [], [MW(GULER, ABBASI), MW(GULER, SUD)]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_counterpart(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
