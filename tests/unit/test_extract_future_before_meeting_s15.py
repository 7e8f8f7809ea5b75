"""MET_WITH: a future date before the meeting word in its own clause ("X is expected to
travel to Riyadh next week for talks with Y", "X will fly to Doha tomorrow for talks with Y",
"ويتوجه X الأسبوع المقبل إلى الرياض حيث يجري محادثات مع Y") names a meeting that has not
taken place. A past date, or a future one in another clause, keeps the meeting. Our own
sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, MBS, TAMIM = ("person:abbas-araghchi", "person:mohammed-bin-salman",
                        "person:tamim-bin-hamad-al-thani")
SUDANI, PEZESHKIAN = "person:mohammed-shia-al-sudani", "person:masoud-pezeshkian"


# (name, text, lang, must, must_not)
CASES = [
 ("en_expected_next_week",
  "Araghchi is expected to travel to Riyadh next week for talks with Saudi Crown Prince "
  "Mohammed bin Salman.", "en", [], [MW(ARAGHCHI, MBS)]),
 ("en_will_tomorrow",
  "Araghchi will fly to Doha tomorrow for talks with the Emir of Qatar, Sheikh Tamim bin Hamad "
  "Al Thani.", "en", [], [MW(ARAGHCHI, TAMIM)]),
 ("en_next_month_hold",
  "Iraqi Prime Minister Mohammed Shia al-Sudani will next month hold talks with Iranian "
  "President Masoud Pezeshkian in Tehran.", "en", [], [MW(SUDANI, PEZESHKIAN)]),
 ("ar_next_week",
  "ويتوجه عراقجي الأسبوع المقبل إلى الرياض حيث يجري محادثات مع ولي العهد الأمير محمد بن سلمان.",
  "ar", [], [MW(ARAGHCHI, MBS)]),
 # negatives: a past trip; a future trip in another clause
 ("en_past_trip",
  "Araghchi travelled to Riyadh on Monday for talks with Saudi Crown Prince Mohammed bin Salman.",
  "en", [MW(ARAGHCHI, MBS)], []),
 ("en_future_other_clause",
  "Araghchi held talks with Saudi Crown Prince Mohammed bin Salman on Monday, and will travel to "
  "Doha next week.", "en", [MW(ARAGHCHI, MBS)], []),
 ("ar_past_trip",
  "وتوجه عراقجي الأسبوع الماضي إلى الرياض حيث أجرى محادثات مع ولي العهد الأمير محمد بن سلمان.",
  "ar", [MW(ARAGHCHI, MBS)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_future_date_before_meeting(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
