"""English meetings, session 39 (our own sentences, not taken from any dev set).

- The Gulf press's spaced styles "H H" (His Highness) and "H E" (His Excellency) before a title
  or a name ("H H the Amir Sheikh X received President H H Sheikh Y"): a style, no person "H H"
  (``not_person_runs_en.spaced_style_en``, read by ``bodies`` and ``title_holders``). Not the
  initials "H. E." of a name, and no meeting when the sentence negates or plans it.
"""

import pytest

from tests.extract_support import MW, assert_relations

HADDAD, NOUR = "person:karim-haddad", "person:salem-nour"
MANSOUR = "person:adel-mansour"
HH, HE = "person:h-h", "person:h-e"

# (name, text, lang, must, must_not)
CASES = [
 ("spaced_styles_received",
  "Doha: H H the Amir Sheikh Karim Haddad received at Qasr Palace yesterday President H H Sheikh "
  "Salem Nour, who arrived on a short visit.", "en", [MW(HADDAD, NOUR)],
  [MW(HH, HADDAD), MW(HH, NOUR)]),
 # negatives
 ("spaced_styles_negated",
  "Doha: H H the Amir Sheikh Karim Haddad did not receive President H H Sheikh Salem Nour, who "
  "arrived on a short visit.", "en", [], [MW(HADDAD, NOUR), MW(HH, HADDAD), MW(HH, NOUR)]),
 ("spaced_styles_planned",
  "Doha: H H the Amir Sheikh Karim Haddad will receive President H E Salem Nour next week.", "en",
  [], [MW(HADDAD, NOUR), MW(HE, HADDAD), MW(HH, NOUR)]),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_meeten_s39(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
