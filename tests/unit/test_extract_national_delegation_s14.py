"""MET_WITH (Arabic): "كما التقى الوفد الإيراني Z" after a reception of Iranian guests -- the
delegation of that nationality is the guests named just before (this sentence or the one
before); they met Z, not the host whose clause came before. Our own sentences, not taken
from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

AOUN, BERRI = "person:joseph-aoun", "person:nabih-berri"
GHALIBAF, ARAGHCHI = "person:mohammad-bagher-ghalibaf", "person:abbas-araghchi"
RECEPTION = ("وكان الرئيس اللبناني جوزاف عون قد استقبل، السبت، في قصر بعبدا رئيس مجلس الشورى "
             "الإيراني محمد باقر قاليباف ووزير الخارجية عباس عراقجي")


# (name, text, must, must_not)
CASES = [
 ("next_sentence",
  RECEPTION + ". كما التقى الوفد الإيراني رئيس مجلس النواب نبيه بري في عين التينة.",
  [MW(AOUN, GHALIBAF), MW(AOUN, ARAGHCHI), MW(GHALIBAF, BERRI), MW(ARAGHCHI, BERRI)],
  [MW(AOUN, BERRI)]),
 ("same_sentence",
  RECEPTION + "، كما التقى الوفد الإيراني رئيس مجلس النواب نبيه بري.",
  [MW(GHALIBAF, BERRI), MW(ARAGHCHI, BERRI)], [MW(AOUN, BERRI)]),
 ("one_guest_adverb",
  "استقبل الرئيس جوزاف عون وزير الخارجية الإيراني عباس عراقجي. والتقى الوفد الإيراني لاحقاً "
  "رئيس مجلس النواب نبيه بري.", [MW(ARAGHCHI, BERRI)], [MW(AOUN, BERRI)]),
 # negative: a delegation of the host's own country names no guest
 ("host_nationality",
  "استقبل الرئيس جوزاف عون وزير الخارجية الإيراني عباس عراقجي. والتقى الوفد اللبناني رئيس "
  "مجلس النواب نبيه بري.", [], [MW(ARAGHCHI, BERRI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_delegation_of_a_nationality(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)


# English: "The Iranian delegation also met Z" (meetings_en.national_delegation_met_en)
EN_RECEPTION = ("Lebanese President Joseph Aoun received Iranian parliament speaker Mohammad "
                "Bagher Ghalibaf and Foreign Minister Abbas Araghchi on Saturday. ")
EN_CASES = [
 ("en_two_guests", EN_RECEPTION + "The Iranian delegation also met Parliament Speaker Nabih Berri.",
  [MW(GHALIBAF, BERRI), MW(ARAGHCHI, BERRI)], [MW(AOUN, BERRI)]),
 ("en_held_talks",
  "Joseph Aoun received Iranian Foreign Minister Abbas Araghchi. The Iranian delegation later "
  "held talks with Nabih Berri.", [MW(ARAGHCHI, BERRI)], [MW(AOUN, BERRI)]),
 ("en_host_nationality",
  "Joseph Aoun received Iranian Foreign Minister Abbas Araghchi. The Lebanese delegation later "
  "held talks with Nabih Berri.", [], [MW(ARAGHCHI, BERRI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", EN_CASES, ids=[c[0] for c in EN_CASES])
def test_delegation_of_a_nationality_en(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
