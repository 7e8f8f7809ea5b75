"""A possessive name inside an apposition is not the meeting verb's subject (session 13):
"Naim Qassem, Hassan Nasrallah's successor, met Araghchi" / "نعيم قاسم، خليفة حسن نصر الله،
التقى عراقجي": Qassem met Araghchi, Nasrallah did not. Our own sentences, not taken from any
dev set.

Each case: (name, text, lang, triples that must be found, triples that must NOT be found).
"""

import pytest

from tests.extract_support import MW, SO, assert_relations

QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
ARAGHCHI = "person:abbas-araghchi"
QAANI, SOLEIMANI, SUDANI = ("person:esmail-qaani", "person:qasem-soleimani",
                            "person:mohammed-shia-al-sudani")


CASES = [
 ("en_poss_successor_apposed",
  "Naim Qassem, Hassan Nasrallah's successor, met Araghchi in Beirut.", "en",
  [MW(QASSEM, ARAGHCHI), SO(QASSEM, NASRALLAH)], [MW(NASRALLAH, ARAGHCHI)]),
 ("en_poss_successor_titled_object",
  "Esmail Qaani, Qassem Soleimani's successor, met Iraqi Prime Minister Mohammed Shia "
  "al-Sudani in Baghdad on Monday.", "en", [MW(QAANI, SUDANI)], [MW(SOLEIMANI, SUDANI)]),
 ("en_poss_deputy_apposed",
  "Naim Qassem, Hassan Nasrallah's deputy for decades, met Abbas Araghchi in Beirut.", "en",
  [MW(QASSEM, ARAGHCHI)], [MW(NASRALLAH, ARAGHCHI)]),
 ("en_poss_object_side_unchanged",
  "Abbas Araghchi met Naim Qassem, Hassan Nasrallah's successor, in Beirut.", "en",
  [MW(QASSEM, ARAGHCHI)], [MW(NASRALLAH, ARAGHCHI)]),
 ("en_poss_before_name_unchanged",
  "Hassan Nasrallah's successor Naim Qassem met Abbas Araghchi in Beirut.", "en",
  [MW(QASSEM, ARAGHCHI)], [MW(NASRALLAH, ARAGHCHI)]),
 ("ar_khalifa_apposed_svo",
  "نعيم قاسم، خليفة حسن نصر الله، التقى عباس عراقجي في بيروت.", "ar",
  [MW(QASSEM, ARAGHCHI), SO(QASSEM, NASRALLAH)], [MW(NASRALLAH, ARAGHCHI)]),
 ("ar_deputy_apposed_svo",
  "نعيم قاسم، نائب حسن نصر الله السابق، التقى عباس عراقجي في بيروت.", "ar",
  [MW(QASSEM, ARAGHCHI)], [MW(NASRALLAH, ARAGHCHI)]),
 ("ar_khalifa_apposed_kana_qad",
  "وكان نعيم قاسم، خليفة حسن نصر الله، قد التقى عباس عراقجي في بيروت.", "ar",
  [MW(QASSEM, ARAGHCHI)], [MW(NASRALLAH, ARAGHCHI)]),
 ("ar_khalifa_apposed_vso_unchanged",
  "التقى إسماعيل قاآني، خليفة قاسم سليماني، رئيس الوزراء العراقي محمد شياع السوداني.",
  "ar", [MW(QAANI, SUDANI)], [MW(SOLEIMANI, SUDANI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_apposed_possessive(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
