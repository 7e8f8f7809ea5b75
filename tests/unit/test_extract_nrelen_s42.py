"""English relations on the session-42 new writers' shapes (our own sentences, not taken from
any dev set).

- A hyphenated modifier between "held" and the meeting noun ("A and B held high-level talks",
  "held one-on-one talks": ``hyphen_modifiers_en`` for ``meeting_phrases.held_before_en``),
  also with a companion after it (", joined by <country>'s ambassador in <city>, C"). Not a
  scheduled or denied meeting ("were due to hold high-level talks"), nor a text cut right after
  the hyphen.
- "Y, <apposition>, was killed in a raid ..., and the movement named X to replace him" after a
  sentence telling another killing: "him" is Y, the sentence's subject killed before the
  appointment (``killed_here_en`` for ``wire_succession_en``), not the earlier victim. Not
  the earlier victim, nor a text cut right after "to replace".
"""

import pytest

from tests.extract_support import MW, assert_relations

FAROUK, HADDAD, NASSAR = "person:omar-farouk", "person:sami-haddad", "person:karim-nassar"
TOPPLED = "person:adel-mansouri"
MANSOUR, KARIMI, HAIDARI = "person:tariq-mansour", "person:walid-karimi", "person:nabil-heydari"
SO = "SUCCESSOR_OF"
_EARLIER = "Israeli commandos killed the movement's founder, Tariq Mansour, in 2015. "

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
 # the lead's merge: "since" opens a clause of its own, like "after" and "before"
 ("since_clause_not_present",
  "Trade Minister Omar Farouk held talks with Sami Haddad in Amman on Friday in the presence of "
  "Karim Nassar, the highest-level visit since President Adel Mansouri was toppled.", "en",
  [MW(FAROUK, HADDAD), MW(FAROUK, NASSAR), MW(HADDAD, NASSAR)],
  [MW(FAROUK, TOPPLED), MW(HADDAD, TOPPLED), MW(NASSAR, TOPPLED)]),
 ("killed_apposed_subject_replaced",
  _EARLIER + "Walid Karimi, the head of its northern wing, was killed in 2019 in a raid by "
  "government forces in the mountains, and the movement later named Nabil Haidari to replace "
  "him.", "en", [(SO, HAIDARI, KARIMI)], [(SO, HAIDARI, MANSOUR)]),
 ("cut_after_to_replace",
  _EARLIER + "Walid Karimi, the head of its northern wing, was killed in 2019, and the "
  "movement later named Nabil Haidari to replace", "en", [], [(SO, HAIDARI, MANSOUR)]),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_nrelen_s42(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
