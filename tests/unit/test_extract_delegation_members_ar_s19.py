"""The members of a delegation are no subject of the head's later meeting (session 19,
``subjects._not_delegation_members``). Our own sentences, not taken from any dev set.

- "وصل X إلى أنقرة على رأس وفد يضم A وB، والتقى Y": X met Y; A and B are not said to;
- Negative: two people named as the subject list ("التقى A وB ...، والتقيا Y") keep it.
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, FUAD, ARAJI = ("person:mohammed-shia-al-sudani", "person:fuad-hussein",
                       "person:qassim-al-araji")
ERDOGAN = "person:recep-tayyip-erdogan"

# (name, text, must, must_not)
CASES = [
 ("head_met", "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى أنقرة أمس على رأس وفد يضم وزير "
  "الخارجية فؤاد حسين ومستشار الأمن القومي قاسم الأعرجي، والتقى الرئيس التركي رجب طيب أردوغان.",
  [MW(SUDANI, ERDOGAN)], [MW(FUAD, ERDOGAN), MW(ARAJI, ERDOGAN)]),
 ("head_met_counterpart", "وكان وزير الخارجية فؤاد حسين قد وصل إلى أنقرة، الأربعاء، على رأس وفد "
  "ضم مستشار الأمن القومي قاسم الأعرجي، والتقى هناك نظيره التركي هاكان فيدان.",
  [MW(FUAD, "person:hakan-fidan")], [MW(ARAJI, "person:hakan-fidan")]),
 ("no_delegation", "التقى وزير الخارجية فؤاد حسين ومستشار الأمن القومي قاسم الأعرجي، والتقيا "
  "لاحقاً الرئيس التركي رجب طيب أردوغان.", [MW(FUAD, ERDOGAN)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_delegation_members_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
