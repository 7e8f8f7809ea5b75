"""A title whose body's name goes on past the entity found (session 18). Our own sentences,
not taken from any dev set.

- "وبحث رئيس منظمة التخطيط والموازنة X مع Y": the body's entity is "منظمة التخطيط", and
  "والموازنة" still belongs to its name: X (not the body) met Y.
- Negative: a و + title word after the body starts another person ("رئيس منظمة التخطيط والوزير
  Y"): the title's holder is not Y.
"""

import pytest

from tests.extract_support import MW, assert_relations

TAMIM, FUAD, ARAGHCHI = ("person:mohammed-tamim", "person:fuad-hussein", "person:abbas-araghchi")

# (name, text, lang, must, must_not)
CASES = [
 ("ar_name_tail", "وبحث رئيس منظمة التخطيط والموازنة محمد تميم مع الوزير فؤاد حسين خطط "
  "الاستثمار.", "ar", [MW(TAMIM, FUAD)], []),
 ("ar_title_after_and", "والتقى عباس عراقجي رئيس منظمة التخطيط والوزير فؤاد حسين في بغداد.",
  "ar", [MW(ARAGHCHI, FUAD)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_body_name_tail(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
