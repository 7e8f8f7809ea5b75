"""Attendees of the meeting told before, two more openings (session 18). Our own sentences, not
taken from any dev set.

- Arabic "وانضم إلى الوفد في لقاء <place> X": X met the host who received the delegation (even
  when X's own later meeting follows in the same sentence);
- English "Around the table were A, <apposition>, B and C" after "X met leaders of <group>": A,
  B and C met X.
- Negatives: "انضم إلى الحزب X" (joined a party: no meeting); "At the table were" with no
  meeting before; the group case only when the meeting had one person on it.
"""

import pytest

from tests.extract_support import MW, assert_relations

AOUN, COOPER, BARRACK = "person:joseph-aoun", "person:brad-cooper", "person:tom-barrack"
ORTAGUS = "person:morgan-ortagus"
SUDANI, AMIRI, KHAZALI = ("person:mohammed-shia-al-sudani", "person:hadi-al-amiri",
                          "person:qais-al-khazali")

# (name, lang, text, must, must_not)
CASES = [
 ("ar_joined", "ar", "استقبل الرئيس جوزاف عون في بعبدا توم باراك ومورغان أورتاغوس. وانضم إلى الوفد "
  "في لقاء بعبدا الأدميرال براد كوبر.", [MW(COOPER, AOUN)], []),
 ("ar_joined_party", "ar", "استقبل الرئيس جوزاف عون في بعبدا توم باراك ومورغان أورتاغوس. وانضم "
  "إلى الحزب براد كوبر.", [], [MW(COOPER, AOUN)]),
 ("en_table", "en", "Mohammed Shia al-Sudani met the leaders of armed factions on Monday. Around "
  "the table were Hadi al-Amiri, the Badr chief, and Qais al-Khazali.",
  [MW(AMIRI, SUDANI), MW(KHAZALI, SUDANI)], [MW(AMIRI, KHAZALI)]),
 ("en_table_no_meeting", "en", "Mohammed Shia al-Sudani flew to Paris on Monday. Around the table "
  "were Hadi al-Amiri and Qais al-Khazali.", [], [MW(AMIRI, SUDANI), MW(KHAZALI, SUDANI)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_attendee_openings(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
