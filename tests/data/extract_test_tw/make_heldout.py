"""Blind set TW: the Maghreb 2013-2019 (first folder of TW-TX): the killing of Chokri Belaid (6 February 2013)
and Hamadi Jebali's technocrat pledge, Ali Laarayedh designated by Moncef Marzouki to succeed Jebali (22
February 2013), the killing of Mohamed Brahmi (25 July 2013) and the interior minister's suspect, the first
verdict in the Belaid case (March 2024) with Boubaker el-Hakim's 2014 claim, Abdelaziz Bouteflika's
resignation handed to Tayeb Belaiz before Abdelkader Bensalah (2 April 2019), and Saadeddine El Othmani
appointed head of government after Abdelilah Benkirane's dismissal (17 March 2017), as a British wire writes
it in English (Reuters-like: "TUNIS, Feb 6 (Reuters) -"), Tunisia's state agency in Arabic (TAP-like: "قرطاج
- وات -"), a French wire in English (AFP-like: "TUNIS, July 26, 2013 (AFP) -"), a Tunis daily in Arabic
(Assabah-like: "تونس - «الصباح»"), Algeria's state agency in English (APS-like: "ALGIERS - ... a communique of
the Presidency said") and Morocco's state agency in Arabic (MAP-like: "الدار البيضاء - و م ع").
Pieces: Belaid shot dead (no agent), Jebali's pledge, Marzouki's cancelled trip (English, TW1); Marzouki
receives Laarayedh and names him to succeed Jebali, Jebali had resigned to him in person, a planned meeting
with Ben Jaafar (Arabic, TW2); Brahmi shot dead (no agent), Ben Jeddou's suspect, Laarayedh who succeeded
Jebali (English, TW3); the Belaid verdict, Hakim's claim of both killings, Gadhgadhi suspected (Arabic,
TW4); Bouteflika hands his resignation to Belaiz in Bensalah's presence, Bedoui who succeeded Ouyahia
(English, TW5); the King receives El Othmani, who succeeds Benkirane; the 2016 audience of Benkirane; Benkirane
who succeeded Abbas El Fassi (Arabic, TW6).
Excluded on purpose (no relation): the unclaimed shooting of Belaid, his brother's accusation of Ennahda,
Marzouki's cancelled Cairo trip (TW1); Belaid's killing recalled without agent, the planned meeting of
Laarayedh with Ben Jaafar (TW2); the main suspect Hakim named by the minister, the family's blame of Ennahda,
Ansar al-Sharia's denial (TW3); the unnamed condemned defendants, the defence's accusation of a "secret
apparatus", Gadhgadhi only suspected, Hakim's death in a strike with no agent stated (TW4); Gaid Salah's call
for Article 102, Bensalah's future interim (only planned by the constitution) (TW5); the planned consultations
(TW6).
Judgement calls: "one of the leaders of the leftist Popular Front" is MEMBER_OF, not LEADS (TW1);
"كلّفه بتشكيل الحكومة الجديدة خلفا لـ" is a succession (TW2); handing in a resignation "خلال لقاء جمعهما" is
a meeting (TW2); "general coordinator" of a party LEADS it (TW3); a claim of responsibility in a video gives
victim -> the claimant (as SQ6's confession), for both victims (TW4); handing the resignation letter in
person, in the presence of the Senate speaker, is a meeting of the three (TW5); a royal audience with an
appointment is a meeting (TW6); "رئيس المجلس الوطني لحزب" heads the party's council, not the party:
MEMBER_OF (TW6); a prime minister or president LEADS the country, a party's secretary-general LEADS it, the
speaker LEADS the assembly; a minister is not paired with an unnamed ministry.
Filled in for the exercise: the wording of the statements and quotes (all); the planned meeting with Ben
Jaafar (TW2); the exact wording of the minister's conference (TW3); the counts of the verdict other than the
death and life sentences (TW4); the wording of the communique (TW5); the wording of the royal statement
(TW6).
Spellings: "Chokri Belaid", "Hamadi Jebali", "Moncef Marzouki" (TW1); «محمد المنصف المرزوقي»، «علي العريض»،
«مصطفى بن جعفر» (TW2); "Ali Larayedh", "Lotfi Ben Jeddou", "Boubaker el-Hakim" (TW3); «أبو بكر الحكيم»،
«كمال القضقاضي»، «الشهيد شكري بلعيد» (TW4); "Tayeb Belaiz", "Abdelkader Bensalah", "Ahmed Gaid Salah" (TW5);
«سعد الدين العثماني»، «عبد الإله بنكيران»، «عباس الفاسي» (TW6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tx import ALL  # noqa: E402

HERE = Path(__file__).parent

TUNISIA, ALGERIA, MOROCCO = "country:tunisia", "country:algeria", "country:morocco"
ENNAHDA, WATAD, POP_FRONT, POP_CURRENT, NCA, IS = (
    "organization:ennahda", "organization:democratic-patriots-movement", "organization:popular-front-tunisia",
    "organization:popular-current-tunisia", "organization:national-constituent-assembly-tunisia",
    "organization:islamic-state")
CC, SENATE, ANP, PJD = (
    "organization:constitutional-council-algeria", "organization:council-of-the-nation",
    "organization:algerian-peoples-national-army", "organization:pjd-morocco")
BELAID, BRAHMI, JEBALI, LAARAYEDH, MARZOUKI, GHANNOUCHI, BEN_JEDDOU, HAKIM, GADHGADHI, BEN_JAAFAR = (
    "person:chokri-belaid", "person:mohamed-brahmi", "person:hamadi-jebali", "person:ali-laarayedh",
    "person:moncef-marzouki", "person:rached-ghannouchi", "person:lotfi-ben-jeddou", "person:boubaker-el-hakim",
    "person:kamel-gadhgadhi", "person:mustapha-ben-jaafar")
BOUTEFLIKA, BENSALAH, BELAIZ, GAID_SALAH, BEDOUI, OUYAHIA = (
    "person:abdelaziz-bouteflika", "person:abdelkader-bensalah", "person:tayeb-belaiz", "person:ahmed-gaid-salah",
    "person:noureddine-bedoui", "person:ahmed-ouyahia")
KING, BENKIRANE, OTHMANI, EL_FASSI = (
    "person:mohammed-vi", "person:abdelilah-benkirane", "person:saadeddine-othmani", "person:abbas-el-fassi")

REUTERS = "blind set (British news wire, English, Reuters-like)"
TAP = "blind set (Tunisian state news agency, Arabic, TAP-like)"
AFP = "blind set (French news wire, English, AFP-like)"
ASSABAH = "blind set (Tunis daily, Arabic, Assabah-like)"
APS = "blind set (Algerian state news agency, English service, APS-like)"
MAP = "blind set (Moroccan state news agency, Arabic, MAP-like)"

ARTICLES = [
    ("enTW1_belaid_shot_dead_reuters", "en",
     "Tunisian opposition leader Belaid shot dead, PM promises technocrat cabinet\n"
     "TUNIS, Feb 6 (Reuters) - Chokri Belaid, a fierce secular critic of Tunisia's Islamist-led government, "
     "was shot dead outside his home in the capital on Wednesday, prompting thousands of protesters to pour "
     "into the streets and set fire to offices of the ruling Ennahda party in several towns.\n"
     "Belaid, 48, the secretary-general of the Democratic Patriots' Movement and one of the leaders of the "
     "leftist Popular Front coalition, was hit by several bullets fired at close range as he left for work in "
     "the El Menzah district, his party said. No group has claimed responsibility for the attack.\n"
     "His brother Abdelmajid accused Ennahda of being behind the killing, a charge rejected by the party's "
     "leader, Rached Ghannouchi, who called it \"a heinous crime\" meant to drag the country into bloodshed.\n"
     "Prime Minister Hamadi Jebali said in a televised address in the evening that he would dissolve his "
     "government and form a small cabinet of non-partisan technocrats to run the country until elections.\n"
     "President Moncef Marzouki, who was in Strasbourg to address the European Parliament when the news broke, "
     "flew home and called off a planned trip to an Islamic summit in Cairo, his office said.\n"
     "The UGTT labour federation called a general strike for Friday, the day of the funeral.",
     [("LEADS", BELAID, WATAD, "the secretary-general of the Democratic Patriots' Movement"),
      ("MEMBER_OF", BELAID, POP_FRONT, "one of the leaders of the"),
      ("LEADS", GHANNOUCHI, ENNAHDA, "leader, Rached Ghannouchi"),
      ("LEADS", JEBALI, TUNISIA, "Prime Minister Hamadi Jebali said"),
      ("LEADS", MARZOUKI, TUNISIA, "President Moncef Marzouki, who"),
      ],
     {"source": REUTERS, "published": "2013-02-06"}),

    ("arTW2_laarayedh_designated_tap", "ar",
     "رئيس الجمهورية يكلّف علي العريض بتشكيل الحكومة الجديدة\n"
     "قرطاج - وات - استقبل رئيس الجمهورية المؤقت محمد المنصف المرزوقي، بعد ظهر اليوم الجمعة بقصر قرطاج، "
     "وزير الداخلية في الحكومة المستقيلة علي العريض، القيادي في حركة النهضة، وكلّفه بتشكيل الحكومة الجديدة "
     "خلفا لحمادي الجبالي.\n"
     "وأفاد العريض، في تصريح إعلامي إثر اللقاء، بأنه سيشرع بداية من الغد في مشاورات مع مختلف الأحزاب "
     "والمنظمات الوطنية من أجل تشكيل حكومة \"لكل التونسيات والتونسيين\"، على أن يعرض تركيبتها على المجلس "
     "الوطني التأسيسي في أجل أقصاه خمسة عشر يوما.\n"
     "وكان الجبالي قد قدّم استقالته إلى رئيس الجمهورية خلال لقاء جمعهما يوم الثلاثاء الماضي بقصر قرطاج، إثر "
     "تعثّر مبادرته لتشكيل حكومة كفاءات غير متحزبة، وهي المبادرة التي أعلن عنها مساء اغتيال المناضل اليساري "
     "شكري بلعيد في السادس من فيفري الجاري.\n"
     "ومن جهته، أكد رئيس حركة النهضة راشد الغنوشي أن الحركة منفتحة على توسيع الائتلاف الحاكم.\n"
     "ومن المنتظر أن يلتقي رئيس الحكومة المكلّف يوم غد السبت رئيس المجلس الوطني التأسيسي مصطفى بن جعفر.",
     [("MET_WITH", MARZOUKI, LAARAYEDH, "وزير الداخلية في الحكومة المستقيلة علي العريض", "2013-02-22"),
      ("SUCCESSOR_OF", LAARAYEDH, JEBALI, "خلفا لحمادي الجبالي", "2013-02-22"),
      ("MEMBER_OF", LAARAYEDH, ENNAHDA, "القيادي في حركة النهضة"),
      ("MET_WITH", JEBALI, MARZOUKI, "خلال لقاء جمعهما", "2013-02-19"),
      ("LEADS", MARZOUKI, TUNISIA, "رئيس الجمهورية المؤقت محمد المنصف"),
      ("LEADS", GHANNOUCHI, ENNAHDA, "رئيس حركة النهضة راشد"),
      ("LEADS", BEN_JAAFAR, NCA, "رئيس المجلس الوطني التأسيسي مصطفى"),
      ],
     {"source": TAP, "published": "2013-02-22"}),

    ("enTW3_brahmi_same_gun_afp", "en",
     "Same gun killed Tunisian MP Brahmi and Belaid, minister says\n"
     "TUNIS, July 26, 2013 (AFP) - The same weapon was used to kill opposition MP Mohamed Brahmi and leftist "
     "leader Chokri Belaid five months ago, Tunisia's interior minister said Friday, pointing to a radical "
     "Salafist already wanted in the first case.\n"
     "Brahmi, 58, a member of the National Constituent Assembly for Sidi Bouzid and general coordinator of "
     "the Popular Current, a small Arab nationalist party he founded this month, was gunned down on Thursday "
     "in front of his wife and children outside his home in Ariana, on the edge of the capital.\n"
     "\"The same 9mm automatic weapon that killed Chokri Belaid killed Mohamed Brahmi,\" Interior Minister "
     "Lotfi Ben Jeddou told reporters, adding that the main suspect was Boubaker el-Hakim, a Franco-Tunisian "
     "jihadist close to the Ansar al-Sharia movement, which has denied any role.\n"
     "Brahmi's family blamed the ruling Islamist party Ennahda, which condemned \"a cowardly crime\".\n"
     "Prime Minister Ali Larayedh, who succeeded Hamadi Jebali in March, has ruled out resigning, while "
     "dozens of opposition deputies said they were walking out of the assembly. The UGTT union federation "
     "called a general strike for Friday.",
     [("MEMBER_OF", BRAHMI, NCA, "a member of the National Constituent Assembly"),
      ("LEADS", BRAHMI, POP_CURRENT, "general coordinator of"),
      ("SUCCESSOR_OF", LAARAYEDH, JEBALI, "who succeeded Hamadi Jebali", "2013-03-13"),
      ("LEADS", LAARAYEDH, TUNISIA, "Prime Minister Ali Larayedh"),
      ],
     {"source": AFP, "published": "2013-07-26"}),
]

ARTICLES += [
    ("arTW4_belaid_verdict_assabah", "ar",
     "قضية اغتيال الشهيد شكري بلعيد: الإعدام لأربعة متهمين والمؤبد لاثنين\n"
     "تونس - «الصباح»\n"
     "بعد أكثر من أحد عشر عاما على اغتياله أمام منزله بالمنزه السادس، أسدلت الدائرة الجنائية المختصة بالنظر "
     "في قضايا الإرهاب بالمحكمة الابتدائية بتونس فجر أمس الستار على الطور الابتدائي من قضية اغتيال الأمين "
     "العام لحزب الوطنيين الديمقراطيين الموحد شكري بلعيد، وقضت بالإعدام في حق أربعة متهمين وبالسجن مدى الحياة "
     "في حق اثنين آخرين، وبأحكام بالسجن تراوحت بين سنتين وعشرين سنة في حق بقية المتهمين.\n"
     "واعتبرت هيئة الدفاع عن الشهيد أن الأحكام \"خطوة أولى\"، مؤكدة أن الجهة التي خطّطت للاغتيال لم تُكشف بعد، "
     "وجدّدت اتهامها لما تسميه \"الجهاز السري\" لحركة النهضة، وهو ما تنفيه الحركة.\n"
     "ويُذكر أن القيادي في تنظيم \"داعش\" أبو بكر الحكيم كان قد تبنّى، في شريط فيديو بُثّ في ديسمبر 2014، "
     "اغتيال بلعيد واغتيال النائب بالمجلس الوطني التأسيسي محمد البراهمي في 25 جويلية 2013، قبل أن تعلن وزارة "
     "الدفاع الأمريكية مقتله في غارة جوية على مدينة الرقة السورية أواخر 2016.\n"
     "وكانت وزارة الداخلية قد أعلنت في فيفري 2014 أن كمال القضقاضي، المشتبه به الرئيسي في إطلاق النار على "
     "بلعيد، قُتل خلال عملية أمنية بمنطقة رواد، وهو ما حال دون مثوله أمام القضاء.",
     [("LEADS", BELAID, WATAD, "العام لحزب الوطنيين الديمقراطيين الموحد"),
      ("ASSASSINATED_BY", BELAID, HAKIM, "اغتيال بلعيد واغتيال النائب", "2013-02-06"),
      ("ASSASSINATED_BY", BRAHMI, HAKIM, "بالمجلس الوطني التأسيسي محمد البراهمي", "2013-07-25"),
      ("MEMBER_OF", BRAHMI, NCA, "النائب بالمجلس الوطني التأسيسي"),
      ("MEMBER_OF", HAKIM, IS, "القيادي في تنظيم"),
      ],
     {"source": ASSABAH, "published": "2024-03-28"}),

    ("enTW5_bouteflika_resigns_aps", "en",
     "President Bouteflika notifies Constitutional Council of end of his term\n"
     "ALGIERS - President of the Republic Abdelaziz Bouteflika officially notified on Tuesday the President of "
     "the Constitutional Council, Tayeb Belaiz, of his decision to end his term of office, a communique of the "
     "Presidency of the Republic said.\n"
     "The Head of State handed the letter to Mr. Belaiz at the Zeralda residence in the presence of the "
     "President of the Council of the Nation, Abdelkader Bensalah, according to images broadcast by public "
     "television.\n"
     "The announcement came a few hours after the Chief of Staff of the People's National Army, Lieutenant "
     "General Ahmed Gaid Salah, called at a meeting with the commanders of the forces for the \"immediate\" "
     "application of Articles 7, 8 and 102 of the Constitution.\n"
     "Under the Constitution, the Constitutional Council is to meet to establish the definitive vacancy of the "
     "office, which Parliament, with its two chambers sitting together, must then confirm; the President of the "
     "Council of the Nation would then serve as Head of State for a maximum of ninety days, during which a "
     "presidential election is to be held.\n"
     "Prime Minister Noureddine Bedoui, appointed on March 11 to succeed Ahmed Ouyahia, has yet to complete "
     "the formation of his government, announced on Sunday.",
     met_group({BOUTEFLIKA: "Abdelaziz Bouteflika officially notified", BELAIZ: "handed the letter to Mr. Belaiz",
                 BENSALAH: "Nation, Abdelkader Bensalah, according"}, "2019-04-02")
     + [("LEADS", BELAIZ, CC, "the Constitutional Council, Tayeb Belaiz"),
        ("LEADS", BENSALAH, SENATE, "President of the Council of the Nation, Abdelkader"),
        ("LEADS", GAID_SALAH, ANP, "General Ahmed Gaid Salah, called"),
        ("LEADS", BOUTEFLIKA, ALGERIA, "President of the Republic Abdelaziz"),
        ("LEADS", BEDOUI, ALGERIA, "Prime Minister Noureddine Bedoui"),
        ("SUCCESSOR_OF", BEDOUI, OUYAHIA, "to succeed Ahmed Ouyahia", "2019-03-11"),
        ],
     {"source": APS, "published": "2019-04-02"}),

    ("arTW6_othmani_appointed_map", "ar",
     "جلالة الملك يعين السيد سعد الدين العثماني رئيسا للحكومة\n"
     "الدار البيضاء - و م ع - استقبل صاحب الجلالة الملك محمد السادس، اليوم الجمعة بالقصر الملكي بالدار "
     "البيضاء، السيد سعد الدين العثماني، رئيس المجلس الوطني لحزب العدالة والتنمية، وعينه جلالته رئيسا للحكومة، "
     "وكلفه بتشكيل الحكومة الجديدة، طبقا لمقتضيات الفصل 47 من الدستور.\n"
     "ويأتي هذا التعيين بعد القرار الذي اتخذه جلالة الملك، يوم الأربعاء الماضي، بإعفاء السيد عبد الإله بنكيران "
     "من مهامه رئيسا للحكومة المعين، بعد أن لم تسفر المشاورات التي أجراها لأزيد من خمسة أشهر عن تشكيل "
     "أغلبية حكومية، حسب بلاغ للديوان الملكي.\n"
     "ويخلف السيد العثماني، الذي شغل منصب وزير الشؤون الخارجية والتعاون بين 2012 و2013، الأمين العام لحزبه، "
     "بنكيران، في رئاسة الحكومة.\n"
     "وكان جلالة الملك قد استقبل السيد بنكيران بالقصر الملكي بالدار البيضاء في العاشر من أكتوبر الماضي، وعينه "
     "رئيسا للحكومة لولاية ثانية، إثر تصدر حزبه نتائج الانتخابات التشريعية، بعد ولاية أولى بدأها في نونبر 2011 "
     "خلفا للسيد عباس الفاسي.\n"
     "ومن المنتظر أن يشرع رئيس الحكومة الجديد في مشاوراته مع زعماء الأحزاب مطلع الأسبوع المقبل.",
     [("MET_WITH", KING, OTHMANI, "البيضاء، السيد سعد الدين العثماني", "2017-03-17"),
      ("MEMBER_OF", OTHMANI, PJD, "رئيس المجلس الوطني لحزب العدالة والتنمية"),
      ("SUCCESSOR_OF", OTHMANI, BENKIRANE, "ويخلف السيد العثماني", "2017-03-17"),
      ("LEADS", BENKIRANE, PJD, "الأمين العام لحزبه"),
      ("MET_WITH", KING, BENKIRANE, "استقبل السيد بنكيران", "2016-10-10"),
      ("SUCCESSOR_OF", BENKIRANE, EL_FASSI, "خلفا للسيد عباس الفاسي", "2011-11-29"),
      ],
     {"source": MAP, "published": "2017-03-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTW")
