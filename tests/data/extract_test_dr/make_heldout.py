"""Blind set DR: the Quds Force, the Supreme National Security Council and Iraqi-Saudi-Russian
contacts, 2021-2025, broadcast-web style: Ghaani in Baghdad after the drone attack on Kazemi's
home, with a denied accusation (Iran International-style, Nov 2021), the first Saudi-Iranian round
hosted in Baghdad with an initial Saudi denial later confirmed (Al Arabiya-style, May 2021),
Shoigu received in Tehran by Ahmadian and Pezeshkian, and Shamkhani's Abu Dhabi trip (BBC-style,
Aug 2024), Haniyeh's funeral in Tehran with Israel blamed but silent, and an Israeli claim for
Fouad Shukr (Al Jazeera Arabic-style, Aug 2024), al-Soudani received by Khamenei with a denied Kaani
meeting (AP-style, Jan 2025), Nilforoushan's funeral and Qaani's reappearance (Al Jazeera
Arabic-style, Oct 2024).
Style: en/ar alternating; predecessor phrasing; "was also received by"; accusations denied;
killings with a claimed agent, a stated agent and none; planned trips. Spellings: Ghaani, Kaani,
Kazemi, Solaimani, al-Mohandes, al-Soudani, Pezeshkiyan, Araqchi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dr/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dr import ALL  # noqa: E402

HERE = Path(__file__).parent

IRN, ISR, US = "country:iran", "country:israel", "country:united-states"
IFM, SNSC = "organization:iranian-foreign-ministry", "organization:supreme-national-security-council"
QF, IRGC, HAM, HEZ = ("organization:quds-force", "organization:irgc", "organization:hamas",
                      "organization:hezbollah")
QAA, SOL, MUH, TRU = ("person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                      "person:donald-trump")
KAD, AMI, KHZ, GHA, KHT, KHF = ("person:mustafa-al-kadhimi", "person:hadi-al-amiri", "person:qais-al-khazali",
                                "person:osman-al-ghanmi", "person:saeed-khatibzadeh", "person:tahsin-al-khafaji")
HUM, IRV, KRI, FBF, MBS, ZAR, SHM = ("person:khalid-al-humaidan", "person:saeed-iravani",
                                     "person:rayed-krimly", "person:faisal-bin-farhan",
                                     "person:mohammed-bin-salman", "person:mohammad-javad-zarif",
                                     "person:ali-shamkhani")
SHO, AHM, PEZ, BAGH, KHA, MBZ, TAH, DED = ("person:sergei-shoigu", "person:ali-akbar-ahmadian",
                                           "person:masoud-pezeshkian", "person:mohammad-bagheri",
                                           "person:ali-khamenei", "person:mohamed-bin-zayed",
                                           "person:tahnoun-bin-zayed", "person:alexey-dedov")
HAN, HAY, SHK, TAM, KHATAMI = ("person:ismail-haniyeh", "person:khalil-al-hayya", "person:fouad-shukr",
                               "person:tamim-bin-hamad-al-thani", "person:ahmad-khatami")
SUD, ARA, FUH, ARF, ARJ, GHU = ("person:mohammed-shia-al-sudani", "person:abbas-araghchi",
                                "person:fuad-hussein", "person:mohammad-reza-aref",
                                "person:qassim-al-araji", "person:atheer-al-ghurairy")
NIL, NAS, NQ, SAL, KOW = ("person:abbas-nilforoushan", "person:hassan-nasrallah", "person:naim-qassem",
                          "person:hossein-salami", "person:esmaeil-kowsari")

ARTICLES = [
    ("enDR1_ghaani_baghdad_after_drone_attack", "en",
     "The commander of the Revolutionary Guards' Quds Force, Esmail Ghaani, travelled to Baghdad on "
     "Monday, a day after an armed drone attack on the residence of Iraqi Prime Minister Mustafa "
     "al-Kazemi, Iraqi sources told Iran International.\n"
     "Ghaani met Kazemi and later leaders of the Shia Coordination Framework, including Hadi "
     "al-Amiri of the Badr Organisation and Asaib Ahl al-Haq chief Qais al-Khazali, the sources said.\n"
     "Kazemi escaped unhurt from Sunday's attack, in which three drones were launched at his home "
     "in the Green Zone. No group has claimed responsibility. Interior Minister Osman al-Ghanmi said "
     "the drones had been launched from a site east of the capital, and military spokesman Tahsin "
     "al-Khafaji said the investigation was \"close to the culprits\".\n"
     "Two Iraqi officials said Kataib Hezbollah and Asaib Ahl al-Haq were behind the attack; both "
     "groups denied involvement, and Khazali called for an independent inquiry.\n"
     "\"The attack serves those who seek to drag Iraq into chaos,\" Iranian foreign ministry "
     "spokesman Saeed Khatibzadeh said.\n"
     "The visit recalled the frequent trips of Ghaani's predecessor, Qasem Solaimani, who was killed "
     "with Iraqi commander Abu Mahdi al-Mohandes in a US strike ordered by President Donald Trump in "
     "January 2020.",
     [("LEADS", QAA, QF, "The commander of the Revolutionary Guards' Quds Force"),
      ("PART_OF", QF, IRGC, "The commander of the Revolutionary Guards' Quds Force"),
      ("VISITED", QAA, "location:baghdad", "travelled to Baghdad on Monday", "2021-11-08"),
      ("LEADS", KAD, "organization:iraqi-government", "Iraqi Prime Minister Mustafa"),
      ("MET_WITH", QAA, KAD, "Ghaani met Kazemi", "2021-11-08"),
      ("MET_WITH", QAA, AMI, "Ghaani met Kazemi", "2021-11-08"),
      ("MET_WITH", QAA, KHZ, "Ghaani met Kazemi", "2021-11-08"),
      ("LEADS", AMI, "organization:badr-organization", "Hadi al-Amiri of the Badr"),
      ("LEADS", KHZ, "organization:asaib-ahl-al-haq", "Asaib Ahl al-Haq chief Qais"),
      ("LEADS", GHA, "organization:iraqi-interior-ministry", "Interior Minister Osman"),
      ("MEMBER_OF", KHT, IFM, "foreign ministry spokesman Saeed"),
      ("SUCCESSOR_OF", QAA, SOL, "Ghaani's predecessor, Qasem Solaimani"),
      ("ASSASSINATED_BY", SOL, US, "in a US strike ordered by", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "in a US strike ordered by", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRU, "in a US strike ordered by", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRU, "in a US strike ordered by", "2020-01-03"),
      ("LEADS", TRU, US, "President Donald Trump in"),
      ],
     {"source": "blind set (Iran International-style)", "published": "2021-11-08"}),

    ("arDR2_baghdad_saudi_iranian_round", "ar",
     "بغداد - العربية.نت\n"
     "كشف مسؤولون عراقيون، الأحد، أن بغداد استضافت في التاسع من نيسان/أبريل جولة أولى من المحادثات "
     "المباشرة بين السعودية وإيران، هي الأرفع منذ قطع العلاقات بين البلدين عام 2016.\n"
     "وبحسب المسؤولين، ترأس الوفد السعودي رئيس الاستخبارات العامة خالد بن علي الحميدان، فيما ترأس "
     "الوفد الإيراني نائب أمين المجلس الأعلى للأمن القومي سعيد إيرواني، والتقى الجانبان في مقر "
     "رئاسة الوزراء ببغداد بحضور رئيس الوزراء مصطفى الكاظمي.\n"
     "ونفى مدير تخطيط السياسات في الخارجية السعودية رائد قرملي لوكالة رويترز في البداية عقد أي "
     "محادثات، قبل أن يؤكد وزير الخارجية السعودي الأمير فيصل بن فرحان لاحقاً أن اللقاءات جرت "
     "\"بهدف خفض التوتر\".\n"
     "وقال أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني إن طهران \"ترحب بأي حوار مع "
     "جيرانها\".\n"
     "وكان الكاظمي قد زار الرياض في آذار/مارس والتقى ولي العهد الأمير محمد بن سلمان، ثم استقبل في "
     "بغداد وزير الخارجية الإيراني محمد جواد ظريف في إطار مساعيه لتقريب وجهات النظر.",
     [("LEADS", HUM, "organization:saudi-general-intelligence-presidency", "رئيس الاستخبارات العامة خالد"),
      ("MEMBER_OF", IRV, SNSC, "نائب أمين المجلس الأعلى للأمن القومي سعيد"),
      ("MET_WITH", HUM, IRV, "والتقى الجانبان", "2021-04-09"),
      ("MET_WITH", KAD, HUM, "والتقى الجانبان", "2021-04-09"),
      ("MET_WITH", KAD, IRV, "والتقى الجانبان", "2021-04-09"),
      ("VISITED", HUM, "location:baghdad", "والتقى الجانبان", "2021-04-09"),
      ("VISITED", IRV, "location:baghdad", "والتقى الجانبان", "2021-04-09"),
      ("LEADS", KAD, "organization:iraqi-government", "بحضور رئيس الوزراء مصطفى"),
      ("MEMBER_OF", KRI, "organization:saudi-foreign-ministry", "مدير تخطيط السياسات"),
      ("REPORTED_BY", KRI, "outlet:reuters", "لوكالة رويترز"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "وزير الخارجية السعودي الأمير"),
      ("LEADS", SHM, SNSC, "وقال أمين المجلس الأعلى"),
      ("VISITED", KAD, "location:riyadh", "قد زار الرياض في آذار", "2021-03-31"),
      ("MET_WITH", KAD, MBS, "والتقى ولي العهد الأمير", "2021-03-31"),
      ("MET_WITH", KAD, ZAR, "ثم استقبل في", "2021-04-26"),
      ("VISITED", ZAR, "location:baghdad", "ثم استقبل في", "2021-04-26"),
      ("LEADS", ZAR, IFM, "وزير الخارجية الإيراني محمد"),
      ],
     {"source": "blind set (Al Arabiya-style)", "published": "2021-05-02"}),

    ("enDR3_shoigu_in_tehran", "en",
     "Russia's Security Council secretary Sergei Shoigu held talks in Tehran on Monday with his "
     "Iranian counterpart Ali Akbar Ahmadian, days after the killing of Hamas leader Ismail Haniyeh "
     "in the Iranian capital.\n"
     "Shoigu was also received by President Masoud Pezeshkian and by the chief of the armed forces "
     "general staff, Maj Gen Mohammad Bagheri, Iranian state media said. \"Russia is ready for full "
     "cooperation with Iran on regional and international issues,\" he told Pezeshkian.\n"
     "Russia's ambassador to Tehran, Alexey Dedov, also attended the talks with Ahmadian, according "
     "to the Russian embassy.\n"
     "Ahmadian, a former Revolutionary Guards chief of staff, took over the council's secretariat "
     "from Ali Shamkhani in May 2023. Shamkhani, now an adviser to Supreme Leader Ali Khamenei, had "
     "earlier travelled to Abu Dhabi, where he met UAE President Sheikh Mohamed bin Zayed and "
     "national security adviser Sheikh Tahnoun bin Zayed.\n"
     "The visit comes as Western officials say Iran has transferred short-range ballistic missiles "
     "to Russia, which Tehran denies.\n"
     "Iran has vowed to avenge Haniyeh's death. Israel has neither confirmed nor denied involvement.",
     [("LEADS", SHO, "organization:russian-security-council", "Russia's Security Council secretary"),
      ("VISITED", SHO, "location:tehran", "held talks in Tehran on Monday", "2024-08-05"),
      ("MET_WITH", SHO, AHM, "held talks in Tehran on Monday", "2024-08-05"),
      ("LEADS", HAN, HAM, "Hamas leader Ismail"),
      ("MET_WITH", SHO, PEZ, "Shoigu was also received by", "2024-08-05"),
      ("MET_WITH", SHO, BAGH, "Shoigu was also received by", "2024-08-05"),
      ("LEADS", PEZ, IRN, "President Masoud Pezeshkian"),
      ("LEADS", BAGH, "organization:iranian-armed-forces-general-staff", "the chief of the armed forces"),
      ("MET_WITH", DED, AHM, "also attended the talks with Ahmadian", "2024-08-05"),
      ("MEMBER_OF", DED, "organization:russian-foreign-ministry", "Russia's ambassador to Tehran"),
      ("MEMBER_OF", AHM, IRGC, "a former Revolutionary Guards chief of staff"),
      ("SUCCESSOR_OF", AHM, SHM, "took over the council's secretariat", "2023-05"),
      ("LEADS", AHM, SNSC, "took over the council's secretariat"),
      ("LEADS", KHA, IRN, "Supreme Leader Ali Khamenei"),
      ("VISITED", SHM, "location:abu-dhabi", "earlier travelled to Abu Dhabi", "2023-03"),
      ("MET_WITH", SHM, MBZ, "where he met UAE President", "2023-03"),
      ("MET_WITH", SHM, TAH, "where he met UAE President", "2023-03"),
      ("LEADS", MBZ, "country:united-arab-emirates", "UAE President Sheikh"),
      ],
     {"source": "blind set (BBC-style)", "published": "2024-08-05"}),

    ("arDR4_haniyeh_funeral_tehran", "ar",
     "طهران - أمّ المرشد الإيراني علي خامنئي، الخميس، صلاة الجنازة على رئيس المكتب السياسي لحركة "
     "حماس إسماعيل هنية ومرافقه وسيم أبو شعبان في جامعة طهران، بمشاركة الرئيس مسعود بزشكيان وقادة "
     "في الحرس الثوري، قبل نقل الجثمانين إلى الدوحة.\n"
     "واتهمت إيران وحماس إسرائيل باغتيال هنية في مقر إقامته بطهران فجر الأربعاء، في حين لم تعلق "
     "إسرائيل رسمياً على الاتهامات.\n"
     "وكان هنية قد التقى خامنئي الثلاثاء بعد مشاركته في مراسم أداء بزشكيان اليمين الدستورية أمام "
     "البرلمان.\n"
     "وقال نائب رئيس حماس في غزة خليل الحية للصحفيين في طهران إن \"دماء هنية لن تذهب هدراً\". "
     "وقال إمام جمعة طهران المؤقت أحمد خاتمي للتلفزيون الرسمي إن \"الرد آت\".\n"
     "وفي بيروت، أعلن الجيش الإسرائيلي أنه قتل القيادي العسكري في حزب الله فؤاد شكر في غارة على "
     "الضاحية الجنوبية مساء الثلاثاء، رداً على ضربة مجدل شمس.\n"
     "ومن المقرر أن يُوارى هنية الثرى الجمعة في لوسيل بقطر، بعد صلاة الجنازة في جامع الإمام محمد "
     "بن عبد الوهاب بحضور أمير قطر الشيخ تميم بن حمد.",
     [("LEADS", KHA, IRN, "المرشد الإيراني علي"),
      ("LEADS", HAN, HAM, "رئيس المكتب السياسي لحركة"),
      ("LEADS", PEZ, IRN, "الرئيس مسعود بزشكيان"),
      ("VISITED", HAN, "location:tehran", "في مقر إقامته بطهران", "2024-07-31"),
      ("MET_WITH", HAN, KHA, "وكان هنية قد التقى خامنئي", "2024-07-30"),
      ("MEMBER_OF", HAY, HAM, "نائب رئيس حماس في غزة"),
      ("VISITED", HAY, "location:tehran", "للصحفيين في طهران", "2024-08-01"),
      ("REPORTED_BY", KHATAMI, "outlet:irib", "للتلفزيون الرسمي"),
      ("ASSASSINATED_BY", SHK, "organization:israel-defense-forces", "أعلن الجيش الإسرائيلي أنه قتل",
       "2024-07-30"),
      ("MEMBER_OF", SHK, HEZ, "القيادي العسكري في حزب الله"),
      ("ATTACKED", "organization:israel-defense-forces", "location:dahiyeh", "في غارة على الضاحية",
       "2024-07-30"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "في غارة على الضاحية"),
      ("LEADS", TAM, "country:qatar", "أمير قطر الشيخ"),
      ],
     {"source": "blind set (Al Jazeera Arabic-style)", "published": "2024-08-01"}),

    ("enDR5_soudani_received_by_khamenei", "en",
     "TEHRAN (AP) - Iraqi Prime Minister Mohammed Shia al-Soudani met Iran's Supreme Leader "
     "Ayatollah Ali Khamenei in Tehran on Wednesday, with the Iranian leader urging Baghdad to "
     "\"preserve and strengthen\" the Popular Mobilization Forces.\n"
     "First Vice-President Mohammad Reza Aref welcomed al-Soudani at Mehrabad airport. The Iraqi "
     "leader then held talks with President Masoud Pezeshkiyan, who visited Baghdad in September on "
     "his first foreign trip. \"We will not allow Iraq to become a launchpad against any "
     "neighbour,\" al-Soudani told a joint news conference.\n"
     "Foreign Minister Abbas Araqchi held separate talks with his Iraqi counterpart Fuad Hussein, "
     "while Trade Minister Atheer al-Ghurairy, also in the delegation, signed a customs agreement.\n"
     "National security adviser Qassim al-Araji, who travelled with the prime minister, did not "
     "meet Quds Force commander Esmail Kaani, an Iraqi official said, denying reports in local "
     "media.\n"
     "The visit came a month after the fall of Bashar al-Assad, a close ally of Tehran, and amid "
     "concern in Baghdad that armed groups backed by Iran could draw Iraq into a wider war.",
     [("LEADS", SUD, "organization:iraqi-government", "Iraqi Prime Minister Mohammed Shia"),
      ("MET_WITH", SUD, KHA, "met Iran's Supreme Leader", "2025-01-08"),
      ("VISITED", SUD, "location:tehran", "met Iran's Supreme Leader", "2025-01-08"),
      ("LEADS", KHA, IRN, "Iran's Supreme Leader"),
      ("SUPPORTS", KHA, "organization:popular-mobilization-forces", "preserve and strengthen"),
      ("MET_WITH", ARF, SUD, "welcomed al-Soudani at Mehrabad", "2025-01-08"),
      ("MEMBER_OF", ARF, "organization:iranian-government", "First Vice-President Mohammad Reza"),
      ("MET_WITH", SUD, PEZ, "then held talks with President", "2025-01-08"),
      ("LEADS", PEZ, IRN, "President Masoud Pezeshkiyan"),
      ("VISITED", PEZ, "location:baghdad", "who visited Baghdad in September", "2024-09-11"),
      ("LEADS", ARA, IFM, "Foreign Minister Abbas Araqchi"),
      ("MET_WITH", ARA, FUH, "held separate talks with his Iraqi counterpart", "2025-01-08"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "his Iraqi counterpart Fuad"),
      ("VISITED", GHU, "location:tehran", "also in the delegation", "2025-01-08"),
      ("MEMBER_OF", GHU, "organization:iraqi-government", "Trade Minister Atheer"),
      ("VISITED", ARJ, "location:tehran", "who travelled with the prime minister", "2025-01-08"),
      ("LEADS", QAA, QF, "Quds Force commander Esmail Kaani"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-01-08"}),

    ("arDR6_nilforoushan_funeral_qaani", "ar",
     "طهران - شيّع آلاف الإيرانيين، الثلاثاء، جثمان العميد عباس نيلفروشان، نائب قائد الحرس الثوري "
     "للعمليات، الذي قُتل مع الأمين العام لحزب الله حسن نصر الله في الغارة الإسرائيلية على الضاحية "
     "الجنوبية لبيروت في 27 أيلول/سبتمبر.\n"
     "وظهر قائد فيلق القدس إسماعيل قاآني في مراسم التشييع، في أول ظهور علني له منذ أسابيع، بعد "
     "تقارير عن إصابته أو احتجازه للتحقيق نفاها الحرس.\n"
     "وقال النائب إسماعيل كوثري، عضو لجنة الأمن القومي في البرلمان، إن قاآني \"بصحة جيدة ويتابع "
     "مهامه\".\n"
     "وكان قاآني قد زار بيروت عقب اغتيال نصر الله، والتقى نائب الأمين العام لحزب الله الشيخ نعيم "
     "قاسم، بحسب مصادر مقربة من الحزب.\n"
     "وقال قائد الحرس الثوري اللواء حسين سلامي في كلمة خلال التشييع إن عملية \"الوعد الصادق 2\" "
     "كانت \"جزءاً من الرد\"، في إشارة إلى الهجوم الصاروخي الإيراني على إسرائيل مطلع تشرين "
     "الأول/أكتوبر.\n"
     "ولم يعلن حزب الله حتى الآن اسم خليفة نصر الله، بعد مقتل هاشم صفي الدين الذي كان يُعد المرشح "
     "الأبرز لخلافته.",
     [("MEMBER_OF", NIL, IRGC, "نائب قائد الحرس الثوري"),
      ("ASSASSINATED_BY", NIL, ISR, "في الغارة الإسرائيلية على الضاحية", "2024-09-27"),
      ("ASSASSINATED_BY", NAS, ISR, "في الغارة الإسرائيلية على الضاحية", "2024-09-27"),
      ("LEADS", NAS, HEZ, "الأمين العام لحزب الله حسن"),
      ("ATTACKED", ISR, "location:dahiyeh", "في الغارة الإسرائيلية على الضاحية", "2024-09-27"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "الجنوبية لبيروت"),
      ("LEADS", QAA, QF, "قائد فيلق القدس إسماعيل"),
      ("MEMBER_OF", KOW, "organization:iranian-parliament-national-security-committee",
       "عضو لجنة الأمن القومي"),
      ("VISITED", QAA, "location:beirut", "وكان قاآني قد زار بيروت", "2024-10"),
      ("MET_WITH", QAA, NQ, "والتقى نائب الأمين العام", "2024-10"),
      ("MEMBER_OF", NQ, HEZ, "والتقى نائب الأمين العام"),
      ("LEADS", SAL, IRGC, "قائد الحرس الثوري اللواء"),
      ("ATTACKED", IRN, ISR, "الهجوم الصاروخي الإيراني على إسرائيل", "2024-10-01"),
      ],
     {"source": "blind set (Al Jazeera Arabic-style)", "published": "2024-10-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDR")
