"""Who briefed someone in person met him (session 18, ``meeting_briefed_en``). Our own
sentences, not taken from any dev set.

- "X was briefed (at <place> on <date>) by A, B and C": X met A, B and C.
- "X, who ..., also met Y, and was briefed by Maj. Gen. A": X (the sentence's subject), not Y.
- Negatives: a briefing by phone or video link, a negated briefing, a briefing by people not
  named, and the active "X briefed reporters on Y".
"""

import pytest

from tests.extract_support import MW, assert_relations

BIDEN, AUSTIN, BLINKEN = "person:joe-biden", "person:lloyd-austin", "person:antony-blinken"
COOPER, ABBASI, LEAHY = "person:brad-cooper", "person:thabet-al-abbasi", "person:kevin-leahy"
SUDANI = "person:mohammed-shia-al-sudani"

# (name, text, lang, must, must_not)
CASES = [
 ("en_briefed_by_list", "President Joe Biden was briefed at the White House on Jan. 4 by Defense "
  "Secretary Lloyd Austin and Secretary of State Antony Blinken.", "en",
  [MW(BIDEN, AUSTIN), MW(BIDEN, BLINKEN)], [MW(AUSTIN, BLINKEN)]),
 ("en_and_was_briefed", "Brad Cooper, who took command in August, also met Defence Minister "
  "Thabet al-Abbasi, and was briefed by Maj. Gen. Kevin Leahy.", "en",
  [MW(COOPER, LEAHY), MW(COOPER, ABBASI)], [MW(ABBASI, LEAHY)]),
 ("en_by_phone", "Joe Biden was briefed by phone by Lloyd Austin.", "en", [],
  [MW(BIDEN, AUSTIN)]),
 ("en_negated", "Mohammed Shia al-Sudani was not briefed by Lloyd Austin before the strike.",
  "en", [], [MW(SUDANI, AUSTIN)]),
 ("en_unnamed", "Joe Biden was briefed by his aides after Lloyd Austin left.", "en", [],
  [MW(BIDEN, AUSTIN)]),
 ("en_active", "Lloyd Austin briefed reporters on Joe Biden's plan.", "en", [],
  [MW(AUSTIN, BIDEN)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_briefed(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
