"""The style of state news agencies, session 25 (``protocol``). Our own sentences, not taken
from any dev set.

- A known "X bin Y" named with his grandfather too ("His Royal Highness Prince Khalid bin
  Salman bin Abdulaziz"): still him (``name_tails._bare_father_chain``); not a known name with
  a dynasty ("Mohammed bin Abdulrahman Al Thani") before another "bin Z".
- The attendee of one side's country at a meeting of two met both, also when the other side
  has no country (a UN envoy: ``meeting_sides_en.side_partners``); not a meeting told after
  him in the same sentence ("The meeting, also attended by Z, came a day after X met Y").
- Honorifics and headline verbs are no person: "His Royal Highness", "His Excellency", "the
  Custodian of the Two Holy Mosques", "... Receives / Meets UN Envoy" (``lexicon.EN_NOT_NAME``).
"""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

CASES = [
    # the grandfather's name after a known "X bin Y"
    ("JEDDAH, March 3 (SPA) -- His Royal Highness Prince Khalid bin Salman bin Abdulaziz, "
     "Minister of Defense, received in his office today Hans Grundberg.", "en",
     [MW("person:khalid-bin-salman", "person:hans-grundberg")], []),
    ("His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, held "
     "talks in Riyadh with Iranian Foreign Minister Abbas Araghchi.", "en",
     [MW("person:faisal-bin-farhan", "person:abbas-araghchi")], []),
    ("Araghchi was later received by Prince Faisal bin Farhan bin Abdullah Al Saud at the "
     "ministry.", "en",
     [MW("person:faisal-bin-farhan", "person:abbas-araghchi")], []),
    # a known name with a dynasty, then another "bin": someone else
    ("Deputy governor Prince Mohammed bin Abdulrahman bin Abdulaziz met Iranian Foreign "
     "Minister Abbas Araghchi at the airport.", "en",
     [], [MW("person:mohammed-bin-abdulrahman-al-thani", "person:abbas-araghchi")]),
    # the host's man at a meeting with a UN envoy
    ("Saudi Foreign Minister Prince Faisal bin Farhan held talks with Hans Grundberg in "
     "Riyadh. Saudi Deputy Foreign Minister Waleed Al-Khuraiji also attended the meeting.",
     "en", [MW("person:hans-grundberg", "person:waleed-al-khuraiji"),
            MW("person:faisal-bin-farhan", "person:waleed-al-khuraiji")], []),
    # the meeting attended is the one told before, not the one after the attendee
    ("Saudi Foreign Minister Prince Faisal bin Farhan met Iranian Foreign Minister Abbas "
     "Araghchi in Riyadh. The meeting, also attended by Saudi Deputy Foreign Minister Waleed "
     "Al-Khuraiji, came a day after Araghchi met Hans Grundberg in Muscat.", "en",
     [], [MW("person:hans-grundberg", "person:waleed-al-khuraiji")]),
]

NOBODY = [
    ("Foreign Minister Receives UN Envoy\nThe audience was attended by the Custodian of the Two "
     "Holy Mosques' Ambassador to Yemen, Mohammed Al Jaber. His Royal Highness thanked him.",
     {"person:mohammed-al-jaber"}),
    ("Crown Prince Meets Omani Delegation\nHis Excellency Badr Albusaidi received Hans "
     "Grundberg in Muscat. Her Majesty welcomed the step.",
     {"person:badr-albusaidi", "person:hans-grundberg"}),
]


@pytest.mark.parametrize("text,people", NOBODY)
def test_honorifics_are_nobody(ex, text: str, people: set[str]) -> None:
    got = {e["id"] for e in ex.extract(text, lang="en")["entities"] if e["type"] == "Person"}
    assert got == people


@pytest.mark.parametrize("text,lang,must,never", CASES)
def test_protocol(ex, text: str, lang: str, must: list, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)
