"""MET_WITH: "X spoke with Y by phone. The two ministers held talks on ..." -- the talks right
after a call are the call; nobody met. After a meeting ("X met Y in Baghdad. The two held talks")
they stay a meeting. Arabic "اتصالاً هاتفياً ... وبحث الجانبان" is checked alongside.
Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, HUSSEIN = "person:abbas-araghchi", "person:fuad-hussein"
PEZESHKIAN, MBS = "person:masoud-pezeshkian", "person:mohammed-bin-salman"


# (name, lang, text, must, must_not)
CASES = [
 ("en_spoke_by_phone", "en", "Abbas Araghchi spoke with Fuad Hussein by phone. The two ministers "
  "held talks on the regional situation.", [], [MW(ARAGHCHI, HUSSEIN)]),
 ("en_spoke_by_phone_with", "en", "Masoud Pezeshkian spoke by phone with Mohammed bin Salman. "
  "The two leaders held talks on Gaza.", [], [MW(PEZESHKIAN, MBS)]),
 ("ar_call_then_discussed", "ar", "وأجرى عباس عراقجي اتصالاً هاتفياً مع فؤاد حسين. وبحث الجانبان "
  "الأوضاع في المنطقة.", [], [MW(ARAGHCHI, HUSSEIN)]),
 ("ar_call_then_held_talks", "ar", "تلقى مسعود بزشكيان اتصالاً هاتفياً من محمد بن سلمان. وعقد "
  "الجانبان مباحثات حول العلاقات الثنائية.", [], [MW(PEZESHKIAN, MBS)]),
 # negatives: a meeting before the talks
 ("en_met_then_talks", "en", "Abbas Araghchi met Fuad Hussein in Baghdad. The two ministers held "
  "talks on the regional situation.", [MW(ARAGHCHI, HUSSEIN)], []),
 ("ar_received_then_discussed", "ar", "واستقبل عباس عراقجي فؤاد حسين في طهران. وبحث الجانبان "
  "الأوضاع في المنطقة.", [MW(ARAGHCHI, HUSSEIN)], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_talks_after_call(ex, name, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
