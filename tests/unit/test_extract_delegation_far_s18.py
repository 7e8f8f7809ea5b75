"""A delegation's named members far from the meeting verb (session 18). Our own sentences, not
taken from any dev set.

- "استقبل H، مساء الأحد، في القصر الرئاسي بأنقرة، رئيس الحكومة G والوفد المرافق له، الذي ضمّ
  الوزير X ومبعوث الطاقة Y": H met G, X and Y, however long the day and place phrase before
  the guest (the verb may stand 30 words before "والوفد").
- Negatives: the members do not meet each other nor the guest; a delegation after a sentence
  end is not the verb's.
"""

import pytest

from tests.extract_support import MW, assert_relations

ERDOGAN, MASROUR = "person:recep-tayyip-erdogan", "person:masrour-barzani"
FIDAN, BAYRAKTAR = "person:hakan-fidan", "person:alparslan-bayraktar"
SUDANI, FUAD, HOCHSTEIN = ("person:mohammed-shia-al-sudani", "person:fuad-hussein",
                           "person:amos-hochstein")

# (name, text, must, must_not)
CASES = [
 ("far_verb", "استقبل الرئيس التركي رجب طيب أردوغان، مساء الأحد الماضي، في القصر الرئاسي "
  "الجديد بالعاصمة أنقرة، رئيس حكومة إقليم كوردستان مسرور بارزاني والوفد المرافق له، الذي ضمّ "
  "وزير الخارجية العراقي فؤاد حسين ومبعوث الطاقة آموس هوكشتاين.",
  [MW(ERDOGAN, MASROUR), MW(ERDOGAN, FUAD), MW(ERDOGAN, HOCHSTEIN)],
  [MW(FUAD, HOCHSTEIN), MW(MASROUR, FUAD)]),
 ("other_sentence", "استقبل الرئيس التركي رجب طيب أردوغان رئيس الوزراء محمد شياع السوداني. "
  "وكان الوفد المرافق له، الذي ضمّ فؤاد حسين، قد وصل أمس.", [MW(ERDOGAN, SUDANI)],
  [MW(SUDANI, FUAD)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_delegation_far(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
