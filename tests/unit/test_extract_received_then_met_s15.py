"""MET_WITH: "On his arrival he was received by Y, then met Z" / "وكان في استقبال G لدى وصوله H،
ثم التقى Z" -- the one received (the guest) goes on to meet Z; the host Y / H does not.
A new subject of its own still meets its own object. Our own sentences, not from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, HUSSEIN = "person:abbas-araghchi", "person:fuad-hussein"
SUDANI = "person:mohammed-shia-al-sudani"
QAANI, AMIRI, KHAZALI = "person:esmail-qaani", "person:hadi-al-amiri", "person:qais-al-khazali"


# (name, lang, text, must, must_not)
CASES = [
 ("en_he_received_then_met", "en", "Abbas Araghchi arrived in Baghdad on Sunday. On his arrival "
  "he was received by Fuad Hussein, then met Mohammed Shia al-Sudani.",
  [MW(ARAGHCHI, HUSSEIN), MW(ARAGHCHI, SUDANI)], [MW(HUSSEIN, SUDANI)]),
 ("en_he_no_antecedent", "en", "On his arrival he was received by Fuad Hussein, then met "
  "Mohammed Shia al-Sudani.", [], [MW(HUSSEIN, SUDANI)]),
 ("ar_reception_then", "ar", "وكان في استقبال عباس عراقجي لدى وصوله فؤاد حسين، ثم التقى محمد "
  "شياع السوداني.", [MW(ARAGHCHI, HUSSEIN), MW(ARAGHCHI, SUDANI)], [MW(HUSSEIN, SUDANI)]),
 ("ar_reception_titles", "ar", "وكان في استقبال عباس عراقجي في المطار وزير الخارجية فؤاد حسين، "
  "ثم التقى رئيس الوزراء محمد شياع السوداني.", [MW(ARAGHCHI, SUDANI)], [MW(HUSSEIN, SUDANI)]),
 ("ar_reception_where", "ar", "وكان في استقبال إسماعيل قاآني لدى وصوله هادي العامري، حيث التقى "
  "قيس الخزعلي.", [MW(QAANI, AMIRI), MW(QAANI, KHAZALI)], [MW(AMIRI, KHAZALI)]),
 # negatives: the next clause has a subject of its own
 ("en_named_received_then", "en", "On his arrival Abbas Araghchi was received by Fuad Hussein, "
  "then met Mohammed Shia al-Sudani.", [MW(ARAGHCHI, HUSSEIN), MW(ARAGHCHI, SUDANI)],
  [MW(HUSSEIN, SUDANI)]),
 ("ar_own_subject", "ar", "وكان في استقبال عباس عراقجي فؤاد حسين، ثم التقى هادي العامري بقيس "
  "الخزعلي.", [MW(AMIRI, KHAZALI)], [MW(ARAGHCHI, KHAZALI)]),
 ("en_who_then_met", "en", "Abbas Araghchi was received by Fuad Hussein, who then met Mohammed "
  "Shia al-Sudani.", [MW(HUSSEIN, SUDANI)], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_received_then_met(ex, name, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
