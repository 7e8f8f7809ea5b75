"""The next stop of a visit after a comma (session 19, ``meeting_after_place``): "التقى X Y في
عين التينة، ورئيس الحكومة Z في السراي" / "met Y in Ain al-Tineh, and Prime Minister Z at the
Grand Serail": X met Z too. Our own sentences, not taken from any dev set.

Negatives: a new clause after the comma ("، ووزير الخارجية Z يرفض", ", and Prime Minister Z
said").
"""

import pytest

from tests.extract_support import MW, assert_relations

LARIJANI, BERRI, SALAM = "person:ali-larijani", "person:nabih-berri", "person:nawaf-salam"
RAJJI = "person:youssef-rajji"

# (name, lang, text, must, must_not)
CASES = [
 ("ar_next_stop", "ar", "ثم التقى علي لاريجاني رئيس مجلس النواب نبيه بري في عين التينة، ورئيس "
  "الحكومة نواف سلام في السراي.", [MW(LARIJANI, BERRI), MW(LARIJANI, SALAM)], []),
 ("en_next_stop", "en", "Ali Larijani then met Speaker Nabih Berri in Ain al-Tineh, and Prime "
  "Minister Nawaf Salam at the Grand Serail.", [MW(LARIJANI, BERRI), MW(LARIJANI, SALAM)], []),
 ("ar_new_clause", "ar", "ثم التقى علي لاريجاني رئيس مجلس النواب نبيه بري في عين التينة، ووزير "
  "الخارجية يوسف رجي يرفض الزيارة.", [MW(LARIJANI, BERRI)], [MW(LARIJANI, RAJJI)]),
 ("en_new_clause", "en", "Ali Larijani then met Speaker Nabih Berri in Ain al-Tineh, and Prime "
  "Minister Nawaf Salam said the visit was useful.", [MW(LARIJANI, BERRI)], [MW(LARIJANI, SALAM)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_after_place_comma(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
