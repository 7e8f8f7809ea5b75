"""English "The meeting was attended by A and B" after a reception (session 37,
``meeting_attended_opening_en``): the attendees met both principals and each other. Not when the
attendance is negated, nor after a phone call (no meeting), nor after two separate meetings. Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, ARAGHCHI = "person:mohammed-shia-al-sudani", "person:abbas-araghchi"
FIDAN, HUSSEIN = "person:hakan-fidan", "person:fuad-hussein"
BLINKEN, NETANYAHU = "person:antony-blinken", "person:benjamin-netanyahu"

# (name, text, lang, must, must_not)
CASES = [
 ("attended_by_two_titled",
  "Iraqi Prime Minister Mohammed Shia al-Sudani received Iranian Foreign Minister Abbas Araghchi "
  "in Baghdad on Sunday. The meeting was attended by the Turkish Foreign Minister, Mr. Hakan "
  "Fidan, and the Iraqi Foreign Minister, Dr. Fuad Hussein.", "en",
  [MW(SUDANI, ARAGHCHI), MW(FIDAN, SUDANI), MW(FIDAN, ARAGHCHI), MW(HUSSEIN, SUDANI),
   MW(HUSSEIN, ARAGHCHI), MW(FIDAN, HUSSEIN)], []),
 ("talks_attended_by_two_titled",
  "Antony Blinken received Benjamin Netanyahu at the State Department on Monday. The talks were "
  "attended by the Turkish Foreign Minister, Mr. Hakan Fidan, and the Iraqi Foreign Minister, "
  "Dr. Fuad Hussein.", "en",
  [MW(BLINKEN, NETANYAHU), MW(HUSSEIN, BLINKEN), MW(HUSSEIN, NETANYAHU), MW(FIDAN, HUSSEIN)], []),
 # negatives
 ("meeting_not_attended",
  "Mohammed Shia al-Sudani received Abbas Araghchi in Baghdad on Sunday. The meeting was not "
  "attended by the Turkish Foreign Minister, Mr. Hakan Fidan, and the Iraqi Foreign Minister, "
  "Dr. Fuad Hussein.", "en",
  [MW(SUDANI, ARAGHCHI)], [MW(HUSSEIN, SUDANI), MW(HUSSEIN, ARAGHCHI)]),
 ("phone_call_before",
  "Mohammed Shia al-Sudani spoke by phone with Abbas Araghchi on Sunday. The meeting was attended "
  "by the Turkish Foreign Minister, Mr. Hakan Fidan, and the Iraqi Foreign Minister, Dr. Fuad "
  "Hussein.", "en",
  [], [MW(HUSSEIN, SUDANI), MW(HUSSEIN, ARAGHCHI)]),
 ("two_separate_meetings_before",
  "Mohammed Shia al-Sudani received Abbas Araghchi in Baghdad, and Antony Blinken separately met "
  "Benjamin Netanyahu in Washington. The meeting was attended by the Iraqi "
  "Foreign Minister, Dr. Fuad Hussein, and Hakan Fidan.", "en",
  [], [MW(HUSSEIN, SUDANI), MW(HUSSEIN, ARAGHCHI), MW(HUSSEIN, BLINKEN), MW(HUSSEIN, NETANYAHU)]),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_attended_opening(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
