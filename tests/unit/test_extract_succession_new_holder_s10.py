"""The new holder of a role after the going of another (session 10, round 2), own sentences:
"X is the new chief of ORG after Y stepped down" / "X is ORG's new leader after Y was killed"
-> X succeeded Y; not after a meeting, not negated, not across a clause; "X, the third leader
since Y" makes no succession (English and Arabic).
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import SO, assert_relations

SAFI, NASR = "person:hashem-safieddine", "person:hassan-nasrallah"
QASSEM, MUSAWI = "person:naim-qassem", "person:abbas-mousavi"

CASES = [
 ("is_new_chief_after_stepped_down_en",
  "Hashem Safieddine is the new chief of Hezbollah after Hassan Nasrallah stepped down.",
  [SO(SAFI, NASR)], []),
 ("possessive_new_leader_after_killed_en",
  "Hashem Safieddine is Hezbollah's new leader after Hassan Nasrallah was killed.",
  [SO(SAFI, NASR)], []),
 ("new_chief_after_resignation_en",
  "Hashem Safieddine is the new chief of Hezbollah after Hassan Nasrallah's resignation.",
  [SO(SAFI, NASR)], []),
 ("new_chief_after_meeting_en",
  "Hashem Safieddine is the new chief of Hezbollah after Hassan Nasrallah met Naim Qassem.",
  [], [SO(SAFI, NASR)]),
 ("not_new_chief_en",
  "Hashem Safieddine is not the new chief of Hezbollah after Hassan Nasrallah stepped down.",
  [], [SO(SAFI, NASR)]),
 ("clause_between_en",
  "Hashem Safieddine is the new chief of Hezbollah, Naim Qassem said after Hassan Nasrallah "
  "died.",
  [], [SO(SAFI, NASR)]),
 ("third_leader_since_en",
  "Naim Qassem, the third leader since Abbas al-Musawi, addressed the crowd.",
  [], [SO(QASSEM, MUSAWI)]),
 ("third_leader_since_ar",
  "نعيم قاسم، ثالث أمين عام منذ عباس الموسوي، خاطب الحشود.",
  [], [SO(QASSEM, MUSAWI)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_new_holder(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
