"""English meetings, session 40 (our own sentences, not taken from any dev set).

- The attendee before a relative clause the older readers did not reach
  (``relative_attendee_en`` for ``meeting_attended.listed_before_comma``): "A, <apposition>,
  who <clause>, also sat in on the talks / attended", a long clause naming another person
  ("A, who took over ... from B, sat in on the talks between X and Y": A, not B) and one
  apposition inside the clause ("A, who heads the P movement, the group's political front,
  also attended the meeting"). Not "did not sit in", nor a clause of two comma-parts that is no
  apposition, nor a text cut right after the relative clause.
- A list broken by an apposition opening with a title word the list reader did not know
  ("met A, secretary-general of the P Organization, and B": ``context_tails._EN_APPOS_START``)
  and "X received / met A and B (together) ..., in the presence of Z": one verb, one object
  list, so Z met X, A and B (``presence_one_list_en`` for
  ``meeting_sides_en.present_partners``). Not "A and later B", nor "A and B separately", nor
  "and B said ...", nor a text cut after "and" or after "in the presence of".
- The next partner after "and then / later" with a titled apposition ("met A in Baghdad and
  then the Region's president, B, in Erbil"), also past a relative clause of the first
  partner ("met Minister A, who briefed him on ..., then Minister of Agriculture, Dr. B":
  ``then_object_more_en``). Not "and then the minister, B, said", nor "then phoned", nor a
  relative clause naming someone, nor a text cut right after "then".
- "A delegation led by A met Syria's de facto leader B" ("de facto" inside the object's title:
  ``subjects._close_object``). Not "met reporters after ... de facto leader B left", nor a text
  cut after "de facto".
"""

import pytest

from tests.extract_support import MW, assert_relations

HADDAD, NOUR = "person:karim-haddad", "person:salem-nour"
MANSOUR, FARES = "person:adel-mansour", "person:tarek-fares"

# (name, text, lang, must, must_not)
CASES = [
 ("apposition_then_relative_sat_in",
  "President Karim Haddad held talks with Foreign Minister Salem Nour at the palace on Monday. "
  "Judge Adel Mansour, the spokesman of the judicial council, who accompanied Nour, also sat in "
  "on the talks.", "en",
  [MW(HADDAD, NOUR), MW(MANSOUR, HADDAD), MW(MANSOUR, NOUR)], []),
 ("long_relative_with_person_sat_in",
  "Adel Mansour, who took over as chief executive of the national oil company last year from "
  "Tarek Fares, sat in on the talks between President Karim Haddad and Prime Minister Salem "
  "Nour on Tuesday.", "en",
  [MW(HADDAD, NOUR), MW(MANSOUR, HADDAD), MW(MANSOUR, NOUR)],
  [MW(FARES, HADDAD), MW(FARES, NOUR)]),
 ("relative_with_inner_apposition_attended",
  "General Karim Haddad met Salem Nour in Baghdad on Monday. Adel Mansour, who heads the Haq "
  "movement, the group's political front, also attended the meeting.", "en",
  [MW(HADDAD, NOUR), MW(MANSOUR, HADDAD), MW(MANSOUR, NOUR)], []),
 ("apposition_secretary_general_then_and",
  "General Karim Haddad met Salem Nour, secretary-general of the Amal Organization, and Adel "
  "Mansour in Baghdad on Monday.", "en", [MW(HADDAD, NOUR), MW(HADDAD, MANSOUR)], []),
 ("received_two_together_in_presence",
  "Prime Minister Karim Haddad received Salem Nour and Adel Mansour together at the palace later "
  "in the day, in the presence of Finance Minister Tarek Fares.", "en",
  [MW(FARES, HADDAD), MW(FARES, NOUR), MW(FARES, MANSOUR)], []),
 ("met_two_apposed_in_presence",
  "General Karim Haddad met Salem Nour, secretary-general of the Amal Organization, and Adel "
  "Mansour, leader of the Haq movement, in the presence of Tarek Fares, the council chairman.",
  "en", [MW(HADDAD, MANSOUR), MW(FARES, HADDAD), MW(FARES, NOUR), MW(FARES, MANSOUR)], []),
 # negatives
 ("received_two_later_in_presence",
  "Prime Minister Karim Haddad received Salem Nour and later Adel Mansour at the palace, in the "
  "presence of Finance Minister Tarek Fares.", "en", [MW(FARES, HADDAD)],
  [MW(FARES, NOUR), MW(FARES, MANSOUR)]),
 ("received_two_separately_in_presence",
  "Prime Minister Karim Haddad received Salem Nour and Adel Mansour separately at the palace, in "
  "the presence of Finance Minister Tarek Fares.", "en", [MW(FARES, HADDAD)],
  [MW(FARES, NOUR), MW(FARES, MANSOUR)]),
 ("apposition_secretary_then_and_said",
  "General Karim Haddad met Salem Nour, secretary of the Amal party, and Adel Mansour said the "
  "talks were useful.", "en", [MW(HADDAD, NOUR)], [MW(HADDAD, MANSOUR)]),
 ("cut_after_apposition_and",
  "General Karim Haddad met Salem Nour, secretary of the Amal party, and", "en",
  [MW(HADDAD, NOUR)], []),
 ("cut_after_in_the_presence_of",
  "Prime Minister Karim Haddad received Salem Nour and Adel Mansour together at the palace, in "
  "the presence of", "en", [MW(HADDAD, NOUR)], []),
 ("apposition_then_relative_not_sat_in",
  "President Karim Haddad held talks with Foreign Minister Salem Nour at the palace on Monday. "
  "Judge Adel Mansour, the spokesman of the judicial council, who accompanied Nour, did not sit "
  "in on the talks.",
  "en", [MW(HADDAD, NOUR)], [MW(MANSOUR, HADDAD), MW(MANSOUR, NOUR)]),
 ("relative_with_two_clauses_not_apposition",
  "General Karim Haddad met Salem Nour in Baghdad on Monday. Tarek Fares, who heads the Haq "
  "movement, said Adel Mansour, who leads its youth wing, also attended the meeting.", "en",
  [MW(HADDAD, NOUR)], [MW(FARES, HADDAD), MW(FARES, NOUR)]),
 ("cut_after_relative_clause",
  "President Karim Haddad held talks with Foreign Minister Salem Nour at the palace on Monday. "
  "Judge Adel Mansour, the spokesman of the judicial council, who accompanied Nour,", "en",
  [MW(HADDAD, NOUR)], [MW(MANSOUR, HADDAD), MW(MANSOUR, NOUR)]),
 ("then_titled_apposition_partner",
  "Karim Haddad, who met Salem Nour in Amman and then the Region's president, Adel Mansour, in "
  "Erbil, returned home on Friday.", "en", [MW(HADDAD, NOUR), MW(HADDAD, MANSOUR)], []),
 ("then_after_relative_clause_partner",
  "President Karim Haddad later met Minister of Health, Dr. Salem Nour, who briefed him on the "
  "vaccine programme and on his trip to Cairo, then Minister of Agriculture, Dr. Adel Mansour, "
  "who discussed with him the drought.", "en", [MW(HADDAD, NOUR), MW(HADDAD, MANSOUR)], []),
 ("then_titled_apposition_said",
  "Karim Haddad met Salem Nour in Amman and then the Region's president, Adel Mansour, said the "
  "talks had failed.", "en", [MW(HADDAD, NOUR)], [MW(HADDAD, MANSOUR)]),
 ("then_relative_names_someone",
  "President Karim Haddad later met Minister of Health, Dr. Salem Nour, who briefed him on his "
  "talks with Tarek Fares, then Minister of Agriculture, Dr. Adel Mansour, spoke to reporters.",
  "en", [MW(HADDAD, NOUR)], [MW(HADDAD, MANSOUR)]),
 ("cut_after_then",
  "President Karim Haddad later met Minister of Health, Dr. Salem Nour, who briefed him on the "
  "vaccine programme, then", "en", [MW(HADDAD, NOUR)], []),
 ("delegation_met_de_facto_leader",
  "A Jordanian delegation led by Deputy Foreign Minister Karim Haddad met Syria's de facto "
  "leader Salem Nour in Damascus on Tuesday.", "en", [MW(HADDAD, NOUR)], []),
 ("delegation_met_reporters_de_facto_left",
  "A Jordanian delegation led by Deputy Foreign Minister Karim Haddad met reporters in Damascus "
  "after Syria's de facto leader Salem Nour left.", "en", [], [MW(HADDAD, NOUR)]),
 ("cut_after_de_facto",
  "A Jordanian delegation led by Deputy Foreign Minister Karim Haddad met Syria's de facto", "en",
  [], []),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_meeten_s40(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
