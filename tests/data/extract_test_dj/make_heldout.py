"""Blind set DJ: Iraq's armed factions and the United States, 2023-2024 (wire-desk style).
Stories: the U.S. drone strike in Mashtal that killed Kataib Hezbollah's Abu Baqir al-Saadi and
Arkan al-Elayawi, no successor named (Reuters-style, Feb 2024); Qaani's unannounced Baghdad visit
and meeting with faction leaders, Kataib Hezbollah's chief absent (Shafaq News-style Arabic, early
Feb 2024); Nechirvan Barzani received in Tehran by Pezeshkian, talks with Araghchi, Ahmadian and
Ghaani, an expected audience with Khamenei, the 2023 security accord and Shamkhani's replacement
(Kurdistan24-style, autumn 2024); the Iraqi interior minister receiving Vahidi before Arbaeen,
with the 2022 interior/defence changes as background (Alsumaria-style Arabic, Aug 2023); the
strike on Palestine Street that killed Nujaba's Abu Taqwa, claimed by the Pentagon (Xinhua-style,
Jan 2024); Sudani received by Masoud Barzani in Pirmam, no meeting with Bafel Talabani, only a
phone call (Kurdistan24-style Arabic, 2023).
Style: en/ar alternating; "was killed in the same strike" (agent by reference), a killing with no
agent named (Muhandis in background), "was received by", list meetings, a participant who "was
absent", "is expected to meet", phone calls, "replaced by", "حل محل", "خلفاً لـ", airport reception.
Spellings: Ghaani / قاآني, Fayad, Sudani.
New to the tables: Abu Muntadhar al-Husseini, Ali al-Yasiri, Hemin Hawrami, Ali al-Asadi, Sirwan
Barzani, Iranian interior ministry.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dj/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dl import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, US, JOR = "country:iran", "country:iraq", "country:united-states", "country:jordan"
BAGHDAD, TEHRAN, ERBIL = "location:baghdad", "location:tehran", "location:erbil"
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
KH, NUJ, KSS = "organization:kataib-hezbollah", "organization:harakat-al-nujaba", "organization:kataib-sayyid-al-shuhada"
KHOR = "organization:saraya-al-khorasani"
IFM, SNSC = "organization:iranian-foreign-ministry", "organization:supreme-national-security-council"
KRP, KRG = "organization:kurdistan-region-presidency", "organization:kurdistan-regional-government"
IQGOV, IQINT, IQDEF = ("organization:iraqi-government", "organization:iraqi-interior-ministry",
                       "organization:iraqi-defense-ministry")
Q, SOL = "person:esmail-qaani", "person:qasem-soleimani"
ABQ, ARKAN, HAMID = "person:abu-baqir-al-saadi", "person:arkan-al-elayawi", "person:ahmad-al-hamidawi"
MUNT = "person:abu-muntadhar-al-husseini"
KAABI, WALAI, AYAS = "person:akram-al-kaabi", "person:abu-alaa-al-walai", "person:ali-al-yasiri"
FAY, MOUS = "person:falih-al-fayyadh", "person:hussein-al-mousawi"
NECH, MASR, MASOUD, BAFEL = ("person:nechirvan-barzani", "person:masrour-barzani", "person:masoud-barzani",
                             "person:bafel-talabani")
PEZ, ARA, AHM, SHAM, ARAJI = ("person:masoud-pezeshkian", "person:abbas-araghchi", "person:ali-akbar-ahmadian",
                              "person:ali-shamkhani", "person:qassim-al-araji")
DIL, HEMIN = "person:dilshad-shahab", "person:hemin-hawrami"
ASHAM, VAH, SUD, RADAN = ("person:abdul-amir-al-shammari", "person:ahmad-vahidi", "person:mohammed-shia-al-sudani",
                          "person:ahmad-reza-radan")
GHANMI, ABBASI, INAD = "person:osman-al-ghanmi", "person:thabet-al-abbasi", "person:juma-inad"
TAQWA, RYDER, AASADI = "person:mushtaq-taleb-al-saidi", "person:pat-ryder", "person:ali-al-asadi"
SIRWAN = "person:sirwan-barzani"

ARTICLES = [
    ("enDJ1_abu_baqir_mashtal_strike", "en",
     "BAGHDAD, Feb 8 (Reuters) - A U.S. drone strike on a car in Baghdad's Mashtal district late on "
     "Wednesday killed Abu Baqir al-Saadi, a senior commander of Kataib Hezbollah, the group and two "
     "Iraqi security sources said.\n"
     "U.S. Central Command said its forces had killed a Kataib Hezbollah commander \"responsible for "
     "directly planning and participating in attacks\" on American troops in the region. Another "
     "member of the group, Arkan al-Elayawi, was killed in the same strike, the sources said.\n"
     "The strike came 11 days after a drone attack on the Tower 22 outpost in northeastern Jordan "
     "killed three American soldiers. Washington blamed Iran-backed groups for that attack; Tehran "
     "denied any role.\n"
     "Major General Yahya Rasool, spokesman for the Iraqi commander-in-chief, called the killing \"a "
     "blatant assassination\" on Iraqi soil. Thousands of mourners, led by the Popular Mobilization "
     "Forces' operations chief Abu Muntadhar al-Husseini, carried the coffins through the capital on "
     "Thursday.\n"
     "Kataib Hezbollah, which announced on Jan. 30 that it was suspending attacks on U.S. troops, had "
     "not named a successor to al-Saadi by Thursday evening. Its secretary-general, Ahmed al-Hamidawi, "
     "has not appeared in public since Abu Mahdi al-Muhandis was killed in 2020.",
     [("ASSASSINATED_BY", ABQ, US, "A U.S. drone strike on a car", "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", BAGHDAD, "Baghdad's Mashtal district"),
      ("MEMBER_OF", ABQ, KH, "a senior commander of Kataib Hezbollah"),
      ("ASSASSINATED_BY", ARKAN, US, "was killed in the same strike", "2024-02-07"),
      ("MEMBER_OF", ARKAN, KH, "member of the group, Arkan"),
      ("LOCATED_IN", "location:tower-22", JOR, "the Tower 22 outpost in northeastern Jordan"),
      ("MEMBER_OF", MUNT, PMF, "operations chief Abu Muntadhar"),
      ("LEADS", HAMID, KH, "Its secretary-general, Ahmed al-Hamidawi"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-02-08"}),

    ("arDJ2_qaani_baghdad_factions", "ar",
     "بغداد/ شفق نيوز- أفاد مصدر سياسي مطلع، يوم الأحد، بأن قائد فيلق القدس في الحرس الثوري الإيراني "
     "إسماعيل قاآني وصل إلى بغداد في زيارة غير معلنة استمرت يومين، عقد خلالها اجتماعاً مع قادة فصائل "
     "مسلحة في المنطقة الخضراء.\n"
     "وقال المصدر لوكالة شفق نيوز إن قاآني التقى الأمين العام لحركة النجباء أكرم الكعبي والأمين العام "
     "لكتائب سيد الشهداء أبو آلاء الولائي، كما حضر الاجتماع الأمين العام لسرايا الخراساني علي الياسري، "
     "فيما غاب عنه الأمين العام لكتائب حزب الله أحمد الحميداوي.\n"
     "وأضاف أن قائد فيلق القدس طلب من الفصائل وقف الهجمات على القوات الأميركية تجنباً لتصعيد أوسع بعد "
     "هجوم البرج 22 في الأردن.\n"
     "وبحث قاآني في لقاء منفصل مع رئيس هيئة الحشد الشعبي فالح الفياض تداعيات الضربات الأميركية على "
     "مقرات الحشد.\n"
     "من جهته، قال المتحدث باسم حركة النجباء حسين الموسوي لشفق نيوز إن «قرار المقاومة عراقي خالص»، "
     "مؤكداً أن الحركة لن تلقي السلاح. وكانت كتائب حزب الله قد أعلنت الثلاثاء الماضي تعليق عملياتها "
     "العسكرية «منعاً لإحراج الحكومة».",
     [("LEADS", Q, QF, "قائد فيلق القدس في الحرس"),
      ("PART_OF", QF, IRGC, "فيلق القدس في الحرس الثوري الإيراني"),
      ("VISITED", Q, BAGHDAD, "وصل إلى بغداد في زيارة غير معلنة"),
      ("MET_WITH", Q, KAABI, "قاآني التقى الأمين العام لحركة النجباء"),
      ("LEADS", KAABI, NUJ, "لحركة النجباء أكرم"),
      ("MET_WITH", Q, WALAI, "لكتائب سيد الشهداء أبو آلاء"),
      ("LEADS", WALAI, KSS, "لكتائب سيد الشهداء أبو آلاء"),
      ("MET_WITH", Q, AYAS, "كما حضر الاجتماع الأمين العام"),
      ("LEADS", AYAS, KHOR, "لسرايا الخراساني علي"),
      ("LEADS", HAMID, KH, "لكتائب حزب الله أحمد"),
      ("LOCATED_IN", "location:tower-22", JOR, "البرج 22 في الأردن"),
      ("MET_WITH", Q, FAY, "في لقاء منفصل مع رئيس"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MEMBER_OF", MOUS, NUJ, "المتحدث باسم حركة النجباء حسين"),
      ("REPORTED_BY", MOUS, "outlet:shafaq-news", "الموسوي لشفق نيوز"),
      ],
     {"source": "blind set (Shafaq News-style Arabic)", "published": "2024-02-04"}),

    ("enDJ3_nechirvan_tehran_pezeshkian", "en",
     "ERBIL, Kurdistan Region (Kurdistan24) - Kurdistan Region President Nechirvan Barzani arrived in "
     "Tehran on Tuesday and was received by Iranian President Masoud Pezeshkian at the Saadabad palace, "
     "the Region's presidency said.\n"
     "The two sides discussed border security and the implementation of the March 2023 security "
     "agreement, which obliges Erbil to disarm Iranian Kurdish opposition groups and move them away from "
     "the frontier. Barzani later held talks with Foreign Minister Abbas Araghchi and with Ali Akbar "
     "Ahmadian, secretary of the Supreme National Security Council.\n"
     "He also met Quds Force commander Esmaeil Ghaani, according to a source in the delegation, and is "
     "expected to meet Supreme Leader Ali Khamenei on Wednesday.\n"
     "Dilshad Shahab, the presidency's spokesperson, told Kurdistan24 the visit aimed \"to turn a page\" "
     "after the missile strikes on Erbil in January, which the Revolutionary Guards said targeted an "
     "Israeli spy centre.\n"
     "The security accord was signed in Baghdad by Iraqi national security adviser Qassim al-Araji and "
     "Ali Shamkhani, who was replaced by Ahmadian two months later. Hemin Hawrami, a senior member of "
     "the Kurdistan Democratic Party's politburo, accompanied Barzani on the trip.",
     [("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ("VISITED", NECH, TEHRAN, "arrived in Tehran on Tuesday"),
      ("MET_WITH", NECH, PEZ, "was received by Iranian President"),
      ("LEADS", PEZ, IRAN, "was received by Iranian President"),
      ("MET_WITH", NECH, ARA, "held talks with Foreign Minister Abbas"),
      ("LEADS", ARA, IFM, "Foreign Minister Abbas Araghchi"),
      ("MET_WITH", NECH, AHM, "and with Ali Akbar"),
      ("LEADS", AHM, SNSC, "secretary of the Supreme National Security Council"),
      ("MET_WITH", NECH, Q, "He also met Quds Force commander"),
      ("LEADS", Q, QF, "Quds Force commander Esmaeil Ghaani"),
      ("MEMBER_OF", DIL, KRP, "the presidency's spokesperson"),
      ("REPORTED_BY", DIL, "outlet:kurdistan24", "told Kurdistan24 the visit"),
      ("ATTACKED", IRGC, ERBIL, "which the Revolutionary Guards said targeted"),
      ("MET_WITH", ARAJI, SHAM, "was signed in Baghdad by", "2023-03-19"),
      ("VISITED", SHAM, BAGHDAD, "was signed in Baghdad by", "2023-03-19"),
      ("SUCCESSOR_OF", AHM, SHAM, "who was replaced by Ahmadian", "2023-05-22"),
      ("MEMBER_OF", HEMIN, "organization:kurdistan-democratic-party", "a senior member of the Kurdistan"),
      ("VISITED", HEMIN, TEHRAN, "accompanied Barzani on the trip"),
      ],
     {"source": "blind set (Kurdistan24-style)", "published": "2024-10-15"}),

    ("arDJ4_shammari_vahidi_arbaeen", "ar",
     "السومرية نيوز/ بغداد - استقبل وزير الداخلية عبد الأمير الشمري، اليوم الثلاثاء، نظيره الإيراني "
     "أحمد وحيدي والوفد المرافق له في مقر الوزارة ببغداد، لبحث الاستعدادات الخاصة بزيارة الأربعين.\n"
     "وذكر بيان للوزارة أن الجانبين ناقشا تنظيم دخول الزائرين عبر منفذي زرباطية والشلامجة، وضبط الحدود "
     "المشتركة ومكافحة تهريب المخدرات.\n"
     "والتقى وحيدي في وقت لاحق رئيس مجلس الوزراء محمد شياع السوداني، الذي شدد على «توفير أفضل "
     "الخدمات للزائرين». وفي طهران، أجرى قائد الشرطة الإيرانية أحمد رضا رادان اتصالاً هاتفياً بقائد "
     "قوات الحدود العراقية لتنسيق حركة القوافل.\n"
     "ويشغل الشمري حقيبة الداخلية منذ تشرين الأول 2022 خلفاً لعثمان الغانمي، وذلك ضمن حكومة السوداني "
     "التي حل فيها ثابت العباسي محل جمعة عناد في وزارة الدفاع.\n"
     "ويتوقع أن يعبر أكثر من ثلاثة ملايين زائر إيراني الحدود هذا العام، بحسب تقديرات رسمية.",
     [("LEADS", ASHAM, IQINT, "وزير الداخلية عبد الأمير الشمري"),
      ("MET_WITH", ASHAM, VAH, "نظيره الإيراني", "2023-08-22"),
      ("LEADS", VAH, "organization:iranian-interior-ministry", "نظيره الإيراني"),
      ("VISITED", VAH, BAGHDAD, "في مقر الوزارة ببغداد", "2023-08-22"),
      ("MET_WITH", VAH, SUD, "والتقى وحيدي في وقت لاحق", "2023-08-22"),
      ("LEADS", SUD, IQGOV, "رئيس مجلس الوزراء محمد شياع"),
      ("LEADS", RADAN, "organization:iranian-police", "قائد الشرطة الإيرانية أحمد"),
      ("SUCCESSOR_OF", ASHAM, GHANMI, "خلفاً لعثمان الغانمي", "2022-10-27"),
      ("SUCCESSOR_OF", ABBASI, INAD, "حل فيها ثابت العباسي محل", "2022-10-27"),
      ("LEADS", ABBASI, IQDEF, "حل فيها ثابت العباسي محل"),
      ],
     {"source": "blind set (Alsumaria-style Arabic)", "published": "2023-08-22"}),

    ("enDJ5_abu_taqwa_palestine_street", "en",
     "BAGHDAD, Jan. 4 (Xinhua) -- A senior commander of the Iraqi armed group Harakat al-Nujaba was "
     "killed on Thursday when a drone struck a headquarters of the Popular Mobilization Forces (PMF) on "
     "Palestine Street in eastern Baghdad, an Iraqi security source said.\n"
     "The source identified the commander as Mushtaq Talib al-Saidi, known as Abu Taqwa, who was in "
     "charge of the group's operations in Baghdad. One of his companions was also killed and six other "
     "people were wounded.\n"
     "Pentagon press secretary Major General Pat Ryder told reporters in Washington that U.S. forces had "
     "carried out the strike \"in self-defense\" and killed Abu Taqwa, whom he described as actively "
     "involved in planning attacks against American personnel.\n"
     "The Iraqi government condemned the attack. Yahya Rasool, spokesman for Prime Minister Mohammed "
     "Shia al-Sudani, said the international coalition had \"gone beyond its mandate.\"\n"
     "Later on Thursday, al-Sudani received PMF chairman Falih al-Fayad and discussed the consequences of "
     "the attack, his office said. Nujaba leader Akram al-Kaabi vowed revenge in a statement, while Ali "
     "al-Asadi, head of the group's executive council, said the movement would not \"remain silent.\"",
     [("MEMBER_OF", TAQWA, NUJ, "A senior commander of the Iraqi armed group"),
      ("LOCATED_IN", "location:palestine-street", BAGHDAD, "Palestine Street in eastern Baghdad"),
      ("ASSASSINATED_BY", TAQWA, US, "U.S. forces had carried out the strike", "2024-01-04"),
      ("MEMBER_OF", RYDER, "organization:us-department-of-defense", "Pentagon press secretary Major"),
      ("LEADS", SUD, IQGOV, "spokesman for Prime Minister Mohammed"),
      ("MET_WITH", SUD, FAY, "al-Sudani received PMF chairman", "2024-01-04"),
      ("LEADS", FAY, PMF, "PMF chairman Falih al-Fayad"),
      ("LEADS", KAABI, NUJ, "Nujaba leader Akram al-Kaabi"),
      ("MEMBER_OF", AASADI, NUJ, "head of the group's executive council"),
      ],
     {"source": "blind set (Xinhua-style)", "published": "2024-01-04"}),

    ("arDJ6_sudani_pirmam_masoud", "ar",
     "أربيل (كوردستان 24)- استقبل الرئيس مسعود بارزاني، يوم الأحد، في مقره ببيرمام رئيس مجلس الوزراء "
     "الاتحادي محمد شياع السوداني والوفد المرافق له، وبحث الجانبان ملف رواتب موظفي الإقليم وصادرات "
     "النفط المتوقفة.\n"
     "وكان السوداني قد وصل إلى أربيل صباحاً، وكان في استقباله لدى وصوله إلى مطار أربيل الدولي القائد "
     "في البيشمركة سيروان بارزاني، ثم التقى رئيس إقليم كوردستان نيجيرفان بارزاني ورئيس حكومة الإقليم "
     "مسرور بارزاني في اجتماع مشترك.\n"
     "وقال السوداني في مؤتمر صحفي إن «الحكومة الاتحادية ملتزمة بالدستور وبحقوق جميع المواطنين».\n"
     "ولم يلتقِ رئيس الوزراء خلال الزيارة رئيس الاتحاد الوطني الكوردستاني بافل طالباني الموجود في "
     "السليمانية، واكتفى الطرفان باتصال هاتفي تناول التحضيرات لانتخابات برلمان الإقليم.\n"
     "ويأتي اللقاء بعد أيام من هجوم بطائرة مسيّرة استهدف حقل كورمور للغاز، ولم تتبنه أي جهة.",
     [("MET_WITH", MASOUD, SUD, "استقبل الرئيس مسعود بارزاني"),
      ("VISITED", SUD, "location:pirmam", "في مقره ببيرمام"),
      ("LEADS", SUD, IQGOV, "رئيس مجلس الوزراء الاتحادي محمد"),
      ("VISITED", SUD, ERBIL, "قد وصل إلى أربيل صباحاً"),
      ("MET_WITH", SUD, SIRWAN, "لدى وصوله إلى مطار أربيل الدولي"),
      ("MEMBER_OF", SIRWAN, "organization:peshmerga", "في البيشمركة سيروان"),
      ("MET_WITH", SUD, NECH, "ثم التقى رئيس إقليم كوردستان"),
      ("LEADS", NECH, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ("MET_WITH", SUD, MASR, "ورئيس حكومة الإقليم مسرور"),
      ("LEADS", MASR, KRG, "ورئيس حكومة الإقليم مسرور"),
      ("LEADS", BAFEL, "organization:patriotic-union-of-kurdistan", "رئيس الاتحاد الوطني الكوردستاني بافل"),
      ],
     {"source": "blind set (Kurdistan24-style Arabic)", "published": "2023-04-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDJ")
