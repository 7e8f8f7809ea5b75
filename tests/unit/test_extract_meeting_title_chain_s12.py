"""Arabic VSO meeting verb whose subject has a chain of titles with a body inside ("استقبل
ولي العهد رئيس مجلس الوزراء الأمير X ... Y"): the person named after the titles is the
subject, not the body (session 12, ``meetings._met_svo`` with
``core_recall_meetings.commander_of``).
Our own sentences, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

MBS, SUD = "person:mohammed-bin-salman", "person:mohammed-shia-al-sudani"
ARAGHCHI = "person:abbas-araghchi"
COUNCIL = "organization:ministers-council"


CASES = [
 ("ar_crown_prince_and_council_head",
  "استقبل ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان، الأحد في الرياض، رئيس الوزراء "
  "العراقي محمد شياع السوداني.", "ar",
  [MW(MBS, SUD)], [MW(COUNCIL, MBS), MW(COUNCIL, SUD)]),
 ("ar_council_head_with_surname_after",
  "واستقبل رئيس مجلس الوزراء السوداني في بغداد وزير الخارجية الإيراني عباس عراقجي.", "ar",
  [MW(SUD, ARAGHCHI)], [MW(COUNCIL, SUD), MW(COUNCIL, ARAGHCHI)]),
 ("en_same_chain_unchanged",
  "Saudi Crown Prince and Prime Minister Mohammed bin Salman received Iraqi Prime Minister "
  "Mohammed Shia al-Sudani in Riyadh on Sunday.", "en",
  [MW(MBS, SUD)], [MW(COUNCIL, MBS)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_title_chain(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
