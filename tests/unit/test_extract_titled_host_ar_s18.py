"""Arabic "استقبل X رئيس مجلس الوزراء، في الدوحة أمس، Y": the body in the host's title is no
guest (session 18). Our own sentences, not taken from any dev set.

- the body right after the host's title word belongs to the title; Y after the aside is met;
- Negative: no person after the aside ("..., وفداً تجارياً"): no partner is made up.
"""

import pytest

from tests.extract_support import MW, assert_relations

MBA, ARAGHCHI = "person:mohammed-bin-abdulrahman-al-thani", "person:abbas-araghchi"

# (name, text, must, must_not)
CASES = [
 ("title_body_aside", "استقبل الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية، في "
  "الدوحة مساء الأحد، وزير الخارجية الإيراني عباس عراقجي.", [MW(MBA, ARAGHCHI)],
  [("MET_WITH", "organization:ministers-council", MBA)]),
 ("no_aside_person", "استقبل الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء، في الدوحة مساء "
  "الأحد، وفداً تجارياً.", [], [MW(MBA, ARAGHCHI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_titled_host_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
