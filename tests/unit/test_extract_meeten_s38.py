"""English meetings, session 38 (our own sentences, not taken from any dev set).

- "X received today / in audience (at P) Y": the time word or "in audience" between the verb and
  a titled object ("Oman's Minister of Foreign Affairs Dr. Y": a title with "Dr." before the name).
  Not "received today a letter from Y", nor "received the condolences sent by Y". The same
  before "the delegation from D, headed by Y" (``meetings_en``'s delegation rule).
- "X was sworn in before Y, in the presence of A" / "X took the oath before Y" / "X was sworn
  in at a ceremony attended by A and B" (``meeting_oath_en``): all of them met. Not a planned
  or negated oath, nor one before parliament.
- "The two leaders held talks attended by A and Oman's Deputy Prime Minister and Foreign
  Minister B" (``core_recall_meetings.attended_meeting`` with ``titled_list``): B too. Not
  someone named after a clause of his own (", while B stayed in Muscat").
- "X arrived in D on <day> on his first official visit ... and was received at P by Y"
  (``meeting_arrival_passive_en``): X met Y. Not "a delegation sent by X arrived ...", nor "X
  said the ship arrived ...".
- "X received at the Ministry's General Office Y": the body's seat ends the title phrase before
  the guest's name (``title_holders``), no person "Office".
"""

import pytest

from tests.extract_support import MW, assert_relations

FAISAL, HARTHY = "person:faisal-bin-khaled-al-saud", "person:salim-nasser-al-harthy"
HADDAD, NOUR = "person:karim-haddad", "person:hassan-abdul-rahim-nour"
SALEM, MANSOUR = "person:salem-nour", "person:adel-mansour"
HARBI = "person:fahd-al-harbi"

# (name, text, lang, must, must_not)
CASES = [
 ("received_today_titled_dr",
  "Crown Prince Faisal bin Khalid Al Saud received today Oman's Minister of Foreign Affairs Dr. "
  "Salim Nasser Al Harthy.", "en", [MW(FAISAL, HARTHY)], []),
 ("received_in_audience_at_place",
  "President Karim Haddad received in audience at Qasr Palace Minister of Foreign Affairs Hassan "
  "Abdelrahim Nour.", "en", [MW(HADDAD, NOUR)], []),
 ("sworn_in_before_in_presence",
  "Minister Karim Haddad was sworn in on Monday before President Salem Nour at the palace, in "
  "the presence of Speaker Adel Mansour.", "en",
  [MW(HADDAD, SALEM), MW(MANSOUR, HADDAD), MW(MANSOUR, SALEM)], []),
 ("took_oath_before_majesty",
  "Prime Minister Karim Haddad and his ministers took the constitutional oath before His Majesty "
  "King Salem Nour on Sunday.", "en", [MW(HADDAD, SALEM)], []),
 ("took_oath_before_highness_the_amir",
  "His Highness the Prime Minister Sheikh Karim Haddad and the members of the new Cabinet took "
  "the constitutional oath before His Highness the Amir Sheikh Salem Nour on Sunday.", "en",
  [MW(HADDAD, SALEM)], []),
 ("sworn_in_ceremony_attended_by",
  "Karim Haddad was sworn in at the palace in a ceremony attended by Salem Nour and Adel "
  "Mansour.", "en", [MW(HADDAD, SALEM), MW(HADDAD, MANSOUR), MW(SALEM, MANSOUR)], []),
 ("held_talks_attended_by_long_titles",
  "President Karim Haddad received Prime Minister Salem Nour in Amman. The two leaders held "
  "delegation-level talks attended by Foreign Minister Adel Mansour and Oman's Deputy Prime "
  "Minister and Foreign Minister Fahd Al Harbi, and signed three agreements.", "en",
  [MW(HARBI, HADDAD), MW(HARBI, SALEM), MW(HARBI, MANSOUR)], []),
 ("arrived_long_then_received_by",
  "Prime Minister Karim Haddad arrived in Amman on Wednesday on his first official visit to the "
  "region in thirteen years and was received at the Government Palace by President Salem Nour.",
  "en", [MW(HADDAD, SALEM)], []),
 ("received_in_audience_today_delegation",
  "Prince Faisal bin Khalid Al Saud received in audience today the delegation from Aden, headed "
  "by Karim Haddad, spokesman of the council.", "en", [MW(FAISAL, HADDAD)], []),
 # negatives
 ("said_today_delegation",
  "Prince Faisal bin Khalid Al Saud said today the delegation from Aden, headed by Karim Haddad, "
  "would not come.", "en", [], [MW(FAISAL, HADDAD)]),
 ("delegation_sent_by_arrived_received",
  "A delegation sent by Karim Haddad arrived in Amman on Wednesday on its first official visit "
  "to the region in thirteen years and was received at the palace by President Salem Nour.",
  "en", [], [MW(HADDAD, SALEM)]),
 ("said_ship_arrived_met",
  "Karim Haddad said the ship arrived in Aqaba on Wednesday on its first voyage to the region in "
  "thirteen years and was met at the port by Salem Nour.", "en", [], [MW(HADDAD, SALEM)]),
 ("held_talks_attended_by_then_clause",
  "President Karim Haddad received Prime Minister Salem Nour in Amman. The two leaders held "
  "talks attended by Foreign Minister Adel Mansour, while Oman's Deputy Prime Minister Fahd Al "
  "Harbi stayed in Muscat.", "en", [MW(MANSOUR, HADDAD)], [MW(HARBI, HADDAD), MW(HARBI, SALEM)]),
 ("oath_planned",
  "Karim Haddad will be sworn in before President Salem Nour next week, in the presence of Adel "
  "Mansour.", "en", [], [MW(HADDAD, SALEM), MW(HADDAD, MANSOUR)]),
 ("oath_negated",
  "Karim Haddad was not sworn in before President Salem Nour on Monday.", "en", [],
  [MW(HADDAD, SALEM)]),
 ("oath_expected",
  "Karim Haddad is expected to take the oath before President Salem Nour, in the presence of Adel "
  "Mansour.", "en", [], [MW(HADDAD, SALEM), MW(HADDAD, MANSOUR)]),
 ("oath_before_parliament",
  "Karim Haddad was sworn in before parliament, and President Salem Nour later said he trusted "
  "him.", "en", [], [MW(HADDAD, SALEM)]),
 ("received_today_a_letter",
  "Crown Prince Faisal bin Khalid Al Saud received today a letter from Oman's Minister of Foreign "
  "Affairs Dr. Salim Nasser Al Harthy.", "en", [], [MW(FAISAL, HARTHY)]),
 ("received_today_condolences",
  "Crown Prince Faisal bin Khalid Al Saud received today the condolences sent by Oman's Minister "
  "of Foreign Affairs Dr. Salim Nasser Al Harthy.", "en", [], [MW(FAISAL, HARTHY)]),
  # a body's seat before the guest's name ends the title, names nobody: no person "Office"
 ("received_at_general_office_known_guest",
  "Manama (BNA) - Sheikh Abdullatif bin Rashid Al Zayani, Minister of Foreign Affairs, received "
  "at the Ministry's General Office Abbas Araghchi, Foreign Minister of Iran.", "en",
  [MW("person:abdullatif-al-zayani", "person:abbas-araghchi")],
  [MW("person:abdullatif-al-zayani", "person:office")]),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_meeten_s38(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
