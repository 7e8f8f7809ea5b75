"""A tour told in one sentence: after "استقبله Y في <first stop>، ثم توجه إلى <place> والتقى
Z" the traveller (the visitor of the sentence, also when a visit noun names him: "أول
زيارة خارجية لـX") met Z, not Y who received him (session 12,
``loaders/extract/meeting_tour.py`` with ``meeting_visitor``). Our own sentences, not taken
from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, TAMIM = "person:abbas-araghchi", "person:tamim-bin-hamad-al-thani"
HAITHAM, FIDAN = "person:haitham-bin-tariq", "person:hakan-fidan"
SUD, NECHIRVAN = "person:mohammed-shia-al-sudani", "person:nechirvan-barzani"


CASES = [
 ("ar_visit_noun_visitor_then_moved_on",
  "وهذه ثاني زيارة إقليمية لوزير الخارجية الإيراني عباس عراقجي منذ تعيينه، إذ استقبله في "
  "الدوحة الشيخ تميم بن حمد، ثم توجه إلى مسقط والتقى السلطان هيثم بن طارق.", "ar",
  [MW(ARAGHCHI, TAMIM), MW(ARAGHCHI, HAITHAM)], [MW(TAMIM, HAITHAM)]),
 ("ar_arrival_verb_then_moved_on",
  "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد حيث استقبله رئيس الوزراء محمد شياع "
  "السوداني، ثم انتقل إلى أربيل والتقى نيجيرفان بارزاني.", "ar",
  [MW(FIDAN, SUD), MW(FIDAN, NECHIRVAN)], [MW(SUD, NECHIRVAN)]),
 ("ar_moved_on_with_own_subject",
  "واستقبل السوداني فيدان في بغداد، ثم توجه السوداني إلى أربيل والتقى نيجيرفان بارزاني.",
  "ar", [MW(SUD, FIDAN), MW(SUD, NECHIRVAN)], [MW(FIDAN, NECHIRVAN)]),
 ("en_received_then_travelled_on",
  "Abbas Araghchi was received in Doha by Sheikh Tamim bin Hamad Al Thani, then travelled to "
  "Muscat and met Sultan Haitham bin Tariq.", "en",
  [MW(ARAGHCHI, TAMIM), MW(ARAGHCHI, HAITHAM)], [MW(TAMIM, HAITHAM)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_tour(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
