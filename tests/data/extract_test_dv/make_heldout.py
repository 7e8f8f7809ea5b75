"""Blind set DV: Quds Force visits to Iraq and the 2020 Baghdad airport strike, as short items on
Iraqi and regional news sites, 2020-2023: Ghaani's unannounced Baghdad trip and his talks with
Sudani, al-Malki and Amiri, a cancelled meeting with al-Hakeem (Middle East Eye-style, Jan 2023);
Qaani in Erbil with Masoud Barzani and Fazil Mirani, then al-Maliki in Baghdad, a meeting denied
by Sadr's office (Al-Ain-style, 2022); the first anniversary rally for Suleimani and Almuhandis,
the Trump arrest warrant and a planned Raisi-Zaidan meeting (Rudaw-style, Jan 2021); Abu Fadak
al-Muhammadawi replacing al-Muhandis at the PMF (Alhurra-style, Feb 2020); Kadhemi receiving
CENTCOM's McKenzie and the coalition commander, a planned Erbil stop and an unclaimed rocket
attack (The New Arab-style, 2021); Kadhimi received by Khamenei and talks with Rouhani, a phone
call to Riyadh (Al-Araby Al-Jadeed-style, July 2020).
Style: en/ar alternating; short ticker items expanded; unnamed sources; planned, cancelled and
denied meetings; an accusation (arrest warrant) that is not a finding; clitics in Arabic.
Spellings: Ghaani / قآني, Soleimani / Suleimani, al-Mohandes / Almuhandis, al-Malki, al-Hakeem,
Kadhemi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dv/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dx import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN = "country:united-states", "country:iran"
QAA, SOL, MUH, FAD = ("person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                      "person:abdul-aziz-al-muhammadawi")
SUD, MAL, AMI, HAK, KAD = ("person:mohammed-shia-al-sudani", "person:nouri-al-maliki", "person:hadi-al-amiri",
                           "person:ammar-al-hakim", "person:mustafa-al-kadhimi")
FAY, AAM, KHA, ROU = ("person:falih-al-fayyadh", "person:adil-abdul-mahdi", "person:ali-khamenei",
                      "person:hassan-rouhani")
QF, PMF, GOV = "organization:quds-force", "organization:popular-mobilization-forces", "organization:iraqi-government"
BAG, ERB = "location:baghdad", "location:erbil"

ARTICLES = [
    ("enDV1_ghaani_baghdad_framework", "en",
     "BAGHDAD (Middle East Eye) - Esmail Ghaani, the commander of Iran's Quds Force, made an "
     "unannounced two-day visit to Baghdad this week, meeting Prime Minister Mohammed Shia al-Sudani "
     "and senior figures of the ruling Coordination Framework, two Iraqi officials said.\n"
     "Ghaani held talks with former prime minister Nouri al-Malki at his home on Tuesday evening and "
     "met Badr Organization chief Hadi al-Amiri the next morning, the officials said. A planned "
     "meeting with Ammar al-Hakeem was called off at the last minute.\n"
     "Government spokesman Basim al-Awadi told Middle East Eye he could not confirm the visit.\n"
     "Ghaani took over the Quds Force three years ago, after his predecessor Qassem Soleimani and "
     "PMF deputy chief Abu Mahdi al-Mohandes were killed in a U.S. drone strike outside Baghdad airport.",
     [("LEADS", QAA, QF, "the commander of Iran's Quds Force"),
      ("VISITED", QAA, BAG, "unannounced two-day visit to Baghdad", "2023-01"),
      ("MET_WITH", QAA, SUD, "meeting Prime Minister Mohammed Shia al-Sudani", "2023-01"),
      ("LEADS", SUD, GOV, "meeting Prime Minister Mohammed Shia al-Sudani"),
      ("MET_WITH", QAA, MAL, "held talks with former prime minister Nouri al-Malki", "2023-01"),
      ("LEADS", MAL, GOV, "held talks with former prime minister Nouri al-Malki"),
      ("MET_WITH", QAA, AMI, "met Badr Organization chief", "2023-01"),
      ("LEADS", AMI, "organization:badr-organization", "Badr Organization chief Hadi"),
      ("MEMBER_OF", "person:basim-al-awadi", GOV, "Government spokesman Basim al-Awadi"),
      ("REPORTED_BY", "person:basim-al-awadi", "outlet:middle-east-eye", "told Middle East Eye he could not"),
      ("SUCCESSOR_OF", QAA, SOL, "after his predecessor Qassem Soleimani", "2020-01"),
      ("LEADS", SOL, QF, "after his predecessor Qassem Soleimani"),
      ("MEMBER_OF", MUH, PMF, "PMF deputy chief Abu Mahdi"),
      ("ASSASSINATED_BY", SOL, US, "killed in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "killed in a U.S. drone strike", "2020-01-03"),
      ],
     {"source": "blind set (Middle East Eye-style)", "published": "2023-01-12"}),

    ("arDV2_qaani_erbil_barzani", "ar",
     "أربيل - العين الإخبارية\n"
     "كشفت مصادر كردية مطلعة أن قائد فيلق القدس في الحرس الثوري الإيراني إسماعيل قآني وصل إلى "
     "أربيل، مساء الأحد، في زيارة لم يعلن عنها مسبقاً، والتقى زعيم الحزب الديمقراطي الكردستاني "
     "مسعود بارزاني في مصيف صلاح الدين.\n"
     "وقالت المصادر إن قآني حمل رسالة تتعلق بتشكيل الحكومة المقبلة، وإن اللقاء حضره القيادي في "
     "الحزب فاضل ميراني.\n"
     "وانتقل الجنرال الإيراني بعدها إلى بغداد، حيث اجتمع برئيس ائتلاف دولة القانون نوري المالكي، "
     "فيما نفى مكتب زعيم التيار الصدري مقتدى الصدر أن يكون الصدر قد استقبل قآني في الحنانة.\n"
     "وتعد هذه الزيارة الثالثة لقآني إلى إقليم كردستان منذ تعيينه خلفاً لقاسم سليماني مطلع 2020.",
     [("LEADS", QAA, QF, "قائد فيلق القدس في الحرس"),
      ("PART_OF", QF, "organization:irgc", "في الحرس الثوري الإيراني"),
      ("VISITED", QAA, ERB, "وصل إلى", "2022"),
      ("MET_WITH", QAA, "person:masoud-barzani", "والتقى زعيم الحزب الديمقراطي", "2022"),
      ("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party",
       "زعيم الحزب الديمقراطي الكردستاني"),
      ("MET_WITH", QAA, "person:fazil-mirani", "اللقاء حضره القيادي", "2022"),
      ("MEMBER_OF", "person:fazil-mirani", "organization:kurdistan-democratic-party", "القيادي في"),
      ("VISITED", QAA, BAG, "وانتقل الجنرال الإيراني بعدها إلى بغداد", "2022"),
      ("MET_WITH", QAA, MAL, "اجتمع برئيس ائتلاف", "2022"),
      ("LEADS", MAL, "organization:state-of-law-coalition", "برئيس ائتلاف دولة القانون"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "زعيم التيار الصدري مقتدى"),
      ("VISITED", QAA, "location:kurdistan-region", "الزيارة الثالثة لقآني إلى إقليم كردستان"),
      ("SUCCESSOR_OF", QAA, SOL, "تعيينه خلفاً لقاسم", "2020-01"),
      ],
     {"source": "blind set (Al-Ain News-style)", "published": "2022-05"}),

    ("enDV3_anniversary_trump_warrant", "en",
     "BAGHDAD (Rudaw) - Thousands of supporters of Iraq's Popular Mobilization Forces rallied in "
     "Baghdad's Tahrir Square on Sunday to mark the first anniversary of the deaths of Iranian "
     "general Qasem Suleimani and PMF deputy head Abu Mahdi Almuhandis, whose convoy was struck by a "
     "U.S. drone near Baghdad International Airport on January 3, 2020.\n"
     "PMF chairman Falih al-Fayyadh told the crowd the blood of the two men would not be forgotten, "
     "while Kataib Hezbollah spokesman Mohammed Mohi demanded the exit of U.S. troops.\n"
     "The rally came days after a Baghdad investigative court issued an arrest warrant for outgoing "
     "U.S. President Donald Trump over the killing of Almuhandis. Iraqi Foreign Ministry spokesman "
     "Ahmed al-Sahaf said the ruling was a judicial matter.\n"
     "Iran's judiciary chief Ebrahim Raisi is expected in Baghdad next month to discuss the case "
     "with Faiq Zaidan, head of Iraq's Supreme Judicial Council.",
     [("ASSASSINATED_BY", SOL, US, "whose convoy was struck by a", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "whose convoy was struck by a", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "PMF deputy head Abu Mahdi"),
      ("LEADS", FAY, PMF, "PMF chairman Falih"),
      ("MEMBER_OF", "person:mohammed-mohi", "organization:kataib-hezbollah", "Kataib Hezbollah spokesman"),
      ("LEADS", "person:donald-trump", US, "outgoing U.S. President Donald Trump"),
      ("MEMBER_OF", "person:ahmed-al-sahaf", "organization:iraqi-foreign-ministry",
       "Iraqi Foreign Ministry spokesman"),
      ("LEADS", "person:ebrahim-raisi", "organization:iranian-judiciary", "Iran's judiciary chief"),
      ("LEADS", "person:faiq-zaidan", "organization:supreme-judicial-council",
       "head of Iraq's Supreme Judicial Council"),
      ("LOCATED_IN", "location:tahrir-square", BAG, "Baghdad's Tahrir Square"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2021-01-03"}),

    ("arDV4_abu_fadak_replaces_muhandis", "ar",
     "بغداد - الحرة\n"
     "أعلنت هيئة الحشد الشعبي، الخميس، تعيين عبد العزيز المحمداوي، المعروف بـ\"أبو فدك\"، رئيساً "
     "لأركان الهيئة، ليحل محل أبو مهدي المهندس الذي قتل بضربة أميركية قرب مطار بغداد الدولي مطلع "
     "كانون الثاني الماضي.\n"
     "وقال مصدر في الهيئة لموقع \"الحرة\" إن رئيس الهيئة فالح الفياض استقبل المحمداوي في مكتبه بعد "
     "صدور القرار، فيما لم يصدر أي تعليق عن رئيس الوزراء المستقيل عادل عبد المهدي.\n"
     "والمحمداوي قيادي سابق في كتائب حزب الله، التي تتهمها واشنطن بشن هجمات صاروخية على قواعد "
     "تستضيف قوات أميركية، وهو ما تنفيه الكتائب.\n"
     "واعترضت ألوية العتبات، ومنها لواء أنصار المرجعية بقيادة حميد الياسري، على التعيين، معتبرة "
     "أنه يكرس نفوذ الفصائل القريبة من طهران.",
     [("MEMBER_OF", FAD, PMF, "تعيين عبد العزيز المحمداوي"),
      ("SUCCESSOR_OF", FAD, MUH, "ليحل محل أبو مهدي", "2020-02-20"),
      ("MEMBER_OF", MUH, PMF, "ليحل محل أبو مهدي"),
      ("ASSASSINATED_BY", MUH, US, "قتل بضربة أميركية", "2020-01-03"),
      ("LEADS", FAY, PMF, "رئيس الهيئة فالح"),
      ("MET_WITH", FAY, FAD, "استقبل المحمداوي في مكتبه", "2020-02-20"),
      ("LEADS", AAM, GOV, "رئيس الوزراء المستقيل عادل"),
      ("MEMBER_OF", FAD, "organization:kataib-hezbollah", "قيادي سابق في كتائب حزب الله"),
      ("LEADS", "person:hamid-al-yasiri", "organization:ansar-al-marjaiya-brigade", "بقيادة حميد الياسري"),
      ],
     {"source": "blind set (Alhurra-style)", "published": "2020-02-20"}),

    ("enDV5_kadhemi_mckenzie_advisory", "en",
     "BAGHDAD (The New Arab) - Iraqi Prime Minister Mustafa al-Kadhemi received the head of U.S. "
     "Central Command, Gen. Kenneth McKenzie, in Baghdad on Tuesday, and the two discussed the shift "
     "of U.S. forces to an advisory role by the end of the year, Kadhemi's office said.\n"
     "McKenzie and Lt. Gen. Paul Calvert, commander of the U.S.-led coalition against the Islamic "
     "State group, also held talks with Defence Minister Juma Inad and army chief of staff Lt. Gen. "
     "Abdul Amir Yarallah.\n"
     "The CENTCOM chief is expected to fly to Erbil to meet Kurdistan Region Prime Minister Masrour "
     "Barzani, a coalition official said.\n"
     "The visit came hours after rockets hit Ain al-Asad air base in Anbar province, causing no "
     "casualties. No group claimed the attack, Joint Operations Command spokesman Maj. Gen. Tahsin "
     "al-Khafaji said.",
     [("LEADS", KAD, GOV, "Iraqi Prime Minister Mustafa al-Kadhemi"),
      ("MET_WITH", KAD, "person:kenneth-mckenzie", "received the head of U.S.", "2021-07"),
      ("LEADS", "person:kenneth-mckenzie", "organization:us-central-command", "received the head of U.S."),
      ("VISITED", "person:kenneth-mckenzie", BAG, "Gen. Kenneth McKenzie, in Baghdad", "2021-07"),
      ("MET_WITH", "person:kenneth-mckenzie", "person:juma-inad", "also held talks with Defence Minister", "2021-07"),
      ("MET_WITH", "person:kenneth-mckenzie", "person:abdul-amir-yarallah", "also held talks with Defence Minister", "2021-07"),
      ("MET_WITH", "person:paul-calvert", "person:juma-inad", "also held talks with Defence Minister", "2021-07"),
      ("MET_WITH", "person:paul-calvert", "person:abdul-amir-yarallah", "also held talks with Defence Minister", "2021-07"),
      ("LEADS", "person:paul-calvert", "organization:international-coalition", "commander of the U.S.-led coalition"),
      ("LEADS", "person:juma-inad", "organization:iraqi-defense-ministry", "Defence Minister Juma Inad"),
      ("LEADS", "person:abdul-amir-yarallah", "organization:iraqi-army", "army chief of staff Lt. Gen."),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "Kurdistan Region Prime Minister Masrour"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "Ain al-Asad air base in Anbar"),
      ("MEMBER_OF", "person:tahsin-al-khafaji", "organization:joint-operations-command",
       "Joint Operations Command spokesman"),
      ],
     {"source": "blind set (The New Arab-style)", "published": "2021-07"}),

    ("arDV6_kadhimi_received_by_khamenei", "ar",
     "طهران - العربي الجديد\n"
     "استقبل المرشد الإيراني علي خامنئي، الثلاثاء، رئيس الوزراء العراقي مصطفى الكاظمي والوفد "
     "المرافق له في زيارته الأولى إلى طهران، وقال إن إيران \"لن تنسى أبداً\" اغتيال قاسم سليماني، "
     "قائد فيلق القدس الذي قتل بغارة أميركية في بغداد مطلع العام.\n"
     "وكان الكاظمي قد أجرى في وقت سابق مباحثات مع الرئيس حسن روحاني في قصر سعد آباد، بحضور وزير "
     "الصحة حسن التميمي ووزير المالية علي علاوي. "
     "وأكد روحاني استعداد بلاده لمساعدة العراق في ملف الكهرباء، فيما قال الكاظمي إن العراق لن "
     "يكون منطلقاً لأي اعتداء على جيرانه.\n"
     "وجاءت الزيارة بعد تأجيل محطته الأولى في الرياض إثر دخول العاهل السعودي المستشفى، وأجرى الكاظمي "
     "قبل مغادرته اتصالاً هاتفياً بولي العهد السعودي الأمير محمد بن سلمان.",
     [("MET_WITH", KHA, KAD, "استقبل المرشد الإيراني", "2020-07-21"),
      ("LEADS", KHA, IRAN, "المرشد الإيراني علي"),
      ("LEADS", KAD, GOV, "رئيس الوزراء العراقي مصطفى"),
      ("VISITED", KAD, "location:tehran", "في زيارته الأولى إلى طهران", "2020-07-21"),
      ("LEADS", SOL, QF, "قائد فيلق القدس الذي"),
      ("ASSASSINATED_BY", SOL, US, "قتل بغارة أميركية في بغداد", "2020-01-03"),
      ("MET_WITH", KAD, ROU, "مباحثات مع الرئيس حسن", "2020-07-21"),
      ("LEADS", ROU, IRAN, "مع الرئيس حسن روحاني"),
      ("MET_WITH", ROU, "person:hassan-al-tamimi", "بحضور وزير", "2020-07-21"),
      ("MET_WITH", ROU, "person:ali-allawi", "بحضور وزير", "2020-07-21"),
      ("LEADS", "person:hassan-al-tamimi", "organization:iraqi-health-ministry", "الصحة حسن التميمي"),
      ("LEADS", "person:ali-allawi", "organization:iraqi-finance-ministry", "ووزير المالية علي"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-07-21"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDV")
