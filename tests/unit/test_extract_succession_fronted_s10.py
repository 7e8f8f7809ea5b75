"""A fronted death before the taker of the post, without a comma or with "With Y dead"
(session 10, round 2), own sentences:
"With Y dead, X took the helm of ORG" / "وبعد رحيل Y تسلّم X الدفة" / "بعد اغتيال Y تولى X
قيادة ORG" -> X succeeded Y; not "With Y away", not "With Y dead, X said ...", not "تسلّم X
رسالة" (a letter is no post), not after a meeting.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import SO, assert_relations

SAFI, NASR = "person:hashem-safieddine", "person:hassan-nasrallah"

CASES = [
 ("with_dead_took_helm_en",
  "With Nasrallah dead, Hashem Safieddine took the helm of Hezbollah.",
  [SO(SAFI, NASR)], []),
 ("with_full_name_dead_took_over_en",
  "With Hassan Nasrallah dead, Hashem Safieddine took over Hezbollah.",
  [SO(SAFI, NASR)], []),
 ("with_away_en",
  "With Nasrallah away, Hashem Safieddine took the helm of Hezbollah.",
  [], [SO(SAFI, NASR)]),
 ("with_dead_said_en",
  "With Nasrallah dead, Hashem Safieddine said the group would fight on.",
  [], [SO(SAFI, NASR)]),
 ("after_departure_took_helm_ar",
  "وبعد رحيل حسن نصر الله تسلّم هاشم صفي الدين الدفة.",
  [SO(SAFI, NASR)], []),
 ("after_assassination_took_lead_ar",
  "بعد اغتيال حسن نصر الله تولى هاشم صفي الدين قيادة حزب الله.",
  [SO(SAFI, NASR)], []),
 ("after_departure_received_letter_ar",
  "وبعد رحيل حسن نصر الله تسلّم هاشم صفي الدين رسالة من إيران.",
  [], [SO(SAFI, NASR)]),
 ("after_meeting_ar",
  "وبعد لقائه حسن نصر الله تسلّم هاشم صفي الدين القيادة الميدانية.",
  [], [SO(SAFI, NASR)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_fronted(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
