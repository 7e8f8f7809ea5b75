"""ASSASSINATED_BY that must NOT be produced (session 12, precision): a strike only named by
someone ("in what Tehran called an Israeli strike") states no side -- neither the speaker nor
the side it names -- while "killed in an Israeli strike" still does. Our own sentences.

Each case: (name, text, lang, triples that must be found, triples that must NOT be found).
"""

import pytest

from tests.extract_support import AB, assert_relations

MOUSAVI, IRAN, ISRAEL = "person:razi-mousavi", "country:iran", "country:israel"


CASES = [
 ("en_what_capital_called",
  "Razi Mousavi, a senior adviser, was killed near Damascus on Monday in what Tehran called an "
  "Israeli air strike.", "en", [], [AB(MOUSAVI, IRAN), AB(MOUSAVI, ISRAEL)]),
 ("en_what_country_described_as",
  "Razi Mousavi was killed in Damascus in what Iran described as an Israeli strike.", "en", [],
  [AB(MOUSAVI, IRAN)]),
 ("en_plain_strike_side",
  "Razi Mousavi was killed in an Israeli strike in Damascus.", "en", [AB(MOUSAVI, ISRAEL)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_precision_s12(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
