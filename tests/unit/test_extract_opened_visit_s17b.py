""""X visited B, meeting Y" and "استهل X زيارته بلقاء Y" (session 17b). Our own sentences, not
taken from any dev set.

- An English participle clause after a place ("travelled to Cairo, meeting Y") or after "by"
  ("began his visit by meeting Y") says the subject met Y; a list that opens with a bare title
  ("meeting the new president, Y and Z") still names Y and Z.
- Arabic "استهل / مستهلاً / اختتم / بدأ ... زيارته (جولته) بلقاء Y وZ": the visitor met Y and Z;
  Y did not meet Z; not the person a relative clause hangs on, not the one met before
  ("بعد لقاء W"), not a plan ("من المقرر أن يستهل").
"""

import pytest

from tests.extract_support import MW, assert_relations

MACRON, AOUN, SALAM, MIKATI = ("person:emmanuel-macron", "person:joseph-aoun",
                               "person:nawaf-salam", "person:najib-mikati")
BLINKEN, SISI, BERRI = "person:antony-blinken", "person:abdel-fattah-el-sisi", "person:nabih-berri"
ARAGHCHI, QAANI, SUDANI, AMIRI = ("person:abbas-araghchi", "person:esmail-qaani",
                                  "person:mohammed-shia-al-sudani", "person:hadi-al-amiri")
HOCHSTEIN, JOHNSON = "person:amos-hochstein", "person:lisa-johnson"

# (name, text, lang, must, must_not)
CASES = [
 ("en_after_place", "Antony Blinken travelled to Cairo, meeting Egyptian President Abdel Fattah "
  "al-Sisi, before heading to Amman.", "en", [MW(BLINKEN, SISI)], []),
 ("en_title_first_item", "Emmanuel Macron visited Beirut a week later, meeting the new "
  "president, Nawaf Salam and outgoing premier Najib Mikati.", "en",
  [MW(MACRON, SALAM), MW(MACRON, MIKATI)], [MW(SALAM, MIKATI)]),
 ("en_by_meeting", "Iranian Foreign Minister Abbas Araghchi began his visit to Beirut by meeting "
  "Speaker Nabih Berri.", "en", [MW(ARAGHCHI, BERRI)], []),
 ("en_wrapped_up_by", "Hochstein wrapped up his tour by meeting Prime Minister Najib Mikati and "
  "Speaker Nabih Berri on Friday.", "en",
  [MW(HOCHSTEIN, MIKATI), MW(HOCHSTEIN, BERRI)], [MW(MIKATI, BERRI)]),
 ("ar_participle", "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت، مستهلاً زيارته بلقاء رئيس "
  "مجلس النواب نبيه بري.", "ar", [MW(ARAGHCHI, BERRI)], []),
 ("ar_verb_first", "استهل وزير الخارجية الإيراني عباس عراقجي زيارته إلى بيروت بلقاء رئيس "
  "الجمهورية جوزاف عون.", "ar", [MW(ARAGHCHI, AOUN)], []),
 ("ar_began_list", "بدأ قائد فيلق القدس إسماعيل قاآني زيارته إلى بغداد بلقاء رئيس الحكومة محمد "
  "شياع السوداني وزعيم تحالف الفتح هادي العامري.", "ar",
  [MW(QAANI, SUDANI), MW(QAANI, AMIRI)], [MW(SUDANI, AMIRI)]),
 ("ar_met_before", "وصل عراقجي إلى بيروت بعد لقاء نبيه بري في طهران، مستهلاً زيارته بلقاء "
  "الرئيس جوزاف عون.", "ar", [MW(ARAGHCHI, AOUN)], [MW(BERRI, AOUN)]),
 ("ar_relative_not_subject", "وكان بري قد التقى السفيرة الأميركية ليزا جونسون، التي استهلت "
  "زيارتها بلقاء الرئيس جوزاف عون.", "ar", [MW(JOHNSON, AOUN)], [MW(BERRI, AOUN)]),
 ("ar_planned", "ومن المقرر أن يستهل عراقجي زيارته بلقاء الرئيس جوزاف عون.", "ar",
  [], [MW(ARAGHCHI, AOUN)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_opened_visit(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
