"""ASSASSINATED_BY (session 11): a nationality word is the killer only where it names the
strike's side, our own sentences.

- "another strike in the Syrian capital killed X": the adjective belongs to a place inside the
  strike's prepositional phrase, not to the strike; no agent is stated (unless "by Y" follows).
- "X was among the most senior Iranian officers killed since Y died in a U.S. drone strike":
  "killed" describes the officers, and "since" opens a clause: Y is no object of "killed",
  and the officers' nationality is no killer.
Positives keep the strike's own adjective or its "by" phrase.

Each case: (name, text, ASSASSINATED_BY pairs that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import AB, assert_relations

OMIDVAR = "person:hojjatollah-omidvar"
SOLEIMANI, ZAHEDI = "person:qasem-soleimani", "person:mohammad-reza-zahedi"
MUHANDIS = "person:abu-mahdi-al-muhandis"
SYRIA, IRAN, ISRAEL, US = "country:syria", "country:iran", "country:israel", "country:united-states"


CASES = [
 ("place_adjective_in_strike_pp",
  "In January, another strike in the Syrian capital killed Hojatollah Omidvar, the force's "
  "intelligence chief in Syria.", [], [AB(OMIDVAR, SYRIA)]),
 ("place_adjective_in_strike_pp_iraqi",
  "A drone strike near the Iraqi border killed Abu Mahdi al-Muhandis on Friday.",
  [], [AB(MUHANDIS, "country:iraq")]),
 ("strike_pp_then_by_agent",
  "A strike in the Syrian capital by Israeli jets killed Hojatollah Omidvar.",
  [AB(OMIDVAR, ISRAEL)], [AB(OMIDVAR, SYRIA)]),
 ("strike_own_adjective_kept",
  "An Israeli strike in the Syrian capital killed Hojatollah Omidvar.",
  [AB(OMIDVAR, ISRAEL)], [AB(OMIDVAR, SYRIA)]),
 ("killed_since_is_no_object",
  "Zahedi was among the most senior Iranian officers killed since Qassem Soleimani died in "
  "2020.", [], [AB(SOLEIMANI, IRAN)]),
 ("killed_since_keeps_the_real_strike",
  "Mohammad Reza Zahedi was among the most senior Iranian officers killed since Qassem "
  "Soleimani died in a U.S. drone strike in Baghdad in 2020.", [], [AB(SOLEIMANI, IRAN)]),
 ("plain_active_kept",
  "Israeli jets killed Hojatollah Omidvar in Damascus.", [AB(OMIDVAR, ISRAEL)], []),
]


@pytest.mark.parametrize("name, text, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_nationality_word_is_killer_only_for_the_strike(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
