"""SUCCESSOR_OF, Arabic: an appointing verb with an object pronoun opening its sentence
("ينحدر X من أبين. وعيّنه K رئيساً للحكومة خلفاً لـY"): the -ه is the previous sentence's
subject X, who succeeded Y; the appointer K never is (before, K was taken when no title
stood between the verb and his name). Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import SO, assert_relations

RAHAWI, HABTOOR = "person:ahmed-al-rahawi", "person:abdulaziz-bin-habtoor"
MASHAT, MADANI = "person:mahdi-al-mashat", "person:yousef-al-madani"
GHAMARI, ABDULSALAM = "person:mohammed-al-ghamari", "person:mohammed-abdulsalam"


# (name, text, must, must_not)
CASES = [
 ("titled_appointer", "ينحدر أحمد غالب الرهوي من أبين. وعيّنه رئيس المجلس السياسي الأعلى "
  "مهدي المشاط في آب 2024 رئيساً لحكومة جديدة خلفاً لعبد العزيز بن حبتور.",
  [SO(RAHAWI, HABTOOR)], [SO(MASHAT, HABTOOR)]),
 ("bare_appointer", "ينحدر الرهوي من أبين. وعيّنه مهدي المشاط في آب 2024 رئيساً لحكومة "
  "جديدة خلفاً لعبد العزيز بن حبتور.", [SO(RAHAWI, HABTOOR)], [SO(MASHAT, HABTOOR)]),
 ("charged_him", "كان يوسف المداني قائداً للمنطقة العسكرية الخامسة. وكلّفه مهدي المشاط "
  "برئاسة الأركان خلفاً لمحمد الغماري.", [SO(MADANI, GHAMARI)], [SO(MASHAT, GHAMARI)]),
 # negatives: "him" is someone unnamed; the relative clause keeps its head
 ("him_unnamed", "التقى مهدي المشاط بالسفير. وعيّنه رئيساً للوفد خلفاً لمحمد عبد السلام.",
  [], [SO(MASHAT, ABDULSALAM)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_appointed_him_opening(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
