"""MET_WITH (English): "X met Y before / after meeting Z" -- the gerund's subject is X, the
main clause's subject, not its object Y (the Arabic "قبل أن يلتقي" is
test_extract_before_visit_s14.py). Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, SALAM, BERRI = "person:abbas-araghchi", "person:nawaf-salam", "person:nabih-berri"
AOUN = "person:joseph-aoun"


# (name, text, must, must_not)
CASES = [
 ("before_meeting",
  "Abbas Araghchi met Prime Minister Nawaf Salam before meeting Parliament Speaker Nabih Berri.",
  [MW(ARAGHCHI, SALAM), MW(ARAGHCHI, BERRI)], [MW(SALAM, BERRI)]),
 ("talks_after_meeting",
  "Abbas Araghchi held talks with Nawaf Salam after meeting Nabih Berri.",
  [MW(ARAGHCHI, SALAM), MW(ARAGHCHI, BERRI)], [MW(SALAM, BERRI)]),
 # unchanged: a passive's subject goes on; no object before the gerund
 ("passive_subject",
  "Nawaf Salam was received by Joseph Aoun before meeting Nabih Berri.",
  [MW(AOUN, SALAM), MW(SALAM, BERRI)], [MW(AOUN, BERRI)]),
 ("no_object_before",
  "Abbas Araghchi flew home after meeting Nabih Berri.", [MW(ARAGHCHI, BERRI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_gerund_subject(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
