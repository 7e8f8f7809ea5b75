""""في لقاء جمعه بـY" (session 10): a meeting noun with "جمعه / جمعها" -- the one the pronoun
stands for (the clause's subject, before or after the phrase) met Y: "وقال X في لقاء جمعه
بـY إن ..."، "وفي لقاء جمعه بـY، أكد X ...". A denied, hoped-for or planned meeting gives
nothing. Our own sentences, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUD, FIDAN = "person:mohammed-shia-al-sudani", "person:hakan-fidan"
FUAD = "person:fuad-hussein"


CASES = [
 ("ar_said_in_meeting_that_joined_him_with",
  "وقال السوداني في لقاء جمعه بفيدان إن ملف المياه أولوية.", "ar", [MW(SUD, FIDAN)], []),
 ("ar_fronted_meeting_that_joined_him",
  "وفي لقاء جمعه بوزير الخارجية التركي هاكان فيدان، أكد السوداني أهمية المياه.", "ar",
  [MW(SUD, FIDAN)], []),
 ("ar_joined_her_list",
  "وقالت الوزيرة إن السوداني أكد، في اجتماع جمعه بفيدان ووزير الخارجية فؤاد حسين، أهمية "
  "المياه.", "ar", [MW(SUD, FIDAN), MW(SUD, FUAD)], [MW(FIDAN, FUAD)]),
 # negatives
 ("ar_denied_meeting", "ونفى السوداني وجود أي لقاء جمعه بفيدان.", "ar", [], [MW(SUD, FIDAN)]),
 ("ar_hoped_for_meeting", "وقال السوداني إنه يتطلع إلى لقاء يجمعه بفيدان قريباً.", "ar", [],
  [MW(SUD, FIDAN)]),
 ("ar_expected_meeting", "وتحدث السوداني عن لقاء مرتقب جمعه بفيدان.", "ar", [],
  [MW(SUD, FIDAN)]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_that_joined_him(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
