"""SUCCESSOR_OF and ASSASSINATED_BY constructions of unseen wire prose, our own sentences in
both languages (written for the general construction, not taken from an evaluation set):

- successions: "took over (the post) from Y", "taking over from Y", "Y, whom X succeeded",
  "Y, whom he succeeded", "took over ... after a strike killed Y", "عُيّن X ... خلفاً لـY",
  "حلّ X محل Y", "تسلّم X ... من Y", "بدلاً من Y", "منذ توليه المنصب خلفاً لـY" (the subject of
  the sentence), "الذي عيّنه سلفه Y" (the predecessor of the main subject, not of the
  appointee), a subject with an apposition before "تولى ... بعد مقتل Y";
- killings: "بضربة نفذتها القوات الأمريكية" (the executor of the strike), "اغتيال Z لـX ورفيقه
  Y" (agent as the genitive of the verbal noun, victims after لـ), "X's office said he had
  ordered the strike" (next sentence), "أعلن جيش الاحتلال أنه اغتال X", "after the U.S. killed
  him";
- and what must stay without a relation: agentless killings, suspicion / charges / insufficient
  evidence, accusations, a person merely named near the killing verb, the official who appoints
  (not the appointee) as successor, planned successions.

Each case: (name, text, relations that must be found, relations that must NOT be found).
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, SO, assert_relations

SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QAANI = "person:esmail-qaani"
NAS, QASSEM = "person:hassan-nasrallah", "person:naim-qassem"
DEIF, YSINWAR = "person:mohammed-deif", "person:yahya-sinwar"
HAN, AROURI = "person:ismail-haniyeh", "person:saleh-al-arouri"
SAFI = "person:hashem-safieddine"
LARIJANI, AHMADIAN = "person:ali-larijani", "person:ali-akbar-ahmadian"
ARAGHCHI, BKANI = "person:abbas-araghchi", "person:ali-bagheri-kani"
AMOUSAVI, MBAGHERI = "person:abdolrahim-mousavi", "person:mohammad-bagheri"
PAKPOUR, SALAMI = "person:mohammad-pakpour", "person:hossein-salami"
SUDANI, KADHIMI = "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi"
TRUMP, NET, KATZ = "person:donald-trump", "person:benjamin-netanyahu", "person:israel-katz"
US, ISR = "country:united-states", "country:israel"
USAF, IDF = "organization:us-armed-forces", "organization:israel-defense-forces"

SUCC_CASES = [
 ("took_over_post_from_en",
  "Naim Qassem had taken over the leadership of Hezbollah from Hassan Nasrallah only weeks "
  "before the ceasefire.",
  [SO(QASSEM, NAS)], []),
 ("took_over_from_who_was_killed_en",
  "Pakpour took over the Revolutionary Guards from Hossein Salami, who was killed in an Israeli "
  "strike on Tehran in June.",
  [SO(PAKPOUR, SALAMI), AB(SALAMI, ISR)], [AB(SALAMI, PAKPOUR)]),
 ("whom_he_succeeded_en",
  "Ghaani has struggled to match the aura of Qassem Suleimani, whom he succeeded in 2020.",
  [SO(QAANI, SOL)], []),
 ("whom_named_succeeded_en",
  "Hezbollah supporters still carry portraits of Hassan Nasrallah, whom Naim Kassem succeeded "
  "as secretary-general.",
  [SO(QASSEM, NAS)], [SO(NAS, QASSEM)]),
 ("whom_he_succeeded_after_us_killed_him_en",
  "Qaani has never matched Qasem Soleimani, whom he succeeded after the United States killed him "
  "in a drone strike in Baghdad.",
  [SO(QAANI, SOL), AB(SOL, US)], []),
 ("who_took_over_after_strike_killed_en",
  "Esmail Qaani, who took over the Quds Force after an American drone strike killed Qassem "
  "Soleimani in 2020, met Iraqi faction leaders in Baghdad on Monday.",
  [SO(QAANI, SOL), AB(SOL, US)], []),
 ("took_helm_from_en",
  "Araghchi took the helm of the foreign ministry from Ali Bagheri Kani in August.",
  [SO(ARAGHCHI, BKANI)], []),
 ("assumed_command_from_who_en",
  "Mohammad Pakpour, who assumed command of the Guards from Hossein Salami, met Iraqi officials.",
  [SO(PAKPOUR, SALAMI)], []),
 ("took_letter_from_no_en",
  "Abbas Araghchi took a letter from Ali Bagheri Kani to Baghdad.",
  [], [SO(ARAGHCHI, BKANI)]),
 ("handed_over_power_en",
  "Mustafa al-Kadhimi handed over power to Mohammed Shia al-Sudani in October.",
  [SO(SUDANI, KADHIMI)], []),
 ("handed_letter_no_en",
  "Mustafa al-Kadhimi handed a letter to Mohammed Shia al-Sudani.",
  [], [SO(SUDANI, KADHIMI)]),
 ("fronted_after_assassinated_en",
  "After Ismail Haniyeh was assassinated, Hamas chose Yahya Sinwar to lead the group.",
  [SO(YSINWAR, HAN)], []),
 ("fronted_following_killing_en",
  "Following Hassan Nasrallah's killing, Hezbollah picked Naim Qassem as its leader.",
  [SO(QASSEM, NAS)], []),
 ("fronted_after_killed_other_post_no_en",
  "After Ismail Haniyeh was killed, Iran named Yahya Sinwar as its ambassador.",
  [], [SO(YSINWAR, HAN)]),
 ("named_his_successor_relative_en",
  "Qaani, who had served as Soleimani's deputy, was named his successor.",
  [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
 ("elected_after_killed_en",
  "Naim Qassem was elected as Hezbollah's secretary-general on Tuesday, more than a month after "
  "Hassan Nasrallah was killed.",
  [SO(QASSEM, NAS)], []),
 ("council_elected_after_killed_en",
  "Hezbollah's Shura Council elected Naim Qassem as secretary-general, weeks after Hassan "
  "Nasrallah was killed.",
  [SO(QASSEM, NAS)], []),
 ("took_job_from_team_no_en",
  "Abbas Araghchi took the job from Mohammad Javad Zarif's team of negotiators.",
  [], [SO(ARAGHCHI, "person:mohammad-javad-zarif")]),
 ("handed_control_of_file_no_en",
  "Mustafa al-Kadhimi handed over control of the security file to Mohammed Shia al-Sudani.",
  [], [SO(SUDANI, KADHIMI)]),
 ("filling_post_left_vacant_en",
  "Pakpour was appointed commander of the Guards, filling the post left vacant when Hossein "
  "Salami was killed.",
  [SO(PAKPOUR, SALAMI)], []),
 ("seat_vacated_future_no_en",
  "The seat vacated by Hassan Nasrallah will be filled next month, Naim Qassem said.",
  [], [SO(QASSEM, NAS)]),
 ("predecessor_killed_in_strike_en",
  "Qassem Soleimani led the Quds Force for two decades. Qaani took over after the killing of his "
  "predecessor in a U.S. strike.",
  [SO(QAANI, SOL), AB(SOL, US)], []),
 ("took_over_from_him_en",
  "Hossein Salami was killed in an Israeli strike on Friday. Mohammad Pakpour took over from "
  "him within hours.",
  [AB(SALAMI, ISR), SO(PAKPOUR, SALAMI)], []),
 ("expected_to_take_over_no_en",
  "Abbas Araghchi is expected to take over from Ali Bagheri Kani next month.",
  [], [SO(ARAGHCHI, BKANI)]),
 ("not_said_who_will_take_over_no_en",
  "Hamas has not said who will take over from Mohammed Deif, and Yahya Sinwar made no comment.",
  [], [SO(YSINWAR, DEIF)]),
 ("appointed_khalafan_passive_ar",
  "عُيِّن علي لاريجاني أميناً للمجلس الأعلى للأمن القومي خلفاً لعلي أكبر أحمديان.",
  [SO(LARIJANI, AHMADIAN)], []),
 ("hall_mahal_ar",
  "وحلّ عباس عراقجي محل علي باقري كني على رأس الدبلوماسية الإيرانية.",
  [SO(ARAGHCHI, BKANI)], [SO(BKANI, ARAGHCHI)]),
 ("tasallam_min_ar",
  "وتسلّم اللواء عبد الرحيم موسوي رئاسة الأركان العامة من محمد باقري.",
  [SO(AMOUSAVI, MBAGHERI)], []),
 ("tasallam_letter_no_ar",
  "وتسلّم محمد شياع السوداني رسالة من مسعود بزشكيان تتعلق بملف المياه.",
  [], [SO(SUDANI, "person:masoud-pezeshkian")]),
 ("tasallam_vso_post_ar",
  "تسلّم نعيم قاسم قيادة حزب الله من هاشم صفي الدين بعد أسابيع.",
  [SO(QASSEM, SAFI)], []),
 ("took_over_negated_no_en",
  "Naim Qassem never took over the group's military wing from Hashem Safieddine.",
  [], [SO(QASSEM, SAFI)]),
 ("whom_succeeded_as_head_harakat_en",
  "Supporters mourned Ali Akbar Ahmadian, whom Ali Larijani replaced as secretary of the "
  "Supreme National Security Council.",
  [SO(LARIJANI, AHMADIAN)], [SO(AHMADIAN, LARIJANI)]),
 ("inherited_an_ar",
  "ورث إسماعيل قاآني قيادة فيلق القدس عن قاسم سليماني.",
  [SO(QAANI, SOL)], []),
 ("handed_power_ila_ar",
  "سلّم مصطفى الكاظمي السلطة إلى محمد شياع السوداني في تشرين الأول.",
  [SO(SUDANI, KADHIMI)], [SO(KADHIMI, SUDANI)]),
 ("handed_letter_ila_no_ar",
  "وسلّم مصطفى الكاظمي رسالة إلى محمد شياع السوداني.",
  [], [SO(SUDANI, KADHIMI)]),
 ("fronted_after_killing_elected_ar",
  "وبعد اغتيال حسن نصر الله، انتخب مجلس الشورى نعيم قاسم أميناً عاماً للحزب.",
  [SO(QASSEM, NAS)], []),
 ("fronted_after_killing_met_no_ar",
  "وبعد مقتل إسماعيل هنية، التقى يحيى السنوار وفداً مصرياً.",
  [], [SO(YSINWAR, HAN)]),
 ("sworn_in_predicate_is_no_leader_ar",
  "وأدى مسعود بزشكيان اليمين رئيساً لإيران خلفاً لإبراهيم رئيسي الذي قضى في تحطم مروحية.",
  [SO("person:masoud-pezeshkian", "person:ebrahim-raisi")],
  [SO("person:ali-khamenei", "person:ebrahim-raisi"),
   AB("person:ebrahim-raisi", "person:masoud-pezeshkian")]),
 ("predecessor_killed_in_strike_ar",
  "قاسم سليماني قاد فيلق القدس لعقدين. وتولى قاآني القيادة بعد اغتيال سلفه بغارة أميركية.",
  [SO(QAANI, SOL), AB(SOL, US)], []),
 ("tasallam_minhu_ar",
  "قُتل حسين سلامي في غارة إسرائيلية. وتسلّم محمد باكبور قيادة الحرس منه.",
  [AB(SALAMI, ISR), SO(PAKPOUR, SALAMI)], []),
 ("badalan_min_ar",
  "وعيّن المرشد الإيراني محمد باكبور قائداً للحرس الثوري بدلاً من حسين سلامي.",
  [SO(PAKPOUR, SALAMI)], []),
 ("since_his_taking_office_khalafan_ar",
  "وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد، في أول جولة إقليمية له منذ توليه المنصب "
  "خلفاً لعلي باقري كني.",
  [SO(ARAGHCHI, BKANI)], []),
 ("whom_his_predecessor_appointed_ar",
  "وأعفى رئيس الوزراء محمد شياع السوداني قائد الشرطة الاتحادية الفريق سامي الصالحي، الذي عيّنه "
  "سلفه مصطفى الكاظمي، من منصبه.",
  [SO(SUDANI, KADHIMI)], [SO("person:sami-al-salihi", KADHIMI)]),
 ("apposed_subject_took_over_after_killing_ar",
  "وقالت مصادر مطلعة إن عبد الرحيم موسوي، رئيس أركان الجيش السابق، تولى رئاسة الأركان العامة "
  "بعد مقتل محمد باقري.",
  [SO(AMOUSAVI, MBAGHERI)], []),
 ("apposition_names_another_person_ar",
  "وقالت مصادر في الحرس إن محمد باكبور، نائب القائد العام الأسبق محمد علي جعفري، تولى قيادة "
  "الحرس الثوري بعد مقتل حسين سلامي.",
  [SO(PAKPOUR, SALAMI)], [SO("person:mohammad-ali-jafari", SALAMI)]),
 ("appointer_is_no_successor_ar",
  "كلّف رئيس الوزراء محمد شياع السوداني الفريق أحمد الزركاني بإدارة الجهاز خلفاً للفريق ناصر "
  "الموسوي.",
  [], [SO(SUDANI, "person:nasir-al-musawi")]),
 ("expected_successor_no_ar",
  "ومن المتوقع أن يخلف عباس عراقجي علي باقري كني في المنصب.",
  [], [SO(ARAGHCHI, BKANI)]),
]

KILL_CASES = [
 ("strike_carried_out_by_us_forces_list_ar",
  "وطالب الجانبان بمحاسبة المتورطين في اغتيال قاسم سليماني وأبي مهدي المهندس بضربة نفذتها "
  "القوات الأمريكية قرب المطار.",
  [AB(SOL, USAF), AB(MUH, USAF)], [AB(SOL, US), AB(MUH, US)]),
 ("raid_carried_out_by_idf_ar",
  "وأكدت الحركة مقتل صالح العاروري بغارة نفذها الجيش الإسرائيلي على الضاحية.",
  [AB(AROURI, IDF)], []),
 ("agent_genitive_of_verbal_noun_companion_ar",
  "وتحيي الفصائل ذكرى اغتيال الولايات المتحدة لقاسم سليماني ورفيقه أبي مهدي المهندس.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("agent_genitive_forces_companion_ar",
  "وجاء ذلك عشية ذكرى اغتيال القوات الأميركية لسليماني ورفيقه أبي مهدي المهندس في بغداد.",
  [AB(SOL, USAF), AB(MUH, USAF)], []),
 ("army_announced_it_killed_ar",
  "وكان جيش الاحتلال قد أعلن الشهر الماضي أنه اغتال محمد الضيف.",
  [AB(DEIF, IDF)], []),
 ("bare_surname_after_full_name_ar",
  "أعلنت الكتائب استشهاد قائدها محمد الضيف. وكان الجيش الإسرائيلي قد أعلن أنه اغتال الضيف.",
  [AB(DEIF, IDF)], []),
 ("guest_is_no_deif_ar",
  "وصل الضيف الإيراني إلى بغداد، وأعلن الجيش أنه قتل مسلحين.",
  [], [AB(DEIF, "organization:iraqi-army")]),
 ("army_announced_it_killed_harakat_ar",
  "وأعلن الجيشُ الإسرائيليُّ أنه قتل هاشم صفي الدين في غارة على بيروت.",
  [AB(SAFI, IDF)], []),
 ("office_said_he_ordered_the_strike_en",
  "An Israeli airstrike on Beirut killed Hashem Safieddine on Thursday. Prime Minister Benjamin "
  "Netanyahu's office said he had personally ordered the strike.",
  [AB(SAFI, ISR), AB(SAFI, NET)], []),
 ("minister_said_he_approved_strike_en",
  "An Israeli strike in Tehran killed Ismail Haniyeh. Defense Minister Israel Katz later said "
  "he had ordered the strike himself.",
  [AB(HAN, ISR), AB(HAN, KATZ)], []),
 ("office_said_no_strike_word_no_en",
  "An Israeli strike in Tehran killed Ismail Haniyeh. Netanyahu's office said he had ordered a "
  "review of the hostage talks.",
  [AB(HAN, ISR)], [AB(HAN, NET)]),
 ("admitted_killing_ar",
  "وأقرّت إسرائيل باغتيال إسماعيل هنية في طهران.",
  [AB(HAN, ISR)], []),
 ("admitted_killing_en",
  "Israel admitted killing Ismail Haniyeh in Tehran for the first time.",
  [AB(HAN, ISR)], []),
 ("blamed_for_killing_no_ar",
  "وحمّلت إيران إسرائيل مسؤولية اغتيال إسماعيل هنية.",
  [], [AB(HAN, ISR)]),
 ("threatened_to_kill_no_ar",
  "وهددت إسرائيل باغتيال يحيى السنوار.",
  [], [AB(YSINWAR, ISR)]),
 ("dual_death_pronoun_titles_ar",
  "ولقي قائد فيلق القدس قاسم سليماني ونائب رئيس الحشد أبو مهدي المهندس حتفهما بضربة أميركية.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("occupation_killed_him_relative_ar",
  "ونعى الحزب قائده صالح العاروري الذي اغتاله الاحتلال الإسرائيلي في بيروت.",
  [AB(AROURI, ISR)], []),
 ("other_side_said_he_ordered_strike_no_en",
  "A US strike killed Qassem Soleimani in Baghdad. Ayatollah Ali Khamenei said he had ordered "
  "the strike on Ain al-Asad in response.",
  [AB(SOL, US)], [AB(SOL, "person:ali-khamenei")]),
 ("president_said_he_ordered_strike_en",
  "A U.S. drone strike killed Qassem Soleimani. President Donald Trump said he had ordered the "
  "strike.",
  [AB(SOL, US), AB(SOL, TRUMP)], []),
 ("office_said_he_ordered_raid_ar",
  "اغتالت غارة إسرائيلية هاشم صفي الدين في الضاحية. وقال مكتب رئيس الوزراء بنيامين نتنياهو إنه "
  "أمر شخصياً بتنفيذ الغارة.",
  [AB(SAFI, ISR), AB(SAFI, NET)], []),
 ("announced_he_ordered_strike_ar",
  "قُتل قاسم سليماني بضربة أميركية قرب مطار بغداد. وأعلن الرئيس الأميركي دونالد ترامب أنه أمر "
  "بتنفيذ الضربة.",
  [AB(SOL, US), AB(SOL, TRUMP)], []),
 ("office_said_he_ordered_assassination_en",
  "An Israeli strike in Tehran killed Ismail Haniyeh. Prime Minister Benjamin Netanyahu's office "
  "said he had ordered the assassination.",
  [AB(HAN, ISR), AB(HAN, NET)], []),
 ("whom_ordered_killed_en",
  "Soleimani, whom Trump ordered killed in 2020, remains a hero to many in Iran.",
  [AB(SOL, TRUMP)], []),
 ("relative_clause_before_passive_en",
  "Yahya Sinwar, who succeeded Ismail Haniyeh as political chief, was killed by Israeli forces "
  "in Rafah.",
  [SO(YSINWAR, HAN), AB(YSINWAR, IDF)], [AB(HAN, IDF)]),
 ("killed_in_clash_with_ar",
  "والسنوار، الذي خلف هنية في رئاسة المكتب السياسي، قُتل في اشتباك مع قوات الاحتلال في رفح.",
  [SO(YSINWAR, HAN), AB(YSINWAR, IDF)], [AB(HAN, IDF)]),
 ("killed_in_firefight_with_en",
  "Yahya Sinwar was killed in a firefight with Israeli troops in Rafah.",
  [AB(YSINWAR, IDF)], []),
 ("new_member_by_title_compound_name_ar",
  "قتلت غارة إسرائيلية القيادي في حركة حماس عز الدين الحداد في غزة.",
  [AB("person:izz-al-din-al-haddad", ISR)], []),
 ("new_official_by_title_relative_killed_en",
  "The Houthis named Mohammed Miftah acting prime minister to replace Ahmed al-Rahawi, who was "
  "killed in an Israeli strike.",
  [SO("person:mohammed-miftah", "person:ahmed-al-rahawi"), AB("person:ahmed-al-rahawi", ISR)],
  []),
 ("spokesman_is_no_agent_bare_army_ar",
  "وأعلن المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي أن الجيش اغتال القيادي في حزب الله وسام "
  "الطويل.",
  [AB("person:wisam-al-tawil", IDF)], [AB("person:wisam-al-tawil", "person:avichay-adraee")]),
 ("speaker_is_no_agent_ar",
  "وقال الناطق باسم حماس إن إسرائيل اغتالت القيادي في حزب الله وسام الطويل.",
  [AB("person:wisam-al-tawil", ISR)], [AB("person:wisam-al-tawil", "organization:hamas")]),
 ("hezbollah_confirms_israeli_strike_en",
  "Hezbollah confirmed the death of Ibrahim Aqil in an Israeli strike on Beirut.",
  [AB("person:ibrahim-aqil", ISR)], [AB("person:ibrahim-aqil", "organization:hezbollah")]),
 ("responsible_for_killing_no_en",
  "Iran holds Israel responsible for the killing of Ismail Haniyeh.",
  [], [AB(HAN, ISR)]),
 ("survived_attempt_no_ar",
  "ونجا إسماعيل هنية من محاولة اغتيال إسرائيلية عام 2003.",
  [], [AB(HAN, ISR)]),
 ("planned_with_no_en",
  "Yahya Sinwar, who planned the attack with Mohammed Deif, was killed in Rafah.",
  [], [AB(YSINWAR, DEIF)]),
 ("drone_subject_executed_raid_result_ar",
  "ونفذت طائرة مسيرة إسرائيلية غارة على سيارة في بيروت أسفرت عن مقتل صالح العاروري.",
  [AB(AROURI, ISR)], []),
 ("died_of_wounds_strike_ar",
  "وتوفي صالح العاروري متأثراً بجروح أصيب بها في غارة إسرائيلية.",
  [AB(AROURI, ISR)], []),
 ("died_of_wounds_accident_no_ar",
  "وتوفي صالح العاروري متأثراً بجروح أصيب بها في حادث سير.",
  [], [AB(AROURI, ISR)]),
 ("which_led_to_his_killing_with_ar",
  "واستهدفت غارة أمريكية موكب سليماني، ما أدى إلى مقتله مع المهندس.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("which_led_to_negated_strike_no_ar",
  "ولم تستهدف غارة أمريكية موكب سليماني، ما أدى إلى نجاته.",
  [], [AB(SOL, US)]),
 ("insufficient_evidence_ordered_killing_no_en",
  "Qais Khazali was freed after a court found insufficient evidence that he had ordered the "
  "killing of Hadi al-Amiri.",
  [], [AB("person:hadi-al-amiri", "person:qais-al-khazali")]),
 ("suspicion_of_ordering_killing_no_en",
  "Police arrested Qais Khazali on suspicion of ordering the killing of Hadi al-Amiri.",
  [], [AB("person:hadi-al-amiri", "person:qais-al-khazali")]),
 ("charged_with_assassination_no_ar",
  "وأوقفت السلطات قيس الخزعلي بتهمة التورط في اغتيال هادي العامري.",
  [], [AB("person:hadi-al-amiri", "person:qais-al-khazali")]),
 ("accused_of_ordering_no_ar",
  "وقال المتحدث إن بلاده ستلاحق الرئيس الأمريكي السابق دونالد ترامب، متهماً إياه بإصدار أمر "
  "اغتيال قاسم سليماني.",
  [], [AB(SOL, TRUMP)]),
 ("forces_and_country_both_en",
  "A U.S. drone strike killed Qassem Soleimani in Baghdad, and the Pentagon said U.S. forces "
  "had carried out the strike.",
  [AB(SOL, US)], []),
 ("warrant_over_killing_no_en",
  "An Iraqi court issued an arrest warrant for Donald Trump over the killing of Abu Mahdi "
  "al-Muhandis.",
  [], [AB(MUH, TRUMP)]),
 ("agentless_drone_no_en",
  "Mohammed Deif was killed in a drone strike in Khan Younis, Hamas said.",
  [], [AB(DEIF, "organization:hamas")]),
 ("person_near_verb_no_ar",
  "قُتل محمد الضيف، قائد الكتائب التي يتزعمها يحيى السنوار، في قصف على خان يونس.",
  [], [AB(DEIF, YSINWAR)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", SUCC_CASES, ids=[c[0] for c in SUCC_CASES])
def test_succession(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


@pytest.mark.parametrize("name,text,must,must_not", KILL_CASES, ids=[c[0] for c in KILL_CASES])
def test_killing(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


# entities: (name, text, ids that must be found, ids that must not be found, no new person
# whose id starts with one of these slugs)
ENTITY_CASES = [
 ("kurdistan_rudaw_spelling_ar",
  "واستقبل رئيس إقليم كوردستان، نيجيرفان بارزاني، وزير الخارجية التركي في أربيل.",
  ["location:kurdistan-region", "person:nechirvan-barzani"], [], ["person:kurd"]),
 ("kurdistan_workers_party_ar",
  "وتناولت المباحثات وجود حزب العمال الكوردستاني في سنجار.",
  ["organization:pkk"], [], ["person:"]),
 ("visit_programme_verb_after_name_ar",
  "والتقى الوزير محافظ البصرة أسعد العيداني وتفقد الميناء وجال في السوق.",
  ["location:basra"], [], ["person:tafqad", "person:jal"]),
 ("joint_press_conference_ar",
  "وقال الوزير في مؤتمر صحفي مشترك إن العلاقات جيدة.",
  [], [], ["person:mushtarak", "person:mashtark"]),
 ("nationality_adjective_is_no_surname_ar",
  "والتقى يحيى السنوار وفداً مصرياً في غزة.",
  [YSINWAR], [DEIF], []),
 ("ambiguous_body_after_cue_ar",
  "وقال الناطق باسم حماس إن وفد حماس وصل إلى القاهرة، واستقبل الجمهور الفريق بحماس كبير.",
  ["organization:hamas"], [], ["person:hamas", "person:hmas"]),
 ("ordinal_is_no_surname_ar",
  "وقال رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني إن المفاوضات مستمرة.",
  ["person:mohammed-bin-abdulrahman-al-thani"], ["person:abdullah-ii"], []),
 ("jordan_king_en",
  "Jordan's King Abdullah arrived in Baghdad and met Prime Minister Mustafa Kadhimi.",
  ["person:abdullah-ii", "country:jordan"], ["person:abdullah"], ["person:abdullah-of"]),
 ("us_treasury_en",
  "Taif Sami met officials of the Treasury Department in Washington.",
  ["organization:us-treasury-department"], [], []),
 ("kunya_genitive_ar",
  "وتحيي الفصائل ذكرى سليماني وأبي مهدي المهندس، وتطالب بالثأر لأبي مهدي المهندس.",
  ["person:abu-mahdi-al-muhandis", "person:qasem-soleimani"], [], ["person:mahdi"]),
 ("turkish_minister_ar",
  "وكان مولود جاويش أوغلو قد زار بغداد قبل أن يخلفه هاكان فيدان.",
  ["person:mevlut-cavusoglu", "person:hakan-fidan"], [], []),
 ("gaza_places_ar",
  "وقصفت الطائرات منطقة المواصي غربي خان يونس ومدينة رفح.",
  ["location:al-mawasi", "location:khan-younis", "location:rafah"], [], ["person:"]),
 ("haret_hreik_en",
  "The strike hit a building in the Haret Hreik neighborhood of Beirut.",
  ["location:haret-hreik"], [], ["person:haret"]),
]


@pytest.mark.parametrize("name,text,must,must_not,no_person",
                         ENTITY_CASES, ids=[c[0] for c in ENTITY_CASES])
def test_entities(extractor, name, text, must, must_not, no_person):
    ids = {e["id"] for e in extractor.extract(text)["entities"]}
    for eid in must:
        assert eid in ids, f"{name}: missing {eid}; got {sorted(ids)}"
    for eid in must_not:
        assert eid not in ids, f"{name}: must not produce {eid}"
    for prefix in no_person:
        assert not any(i.startswith(prefix) for i in ids), f"{name}: {sorted(ids)}"
