"""MET_WITH (English): "X met Y, the Badr chief, Foreign Minister Z said" -- a name after the
object's apposition and a comma, followed by "said" / "told", is the speaker, not a partner;
with "and" before it, it is one. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

QAANI, AMIRI, KHAZALI = "person:esmail-qaani", "person:hadi-al-amiri", "person:qais-al-khazali"
HUSSEIN, ARAGHCHI = "person:fuad-hussein", "person:abbas-araghchi"
BERRI, MIKATI = "person:nabih-berri", "person:najib-mikati"


# (name, text, must, must_not)
CASES = [
 ("said", "Esmail Qaani met Hadi al-Amiri, the Badr chief, Foreign Minister Fuad Hussein said.",
  [MW(QAANI, AMIRI)], [MW(QAANI, HUSSEIN), MW(AMIRI, HUSSEIN)]),
 ("list_said_on", "Esmail Qaani met Qais al-Khazali and Hadi al-Amiri, the Badr chief, Foreign "
  "Minister Fuad Hussein said on Sunday.", [MW(QAANI, KHAZALI), MW(QAANI, AMIRI)],
  [MW(QAANI, HUSSEIN)]),
 ("told", "Abbas Araghchi met Nabih Berri, the parliament speaker, Lebanese Prime Minister Najib "
  "Mikati told reporters.", [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, MIKATI)]),
 # negatives: "and" makes the last name a partner
 ("and_partner", "Esmail Qaani met Hadi al-Amiri, the Badr chief, and Foreign Minister Fuad "
  "Hussein.", [MW(QAANI, AMIRI), MW(QAANI, HUSSEIN)], []),
 ("plain_list", "Esmail Qaani met Hadi al-Amiri, Qais al-Khazali and Foreign Minister Fuad "
  "Hussein on Sunday.", [MW(QAANI, AMIRI), MW(QAANI, KHAZALI), MW(QAANI, HUSSEIN)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_speaker_after_object_list(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
