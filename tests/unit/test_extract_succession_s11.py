"""SUCCESSOR_OF constructions (session 11), our own sentences in both languages.

- step 1: the new holder of a role set off by a comma (or a copula), with the predecessor's
  going after "after / بعد": "X, the new army chief after Y stepped down", "X, the new Quds
  Force commander after Y was killed" (words between "new" and the role noun), "X, who became
  army chief after Y was fired" ("fired" / "sacked" are a going); Arabic "X، رئيس الأركان
  الجديد بعد استقالة Y", "X القائد الجديد لفيلق القدس عقب مقتل Y" (sentence-initial X).
  Negatives: an event that is no going ("after a meeting with Y"), "X met Y after he was
  fired" (no role marked new), "التقى X رئيس الأركان الجديد بعد ..." (X met the new chief),
  "زار X المقر الجديد بعد ..." (no title), "the new government after Y resigned" (no role).

Each case: (name, text, lang, SUCCESSOR_OF that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import SO, assert_relations

HASSAN, JABOURI = "person:karim-hassan", "person:saad-jabouri"
SOL, QAANI = "person:qasem-soleimani", "person:esmail-qaani"


CASES = [
 # ---- step 1: the new holder of a role after the predecessor's going
 ("en_apposition_new_chief_after_stepped_down",
  "General Karim Hassan, the new army chief after General Saad Jabouri stepped down, met "
  "reporters.", "en", [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_apposition_new_org_commander_after_killed",
  "Esmail Qaani, the new Quds Force commander after Qassem Soleimani was killed, met "
  "reporters.", "en", [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
 ("en_who_became_after_fired",
  "General Karim Hassan, who became army chief after General Saad Jabouri was fired, met "
  "reporters.", "en", [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_copula_new_leader_after_sacked",
  "General Karim Hassan is the new army chief after General Saad Jabouri was sacked.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("ar_apposition_new_after_resignation",
  "اللواء كريم حسن، رئيس الأركان الجديد بعد استقالة اللواء سعد الجبوري، التقى الصحفيين.", "ar",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("ar_said_apposition_new_after_assassination",
  "وقال إسماعيل قاآني، القائد الجديد لفيلق القدس بعد اغتيال قاسم سليماني، إن الرد قادم.", "ar",
  [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
 ("ar_headline_new_after_killing",
  "إسماعيل قاآني القائد الجديد لفيلق القدس عقب مقتل قاسم سليماني.", "ar",
  [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
 # negatives
 ("en_new_chief_after_meeting",
  "General Karim Hassan, the new army chief after a meeting with General Saad Jabouri, spoke.",
  "en", [], [SO(HASSAN, JABOURI), SO(JABOURI, HASSAN)]),
 ("en_met_after_fired_no_new_role",
  "General Karim Hassan, the new army chief, met General Saad Jabouri after he was fired.", "en",
  [], [SO(JABOURI, HASSAN)]),
 ("en_new_government_no_role",
  "General Karim Hassan, the new government after General Saad Jabouri resigned, spoke.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("ar_met_the_new_chief",
  "التقى اللواء كريم حسن رئيس الأركان الجديد بعد وفاة اللواء سعد الجبوري.", "ar",
  [], [SO(HASSAN, JABOURI), SO(JABOURI, HASSAN)]),
 ("ar_visited_new_headquarters",
  "زار اللواء كريم حسن المقر الجديد بعد استقالة اللواء سعد الجبوري.", "ar",
  [], [SO(HASSAN, JABOURI), SO(JABOURI, HASSAN)]),
 ("ar_new_after_meeting",
  "والتقى إسماعيل قاآني، القائد الجديد لفيلق القدس، بعد لقاء قاسم سليماني.", "ar",
  [], [SO(QAANI, SOL), SO(SOL, QAANI)]),
 ("ar_negated_new",
  "ولم يكن اللواء كريم حسن، رئيس الأركان الجديد بعد استقالة اللواء سعد الجبوري، حاضراً.", "ar",
  [], [SO(JABOURI, HASSAN)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_s11(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
