"""MET_WITH: "X told <country>'s <lower-case title> Y during a meeting ..." -- the words
after a possessive before the addressee's name are his title ("Iran's top security official
Ali Larijani"), so X met Y. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

AOUN, LARIJANI, ARAGHCHI = "person:joseph-aoun", "person:ali-larijani", "person:abbas-araghchi"


# (name, text, must, must_not)
CASES = [
 ("poss_long_title",
  "Lebanese President Joseph Aoun told Iran's top security official Ali Larijani during a "
  "meeting at the Baabda palace on Wednesday that Lebanon rejected any interference.",
  [MW(AOUN, LARIJANI)], []),
 ("poss_lower_title_talks",
  "Joseph Aoun told Iran's foreign minister Abbas Araghchi during talks in Beirut that Lebanon "
  "wanted calm.", [MW(AOUN, ARAGHCHI)], []),
 ("capitalised_title_still",
  "Joseph Aoun told Iranian Foreign Minister Abbas Araghchi during a meeting that Lebanon "
  "wanted calm.", [MW(AOUN, ARAGHCHI)], []),
 # negatives: a phone call, an outlet addressed, reporters
 ("poss_title_by_phone",
  "Joseph Aoun told Iran's top security official Ali Larijani by phone that Lebanon rejected "
  "any interference.", [], [MW(AOUN, LARIJANI)]),
 ("poss_outlet_addressed",
  "Joseph Aoun told Iran's state television during a meeting that Ali Larijani was welcome.",
  [], [MW(AOUN, LARIJANI)]),
 ("reporters",
  "Joseph Aoun told reporters that Abbas Araghchi during a meeting had said nothing.", [],
  [MW(AOUN, ARAGHCHI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_told_titled_addressee(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
