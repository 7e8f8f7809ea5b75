"""English "X received two envoys of Y, A and B" and "The envoys also met C" (session 18).
Our own sentences, not taken from any dev set.

- the plural object "of Y", then the people named after a comma: A and B are met, not Y;
- "The envoys also held talks with C" right after: the two named envoys meet C.
- Negatives: a singular "the envoy of Y" gives no partner after it; "The envoys" with no
  "two envoys, A and B" before it refers to nobody.
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, BIDEN = "person:mohammed-shia-al-sudani", "person:joe-biden"
MCGURK, HOCHSTEIN = "person:brett-mcgurk", "person:amos-hochstein"
HUSSEIN = "person:fuad-hussein"

TWO = ("Mohammed Shia al-Sudani hosted two senior aides of President Joe Biden on Sunday, the "
       "adviser Brett McGurk and the envoy Amos Hochstein, for talks on electricity.")
# (name, text, must, must_not)
CASES = [
 ("plural_of_then_names", TWO, [MW(SUDANI, MCGURK), MW(SUDANI, HOCHSTEIN)],
  [MW(SUDANI, BIDEN)]),
 ("the_envoys_later", "Mohammed Shia al-Sudani received two envoys of Joe Biden on Monday, "
  "Brett McGurk and Amos Hochstein. The envoys then held talks with Fuad Hussein.",
  [MW(MCGURK, HUSSEIN), MW(HOCHSTEIN, HUSSEIN)], [MW(BIDEN, HUSSEIN)]),
 ("singular_envoy", "Mohammed Shia al-Sudani hosted the senior aide of President Joe Biden on "
  "Sunday in Baghdad.", [], [MW(SUDANI, BIDEN)]),
 ("no_antecedent", "Brett McGurk and Amos Hochstein flew to Baghdad on Monday. The envoys then "
  "held talks with Fuad Hussein.", [], [MW(MCGURK, HUSSEIN), MW(HOCHSTEIN, HUSSEIN)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_plural_object(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
