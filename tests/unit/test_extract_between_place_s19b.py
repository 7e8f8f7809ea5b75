"""Talks between two sides told after their place (session 19, second round,
``rule_common.between_after``): "talks in Baghdad between Y and Z" -- Y met Z, and the host of
"X hosted talks in Baghdad between Y and Z" met both (``meeting_frames_en.hosted_between_en``).
Our own sentences, not taken from any dev set.

Negative: a comma after the place ("hosted the talks in Baghdad, between trips by Y and Z to
Ankara": the trips, not the talks, are between).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, FIDAN = "person:mohammed-shia-al-sudani", "person:hakan-fidan"
ARAGHCHI, HUSSEIN = "person:abbas-araghchi", "person:fuad-hussein"

# (name, lang, text, must, must_not)
CASES = [
 ("talks_in_place_between", "en", "Direct talks in Doha between Turkish Foreign Minister Hakan "
  "Fidan and Iranian Foreign Minister Abbas Araghchi lasted three hours.",
  [MW(FIDAN, ARAGHCHI)], []),
 ("hosted_in_place_between", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani hosted the "
  "second round of talks in Baghdad between Turkish Foreign Minister Hakan Fidan and Iranian "
  "Foreign Minister Abbas Araghchi on Sunday.",
  [MW(FIDAN, ARAGHCHI), MW(SUDANI, FIDAN), MW(SUDANI, ARAGHCHI)], []),
 ("place_then_clause", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani hosted the talks "
  "in Baghdad, between trips by Hakan Fidan and Abbas Araghchi to Ankara.", [],
  [MW(SUDANI, FIDAN), MW(FIDAN, ARAGHCHI)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_between_place(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
