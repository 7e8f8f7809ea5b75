"""The guest's own delegation as a second object (session 10, English): "Y received X and
his delegation, which included A and B" / "X and an accompanying delegation that included
A" -- the host met X and each named member; the members did not meet each other, and a
planned or denied reception gives nothing. Our own sentences, not taken from any dev set
(the Arabic "والوفد المرافق له، الذي ضم A" was handled before and is checked alongside).

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

KHAMENEI, SUD = "person:ali-khamenei", "person:mohammed-shia-al-sudani"
FUAD, FAYYADH = "person:fuad-hussein", "person:falih-al-fayyadh"


CASES = [
 ("en_and_his_delegation_which_included",
  "Supreme Leader Ali Khamenei received Prime Minister Mohammed Shia al-Sudani and his "
  "delegation, which included Foreign Minister Fuad Hussein and PMF chairman Falih "
  "al-Fayyadh.", "en", [MW(KHAMENEI, SUD), MW(KHAMENEI, FUAD), MW(KHAMENEI, FAYYADH),
                        # (session 45, compdeleg: a delegation's members met each other, as
                        # the newest dev writers pair them: enLB2, enJG5)
                        MW(FUAD, FAYYADH)], []),
 ("en_and_an_accompanying_delegation_that_included",
  "Khamenei received Sudani and an accompanying delegation that included Foreign Minister "
  "Fuad Hussein.", "en", [MW(KHAMENEI, SUD), MW(KHAMENEI, FUAD)], []),
 ("ar_and_the_delegation_with_him",
  "واستقبل خامنئي السوداني والوفد المرافق له، الذي ضم وزير الخارجية فؤاد حسين.", "ar",
  [MW(KHAMENEI, SUD), MW(KHAMENEI, FUAD)], []),
 # negatives
 ("en_his_delegation_not_received",
  "Khamenei did not receive Sudani and his delegation, which included Foreign Minister Fuad "
  "Hussein.", "en", [], [MW(KHAMENEI, SUD), MW(KHAMENEI, FUAD)]),
 ("en_his_delegation_reception_planned",
  "Khamenei is expected to receive Sudani and his delegation, which includes Foreign Minister "
  "Fuad Hussein.", "en", [], [MW(KHAMENEI, SUD), MW(KHAMENEI, FUAD)]),
 ("en_his_delegation_not_object_of_a_meeting",
  "Sudani praised Khamenei and his delegation, which included Foreign Minister Fuad Hussein, "
  "arrived on Monday.", "en", [], [MW(KHAMENEI, FUAD), MW(SUD, FUAD)]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_his_delegation(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
