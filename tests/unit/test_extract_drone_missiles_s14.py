"""ASSASSINATED_BY through a weapon phrase: missiles fired from a drone (or jets) whose owner is
named by a nationality kill the person in the car, convoy or vehicle they hit; the owner is the
agent, and an unattributed drone gives none. Our own sentences, not from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

US, ISRAEL = "country:united-states", "country:israel"
SAADI = "person:abu-baqir-al-saadi"


CASES = [
 ("en_convoy_passive_fired_from",
  "A convoy carrying Abu Baqir al-Saadi was hit by missiles fired from a U.S. drone, killing "
  "him and two guards.", "en", [AB(SAADI, US)], []),
 ("en_car_possessive_passive",
  "Abu Baqir al-Saadi's car was struck by missiles fired from a U.S. drone, killing him.", "en",
  [AB(SAADI, US)], []),
 ("en_car_hit_by_jets", "Abu Baqir al-Saadi's vehicle was hit by Israeli jets, killing him.",
  "en", [AB(SAADI, ISRAEL)], []),
 ("ar_missiles_subject_result",
  "استهدفت صواريخ أطلقتها طائرة مسيّرة أمريكية سيارة القيادي في كتائب حزب الله أبو باقر "
  "الساعدي في بغداد، ما أدى إلى مقتله.", "ar", [AB(SAADI, US)], []),
 ("ar_killed_by_missiles",
  "قُتل أبو باقر الساعدي بصواريخ أطلقتها طائرة مسيّرة أمريكية استهدفت سيارته في بغداد.", "ar",
  [AB(SAADI, US)], []),
 # negatives: the drone is not attributed
 ("en_unattributed_drone",
  "A convoy carrying Abu Baqir al-Saadi was hit by missiles fired from a drone, killing him.",
  "en", [], [AB(SAADI, US)]),
 ("ar_unattributed_drone",
  "استهدفت صواريخ أطلقتها طائرة مسيّرة مجهولة سيارة أبو باقر الساعدي في بغداد، ما أدى إلى "
  "مقتله.", "ar", [], [AB(SAADI, US)]),
 ("ar_nationality_of_the_target",
  "استهدفت صواريخ سيارة مسؤول أمريكي وأبو باقر الساعدي في بغداد، ما أدى إلى مقتله.", "ar", [],
  [AB(SAADI, US)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_drone_missiles_owner_is_killer(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
