"""Arabic "الاجتماع ... برئاسة X، وبمشاركة Y وZ" (session 18). Our own sentences, not taken
from any dev set.

- a meeting chaired by X with the participation of Y and Z: all three met each other;
- Negatives: a delegation "برئاسة X وبمشاركة Y" (members of one delegation do not meet each
  other); a meeting planned for later.
"""

import pytest

from tests.extract_support import MW, assert_relations

LARIJANI, ARAJI, SHAMKHANI = ("person:ali-larijani", "person:qassim-al-araji",
                              "person:ali-shamkhani")
HUSSEIN = "person:fuad-hussein"

# (name, text, must, must_not)
CASES = [
 ("chair_and_two", "وعُقد في بغداد، الأربعاء، اجتماع اللجنة الأمنية المشتركة برئاسة مستشار الأمن "
  "القومي قاسم الأعرجي، وبمشاركة علي لاريجاني ووزير الخارجية فؤاد حسين.",
  [MW(ARAJI, LARIJANI), MW(ARAJI, HUSSEIN), MW(LARIJANI, HUSSEIN)], []),
 ("delegation", "ووصل إلى بغداد وفد إيراني برئاسة علي لاريجاني وبمشاركة علي شمخاني.",
  [], [MW(LARIJANI, SHAMKHANI)]),
 ("planned", "ومن المقرر أن يُعقد الاجتماع المقبل برئاسة قاسم الأعرجي وبمشاركة علي لاريجاني.",
  [], [MW(ARAJI, LARIJANI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_presided_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
