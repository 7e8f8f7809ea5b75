"""ASSASSINATED_BY: the subject of the first verb of a coordinated verb phrase kills the
person after "and killed" / "وقتلت", however far the first verb's object runs: "U.S. forces
carried out the strike on the convoy near Baghdad airport and killed X", "شنت طائرات
إسرائيلية غارة على مبنى ... وقتلت Y". Not when another clause intervenes, not after a
passive first verb. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

SOLEIMANI, NASRALLAH, SINWAR = ("person:qasem-soleimani", "person:hassan-nasrallah",
                                "person:yahya-sinwar")
BAGHDADI = "person:abu-bakr-al-baghdadi"
ISRAEL, US = "country:israel", "country:united-states"
USAF, IDF = "organization:us-armed-forces", "organization:israel-defense-forces"


# (name, text, lang, must, must_not)
CASES = [
 ("en_carried_out",
  "U.S. forces carried out the drone strike on the convoy near Baghdad airport and killed "
  "Qasem Soleimani.", "en", [AB(SOLEIMANI, "country:united-states")], [AB(SOLEIMANI, USAF)]),
 ("en_jets_struck",
  "Israeli jets struck the apartment building in the Dahiyeh district of southern Beirut and "
  "killed Hassan Nasrallah.", "en", [AB(NASRALLAH, ISRAEL)], []),
 ("en_army_bombed_then",
  "The Israeli army bombed a school compound in the middle of Gaza City on Tuesday night and "
  "then killed Yahya Sinwar.", "en", [AB(SINWAR, IDF)], []),
 ("en_special_forces_stormed",
  "American special forces stormed the compound in the village of Barisha in Idlib province "
  "and killed Abu Bakr al-Baghdadi.", "en", [AB(BAGHDADI, US)], []),
 ("ar_vso_carried_out",
  "نفذت القوات الأمريكية غارة بطائرة مسيرة على موكب قرب مطار بغداد وقتلت قاسم سليماني.",
  "ar", [AB(SOLEIMANI, USAF)], []),
 ("ar_vso_jets",
  "شنت طائرات إسرائيلية غارة على مبنى في حارة حريك بالضاحية الجنوبية لبيروت وقتلت حسن نصر "
  "الله.", "ar", [AB(NASRALLAH, ISRAEL)], []),
 # negatives: a passive first verb; a clause of saying intervenes; the strike as subject
 ("en_passive_first",
  "The car was struck by a missile on the road near Baghdad airport and killed Qasem "
  "Soleimani.", "en", [], [AB(SOLEIMANI, USAF), AB(SOLEIMANI, US)]),
 ("en_subject_in_prep",
  "A drone sent by the United States hit the convoy near the airport in Baghdad and killed "
  "Qasem Soleimani.", "en", [], [AB(SOLEIMANI, USAF)]),
 ("ar_strike_subject",
  "استهدفت الغارة سيارة قرب مطار بغداد وقتلت قاسم سليماني.", "ar", [],
  [AB(SOLEIMANI, USAF), AB(SOLEIMANI, US)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_and_killed_first_subject(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
