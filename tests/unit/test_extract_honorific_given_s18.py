"""English "Sayyid Badr" after "Sayyid Badr bin Hamad Albusaidi": the honorific and the given
name are the person named in full, not the organization the gazetteer knows by that one word
(the Badr Organization). Session 18, third round; our own sentences, not from any dev set.

- positive: the person named in full before takes the bare "Sayyid Badr";
- Negative: no one named in full with that given name: nothing is made up.
"""

import pytest

from tests.extract_support import assert_relations

BADR, ALAWI = "person:badr-albusaidi", "person:yusuf-bin-alawi"
SUCC = ("SUCCESSOR_OF", BADR, ALAWI)

# (name, text, must, must_not)
CASES = [
 ("named_before", "Oman's Foreign Minister Sayyid Badr bin Hamad Albusaidi arrived in Tehran on "
  "Monday for talks. Sayyid Badr had succeeded Yusuf bin Alawi bin Abdullah in 2020.",
  [SUCC], []),
 ("not_named_before", "Sayyid Badr had succeeded Yusuf bin Alawi bin Abdullah in 2020.",
  [], [SUCC]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_honorific_given(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
