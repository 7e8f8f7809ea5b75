"""Session 69 (seen69): misreadings session 68's helpers saw and left, each read in several
paraphrases (other people, countries, word orders) with negative cases.

- Descriptions, English: a monarch's office ("the emir", "the king", "the sultan") is no one the
  article titled with any other post ("The emir of Qatar, Sheikh H, who brokered the deal with
  his prime minister Sheikh J, ... Berri received the emir": H, not J named last; nor the
  visiting president) (``desc_article_titles.other_post_titled``, asked by
  ``coref_offices.holds_office``); with no nationality and nobody found before, the one person
  named earlier in the same sentence whom the gazetteer titles so ("flew to Kuwait, whose
  ruler, Sheikh Sabah, has been mediating, and held talks with the emir")
  (``coref_peers.same_sentence_antecedent``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

HAMAD, HBJ, BERRI = ("person:hamad-bin-khalifa-al-thani", "person:hamad-bin-jassim-al-thani",
                     "person:nabih-berri")
ABDULLAH2, KHASAWNEH, SISI = ("person:abdullah-ii", "person:bisher-al-khasawneh",
                              "person:abdel-fattah-el-sisi")
TAMIM, MBA, AOUN = ("person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani",
                    "person:joseph-aoun")
HAITHAM, PEZESHKIAN = "person:haitham-bin-tariq", "person:masoud-pezeshkian"
SABAH, ERDOGAN = "person:sabah-al-ahmad-al-jaber-al-sabah", "person:recep-tayyip-erdogan"
MISHAL, MBS = "person:mishal-al-ahmad-al-jaber-al-sabah", "person:mohammed-bin-salman"


# --- "the emir" / "the king" is not the prime minister named last -------------------------------

@pytest.mark.parametrize("text, monarch, other, host", [
    ("The emir of Qatar, Sheikh Hamad bin Khalifa al-Thani, who brokered the deal with his prime "
     "minister Sheikh Hamad bin Jassem al-Thani, attended the session. Before the session, "
     "Parliament Speaker Nabih Berri received the emir and his delegation at his office.",
     HAMAD, HBJ, BERRI),
    ("The emir of Qatar, Sheikh Hamad bin Khalifa al-Thani, attended the session with his prime "
     "minister Sheikh Hamad bin Jassem al-Thani. Speaker Nabih Berri later received the emir in "
     "his office.", HAMAD, HBJ, BERRI),
    ("King Abdullah II of Jordan, who came with his prime minister Bisher al-Khasawneh, attended "
     "the summit. On the sidelines, Egyptian President Abdel Fattah al-Sisi received the king at "
     "the Ittihadiya palace.", ABDULLAH2, KHASAWNEH, SISI),
    ("Qatar's emir Sheikh Tamim bin Hamad Al Thani arrived in Beirut with his prime minister "
     "Sheikh Mohammed bin Abdulrahman Al Thani. Later, President Joseph Aoun received the emir at "
     "the Baabda palace.", TAMIM, MBA, AOUN),
])
def test_the_monarch_is_not_the_prime_minister_named_last(shipped, text, monarch, other, host):
    met = _met(shipped, text)
    assert _pair(monarch, host) in met
    assert _pair(other, host) not in met


def test_the_emir_with_only_a_prime_minister_named_is_not_him(rules_only):
    text = ("Qatar's prime minister Sheikh Mohammed bin Abdulrahman Al Thani arrived in Beirut on "
            "Monday. President Joseph Aoun received the emir at Baabda.")
    assert _pair(MBA, AOUN) not in _met(rules_only, text)


@pytest.mark.parametrize("text, monarch, visitor", [
    ("Erdogan then flew to Kuwait, whose ruler, Sheikh Sabah Al Ahmad Al Sabah, has been "
     "mediating in the dispute, and held talks with the emir late Sunday.", SABAH, ERDOGAN),
    ("Erdogan then flew to Kuwait, whose ruler, Sheikh Sabah Al Ahmad Al Sabah, has been "
     "mediating in the dispute, and held talks with the emir on Sunday. He is to travel to Doha "
     "on Monday to meet Qatar's ruling emir, Sheikh Tamim bin Hamad Al Thani.", SABAH, ERDOGAN),
    ("Turkish President Recep Tayyip Erdogan met Saudi Crown Prince Mohammed bin Salman in "
     "Jeddah. He then flew to Kuwait, whose ruler, Sheikh Sabah Al Ahmad Al Sabah, has been "
     "mediating in the dispute, and held talks with the emir late on Sunday.", SABAH, ERDOGAN),
    ("Saudi Crown Prince Mohammed bin Salman flew to Kuwait, whose ruler, Sheikh Mishal al-Ahmad "
     "al-Sabah, has backed the Gulf reconciliation, and held talks with the emir on Sunday.",
     MISHAL, MBS),
    ("Erdogan later arrived in Kuwait City, where Sheikh Sabah Al Ahmad Al Sabah has mediated the "
     "dispute for weeks, and held talks with the emir at Bayan Palace.", SABAH, ERDOGAN),
])
def test_the_emir_is_the_monarch_named_before_in_the_sentence(rules_only, text, monarch, visitor):
    met = _met(rules_only, text)
    assert _pair(monarch, visitor) in met
    assert _pair(TAMIM, visitor) not in met
