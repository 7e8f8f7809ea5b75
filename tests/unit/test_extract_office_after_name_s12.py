"""Names (session 12): a definite office noun after a subject's name is the office taken, not
a family name ("تولى السلطان هيثم الحكم", "تسلّم الملك سلمان العرش"), so the succession
finds the person; "السلطان هيثم" alone is Oman's sultan. Our own sentences.

Negatives: the succession stays one-way; the office noun is no person of its own.
"""

import pytest

from tests.extract_support import SO, assert_relations

HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"


CASES = [
 ("ar_sultan_took_rule",
  "ويتولى السلطان هيثم الحكم منذ كانون الثاني 2020 خلفاً للسلطان الراحل قابوس بن سعيد.", "ar",
  [SO(HAITHAM, QABOOS)], [SO(QABOOS, HAITHAM), SO("person:haitham-al-hakm", QABOOS)]),
 ("ar_since_he_took_rule",
  "وهذا أول تعديل منذ أن تولى السلطان هيثم الحكم خلفاً لابن عمه السلطان قابوس بن سعيد.", "ar",
  [SO(HAITHAM, QABOOS)], [SO("person:haitham-al-hakm", QABOOS)]),
 ("ar_took_the_ministry_after",
  "وتسلم الوزير كريم حسن الوزارة بعد استقالة سعد الجبوري.", "ar",
  [SO("person:karim-hassan", "person:saad-al-jubouri")],
  [SO("person:karim-hassan-al-wazara", "person:saad-al-jubouri")]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_office_after_name_s12(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
