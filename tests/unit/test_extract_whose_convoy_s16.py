""""(the deaths of) X and Y, whose convoy was struck by a U.S. drone", session 16: X and Y
killed by the drone's country, when the sentence says they died. Our own sentences, not taken
from any dev set."""

import pytest

from tests.extract_support import AB, assert_relations

SOLEIMANI, MUHANDIS, AMIRI = ("person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                              "person:hadi-al-amiri")
US, ISRAEL = "country:united-states", "country:israel"


# (name, text, lang, must, must_not)
CASES = [
 ("en_deaths_pair", "Crowds marked the anniversary of the deaths of Iranian general Qasem "
  "Soleimani and PMF deputy head Abu Mahdi al-Muhandis, whose convoy was struck by a U.S. "
  "drone near Baghdad airport.", "en", [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
 ("en_funeral_one", "Thousands attended the funeral of Abu Mahdi al-Muhandis, whose car was "
  "struck by an Israeli drone near the border.", "en", [AB(MUHANDIS, ISRAEL)], []),
 # no death told: a convoy hit is no killing
 ("en_escaped", "Officials said Hadi al-Amiri, whose convoy was struck by an Israeli drone "
  "on Monday, escaped unhurt.", "en", [], [AB(AMIRI, ISRAEL)]),
 ("en_denied", "Hadi al-Amiri, whose convoy was struck by a U.S. drone, denied reports of "
  "his death.", "en", [], []),
 ("ar_same_story", "أحيا الآلاف ذكرى مقتل قاسم سليماني وأبو مهدي المهندس، اللذين استهدفت "
  "طائرة مسيرة أميركية موكبهما قرب مطار بغداد.", "ar", [AB(SOLEIMANI, US), AB(MUHANDIS, US)],
  []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_whose_convoy(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
