"""English "met al-Kazemi": a respelt surname found by spelling tolerance leaves "al-" outside
the mention; it still is the verb's close object (session 14, batch DA-DC). Our own sentences,
each with a second meeting later in the sentence so no fallback rule covers the first one.
"""

import pytest

from tests.extract_support import MW, assert_relations

QAANI, KADHIMI, SALIH = "person:esmail-qaani", "person:mustafa-al-kadhimi", "person:barham-salih"
SUDANI, AMIRI = "person:mohammed-shia-al-sudani", "person:hadi-al-amiri"
FACTIONS = "organization:iran-backed-militias"


# (name, text, must, must_not)
CASES = [
 ("met_al_list",
  "Qaani met al-Kazemi and President Barham Salih and urged calm, officials said, adding that "
  "the general also held talks with leaders of armed factions.",
  [MW(QAANI, KADHIMI), MW(QAANI, SALIH)], [MW(KADHIMI, SALIH)]),
 ("met_with_al",
  "Qaani met with al-Sudany on Monday, and the Iranian general later held talks with leaders of "
  "armed factions.", [MW(QAANI, SUDANI)], []),
 ("received_al",
  "Prime Minister Mohammed Shia al-Sudani received al-Amery at his office, and later held talks "
  "with leaders of armed factions.", [MW(SUDANI, AMIRI)], []),
 # negative: "al-" is no bridge across a clause: the place is no partner
 ("met_in_al_place",
  "Qaani met al-Kazemi in Baghdad on Monday.", [MW(QAANI, KADHIMI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_al_before_respelt_object(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
