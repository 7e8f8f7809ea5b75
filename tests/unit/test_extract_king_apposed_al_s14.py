"""Entities: a ruler's description apposed before an ambiguous name picks the entity of the
country it states ("the Saudi monarch, King Abdullah" is the Saudi King Abdullah, "the
Jordanian monarch, King Abdullah" and a bare "King Abdullah" Jordan's king); English names with
the family particle "Al" / "al-" before an honorific word ("Turki Al al-Sheikh", "Turki
al-Sheikh") are one person, the same as Arabic "تركي آل الشيخ". Our own sentences.
"""

import pytest

from tests.extract_support import MW, assert_relations

JORDAN, SAUDI = "person:abdullah-ii", "person:abdullah-bin-abdulaziz"
AHMADINEJAD, ARAGHCHI = "person:mahmoud-ahmadinejad", "person:abbas-araghchi"
TURKI = "person:turki-al-sheikh"


CASES = [
 ("en_saudi_monarch_apposed",
  "The Saudi monarch, King Abdullah, received Mahmoud Ahmadinejad in Riyadh.", "en",
  [MW(SAUDI, AHMADINEJAD)], [MW(JORDAN, AHMADINEJAD)]),
 ("en_saudi_ruler_object",
  "Mahmoud Ahmadinejad met the Saudi ruler, King Abdullah, in Riyadh.", "en",
  [MW(SAUDI, AHMADINEJAD)], [MW(JORDAN, AHMADINEJAD)]),
 ("ar_saudi_monarch_apposed",
  "استقبل العاهل السعودي، الملك عبد الله، الرئيس الإيراني محمود أحمدي نجاد في الرياض.", "ar",
  [MW(SAUDI, AHMADINEJAD)], [MW(JORDAN, AHMADINEJAD)]),
 ("en_jordanian_monarch_apposed",
  "The Jordanian monarch, King Abdullah, received Abbas Araghchi in Amman.", "en",
  [MW(JORDAN, ARAGHCHI)], [MW(SAUDI, ARAGHCHI)]),
 ("en_bare_king", "King Abdullah received Abbas Araghchi in Amman.", "en",
  [MW(JORDAN, ARAGHCHI)], [MW(SAUDI, ARAGHCHI)]),
 ("en_saudi_delegation_no_ruler",
  "A Saudi delegation, King Abdullah and Abbas Araghchi met in Amman.", "en", [],
  [MW(SAUDI, ARAGHCHI)]),
 ("en_turki_al_al_sheikh", "Turki Al al-Sheikh met Abbas Araghchi in Riyadh.", "en",
  [MW(TURKI, ARAGHCHI)], []),
 ("en_turki_al_sheikh_after_title",
  "Abbas Araghchi met Saudi official Turki Al al-Sheikh in Riyadh.", "en",
  [MW(TURKI, ARAGHCHI)], [MW("person:turki-al", ARAGHCHI)]),
 ("en_turki_al_hyphen", "Turki al-Sheikh met Abbas Araghchi in Riyadh.", "en",
  [MW(TURKI, ARAGHCHI)], []),
 ("ar_turki_al_sheikh", "التقى عباس عراقجي تركي آل الشيخ في الرياض.", "ar",
  [MW(TURKI, ARAGHCHI)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_apposed_ruler_and_family_al(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


def test_sheikh_title_still_a_title(ex):
    doc = ex.extract("Sheikh Tamim bin Hamad Al Thani met Abbas Araghchi in Doha.", lang="en")
    ids = {e["id"] for e in doc["entities"] if e["type"] == "Person"}
    assert "person:tamim-bin-hamad-al-thani" in ids
