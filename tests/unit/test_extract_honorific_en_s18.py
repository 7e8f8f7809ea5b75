"""English "His Majesty" / "His Highness" with no name after it: the last person titled that
way before (session 18, third round; the Arabic "جلالته" / "سموه" of the first round). Our own
sentences, not taken from any dev set.

- "His Majesty was greeted ... by Y" after "His Majesty Sultan X": X met Y; so for Highness;
- Negative: no one titled Majesty before (a president): no one is made up.
"""

import pytest

from tests.extract_support import MW, assert_relations

HAITHAM, TAMIM = "person:haitham-bin-tariq", "person:tamim-bin-hamad-al-thani"
RAISI, MBZ = "person:ebrahim-raisi", "person:mohamed-bin-zayed"

# (name, text, must, must_not)
CASES = [
 ("majesty", "His Majesty Sultan Haitham bin Tarik flew to Doha on Tuesday for a two-day visit. "
  "His Majesty was greeted at the airport by Sheikh Tamim bin Hamad Al Thani.",
  [MW(HAITHAM, TAMIM)], []),
 ("highness", "His Highness Sheikh Mohamed bin Zayed arrived in Tehran on Sunday. His Highness "
  "was welcomed at the airport by President Ebrahim Raisi.", [MW(MBZ, RAISI)], []),
 ("no_bearer", "President Ebrahim Raisi flew to Doha on Tuesday. His Majesty was greeted at the "
  "palace by Sheikh Tamim bin Hamad Al Thani.", [], [MW(RAISI, TAMIM)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_honorific_en(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
