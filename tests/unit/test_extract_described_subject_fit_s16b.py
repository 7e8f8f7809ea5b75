"""False meetings: "The envoy / diplomat / general (later) met Y" after a sentence whose
subject the gazetteer gives another kind of post (a foreign minister, a Houthi negotiator, a
region president) is no meeting of that subject with Y; a subject who holds the post still
is. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

FUAD, AMIRI = "person:fuad-hussein", "person:hadi-al-amiri"
ABDULSALAM, ALIMI = "person:mohammed-abdulsalam", "person:rashad-al-alimi"
NECHIRVAN, PEDERSEN = "person:nechirvan-barzani", "person:geir-pedersen"
SHAIBANI = "person:asaad-al-shaibani"

# (name, text, must, must_not)
CASES = [
 ("envoy_after_foreign_minister",
  "Foreign Minister Fuad Hussein spoke to reporters on Sunday. The envoy later met Hadi "
  "al-Amiri in Baghdad.", [], [MW(FUAD, AMIRI)]),
 ("diplomat_after_negotiator",
  "Mohammed Abdulsalam told reporters the talks would go on. The diplomat then met Rashad "
  "al-Alimi in Aden.", [], [MW(ABDULSALAM, ALIMI)]),
 ("general_after_region_president",
  "Nechirvan Barzani spoke on Monday. The general met Hadi al-Amiri later that day.", [],
  [MW(NECHIRVAN, AMIRI)]),
 ("envoy_after_envoy",
  "Geir Pedersen arrived in Damascus on Sunday. The envoy later met Asaad al-Shaibani.",
  [MW(PEDERSEN, SHAIBANI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_described_subject_fits(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
