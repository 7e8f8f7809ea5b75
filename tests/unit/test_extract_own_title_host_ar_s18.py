"""Arabic "استقبل X رئيس الدولة، في قصر ... أمس، Y": a title naming the host himself, then a
day-and-place aside; the guest is the person after the aside (session 18, third round). Our own
sentences, not taken from any dev set. (English puts the subject first: no counterpart.)

- the host's own title and the place inside the aside are no guests; Y after the aside is met;
- Negative: no person right after the aside ("..., وفداً أمنياً، فيما كان Y ..."): nothing.
"""

import pytest

from tests.extract_support import MW, assert_relations

MBZ, SHAMKHANI = "person:mohamed-bin-zayed", "person:ali-shamkhani"

# (name, text, must, must_not)
CASES = [
 ("own_title_aside", "استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة، في قصر الوطن بأبوظبي "
  "صباح الثلاثاء، علي شمخاني والوفد المرافق له.", [MW(MBZ, SHAMKHANI)], []),
 ("no_person_after_aside", "استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة، في قصر الوطن "
  "بأبوظبي صباح الثلاثاء، وفداً أمنياً كبيراً، فيما كان علي شمخاني في بكين.", [],
  [MW(MBZ, SHAMKHANI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_own_title_host_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
