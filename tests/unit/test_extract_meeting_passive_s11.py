"""The subject of a meeting verb after a passive (session 11, ``meeting_clauses.py``): "X was
received by Y at ... and later held talks with Z" / "استُقبل X من قبل Y ...، ثم أجرى محادثات
مع Z" -- Z met X, not the passive's agent Y; a body in a reporting clause after the partner
("..., Pentagon officials said") is no partner. Our own sentences in both languages, not
taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, SUD = "person:hakan-fidan", "person:mohammed-shia-al-sudani"
FUAD, PEZ = "person:fuad-hussein", "person:masoud-pezeshkian"
ARAGHCHI, ASSAD = "person:abbas-araghchi", "person:bashar-al-assad"
MEKDAD = "person:faisal-mekdad"
ABBASI, PENTAGON = "person:thabet-al-abbasi", "organization:us-department-of-defense"


CASES = [
 ("en_passive_then_held_talks",
  "Iraqi Prime Minister Mohammed Shia al-Sudani hosted a dinner in Baghdad on Monday. Turkish "
  "Foreign Minister Hakan Fidan was received by Sudani at the prime minister's office and "
  "later held talks with Foreign Minister Fuad Hussein.", "en",
  [MW(FIDAN, SUD), MW(FIDAN, FUAD)], [MW(SUD, FUAD)]),
 ("en_passive_place_before_agent",
  "Abbas Araghchi was welcomed at the airport by Faisal Mekdad, and then held talks with "
  "President Bashar al-Assad.", "en",
  [MW(ARAGHCHI, MEKDAD), MW(ARAGHCHI, ASSAD)], [MW(MEKDAD, ASSAD)]),
 ("en_relative_clause_keeps_agent",
  "Fidan was received by Sudani, who later held talks with Fuad Hussein.", "en",
  [MW(FIDAN, SUD), MW(SUD, FUAD)], [MW(FIDAN, FUAD)]),
 ("en_reporting_body_no_partner",
  "Fidan met Defense Minister Thabet al-Abbasi and Fuad Hussein, Pentagon officials said.",
  "en", [MW(FIDAN, ABBASI), MW(FIDAN, FUAD)], [MW(FIDAN, PENTAGON)]),
 ("ar_passive_min_qibal_then_talks",
  "واستُقبل فيدان من قبل السوداني في بغداد، ثم أجرى محادثات مع وزير الخارجية فؤاد حسين.",
  "ar", [MW(FIDAN, SUD), MW(FIDAN, FUAD)], [MW(SUD, FUAD)]),
 ("ar_active_subject_kept",
  "واستقبل السوداني وزير الخارجية التركي هاكان فيدان في بغداد، وأجرى معه محادثات موسعة.",
  "ar", [MW(FIDAN, SUD)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_passive(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
