"""A passive killing whose verb names the manner (session 10, round 2), own sentences:
"X was shot dead / burned to death / beaten to death by Y" -> X by Y (also after an
apposition, in reported speech); not "shot in the leg by Y", not negated, not without "by".
(The Arabic "أعدمه X حرقاً" is covered in test_extract_executions_s10.py.)
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, assert_relations

KASASBEH, ISIS = "person:muath-al-kasasbeh", "organization:islamic-state"

CASES = [
 ("burned_to_death_by_en",
  "Moaz al-Kasasbeh was burned to death by the Islamic State.", [AB(KASASBEH, ISIS)], []),
 ("shot_dead_by_en",
  "Moaz al-Kasasbeh was shot dead by the Islamic State.", [AB(KASASBEH, ISIS)], []),
 ("beaten_to_death_by_en",
  "Moaz al-Kasasbeh was beaten to death by the Islamic State.", [AB(KASASBEH, ISIS)], []),
 ("reported_apposition_en",
  "Ismail Haniyeh said Moaz al-Kasasbeh, the Jordanian pilot, was burned to death by the "
  "Islamic State.", [AB(KASASBEH, ISIS)], []),
 ("shot_in_leg_en",
  "Moaz al-Kasasbeh was shot in the leg by the Islamic State.", [], [AB(KASASBEH, ISIS)]),
 ("not_shot_dead_en",
  "Moaz al-Kasasbeh was not shot dead by the Islamic State, Ismail Haniyeh said.",
  [], [AB(KASASBEH, ISIS)]),
 ("shot_dead_no_agent_en",
  "Moaz al-Kasasbeh was shot dead in Raqqa, the Islamic State said.",
  [], [AB(KASASBEH, ISIS)]),
 ("burned_to_death_ar",
  "أُعدم الطيار معاذ الكساسبة حرقاً على يد تنظيم الدولة الإسلامية.", [AB(KASASBEH, ISIS)], []),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_manner(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
