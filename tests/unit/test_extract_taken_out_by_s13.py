"""The passive of "Y took out X": "X was taken out by Y" is X killed by Y (a country, a body, or
the nationality of a strike). A move ("taken out of Beirut by"), "taken to hospital by" and a
negation are none. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

SHUKR, ISRAEL, HEZBOLLAH = "person:fuad-shukr", "country:israel", "organization:hezbollah"


CASES = [
 ("by_country", "Hezbollah commander Fuad Shukr was taken out by Israel in Beirut.",
  [AB(SHUKR, ISRAEL)], []),
 ("by_national_strike", "Fuad Shukr was taken out by an Israeli strike in Beirut.",
  [AB(SHUKR, ISRAEL)], []),
 ("relative_clause", "Fuad Shukr, who was taken out by Israel in July, had led Hezbollah's "
  "operations.", [AB(SHUKR, ISRAEL)], []),
 ("moved_not_killed", "Fuad Shukr was taken out of Beirut by Hezbollah.", [],
  [AB(SHUKR, HEZBOLLAH)]),
 ("hospital_not_killed", "Fuad Shukr was taken to hospital by Hezbollah in Beirut.", [],
  [AB(SHUKR, HEZBOLLAH)]),
 ("negated", "Fuad Shukr was not taken out by Israel, Hezbollah said.", [],
  [AB(SHUKR, ISRAEL)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_taken_out_by(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
