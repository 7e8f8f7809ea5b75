"""ASSASSINATED_BY: "X, <apposition>, whom Y said it killed" / "X، <بدل>، الذي قال Y إنه
قتله": the person before the apposition is the victim; a person inside it, or a verb, ends
the search. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

IDF, ISRAEL = "organization:israel-defense-forces", "country:israel"
SHUKR, AQIL = "person:fuad-shukr", "person:ibrahim-aqil"


# (name, text, lang, must, must_not)
CASES = [
 ("en_title_apposition",
  "The campaign began with Fuad Shukr, the group's top commander, whom the Israel Defense "
  "Forces said it killed on July 30.", "en", [AB(SHUKR, IDF)], []),
 ("en_possessive_apposition",
  "The campaign began with Fuad Shukr, Hezbollah's top commander, whom Israel said it had "
  "killed in July.", "en", [AB(SHUKR, ISRAEL)], []),
 ("ar_apposition",
  "بدأت الحملة بفؤاد شكر، أبرز قادة الحزب العسكريين، الذي قال الجيش الإسرائيلي إنه قتله في "
  "تموز.", "ar", [AB(SHUKR, IDF)], []),
 ("ar_no_apposition_he",
  "بدأت الحملة بفؤاد شكر، الذي قال الجيش الإسرائيلي إنه قتله في تموز.", "ar",
  [AB(SHUKR, IDF)], []),
 # negatives: the person inside the apposition is the one meant, not the one before it
 ("en_person_in_apposition",
  "Fuad Shukr met Ibrahim Aqil, the commander of Radwan, whom Israel said it killed in "
  "September.", "en", [AB(AQIL, ISRAEL)], [AB(SHUKR, ISRAEL)]),
 ("en_not_a_killing",
  "The campaign began with Fuad Shukr, the group's top commander, whom Ibrahim Aqil "
  "succeeded.", "en", [], [AB(SHUKR, AQIL)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_victim_before_apposition(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
