"""Killings and successions told over two sentences, our own sentences in both languages:

- a description of a dead person ("the slain general", "the martyred commander", "the late
  leader", "القائد الشهيد", "الأمين العام الشهيد") is the person the article said was killed,
  not whoever was named last (often the killer or the man who ordered it); with nobody said
  killed it is nobody; "the martyred commander" is an adjective, never an active killing
  verb with the sentence's subject as the killer;
- the speaker's own forces as the agent of the strike told before: "The Pentagon said it
  carried out the strike", "Israel's military said its jets had struck the two men", "أعلنت
  X أن قواتها نفذت الضربة" -- but not a denial, a threat or an accusation, and not when the
  killing before had no agent (the annotation leaves those alone).
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, MW, SO, assert_relations

SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QAANI, AMIRI = "person:esmail-qaani", "person:hadi-al-amiri"
TRUMP = "person:donald-trump"
NAS, SAFI = "person:hassan-nasrallah", "person:hashem-safieddine"
NAIM = "person:naim-qassem"
SAADI = "person:abu-baqer-al-saadi"
US, ISR = "country:united-states", "country:israel"
IDF = "organization:israel-defense-forces"
CENTCOM = "organization:us-central-command"
PENTAGON = "organization:pentagon"

CASES = [
 # ---- descriptions of the dead -----------------------------------------------------------
 ("martyred_commander_not_the_orderer_en",
  "Qasem Soleimani was assassinated on the orders of Donald Trump in 2020. Esmail Qaani, who "
  "succeeded the martyred commander, visited Baghdad.",
  [SO(QAANI, SOL), AB(SOL, TRUMP)], [SO(QAANI, TRUMP), AB(TRUMP, QAANI)]),
 ("slain_general_en",
  "Qasem Soleimani was killed in a US strike in 2020. Esmail Qaani, who succeeded the slain "
  "general, visited Baghdad.",
  [SO(QAANI, SOL), AB(SOL, US)], []),
 ("late_general_after_assassination_of_en",
  "The assassination of Qasem Soleimani by the United States shocked Iran. Months later, "
  "Esmail Qaani, who replaced the late general, met Hadi al-Amiri.",
  [SO(QAANI, SOL), MW(QAANI, AMIRI)], [SO(QAANI, US)]),
 ("slain_leader_passive_succeed_en",
  "Israel killed Hassan Nasrallah in Beirut. Naim Qassem was elected to succeed the slain "
  "leader.",
  [SO(NAIM, NAS), AB(NAS, ISR)], []),
 ("late_commander_nobody_killed_en",
  "Donald Trump praised Esmail Qaani. Qaani, who succeeded the late commander, visited "
  "Baghdad.",
  [], [SO(QAANI, TRUMP), AB(TRUMP, QAANI)]),
 ("qaid_shahid_not_the_orderer_ar",
  "قتل قاسم سليماني بغارة أمريكية أمر بها دونالد ترامب في بغداد. وزار إسماعيل قاآني، الذي "
  "خلف القائد الشهيد، العاصمة العراقية.",
  [SO(QAANI, SOL)], [SO(QAANI, TRUMP)]),
 ("amin_am_shahid_ar",
  "اغتالت إسرائيل حسن نصر الله في بيروت. وانتخب نعيم قاسم خلفاً للأمين العام الشهيد.",
  [SO(NAIM, NAS), AB(NAS, ISR)], []),
 ("general_rahil_ar",
  "اغتالت الولايات المتحدة قاسم سليماني في بغداد بأمر من دونالد ترامب. وقال إسماعيل "
  "قاآني، خليفة الجنرال الراحل، إن الرد قادم.",
  [SO(QAANI, SOL)], [SO(QAANI, TRUMP), SO(QAANI, US)]),
 # ---- the speaker's own forces as the agent of the strike told before -----------------------
 ("its_jets_struck_the_leader_en",
  "Hassan Nasrallah was killed in an Israeli strike on Beirut on Friday. The Israeli army "
  "said its jets had struck the Hezbollah leader.",
  [AB(NAS, ISR), AB(NAS, IDF)], []),
 ("its_fighter_jets_struck_the_two_men_en",
  "Hassan Nasrallah and Hashem Safieddine were killed in Israeli strikes in Beirut. The "
  "Israeli army said its fighter jets had struck the two men.",
  [AB(NAS, IDF), AB(SAFI, IDF)], []),
 ("said_on_day_that_it_carried_out_en",
  "Hassan Nasrallah was killed in an Israeli strike on Beirut. The Israeli army said on "
  "Saturday that it had carried out the strike.",
  [AB(NAS, IDF)], []),
 ("denied_it_carried_out_en",
  "Hassan Nasrallah was killed in an Israeli strike on Beirut. The Israeli army denied it "
  "carried out the strike.",
  [AB(NAS, ISR)], [AB(NAS, IDF)]),
 ("vowed_and_struck_positions_en",
  "Hassan Nasrallah was killed in an Israeli strike on Beirut. Hezbollah said it would "
  "avenge him and struck Israeli positions.",
  [AB(NAS, ISR)], [AB(NAS, "organization:hezbollah")]),
 ("accused_saying_its_jets_en",
  "Hassan Nasrallah was killed in an Israeli strike on Beirut. Iran accused the Israeli "
  "army, saying its jets had struck the Hezbollah leader.",
  [], [AB(NAS, IDF)]),
 ("no_agent_before_en",
  "Hassan Nasrallah was killed in a strike on Beirut. The Israeli army said its jets had "
  "struck the Hezbollah leader.",
  [], [AB(NAS, IDF)]),
 ("its_planes_carried_out_ar",
  "قُتل حسن نصر الله في غارة إسرائيلية على الضاحية. وأعلن الجيش الإسرائيلي أن طائراته "
  "نفذت الضربة.",
  [AB(NAS, ISR), AB(NAS, IDF)], []),
 ("centcom_its_forces_ar",
  "قُتل أبو باقر الساعدي بضربة نفذتها مسيرة أميركية في بغداد. وأعلنت القيادة المركزية "
  "الأميركية (سنتكوم) أن قواتها نفّذت الضربة رداً على الهجمات.",
  [AB(SAADI, US), AB(SAADI, CENTCOM)], []),
 ("centcom_denied_ar",
  "قُتل أبو باقر الساعدي بضربة نفذتها مسيرة أميركية في بغداد. ونفت القيادة المركزية "
  "الأميركية أن تكون قواتها نفّذت الضربة.",
  [AB(SAADI, US)], [AB(SAADI, CENTCOM)]),
 ("its_planes_targeted_ar",
  "اغتيل حسن نصر الله بغارة إسرائيلية على الضاحية. وأكد الجيش الإسرائيلي أن طائراته "
  "استهدفت الأمين العام لحزب الله.",
  [AB(NAS, IDF)], []),
 ("its_planes_targeted_no_killing_ar",
  "زار حسن نصر الله الضاحية. وأكد الجيش الإسرائيلي أن طائراته استهدفت مواقع لحزب الله.",
  [], [AB(NAS, IDF)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_cross_sentence_kills(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


# ---- successions: "his taking (of the post)" and "took the post after Y" (Arabic) -----------
ABDOLLAHIAN, ZARIF = "person:hossein-amir-abdollahian", "person:mohammad-javad-zarif"
KADHIMI, SUDANI = "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani"
BAGHERI_KANI = "person:ali-bagheri-kani"
NECHIRVAN, MASOUD = "person:nechirvan-barzani", "person:masoud-barzani"
HASSAN_UN, PLASSCHAERT = "person:mohammed-al-hassan", "person:jeanine-hennis-plasschaert"
VAHIDI = "person:ahmad-vahidi"

SUCC_CASES = [
 ("his_taking_is_the_subject_not_the_object_ar",
  "التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان رئيسَ الوزراء العراقي مصطفى الكاظمي "
  "في أول مهمة خارجية له بعد أيام من تسلّمه الوزارة خلفاً لمحمد جواد ظريف.",
  [SO(ABDOLLAHIAN, ZARIF)], [SO(KADHIMI, ZARIF)]),
 ("his_taking_in_relative_clause_is_its_head_ar",
  "استقبل رئيس إقليم كوردستان نيجيرفان بارزاني الممثلَ الخاص للأمين العام للأمم المتحدة في "
  "العراق محمد الحسان، الذي يزور أربيل للمرة الأولى منذ تسلّمه مهامه رئيساً للبعثة خلفاً "
  "لجينين هينيس بلاسخارت.",
  [SO(HASSAN_UN, PLASSCHAERT)], [SO(NECHIRVAN, PLASSCHAERT)]),
 ("relative_head_unknown_no_guess_ar",
  "استقبل نيجيرفان بارزاني ممثلاً أممياً، الذي يزور أربيل منذ تسلّمه مهامه خلفاً لجينين "
  "هينيس بلاسخارت.",
  [], [SO(NECHIRVAN, PLASSCHAERT)]),
 ("his_taking_after_death_of_ar",
  "وصل علي باقري كني إلى دمشق في أول جولة خارجية له منذ تولّيه الحقيبة بعد مصرع حسين أمير "
  "عبد اللهيان في تحطم المروحية.",
  [SO(BAGHERI_KANI, ABDOLLAHIAN)], []),
 ("took_post_after_person_vso_ar",
  "وتسلّم العميد أحمد وحيدي وزارة الداخلية بعد عبد الرضا رحماني فضلي.",
  [SO(VAHIDI, "person:abdolreza-rahmani-fazli")], []),
 ("took_post_after_person_svo_ar",
  "تولى محمد شياع السوداني رئاسة الحكومة بعد مصطفى الكاظمي.",
  [SO(SUDANI, KADHIMI)], []),
 ("after_meeting_person_is_no_predecessor_ar",
  "تولى محمد شياع السوداني رئاسة الحكومة بعد لقائه مسعود بارزاني.",
  [], [SO(SUDANI, MASOUD)]),
 ("after_person_then_noun_is_no_predecessor_ar",
  "تسلّم محمد شياع السوداني رسالة بعد مسعود بارزاني وزيارته.",
  [], [SO(SUDANI, MASOUD)]),
 ("second_clause_vso_not_first_clause_person_ar",
  "نال عزيز نصير زاده حقيبة الدفاع خلفاً لمحمد رضا آشتياني، فيما تسلّم العميد أحمد وحيدي "
  "وزارة الداخلية بعد عبد الرضا رحماني فضلي.",
  [SO(VAHIDI, "person:abdolreza-rahmani-fazli")],
  [SO("person:mohammad-reza-ashtiani", "person:abdolreza-rahmani-fazli")]),
]


@pytest.mark.parametrize("name,text,must,must_not", SUCC_CASES, ids=[c[0] for c in SUCC_CASES])
def test_successions_his_taking(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


# ---- step 3: object clitics across sentences, aggression nouns, speakers, "can succeed" ----
ADNANI = "person:abu-mohammed-al-adnani"
RUS = "country:russia"
ISSAWI = "person:jabbar-salman-al-issawi"
SALAMI, RASHID = "person:hossein-salami", "person:gholam-ali-rashid"
ARAGHCHI = "person:abbas-araghchi"

STEP3_CASES = [
 ("bomber_killed_him_previous_sentence_ar",
  "أعلن تنظيم داعش مقتل أبو محمد العدناني في حلب. وزعمت وزارة الدفاع الروسية أن قاذفة روسية "
  "من طراز سوخوي قتلته مع نحو أربعين مسلحاً.",
  [AB(ADNANI, RUS)], []),
 ("the_strike_killed_him_is_the_strike_named_before_ar",
  "قال المتحدث باسم البنتاغون إن طائرة أميركية نفذت غارة استهدفت أبو محمد العدناني قرب "
  "الباب، قبل أن تؤكد الوزارة بعد أيام أن الغارة قتلته.",
  [AB(ADNANI, US)], []),
 ("sentence_without_names_refers_back_ar",
  "قُتل قاسم سليماني في بغداد. وقال مسؤول إن طائرة مسيرة أميركية اغتالته قرب المطار.",
  [AB(SOL, US)], []),
 ("killed_him_nobody_killed_before_ar",
  "وصل قاسم سليماني إلى بغداد. وقال مسؤول إن طائرة مسيرة أميركية اغتالته قرب المطار.",
  [], [AB(SOL, US)]),
 ("killed_him_denied_ar",
  "استهدفت غارة أميركية موكب أبو محمد العدناني، ونفت موسكو أن تكون قاذفة روسية قتلته.",
  [], [AB(ADNANI, RUS)]),
 ("martyred_in_regimes_aggression_en",
  "Hossein Salami was martyred in the Zionist regime's aggression on June 13 along with "
  "Gholam Ali Rashid.",
  [AB(SALAMI, ISR), AB(RASHID, ISR)], []),
 ("condemned_aggression_is_no_killing_en",
  "Hossein Salami condemned the Israeli aggression on Gaza.",
  [], [AB(SALAMI, ISR)]),
 ("speaker_is_not_the_killer_en",
  "Mustafa al-Kadhimi said on Friday that security forces had killed Jabbar Salman al-Issawi.",
  [], [AB(ISSAWI, KADHIMI)]),
 ("speaker_it_is_the_killer_en",
  "Israel said on Friday that it had killed Hassan Nasrallah.",
  [AB(NAS, ISR)], []),
 ("speaker_then_named_killer_en",
  "Benjamin Netanyahu said Israel killed Hassan Nasrallah in Beirut.",
  [AB(NAS, ISR)], [AB(NAS, "person:benjamin-netanyahu")]),
 ("before_he_can_succeed_en",
  "Pezeshkian proposed Abbas Araghchi as foreign minister, a pick that needs approval before "
  "he can succeed Ali Bagheri Kani.",
  [], [SO(ARAGHCHI, BAGHERI_KANI)]),
 ("succeeded_plain_en",
  "Abbas Araghchi succeeded Ali Bagheri Kani in August.",
  [SO(ARAGHCHI, BAGHERI_KANI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", STEP3_CASES, ids=[c[0] for c in STEP3_CASES])
def test_step3(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


# ---- step 4: "the strike ... in which X was killed", who-clause lists, "his killing", -------
# ---- "take over the duties of Y", "ليخلف Y" after an election --------------------------------
SAADI_NEW = "person:abu-baqer-al-saadi"
SHUKR = "person:fuad-shukr"
IRGC = "organization:irgc"
MOKHBER, RAISI = "person:mohammad-mokhber", "person:ebrahim-raisi"
MASHHADANI, HALBOUSI = "person:mahmoud-al-mashhadani", "person:mohammed-al-halbousi"
BAGHERI, FIROUZABADI = "person:mohammad-bagheri", "person:hassan-firouzabadi"

STEP4_CASES = [
 ("killed_in_it_claimed_by_ar",
  "وتأتي الزيارة بعد أسابيع من ضربة صاروخية تبنّاها الحرس الثوري الإيراني على أربيل، قُتل "
  "فيها القيادي في حزب الله فؤاد شكر.",
  [AB(SHUKR, IRGC)], []),
 ("killed_in_it_launched_by_ar",
  "شنت إسرائيل غارة على الضاحية الجنوبية، قُتل فيها القيادي في حزب الله فؤاد شكر.",
  [AB(SHUKR, ISR)], []),
 ("martyred_during_it_adjective_ar",
  "وقعت غارة إسرائيلية على الضاحية، استشهد خلالها فؤاد شكر وعدد من المدنيين.",
  [AB(SHUKR, ISR)], []),
 ("killed_in_it_no_agent_ar",
  "وقعت غارة على الضاحية، قُتل فيها فؤاد شكر.",
  [], [AB(SHUKR, ISR)]),
 ("killed_in_it_denied_ar",
  "نفت إسرائيل تنفيذ الغارة على الضاحية، التي قُتل فيها فؤاد شكر.",
  [], [AB(SHUKR, ISR)]),
 ("killed_him_executor_far_ar",
  "نعت كتائب حزب الله أبو باقر الساعدي، الذي قتلته ضربة نفّذتها طائرة مسيّرة أميركية على "
  "سيارته في بغداد.",
  [AB(SAADI_NEW, US)], []),
 ("who_clause_then_list_member_en",
  "Qasem Soleimani, who headed the Quds Force, and his Iraqi lieutenant Abu Mahdi "
  "al-Muhandis were killed by a US drone strike.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("who_clause_subject_said_en",
  "Qasem Soleimani, who headed the Quds Force, said that Abu Mahdi al-Muhandis was killed "
  "by a US drone strike.",
  [AB(MUH, US)], [AB(SOL, US)]),
 ("his_killing_object_before_en",
  "Esmail Qaani replaced Qasem Soleimani after his killing in a US strike in January 2020.",
  [SO(QAANI, SOL), AB(SOL, US)], [AB(QAANI, US)]),
 ("his_killing_no_agent_en",
  "Esmail Qaani replaced Qasem Soleimani after his killing in January 2020.",
  [SO(QAANI, SOL)], [AB(SOL, US)]),
 ("take_over_the_duties_of_en",
  "Ali Khamenei appointed Mohammad Mokhber on Monday to take over the duties of President "
  "Ebrahim Raisi, who died in a crash.",
  [SO(MOKHBER, RAISI)], [SO("person:ali-khamenei", RAISI)]),
 ("take_over_the_files_of_en",
  "Mohammad Mokhber took over the files of Ebrahim Raisi's office in May.",
  [], [SO(MOKHBER, RAISI)]),
 ("asked_to_take_over_duties_en",
  "Ali Khamenei asked Mohammad Mokhber to take over the duties of Ebrahim Raisi while he "
  "travels abroad.",
  [], [SO(MOKHBER, RAISI)]),
 ("elected_then_to_succeed_ar",
  "انتخب مجلس النواب العراقي النائب محمود المشهداني رئيساً له بعد جولة اقتراع ثانية، "
  "ليخلف محمد الحلبوسي.",
  [SO(MASHHADANI, HALBOUSI)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", STEP4_CASES, ids=[c[0] for c in STEP4_CASES])
def test_step4(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


# ---- step 6: an indefinite lede ("A senior commander of X has been killed ...") named in the ---
# ---- next sentence ------------------------------------------------------------------------------
TAWIL, IZADI = "person:wissam-al-tawil", "person:saeed-izadi"
HANIYEH = "person:ismail-haniyeh"

LEDE_CASES = [
 ("lede_passive_named_next_died_en",
  "A senior commander of Hezbollah's elite Radwan Force has been killed in an Israeli strike on "
  "his car in southern Lebanon. Wissam al-Tawil, also known as al-Hajj Jawad, died when a drone "
  "hit his vehicle.",
  [AB(TAWIL, ISR)], []),
 ("lede_active_named_him_as_en",
  "Israel said Saturday it had killed a senior commander of Iran's Revolutionary Guard in a "
  "strike on an apartment in Qom. Defense Minister Israel Katz named him as Saeed Izadi, head of "
  "the Palestine Corps.",
  [AB(IZADI, ISR)], [AB("person:israel-katz", ISR)]),
 ("lede_next_person_not_dead_en",
  "A senior commander of Hezbollah has been killed in an Israeli strike. Hassan Nasrallah "
  "condemned the attack.",
  [], [AB(NAS, ISR)]),
 ("lede_speaker_then_the_dead_en",
  "A senior commander of Hezbollah has been killed in an Israeli strike. Hassan Nasrallah said "
  "Wissam al-Tawil died when a drone hit his vehicle.",
  [AB(TAWIL, ISR)], [AB(NAS, ISR)]),
 ("lede_no_agent_en",
  "A senior Hamas official has been killed in a strike. Ismail Haniyeh died when a drone hit "
  "his car.",
  [], [AB(HANIYEH, ISR)]),
]


@pytest.mark.parametrize("name,text,must,must_not", LEDE_CASES, ids=[c[0] for c in LEDE_CASES])
def test_lede_victims(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
