"""Arabic "X signed (an accord) with Y" as a meeting (session 18). Our own sentences, not taken
from any dev set.

- verb, subject after it: "وقّع X، مساء الأحد، اتفاقاً مع Y"; "وكان X قد وقّع ... مع Y";
- the subject of the clause before: "وصل X إلى بغداد، الثلاثاء، ووقّع مع Y مذكرة تفاهم";
- relative "الاتفاق الذي وقّعه X مع Y"; noun "بعد توقيع X في بكين اتفاقاً مع السعودية مع Y".
- Negatives: no person after مع ("وقّع X اتفاقات مع شركات"); a negated or planned signing; no
  VISITED of the place the accord was signed in.
(English "signed with" is left to the English meeting rules.)
"""

import pytest

from tests.extract_support import MW, assert_relations

SHAMKHANI, AIBAN, ARAJI = ("person:ali-shamkhani", "person:musaed-al-aiban",
                           "person:qassim-al-araji")
LARIJANI, SHARAA, ABDI = ("person:ali-larijani", "person:ahmed-al-sharaa",
                          "person:mazloum-abdi")
ALLAWI = "person:ali-allawi"

# (name, text, must, must_not)
CASES = [
 ("verb_subject_after", "وقّع الرئيس أحمد الشرع، مساء الأحد، اتفاقاً مع قائد قسد مظلوم عبدي في "
  "دمشق.", [MW(SHARAA, ABDI)], []),
 ("was_subject", "وكان علي شمخاني قد وقّع الاتفاق في بكين مع مستشار الأمن الوطني مساعد العيبان.",
  [MW(SHAMKHANI, AIBAN)], [("VISITED", SHAMKHANI, "country:china")]),
 ("clause_before", "وصل علي لاريجاني إلى بغداد، الثلاثاء، ووقّع مع مستشار الأمن القومي قاسم "
  "الأعرجي مذكرة تفاهم.", [MW(LARIJANI, ARAJI)], []),
 ("relative", "وأكد الوزير أن الاتفاق الذي وقّعه قاسم الأعرجي مع علي شمخاني ما زال سارياً.",
  [MW(ARAJI, SHAMKHANI)], []),
 ("noun_country_first", "وجاءت الزيارة بعد توقيع شمخاني في بكين اتفاقاً مع السعودية مع مساعد "
  "العيبان.", [MW(SHAMKHANI, AIBAN)], []),
 ("no_person", "ووقّع وزير المالية علي علاوي اتفاقات مع شركات طاقة أجنبية، وفق قاسم الأعرجي.",
  [], [MW(ALLAWI, ARAJI)]),
 ("negated", "ولم يوقّع علي لاريجاني أي اتفاق مع قاسم الأعرجي خلال الزيارة.", [],
  [MW(LARIJANI, ARAJI)]),
 ("planned", "ومن المقرر أن يوقّع علي لاريجاني مذكرة تفاهم مع قاسم الأعرجي الأسبوع المقبل.", [],
  [MW(LARIJANI, ARAJI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_signed_with_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
