"""MET_WITH: someone named only as the one whose death or funeral dates a meeting ("بعد
مقتل الوزير Z", "after the death of Z") met nobody, whichever rule paired him. Our own
sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

KANI, NASRALLAH = "person:ali-bagheri-kani", "person:hassan-nasrallah"
ABDOLLAHIAN, RAISI = "person:hossein-amir-abdollahian", "person:ebrahim-raisi"
AOUN, ARAGHCHI, BERRI = "person:joseph-aoun", "person:abbas-araghchi", "person:nabih-berri"


# (name, text, lang, must, must_not)
CASES = [
 ("ar_after_killing_of_minister",
  "وزار علي باقري كني بيروت والتقى نصر الله، في أول جولة خارجية له بعد مقتل الوزير حسين "
  "أمير عبد اللهيان في تحطم مروحية.", "ar", [],
  [MW(NASRALLAH, ABDOLLAHIAN), MW(KANI, ABDOLLAHIAN)]),
 ("ar_aside_before_object",
  "استقبل الرئيس جوزاف عون، بعد وفاة الرئيس إبراهيم رئيسي، وزير الخارجية عباس عراقجي.", "ar",
  [MW(AOUN, ARAGHCHI)], [MW(AOUN, RAISI), MW(ARAGHCHI, RAISI)]),
 ("ar_funeral_list",
  "والتقى عباس عراقجي نبيه بري، بعد أسبوع من تشييع حسن نصر الله وهاشم صفي الدين.", "ar",
  [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, NASRALLAH), MW(BERRI, NASRALLAH)]),
 ("en_after_killing",
  "Abbas Araghchi met Nabih Berri in Beirut, a week after the killing of Hassan Nasrallah.",
  "en", [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, NASRALLAH), MW(BERRI, NASRALLAH)]),
 # negatives: a person met and later named with a death noun keeps the meeting
 ("ar_met_then_killed",
  "والتقى عباس عراقجي حسن نصر الله قبل أيام من اغتيال نصر الله.", "ar",
  [MW(ARAGHCHI, NASRALLAH)], []),
 ("en_met_then_killed",
  "Abbas Araghchi met Hassan Nasrallah days before the killing of Nasrallah.", "en",
  [MW(ARAGHCHI, NASRALLAH)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_dead_is_no_partner(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
