"""After a reception, "قبل أن / بعد أن + meeting verb" goes on with the guest, not the host
named last (session 12, ``loaders/extract/meeting_guest_then.py``): "وكان في استقبال G لدى
وصوله H، قبل أن يجري مباحثات مع Y" -> G met H and Y; "واستقبله H، قبل أن يجري مباحثات مع Y"
with no guest named -> not H-Y. Our own sentences, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUD, AREF = "person:mohammed-shia-al-sudani", "person:mohammad-reza-aref"
ARAGHCHI, FIDAN = "person:abbas-araghchi", "person:hakan-fidan"
ERDOGAN = "person:recep-tayyip-erdogan"


CASES = [
 ("ar_in_reception_then_talks_noun",
  "وكان في استقبال السوداني لدى وصوله إلى طهران النائب الأول للرئيس محمد رضا عارف، قبل أن "
  "يجري مباحثات مع وزير الخارجية عباس عراقجي.", "ar",
  [MW(SUD, AREF), MW(SUD, ARAGHCHI)], [MW(AREF, ARAGHCHI)]),
 ("ar_in_reception_then_met_verb",
  "وكان في استقبال رئيس الوزراء محمد شياع السوداني في مطار أنقرة وزير الخارجية هاكان "
  "فيدان، قبل أن يلتقي الرئيس رجب طيب أردوغان.", "ar",
  [MW(SUD, FIDAN), MW(SUD, ERDOGAN)], [MW(FIDAN, ERDOGAN)]),
 ("ar_in_reception_after_then_meeting",
  "وكان في استقبال السوداني في المطار فيدان، بعد أن عقد اجتماعاً مع أردوغان.", "ar",
  [MW(SUD, FIDAN), MW(SUD, ERDOGAN)], [MW(FIDAN, ERDOGAN)]),
 ("ar_pronoun_reception_guest_unnamed",
  "واستقبله النائب الأول للرئيس محمد رضا عارف في المطار، قبل أن يجري مباحثات مع عباس "
  "عراقجي.", "ar", [], [MW(AREF, ARAGHCHI)]),
 ("ar_plain_svo_then_clause_kept",
  "وعقد السوداني اجتماعاً مع عراقجي قبل أن يغادر طهران.", "ar",
  [MW(SUD, ARAGHCHI)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_guest_then(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
