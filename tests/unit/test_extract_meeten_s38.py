"""English meetings, session 38 (our own sentences, not taken from any dev set).

- "X received today / in audience (at P) Y": the time word or "in audience" between the verb and
  a titled object ("Oman's Minister of Foreign Affairs Dr. Y": a title with "Dr." before the name).
  Not "received today a letter from Y", nor "received the condolences sent by Y".
"""

import pytest

from tests.extract_support import MW, assert_relations

FAISAL, HARTHY = "person:faisal-bin-khaled-al-saud", "person:salim-nasser-al-harthy"
HADDAD, NOUR = "person:karim-haddad", "person:hassan-abdul-rahim-nour"

# (name, text, lang, must, must_not)
CASES = [
 ("received_today_titled_dr",
  "Crown Prince Faisal bin Khalid Al Saud received today Oman's Minister of Foreign Affairs Dr. "
  "Salim Nasser Al Harthy.", "en", [MW(FAISAL, HARTHY)], []),
 ("received_in_audience_at_place",
  "President Karim Haddad received in audience at Qasr Palace Minister of Foreign Affairs Hassan "
  "Abdelrahim Nour.", "en", [MW(HADDAD, NOUR)], []),
 # negatives
 ("received_today_a_letter",
  "Crown Prince Faisal bin Khalid Al Saud received today a letter from Oman's Minister of Foreign "
  "Affairs Dr. Salim Nasser Al Harthy.", "en", [], [MW(FAISAL, HARTHY)]),
 ("received_today_condolences",
  "Crown Prince Faisal bin Khalid Al Saud received today the condolences sent by Oman's Minister "
  "of Foreign Affairs Dr. Salim Nasser Al Harthy.", "en", [], [MW(FAISAL, HARTHY)]),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_meeten_s38(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
