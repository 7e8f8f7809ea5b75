"""Blind set DT: the Houthis' foreign ties, the Red Sea and Yemen's two governments, 2019-2025
(regional-daily and wire style): Khamenei receiving the Houthi delegation of Mohammed Abdul Salam
in Tehran with a letter from Abdul-Malik al-Houthi, talks with Zarif and a planned Beirut stop
(Asharq Al-Awsat English-style, Aug 2019); the first US-British strikes on Houthi targets,
statements by Saree and al-Bukhaiti, Abdulsalam and Albusaidi in Muscat and a phone call
(Al-Araby Al-Jadeed-style, Jan 2024); Salem bin Breik replacing bin Mubarak as prime minister,
al-Olaimi receiving him, a chain of successions and a planned envoy meeting (The National-style,
May 2025); the funeral of al-Ghamari with no stated agent, an accusation only, and al-Madani named
in his place (Arabic Houthi-beat style, Oct 2025); Grundberg succeeding Griffiths, who had
replaced Ould Cheikh Ahmed, on his first tour to Riyadh and Muscat (The National-style, Sep 2021);
Abdulsalam at Nasrallah's funeral in Beirut meeting Naim Qassem, Araghchi and Ghalibaf, with a
cancelled meeting with Berri (Al-Araby Al-Jadeed-style, Feb 2025).
Style: en/ar alternating; received/was received by; lists; clitics (بالعاطفي، لخليفته);
negation; planned and cancelled meetings; phone calls; deaths with and without a stated agent.
Spellings: Abdul Salam / Abdulsalam, al-Olaimi.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dt/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_du import ALL  # noqa: E402

HERE = Path(__file__).parent

MASH, ABDS, AMH, KHA = ("person:mahdi-al-mashat", "person:mohammed-abdulsalam", "person:abdul-malik-al-houthi",
                        "person:ali-khamenei")
ZAR, DAIL, HADI, ERY, NAS = ("person:mohammad-javad-zarif", "person:ibrahim-al-dailami",
                             "person:abdrabbuh-mansour-hadi", "person:moammar-al-eryani",
                             "person:hassan-nasrallah")
SAR, BUK, BUS, BLI, SHA = ("person:yahya-saree", "person:mohammed-al-bukhaiti", "person:badr-albusaidi",
                           "person:antony-blinken", "person:grant-shapps")
BRK, MUB, MAE, ALI, ZIN, DAE, GRU = ("person:salem-bin-breik", "person:ahmed-awad-bin-mubarak",
                                     "person:maeen-abdulmalik", "person:rashad-al-alimi",
                                     "person:shaya-al-zindani", "person:mohsen-al-daeri", "person:hans-grundberg")
GHA, MAD, ATI, AKH = ("person:mohammed-al-ghamari", "person:yousef-al-madani", "person:mohammed-al-atifi",
                      "person:abdulkhaliq-al-houthi")
GRI, OCA = "person:martin-griffiths", "person:ismail-ould-cheikh-ahmed"
QAS, ARA, GHL, BER = ("person:naim-qassem", "person:abbas-araghchi", "person:mohammad-bagher-ghalibaf",
                      "person:nabih-berri")
SPC, HOU, HGOV, PLC = ("organization:houthi-supreme-political-council", "organization:houthis",
                       "organization:houthi-government", "organization:presidential-leadership-council")
YGOV, UN, HGS, HEZ = ("organization:yemeni-government", "organization:united-nations",
                      "organization:houthi-general-staff", "organization:hezbollah")
IFM, OFM = "organization:iranian-foreign-ministry", "organization:omani-foreign-ministry"
ISR, YEM, US, UK = "country:israel", "country:yemen", "country:united-states", "country:united-kingdom"

ARTICLES = [
    ("enDT1_abdul_salam_received_by_khamenei", "en",
     "Iran's Supreme Leader Ali Khamenei on Tuesday received in Tehran a Houthi delegation headed by "
     "the group's spokesman Mohammed Abdul Salam, in the first publicly announced meeting of its kind, "
     "and voiced support for the Yemeni militia in its war against the Saudi-led coalition.\n"
     "Abdul Salam handed Khamenei a letter from Houthi leader Abdul-Malik al-Houthi, according to "
     "the Iranian leader's official website. The delegation also held talks with Foreign Minister "
     "Mohammad Javad Zarif, who said Tehran favoured a political settlement in Yemen.\n"
     "Tehran has since accepted Ibrahim al-Dailami as the Houthis' ambassador, a step condemned by "
     "the government of Yemen's President Abd Rabbuh Mansour Hadi as a \"flagrant violation\" of "
     "international law. Yemeni Information Minister Moammar al-Eryani said the visit exposed "
     "\"the Iranian role in the coup.\"\n"
     "Saudi Arabia and its allies accuse Iran of arming the Houthis with missiles and drones, a "
     "charge Tehran denies.\n"
     "Abdul Salam was expected to travel on to Beirut to meet Hezbollah chief Hassan Nasrallah, "
     "sources close to the group told Asharq Al-Awsat, though no date was announced.",
     [("MET_WITH", KHA, ABDS, "received in Tehran a Houthi delegation", "2019-08-13"),
      ("VISITED", ABDS, "location:tehran", "received in Tehran a Houthi delegation", "2019-08-13"),
      ("LEADS", KHA, "country:iran", "Iran's Supreme Leader Ali"),
      ("MEMBER_OF", ABDS, HOU, "the group's spokesman Mohammed"),
      ("SUPPORTS", KHA, HOU, "voiced support for the Yemeni militia"),
      ("LEADS", AMH, HOU, "from Houthi leader Abdul-Malik"),
      ("MET_WITH", ABDS, ZAR, "also held talks with Foreign Minister", "2019-08-13"),
      ("LEADS", ZAR, IFM, "also held talks with Foreign Minister"),
      ("MEMBER_OF", DAIL, HOU, "as the Houthis' ambassador"),
      ("LEADS", HADI, YEM, "Yemen's President Abd Rabbuh"),
      ("MEMBER_OF", ERY, YGOV, "Yemeni Information Minister"),
      ("LEADS", NAS, HEZ, "Hezbollah chief Hassan"),
      ],
     {"source": "blind set (Asharq Al-Awsat English-style)", "published": "2019-08-14"}),

    ("arDT2_us_uk_strikes_red_sea", "ar",
     "شنّت الولايات المتحدة وبريطانيا، فجر الجمعة، عشرات الغارات على مواقع لجماعة الحوثيين في صنعاء "
     "والحديدة وصعدة وذمار، رداً على هجمات الجماعة على السفن التجارية في البحر الأحمر، في أول ضربات "
     "من نوعها منذ بدء الجماعة حملتها قبل نحو شهرين.\n"
     "وقال المتحدث العسكري باسم الجماعة يحيى سريع، في بيان بثته قناة المسيرة، إن الغارات أسفرت عن "
     "مقتل خمسة من عناصرها، مؤكداً أن «العدوان لن يمر دون رد أو عقاب».\n"
     "من جهته، قال عضو المكتب السياسي محمد البخيتي لقناة الجزيرة إن الجماعة ستواصل استهداف السفن "
     "المرتبطة بإسرائيل «مهما كانت التضحيات».\n"
     "وفي لندن، قال وزير الدفاع البريطاني غرانت شابس إن الضربات «محدودة وضرورية».\n"
     "وفي مسقط، بحث كبير مفاوضي الجماعة محمد عبد السلام مع وزير الخارجية العماني بدر البوسعيدي "
     "التطورات، فيما أجرى البوسعيدي اتصالاً هاتفياً بوزير الخارجية الأميركي أنتوني بلينكن دعا فيه "
     "إلى «ضبط النفس».\n"
     "وكانت الجماعة قد استولت في تشرين الثاني (نوفمبر) الماضي على سفينة الشحن «غالاكسي ليدر»، كما "
     "أطلقت صواريخ ومسيّرات باتجاه مدينة إيلات الإسرائيلية.",
     [("ATTACKED", US, HOU, "شنّت الولايات المتحدة وبريطانيا", "2024-01-12"),
      ("ATTACKED", UK, HOU, "شنّت الولايات المتحدة وبريطانيا", "2024-01-12"),
      ("MEMBER_OF", SAR, HOU, "المتحدث العسكري باسم الجماعة"),
      ("REPORTED_BY", SAR, "outlet:al-masirah", "في بيان بثته قناة المسيرة"),
      ("MEMBER_OF", BUK, HOU, "عضو المكتب السياسي محمد"),
      ("REPORTED_BY", BUK, "outlet:al-jazeera", "البخيتي لقناة الجزيرة"),
      ("LEADS", SHA, "organization:uk-ministry-of-defence", "وزير الدفاع البريطاني غرانت"),
      ("MET_WITH", ABDS, BUS, "بحث كبير مفاوضي الجماعة", "2024-01"),
      ("MEMBER_OF", ABDS, HOU, "بحث كبير مفاوضي الجماعة"),
      ("LEADS", BUS, OFM, "مع وزير الخارجية العماني"),
      ("LEADS", BLI, "organization:us-state-department", "بوزير الخارجية الأميركي"),
      ("ATTACKED", HOU, ISR, "باتجاه مدينة إيلات الإسرائيلية"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-01-12"}),

    ("enDT3_bin_breik_replaces_bin_mubarak", "en",
     "ADEN // Yemen's Presidential Leadership Council named Finance Minister Salem bin Breik as "
     "prime minister on Saturday, hours after Ahmed Awad bin Mubarak announced his resignation, "
     "citing his inability to carry out reforms.\n"
     "Mr bin Breik replaces Mr bin Mubarak, who had himself taken over from Maeen Abdulmalik in "
     "February 2024 amid a worsening currency crisis.\n"
     "Council chairman Rashad al-Olaimi received the new premier in Aden on Sunday and urged him to "
     "restore electricity and pay public salaries, the official news agency reported.\n"
     "Foreign Minister Shaya al-Zindani, who succeeded bin Mubarak at the ministry in March 2024, "
     "keeps his post, as does Defence Minister Mohsen al-Daeri.\n"
     "Bin Mubarak told Asharq Al-Awsat that he had not been allowed to exercise his constitutional "
     "powers, including appointing ministers. The council did not comment.\n"
     "UN envoy Hans Grundberg is expected to meet Mr bin Breik in Aden next week, his office said. "
     "The Houthis, who control Sanaa and most of the north, dismissed the change as \"a reshuffle of "
     "mercenaries.\"",
     [("LEADS", BRK, YGOV, "named Finance Minister Salem bin Breik"),
      ("SUCCESSOR_OF", BRK, MUB, "Mr bin Breik replaces", "2025-05-03"),
      ("SUCCESSOR_OF", MUB, MAE, "had himself taken over from", "2024-02"),
      ("LEADS", ALI, PLC, "Council chairman Rashad"),
      ("MET_WITH", ALI, BRK, "received the new premier in Aden", "2025-05-04"),
      ("SUCCESSOR_OF", ZIN, MUB, "who succeeded bin Mubarak at the ministry", "2024-03"),
      ("LEADS", ZIN, "organization:yemeni-foreign-ministry", "Foreign Minister Shaya"),
      ("MEMBER_OF", DAE, YGOV, "as does Defence Minister"),
      ("REPORTED_BY", MUB, "outlet:asharq-al-awsat", "told Asharq Al-Awsat"),
      ("MEMBER_OF", GRU, UN, "UN envoy Hans"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-05-05"}),

    ("arDT4_ghamari_funeral_madani", "ar",
     "شيّعت جماعة الحوثيين في صنعاء، الجمعة، رئيس هيئة الأركان العامة اللواء محمد عبد الكريم "
     "الغماري، الذي أعلنت وفاته متأثراً بجراح أصيب بها في غارة جوية قبل أسابيع، من دون أن تحدد "
     "الجهة المنفذة أو مكان الغارة.\n"
     "وأصدر رئيس المجلس السياسي الأعلى مهدي المشاط قراراً بتعيين اللواء يوسف حسن المداني رئيساً "
     "لهيئة الأركان خلفاً للغماري، بعد أن قاد المداني لسنوات المنطقة العسكرية الخامسة في الحديدة.\n"
     "وقال قائد الجماعة عبد الملك الحوثي، في كلمة متلفزة بثتها قناة المسيرة، إن «دماء القادة لن "
     "تزيدنا إلا ثباتاً». ونقلت وكالة سبأ عن وزير الدفاع في حكومة صنعاء محمد ناصر العاطفي قوله إن "
     "القوات «جاهزة لكل الاحتمالات».\n"
     "والتقى المداني، السبت، بالعاطفي وعدد من القادة العسكريين في أول اجتماع له بعد تعيينه، "
     "بحسب ما أوردت الوكالة. وشارك في التشييع القيادي العسكري في الجماعة عبد الخالق الحوثي.\n"
     "ولم تتبنَّ أي جهة الهجوم الذي أصيب فيه الغماري، فيما اتهمت الجماعة إسرائيل والولايات المتحدة "
     "بالوقوف وراءه.",
     [("LEADS", GHA, HGS, "رئيس هيئة الأركان العامة اللواء"),
      ("LEADS", MASH, SPC, "وأصدر رئيس المجلس السياسي الأعلى"),
      ("SUCCESSOR_OF", MAD, GHA, "لهيئة الأركان خلفاً للغماري", "2025-10"),
      ("LEADS", MAD, HGS, "لهيئة الأركان خلفاً للغماري"),
      ("LEADS", AMH, HOU, "وقال قائد الجماعة"),
      ("REPORTED_BY", AMH, "outlet:al-masirah", "بثتها قناة المسيرة"),
      ("MEMBER_OF", ATI, HGOV, "وزير الدفاع في حكومة صنعاء"),
      ("REPORTED_BY", ATI, "outlet:saba", "ونقلت وكالة سبأ عن وزير"),
      ("MET_WITH", MAD, ATI, "والتقى المداني، السبت", "2025-10"),
      ("MEMBER_OF", AKH, HOU, "القيادي العسكري في الجماعة"),
      ],
     {"source": "blind set (Arabic Houthi-beat style)", "published": "2025-10-18"}),

    ("enDT5_grundberg_first_tour", "en",
     "Hans Grundberg, the Swedish diplomat who succeeded Martin Griffiths as the UN special envoy for "
     "Yemen, began his first regional tour on Sunday in Riyadh, where he met President Abdrabbuh "
     "Mansour Hadi and Foreign Minister Ahmed bin Mubarak.\n"
     "Mr Grundberg, previously the EU ambassador to Yemen, takes over a file that defeated his "
     "predecessors. Mr Griffiths, who left in June to become the UN's humanitarian chief, had in "
     "turn replaced the Mauritanian diplomat Ismail Ould Cheikh Ahmed in 2018.\n"
     "In Muscat on Tuesday, the envoy was received by Badr Albusaidi, Oman's foreign minister, and "
     "held talks with Mohammed Abdulsalam, the Houthis' chief negotiator, who lives in the Omani "
     "capital.\n"
     "A visit to Sanaa has not been scheduled. Houthi officials said the group's leader, Abdul-Malik "
     "al-Houthi, would not receive the envoy before the \"siege\" on Sanaa airport and Hodeidah port "
     "was lifted.\n"
     "Fighting has intensified around Marib, where a Houthi offensive on the government's last "
     "northern stronghold has displaced tens of thousands of people this year, according to UN "
     "figures.",
     [("SUCCESSOR_OF", GRU, GRI, "who succeeded Martin Griffiths", "2021-09"),
      ("MEMBER_OF", GRU, UN, "as the UN special envoy for"),
      ("VISITED", GRU, "location:riyadh", "began his first regional tour", "2021-09"),
      ("MET_WITH", GRU, HADI, "where he met President Abdrabbuh", "2021-09"),
      ("MET_WITH", GRU, MUB, "where he met President Abdrabbuh", "2021-09"),
      ("LEADS", HADI, YEM, "where he met President Abdrabbuh"),
      ("LEADS", MUB, "organization:yemeni-foreign-ministry", "Foreign Minister Ahmed bin Mubarak"),
      ("SUCCESSOR_OF", GRI, OCA, "had in turn replaced", "2018"),
      ("MEMBER_OF", GRI, UN, "to become the UN's humanitarian chief"),
      ("VISITED", GRU, "location:muscat", "In Muscat on Tuesday", "2021-09"),
      ("MET_WITH", GRU, BUS, "the envoy was received by Badr", "2021-09"),
      ("LEADS", BUS, OFM, "Oman's foreign minister"),
      ("MET_WITH", GRU, ABDS, "held talks with Mohammed Abdulsalam", "2021-09"),
      ("MEMBER_OF", ABDS, HOU, "the Houthis' chief negotiator"),
      ("LEADS", AMH, HOU, "the group's leader, Abdul-Malik"),
      ("ATTACKED", HOU, "location:marib", "a Houthi offensive on the government"),
      ],
     {"source": "blind set (The National-style)", "published": "2021-09-14"}),

    ("arDT6_abdulsalam_beirut_qassem", "ar",
     "وصل رئيس الوفد الوطني المفاوض والناطق باسم جماعة أنصار الله محمد عبد السلام إلى بيروت "
     "للمشاركة في تشييع الأمين العام السابق لحزب الله حسن نصر الله، الذي اغتالته إسرائيل بغارة على "
     "الضاحية الجنوبية في أيلول (سبتمبر) الماضي.\n"
     "والتقى عبد السلام الأمين العام للحزب الشيخ نعيم قاسم، الذي تولى المنصب خلفاً لنصر الله، وبحثا "
     "«تطورات المنطقة ومسار المواجهة مع العدو»، بحسب بيان للحزب.\n"
     "كما التقى على هامش التشييع وزير الخارجية الإيراني عباس عراقجي ورئيس البرلمان الإيراني محمد "
     "باقر قاليباف، اللذين وصلا إلى بيروت على رأس وفد رسمي.\n"
     "وقال عبد السلام في تصريح لقناة المسيرة إن «دماء الشهداء توحد جبهات الإسناد من اليمن إلى "
     "لبنان».\n"
     "وكان مقرراً أن يلتقي عبد السلام رئيس مجلس النواب اللبناني نبيه بري، غير أن اللقاء أُلغي "
     "لأسباب لم تُعلن. ولم يصدر تعليق من الحكومة اللبنانية على مشاركة الوفد اليمني.",
     [("VISITED", ABDS, "location:beirut", "إلى بيروت للمشاركة", "2025-02-23"),
      ("MEMBER_OF", ABDS, HOU, "والناطق باسم جماعة أنصار الله"),
      ("LEADS", NAS, HEZ, "الأمين العام السابق لحزب الله"),
      ("ASSASSINATED_BY", NAS, ISR, "الذي اغتالته إسرائيل", "2024-09"),
      ("MET_WITH", ABDS, QAS, "والتقى عبد السلام الأمين العام", "2025-02"),
      ("LEADS", QAS, HEZ, "الأمين العام للحزب الشيخ"),
      ("SUCCESSOR_OF", QAS, NAS, "الذي تولى المنصب خلفاً لنصر الله"),
      ("MET_WITH", ABDS, ARA, "كما التقى على هامش التشييع", "2025-02"),
      ("MET_WITH", ABDS, GHL, "كما التقى على هامش التشييع", "2025-02"),
      ("LEADS", ARA, IFM, "وزير الخارجية الإيراني عباس"),
      ("LEADS", GHL, "organization:iranian-parliament", "ورئيس البرلمان الإيراني"),
      ("VISITED", ARA, "location:beirut", "اللذين وصلا إلى بيروت", "2025-02"),
      ("VISITED", GHL, "location:beirut", "اللذين وصلا إلى بيروت", "2025-02"),
      ("REPORTED_BY", ABDS, "outlet:al-masirah", "في تصريح لقناة المسيرة"),
      ("LEADS", BER, "organization:lebanese-parliament", "رئيس مجلس النواب اللبناني"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2025-02-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDT")
