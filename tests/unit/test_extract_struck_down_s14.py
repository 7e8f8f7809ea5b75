"""ASSASSINATED_BY for passive phrasal killings: "X was struck down by an Israeli strike",
"X was gunned down by gunmen of group Y", "قُتل X برصاص مسلحين من / تابعين لـ Y"; "struck down
by a court" (a ruling) is no killing. Our own sentences, not from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

ISRAEL, HAMAS, KH = "country:israel", "organization:hamas", "organization:kataib-hezbollah"
KARAKI = "person:ali-karaki"


CASES = [
 ("en_struck_down_by_strike",
  "Hezbollah commander Ali Karaki was struck down by an Israeli strike in Beirut.", "en",
  [AB(KARAKI, ISRAEL)], []),
 ("en_struck_down_relative",
  "Ali Karaki, who was struck down by an Israeli airstrike in 2024, led the southern front.",
  "en", [AB(KARAKI, ISRAEL)], []),
 ("en_gunned_down_gunmen_of",
  "Ali Karaki was gunned down by gunmen of Kataib Hezbollah in Baghdad.", "en", [AB(KARAKI, KH)],
  []),
 ("ar_gunmen_from", "اغتيل علي كركي برصاص مسلحين من حركة حماس في غزة.", "ar",
  [AB(KARAKI, HAMAS)], []),
 ("ar_gunmen_belonging", "قُتل علي كركي برصاص عناصر تابعين لحركة حماس.", "ar",
  [AB(KARAKI, HAMAS)], []),
 ("ar_gunmen_construct", "قُتل علي كركي برصاص مسلحي حركة حماس في غزة.", "ar",
  [AB(KARAKI, HAMAS)], []),
 # negatives: a ruling, unknown gunmen
 ("en_struck_down_by_court",
  "Ali Karaki was struck down by the Federal Supreme Court, which ruled his election void.",
  "en", [], [AB(KARAKI, ISRAEL)]),
 ("ar_unknown_gunmen", "قُتل علي كركي برصاص مسلحين مجهولين في غزة.", "ar", [],
  [AB(KARAKI, HAMAS)]),
]


def test_court_ruling_gives_no_killer(ex):
    doc = ex.extract("Ali Karaki's appeal was struck down by a court in Beirut after Israel "
                     "objected.", lang="en")
    assert not [r for r in doc["relations"] if r["type"] == "ASSASSINATED_BY"]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_passive_phrasal_killer(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
