"""SUCCESSOR_OF, Arabic: the ل of "النائب الأول لرئيس الوزراء X" / "مستشار لوزير الدفاع X"
is the genitive of a deputy's or adviser's post, no preposition governing X: X is the one
appointed "خلفاً لـY" (not the appointer K named before, nor nobody). Our own sentences, not
taken from any dev set.
"""

import pytest

from tests.extract_support import SO, assert_relations

MIFTAH, RAHAWI = "person:mohammed-miftah", "person:ahmed-al-rahawi"
MASHAT, MADANI = "person:mahdi-al-mashat", "person:yousef-al-madani"
ATIFI = "person:mohammed-nasser-al-atifi"


# (name, text, must, must_not)
CASES = [
 ("first_deputy_side_clause", "أعلنت الجماعة مقتل أحمد غالب الرهوي في غارة، فيما كُلّف النائب "
  "الأول لرئيس الوزراء محمد مفتاح بتسيير أعمال الحكومة خلفاً للرهوي.", [SO(MIFTAH, RAHAWI)], []),
 ("appointer_named_first", "أعلن الحزب وفاة أحمد غالب الرهوي، فيما كلّف رئيس المجلس مهدي "
  "المشاط النائب الأول لرئيس الوزراء محمد مفتاح بتسيير الأعمال خلفاً للرهوي.",
  [SO(MIFTAH, RAHAWI)], [SO(MASHAT, RAHAWI)]),
 ("adviser_of_minister", "قُتل وزير الدفاع محمد ناصر العاطفي، وعُيّن مستشار لوزير الدفاع يوسف "
  "المداني وزيراً خلفاً للعاطفي.", [SO(MADANI, ATIFI)], []),
 # a real preposition before the title still governs: a condolence is no appointment
 ("condolence_to", "قدّم مهدي المشاط التعازي لرئيس الوزراء محمد مفتاح بوفاة والده.", [],
  [SO(MIFTAH, RAHAWI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_deputy_of_office(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
