"""Signers and witnesses (session 19, second round): "The joint statement was signed by X and
Y" -- X met Y (``meeting_signed_en._passive``: a statement only when joint). Our own sentences,
not taken from any dev set.

And a witness of a third country at a meeting of two ("X received Y in the presence of Iranian
minister C") met both (``meeting_sides_en.third_country``, as an attendee does).

Negatives: a statement that is not joint ("The statement was signed by X and Y": an open letter
many sign apart); a witness of one side still meets only the other side.
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, ARAGHCHI = "person:hakan-fidan", "person:abbas-araghchi"
SUDANI, HUSSEIN = "person:mohammed-shia-al-sudani", "person:fuad-hussein"

# (name, lang, text, must, must_not)
CASES = [
 ("joint_statement_signed_by", "en", "The joint statement was signed by Turkish Foreign "
  "Minister Hakan Fidan and Iranian Foreign Minister Abbas Araghchi on Tuesday.",
  [MW(FIDAN, ARAGHCHI)], []),
 ("statement_not_joint", "en", "The statement was signed by Turkish Foreign Minister Hakan "
  "Fidan and Iranian Foreign Minister Abbas Araghchi among others.", [],
  [MW(FIDAN, ARAGHCHI)]),
 ("presence_third_country", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani received "
  "Turkish Foreign Minister Hakan Fidan in Baghdad in the presence of Iranian Foreign Minister "
  "Abbas Araghchi.", [MW(SUDANI, FIDAN), MW(ARAGHCHI, SUDANI), MW(ARAGHCHI, FIDAN)], []),
 ("presence_own_side", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani received Turkish "
  "Foreign Minister Hakan Fidan in Baghdad in the presence of Iraqi Foreign Minister Fuad "
  "Hussein.", [MW(SUDANI, FIDAN), MW(HUSSEIN, FIDAN), MW(HUSSEIN, SUDANI)], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_signed_presence(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
