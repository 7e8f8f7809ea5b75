"""English passive meeting whose agent is a description with the name in apposition (session
12, ``loaders/extract/meeting_passive_agent.py``): "X was received by Iraq's top Shiite
cleric, Grand Ayatollah Y", "was welcomed by the country's president, Y". Not the speaker of
"..., Y said", not a country as agent. Arabic has no such passive; an Arabic active
reception with a description before the name is the guard case. Our own sentences, not taken
from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ROUHANI, SISTANI = "person:hassan-rouhani", "person:ali-al-sistani"
SALIH, HUSSEIN = "person:barham-salih", "person:fuad-hussein"


CASES = [
 ("en_country_poss_description",
  "Hassan Rouhani was received on Wednesday by Iraq's most senior Shiite cleric, Grand "
  "Ayatollah Ali al-Sistani, at his home in Najaf.", "en",
  [MW(ROUHANI, SISTANI)], []),
 ("en_the_country_s_president",
  "Hassan Rouhani was welcomed at the palace by the country's president, Barham Salih.",
  "en", [MW(ROUHANI, SALIH)], []),
 ("en_speaker_after_comma",
  "Hassan Rouhani was received by the Iraqi delegation, Fuad Hussein said on Thursday.",
  "en", [], [MW(ROUHANI, HUSSEIN)]),
 ("en_country_agent_no_name",
  "Hassan Rouhani was hosted by Iraq, whose president Barham Salih praised the visit.",
  "en", [], [MW(ROUHANI, SALIH)]),
 ("ar_active_description_guard",
  "واستقبل المرجع الشيعي الأعلى في العراق علي السيستاني الرئيس الإيراني حسن روحاني في "
  "منزله بالنجف.", "ar", [MW(ROUHANI, SISTANI)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_passive_agent(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
