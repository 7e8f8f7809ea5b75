"""SUCCESSOR_OF constructions of ordinary wire copy (session 9), our own sentences:

- step 1: an acting or interim holder after a death or removal
  (succession_after_death.acting_after_death, written at the same time by wt-xrel; the merge kept theirs, widened to a title between the
  verb and the name, "وأدار نائب الوزير X ..."): "تولى X الوزارة بالوكالة منذ مقتل Y" ("منذ"
  like "بعد", only before a loss noun), removal nouns إعفاء / إنهاء (عضوية) /
  عزل / تنحي, "أدار X الهيئة بالوكالة بعد استقالة Y" (also in a relative clause), "X, who had
  been acting interior minister since Y died", "has run the ministry as acting minister since
  the death of Y", "served as interim governor after the resignation of Y"; the passive "Y was
  replaced as <post> last July by X". Negatives: no loss stated ("منذ عام 2019", "since
  2019"), no acting post, a visit "منذ مقتل Y", a succession only hoped for or contested ("a
  candidate / rivals to succeed Y"), "succeeded in persuading Y".
- step 2: the successor when "خلفاً لـ" / "to succeed" follows an oath or a congratulation:
  the oath-taker is the clause's subject, not the object received ("استقبل X Y بعد ساعات من
  أداء اليمين الدستورية خلفاً لـZ", "X received Y hours after taking the oath of office to
  succeed Z"); the one congratulated, not the caller ("اتصل X بنظيره Y لتهنئته بانتخابه خلفاً
  لـZ", "هنأ X Y بانتخابه", "برقية تهنئة إلى Y بمناسبة انتخابه"; nobody when the one
  congratulated is not recognised). Controls: an appointment and a reception of the new
  ambassador keep the object.
- step 3: who the taker is in English and Arabic appositions and relative clauses: "X, a cousin
  of Z, took over from Y" (X, the apposition's head); "... in place of Z, who took over from Y"
  (the search from "named" stops at ", who"); "X، مرشح الحزب بزعامة Z، والذي خلف Y" (X, not
  the leader Z of the body; Z when no head stands before); "cleared the way for X to be named
  prime minister in place of Y" is a plan, no relation.

Each case: (name, text, lang, SUCCESSOR_OF that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import SO, assert_relations

KARIMI, NOURI = "person:ali-hassan-karimi", "person:saeed-javad-nouri"
DULAIMI, OBEIDI = "person:samr-al-dulaimi", "person:khaled-al-obeidi"
HAMDANI, KAABI = "person:firas-al-hamdani", "person:hussein-al-kaabi"
RAWI, AANI = "person:hamed-al-rawi", "person:mazen-al-aani"
HASSAN, JUBOURI = "person:karim-hassan", "person:saad-al-jubouri"
JABOURI = "person:saad-jabouri"
NOURI_EN, SABRI = "person:ahmed-nouri", "person:jamal-sabri"
OBEIDI_EN, DULAIMI_EN = "person:khaled-obeidi", "person:samir-dulaimi"
BARZANI, AMERI = "person:masoud-barzani", "person:hadi-al-amiri"


CASES = [
 # ---- step 1: acting / interim holders after a death or removal; removal nouns
 ("ar_took_ministry_acting_since_killing",
  "وكان الوزير علي حسن كريمي قد تولى الوزارة بالوكالة منذ مقتل الوزير سعيد جواد نوري في حادث "
  "سير.", "ar", [SO(KARIMI, NOURI)], []),
 ("ar_acting_since_dismissal_of_his_boss",
  "ويتولى النائب سامر الدليمي رئاسة المجلس بالنيابة منذ إقالة رئيسه خالد العبيدي في الشهر "
  "الماضي.", "ar", [SO(DULAIMI, OBEIDI)], []),
 ("ar_relative_acting_since_end_of_membership",
  "وكان النائب سامر الدليمي، الذي يتولى رئاسة البرلمان بالنيابة منذ إنهاء عضوية النائب خالد "
  "العبيدي، قد استقبل السفير.", "ar", [SO(DULAIMI, OBEIDI)], []),
 ("ar_ran_ministry_acting_after_death",
  "وأدار نائب الوزير فراس الحمداني الوزارة بالوكالة بعد وفاة الوزير حسين الكعبي.", "ar",
  [SO(HAMDANI, KAABI)], []),
 ("ar_relative_ran_acting_after_resignation",
  "وكان اللواء حامد الراوي، الذي أدار الهيئة بالوكالة بعد استقالة اللواء مازن العاني، قد زار "
  "عمّان أمس.", "ar", [SO(RAWI, AANI)], []),
 ("ar_took_command_after_relief_from_post",
  "وتولى اللواء كريم حسن قيادة الجيش إثر إعفاء اللواء سعد الجبوري من منصبه.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("en_who_had_been_acting_since_died",
  "Deputy Minister Karim Hassan, who had been acting interior minister since Saad Jabouri died "
  "in a car crash, met the envoy.", "en", [SO(HASSAN, JABOURI)], []),
 ("en_ran_as_acting_since_death_of",
  "Deputy Minister Karim Hassan has run the ministry as acting minister since the death of "
  "Minister Saad Jabouri in March.", "en", [SO(HASSAN, JABOURI)], []),
 ("en_interim_after_resignation_of",
  "Mr Ahmed Nouri served as interim governor after the resignation of Governor Jamal Sabri.",
  "en", [SO(NOURI_EN, SABRI)], []),
 ("en_passive_replaced_as_post_by",
  "General Saad Jabouri was replaced as army chief last July by General Karim Hassan, a veteran "
  "officer.", "en", [SO(HASSAN, JABOURI)], []),
 # negatives
 ("ar_since_a_year_no_loss",
  "وكان الوزير علي حسن كريمي قد تولى الوزارة منذ عام 2019 ثم التقى الوزير سعيد جواد نوري.",
  "ar", [], [SO(KARIMI, NOURI)]),
 ("ar_since_meeting_no_loss",
  "ويتولى النائب سامر الدليمي رئاسة المجلس بالنيابة منذ لقائه خالد العبيدي في الشهر الماضي.",
  "ar", [], [SO(DULAIMI, OBEIDI)]),
 ("ar_visit_since_killing",
  "وزار الوزير علي حسن كريمي بغداد منذ مقتل الوزير سعيد جواد نوري.", "ar", [],
  [SO(KARIMI, NOURI)]),
 ("en_acting_since_a_year",
  "Deputy Minister Karim Hassan, who had been acting interior minister since 2019, met Minister "
  "Saad Jabouri.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_in_town_since_death_no_post",
  "Deputy Minister Karim Hassan has been in Baghdad since Minister Saad Jabouri died in a car "
  "crash.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_succeeded_in_persuading",
  "General Karim Hassan succeeded in persuading General Saad Jabouri to stay.", "en", [],
  [SO(HASSAN, JABOURI)]),
 ("en_rivals_to_succeed",
  "General Karim Hassan is among the rivals to succeed General Saad Jabouri.", "en", [],
  [SO(HASSAN, JABOURI)]),
 ("en_candidate_to_succeed",
  "General Karim Hassan, a candidate to succeed General Saad Jabouri, met the envoy.", "en", [],
  [SO(HASSAN, JABOURI)]),
 ("en_expected_to_replace",
  "General Karim Hassan is expected to replace General Saad Jabouri.", "en", [],
  [SO(HASSAN, JABOURI)]),
 # ---- step 2: oath and congratulation
 ("ar_received_hours_after_oath",
  "وكان الرئيس كريم حسن قد استقبل الوزير خالد العبيدي أمس، بعد ساعات من أداء اليمين الدستورية "
  "خلفاً للرئيس سعد الجبوري.", "ar", [SO(HASSAN, JUBOURI)], [SO(OBEIDI, JUBOURI)]),
 ("ar_called_counterpart_to_congratulate",
  "وكان الرئيس خالد العبيدي قد اتصل بنظيره كريم حسن لتهنئته بانتخابه خلفاً للرئيس سعد "
  "الجبوري.", "ar", [SO(HASSAN, JUBOURI)], [SO(OBEIDI, JUBOURI)]),
 ("ar_congratulated_object",
  "وهنأ الرئيس خالد العبيدي الرئيس كريم حسن بانتخابه خلفاً للرئيس سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(OBEIDI, JUBOURI)]),
 ("ar_cable_of_congratulation_to",
  "وبعث الرئيس خالد العبيدي برقية تهنئة إلى الرئيس كريم حسن بمناسبة انتخابه خلفاً للرئيس سعد "
  "الجبوري.", "ar", [SO(HASSAN, JUBOURI)], [SO(OBEIDI, JUBOURI)]),
 ("ar_congratulated_unrecognised_no_relation",
  "وكان الرئيس خالد العبيدي قد اتصل بنظيره الجديد لتهنئته بانتخابه خلفاً للرئيس سعد الجبوري.",
  "ar", [], [SO(OBEIDI, JUBOURI)]),
 ("en_received_hours_after_oath_to_succeed",
  "President Karim Hassan received Minister Khaled Obeidi hours after taking the oath of office "
  "to succeed President Saad Jabouri.", "en", [SO(HASSAN, JABOURI)], [SO(OBEIDI_EN, JABOURI)]),
 ("ar_control_appointed_object",
  "وعيّن الرئيس خالد العبيدي اللواء كريم حسن قائداً للجيش خلفاً للواء سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(OBEIDI, JUBOURI)]),
 ("ar_control_received_new_ambassador",
  "واستقبل الرئيس خالد العبيدي السفير الجديد كريم حسن خلفاً للسفير سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(OBEIDI, JUBOURI)]),
 # ---- step 3: appositions and relative clauses
 ("en_apposition_cousin_of_took_over_from",
  "Minister Karim Hassan, a cousin of Samer Dulaimi, took over from Saad Jabouri in May 2020.",
  "en", [SO(HASSAN, JABOURI)], [SO(DULAIMI_EN, JABOURI)]),
 ("en_to_be_named_in_place_of_then_who_took_over",
  "The vote would have cleared the way for Karim Hassan, a cousin of Samer Dulaimi, to be named "
  "prime minister in place of Khaled Obeidi, who took over from Saad Jabouri in May 2020.", "en",
  [SO(OBEIDI_EN, JABOURI)],
  [SO(HASSAN, OBEIDI_EN), SO(HASSAN, JABOURI), SO(DULAIMI_EN, JABOURI)]),
 ("ar_relative_after_led_by_leader",
  "ويتنافس الوزير خالد العبيدي مع الرئيس الحالي كريم حسن، مرشح الحزب الديمقراطي الكردستاني "
  "بزعامة مسعود بارزاني، والذي خلف سعد الجبوري عام 2018.", "ar", [SO(HASSAN, JUBOURI)],
  [SO(BARZANI, JUBOURI)]),
 ("ar_relative_after_headed_by_leader",
  "ويتنافس الوزير خالد العبيدي مع المحافظ كريم حسن، مرشح تحالف الفتح برئاسة هادي العامري، "
  "الذي خلف سعد الجبوري في المنصب.", "ar", [SO(HASSAN, JUBOURI)], [SO(AMERI, JUBOURI)]),
 ("ar_relative_leader_of_delegation_no_head",
  "واستقبل الوزير خالد العبيدي وفد الحزب الديمقراطي الكردستاني بزعامة مسعود بارزاني، الذي خلف "
  "سعد الجبوري في المنصب.", "ar", [SO(BARZANI, JUBOURI)], [SO(OBEIDI, JUBOURI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_s9(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang, meta={"id": name})
    assert_relations(doc, name, must, must_not)
