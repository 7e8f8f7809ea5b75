"""English relations on the session-42 new writers' shapes (our own sentences, not taken from
any dev set).

- A hyphenated modifier between "held" and the meeting noun ("A and B held high-level talks",
  "held one-on-one talks": ``hyphen_modifiers_en`` for ``meeting_phrases.held_before_en``),
  also with a companion after it (", joined by <country>'s ambassador in <city>, C"). Not a
  scheduled or denied meeting ("were due to hold high-level talks"), nor a text cut right after
  the hyphen.
"""

import pytest

from tests.extract_support import MW, assert_relations

FAROUK, HADDAD, NASSAR = "person:omar-farouk", "person:sami-haddad", "person:karim-nassar"

# (name, text, lang, must, must_not)
CASES = [
 ("held_high_level_talks",
  "Trade Minister Omar Farouk and his Jordanian counterpart Sami Haddad held high-level talks "
  "in Amman on Monday.", "en", [MW(FAROUK, HADDAD)], []),
 ("held_one_on_one_talks_joined_by",
  "Omar Farouk and Sami Haddad held one-on-one talks in Amman, joined by Egypt's ambassador in "
  "Amman, Karim Nassar.", "en",
  [MW(FAROUK, HADDAD), MW(FAROUK, NASSAR), MW(HADDAD, NASSAR)], []),
 ("due_to_hold_high_level_talks",
  "Omar Farouk and Sami Haddad were due to hold high-level talks on Monday, but the meeting "
  "was postponed.", "en", [], [MW(FAROUK, HADDAD)]),
 ("denied_high_level_talks",
  "Omar Farouk and Sami Haddad denied that they had held high-level talks in Amman.", "en",
  [], [MW(FAROUK, HADDAD)]),
 ("cut_after_hyphen",
  "Omar Farouk and Sami Haddad held high-", "en", [], []),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_nrelen_s42(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
