"""Session 71 (blind71g): readings behind the misses and false pairs of blind set TY-TZ, in our
own sentences and other names.

- ASSASSINATED_BY: a verdict "found X, <apposition>, guilty (in absentia) of the (1982) bombing
  that killed Y" and "guilty of the 1987 killing of Y" (``kill_claims_verdicts``).
- MET_WITH: "X and Y chaired / co-chaired / presided over a meeting" (``meeting_co_chaired_en``);
  "وعقد الرئيسان خلوة انضم إليها لاحقاً X وY" (``meeting_joins_them``); the victim of a killing
  noun is not the "him" of "فاستقبله Y" (``meeting_pronoun_killed_ar``); "استقبله Y قبل أن يزور
  Z" past a relative clause naming an office (``core_recall_objects``); "X was greeted at the
  airport by A, B and C": the welcoming party met each other (``meetings.met_passive``).
Not negated, planned, separate or accused events.
"""

import pytest

from tests.extract_support import AB, MW, assert_relations

SHARTOUNI, BASHIR, GEAGEA, KARAMI = ("person:habib-shartouni", "person:bashir-gemayel",
                                     "person:samir-geagea", "person:rashid-karami")
LAHOUD, RAFIK, JUMBLATT, BERRI, SINIORA = ("person:emile-lahoud", "person:rafik-hariri",
                                           "person:walid-jumblatt", "person:nabih-berri",
                                           "person:fouad-siniora")
SAAD, MIKATI, SULEIMAN, AOUN, MACRON = ("person:saad-hariri", "person:najib-mikati",
                                        "person:michel-suleiman", "person:michel-aoun",
                                        "person:emmanuel-macron")
ASSAD, KAMAL, ABDULLAH, HASSAN, LE_DRIAN, RAI = (
    "person:bashar-al-assad", "person:kamal-jumblatt", "person:abdullah-bin-abdulaziz",
    "person:wissam-al-hassan", "person:jean-yves-le-drian", "person:bechara-boutros-al-rai")

# (name, text, lang, must, must_not)
CASES = [
 # verdicts
 ("en_found_apposed_guilty_bombing", "A military court found Habib Shartouni, a member of the "
  "Syrian Social Nationalist Party, guilty in absentia of the 1982 bombing that killed "
  "President-elect Bashir Gemayel.", "en", [AB(BASHIR, SHARTOUNI)], []),
 ("en_guilty_of_year_killing", "The Judicial Council found Samir Geagea guilty of the 1987 "
  "killing of Prime Minister Rashid Karami.", "en", [AB(KARAMI, GEAGEA)], []),
 ("en_convicted_explosion_which_killed", "A Beirut court convicted Habib Shartouni of the "
  "explosion which killed Bashir Gemayel.", "en", [AB(BASHIR, SHARTOUNI)], []),
 ("ar_convicted_apposed", "ودانت المحكمة العسكرية حبيب الشرتوني، العضو في الحزب السوري القومي "
  "الاجتماعي، باغتيال الرئيس المنتخب بشير الجميل.", "ar", [AB(BASHIR, SHARTOUNI)], []),
 ("en_not_guilty_apposed", "The court found Habib Shartouni, a member of the Syrian Social "
  "Nationalist Party, not guilty of the 1982 bombing that killed Bashir Gemayel.", "en", [],
  [AB(BASHIR, SHARTOUNI)]),
 ("en_accused_of_bombing", "Prosecutors accused Habib Shartouni of the 1982 bombing that "
  "killed Bashir Gemayel.", "en", [], [AB(BASHIR, SHARTOUNI)]),
 # co-chairs
 ("en_chaired_emergency_meeting", "President Emile Lahoud and Prime Minister Rafik Hariri "
  "chaired an emergency meeting of security chiefs in Baabda.", "en", [MW(LAHOUD, RAFIK)], []),
 ("en_co_chaired_session", "Walid Jumblatt and Samir Geagea co-chaired a closed-door session "
  "of the opposition in Moukhtara.", "en", [MW(JUMBLATT, GEAGEA)], []),
 ("en_presided_over_meeting", "Nabih Berri and Fouad Siniora presided over a meeting of the "
  "national dialogue committee.", "en", [MW(BERRI, SINIORA)], []),
 ("ar_chaired_two_subjects", "ترأس الرئيس إميل لحود ورئيس الحكومة رفيق الحريري اجتماعاً أمنياً "
  "طارئاً في قصر بعبدا.", "ar", [MW(LAHOUD, RAFIK)], []),
 ("en_chaired_separate_meetings", "President Emile Lahoud and Prime Minister Rafik Hariri "
  "chaired separate meetings in Baabda.", "en", [], [MW(LAHOUD, RAFIK)]),
 ("en_will_chair", "President Emile Lahoud and Prime Minister Rafik Hariri will chair a meeting "
  "of the Higher Defence Council on Monday.", "en", [], [MW(LAHOUD, RAFIK)]),
 # joining "it"
 ("ar_joined_it_same_sentence", "استقبل الرئيس ميشال عون الرئيس الفرنسي إيمانويل ماكرون، وعقد "
  "الرئيسان خلوة انضم إليها لاحقاً رئيس مجلس النواب نبيه بري ورئيس الحكومة سعد الحريري.", "ar",
  [MW(AOUN, MACRON), MW(AOUN, BERRI), MW(MACRON, BERRI), MW(AOUN, SAAD), MW(MACRON, SAAD),
   MW(BERRI, SAAD)], []),
 ("ar_joined_it_next_sentence", "استقبل الرئيس ميشال عون في قصر بعبدا الرئيس الفرنسي إيمانويل "
  "ماكرون. وعقد الرئيسان اجتماعاً انضم إليه لاحقاً رئيس الحكومة سعد الحريري.", "ar",
  [MW(AOUN, MACRON), MW(AOUN, SAAD), MW(MACRON, SAAD)], []),
 ("ar_not_joined_it", "استقبل الرئيس ميشال عون الرئيس الفرنسي إيمانويل ماكرون، وعقد الرئيسان "
  "خلوة لم ينضم إليها رئيس مجلس النواب نبيه بري.", "ar", [MW(AOUN, MACRON)],
  [MW(AOUN, BERRI), MW(MACRON, BERRI)]),
 # the victim of a killing noun is no antecedent of "him"
 ("ar_received_him_not_the_slain", "وصل رئيس الحكومة نجيب ميقاتي إلى الرياض بعد أسبوع على "
  "اغتيال اللواء وسام الحسن، فاستقبله الملك عبد الله بن عبد العزيز.", "ar",
  [MW(ABDULLAH, MIKATI)], [MW(ABDULLAH, HASSAN)]),
 ("ar_received_him_not_the_slain_father", "وصل النائب وليد جنبلاط إلى دمشق للمرة الأولى منذ "
  "اغتيال والده كمال جنبلاط، فاستقبله الرئيس السوري بشار الأسد.", "ar",
  [MW(ASSAD, JUMBLATT)], [MW(ASSAD, KAMAL)]),
 ("ar_received_him_not_the_slain_aside", "طوى النائب وليد جنبلاط أمس صفحة الخلاف، إذ وصل إلى "
  "دمشق للمرة الأولى منذ اغتيال والده كمال جنبلاط، فاستقبله الرئيس السوري بشار الأسد.", "ar",
  [MW(ASSAD, JUMBLATT)], [MW(ASSAD, KAMAL)]),
 ("ar_received_him_not_the_slain_general", "أنهى رئيس الحكومة نجيب ميقاتي أمس مقاطعته، إذ توجه "
  "إلى الرياض بعد أسبوع على اغتيال اللواء وسام الحسن، فاستقبله الملك عبد الله بن عبد العزيز.",
  "ar", [MW(ABDULLAH, MIKATI)], [MW(ABDULLAH, HASSAN)]),
 # the guest of "استقبله Y قبل أن يزور Z" past a relative clause naming an office
 ("ar_guest_then_visited_past_relative", "والتقى جان إيف لودريان في السرايا رئيس الحكومة نجيب "
  "ميقاتي، الذي تتولى حكومته صلاحيات رئيس الجمهورية، ثم انتقل إلى عين التينة حيث استقبله رئيس "
  "مجلس النواب نبيه بري، قبل أن يزور البطريرك الماروني بشارة بطرس الراعي في بكركي.", "ar",
  [MW(LE_DRIAN, MIKATI), MW(LE_DRIAN, BERRI), MW(LE_DRIAN, RAI)], [MW(MIKATI, RAI)]),
 # a welcoming party
 ("en_welcomed_by_two", "Samir Geagea was welcomed on the tarmac by Saad Hariri and Fouad "
  "Siniora.", "en", [MW(GEAGEA, SAAD), MW(GEAGEA, SINIORA), MW(SAAD, SINIORA)], []),
 ("en_greeted_by_three", "Samir Geagea was greeted at Beirut airport by President Michel "
  "Suleiman, Prime Minister Najib Mikati and Speaker Nabih Berri.", "en",
  [MW(GEAGEA, SULEIMAN), MW(SULEIMAN, MIKATI), MW(SULEIMAN, BERRI), MW(MIKATI, BERRI)], []),
 ("en_welcomed_then_later", "Samir Geagea was welcomed by Saad Hariri and later by Fouad "
  "Siniora.", "en", [MW(GEAGEA, SAAD), MW(GEAGEA, SINIORA)], [MW(SAAD, SINIORA)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_blind71g(shipped, name, text, lang, must, must_not):
    assert_relations(shipped.extract(text, lang=lang), name, must, must_not)
