"""A named victim after a counted group of companions (session 10, round 2), own sentences:
"killed X along with two of his aides and Y", "قتلت إسرائيل X مع اثنين من مرافقيه وY",
"اغتيل X بغارة إسرائيلية مع ثلاثة من حراسه وY" -> Y is killed by the same agent; also the
Arabic VSO "قتلت إسرائيل X مع Y". Not a person after a new verb ("and wounded Y", "وأصابت Y",
"والتقى Y") nor after a clause in between.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, assert_relations

HANIYEH, SHUKR, ISR = "person:ismail-haniyeh", "person:fuad-shukr", "country:israel"

CASES = [
 ("along_with_two_aides_and_en",
  "Israel killed Ismail Haniyeh along with two of his aides and Fuad Shukr.",
  [AB(HANIYEH, ISR), AB(SHUKR, ISR)], []),
 ("passive_along_with_bodyguards_en",
  "Ismail Haniyeh was killed by Israel along with two of his bodyguards and Fuad Shukr.",
  [AB(HANIYEH, ISR), AB(SHUKR, ISR)], []),
 ("and_wounded_en",
  "Israel killed Ismail Haniyeh along with two of his aides and wounded Fuad Shukr.",
  [AB(HANIYEH, ISR)], [AB(SHUKR, ISR)]),
 ("clause_between_en",
  "Israel killed Ismail Haniyeh along with two of his aides, Hezbollah said, and Fuad Shukr "
  "condemned it.",
  [AB(HANIYEH, ISR)], [AB(SHUKR, ISR)]),
 ("vso_two_companions_and_ar",
  "قتلت إسرائيل إسماعيل هنية مع اثنين من مرافقيه وفؤاد شكر.",
  [AB(HANIYEH, ISR), AB(SHUKR, ISR)], []),
 ("vso_with_companion_ar",
  "قتلت إسرائيل إسماعيل هنية مع فؤاد شكر.",
  [AB(HANIYEH, ISR), AB(SHUKR, ISR)], []),
 ("passive_three_guards_and_ar",
  "اغتيل إسماعيل هنية بغارة إسرائيلية مع ثلاثة من حراسه وفؤاد شكر.",
  [AB(HANIYEH, ISR), AB(SHUKR, ISR)], []),
 ("vso_and_wounded_ar",
  "قتلت إسرائيل إسماعيل هنية مع اثنين من مرافقيه وأصابت فؤاد شكر.",
  [AB(HANIYEH, ISR)], [AB(SHUKR, ISR)]),
 ("vso_and_met_ar",
  "قتلت إسرائيل إسماعيل هنية مع اثنين من مرافقيه والتقى فؤاد شكر بعائلته.",
  [AB(HANIYEH, ISR)], [AB(SHUKR, ISR)]),
 ("vso_in_coordination_with_country_ar",
  "اغتالت إسرائيل إسماعيل هنية بالتنسيق مع الولايات المتحدة.",
  [AB(HANIYEH, ISR)], [AB(HANIYEH, "country:united-states")]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_counted_companions(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
