"""English meetings, session 40 (our own sentences, not taken from any dev set).

- The attendee before a relative clause the older readers did not reach
  (``relative_attendee_en`` for ``meeting_attended.listed_before_comma``): "A, <apposition>,
  who <clause>, also sat in on the talks / attended", a long clause naming another person
  ("A, who took over ... from B, sat in on the talks between X and Y": A, not B) and one
  apposition inside the clause ("A, who heads the P movement, the group's political front,
  also attended the meeting"). Not "did not sit in", nor a clause of two comma-parts that is no
  apposition, nor a text cut right after the relative clause.
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
 # negatives
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
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_meeten_s40(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
