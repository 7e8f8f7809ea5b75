"""English passive meeting with a place phrase of an arrival between the participle and
"by" (session 12, ``core_recall.EN_PLACE_NOUNS``): "X was met on the tarmac by Y", "was
greeted at the foot of the aircraft steps by Y", "was welcomed at the terminal gate by Y".
"X flew in on a <plane> and was met by Y": X, not the plane (which the mention step may
read as a name). Not without "by" ("was received on the tarmac, media said, quoting Y"). The Arabic
reception on the tarmac is the guard case. Our own sentences, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, HUSSEIN = "person:abbas-araghchi", "person:fuad-hussein"
SOLEIMANI, MUHANDIS = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"


CASES = [
 ("en_met_on_the_tarmac",
  "Qasem Soleimani flew in from Damascus and was met on the tarmac by Abu Mahdi "
  "al-Muhandis.", "en", [MW(SOLEIMANI, MUHANDIS)], []),
 ("en_greeted_at_the_foot_of_the_steps",
  "Abbas Araghchi was greeted at the foot of the aircraft steps by Foreign Minister Fuad "
  "Hussein.", "en", [MW(ARAGHCHI, HUSSEIN)], []),
 ("en_welcomed_at_the_terminal_gate",
  "Abbas Araghchi was welcomed at the terminal gate by Fuad Hussein on Sunday.", "en",
  [MW(ARAGHCHI, HUSSEIN)], []),
 ("en_flew_in_on_a_plane_subject_not_the_plane",
  "Abbas Araghchi flew in from Beirut on a Qatar Airways Airbus and was met on the tarmac "
  "by Fuad Hussein.", "en", [MW(ARAGHCHI, HUSSEIN)], []),
 ("en_day_before_subject_guard",
  "On Wednesday Abbas Araghchi travelled to Erbil, where he was received by Fuad Hussein.",
  "en", [MW(ARAGHCHI, HUSSEIN)], []),
 ("en_no_by_agent",
  "Abbas Araghchi was received on the tarmac, Iraqi media said, quoting Fuad Hussein.", "en",
  [], [MW(ARAGHCHI, HUSSEIN)]),
 ("ar_reception_on_the_tarmac_guard",
  "وكان في استقبال عراقجي على أرض المطار وزير الخارجية فؤاد حسين.", "ar",
  [MW(ARAGHCHI, HUSSEIN)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_passive_place(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
