"""English "included X, who met Y, and Z": Z is no partner of X (session 18). Our own sentences,
not taken from any dev set.

- Negative (the fix): the ", and Z" after the relative clause goes with X, not with Y's meeting;
- kept: a list inside the clause ("who met Y and Z", "who met Y, W and Z") is all met.
"""

import pytest

from tests.extract_support import MW, assert_relations

HUSSEIN, ZARIF, ALLAWI = ("person:fuad-hussein", "person:mohammad-javad-zarif",
                          "person:ali-allawi")
ROUHANI = "person:hassan-rouhani"

# (name, text, must, must_not)
CASES = [
 ("outer_list", "The visiting team comprised Foreign Minister Fuad Hussein, who held talks with "
  "Mohammad Javad Zarif, and Finance Minister Ali Allawi.", [MW(HUSSEIN, ZARIF)],
  [MW(HUSSEIN, ALLAWI), MW(ZARIF, ALLAWI)]),
 ("list_in_clause", "Fuad Hussein, who met Mohammad Javad Zarif and Ali Allawi in Tehran, flew "
  "home on Friday.", [MW(HUSSEIN, ZARIF), MW(HUSSEIN, ALLAWI)], []),
 ("three_in_clause", "Fuad Hussein, who met Mohammad Javad Zarif, Hassan Rouhani and Ali Allawi, "
  "flew home on Friday.", [MW(HUSSEIN, ZARIF), MW(HUSSEIN, ROUHANI), MW(HUSSEIN, ALLAWI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_relative_list(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
