"""Session 17: "met the adviser to the prime minister (Y)": the aide was met, not the head."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, ARAJI = "person:abbas-araghchi", "person:qassim-al-araji"
SUDANI, LAVROV = "person:mohammed-shia-al-sudani", "person:sergei-lavrov"
PEZESHKIAN = "person:masoud-pezeshkian"

CASES = [
    ("التقى عراقجي المستشار الأمني لرئيس الوزراء محمد شياع السوداني قاسم الأعرجي في بغداد.",
     "ar", [MW(ARAGHCHI, ARAJI)], [MW(ARAGHCHI, SUDANI)]),
    ("التقى عراقجي المستشار الأمني لرئيس الوزراء محمد شياع السوداني في بغداد.",
     "ar", [], [MW(ARAGHCHI, SUDANI)]),
    ("التقى وزير الخارجية الإيراني عباس عراقجي المستشار الأمني لرئيس الوزراء العراقي قاسم "
     "الأعرجي في بغداد.", "ar", [MW(ARAGHCHI, ARAJI)], []),
    ("التقى لافروف المتحدث باسم الرئيس مسعود بزشكيان في موسكو.",
     "ar", [], [MW(LAVROV, PEZESHKIAN)]),
    ("Lavrov met the spokesman for President Masoud Pezeshkian in Moscow.",
     "en", [], [MW(LAVROV, PEZESHKIAN)]),
    ("Lavrov met a deputy of Foreign Minister Abbas Araghchi in Moscow.",
     "en", [], [MW(LAVROV, ARAGHCHI)]),
    ("Lavrov met an adviser to Prime Minister Mohammed Shia al-Sudani on Monday.",
     "en", [], [MW(LAVROV, SUDANI)]),
    ("Araghchi met the national security adviser to the Iraqi prime minister, Qassim al-Araji, "
     "in Baghdad.", "en", [MW(ARAGHCHI, ARAJI)], []),
    ("Araghchi met Qassim al-Araji, the security adviser to Prime Minister Mohammed Shia "
     "al-Sudani, in Baghdad.", "en", [MW(ARAGHCHI, ARAJI)], [MW(ARAGHCHI, SUDANI)]),
    ("Lavrov met Sudani and an adviser to President Masoud Pezeshkian on Monday.",
     "en", [MW(LAVROV, SUDANI)], [MW(LAVROV, PEZESHKIAN)]),
]


@pytest.mark.parametrize("text,lang,must,must_not", CASES)
def test_aide_of_another_office(ex, text: str, lang: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text, must, must_not)
