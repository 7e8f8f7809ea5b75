"""Victims named inside a counted group and armed forces named by a description (session 8),
our own sentences in both languages:

- a counted group killed, its named members listed after "among them" / "including" /
  "بينهم" / "منهم": each member was killed by the killing's stated agent (the strike's
  nationality, "by X", the VSO subject); the group's own organisation ("قُتل ثلاثة من عناصر
  حزب X") is never the killer; no agent, an arrest, a denial: nothing;
- special forces of the United States: "قوات خاصة أميركية" / "القوات الخاصة الأمريكية" /
  "Navy SEALs" are the US armed forces (gazetteer aliases; "Navy SEALs in Pakistan" was a new
  organisation); "a U.S. special forces raid" stays the United States (the strike's
  adjective, as "a U.S. strike");
- Arabic lists of titled people: "العميد X وآمر الفوج الثالث العقيد Y" / "الأمينَ العام X
  ورئيسَ المجلس التنفيذي Y، اللذين استشهدا" (the title words hid the list); a titled victim
  after a passive verb with the means after him ("قُتل قائد اللواء ... في الجيش السوري العميد
  X، أمس، بضربة نفّذتها طائرة مسيّرة إسرائيلية"), but not through another statement
  ("، وقال مسؤولون إن غارة ..."); "أعلن X أنه اغتال قبل نحو ثلاثة أشهر <long title> Y، إلى
  جانب Z وW";
- the strike's country beside its orderer: "a U.S. drone strike ordered by President X killed
  Y" -> Y by X and by the United States ("a strike ordered by X": X only);
- "ارتقى" (was martyred) with a strike right after it is a killing ("قد ارتقى يوم الخميس بضربة
  نفّذتها طائرة مسيّرة أميركية"); "ارتقى إلى منصب" is a promotion;
- a companion with a title that names a body ("اغتالته طائرة أميركية قرب المطار مع قائد فيلق
  القدس X"), not across a meeting verb ("، والتقى لاحقاً مع X");
- successions: "خلفاً للفريق الأول الركن Y" / "خلفاً للمحافظ بالوكالة Y" (a rank or post of
  title words before the predecessor); "him" in "X replaced him" is not the one who ordered
  the strike ("Y died in a U.S. strike that K ordered, and X replaced him" -> Y) nor the
  person after the pronoun ("replaced him under Prime Minister K");
- Arabic: a strike named by its nationality as the subject before the verb ("وكانت طائرة
  مسيّرة أميركية قد قتلت X وY", "الغارة الأميركية التي دمّرت مقراً وقتلت X"); not a denial or
  a negated verb, not another subject's killing in the next clause;
- "him" in "Israel killed him" after a comma-separated clause naming someone else ("Speaking
  to K, officials said Israel killed him") is the person the sentences before said was killed
  (also "X, a Hezbollah commander, was killed"), not K; with nobody said killed, the nearest;
- Arabic indefinite ledes: "قُتل قيادي بارز في X بغارة إسرائيلية ..." / "اغتالت إسرائيل
  قيادياً في X ..." and the next sentence names him with a death or mourning word ("أن القيادي
  Y قضى في الغارة", "ونعى الحزب القيادي Y"); no agent, or a speaker only: nothing.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, assert_relations

ISR, US = "country:israel", "country:united-states"
IDF = "organization:israel-defense-forces"
HAMAS, HEZB, PIJ = ("organization:hamas", "organization:hezbollah",
                    "organization:palestinian-islamic-jihad")
ATTAR, HALU, AWAD = "person:salim-al-attar", "person:maher-al-halu", "person:raed-awad"
MANSOUR, MUTAIRI = "person:ali-mansour", "person:fahd-al-mutairi"

GROUP_CASES = [
 ("group_passive_list_then_strike_ar",
  "قُتل أربعة من مقاتلي حركة حماس، بينهم القيادي سليم العطار، في غارة إسرائيلية على خان يونس.",
  [AB(ATTAR, ISR)], [AB(ATTAR, HAMAS)]),
 ("group_noun_strike_then_list_ar",
  "أعلنت حركة الجهاد الإسلامي مقتل ستة من عناصرها في قصف إسرائيلي على رفح، بينهم القائد "
  "الميداني ماهر الحلو ومساعده رائد عوض.",
  [AB(HALU, ISR), AB(AWAD, ISR)], [AB(HALU, PIJ)]),
 ("group_vso_forces_ar",
  "قتلت القوات الإسرائيلية خمسة من عناصر حركة الجهاد، بينهم القيادي ماهر الحلو، في جنين.",
  [AB(HALU, IDF)], [AB(HALU, PIJ)]),
 ("group_active_strike_en",
  "An Israeli strike killed five Hezbollah members, among them field commander Ali Mansour, in "
  "southern Lebanon.",
  [AB(MANSOUR, ISR)], [AB(MANSOUR, HEZB)]),
 ("group_passive_count_before_en",
  "Three Islamic State militants were killed on Sunday, among them the group's local emir Fahd "
  "al-Mutairi, in a U.S. drone strike in eastern Syria.",
  [AB(MUTAIRI, US)], []),
 ("group_passive_including_en",
  "Six fighters of Hamas, including commander Salim al-Attar, were killed in an Israeli strike "
  "on Khan Younis.",
  [AB(ATTAR, ISR)], [AB(ATTAR, HAMAS)]),
 # negatives: no agent, an arrest, a denial -- and the group is never the killer
 ("group_no_agent_ar",
  "قُتل ثلاثة من عناصر حزب الله، بينهم القيادي علي منصور، أمس، في بلدة الخيام.",
  [], [AB(MANSOUR, HEZB)]),
 ("group_unclaimed_attack_ar",
  "قتل ثلاثة أشخاص في هجوم على موكب، بينهم القاضي فهد المطيري، ولم تتبن أي جهة الهجوم.",
  [], [AB(MUTAIRI, "organization:islamic-state")]),
 ("group_blast_no_agent_en",
  "At least seven people were killed in the blast in Haifa, including Salim al-Attar, Israeli "
  "police said.",
  [], [AB(ATTAR, ISR)]),
 ("group_arrested_en",
  "Several Hamas members, including Salim al-Attar, were arrested by Israeli forces in Jenin.",
  [], [AB(ATTAR, IDF), AB(ATTAR, ISR)]),
 ("group_arrested_ar",
  "اعتقلت القوات العراقية خمسة من عناصر داعش، بينهم فهد المطيري، في الأنبار.",
  [], [AB(MUTAIRI, "organization:iraqi-security-forces")]),
 ("group_denied_ar",
  "نفى الجيش الإسرائيلي أن يكون قد قتل خمسة من عناصر حماس بينهم سليم العطار.",
  [], [AB(ATTAR, IDF)]),
]


USAF = "organization:us-armed-forces"
RASHIDI = "person:salem-al-rashidi"

FORCES_CASES = [
 ("special_forces_operation_ar",
  "أعلن الجيش الأردني مقتل القيادي في تنظيم القاعدة سالم الراشدي في عملية نفّذتها قوات خاصة "
  "أميركية قرب الحدود.",
  [AB(RASHIDI, US)], [AB(RASHIDI, "organization:jordanian-army")]),
 ("special_forces_subject_ar",
  "قتلت القوات الخاصة الأمريكية القيادي في داعش فهد المطيري في ريف دير الزور.",
  [AB(MUTAIRI, US)], [AB(MUTAIRI, USAF)]),
 ("navy_seals_en",
  "Al-Qaeda commander Salem al-Rashidi was killed by Navy SEALs in Yemen in 2015.",
  [AB(RASHIDI, US)], [AB(RASHIDI, "country:yemen")]),
 ("special_forces_raid_is_the_country_en",
  "Islamic State commander Fahd al-Mutairi died in a U.S. special forces raid in Syria.",
  [AB(MUTAIRI, US)], [AB(MUTAIRI, USAF)]),
 ("special_forces_exercise_no_killing_en",
  "Navy SEALs trained with Iraqi troops near Baghdad, Salem al-Rashidi said.",
  [], [AB(RASHIDI, USAF)]),
]


HALABI, HAMDAN = "person:samer-al-halabi", "person:nader-hamdan"
TITLED_CASES = [
 ("titled_victim_means_after_ar",
  "قُتل قائد اللواء الخامس في الجيش السوري العميد سامر الحلبي، أمس، بضربة نفّذتها طائرة "
  "مسيّرة إسرائيلية قرب القنيطرة.",
  [AB(HALABI, ISR)], [AB(HALABI, "organization:syrian-army")]),
 ("titled_list_means_after_ar",
  "قُتل آمر اللواء الخامس في الجيش السوري العميد سامر الحلبي وآمر الفوج الثالث العقيد نادر "
  "حمدان، أمس، بضربة نفّذتها طائرة مسيّرة تركية قرب الحدود.",
  [AB(HALABI, "country:turkey"), AB(HAMDAN, "country:turkey")], []),
 ("titled_list_relative_dual_ar",
  "شيّع الآلاف في بيروت الأمينَ العام لحركة الجهاد الإسلامي سامر الحلبي ورئيسَ مجلسها التنفيذي نادر حمدان، "
  "اللذين قُتلا في غارة إسرائيلية على الضاحية.",
  [AB(HALABI, ISR), AB(HAMDAN, ISR)], []),
 ("announced_long_title_companions_ar",
  "أعلن الجيش الإسرائيلي أنه اغتال قبل نحو شهرين عضوَ المكتب السياسي للحركة ورئيسَ أركانها "
  "سامر الحلبي، إلى جانب القياديين نادر حمدان وعلي منصور، في غارة على المخيم.",
  [AB(HALABI, IDF), AB(HAMDAN, IDF), AB(MANSOUR, IDF)], []),
 # negatives: an agentless means, another statement's strike, a clash
 ("titled_victim_other_statement_ar",
  "قُتل مدير الشرطة في محافظة درعا العقيد سامر الحلبي، أمس، في انفجار عبوة ناسفة، وقال "
  "مسؤولون إن غارة إسرائيلية استهدفت مواقع أخرى.",
  [], [AB(HALABI, ISR)]),
 ("titled_victim_clash_ar",
  "قُتل قائد الفرقة الرابعة في الجيش السوري العميد سامر الحلبي، أمس، في اشتباكات مع مسلحين "
  "قرب درعا.",
  [], [AB(HALABI, "organization:syrian-army")]),
 ("titled_list_not_killed_ar",
  "استقبل الرئيس اللبناني الأمينَ العام لحركة الجهاد الإسلامي سامر الحلبي ورئيسَ مجلسها التنفيذي نادر حمدان "
  "في بعبدا، بعد أسبوع من غارة إسرائيلية على الضاحية.",
  [], [AB(HALABI, ISR), AB(HAMDAN, ISR)]),
]


RAHIMI, MOUSSAWI = "person:hossein-rahimi", "person:hussein-al-moussawi"
TRUMP, NETANYAHU = "person:donald-trump", "person:benjamin-netanyahu"
SOLEIMANI = "person:qasem-soleimani"
MORE_CASES = [
 ("ordered_strike_country_en",
  "Two days after a U.S. drone strike ordered by President Donald Trump killed Iranian general "
  "Hossein Rahimi near the airport, parliament voted.",
  [AB(RAHIMI, TRUMP), AB(RAHIMI, US)], []),
 ("authorised_strike_country_en",
  "An Israeli airstrike authorised by Prime Minister Benjamin Netanyahu killed Hamas commander "
  "Salim al-Attar in Gaza.",
  [AB(ATTAR, NETANYAHU), AB(ATTAR, ISR)], []),
 ("ordered_strike_no_country_en",
  "A strike ordered by Donald Trump killed Hossein Rahimi in Baghdad.",
  [AB(RAHIMI, TRUMP)], [AB(RAHIMI, US)]),
 ("briefed_by_no_killer_en",
  "A U.S. official briefed by Donald Trump said Hossein Rahimi was killed.",
  [], [AB(RAHIMI, TRUMP), AB(RAHIMI, US)]),
 ("martyred_irtaqa_strike_ar",
  "وكان القيادي في كتائب سيد الشهداء حسين الموسوي قد ارتقى يوم الأحد بضربة نفّذتها طائرة "
  "مسيّرة أميركية استهدفت سيارته.",
  [AB(MOUSSAWI, US)], []),
 ("irtaqa_promotion_ar",
  "وارتقى حسين الموسوي إلى منصب قائد اللواء بعد غارة أميركية على مقر الكتائب.",
  [], [AB(MOUSSAWI, US)]),
 ("companion_with_title_ar",
  "وتولى حسين الموسوي المنصب خلفاً لعلي منصور، الذي اغتالته طائرة أميركية مسيّرة قرب مطار "
  "بغداد مع قائد فيلق القدس قاسم سليماني.",
  [AB(MANSOUR, US), AB(SOLEIMANI, US)], [AB(MOUSSAWI, US)]),
 ("companion_not_after_meeting_ar",
  "وتولى حسين الموسوي المنصب خلفاً لعلي منصور، الذي اغتالته طائرة أميركية مسيّرة قرب مطار "
  "بغداد، والتقى لاحقاً مع قائد فيلق القدس قاسم سليماني.",
  [AB(MANSOUR, US)], [AB(SOLEIMANI, US)]),
 ("companion_with_title_passive_ar",
  "قُتل علي منصور بغارة أميركية قرب مطار بغداد مع القيادي في الحرس الثوري سليم العطار.",
  [AB(MANSOUR, US), AB(ATTAR, US)], []),
]


SO_ = "SUCCESSOR_OF"
ZUBAIDI, SAADI = "person:karim-al-zubaidi", "person:ali-al-saadi"
QAANI, KADHIMI = "person:esmail-qaani", "person:mustafa-al-kadhimi"
HALABI_EN, ZUBAIDI_EN = "person:samer-halabi", "person:karim-zubaidi"
SUCC_CASES = [
 ("khalafan_rank_title_ar",
  "عيّن وزير الدفاع اللواء سامر الحلبي قائداً للفرقة الخامسة، خلفاً للفريق الأول الركن كريم "
  "الزبيدي الذي أحيل على التقاعد.",
  [(SO_, HALABI, ZUBAIDI)], []),
 ("khalafan_rank_title_object_ar",
  "أعاد رئيس الوزراء الفريقَ الركن كريم الزبيدي إلى جهاز الاستخبارات رئيساً له، خلفاً للفريق "
  "الأول الركن علي الساعدي الذي أحيل على التقاعد.",
  [(SO_, ZUBAIDI, SAADI)], []),
 ("khalafan_not_a_unit_ar",
  "عيّن وزير الدفاع اللواء سامر الحلبي قائداً للفرقة الخامسة، خلفاً للفرقة الرابعة في الموصل "
  "التي يقودها كريم الزبيدي.",
  [], [(SO_, HALABI, ZUBAIDI)]),
 ("replaced_him_not_the_orderer_en",
  "Soleimani died in a U.S. strike that Trump ordered, and Qaani replaced him days later.",
  [(SO_, QAANI, SOLEIMANI)], [(SO_, QAANI, TRUMP)]),
 ("replaced_him_not_after_en",
  "Governor Samer Halabi led the central bank from 2014 until 2020, when Karim Zubaidi replaced "
  "him under Prime Minister Mustafa al-Kadhimi.",
  [(SO_, ZUBAIDI_EN, HALABI_EN)], [(SO_, ZUBAIDI_EN, KADHIMI)]),
 ("replaced_him_the_sacked_en",
  "Prime Minister Mustafa al-Kadhimi sacked army chief Samer Halabi in May, and Karim Zubaidi "
  "replaced him.",
  [(SO_, ZUBAIDI_EN, HALABI_EN)], [(SO_, ZUBAIDI_EN, KADHIMI)]),
]


MUHANDIS = "person:abu-mahdi-al-muhandis"
SVO_CASES = [
 ("strike_subject_qad_ar",
  "وكانت طائرة مسيّرة أميركية قد قتلت سليماني والمهندس قرب مطار بغداد.",
  [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
 ("strike_subject_plain_ar",
  "وكانت غارة إسرائيلية قد اغتالت القيادي في حماس سليم العطار في خان يونس.",
  [AB(ATTAR, ISR)], [AB(ATTAR, HAMAS)]),
 ("strike_relative_second_verb_ar",
  "وتأتي الزيارة بعد شهرين من الغارة الأميركية التي دمّرت مقراً للكتائب وقتلت القيادي سامر "
  "الحلبي.",
  [AB(HALABI, US)], []),
 ("strike_subject_other_clause_ar",
  "وكانت غارة إسرائيلية قد استهدفت المبنى، فيما قتلت جماعة مسلحة القيادي سليم العطار.",
  [], [AB(ATTAR, ISR)]),
 ("strike_subject_negated_ar",
  "قالت إيران إن غارة أميركية لم تقتل سليماني.",
  [], [AB(SOLEIMANI, US)]),
 ("strike_subject_denied_ar",
  "ونفت واشنطن أن تكون طائرة أميركية قد قتلت سليماني.",
  [], [AB(SOLEIMANI, US)]),
]


MIKATI = "person:najib-mikati"
HIM_CASES = [
 ("him_is_the_dead_not_the_other_clause_en",
  "Ali Mansour, a Hezbollah commander, was killed on Tuesday. Speaking to Prime Minister Najib "
  "Mikati, officials said Israel killed him in a drone strike.",
  [AB(MANSOUR, ISR)], [AB(MIKATI, ISR)]),
 ("him_after_according_to_en",
  "Hezbollah commander Ali Mansour died on Tuesday. According to Najib Mikati, Israel killed him "
  "with a drone.",
  [AB(MANSOUR, ISR)], [AB(MIKATI, ISR)]),
 ("him_nobody_said_killed_en",
  "Karim Zubaidi met Ali Mansour on Monday. A day later, a U.S. drone killed him near the border.",
  [AB(MANSOUR, US)], [AB(ZUBAIDI_EN, US)]),
]


LEDE_AR_CASES = [
 ("lede_passive_died_next_ar",
  "قُتل قيادي بارز في حزب الله بغارة إسرائيلية على سيارته في جنوب لبنان. وأعلن الحزب أن "
  "القيادي علي منصور، المعروف بالحاج رضا، قضى في الغارة.",
  [AB(MANSOUR, ISR)], []),
 ("lede_passive_mourned_next_ar",
  "قُتل قيادي بارز في حزب الله بغارة إسرائيلية على سيارته في جنوب لبنان. ونعى الحزب القيادي "
  "علي منصور.",
  [AB(MANSOUR, ISR)], []),
 ("lede_active_accusative_ar",
  "اغتالت إسرائيل قيادياً بارزاً في حركة حماس في غارة على خان يونس. وقالت الحركة إن القيادي "
  "سليم العطار استشهد في الغارة.",
  [AB(ATTAR, ISR)], []),
 ("lede_no_agent_ar",
  "قُتل قيادي بارز في حزب الله في انفجار غامض جنوب لبنان. ونعى الحزب القيادي علي منصور.",
  [], [AB(MANSOUR, HEZB)]),
 ("lede_speaker_not_dead_ar",
  "قُتل قيادي بارز في حزب الله بغارة إسرائيلية على سيارته في جنوب لبنان. وقال النائب علي منصور "
  "إن الغارة انتهاك للسيادة.",
  [], [AB(MANSOUR, ISR)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# what each case table shows (the test id starts with its key)
CASE_TABLES = {
    "group_members_killed": GROUP_CASES,
    "special_forces_are_the_us_armed_forces": FORCES_CASES,  # (now the country: usforces71)
    "titled_victims_ar": TITLED_CASES,
    "orderer_strike_martyred_companions": MORE_CASES,
    "successions_titles_and_pronouns": SUCC_CASES,
    "strike_subject_ar": SVO_CASES,
    "killed_him_is_the_dead": HIM_CASES,
    "indefinite_lede_ar": LEDE_AR_CASES,
}
ALL_CASES = [(f"{table}-{case[0]}", *case[1:])
             for table, cases in CASE_TABLES.items() for case in cases]


@pytest.mark.parametrize("name,text,must,must_not", ALL_CASES, ids=[c[0] for c in ALL_CASES])
def test_killings_and_successions(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
