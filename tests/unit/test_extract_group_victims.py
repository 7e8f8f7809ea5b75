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
  جانب Z وW".
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
  [AB(RASHIDI, USAF)], [AB(RASHIDI, "organization:jordanian-army")]),
 ("special_forces_subject_ar",
  "قتلت القوات الخاصة الأمريكية القيادي في داعش فهد المطيري في ريف دير الزور.",
  [AB(MUTAIRI, USAF)], []),
 ("navy_seals_en",
  "Al-Qaeda commander Salem al-Rashidi was killed by Navy SEALs in Yemen in 2015.",
  [AB(RASHIDI, USAF)], [AB(RASHIDI, "country:yemen")]),
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


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", GROUP_CASES, ids=[c[0] for c in GROUP_CASES])
def test_group_members_killed(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


@pytest.mark.parametrize("name,text,must,must_not", FORCES_CASES,
                         ids=[c[0] for c in FORCES_CASES])
def test_special_forces_are_the_us_armed_forces(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


@pytest.mark.parametrize("name,text,must,must_not", TITLED_CASES,
                         ids=[c[0] for c in TITLED_CASES])
def test_titled_victims_ar(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
