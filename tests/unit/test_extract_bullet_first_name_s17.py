"""A person named before and then by one word at the head of a bulleted or time-led line
(session 17): "- Khalid also met Y", "On Sunday Khalid met Y", "In the afternoon Tamim was
received by Y", "Tamim was received by Y" link the word to the person named before, as the same
word at a plain sentence start already did. Only someone already named: "- Analysts met ...",
"- Observers welcomed ..." make no person. Our own sentences, not taken from any dev set.
English only: Arabic has no capitals and no such line heads for names."""

import pytest

from tests.extract_support import MW, assert_relations

KHALID, PEZ, ARAGHCHI = ("person:khalid-bin-salman", "person:masoud-pezeshkian",
                         "person:abbas-araghchi")
TAMIM, KHAMENEI = "person:tamim-bin-hamad-al-thani", "person:ali-khamenei"
KBS = "Saudi Defence Minister Prince Khalid bin Salman arrived in Tehran on Thursday.\n"
TBH = "Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in Tehran on Wednesday.\n"

# (name, text, must, must_not)
CASES = [
 ("bullet_also_met", KBS + "- Khalid also met President Masoud Pezeshkian and Foreign Minister "
  "Abbas Araghchi.", [MW(KHALID, PEZ), MW(KHALID, ARAGHCHI)], []),
 ("bullet_met", TBH + "- Tamim met President Masoud Pezeshkian at the Saadabad complex.",
  [MW(TAMIM, PEZ)], []),
 ("day_opener", KBS + "On Friday Khalid met President Masoud Pezeshkian.", [MW(KHALID, PEZ)], []),
 ("afternoon_passive", TBH + "In the afternoon Tamim was received by Supreme Leader Ali "
  "Khamenei.", [MW(TAMIM, KHAMENEI)], []),
 ("passive_start", KBS + "Khalid was received by Supreme Leader Ali Khamenei.",
  [MW(KHALID, KHAMENEI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_bullet_first_name(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)


@pytest.mark.parametrize("text", [
    "Iran's foreign minister arrived in Riyadh.\n- Observers welcomed the visit as a sign of "
    "detente.",
    "Iran's foreign minister arrived in Riyadh.\n- Analysts also met with the delegation.",
    "Iran's foreign minister arrived in Riyadh.\nIn the afternoon Parliament was hosted by the "
    "speaker.",
])
def test_no_person_from_a_common_word(ex, text) -> None:
    doc = ex.extract(text, lang="en")
    assert [e["id"] for e in doc["entities"] if e["type"] == "Person"] == []
