"""SUCCESSOR_OF: the rival beaten in a contest is not the successor. "فاز X على Y، ليخلف Z",
"X defeated Y in the runoff to succeed Z", "X won the race against Y to succeed Z": X
succeeds Z, Y does not. A successor named right before the verb without a contest keeps
it. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import SO, assert_relations

PEZESHKIAN, JALILI, RAISI = ("person:masoud-pezeshkian", "person:saeed-jalili",
                             "person:ebrahim-raisi")
QALIBAF, ROUHANI = "person:mohammad-bagher-ghalibaf", "person:hassan-rouhani"


# (name, text, lang, must, must_not)
CASES = [
 ("ar_svo_won_over",
  "وكان مسعود بزشكيان قد فاز في الجولة الثانية على المرشح المحافظ سعيد جليلي، ليخلف الرئيس "
  "الراحل إبراهيم رئيسي.", "ar", [SO(PEZESHKIAN, RAISI)], [SO(JALILI, RAISI)]),
 ("ar_vso_won_over",
  "فاز مسعود بزشكيان على سعيد جليلي ليخلف إبراهيم رئيسي.", "ar",
  [SO(PEZESHKIAN, RAISI)], [SO(JALILI, RAISI)]),
 ("ar_overcame",
  "تغلب مسعود بزشكيان على سعيد جليلي في الانتخابات، ليخلف إبراهيم رئيسي.", "ar",
  [SO(PEZESHKIAN, RAISI)], [SO(JALILI, RAISI)]),
 ("en_defeated",
  "Masoud Pezeshkian defeated the conservative Saeed Jalili in the runoff to succeed the late "
  "President Ebrahim Raisi.", "en", [SO(PEZESHKIAN, RAISI)], [SO(JALILI, RAISI)]),
 ("en_against",
  "Masoud Pezeshkian won the runoff against Saeed Jalili to succeed Ebrahim Raisi.", "en",
  [SO(PEZESHKIAN, RAISI)], [SO(JALILI, RAISI)]),
 # negatives: no contest; the winner is the one named before the verb
 ("ar_no_contest",
  "وانتخب البرلمان سعيد جليلي رئيساً للمجلس، ليخلف إبراهيم رئيسي.", "ar",
  [SO(JALILI, RAISI)], [SO(PEZESHKIAN, RAISI)]),
 ("en_no_contest",
  "Parliament elected Saeed Jalili in July to succeed Ebrahim Raisi.", "en",
  [SO(JALILI, RAISI)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_beaten_rival_is_no_successor(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
