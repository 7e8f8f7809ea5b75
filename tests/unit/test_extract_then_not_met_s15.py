"""MET_WITH (Arabic): "التقى X Y في عين التينة، ثم لم يلتق Z" -- a negated verb after "ثم"
opens a clause of its own: X did not meet Z. "ثم Z" alone adds Z to X's partners.
Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, BERRI = "person:abbas-araghchi", "person:nabih-berri"
MIKATI, AOUN = "person:najib-mikati", "person:joseph-aoun"


# (name, text, must, must_not)
CASES = [
 ("not_met_object", "والتقى عباس عراقجي نبيه بري في عين التينة، ثم لم يلتق نجيب ميقاتي لضيق "
  "الوقت.", [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, MIKATI)]),
 ("not_met_titled", "والتقى عباس عراقجي نبيه بري، ثم لم يلتق الرئيس جوزاف عون.",
  [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, AOUN)]),
 ("not_met_adverb", "والتقى عباس عراقجي نبيه بري، ثم لم يلتق بعد ذلك الرئيس جوزاف عون.",
  [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, AOUN)]),
 # negatives: "ثم Z" and "ثم التقى Z" are meetings
 ("then_name", "والتقى عباس عراقجي نبيه بري في مكتبه، ثم نجيب ميقاتي.",
  [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)], []),
 ("then_met", "والتقى عباس عراقجي نبيه بري في مكتبه، ثم التقى نجيب ميقاتي.",
  [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_then_negated(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
