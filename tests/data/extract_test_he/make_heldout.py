"""Blind set HE: Iraq and Iran 2020-2025 as wire-agency copy (datelines, terse sentences, "said in a
statement"): the US strike that killed Kataib Hezbollah's Abu Baqir al-Saadi and Qaani's airport meeting
with the group, Feb 2024 (English); Qaani in Erbil with Masoud Barzani during the 2022 government crisis
(Arabic); Amir-Abdollahian in Damascus after the consulate strike that killed Zahedi, Apr 2024 (English);
al-Sudani's first visit to Tehran, Nov 2022 (Arabic); the arrest of the PMF's Anbar commander Qasim
Muslih and the Green Zone stand-off, May 2021 (English); Shamkhani's security deal in Baghdad, Mar 2023
(Arabic).
Style: wire copy with datelines, attribution "said in a statement", spokesmen introduced by title
(Yehia Rasool, Mahmoud Mohammed, Tahsin al-Khafaji, Mohammad Kazem Al-e Sadegh).
Excluded on purpose: a strike on Tower 22 blamed on militias and denied by Tehran, a planned meeting
with Nechirvan Barzani that was not confirmed, a phone call (al-Kadhimi - Barzani; Blinken - al-Sudani),
a strike blamed on Israel that Israel neither confirmed nor denied, a killing (Ihab al-Wazni) for which a
commander was only questioned, a meeting with faction leaders denied by the Iranian embassy.
Spellings: Esmail Ghaani, Arkan al-Elayawi, قآني, البارزاني, خامنئى, الأعرجى, Qasim Musleh,
Mostafa al-Kazemi, Abu Fadak al-Mohammadawi, شمخانى.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hg import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, SYRIA, LEB, ISR, JOR, SAUDI, FRANCE = (
    "country:iran", "country:iraq", "country:united-states", "country:syria", "country:lebanon",
    "country:israel", "country:jordan", "country:saudi-arabia", "country:france")
QF, IRGC, PMF, KH, NUJ, IRI = ("organization:quds-force", "organization:irgc",
                               "organization:popular-mobilization-forces", "organization:kataib-hezbollah",
                               "organization:harakat-al-nujaba", "organization:islamic-resistance-in-iraq")
CF, FATAH, HIKMA, KDP, KDPI, KRP = ("organization:coordination-framework", "organization:fatah-alliance",
                                    "organization:hikma-movement", "organization:kurdistan-democratic-party",
                                    "organization:kdpi", "organization:kurdistan-region-presidency")
IQG, IQFM, NSA, NSS, JOC, CTS, INIS, IQINT, IQFIN = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry",
    "organization:iraqi-national-security-advisory", "organization:iraqi-national-security-service",
    "organization:joint-operations-command", "organization:counter-terrorism-service",
    "organization:iraqi-national-intelligence-service", "organization:iraqi-interior-ministry",
    "organization:iraqi-finance-ministry")
IRFM, SNSC, SYRFM, OMFM = ("organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
                           "organization:syrian-foreign-ministry", "organization:omani-foreign-ministry")
CENTCOM, DOD, STATE, USARMY, WH = ("organization:us-central-command", "organization:us-department-of-defense",
                                   "organization:us-state-department", "organization:us-armed-forces",
                                   "organization:white-house")
SADRMOV, SADRBLOC, SARAYA, HEZ = ("organization:sadrist-movement", "organization:sadrist-bloc",
                                  "organization:saraya-al-salam", "organization:hezbollah")
BAGHDAD, ERBIL, TEHRAN, DAMASCUS, BEIRUT, MUSCAT = ("location:baghdad", "location:erbil", "location:tehran",
                                                    "location:damascus", "location:beirut", "location:muscat")
BIAP, MASHTAL, TOWER22, PIRMAM, KOYA, KR, GREENZONE = (
    "location:baghdad-international-airport", "location:mashtal", "location:tower-22", "location:pirmam",
    "location:koya", "location:kurdistan-region", "location:green-zone")
SALAMPAL, GOVPAL, PALST, QAIM, AKASHAT, ANBAR = ("location:al-salam-palace", "location:government-palace-baghdad",
                                                 "location:palestine-street", "location:al-qaim",
                                                 "location:akashat", "location:anbar")
# people
QAANI, SOL, MUH, FADAK, FAY, BAQIR, ARKAN, HAMIDAWI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
    "person:abdul-aziz-al-muhammadawi", "person:falih-al-fayyadh", "person:abu-baqir-al-saadi",
    "person:arkan-al-ulayawi", "person:ahmad-al-hamidawi")
SUD, KAD, ADIL, RASHID, SALIH, ARAJI, FUAD, RASOOL, AWADI, KHAFAJI = (
    "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi",
    "person:abdul-latif-rashid", "person:barham-salih", "person:qassim-al-araji", "person:fuad-hussein",
    "person:yahya-rasool", "person:basim-al-awadi", "person:tahsin-al-khafaji")
MASOUD, NECH, MMOHAMMED, SADR, AMIRI, HAKIM, ASADI, ZURFI, KAABI, SAIDI = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:mahmoud-mohammed", "person:muqtada-al-sadr",
    "person:hadi-al-amiri", "person:ammar-al-hakim", "person:ahmed-al-asadi", "person:adnan-al-zurfi",
    "person:akram-al-kaabi", "person:mushtaq-taleb-al-saidi")
KHAM, RAISI, ROUHANI, PEZ, ZARIF, AMIRABD, ARAGHCHI, SHAM, AHMADIAN, LARI, JALILI = (
    "person:ali-khamenei", "person:ebrahim-raisi", "person:hassan-rouhani", "person:masoud-pezeshkian",
    "person:mohammad-javad-zarif", "person:hossein-amir-abdollahian", "person:abbas-araghchi",
    "person:ali-shamkhani", "person:ali-akbar-ahmadian", "person:ali-larijani", "person:saeed-jalili")
SADEGH, ZAHEDI, HAJIRAHIMI, BAGHAEI, IRAVANI, SALAMI, PAKPOUR, MOUSAVI = (
    "person:mohammad-kazem-al-e-sadegh", "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi",
    "person:esmaeil-baghaei", "person:saeed-iravani", "person:hossein-salami", "person:mohammad-pakpour",
    "person:razi-mousavi")
TRUMP, BLINKEN, RYDER, KIRBY, ROMAN, BRUCE, RUBIO = (
    "person:donald-trump", "person:antony-blinken", "person:pat-ryder", "person:john-kirby",
    "person:alina-romanowski", "person:tammy-bruce", "person:marco-rubio")
ASSAD, MEKDAD, SABBAGH, ALBUSAIDI, AOUN, BERRI, NQASSEM = (
    "person:bashar-al-assad", "person:faisal-mekdad", "person:bassam-al-sabbagh", "person:badr-albusaidi",
    "person:joseph-aoun", "person:nabih-berri", "person:naim-qassem")

ARTICLES = [
    ("enHE1_abu_baqir_strike_baghdad", "en",
     "U.S. strike kills Kataib Hezbollah commander in Baghdad\n"
     "BAGHDAD, Feb 7 - A U.S. drone strike on a car in eastern Baghdad's Mashtal district on Wednesday "
     "killed Abu Baqir al-Saadi, a senior commander of Kataib Hezbollah, two Iraqi security officials said.\n"
     "U.S. Central Command said in a statement that its forces had carried out the strike \"in response to "
     "the attacks on U.S. service members\" and that al-Saadi had planned them.\n"
     "A second Kataib Hezbollah official, Arkan al-Elayawi, was also killed in the strike, the group said.\n"
     "Maj. Gen. Yehia Rasool, military spokesman for Prime Minister Mohammed Shia al-Sudani, said in a "
     "statement that the strike was \"a blatant assassination on Iraqi soil\".\n"
     "The killing came a week after Kataib Hezbollah announced it was suspending attacks on U.S. troops, a "
     "decision that, according to two sources, followed a meeting between its leaders and Quds Force "
     "commander Esmail Ghaani at Baghdad airport on Jan. 29.\n"
     "Washington blamed Iran-backed militias for the Jan. 28 drone attack on Tower 22 in Jordan that killed "
     "three U.S. soldiers; Tehran denied any role.",
     [("ASSASSINATED_BY", BAQIR, USA, "A U.S. drone strike on a car", "2024-02-07"),
      ("ASSASSINATED_BY", BAQIR, CENTCOM, "its forces had carried out the strike", "2024-02-07"),
      ("LOCATED_IN", MASHTAL, BAGHDAD, "eastern Baghdad's Mashtal district"),
      ("MEMBER_OF", BAQIR, KH, "a senior commander of Kataib Hezbollah"),
      ("MEMBER_OF", ARKAN, KH, "A second Kataib Hezbollah official"),
      ("ASSASSINATED_BY", ARKAN, USA, "was also killed in the strike", "2024-02-07"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani"),
      ("MET_WITH", QAANI, KH, "followed a meeting between its leaders", "2024-01-29"),
      ("LEADS", QAANI, QF, "Quds Force commander Esmail"),
      ("VISITED", QAANI, BIAP, "at Baghdad airport on Jan. 29", "2024-01-29"),
      ("LOCATED_IN", TOWER22, JOR, "Tower 22 in Jordan"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-02-07"}),

    ("arHE2_qaani_erbil_barzani", "ar",
     "قآني في أربيل للقاء البارزاني وسط أزمة تشكيل الحكومة العراقية\n"
     "أربيل - وكالات: وصل قائد فيلق القدس الإيراني إسماعيل قآني إلى أربيل مساء الأحد، في زيارة لم يُعلن "
     "عنها مسبقاً، بحسب مصادر كردية.\n"
     "واجتمع قآني بزعيم الحزب الديمقراطي الكردستاني مسعود البارزاني في مصيف بيرمام شمال المدينة، وبحثا "
     "ملف تشكيل الحكومة الاتحادية.\n"
     "وقال المتحدث باسم الحزب محمود محمد في بيان إن البارزاني أكد «تمسك الحزب بتحالفاته»، ورفض «أي "
     "ضغوط خارجية».\n"
     "وكان مقرراً أن يلتقي قآني أيضاً رئيس إقليم كردستان نيجيرفان البارزاني، غير أن المصادر لم تؤكد حصول "
     "اللقاء.\n"
     "وتأتي الزيارة بعد أيام من اتصال هاتفي أجراه رئيس الوزراء مصطفى الكاظمي بالبارزاني، وفي ظل مساعي "
     "قوى الإطار التنسيقي لإقناع الحزب بفك تحالفه مع زعيم التيار الصدري مقتدى الصدر.\n"
     "ولم يصدر عن السفارة الإيرانية في بغداد أي تعليق على الزيارة.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس الإيراني إسماعيل"),
      ("VISITED", QAANI, ERBIL, "إسماعيل قآني إلى أربيل", "2022-02"),
      ("MET_WITH", QAANI, MASOUD, "واجتمع قآني بزعيم الحزب", "2022-02"),
      ("LEADS", MASOUD, KDP, "بزعيم الحزب الديمقراطي الكردستاني مسعود"),
      ("VISITED", QAANI, PIRMAM, "في مصيف بيرمام", "2022-02"),
      ("LOCATED_IN", PIRMAM, ERBIL, "بيرمام شمال المدينة"),
      ("MEMBER_OF", MMOHAMMED, KDP, "المتحدث باسم الحزب محمود محمد"),
      ("LEADS", NECH, KRP, "رئيس إقليم كردستان نيجيرفان"),
      ("LEADS", KAD, IQG, "رئيس الوزراء مصطفى الكاظمي"),
      ("LEADS", SADR, SADRMOV, "زعيم التيار الصدري مقتدى"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2022-02-21"}),

    ("enHE3_amir_abdollahian_damascus_consulate", "en",
     "Iran's foreign minister opens new Damascus consulate a week after deadly strike\n"
     "DAMASCUS, April 8 - Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Damascus on Monday "
     "and inaugurated a new consular section, a week after an air strike flattened the old building and "
     "killed seven members of the Revolutionary Guards.\n"
     "Among the dead were Brig. Gen. Mohammad Reza Zahedi, who commanded the Quds Force in Syria and "
     "Lebanon, and his deputy, Mohammad Hadi Haji Rahimi, the Guards said in a statement at the time.\n"
     "Tehran has blamed Israel for the April 1 strike and vowed to respond; Israel has neither confirmed "
     "nor denied carrying it out.\n"
     "Amir-Abdollahian held separate talks with President Bashar al-Assad and Foreign Minister Faisal "
     "Mekdad, the Syrian presidency and foreign ministry said in statements.\n"
     "He had flown in from Muscat, where he met Omani Foreign Minister Badr Albusaidi on Sunday.\n"
     "Iran's ambassador to Syria, Hossein Akbari, who survived the strike, told state television the new "
     "section was \"a message of steadfastness\".",
     [("LEADS", AMIRABD, IRFM, "Iranian Foreign Minister Hossein"),
      ("VISITED", AMIRABD, DAMASCUS, "arrived in Damascus on Monday", "2024-04-08"),
      ("MEMBER_OF", ZAHEDI, QF, "who commanded the Quds Force in Syria"),
      ("MEMBER_OF", HAJIRAHIMI, QF, "and his deputy, Mohammad Hadi"),
      ("MET_WITH", AMIRABD, ASSAD, "held separate talks with President", "2024-04-08"),
      ("MET_WITH", AMIRABD, MEKDAD, "and Foreign Minister Faisal", "2024-04-08"),
      ("LEADS", ASSAD, SYRIA, "President Bashar al-Assad"),
      ("LEADS", MEKDAD, SYRFM, "Foreign Minister Faisal"),
      ("VISITED", AMIRABD, MUSCAT, "flown in from Muscat", "2024-04-07"),
      ("MET_WITH", AMIRABD, ALBUSAIDI, "where he met Omani Foreign Minister", "2024-04-07"),
      ("LEADS", ALBUSAIDI, OMFM, "Omani Foreign Minister Badr"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-04-08"}),

    ("arHE4_sudani_first_tehran_visit", "ar",
     "السوداني في طهران: لقاءان مع رئيسي وخامنئى وملف المعارضة الكردية على الطاولة\n"
     "طهران - وكالات: وصل رئيس مجلس الوزراء العراقي محمد شياع السوداني إلى طهران صباح الثلاثاء، في أول "
     "زيارة له إلى إيران منذ توليه منصبه الشهر الماضي.\n"
     "واستقبل الرئيس الإيراني إبراهيم رئيسي ضيفه في مجمع سعد آباد، وعقد الجانبان مباحثات تناولت أمن "
     "الحدود والتبادل التجاري، بحسب بيان للمكتب الإعلامي لرئيس الوزراء.\n"
     "ثم التقى السوداني المرشد الإيراني علي خامنئى، الذي قال إن «أمن العراق من أمن إيران»، وفق الموقع "
     "الرسمي للمرشد.\n"
     "وضمّ الوفد المرافق وزير الخارجية فؤاد حسين ومستشار الأمن القومي قاسم الأعرجى.\n"
     "وتأتي الزيارة بعد أسبوعين من قصف الحرس الثوري مقار الحزب الديمقراطي الكردستاني الإيراني في "
     "كويسنجق بإقليم كردستان، في هجوم أعلن الحرس مسؤوليته عنه.\n"
     "وكان وزير الخارجية الأميركي أنتوني بلينكن قد بحث مع السوداني في اتصال هاتفي الشهر الماضي «أهمية "
     "احترام سيادة العراق».",
     [("LEADS", SUD, IQG, "رئيس مجلس الوزراء العراقي محمد"),
      ("VISITED", SUD, TEHRAN, "إلى طهران صباح الثلاثاء", "2022-11-29"),
      ("MET_WITH", SUD, RAISI, "ضيفه في مجمع سعد آباد", "2022-11-29"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم"),
      ("MET_WITH", SUD, KHAM, "ثم التقى السوداني المرشد", "2022-11-29"),
      ("LEADS", KHAM, IRAN, "المرشد الإيراني علي"),
      ("VISITED", FUAD, TEHRAN, "وضمّ الوفد المرافق وزير", "2022-11-29"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية فؤاد"),
      ("VISITED", ARAJI, TEHRAN, "ومستشار الأمن القومي قاسم", "2022-11-29"),
      ("LEADS", ARAJI, NSA, "ومستشار الأمن القومي قاسم"),
      ("ATTACKED", IRGC, KDPI, "قصف الحرس الثوري مقار", "2022-11-14"),
      ("LOCATED_IN", KOYA, KR, "كويسنجق بإقليم كردستان"),
      ("LEADS", BLINKEN, STATE, "وزير الخارجية الأميركي أنتوني"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2022-11-29"}),

    ("enHE5_muslih_arrest_green_zone", "en",
     "Iraq detains senior paramilitary commander; armed supporters ring Green Zone\n"
     "BAGHDAD, May 26 - Iraqi forces on Wednesday arrested Qasim Musleh, who heads Popular Mobilisation "
     "Forces operations in Anbar province, under the country's anti-terrorism law, the Joint Operations "
     "Command said in a statement.\n"
     "Two security officials said Musleh was being questioned over several killings, including that of "
     "Ihab al-Wazni, a protest leader shot dead outside his home in Karbala on May 9; the PMF said in a "
     "statement that he was innocent.\n"
     "Hours after the arrest, PMF fighters in pick-up trucks surrounded entrances to the Green Zone, "
     "which houses government offices and foreign embassies.\n"
     "Major General Tahsin al-Khafaji, spokesman for the Joint Operations Command, told state television "
     "Musleh would be handed to the judiciary.\n"
     "Prime Minister Mostafa al-Kazemi met PMF chairman Falih al-Fayyadh and chief of staff Abu Fadak "
     "al-Mohammadawi late on Wednesday, a government official said.\n"
     "Kazemi removed Fayyadh as national security adviser last July and appointed Qassim al-Araji in his "
     "place.",
     [("MEMBER_OF", "person:qasim-muslih", PMF, "who heads Popular Mobilisation"),
      ("MEMBER_OF", KHAFAJI, JOC, "spokesman for the Joint Operations Command"),
      ("LEADS", KAD, IQG, "Prime Minister Mostafa al-Kazemi"),
      ("MET_WITH", KAD, FAY, "met PMF chairman Falih", "2021-05-26"),
      ("MET_WITH", KAD, FADAK, "and chief of staff Abu Fadak", "2021-05-26"),
      ("MET_WITH", FAY, FADAK, "late on Wednesday, a government official", "2021-05-26"),
      ("LEADS", FAY, PMF, "PMF chairman Falih al-Fayyadh"),
      ("MEMBER_OF", FADAK, PMF, "chief of staff Abu Fadak"),
      ("LEADS", FAY, NSA, "removed Fayyadh as national security adviser"),
      ("SUCCESSOR_OF", ARAJI, FAY, "appointed Qassim al-Araji in his", "2020-07"),
      ("LEADS", ARAJI, NSA, "appointed Qassim al-Araji"),
      ],
     {"source": "blind set (wire, English)", "published": "2021-05-26"}),

    ("arHE6_shamkhani_baghdad_security_deal", "ar",
     "شمخانى في بغداد: اتفاق أمني مع العراق لضبط الحدود مع إقليم كردستان\n"
     "بغداد - وكالات: استقبل رئيس مجلس الوزراء محمد شياع السوداني، الأحد، أمين المجلس الأعلى للأمن القومي "
     "الإيراني علي شمخانى، الذي وصل إلى بغداد صباحاً على رأس وفد أمني واقتصادي، بحسب بيان لمكتبه الإعلامي.\n"
     "وحضر اللقاء السفير الإيراني في بغداد محمد كاظم آل صادق.\n"
     "وفي وقت لاحق، اجتمع شمخانى بمستشار الأمن القومي العراقي قاسم الأعرجي، ووقّعا في ختام الاجتماع "
     "محضراً أمنياً يقضي بمنع الجماعات الكردية الإيرانية المعارضة من استخدام أراضي الإقليم.\n"
     "وقال الأعرجي في بيان إن الاتفاق «يحمي أمن البلدين ويغلق باب الذرائع».\n"
     "كما التقى المسؤول الإيراني رئيس الجمهورية عبد اللطيف رشيد في قصر السلام ببغداد.\n"
     "ونفت السفارة الإيرانية تقارير عن اجتماع شمخانى بقادة فصائل مسلحة خلال الزيارة، مؤكدة أن جدوله "
     "«اقتصر على المسؤولين الرسميين».\n"
     "ويشغل شمخانى منصبه منذ أيلول 2013 خلفاً لسعيد جليلي.",
     [("LEADS", SUD, IQG, "استقبل رئيس مجلس الوزراء محمد"),
      ("MET_WITH", SUD, SHAM, "استقبل رئيس مجلس الوزراء", "2023-03-19"),
      ("LEADS", SHAM, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني علي"),
      ("VISITED", SHAM, BAGHDAD, "الذي وصل إلى بغداد صباحاً", "2023-03-19"),
      ("MET_WITH", SADEGH, SUD, "وحضر اللقاء السفير", "2023-03-19"),
      ("MET_WITH", SADEGH, SHAM, "وحضر اللقاء السفير الإيراني", "2023-03-19"),
      ("MET_WITH", SHAM, ARAJI, "اجتمع شمخانى بمستشار", "2023-03-19"),
      ("LEADS", ARAJI, NSA, "بمستشار الأمن القومي العراقي قاسم"),
      ("MET_WITH", SHAM, RASHID, "كما التقى المسؤول الإيراني", "2023-03-19"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية عبد اللطيف"),
      ("VISITED", SHAM, SALAMPAL, "في قصر السلام ببغداد", "2023-03-19"),
      ("LOCATED_IN", SALAMPAL, BAGHDAD, "قصر السلام ببغداد"),
      ("SUCCESSOR_OF", SHAM, JALILI, "خلفاً لسعيد جليلي", "2013-09"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2023-03-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHE")
