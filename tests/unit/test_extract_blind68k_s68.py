"""Session 68 (blind68k): fixes after the first contact of blind set RI-RJ (Sudan's war and the
Horn's diplomacy 2023-2025, written blind: Burhan, Hemedti, Hamdok, Abiy, Isaias, Hassan Sheikh,
the Jeddah platform), each read in several paraphrases.

- Meetings, English: a subject list whose last person carries a relative clause before the
  verb, "X and former Prime Minister Y, who chairs the Taqaddum coalition, met for two days",
  "X and Y, who had arrived from Ankara, met", "..., held talks", "..., had met": the body or
  place inside the clause is no member of the list, X and Y are paired
  (``meeting_plural_relative_en.relative_aside_open_en``, read by ``meetings`` "met_plural");
  negated and planned meetings stay unread.
"""

import pytest

from tests.extract_support import met_sorted, sorted_pair

DAGALO, HAMDOK = "person:mohamed-hamdan-dagalo", "person:abdalla-hamdok"
RUTO, MUSEVENI = "person:william-ruto", "person:yoweri-museveni"
BLINKEN, FIDAN = "person:antony-blinken", "person:hakan-fidan"
ISAIAS, ABIY = "person:isaias-afwerki", "person:abiy-ahmed"


@pytest.mark.parametrize("text, a, b", [
    ("In Addis Ababa on Tuesday, Mohamed Hamdan Dagalo and former Prime Minister Abdalla Hamdok, who "
     "chairs the Taqaddum coalition, met for two days before signing the declaration.", DAGALO, HAMDOK),
    ("William Ruto and Yoweri Museveni, who chairs the East African Community, met in Entebbe on "
     "Friday.", RUTO, MUSEVENI),
    ("William Ruto and Yoweri Museveni, who chairs the East African Community, held talks in Entebbe "
     "on Friday.", RUTO, MUSEVENI),
    ("Antony Blinken and Turkish Foreign Minister Hakan Fidan, who had arrived from Ankara, met for "
     "three hours on Monday.", BLINKEN, FIDAN),
    ("Mohamed Hamdan Dagalo and Abdalla Hamdok, who leads the Tagaddum alliance, had met in Addis "
     "Ababa days earlier.", DAGALO, HAMDOK),
    ("Isaias Afwerki and Abiy Ahmed, whose troops fought in Tigray, met in Asmara on Sunday.",
     ISAIAS, ABIY),
])
def test_list_whose_last_person_has_a_relative_clause_met(shipped, text, a, b):
    assert sorted_pair(a, b) in met_sorted(shipped, text)


@pytest.mark.parametrize("text", [
    "William Ruto and Yoweri Museveni, who chairs the East African Community, did not meet in "
    "Entebbe.",
    "William Ruto and Yoweri Museveni, who chairs the East African Community, will meet in Entebbe "
    "next month.",
    "Mohamed Hamdan Dagalo and Abdalla Hamdok, who chairs the Taqaddum coalition, were due to meet "
    "in Addis Ababa, but the meeting was postponed.",
])
def test_negated_or_planned_meeting_of_such_a_list_relates_nothing(rules_only, text):
    assert not met_sorted(rules_only, text)
