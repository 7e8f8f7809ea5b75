"""SUCCESSOR_OF constructions (session 10), our own sentences in both languages:

- step 1: "خلفه" with the pronoun: the person after it is the successor of the one the pronoun
  stands for, whatever the word's reading -- a verb opening a clause after the predecessor's
  death or resignation ("قُتل X في غارة، وخلفه Y", also without the comma, "فخلفه",
  "ليخلفه", with diacritics "وخَلَفَهُ"), a noun after a preposition or as an object ("أشاد X
  بخَلَفه Y", "سلّم X القيادة إلى خلفه Y", "التقى X خلفَه Y"); English "X praised / handed
  command to his successor, Y". The direction was reversed before (X -> Y). Negatives: "وقف
  خلفه" (behind him), "X stood with Y behind him", "has not yet named his successor".
- step 2: chosen for a post after the predecessor's death: Arabic verbs of choosing with a
  title in the accusative ("انتُخب X أميناً عاماً بعد اغتيال Y", "انتخب مجلس الشورى X أميناً
  عاماً ...", "انتخبت حركة ... X رئيساً ...", "X، الذي اختير أميناً عاماً بعد مقتل Y",
  "اختير X قائداً إثر وفاة Y"); English "stepped in (as leader) / into the role", "was sworn
  in as president", "took charge of the group", "has led / headed the group since Y was
  killed". Negatives: "قبل اغتيال", negation, "عضواً" (no leading title), "اختار X البقاء",
  "after a meeting with Y"; "stepped out of the car", "stepped up attacks", "led the funeral
  procession", "has led protests / headed the investigation since", "took charge of the
  investigation", "could step in", "before the death of".
- step 3: the predecessor named before, by a pronoun or an event: "خليفته Y" (Y succeeded
  whom the sentence said died, else the person before it, else the last victim: "قُتل X ...،
  واختير خليفته Y", "أشاد X بخليفته Y", next sentence "وأكد خليفته Y"); "... . His successor,
  Y, ..."; "تولى Y القيادة بعد مقتله / بعد الغارة / بعد الحادث" and "Y took over as acting
  president / took command after the crash / the strike" (the person the text said was
  killed; by office first: "X died in a crash alongside President Z. ... Y took over as acting
  president after the crash" -> Z); the -ه belongs to a person or "خلفاً لـ" phrase in between
  ("X، الذي عُيّن خلفاً لـY عقب مقتله": not Y -> X). Name words: "مهام/منصب/قيادة/رئاسة،
  اليمين، خليفته، سيخلف، ثالث" end a name ("تولى نائب الرئيس X مهام الرئاسة", "أدى X اليمين").
  Negatives: "خليفته" not named, nobody killed before "after the crash", a crash that killed
  unnamed soldiers.
- step 4 (English): "X is (now) the army chief, replacing Y" ("the army chief" after a copula
  says what X is; it was taken for a description of Y named later, so Y replaced Y); "X
  became / is now / was named Y's successor"; "K named X as the new commander, a post
  (that had been) vacant since Y was killed". Negatives: "is not / could become Y's
  successor", "was Y's deputy", "met Y's successor", "a post vacant since March", "a site
  vacant since", "could name".
- step 5 (Arabic): the appointee "in his place" of someone the sentence removed or lost
  ("أقال الرئيس Y وعيّن X مكانه / وعيّن مكانه X / وعيّن بدلاً منه X", "أعفى Y ... وكلف X
  مكانه", "قُتل Y ...، وعين المجلس X خلفا له / بدلا منه", "عُيّن X خليفةً له", "واختارت
  الحركة X خليفةً له", next sentence "وعينت الحركة X مكانه"); "بدلا/عوضا/خلفا" end a name
  ("X بدلا منه" gave karim-hassan-badla); a time phrase between the subject and the object
  of "خلف" ("وخلف X، خلال الأسبوع الماضي، Y", "وخلف X في آذار الماضي Y"). Negatives: "وقف X
  مكانه" (no appointment), an appointment without "مكانه", "لم يعين أحداً مكانه", "من المتوقع
  أن يعين X مكانه", "في مكانه المعتاد".
- step 6: replaced with: "استبدل (K) Y بـX", "استُبدل Y بـX", "قرر استبدال Y بـX", "حلّ X
  بدلاً من Y"; "K replaced Y with X" (not K -> Y), "Y was fired (last week) and replaced
  with / by X" (came out reversed: Y -> X), "was dismissed and replaced by" ("dismissed"
  after a passive auxiliary is a removal, no denial). Negatives: "لم يستبدل", "استبدل Y
  سيارته، والتقى بـX", "was not replaced by".
- step 7: a future succession stated as decided counts (the annotation convention: decided
  or appointed, not a candidacy): "X will succeed Y, the council announced", "The council
  announced that X will replace Y next month", "X is set to succeed Y", "أعلن الحزب أن X
  سيخلف Y" ("سيخلف" no longer joins the name). Negatives: "sources said" / "قال مصدر" (not
  decided), "is expected to", "من المتوقع"، "If approved, ...", "will not replace", "لن
  يخلف", "could succeed".
- step 8: "his predecessor" / "سلفه" unnamed, by office: the person named before with the
  same title marked former ("Former Interior Minister Y was arrested. Interior Minister X said
  his predecessor had failed", "وزير الداخلية السابق Y ... وقال وزير الداخلية X إن سلفه
  فشل"). Negatives: another title ("Foreign Minister X ... his predecessor"), a same-title
  person not marked former, a holder without a title.
- step 9 (Arabic): "لخلافة / خلافة Y" after a verb or noun of choosing ("اختير / عُيّن X
  لخلافة Y", "جاء اختيار X لخلافة Y", "تولى X خلافة Y"; "خلافة" no longer joins the name);
  an apposition between the subject and "خلف" ("بأن X، قائد القوات البرية، خلف Y").
  Negatives: a candidacy ("رشح الحزب X لخلافة Y", "أبرز المرشحين لخلافة Y"), the caliphate
  ("دولة الخلافة"), negation.
- step 10: leaving of one's own accord and "preceded": "was promoted / named army chief
  after Y retired / stepped down", "Y retired in March and X took his place", "... was named
  in his stead", "Y preceded X as army chief" / "Y, who preceded X as army chief,"; Arabic
  "بعد تقاعد Y" / "بعد إحالة Y إلى التقاعد", "تقاعد Y ...، وعُيّن X مكانه". Negatives: "The
  talks preceded X's visit", "Y preceded X in Baghdad by two days", "did not precede",
  "زار X بغداد بعد تقاعد Y".
- step 11: "him" / "his place" for someone the previous sentence says left, was fired or
  killed ("Y retired in March. X took his place.", "Y was fired on Monday. The president
  named X to replace him."); the word set of step 10 had the name of the visit rule's set
  ("left", "headed" ...) and was shadowed by it. Negatives: "Y met the envoy. X took his
  place at the table.", "Y visited Baghdad. K named X to replace him.".

Each case: (name, text, lang, SUCCESSOR_OF that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import SO, assert_relations

HASSAN, JUBOURI = "person:karim-hassan", "person:saad-al-jubouri"
JABOURI = "person:saad-jabouri"
SOL, QAANI = "person:qasem-soleimani", "person:esmail-qaani"


CASES = [
 # ---- step 1: "خلفه" = his successor / succeeded him
 ("ar_killed_comma_wa_khalafahu",
  "وقُتل العميد سعد الجبوري في غارة، وخلفه العميد كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_killed_comma_khalafahu_diacritics",
  "وقُتل العميد سعد الجبوري في غارة، وخَلَفَهُ العميد كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_known_killed_khalafahu",
  "واغتيل قاسم سليماني في بغداد، وخَلَفه إسماعيل قاآني.", "ar",
  [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
 ("ar_killed_no_comma_fa_khalafahu",
  "وقُتل العميد سعد الجبوري في غارة فخلفه العميد كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_resigned_li_yakhlufahu",
  "واستقال الوزير سعد الجبوري في آذار، ليخلفه الوزير كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_died_khalafahu_his_deputy",
  "وتوفي الرئيس سعد الجبوري عام 2019، وخلَفه نائبه كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_praised_bi_khalafihi",
  "وأشاد اللواء سعد الجبوري بخَلَفه اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_met_khalafahu_object",
  "والتقى اللواء سعد الجبوري خلفَه اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_handed_to_khalafihi",
  "وسلّم اللواء سعد الجبوري القيادة إلى خلفه اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_handed_li_khalafihi",
  "وسلّم اللواء سعد الجبوري القيادة لخلفه اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("en_handed_command_to_his_successor",
  "General Saad Jabouri handed command to his successor, General Karim Hassan.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_met_his_successor_no_comma",
  "General Saad Jabouri met his successor General Karim Hassan on Monday.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 # negatives
 ("ar_stood_behind_him",
  "ووقف العميد سعد الجبوري وخلفه العميد كريم حسن.", "ar", [],
  [SO(HASSAN, JUBOURI), SO(JUBOURI, HASSAN)]),
 ("ar_army_stands_behind_him",
  "وقال الرئيس سعد الجبوري إن الجيش يقف خلفه، وأكد العميد كريم حسن ذلك.", "ar", [],
  [SO(HASSAN, JUBOURI), SO(JUBOURI, HASSAN)]),
 ("en_not_yet_named_his_successor",
  "General Saad Jabouri has not yet named his successor, General Karim Hassan said.", "en", [],
  [SO(HASSAN, JABOURI), SO(JABOURI, HASSAN)]),
]


STEP2 = [
 ("ar_passive_elected_after_assassination",
  "وانتُخب الشيخ كريم حسن أميناً عاماً للحزب بعد اغتيال الشيخ سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_council_elected_after_assassination",
  "وانتخب مجلس الشورى الشيخ كريم حسن أميناً عاماً بعد اغتيال الشيخ سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_movement_elected_head_after",
  "وانتخبت حركة حماس كريم حسن رئيساً لمكتبها السياسي بعد اغتيال سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_relative_chosen_after_killing",
  "وكان الشيخ كريم حسن، الذي اختير أميناً عاماً بعد مقتل الشيخ سعد الجبوري، قد ألقى كلمة.",
  "ar", [SO(HASSAN, JUBOURI)], []),
 ("ar_chosen_commander_after_death",
  "واختير اللواء كريم حسن قائداً للفيلق إثر وفاة اللواء سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("en_stepped_into_role_after_death",
  "General Karim Hassan stepped into the role after General Saad Jabouri's death.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_stepped_in_as_leader_after_killed",
  "General Karim Hassan stepped in as leader after Saad Jabouri was killed.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_took_charge_of_group_after",
  "General Karim Hassan took charge of the group after Saad Jabouri was killed.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_sworn_in_after_death_of",
  "General Karim Hassan was sworn in as president after the death of Saad Jabouri.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_has_led_since_killed",
  "General Karim Hassan has led the group since Saad Jabouri was killed in 2024.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_has_headed_since_killing_of",
  "General Karim Hassan has headed the group since the killing of Saad Jabouri.", "en",
  [SO(HASSAN, JABOURI)], []),
 # negatives
 ("ar_elected_before_assassination",
  "وانتُخب الشيخ كريم حسن أميناً عاماً للحزب قبل اغتيال الشيخ سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_not_elected",
  "ولم يُنتخب الشيخ كريم حسن أميناً عاماً بعد اغتيال الشيخ سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_elected_member_no_lead",
  "وانتُخب الشيخ كريم حسن عضواً في المجلس بعد اغتيال الشيخ سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_elected_after_meeting",
  "وانتخب الشيخ كريم حسن رئيساً للبرلمان بعد اجتماع مع الشيخ سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("en_stepped_out_of_car",
  "General Karim Hassan stepped out of the car after General Saad Jabouri was killed.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_stepped_up_attacks",
  "General Karim Hassan stepped up attacks after General Saad Jabouri was killed.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_has_led_protests_since",
  "General Karim Hassan has led protests since General Saad Jabouri was killed.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_has_headed_investigation_since",
  "General Karim Hassan has headed the investigation since the killing of Saad Jabouri.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_took_charge_of_investigation",
  "General Karim Hassan took charge of the investigation after Saad Jabouri was killed.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_could_step_in",
  "General Karim Hassan could step in as leader after Saad Jabouri was killed.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_sworn_in_before_death",
  "General Karim Hassan was sworn in as president before the death of Saad Jabouri.", "en",
  [], [SO(HASSAN, JABOURI)]),
]
CASES += STEP2

STEP3 = [
 ("ar_killed_then_his_successor_chosen",
  "وكان العميد سعد الجبوري قد قُتل في غارة، واختير خليفته العميد كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_after_killing_his_successor_chosen",
  "وبعد مقتل العميد سعد الجبوري، اختير خليفتُه العميد كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_next_sentence_his_successor_said",
  "وقُتل العميد سعد الجبوري في غارة أمريكية. وأكد خليفته العميد كريم حسن أن الحرب مستمرة.",
  "ar", [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_praised_bi_khalifatihi",
  "وأشاد اللواء سعد الجبوري بخليفته اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("en_next_sentence_his_successor",
  "General Saad Jabouri was the army chief until 2021. His successor, General Karim Hassan, "
  "visited Baghdad.", "en", [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_next_sentence_his_replacement",
  "General Saad Jabouri led the army until 2021. His replacement, General Karim Hassan, "
  "visited Baghdad.", "en", [SO(HASSAN, JABOURI)], []),
 ("ar_took_command_after_his_killing",
  "وقُتل اللواء سعد الجبوري في غارة أمريكية. وتولى اللواء كريم حسن قيادة الفيلق بعد مقتله.",
  "ar", [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_appointed_after_his_assassination",
  "وقُتل اللواء سعد الجبوري في غارة أمريكية. وعُيّن اللواء كريم حسن قائداً للفيلق بعد "
  "اغتياله.", "ar", [SO(HASSAN, JUBOURI)], []),
 ("ar_took_command_after_the_strike",
  "وقُتل اللواء سعد الجبوري في غارة أمريكية. وتولى اللواء كريم حسن قيادة الفيلق بعد الغارة.",
  "ar", [SO(HASSAN, JUBOURI)], []),
 ("ar_acting_after_the_accident_name_ends",
  "وقُتل الرئيس سعد الجبوري في تحطم مروحية يوم الأحد. وتولى نائب الرئيس كريم حسن مهام "
  "الرئاسة بالوكالة بعد الحادث.", "ar", [SO(HASSAN, JUBOURI)], []),
 ("en_acting_president_after_the_crash",
  "President Saad Jabouri died in a helicopter crash on Sunday. Vice President Karim Hassan "
  "took over as acting president after the crash.", "en", [SO(HASSAN, JABOURI)], []),
 ("en_took_command_after_the_strike",
  "General Saad Jabouri was killed in a US strike in January. General Karim Hassan took "
  "command of the force after the strike.", "en", [SO(HASSAN, JABOURI)], []),
 ("en_acting_president_by_office",
  "Acting Foreign Minister Ali Nouri replaced Hossein Kaabi, who died in a helicopter crash "
  "last month alongside President Saad Jabouri. General Karim Hassan, who took over as acting "
  "president after the crash, is running.", "en", [SO(HASSAN, JABOURI)],
  [SO(HASSAN, "person:hossein-kaabi")]),
 ("ar_oath_name_ends_before_yamin",
  "وأدى اللواء كريم حسن اليمين قائداً للجيش خلفاً للواء سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 # negatives
 ("ar_his_successor_unnamed",
  "ولم يعلن الحزب بعد اسم خليفته، فيما التقى اللواء كريم حسن اللواء سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI), SO(JUBOURI, HASSAN)]),
 ("ar_appointed_in_place_of_after_his_killing",
  "ويُعدّ اللواء كريم حسن، الذي عُيّن خلفاً للواء سعد الجبوري عقب مقتله بضربة أميركية، "
  "المسؤول الأول عن الملف.", "ar", [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("en_after_the_crash_nobody_killed",
  "General Saad Jabouri met President Ali Nouri in Baghdad. General Karim Hassan took over as "
  "army chief after the crash.", "en", [],
  [SO(HASSAN, JABOURI), SO(HASSAN, "person:ali-nouri")]),
 ("en_crash_killed_unnamed_soldiers",
  "Five soldiers died in a helicopter crash on Sunday, General Saad Jabouri said. General "
  "Karim Hassan took over as army chief after the crash.", "en", [], [SO(HASSAN, JABOURI)]),
]
CASES += STEP3

STEP4 = [
 ("en_is_now_army_chief_replacing",
  "General Karim Hassan is now the army chief, replacing General Saad Jabouri.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_is_army_chief_replacing_who_retired",
  "General Karim Hassan is the army chief, replacing General Saad Jabouri, who retired.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_became_poss_successor",
  "General Karim Hassan became Saad Jabouri's successor in 2020.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_was_named_poss_successor",
  "General Karim Hassan was named Saad Jabouri's successor.", "en", [SO(HASSAN, JABOURI)], []),
 ("en_is_now_poss_successor",
  "General Karim Hassan is now Saad Jabouri's successor.", "en", [SO(HASSAN, JABOURI)], []),
 ("en_named_new_commander_post_vacant_since",
  "The council named General Karim Hassan as the new commander, a post vacant since General "
  "Saad Jabouri was killed in March.", "en", [SO(HASSAN, JABOURI)], []),
 ("en_appointed_post_that_had_been_vacant",
  "General Karim Hassan was appointed army chief, a post that had been vacant since General "
  "Saad Jabouri died.", "en", [SO(HASSAN, JABOURI)], []),
 # negatives
 ("en_is_not_poss_successor",
  "General Karim Hassan is not Saad Jabouri's successor.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_could_become_poss_successor",
  "General Karim Hassan could become Saad Jabouri's successor.", "en", [],
  [SO(HASSAN, JABOURI)]),
 ("en_was_poss_deputy",
  "General Karim Hassan was Saad Jabouri's deputy.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_met_poss_successor",
  "General Karim Hassan met Saad Jabouri's successor.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_post_vacant_since_march",
  "The council named General Karim Hassan as the new commander, a post vacant since March, "
  "General Saad Jabouri said.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_site_vacant_since",
  "General Karim Hassan visited the base, a site vacant since General Saad Jabouri was "
  "killed.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_could_name_post_vacant",
  "The council could name General Karim Hassan as the new commander, a post vacant since "
  "General Saad Jabouri was killed.", "en", [], [SO(HASSAN, JABOURI)]),
]
CASES += STEP4

STEP5 = [
 ("ar_dismissed_appointed_makanahu_after",
  "وأقال الرئيس اللواء سعد الجبوري وعيّن مكانه اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_dismissed_appointed_x_makanahu",
  "وأقال الرئيس اللواء سعد الجبوري وعيّن اللواء كريم حسن مكانه.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_dismissed_appointed_badalan_minhu_x",
  "وأقال الرئيس اللواء سعد الجبوري وعيّن بدلاً منه اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_relieved_tasked_makanahu",
  "وأعفى الرئيس الوزير سعد الجبوري من منصبه وكلف الوزير كريم حسن مكانه.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_killed_appointed_khalafan_lahu",
  "وقُتل العميد سعد الجبوري في غارة، وعين المجلس العميد كريم حسن خلفا له.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_killed_appointed_badla_minhu_name_ends",
  "وقُتل العميد سعد الجبوري في غارة، وعين المجلس العميد كريم حسن بدلا منه.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_killed_passive_khalifatan_lahu",
  "وقُتل العميد سعد الجبوري في غارة، وعُيّن العميد كريم حسن خليفةً له.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_killed_chose_khalifatan_lahu",
  "وقُتل العميد سعد الجبوري في غارة، واختارت الحركة العميد كريم حسن خليفةً له.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_next_sentence_appointed_makanahu",
  "وقُتل العميد سعد الجبوري في غارة أمريكية. وعينت الحركة العميد كريم حسن مكانه.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_khalafa_comma_time_phrase",
  "وخلف اللواء كريم حسن، خلال الأسبوع الماضي، اللواء سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_khalafa_month_phrase",
  "وخلف اللواء كريم حسن في آذار الماضي اللواء سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 # negatives
 ("ar_stood_in_his_place",
  "ووقف العميد كريم حسن مكانه بعد أن غادر العميد سعد الجبوري القاعة.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_dismissed_appointed_other_post",
  "وأقال الرئيس اللواء سعد الجبوري وعيّن اللواء كريم حسن وزيراً للنفط.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_dismissed_nobody_appointed",
  "وأقال الرئيس اللواء سعد الجبوري ولم يعين أحداً مكانه، بحسب اللواء كريم حسن.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_dismissed_expected_to_appoint",
  "وأقال الرئيس اللواء سعد الجبوري، ومن المتوقع أن يعين اللواء كريم حسن مكانه.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_usual_place",
  "والتقى الرئيس اللواء سعد الجبوري في مكانه المعتاد، وعيّن اللواء كريم حسن مستشاراً.", "ar",
  [], [SO(HASSAN, JUBOURI)]),
]
CASES += STEP5

STEP6 = [
 ("ar_council_replaced_y_with_x",
  "واستبدل المجلس اللواء سعد الجبوري باللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_passive_replaced_y_with_x",
  "واستُبدل اللواء سعد الجبوري باللواء كريم حسن.", "ar", [SO(HASSAN, JUBOURI)], []),
 ("ar_decided_replacing_y_with_x",
  "وقرر الرئيس استبدال الوزير سعد الجبوري بالوزير كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_named_president_replaced_y_with_x",
  "واستبدل الرئيس خالد العبيدي اللواء سعد الجبوري باللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(HASSAN, "person:khaled-al-obeidi"),
                          SO(JUBOURI, "person:khaled-al-obeidi")]),
 ("ar_came_in_instead_of",
  "وحل اللواء كريم حسن بدلاً من اللواء سعد الجبوري.", "ar", [SO(HASSAN, JUBOURI)], []),
 ("en_president_replaced_y_with_x",
  "The president replaced General Saad Jabouri with General Karim Hassan.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_fired_and_replaced_with",
  "General Saad Jabouri was fired last week and replaced with General Karim Hassan.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_dismissed_and_replaced_by",
  "General Saad Jabouri was dismissed and replaced by General Karim Hassan.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 # negatives
 ("ar_did_not_replace",
  "ولم يستبدل الرئيس اللواء سعد الجبوري باللواء كريم حسن.", "ar", [],
  [SO(HASSAN, JUBOURI), SO(JUBOURI, HASSAN)]),
 ("ar_replaced_his_car_met",
  "واستبدل اللواء سعد الجبوري سيارته، والتقى باللواء كريم حسن.", "ar", [],
  [SO(HASSAN, JUBOURI), SO(JUBOURI, HASSAN)]),
 ("en_was_not_replaced_by",
  "General Saad Jabouri was not replaced by General Karim Hassan.", "en", [],
  [SO(HASSAN, JABOURI), SO(JABOURI, HASSAN)]),
]
CASES += STEP6

STEP7 = [
 ("ar_party_announced_will_succeed",
  "وأعلن الحزب أن العميد كريم حسن سيخلف العميد سعد الجبوري في قيادة اللواء.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("en_will_succeed_council_announced",
  "General Karim Hassan will succeed General Saad Jabouri, the council announced.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_announced_that_will_replace",
  "The council announced that General Karim Hassan will replace General Saad Jabouri next "
  "month.", "en", [SO(HASSAN, JABOURI)], []),
 ("en_is_set_to_succeed",
  "General Karim Hassan is set to succeed General Saad Jabouri.", "en",
  [SO(HASSAN, JABOURI)], []),
 # negatives
 ("ar_source_said_will_succeed",
  "وقال مصدر إن العميد كريم حسن سيخلف العميد سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI), SO(JUBOURI, HASSAN)]),
 ("ar_expected_will_succeed",
  "ومن المتوقع أن العميد كريم حسن سيخلف العميد سعد الجبوري، بحسب ما أعلن الحزب.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_announced_will_not_succeed",
  "وأعلن الحزب أن العميد كريم حسن لن يخلف العميد سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("en_will_succeed_sources_said",
  "General Karim Hassan will succeed General Saad Jabouri, sources said.", "en", [],
  [SO(HASSAN, JABOURI)]),
 ("en_expected_to_succeed_announced",
  "General Karim Hassan is expected to succeed General Saad Jabouri, the council announced.",
  "en", [], [SO(HASSAN, JABOURI)]),
 ("en_announced_will_not_replace",
  "The council announced that General Karim Hassan will not replace General Saad Jabouri.",
  "en", [], [SO(HASSAN, JABOURI)]),
 ("en_if_approved_will_succeed",
  "If approved, General Karim Hassan will succeed General Saad Jabouri, the council "
  "announced.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_could_succeed",
  "General Karim Hassan could succeed General Saad Jabouri.", "en", [],
  [SO(HASSAN, JABOURI)]),
]
CASES += STEP7

STEP8 = [
 ("en_his_predecessor_former_same_title",
  "Former Interior Minister Saad Jabouri was arrested on Monday. Interior Minister Karim "
  "Hassan said his predecessor had failed.", "en", [SO(HASSAN, JABOURI)],
  [SO(JABOURI, HASSAN)]),
 ("en_blamed_his_predecessor",
  "Former Interior Minister Saad Jabouri was arrested on Monday. Interior Minister Karim "
  "Hassan blamed his predecessor for the crisis.", "en", [SO(HASSAN, JABOURI)], []),
 ("ar_salafuhu_former_same_title",
  "واعتُقل وزير الداخلية السابق سعد الجبوري يوم الاثنين. وقال وزير الداخلية كريم حسن إن سلفه "
  "فشل.", "ar", [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_blamed_salafahu",
  "واعتُقل وزير الداخلية السابق سعد الجبوري يوم الاثنين. وحمّل وزير الداخلية كريم حسن سلفه "
  "المسؤولية.", "ar", [SO(HASSAN, JUBOURI)], []),
 # negatives
 ("en_other_title_his_predecessor",
  "Former Interior Minister Saad Jabouri was arrested. Foreign Minister Karim Hassan said his "
  "predecessor had failed.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_same_title_not_former",
  "Interior Minister Saad Jabouri met the envoy. Interior Minister Karim Hassan said his "
  "predecessor had failed.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_met_then_his_predecessor_no_title",
  "Interior Minister Karim Hassan met Foreign Minister Saad Jabouri. Hassan said his "
  "predecessor had failed.", "en", [], [SO(HASSAN, JABOURI)]),
]
CASES += STEP8

STEP9 = [
 ("ar_took_khilafa_of",
  "وتولى اللواء كريم حسن خلافة اللواء سعد الجبوري.", "ar", [SO(HASSAN, JUBOURI)],
  [SO(JUBOURI, HASSAN)]),
 ("ar_choice_li_khilafa_after_killing",
  "وجاء اختيار اللواء كريم حسن لخلافة اللواء سعد الجبوري بعد مقتله.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_chosen_li_khilafa",
  "واختير اللواء كريم حسن لخلافة اللواء سعد الجبوري.", "ar", [SO(HASSAN, JUBOURI)], []),
 ("ar_appointed_li_khilafa",
  "وعُيّن اللواء كريم حسن لخلافة اللواء سعد الجبوري.", "ar", [SO(HASSAN, JUBOURI)], []),
 ("ar_apposition_before_khalafa",
  "وأفادت وكالة الأنباء بأن اللواء كريم حسن، قائد القوات البرية، خلف اللواء سعد الجبوري.",
  "ar", [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 # negatives
 ("ar_nominated_li_khilafa",
  "ورشح الحزب اللواء كريم حسن لخلافة اللواء سعد الجبوري.", "ar", [], [SO(HASSAN, JUBOURI)]),
 ("ar_top_candidates_li_khilafa",
  "ويعد اللواء كريم حسن أبرز المرشحين لخلافة اللواء سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_not_chosen_li_khilafa",
  "ولم يُختر اللواء كريم حسن لخلافة اللواء سعد الجبوري.", "ar", [], [SO(HASSAN, JUBOURI)]),
]
CASES += STEP9

STEP10 = [
 ("en_promoted_after_retired",
  "General Karim Hassan was promoted to army chief after General Saad Jabouri retired.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_named_after_stepped_down",
  "General Karim Hassan was named army chief after General Saad Jabouri stepped down.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_retired_and_took_his_place",
  "General Saad Jabouri retired in March and General Karim Hassan took his place.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_named_in_his_stead",
  "General Saad Jabouri retired in March, and General Karim Hassan was named in his stead.",
  "en", [SO(HASSAN, JABOURI)], []),
 ("en_preceded_as",
  "General Saad Jabouri preceded General Karim Hassan as army chief.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_who_preceded_as",
  "General Saad Jabouri, who preceded General Karim Hassan as army chief, met the envoy.",
  "en", [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("ar_appointed_after_retirement",
  "وعُيّن اللواء كريم حسن قائداً للجيش بعد تقاعد اللواء سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_took_command_after_retired_off",
  "وتولى اللواء كريم حسن قيادة الجيش بعد إحالة اللواء سعد الجبوري إلى التقاعد.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_retired_appointed_in_his_place",
  "وتقاعد اللواء سعد الجبوري في آذار، وعُيّن اللواء كريم حسن مكانه.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 # negatives
 ("en_talks_preceded_visit",
  "The talks preceded General Karim Hassan's visit, General Saad Jabouri said.", "en", [],
  [SO(HASSAN, JABOURI), SO(JABOURI, HASSAN)]),
 ("en_preceded_in_city_by_days",
  "General Saad Jabouri preceded General Karim Hassan in Baghdad by two days.", "en", [],
  [SO(HASSAN, JABOURI)]),
 ("en_did_not_precede",
  "General Saad Jabouri did not precede General Karim Hassan as army chief.", "en", [],
  [SO(HASSAN, JABOURI)]),
 ("ar_visited_after_retirement",
  "وزار اللواء كريم حسن بغداد بعد تقاعد اللواء سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
]
CASES += STEP10

STEP11 = [
 ("en_retired_next_sentence_took_his_place",
  "General Saad Jabouri retired in March. General Karim Hassan took his place.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_fired_next_sentence_named_to_replace_him",
  "General Saad Jabouri was fired on Monday. The president named General Karim Hassan to "
  "replace him.", "en", [SO(HASSAN, JABOURI)], []),
 # negatives
 ("en_met_next_sentence_took_his_place_at_table",
  "General Saad Jabouri met the envoy in March. General Karim Hassan took his place at the "
  "table.", "en", [], [SO(HASSAN, JABOURI)]),
 ("en_visited_next_sentence_named_to_replace_him",
  "General Saad Jabouri visited Baghdad. The president named General Karim Hassan to replace "
  "him.", "en", [], [SO(HASSAN, JABOURI)]),
]
CASES += STEP11


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_s10(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang, meta={"id": name})
    assert_relations(doc, name, must, must_not)
