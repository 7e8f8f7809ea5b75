"""ASSASSINATED_BY, Arabic: "X كان بين الذين قُتلوا في الغارة الإسرائيلية" -- X among those
killed, the agent named after the verb as for any killing (English "X was among those killed
in the Israeli strike" had it). No agent, no relation. Our own sentences, not taken from any
dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

SHARAF, ISRAEL = "person:hashem-sharaf-al-din", "country:israel"
USA = "country:united-states"


# (name, text, lang, must, must_not)
CASES = [
 ("ar_that_clause", "أكدت مصادر في صنعاء أن وزير الإعلام هاشم شرف الدين كان بين الذين قُتلوا "
  "في الغارة الإسرائيلية.", "ar", [AB(SHARAF, ISRAEL)], []),
 ("ar_from_among_verb", "وكان هاشم شرف الدين من بين الذين قتلوا في غارة أمريكية على صنعاء.",
  "ar", [AB(SHARAF, USA)], []),
 ("ar_martyred", "قالت الجماعة إن هاشم شرف الدين كان بين الذين استشهدوا في الغارة "
  "الإسرائيلية على العاصمة.", "ar", [AB(SHARAF, ISRAEL)], []),
 ("en_already", "Information Minister Hashem Sharaf al-Din was among those killed in the "
  "Israeli strike.", "en", [AB(SHARAF, ISRAEL)], []),
 # negatives: no agent; not among the dead
 ("ar_no_agent", "كان هاشم شرف الدين بين الذين قتلوا في الحادث.", "ar", [],
  [AB(SHARAF, ISRAEL)]),
 ("ar_among_attendees", "كان هاشم شرف الدين بين الحاضرين في الاجتماع الذي استهدفته غارة "
  "إسرائيلية.", "ar", [], [AB(SHARAF, ISRAEL)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_among_killed_ar(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
