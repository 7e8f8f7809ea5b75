"""English MET_WITH, session 20 (``enm``). Our own sentences, not taken from any dev set.

- A body named as the adjective of a group met under its named head ("received a Hezbollah
  delegation headed by X", "met Hamas leaders led by X"): X was met, not the body
  (``meetings_en`` delegation phrase, ``meeting_clauses.named_group_members_en``); "a
  delegation from <body> headed by X" still names the body as a side.
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, QASSEM = "person:mohammed-shia-al-sudani", "person:naim-qassem"
RASHAD, HAYYA = "person:hassan-rashad", "person:khalil-al-hayya"
HEZBOLLAH, HAMAS = "organization:hezbollah", "organization:hamas"

# (name, lang, text, must, must_not)
CASES = [
 ("delegation_headed_by", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani on Sunday "
  "received a senior Hezbollah delegation headed by Naim Qassem in Baghdad.",
  [MW(SUDANI, QASSEM)], [MW(SUDANI, HEZBOLLAH)]),
 ("leaders_led_by", "en", "In Cairo, Egypt's intelligence chief Hassan Rashad has met Hamas "
  "leaders led by Khalil al-Hayya, two Egyptian officials said.",
  [MW(RASHAD, HAYYA)], [MW(RASHAD, HAMAS)]),
 ("round_led_by_elsewhere", "en", "Egypt's intelligence chief Hassan Rashad met Hamas "
  "officials on Monday, days after a round led by Khalil al-Hayya ended in Doha.",
  [], [MW(RASHAD, HAYYA)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_en_meetings_s20(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
