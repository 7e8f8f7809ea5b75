"""An "aggression" by a stated side is a strike by it (session 10, round 2), own sentences:
"استشهد X بعدوان صهيوني", "اغتيل X بعدوان إسرائيلي على ...", "قُتل X في عدوان إسرائيلي"
-> X by Israel; an aggression without a side names no agent, and a condemned aggression next
to a killing is not its agent.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, assert_relations

HANIYEH, SHUKR, ISR = "person:ismail-haniyeh", "person:fuad-shukr", "country:israel"
LEB = "country:lebanon"

CASES = [
 ("zionist_aggression_ar",
  "استشهد إسماعيل هنية بعدوان صهيوني في طهران.",
  [AB(HANIYEH, ISR)], []),
 ("israeli_aggression_on_place_ar",
  "اغتيل فؤاد شكر بعدوان إسرائيلي على الضاحية الجنوبية.",
  [AB(SHUKR, ISR)], [AB(SHUKR, LEB)]),
 ("in_israeli_aggression_ar",
  "قُتل فؤاد شكر في عدوان إسرائيلي على الضاحية.",
  [AB(SHUKR, ISR)], []),
 ("aggression_without_side_ar",
  "قُتل فؤاد شكر بعدوان على الضاحية.",
  [], [AB(SHUKR, ISR), AB(SHUKR, LEB)]),
 ("condemned_aggression_ar",
  "أدان حزب الله العدوان الإسرائيلي على لبنان واغتيال فؤاد شكر.",
  [], [AB(SHUKR, ISR), AB(SHUKR, LEB)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_aggression(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
