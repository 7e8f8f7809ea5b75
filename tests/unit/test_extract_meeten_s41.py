"""English meetings, session 41 (our own sentences, not taken from any dev set).

- A title joined by a lower-case "and" between the verb and the met person's name ("met with
  Egypt's Minister of Planning and Economic Development B", "held talks with Oman's Minister of
  Heritage and Tourism B": ``title_joiners_en`` for ``subjects._close_object``). Not "met
  Egypt's ministers and B said ...", nor "and then flew home, while B ...", nor a text cut right
  after the "and".
"""

import pytest

from tests.extract_support import MW, assert_relations

FAROUK, HADDAD = "person:omar-farouk", "person:sami-haddad"

# (name, text, lang, must, must_not)
CASES = [
 ("title_and_possessive_object",
  "Trade Minister Omar Farouk met with Egypt's Minister of Planning and Economic Development "
  "Sami Haddad on Monday.", "en", [MW(FAROUK, HADDAD)], []),
 ("title_and_held_talks_object",
  "Trade Minister Omar Farouk held talks with Oman's Minister of Heritage and Tourism Sami "
  "Haddad in Muscat.", "en", [MW(FAROUK, HADDAD)], []),
 ("lower_case_plural_then_and",
  "Trade Minister Omar Farouk met Egypt's ministers and Sami Haddad said nothing.", "en",
  [], [MW(FAROUK, HADDAD)]),
 ("title_and_then_clause",
  "Trade Minister Omar Farouk met with Egypt's Minister of Planning and then flew home, while "
  "Sami Haddad stayed in Cairo.", "en", [], [MW(FAROUK, HADDAD)]),
 ("cut_after_title_and",
  "Trade Minister Omar Farouk met with Egypt's Minister of Planning and", "en", [], []),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_meeten_s41(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
