""""قتلت X ومعه Y": Y was killed with X, not by X (session 13). X after a feminine killing verb
is its object (the killer is a feminine subject before, or none named); "ومعه Y" adds a
companion victim. Our own sentences, not taken from any dev set.

Each case: (name, text, lang, triples that must be found, triples that must NOT be found).
"""

import pytest

from tests.extract_support import AB, assert_relations

AQIL, WAHBI = "person:ibrahim-aqil", "person:ahmed-wahbi"
ISR = "country:israel"


CASES = [
 ("ar_killed_x_with_him_y_no_agent", "قتلت إبراهيم عقيل ومعه أحمد وهبي.", "ar", [],
  [AB(WAHBI, AQIL)]),
 ("ar_killed_x_with_him_titled_y_no_agent",
  "وقتلت إبراهيم عقيل ومعه القيادي أحمد وهبي في بيروت.", "ar", [], [AB(WAHBI, AQIL)]),
 ("ar_israel_killed_x_with_him_y",
  "قتلت إسرائيل إبراهيم عقيل ومعه أحمد وهبي.", "ar", [AB(AQIL, ISR), AB(WAHBI, ISR)],
  [AB(WAHBI, AQIL)]),
 ("ar_israel_assassinated_x_with_him_y_strike",
  "اغتالت إسرائيل إبراهيم عقيل ومعه القيادي أحمد وهبي في غارة على بيروت.", "ar",
  [AB(AQIL, ISR), AB(WAHBI, ISR)], [AB(WAHBI, AQIL)]),
 ("ar_strike_killed_x_with_him_y",
  "قتلت غارة إسرائيلية إبراهيم عقيل ومعه أحمد وهبي.", "ar",
  [AB(AQIL, ISR), AB(WAHBI, ISR)], [AB(WAHBI, AQIL)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_companion(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
