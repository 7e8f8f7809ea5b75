"""MET_WITH (session 11): two people who discussed something together met, our own sentences.

- step 5: "X and Y discussed border security", "X and Y exchanged views on ...", "X, Z and Y
  discussed ..." (each pair), reported speech ("K said X and Y discussed ..."), "... . He and
  Y reviewed ties" (he = the person named before). Arabic "بحث X وY" was read before (kept
  here as a guard). Negatives: by phone / in a phone call / in letters, "will discuss",
  "did not discuss", "The ministers of X and Y discussed", "X and Y's envoys discussed", a
  relative clause after a preposition ("asked K about X and Y, who discussed ...").

Each case: (name, text, lang, MET_WITH pairs that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, SUDANI = "person:abbas-araghchi", "person:mohammed-shia-al-sudani"
FUAD = "person:fuad-hussein"


CASES = [
 ("en_pair_discussed",
  "Mohammed Shia al-Sudani and Abbas Araghchi discussed border security on Sunday.", "en",
  [MW(ARAGHCHI, SUDANI)], []),
 ("en_pair_exchanged_views",
  "Mohammed Shia al-Sudani and Abbas Araghchi exchanged views on regional issues.", "en",
  [MW(ARAGHCHI, SUDANI)], []),
 ("en_three_discussed",
  "Sudani, Fuad Hussein and Abbas Araghchi discussed trade.", "en",
  [MW(ARAGHCHI, SUDANI), MW(FUAD, SUDANI), MW(ARAGHCHI, FUAD)], []),
 ("en_reported_pair_discussed",
  "Sudani said Fuad Hussein and Abbas Araghchi discussed trade.", "en",
  [MW(ARAGHCHI, FUAD)], []),
 ("en_he_and_y_reviewed",
  "Abbas Araghchi arrived in Baghdad on Sunday. He and Mohammed Shia al-Sudani reviewed "
  "bilateral ties.", "en", [MW(ARAGHCHI, SUDANI)], []),
 ("ar_pair_discussed_guard",
  "وبحث محمد شياع السوداني وعباس عراقجي أمن الحدود.", "ar", [MW(ARAGHCHI, SUDANI)], []),
 # negatives
 ("en_by_phone",
  "Mohammed Shia al-Sudani and Abbas Araghchi discussed border security by phone on Sunday.",
  "en", [], [MW(ARAGHCHI, SUDANI)]),
 ("en_phone_call",
  "In a phone call, Mohammed Shia al-Sudani and Abbas Araghchi discussed trade.", "en",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("en_in_letters",
  "Mohammed Shia al-Sudani and Abbas Araghchi have long discussed trade in letters.", "en",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("en_will_discuss",
  "Mohammed Shia al-Sudani and Abbas Araghchi will discuss border security.", "en",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("en_did_not_discuss",
  "Mohammed Shia al-Sudani and Abbas Araghchi did not discuss the border.", "en",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("en_ministers_of_pair",
  "The ministers of Mohammed Shia al-Sudani and Abbas Araghchi discussed trade.", "en",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("en_possessed_envoys",
  "Mohammed Shia al-Sudani and Fuad Hussein's envoys discussed trade.", "en",
  [], [MW(FUAD, SUDANI)]),
 ("en_about_pair_who_discussed",
  "Reporters asked Sudani about Fuad Hussein and Abbas Araghchi, who discussed trade.", "en",
  [], [MW(ARAGHCHI, FUAD), MW(ARAGHCHI, SUDANI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_pair_discussed_s11(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
