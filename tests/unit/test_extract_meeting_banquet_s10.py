"""A banquet given in someone's honour (session 10): "أقام X مأدبة عشاء على شرف Y", "حضر Y
مأدبة أقامها X على شرفه", "X hosted a dinner / banquet in honour of Y" -- X met Y; "على شرف
فيدان" is no person "Sharaf Fidan"; plans and negation block. Our own sentences in both
languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUD, FIDAN = "person:mohammed-shia-al-sudani", "person:hakan-fidan"


CASES = [
 ("ar_banquet_in_honour_of_titled",
  "وأقام السوداني مأدبة عشاء على شرف وزير الخارجية التركي هاكان فيدان.", "ar",
  [MW(SUD, FIDAN)], []),
 ("ar_banquet_in_honour_of_bare_surname",
  "وأقام رئيس الوزراء محمد شياع السوداني مساء الاثنين مأدبة غداء على شرف فيدان والوفد المرافق "
  "له.", "ar", [MW(SUD, FIDAN)], []),
 ("ar_attended_banquet_in_his_honour",
  "وحضر فيدان مأدبة عشاء أقامها السوداني على شرفه في بغداد.", "ar", [MW(SUD, FIDAN)], []),
 ("en_dinner_in_honour_of",
  "Sudani hosted a dinner in honour of Fidan in Baghdad.", "en", [MW(SUD, FIDAN)], []),
 ("en_state_banquet_in_honor_of_titled",
  "Sudani hosted a state banquet in honor of Turkish Foreign Minister Hakan Fidan.", "en",
  [MW(SUD, FIDAN)], []),
 # negatives
 ("ar_banquet_planned", "ومن المقرر أن يقيم السوداني مأدبة عشاء على شرف فيدان.", "ar", [],
  [MW(SUD, FIDAN)]),
 ("ar_banquet_negated", "ولم يقم السوداني مأدبة على شرف فيدان.", "ar", [], [MW(SUD, FIDAN)]),
 ("en_dinner_planned", "Sudani will host a dinner in honour of Fidan.", "en", [],
  [MW(SUD, FIDAN)]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_banquet(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)


def test_in_honour_of_is_no_first_name(ex):
    doc = ex.extract("وأقام السوداني مأدبة غداء على شرف فيدان.", lang="ar")
    people = {e["id"] for e in doc["entities"] if e["type"] == "Person"}
    assert people == {SUD, FIDAN}
