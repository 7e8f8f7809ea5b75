"""English one-word kin names: "<name> and his <kin> Y" — Y takes the family of the person
the kin word refers to ("Masoud Barzani and his nephew Nechirvan" is Nechirvan Barzani), as the
Arabic "بافل طالباني وشقيقه قوباد" already did. Our own sentences, not from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI = "person:abbas-araghchi"
MASOUD, NECHIRVAN = "person:masoud-barzani", "person:nechirvan-barzani"
MASROUR = "person:masrour-barzani"
BAFEL, QUBAD = "person:bafel-talabani", "person:qubad-talabani"


CASES = [
 ("en_nephew_subject",
  "Masoud Barzani and his nephew Nechirvan met Abbas Araghchi in Erbil.", "en",
  [MW(ARAGHCHI, MASOUD), MW(ARAGHCHI, NECHIRVAN)], []),
 ("en_brother_object",
  "Abbas Araghchi met Bafel Talabani and his brother Qubad in Sulaymaniyah.", "en",
  [MW(ARAGHCHI, BAFEL), MW(ARAGHCHI, QUBAD)], []),
 ("en_son_subject",
  "Masoud Barzani and his son Masrour received Abbas Araghchi in Erbil.", "en",
  [MW(ARAGHCHI, MASROUR)], []),
 ("en_nephew_apposition",
  "Abbas Araghchi met Masoud Barzani and his nephew Nechirvan, the region's president, in "
  "Erbil.", "en", [MW(ARAGHCHI, NECHIRVAN)], []),
 ("ar_brother", "التقى عباس عراقجي بافل طالباني وشقيقه قوباد في السليمانية.", "ar",
  [MW(ARAGHCHI, QUBAD)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kin_name_takes_family(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


def test_kin_name_after_comma(ex):
    doc = ex.extract("Abbas Araghchi met Masoud Barzani and his son, Masrour, in Erbil.",
                     lang="en")
    ids = {e["id"] for e in doc["entities"] if e["type"] == "Person"}
    assert MASROUR in ids


def test_kin_without_name_or_other_family(ex):
    doc = ex.extract("Masoud Barzani and his nephew met Abbas Araghchi in Erbil. Bafel Talabani "
                     "and his wife Shanaz met him later.", lang="en")
    ids = {e["id"] for e in doc["entities"] if e["type"] == "Person"}
    assert NECHIRVAN not in ids
    assert "person:shanaz-talabani" not in ids
