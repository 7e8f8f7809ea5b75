"""A long title with a body's name before a person ("the Leader of the Islamic Revolution
Ayatollah X", "Speaker of the Iraqi Council of Representatives X"): the body is no person,
the title no description of someone named before, and after a passive "by" the named
person is the one met (session 17b)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

KHAMENEI = "person:ali-khamenei"
SUDANI = "person:mohammed-shia-al-sudani"
HANIYEH = "person:ismail-haniyeh"

CASES = [
    ("passive_by_leader_of_revolution",
     "Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Tehran on Monday. Sudani was "
     "received by the Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei.",
     [MW(SUDANI, KHAMENEI)], []),
    ("passive_by_no_article",
     "Hamas political bureau chief Ismail Haniyeh flew to Tehran. In the evening Haniyeh was "
     "received by Leader of the Islamic Revolution Ayatollah Ali Khamenei.",
     [MW(HANIYEH, KHAMENEI)], []),
    ("passive_by_speaker_of_body",
     "Foreign Minister Abbas Araghchi was welcomed in Baghdad by Speaker of the Iraqi Council "
     "of Representatives Mahmoud al-Mashhadani.",
     [MW("person:abbas-araghchi", "person:mahmoud-al-mashhadani")], []),
    ("passive_by_commander_of_force",
     "Hamas leader Ismail Haniyeh arrived in Tehran. Haniyeh was received by the commander of "
     "the Quds Force Brigadier General Esmail Qaani.",
     [MW(HANIYEH, "person:esmail-qaani")], []),
    ("active_met_leader_of_revolution",
     "Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Tehran. He later met the Leader "
     "of the Islamic Revolution Ayatollah Seyyed Ali Khamenei.",
     [MW(SUDANI, KHAMENEI)], []),
    # negatives: the revolution is met by nobody; no name after the title, no pair
    ("revolution_is_no_person",
     "The Leader of the Islamic Revolution met Foreign Minister Abbas Araghchi.",
     [], [MW("person:abbas-araghchi", "person:islamic-revolution")]),
    ("anniversary_is_no_person",
     "Ebrahim Raisi and Vladimir Putin marked the anniversary of the Islamic Revolution in "
     "Tehran.",
     [], [MW("person:ebrahim-raisi", "person:islamic-revolution"),
          MW("person:vladimir-putin", "person:islamic-revolution")]),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_long_title_agent_en(ex, name: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)


def test_revolution_not_a_person(ex) -> None:
    doc = ex.extract("Tamim was received by the Leader of the Islamic Revolution Ayatollah "
                     "Seyyed Ali Khamenei.", lang="en")
    assert "person:islamic-revolution" not in {e["id"] for e in doc["entities"]}


@pytest.mark.parametrize("text", [
    "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران، واستقبله قائد الثورة الإسلامية "
    "آية الله السيد علي خامنئي.",
    "استقبل قائد الثورة الإسلامية آية الله السيد علي خامنئي رئيس الوزراء العراقي محمد شياع "
    "السوداني في طهران.",
])
def test_long_title_agent_ar(ex, text: str) -> None:
    assert_relations(ex.extract(text, lang="ar"), text, [MW(SUDANI, KHAMENEI)], [])
