"""SUCCESSOR_OF (session 12, `succession_clauses.py`): our own sentences in both languages.

- "X ... قبل أن يخلفه Y": Y succeeded X (the main clause's subject, not the object named
  between);
- an acting holder in an apposition: "X, acting president since Y's death", "X, Iran's
  interim president since Y was killed", "X، الرئيس بالوكالة منذ وفاة Y";
- a replacement noun: "X, the replacement for Y", "named X as Y's replacement / successor",
  "was named as a replacement for Y", "عُيّن X بديلاً لـY / عن Y";
- a post vacated by someone: "named X to the post vacated by Y", "X took / filled the seat
  left vacant by (the death of) Y", "انتُخب X في المنصب الذي شغر باغتيال Y";
- the subject before an Arabic apposition: "وكان X، الرئيس السابق لـ...، قد تولى رئاسة
  الوزراء بعد استقالة Y".

Negatives: a candidate ("a possible replacement for Y", "مرشح بديل"), acting since a date
only, a negated or planned appointment, a vacancy without an appointment, "قبل أن يلتقيه".
"""

import pytest

from tests.extract_support import SO, assert_relations

NAIM, NASR = "person:naim-qassem", "person:hassan-nasrallah"
MOKH, RAISI = "person:mohammad-mokhber", "person:ebrahim-raisi"
SHAM, AHMAD = "person:ali-shamkhani", "person:ali-akbar-ahmadian"
KADH, ABDUL = "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi"


CASES = [
 # ---- "قبل أن يخلفه Y"
 ("ar_before_he_succeeded_him",
  "وترأس علي شمخاني المجلس الأعلى للأمن القومي عشر سنوات قبل أن يخلفه علي أكبر أحمديان.",
  "ar", [SO(AHMAD, SHAM)], [SO(SHAM, AHMAD)]),
 ("ar_before_he_succeeded_object_between",
  "وكان علي شمخاني قد وقّع الاتفاق مع مستشار الأمن السعودي مساعد العيبان في بكين، قبل أن "
  "يخلفه علي أكبر أحمديان في منصبه.", "ar", [SO(AHMAD, SHAM)],
  [SO(AHMAD, "person:musaed-al-aiban")]),
 # ---- acting holder in an apposition
 ("en_acting_since_death",
  "Mohammad Mokhber, acting president since Ebrahim Raisi's death, received the envoy.", "en",
  [SO(MOKH, RAISI)], [SO(RAISI, MOKH)]),
 ("en_interim_since_killed",
  "Mohammad Mokhber, Iran's interim president since Ebrahim Raisi was killed in a helicopter "
  "crash, spoke on Monday.", "en", [SO(MOKH, RAISI)], []),
 ("ar_acting_apposition",
  "وقال محمد مخبر، الرئيس بالوكالة منذ وفاة إبراهيم رئيسي، إن الحكومة مستمرة.", "ar",
  [SO(MOKH, RAISI)], [SO(RAISI, MOKH)]),
 ("ar_acting_apposition_object",
  "واستقبل عباس عراقجي محمد مخبر، الرئيس الإيراني بالإنابة منذ مصرع إبراهيم رئيسي.", "ar",
  [SO(MOKH, RAISI)], []),
 # ---- replacement
 ("en_the_replacement_for",
  "Naim Qassem, the replacement for Hassan Nasrallah, gave a speech.", "en",
  [SO(NAIM, NASR)], [SO(NASR, NAIM)]),
 ("en_named_as_poss_replacement",
  "Hezbollah's council named Naim Qassem as Hassan Nasrallah's replacement.", "en",
  [SO(NAIM, NASR)], []),
 ("en_named_as_poss_successor",
  "The council named Naim Qassem as Hassan Nasrallah's successor on Tuesday.", "en",
  [SO(NAIM, NASR)], []),
 ("en_passive_named_as_a_replacement_for",
  "Naim Qassem was named as a replacement for Hassan Nasrallah.", "en", [SO(NAIM, NASR)], []),
 ("ar_appointed_instead_li",
  "وعُيّن نعيم قاسم بديلاً لحسن نصر الله.", "ar", [SO(NAIM, NASR)], []),
 ("ar_chose_instead_an",
  "واختار مجلس الشورى نعيم قاسم بديلاً عن حسن نصر الله.", "ar", [SO(NAIM, NASR)], []),
 # ---- vacated post
 ("en_named_to_post_vacated_by",
  "The council named Naim Qassem to the post vacated by Hassan Nasrallah.", "en",
  [SO(NAIM, NASR)], []),
 ("en_took_seat_left_vacant_by_death",
  "Naim Qassem took the seat left vacant by the death of Hassan Nasrallah.", "en",
  [SO(NAIM, NASR)], []),
 ("en_filled_vacancy_left_by",
  "Naim Qassem filled the vacancy left by Hassan Nasrallah.", "en", [SO(NAIM, NASR)], []),
 ("en_passive_appointed_to_position_vacated",
  "Naim Qassem was appointed to the position vacated by Hassan Nasrallah's assassination.",
  "en", [SO(NAIM, NASR)], []),
 ("ar_elected_to_post_that_became_vacant",
  "وانتُخب نعيم قاسم في المنصب الذي شغر باغتيال حسن نصر الله.", "ar", [SO(NAIM, NASR)], []),
 # ---- subject before an apposition
 ("ar_apposition_then_qad_tawalla",
  "وكان مصطفى الكاظمي، الرئيس السابق لجهاز المخابرات، قد تولى رئاسة الوزراء بعد استقالة "
  "عادل عبد المهدي.", "ar", [SO(KADH, ABDUL)], [SO(ABDUL, KADH)]),
 # ---- negatives
 ("en_possible_replacement",
  "Naim Qassem, a possible replacement for Hassan Nasrallah, gave a speech.", "en",
  [], [SO(NAIM, NASR)]),
 ("en_acting_since_date",
  "Mohammad Mokhber, acting president since May, met Ebrahim Raisi's family.", "en",
  [], [SO(MOKH, RAISI)]),
 ("en_not_named_as_replacement",
  "The council has not named Naim Qassem as Hassan Nasrallah's replacement.", "en",
  [], [SO(NAIM, NASR)]),
 ("en_will_be_named_to_vacated_post",
  "The council is expected to name Naim Qassem to the post vacated by Hassan Nasrallah.", "en",
  [], [SO(NAIM, NASR)]),
 ("en_vacated_no_appointment",
  "The post vacated by Hassan Nasrallah was discussed by Naim Qassem and others.", "en",
  [], [SO(NAIM, NASR)]),
 ("ar_before_he_met_him",
  "وترأس علي شمخاني المجلس عشر سنوات قبل أن يلتقيه علي أكبر أحمديان.", "ar",
  [], [SO(AHMAD, SHAM)]),
 ("ar_not_appointed_instead",
  "ولم يُعيّن نعيم قاسم بديلاً لحسن نصر الله.", "ar", [], [SO(NAIM, NASR)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_clauses_s12(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
