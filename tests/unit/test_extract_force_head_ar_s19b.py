"""A unit's name is no person (session 19, second round, ``arabic_name_words.AR_BODY_NOUNS``):
"قائد قوة الرد السريع ... الجنرال Y" / "غرفة العمليات" / "خلية الإعلام": قوة, غرفة and خلية start
the name of a body, never a person's, so "قوة الرد" is not read as a new person and the
meeting goes to the general named after the title. Our own sentences, not taken from any dev
set. (English capitalises "Task Force": no person is read there already.)

Negative: the unit's name is not a participant of the meeting.
"""

import pytest

from tests.extract_support import MW, assert_relations

GULER, CAVOLI = "person:yasar-guler", "person:christopher-kafuli"

CASES = [
 ("ar_force_commander", "استقبل وزير الدفاع التركي يشار غولر قائد قوة الرد السريع للحلف الأطلسي "
  "الجنرال كريستوفر كافولي في أنقرة.", [MW(GULER, CAVOLI)], [MW(GULER, "person:qua-al-rad")]),
 ("ar_operations_room", "استقبل وزير الدفاع التركي يشار غولر رئيس غرفة العمليات المشتركة "
  "الجنرال كريستوفر كافولي في أنقرة.", [MW(GULER, CAVOLI)],
  [MW(GULER, "person:ghurfa-al-amaliyat")]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_force_head_ar(ex, name, text, must, must_not) -> None:
    doc = ex.extract(text, lang="ar")
    assert_relations(doc, name, must, must_not)
    assert not any(e["type"] == "Person" and e["id"].startswith(("person:qua", "person:ghurf"))
                   for e in doc["entities"]), name
