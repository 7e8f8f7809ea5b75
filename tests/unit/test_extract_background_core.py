"""Background killings and successions that ordinary wire copy repeats (session 9), our own
sentences in both languages:

- an acting holder after a death or removal: "X, who had been acting foreign minister since
  Y died" / "X was interim leader after the killing of Y" / "X، الذي أدار الوزارة بالوكالة
  بعد وفاة Y" / "وكان X قد تولى الوزارة بالوكالة منذ مقتل Y" / VSO "ويدير X الحزب بالوكالة
  منذ اغتيال Y": X succeeded Y; not "acting since May", not a title in an apposition ("X, the
  acting minister, attended the funeral after Y died"), not negated or counterfactual.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import SO, assert_relations

KANI, AMIR = "person:ali-bagheri-kani", "person:hossein-amir-abdollahian"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
MOKHBER, RAISI = "person:mohammad-mokhber", "person:ebrahim-raisi"

ACTING_CASES = [
 ("since_died_relative_en",
  "Ali Bagheri Kani, who had been acting foreign minister since Hossein Amir-Abdollahian died "
  "in a helicopter crash, met his Chinese counterpart.",
  [SO(KANI, AMIR)], []),
 ("interim_after_killing_en",
  "Naim Qassem was interim leader of the group after the killing of Hassan Nasrallah.",
  [SO(QASSEM, NASRALLAH)], []),
 ("named_as_acting_en",
  "The council named Naim Qassem as acting secretary-general after Hassan Nasrallah was killed.",
  [SO(QASSEM, NASRALLAH)], []),
 ("since_a_month_en",
  "Ali Bagheri Kani, who has been acting foreign minister since May, met Hossein "
  "Amir-Abdollahian's widow.",
  [], [SO(KANI, AMIR)]),
 ("negated_en",
  "Ali Bagheri Kani was not acting foreign minister after Hossein Amir-Abdollahian died, the "
  "ministry said.",
  [], [SO(KANI, AMIR)]),
 ("apposed_title_en",
  "Ali Bagheri Kani, the acting foreign minister, attended the funeral after Hossein "
  "Amir-Abdollahian died.",
  [], [SO(KANI, AMIR)]),
 ("counterfactual_en",
  "If Ali Bagheri Kani were acting minister after Hossein Amir-Abdollahian died, he would meet "
  "Lavrov.",
  [], [SO(KANI, AMIR)]),
 ("since_killing_qad_ar",
  "وكان علي باقري كني قد تولى الوزارة بالوكالة منذ مقتل حسين أمير عبداللهيان في حادث المروحية.",
  [SO(KANI, AMIR)], []),
 ("relative_ran_after_death_ar",
  "والتقى الوزير علي باقري كني، الذي أدار الوزارة بالوكالة بعد وفاة حسين أمير عبداللهيان، "
  "بنظيره الروسي.",
  [SO(KANI, AMIR)], []),
 ("vso_runs_since_assassination_ar",
  "ويدير نعيم قاسم الحزب بالوكالة منذ اغتيال حسن نصر الله بغارة إسرائيلية.",
  [SO(QASSEM, NASRALLAH)], []),
 ("vso_presidency_ar",
  "وتولى محمد مخبر الرئاسة بالوكالة بعد مصرع إبراهيم رئيسي.",
  [SO(MOKHBER, RAISI)], []),
 ("since_a_month_ar",
  "والتقى علي باقري كني، الذي أدار الوزارة بالوكالة منذ أيار، أرملة حسين أمير عبداللهيان.",
  [], [SO(KANI, AMIR)]),
 ("apposed_title_speaker_ar",
  "وقال علي باقري كني، وزير الخارجية بالوكالة، بعد وفاة حسين أمير عبداللهيان إن الوزارة مستمرة.",
  [], [SO(KANI, AMIR)]),
 ("negated_ar",
  "ولم يتول علي باقري كني الوزارة بالوكالة بعد مقتل حسين أمير عبداللهيان.",
  [], [SO(KANI, AMIR)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# what each case table shows (the test id starts with its key)
CASE_TABLES = {
    "acting_holder_after_death": ACTING_CASES,
}
ALL_CASES = [(f"{table}-{case[0]}", *case[1:])
             for table, cases in CASE_TABLES.items() for case in cases]


@pytest.mark.parametrize("name,text,must,must_not", ALL_CASES, ids=[c[0] for c in ALL_CASES])
def test_background_killings_and_successions(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
