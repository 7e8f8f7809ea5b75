"""A phone or video call told in a side clause is another contact (session 10): it no longer
cancels the meeting of the main clause ("استقبل X Y في بغداد، فيما اكتفى Z بالاتصال هاتفياً
بـW", "X received Y, while Z spoke by phone with W", or the call first: "بينما أجرى Z اتصالاً
هاتفياً بـW، استقبل X Y"); a call in the meeting's own clause still cancels it. Our own
sentences in both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, SUD = "person:hakan-fidan", "person:mohammed-shia-al-sudani"
ARAGHCHI, ERDOGAN = "person:abbas-araghchi", "person:recep-tayyip-erdogan"
FUAD = "person:fuad-hussein"
MASHAT, GRUNDBERG = "person:mahdi-al-mashat", "person:hans-grundberg"
ALIMI = "person:rashad-al-alimi"


CASES = [
 ("ar_while_other_called",
  "واستقبل السوداني فيدان في بغداد، وبحث معه ملف المياه، فيما اكتفى عراقجي بالاتصال هاتفياً "
  "بالرئيس التركي رجب طيب أردوغان.", "ar", [MW(SUD, FIDAN)],
  [MW(ARAGHCHI, ERDOGAN), MW(SUD, ERDOGAN)]),
 ("ar_whereas_call_noun",
  "التقى وزير الخارجية فؤاد حسين نظيره التركي هاكان فيدان في بغداد، بينما أجرى السوداني "
  "اتصالاً هاتفياً مع أردوغان.", "ar", [MW(FUAD, FIDAN)], [MW(SUD, ERDOGAN), MW(FUAD, ERDOGAN)]),
 ("ar_fi_hin_video",
  "واجتمع السوداني بفيدان في مكتبه، في حين شارك عراقجي في الاجتماع عبر الفيديو.", "ar",
  [MW(SUD, FIDAN)], [MW(SUD, ARAGHCHI), MW(FIDAN, ARAGHCHI)]),
 ("ar_call_first_then_aside_meeting",
  "أجرى عراقجي اتصالاً هاتفياً مع أردوغان، فيما استقبل السوداني فيدان في بغداد.", "ar",
  [MW(SUD, FIDAN)], [MW(ARAGHCHI, ERDOGAN)]),
 ("ar_envoy_to_country_then_aside_call",
  "وعُيّن مهدي المشاط رئيساً للمجلس. واستقبل المشاط في صنعاء المبعوث الأممي إلى اليمن هانس "
  "غروندبرغ، وبحث معه الهدنة، فيما اكتفى غروندبرغ بالاتصال هاتفياً بالرئيس رشاد العليمي.",
  "ar", [MW(MASHAT, GRUNDBERG)], [MW(MASHAT, ALIMI), MW(GRUNDBERG, ALIMI)]),
 ("en_while_other_spoke_by_phone",
  "Sudani received Fidan in Baghdad on Monday, while Araghchi spoke by phone with Turkish "
  "President Recep Tayyip Erdogan.", "en", [MW(SUD, FIDAN)], [MW(ARAGHCHI, ERDOGAN)]),
 ("en_call_first_whereas_meeting",
  "Araghchi held a video call with Erdogan, whereas Sudani met Fidan in Baghdad.", "en",
  [MW(SUD, FIDAN)], [MW(ARAGHCHI, ERDOGAN)]),
 # negatives: the call is the meeting's own clause
 ("ar_call_same_clause",
  "وبحث السوداني مع فيدان في اتصال هاتفي ملف المياه، فيما وصل عراقجي إلى أنقرة.", "ar", [],
  [MW(SUD, FIDAN)]),
 ("ar_while_clause_partner_is_called",
  "واستقبل السوداني فيدان في بغداد، فيما أجرى السوداني اتصالاً هاتفياً بأردوغان.", "ar",
  [MW(SUD, FIDAN)], [MW(SUD, ERDOGAN)]),
 ("en_phone_main_clause",
  "Sudani spoke by phone with Fidan on Monday, while Araghchi was in Ankara.", "en", [],
  [MW(SUD, FIDAN)]),
 ("en_by_phone_without_aside",
  "Sudani discussed water with Fidan by phone on Monday.", "en", [], [MW(SUD, FIDAN)]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_call_in_side_clause(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
