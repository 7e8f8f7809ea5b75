""""ثم انتقل إلى بيروت حيث استقبله X" (session 17). Our own sentences, not taken from any dev
set.

- A sentence that opens with a verb of going whose subject is dropped ("ثم انتقل / وتوجه بعد
  ذلك إلى B حيث استقبله Y") continues the traveller of the sentences before: Y met the visitor
  (else the previous sentence's subject), not the host of the previous stop.
- When the sentence names its own traveller ("وتوجه X إلى B حيث استقبله Y"), Y met X, not the
  visitor of an earlier sentence.
- English says it with "he" and was already read; kept here as the same construction.
"""

import pytest

from tests.extract_support import MW, assert_relations

LARIJANI, SUDANI, AOUN, BERRI = ("person:ali-larijani", "person:mohammed-shia-al-sudani",
                                 "person:joseph-aoun", "person:nabih-berri")
FUAD, FIDAN, PEZ = "person:fuad-hussein", "person:hakan-fidan", "person:masoud-pezeshkian"
ARAGHCHI, MBS, TAMIM = ("person:abbas-araghchi", "person:mohammed-bin-salman",
                        "person:tamim-bin-hamad-al-thani")

# (name, text, lang, must, must_not)
CASES = [
 ("ar_then_moved_received", "زار علي لاريجاني بغداد حيث التقى رئيس الوزراء محمد شياع السوداني. "
  "ثم انتقل إلى بيروت حيث استقبله الرئيس جوزاف عون ورئيس مجلس النواب نبيه بري.", "ar",
  [MW(LARIJANI, SUDANI), MW(LARIJANI, AOUN), MW(LARIJANI, BERRI)],
  [MW(SUDANI, AOUN), MW(SUDANI, BERRI)]),
 ("ar_headed_after_time", "التقى وزير الخارجية فؤاد حسين نظيره التركي هاكان فيدان في أنقرة. "
  "وتوجه بعد ذلك إلى طهران حيث استقبله الرئيس الإيراني مسعود بزشكيان.", "ar",
  [MW(FUAD, PEZ)], [MW(FIDAN, PEZ)]),
 ("ar_arrived_then_headed", "وصل عباس عراقجي إلى الرياض واستقبله ولي العهد محمد بن سلمان. ثم "
  "توجه إلى الدوحة حيث استقبله أمير قطر تميم بن حمد.", "ar",
  [MW(ARAGHCHI, MBS), MW(ARAGHCHI, TAMIM)], [MW(MBS, TAMIM)]),
 ("ar_named_traveller", "التقى وزير الخارجية فؤاد حسين نظيره التركي هاكان فيدان في أنقرة. "
  "وتوجه هاكان فيدان بعد ذلك إلى طهران حيث استقبله الرئيس الإيراني مسعود بزشكيان.", "ar",
  [MW(FIDAN, PEZ)], [MW(FUAD, PEZ)]),
 # a thing received: no meeting
 ("ar_shipment_her", "استقبل الرئيس جوزاف عون علي لاريجاني. ثم انتقلت الشحنة إلى المرفأ حيث "
  "استقبلها مسؤولون.", "ar", [MW(LARIJANI, AOUN)], []),
 ("en_then_flew_received", "Ali Larijani visited Baghdad, where he met Prime Minister Mohammed "
  "Shia al-Sudani. He then flew to Beirut, where he was received by President Joseph Aoun.",
  "en", [MW(LARIJANI, SUDANI), MW(LARIJANI, AOUN)], [MW(SUDANI, AOUN)]),
 ("en_host_received_him", "Fuad Hussein met his Turkish counterpart Hakan Fidan in Ankara. He "
  "then headed to Tehran, where President Masoud Pezeshkian received him.", "en",
  [MW(FUAD, PEZ)], [MW(FIDAN, PEZ)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_moved_on_received(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
