"""An execution by a stated side is a killing by it (session 10, round 2), own sentences:

- active English "executed" with the victim as its object: "The Islamic State executed the
  Jordanian pilot X" (it was only read as an adjective: "the executed pilot");
- Arabic أعدم in either voice: "أعدم تنظيم الدولة الطيار X حرقاً", "أُعدم X على يد Y";
- not "executed a plan drawn up by X", not "the executed pilot X", not a negated execution;
  not a country's execution (session 67: a judicial one, ``execution_judicial``).
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, assert_relations

KASASBEH, ISIS = "person:muath-al-kasasbeh", "organization:islamic-state"
HANIYEH, ISR = "person:ismail-haniyeh", "country:israel"

CASES = [
 ("executed_active_en",
  "The Islamic State executed Moaz al-Kasasbeh in Raqqa.",
  [AB(KASASBEH, ISIS)], []),
 ("executed_active_titled_en",
  "The Islamic State executed the Jordanian pilot Moaz al-Kasasbeh.",
  [AB(KASASBEH, ISIS)], []),
 ("executed_passive_en",
  "Moaz al-Kasasbeh was executed by the Islamic State.",
  [AB(KASASBEH, ISIS)], []),
 ("executed_plan_en",
  "Israel executed a plan drawn up by Ismail Haniyeh.",
  [], [AB(HANIYEH, ISR)]),
 ("executed_adjective_en",
  "The executed pilot Moaz al-Kasasbeh was mourned by the Islamic State's enemies.",
  [], [AB(KASASBEH, ISIS)]),
 ("executed_negated_en",
  "The Islamic State never executed Moaz al-Kasasbeh, Ismail Haniyeh claimed.",
  [], [AB(KASASBEH, ISIS)]),
 ("executed_vso_burning_ar",
  "أعدم تنظيم الدولة الإسلامية الطيار معاذ الكساسبة حرقاً.",
  [AB(KASASBEH, ISIS)], []),
 ("executed_vso_ar",
  "أعدم تنظيم داعش إسماعيل هنية.",
  [AB(HANIYEH, ISIS)], []),
 # a country's execution of its own is a judicial one, no assassination (session 67,
 # execution_judicial: the dev gold pairs no "Riyadh executed the cleric Nimr al-Nimr"); a
 # state that "executes" another country's leader kills him (session 68: Haniyeh is no
 # Israeli prisoner)
 ("executed_vso_state_ar",
  "أعدمت إسرائيل إسماعيل هنية.",
  [AB(HANIYEH, ISR)], []),
 ("executed_by_hand_ar",
  "أُعدم الطيار معاذ الكساسبة حرقاً على يد تنظيم داعش.",
  [AB(KASASBEH, ISIS)], []),
 ("executed_negated_ar",
  "لم يعدم تنظيم داعش معاذ الكساسبة.",
  [], [AB(KASASBEH, ISIS)]),
 ("executed_denied_ar",
  "نفى تنظيم داعش أنه أعدم معاذ الكساسبة.",
  [], [AB(KASASBEH, ISIS)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_executions(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
