"""A visitor named at his arrival stays the subject of a later subjectless "ثم التقى A وB"
when a reception clause "وكان في استقباله لدى وصوله Y" stands between: A and B met the
visitor, not each other. Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, BAHR, SUDANI, MASHHADANI = ("person:hakan-fidan", "person:mohammed-bahr",
                                   "person:mohammed-shia-al-sudani",
                                   "person:mahmoud-al-mashhadani")
ARAGHCHI, AMANI, BERRI, MIKATI = ("person:abbas-araghchi", "person:mojtaba-amani",
                                  "person:nabih-berri", "person:najib-mikati")


# (name, text, lang, must, must_not)
CASES = [
 ("ar_vso_arrival", "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد، وكان في استقباله لدى "
  "وصوله وكيل الوزارة محمد بحر العلوم، ثم التقى رئيس الوزراء محمد شياع السوداني ورئيس "
  "البرلمان محمود المشهداني.", "ar",
  [MW(FIDAN, SUDANI), MW(FIDAN, MASHHADANI)], [MW(SUDANI, MASHHADANI), MW(BAHR, SUDANI)]),
 ("ar_svo_arrival", "وكان عراقجي قد وصل إلى بيروت مساء الأحد، واستقبله لدى وصوله السفير "
  "الإيراني مجتبى أماني، ثم التقى رئيس مجلس النواب نبيه بري ورئيس الحكومة نجيب ميقاتي.",
  "ar", [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)], [MW(BERRI, MIKATI), MW(AMANI, BERRI)]),
 ("ar_svo_reception_first", "وكان عراقجي قد وصل إلى بيروت صباحاً، وكان في استقباله لدى "
  "وصوله إلى المطار السفير مجتبى أماني، ثم التقى رئيس الحكومة نجيب ميقاتي ورئيس مجلس النواب "
  "نبيه بري في اجتماع مشترك.", "ar",
  # session 27 (meet27): "في اجتماع مشترك" is a joint meeting, whose partners the brief since
  # session 24 pairs (meeting_one_meeting); the visitor is still the subject
  [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI), MW(BERRI, MIKATI)], []),
 # no visitor named before "his arrival": nobody is made up as the subject
 ("ar_no_visitor", "وكان في استقباله لدى وصوله وكيل الوزارة محمد بحر العلوم، ثم التقى رئيس "
  "الوزراء محمد شياع السوداني ورئيس البرلمان محمود المشهداني.", "ar",
  [], [MW(BAHR, SUDANI), MW(BAHR, MASHHADANI)]),
 # the English order keeps working
 ("en_arrival", "Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Sunday, was "
  "greeted on his arrival by Deputy Foreign Minister Mohammed Bahr al-Uloum, and then met "
  "Prime Minister Mohammed Shia al-Sudani and Parliament Speaker Mahmoud al-Mashhadani.", "en",
  [MW(FIDAN, SUDANI), MW(FIDAN, MASHHADANI)], [MW(SUDANI, MASHHADANI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_visitor_after_reception(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
