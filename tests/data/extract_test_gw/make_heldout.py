"""Blind set GW: Iraq and Iran 2020-2025 as a regional daily (long titles, many officials introduced
by rank and office): Iraq's army chief of staff in Tehran with Iran's new armed forces chief after
the June 2025 war (English); al-Sudani receives Iran's interior minister Eskandar Momeni before
Arbaeen (Arabic); Iraq recalls its ambassador after the IRGC missile strike on Erbil that killed
Peshraw Dizayee, Jan 2024 (English); Abbas Araghchi in Baghdad, Oct 2024 (Arabic); the new
speaker al-Mashhadani receives the US ambassador, Nov 2024 (English); Qaani's January 2024 trip to
Baghdad, Kataib Hezbollah's truce and the strike that killed Abu Baqir al-Saadi (Arabic).
Style: regional-daily copy, long Arabic titles ("رئيس مجلس الوزراء القائد العام للقوات المسلحة
يستقبل ..."), ranks before names (Lt Gen, Maj Gen, الفريق أول ركن), reported speech; excluded on
purpose: phone calls, a meeting denied by a politician's office, a postponed meeting, a nominee not
yet confirmed, a planned trip to Washington, an attack on Tower 22 with no stated agent.
Spellings: Thabet Al Abbasi, Qassim Al Araji, Mohammed Shia Al Sudani, قآني, الحميداوي, أبو فدك.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gx import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, LEB, SYRIA, ISR, JOR = ("country:iran", "country:iraq", "country:united-states", "country:lebanon",
                                         "country:syria", "country:israel", "country:jordan")
QF, IRGC, PMF, KH, AAH, NUJ, BADR, KSS = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq", "organization:harakat-al-nujaba",
    "organization:badr-organization", "organization:kataib-sayyid-al-shuhada")
IQG, IQFM, IQDEF, IQINT, IQARMY = ("organization:iraqi-government", "organization:iraqi-foreign-ministry",
                                   "organization:iraqi-defense-ministry", "organization:iraqi-interior-ministry",
                                   "organization:iraqi-army")
NSA, NSS, CTS = ("organization:iraqi-national-security-advisory", "organization:iraqi-national-security-service",
                 "organization:counter-terrorism-service")
IRFM, SNSC, IRINT, IRGOV = ("organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
                            "organization:iranian-interior-ministry", "organization:iranian-government")
KRG, KRP, KDP, PUK, KR = ("organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
                          "organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan",
                          "location:kurdistan-region")
HEZ, CENTCOM, DOD, STATE, USAF = ("organization:hezbollah", "organization:us-central-command",
                                  "organization:us-department-of-defense", "organization:us-state-department",
                                  "organization:us-armed-forces")
CF, WINEP = "organization:coordination-framework", "organization:washington-institute"
BAGHDAD, TEHRAN, ERBIL, BEIRUT, DAMASCUS, NAJAF = ("location:baghdad", "location:tehran", "location:erbil",
                                                   "location:beirut", "location:damascus", "location:najaf")
BIAP, PIRMAM, AINASAD, ANBAR = ("location:baghdad-international-airport", "location:pirmam",
                                "location:ain-al-asad-air-base", "location:anbar")
QAANI, SOL, MUH, KHAM = ("person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                         "person:ali-khamenei")
KAD, SUD, FAY, ARAJI, FUAD = ("person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani",
                              "person:falih-al-fayyadh", "person:qassim-al-araji", "person:fuad-hussein")
NECH, MASROUR, MASOUD, BAFEL = ("person:nechirvan-barzani", "person:masrour-barzani", "person:masoud-barzani",
                                "person:bafel-talabani")
RAISI, PEZ, ARAGHCHI, BKANI, AMIRABD = ("person:ebrahim-raisi", "person:masoud-pezeshkian", "person:abbas-araghchi",
                                        "person:ali-bagheri-kani", "person:hossein-amir-abdollahian")
TRUMP, BIDEN, ROMAN, BLINKEN = ("person:donald-trump", "person:joe-biden", "person:alina-romanowski",
                                "person:antony-blinken")

YARALLAH, MOUSAVI, BAGHERI = ("person:abdul-amir-yarallah", "person:abdolrahim-mousavi",
                              "person:mohammad-bagheri")
HATAMI, SUKKAR, GOUDARZI = "person:amir-hatami", "person:mohammed-sukkar", "person:ahmad-ali-goudarzi"
ABBASI, NASIRZADEH = "person:thabet-al-abbasi", "person:aziz-nasirzadeh"
MOMENI, VAHIDI, SHAMMARI, WAELI = ("person:eskandar-momeni", "person:ahmad-vahidi",
                                   "person:abdul-amir-al-shammari", "person:omar-al-waeli")
NASEER, DIZAYEE, KANAANI = "person:naseer-abdul-mohsen", "person:peshraw-dizayee", "person:nasser-kanaani"
BAHR, SADEGH, BAGHAEI = ("person:mohammed-hussein-bahr-al-uloom", "person:mohammad-kazem-al-e-sadegh",
                         "person:esmaeil-baghaei")
AMIRI, BERRI, ASSAD = "person:hadi-al-amiri", "person:nabih-berri", "person:bashar-al-assad"
MASH, HALB, MAND, TUELLER = ("person:mahmoud-al-mashhadani", "person:mohammed-al-halbousi",
                             "person:mohsen-al-mandalawi", "person:matthew-tueller")
JACOBSON = "person:tracey-jacobson"
KHAZALI, WALAI, HAMIDAWI = "person:qais-al-khazali", "person:abu-alaa-al-walai", "person:ahmad-al-hamidawi"
SAADI, ULAYAWI, FADAK = "person:abu-baqir-al-saadi", "person:arkan-al-ulayawi", "person:abdul-aziz-al-muhammadawi"
GENSTAFF, IRARMY = "organization:iranian-armed-forces-general-staff", "organization:iranian-army"
IRDEF, IRBG, IQBG = ("organization:iranian-defence-ministry", "organization:iranian-border-guard",
                     "organization:iraqi-border-guard")
IQPARL = "organization:iraqi-parliament"

ARTICLES = [
    ("enGW1_yarallah_in_tehran", "en",
     "Iraq's top general holds talks in Tehran with Iran's new armed forces chief\n"
     "Iraq's Chief of Staff of the Army, Lt Gen Abdul Amir Rashid Yarallah, held talks in Tehran on Sunday "
     "with Maj Gen Abdolrahim Mousavi, the chief of staff of Iran's armed forces, the official IRNA news "
     "agency reported.\n"
     "Maj Gen Mousavi was appointed to the post in June by Supreme Leader Ayatollah Ali Khamenei, replacing "
     "Maj Gen Mohammad Bagheri, who was killed in an Israeli air strike on Tehran on the first day of the "
     "12-day war.\n"
     "Mousavi's previous job as commander-in-chief of the regular army went to Maj Gen Amir Hatami, a "
     "former defence minister, who also received Yarallah at army headquarters.\n"
     "The commander of Iraq's Border Guard Forces, Lt Gen Mohammed Abdul Wahab Sukkar, who accompanied "
     "Yarallah, discussed border crossings and smuggling with Brig Gen Ahmad Ali Goudarzi, the head of "
     "Iran's Border Guard Command.\n"
     "Iraqi Defence Minister Thabet Al Abbasi, who did not travel, spoke by phone with his Iranian "
     "counterpart, Brig Gen Aziz Nasirzadeh, on Saturday, his office said.",
     [("LEADS", YARALLAH, IQARMY, "Iraq's Chief of Staff of the Army"),
      ("VISITED", YARALLAH, TEHRAN, "held talks in Tehran on Sunday", "2025-08"),
      ("MET_WITH", YARALLAH, MOUSAVI, "held talks in Tehran on Sunday", "2025-08"),
      ("LEADS", MOUSAVI, GENSTAFF, "the chief of staff of Iran's armed forces"),
      ("REPORTED_BY", YARALLAH, "outlet:irna", "the official IRNA news agency reported"),
      ("SUCCESSOR_OF", MOUSAVI, BAGHERI, "replacing Maj Gen Mohammad Bagheri", "2025-06"),
      ("LEADS", BAGHERI, GENSTAFF, "replacing Maj Gen Mohammad Bagheri"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("ASSASSINATED_BY", BAGHERI, ISR, "killed in an Israeli air strike", "2025-06-13"),
      ("ATTACKED", ISR, TEHRAN, "an Israeli air strike on Tehran", "2025-06-13"),
      ("SUCCESSOR_OF", HATAMI, MOUSAVI, "previous job as commander-in-chief of the regular army went to",
       "2025-06"),
      ("LEADS", MOUSAVI, IRARMY, "Mousavi's previous job as commander-in-chief"),
      ("LEADS", HATAMI, IRARMY, "went to Maj Gen Amir Hatami"),
      ("LEADS", HATAMI, IRDEF, "a former defence minister"),
      ("MET_WITH", HATAMI, YARALLAH, "who also received Yarallah"),
      ("LEADS", SUKKAR, IQBG, "The commander of Iraq's Border Guard Forces"),
      ("VISITED", SUKKAR, TEHRAN, "who accompanied Yarallah"),
      ("MET_WITH", SUKKAR, GOUDARZI, "discussed border crossings and smuggling with"),
      ("LEADS", GOUDARZI, IRBG, "the head of Iran's Border Guard Command"),
      ("LEADS", ABBASI, IQDEF, "Iraqi Defence Minister Thabet Al Abbasi"),
      ("LEADS", NASIRZADEH, IRDEF, "counterpart, Brig Gen Aziz Nasirzadeh"),
      ],
     {"source": "blind set (regional daily, English)", "published": "2025-08-18"}),

    ("arGW2_sudani_receives_momeni", "ar",
     "رئيس مجلس الوزراء القائد العام للقوات المسلحة يستقبل وزير الداخلية الإيراني والوفد المرافق له "
     "ويبحثان الاستعدادات لزيارة الأربعين\n"
     "استقبل رئيس مجلس الوزراء القائد العام للقوات المسلحة السيد محمد شياع السوداني، اليوم الأحد، وزير "
     "داخلية الجمهورية الإسلامية الإيرانية إسكندر مؤمني والوفد المرافق له، بحضور وزير الداخلية الفريق أول "
     "ركن عبد الأمير الشمري.\n"
     "وجرى خلال اللقاء بحث الاستعدادات لزيارة الأربعين وتسهيل دخول الزائرين الإيرانيين عبر المنافذ "
     "الحدودية، ومتابعة تنفيذ الاتفاق الأمني الموقّع بين البلدين في آذار 2023 بشأن ضبط الحدود المشتركة.\n"
     "ويُعدّ مؤمني، الذي تسلّم حقيبة الداخلية في آب 2024 خلفاً لأحمد وحيدي، أرفع مسؤول أمني إيراني يزور "
     "بغداد منذ مطلع العام.\n"
     "وفي وقت لاحق، التقى الوزير الإيراني رئيسَ هيئة المنافذ الحدودية الفريق عمر الوائلي وقائدَ قوات حرس "
     "الحدود الفريق محمد عبد الوهاب سكر في مقر الهيئة.\n"
     "وكان السوداني قد تلقى الأسبوع الماضي اتصالاً هاتفياً من الرئيس الإيراني مسعود بزشكيان، جدّد خلاله "
     "دعوته لزيارة طهران.",
     [("LEADS", SUD, IQG, "القائد العام للقوات المسلحة السيد محمد شياع"),
      ("MET_WITH", SUD, MOMENI, "اليوم الأحد، وزير داخلية", "2025-08"),
      ("MET_WITH", SUD, SHAMMARI, "بحضور وزير الداخلية الفريق", "2025-08"),
      ("MET_WITH", MOMENI, SHAMMARI, "بحضور وزير الداخلية الفريق", "2025-08"),
      ("LEADS", MOMENI, IRINT, "داخلية الجمهورية الإسلامية الإيرانية إسكندر"),
      ("LEADS", SHAMMARI, IQINT, "وزير الداخلية الفريق أول"),
      ("VISITED", MOMENI, BAGHDAD, "أرفع مسؤول أمني إيراني يزور", "2025-08"),
      ("SUCCESSOR_OF", MOMENI, VAHIDI, "خلفاً لأحمد وحيدي", "2024-08"),
      ("LEADS", VAHIDI, IRINT, "خلفاً لأحمد وحيدي"),
      ("MET_WITH", MOMENI, WAELI, "التقى الوزير الإيراني", "2025-08"),
      ("MET_WITH", MOMENI, SUKKAR, "التقى الوزير الإيراني", "2025-08"),
      ("MET_WITH", WAELI, SUKKAR, "التقى الوزير الإيراني", "2025-08"),
      ("LEADS", WAELI, "organization:iraqi-border-ports-authority", "رئيسَ هيئة المنافذ الحدودية"),
      ("LEADS", SUKKAR, IQBG, "وقائدَ قوات حرس الحدود"),
      ("LEADS", PEZ, IRAN, "الرئيس الإيراني مسعود بزشكيان"),
      ],
     {"source": "blind set (regional daily, Arabic)", "published": "2025-08-03"}),

    ("enGW3_iraq_recalls_envoy_after_erbil_strike", "en",
     "Iraq recalls envoy from Tehran after Guards' missiles kill Erbil businessman\n"
     "Iraq recalled its ambassador to Tehran, Naseer Abdul Mohsen, for consultations on Tuesday after Iran's "
     "Islamic Revolutionary Guard Corps fired ballistic missiles at Erbil late on Monday, killing the "
     "businessman Peshraw Dizayee and members of his family.\n"
     "The IRGC said in a statement carried by the Tasnim news agency that it had destroyed \"an espionage "
     "headquarters of the Zionist regime\" in the Kurdistan Region's capital.\n"
     "Dizayee, the founder of the Falcon Group, a security and property conglomerate, had close ties to the "
     "ruling Barzani family.\n"
     "Iraq's National Security Adviser, Qassim Al Araji, led a government fact-finding committee to the site "
     "in Erbil and met Kurdistan Region President Nechirvan Barzani, before telling reporters that claims "
     "of an Israeli presence in the house were \"baseless\".\n"
     "Masrour Barzani, the region's Prime Minister, who was attending the World Economic Forum in Davos, "
     "called the strike a crime, while Iran's Foreign Ministry spokesman, Nasser Kanaani, said Tehran "
     "respected Iraq's sovereignty.\n"
     "A meeting between Prime Minister Mohammed Shia Al Sudani and US Ambassador Alina Romanowski planned "
     "for Wednesday was postponed, officials said.",
     [("ATTACKED", IRGC, ERBIL, "fired ballistic missiles at Erbil", "2024-01-15"),
      ("ASSASSINATED_BY", DIZAYEE, IRGC, "killing the businessman Peshraw Dizayee", "2024-01-15"),
      ("LOCATED_IN", ERBIL, KR, "in the Kurdistan Region's capital"),
      ("LEADS", DIZAYEE, "organization:falcon-group", "the founder of the Falcon Group"),
      ("LEADS", ARAJI, NSA, "Iraq's National Security Adviser, Qassim"),
      ("VISITED", ARAJI, ERBIL, "fact-finding committee to the site in Erbil", "2024-01-16"),
      ("MET_WITH", ARAJI, NECH, "met Kurdistan Region President", "2024-01-16"),
      ("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ("LEADS", MASROUR, KRG, "the region's Prime Minister"),
      ("VISITED", MASROUR, "location:davos", "attending the World Economic Forum in Davos", "2024-01-16"),
      ("MEMBER_OF", KANAANI, IRFM, "Foreign Ministry spokesman, Nasser"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia Al Sudani"),
      ],
     {"source": "blind set (regional daily, English)", "published": "2024-01-17"}),

    ("arGW4_araghchi_in_baghdad", "ar",
     "وزير الخارجية الإيراني يصل إلى بغداد في زيارة رسمية يلتقي خلالها كبار المسؤولين العراقيين لبحث "
     "التصعيد في المنطقة\n"
     "وصل وزير خارجية الجمهورية الإسلامية الإيرانية عباس عراقجي، مساء السبت، إلى العاصمة بغداد في زيارة "
     "رسمية تستغرق يومين، وكان في استقباله بمطار بغداد الدولي وكيل وزارة الخارجية للعلاقات الثنائية السفير "
     "محمد حسين بحر العلوم، والسفير الإيراني لدى العراق محمد كاظم آل صادق.\n"
     "واستقبل رئيس مجلس الوزراء محمد شياع السوداني، صباح الأحد، الوزيرَ الإيراني، وبحث معه التطورات في "
     "لبنان وغزة ومخاطر اتساع رقعة الحرب في المنطقة.\n"
     "كما عقد عراقجي جلسة مباحثات مع نظيره العراقي فؤاد حسين في مقر وزارة الخارجية، أعقبها مؤتمر صحافي "
     "مشترك.\n"
     "ورافق الوزيرَ المتحدثُ باسم الخارجية الإيرانية إسماعيل بقائي، الذي عُيّن في آب الماضي خلفاً لناصر "
     "كنعاني.\n"
     "ونفى مكتب رئيس تحالف الفتح هادي العامري ما تداولته وسائل إعلام محلية عن لقاء مرتقب يجمعه بالوزير "
     "الإيراني.\n"
     "وكان عراقجي قد زار بيروت ودمشق مطلع الشهر، والتقى هناك رئيس مجلس النواب اللبناني نبيه بري والرئيس "
     "السوري بشار الأسد.",
     [("LEADS", ARAGHCHI, IRFM, "وصل وزير خارجية الجمهورية الإسلامية"),
      ("VISITED", ARAGHCHI, BAGHDAD, "إلى العاصمة بغداد", "2024-10-12"),
      ("VISITED", ARAGHCHI, BIAP, "وكان في استقباله بمطار", "2024-10-12"),
      ("MET_WITH", ARAGHCHI, BAHR, "وكان في استقباله بمطار", "2024-10-12"),
      ("MET_WITH", ARAGHCHI, SADEGH, "وكان في استقباله بمطار", "2024-10-12"),
      ("MET_WITH", BAHR, SADEGH, "وكان في استقباله بمطار", "2024-10-12"),
      ("MEMBER_OF", BAHR, IQFM, "وكيل وزارة الخارجية للعلاقات الثنائية"),
      ("MET_WITH", SUD, ARAGHCHI, "واستقبل رئيس مجلس الوزراء", "2024-10-13"),
      ("LEADS", SUD, IQG, "رئيس مجلس الوزراء محمد شياع"),
      ("MET_WITH", ARAGHCHI, FUAD, "كما عقد عراقجي جلسة", "2024-10-13"),
      ("LEADS", FUAD, IQFM, "نظيره العراقي فؤاد حسين"),
      ("MEMBER_OF", BAGHAEI, IRFM, "المتحدثُ باسم الخارجية الإيرانية إسماعيل"),
      ("VISITED", BAGHAEI, BAGHDAD, "ورافق الوزيرَ المتحدثُ", "2024-10-12"),
      ("SUCCESSOR_OF", BAGHAEI, KANAANI, "خلفاً لناصر كنعاني", "2024-08"),
      ("LEADS", AMIRI, "organization:fatah-alliance", "رئيس تحالف الفتح هادي"),
      ("VISITED", ARAGHCHI, BEIRUT, "قد زار بيروت", "2024-10-04"),
      ("VISITED", ARAGHCHI, DAMASCUS, "ودمشق مطلع الشهر", "2024-10-05"),
      ("MET_WITH", ARAGHCHI, BERRI, "والتقى هناك رئيس مجلس النواب", "2024-10-04"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "رئيس مجلس النواب اللبناني نبيه"),
      ("MET_WITH", ARAGHCHI, ASSAD, "والرئيس السوري بشار", "2024-10-05"),
      ("LEADS", ASSAD, SYRIA, "والرئيس السوري بشار"),
      ],
     {"source": "blind set (regional daily, Arabic)", "published": "2024-10-13"}),

    ("enGW5_mashhadani_receives_romanowski", "en",
     "New speaker al-Mashhadani receives US envoy as Washington waits on a new ambassador\n"
     "Iraq's newly elected Speaker of the Council of Representatives, Mahmoud al-Mashhadani, received US "
     "Ambassador Alina Romanowski at his office in Baghdad on Monday, his media office said.\n"
     "Al-Mashhadani, 76, was elected on October 31 to replace Mohammed al-Halbousi, whose membership was "
     "terminated by the Federal Supreme Court in November 2023; first deputy speaker Mohsen al-Mandalawi "
     "had run the chamber in an acting capacity for almost a year.\n"
     "Halbousi, who still leads the Taqaddum party, was received the same day by Prime Minister Mohammed "
     "Shia al-Sudani, according to a government statement.\n"
     "Romanowski, who succeeded Matthew Tueller in June 2022, later travelled to Erbil, where she met "
     "Kurdistan Democratic Party leader Masoud Barzani at his headquarters in Pirmam.\n"
     "Tracey Ann Jacobson, whom President Joe Biden nominated in the summer to take over from Romanowski, "
     "has yet to be confirmed by the Senate.\n"
     "Iraq's Foreign Minister, Fuad Hussein, is expected in Washington next month for talks with Secretary "
     "of State Antony Blinken.",
     [("LEADS", MASH, IQPARL, "Speaker of the Council of Representatives, Mahmoud"),
      ("MET_WITH", MASH, ROMAN, "received US Ambassador Alina Romanowski", "2024-11-04"),
      ("SUCCESSOR_OF", MASH, HALB, "was elected on October 31 to replace", "2024-10-31"),
      ("LEADS", HALB, IQPARL, "to replace Mohammed al-Halbousi"),
      ("MEMBER_OF", MAND, IQPARL, "first deputy speaker Mohsen"),
      ("LEADS", HALB, "organization:taqaddum-party", "who still leads the Taqaddum party"),
      ("MET_WITH", HALB, SUD, "was received the same day by", "2024-11-04"),
      ("LEADS", SUD, IQG, "by Prime Minister Mohammed"),
      ("SUCCESSOR_OF", ROMAN, TUELLER, "who succeeded Matthew Tueller", "2022-06"),
      ("VISITED", ROMAN, ERBIL, "later travelled to Erbil", "2024-11"),
      ("MET_WITH", ROMAN, MASOUD, "where she met Kurdistan", "2024-11"),
      ("LEADS", MASOUD, KDP, "Kurdistan Democratic Party leader Masoud"),
      ("VISITED", ROMAN, PIRMAM, "at his headquarters in Pirmam", "2024-11"),
      ("LEADS", BIDEN, USA, "President Joe Biden nominated"),
      ("LEADS", FUAD, IQFM, "Iraq's Foreign Minister, Fuad"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony"),
      ],
     {"source": "blind set (regional daily, English)", "published": "2024-11-05"}),

    ("arGW6_qaani_baghdad_kataib_truce", "ar",
     "قائد «فيلق القدس» في بغداد لاحتواء التصعيد... و«الكتائب» تعلن تعليق عملياتها ضد القوات الأميركية\n"
     "كشفت مصادر سياسية مطّلعة لـ«بغداد اليوم» أن قائد فيلق القدس في الحرس الثوري الإيراني العميد إسماعيل "
     "قآني وصل إلى العاصمة العراقية، الاثنين، في زيارة لم يُعلن عنها، والتقى في مطار بغداد الدولي الأمين "
     "العام لعصائب أهل الحق قيس الخزعلي والأمين العام لكتائب سيد الشهداء أبو آلاء الولائي.\n"
     "وأضافت المصادر أن قآني، الذي خلف قاسم سليماني في قيادة الفيلق مطلع 2020، طلب من قادة الفصائل وقف "
     "الهجمات على القوات الأميركية، بعد مقتل ثلاثة جنود أميركيين في هجوم بطائرة مسيّرة على «البرج 22» في "
     "الأردن.\n"
     "وبعد يوم واحد، أعلن الأمين العام لكتائب حزب الله أحمد الحميداوي تعليق العمليات العسكرية والأمنية ضد "
     "قوات الاحتلال «منعاً لإحراج الحكومة العراقية».\n"
     "غير أن غارة أميركية بطائرة مسيّرة استهدفت، في السابع من شباط، سيارة في منطقة المشتل شرقي بغداد، "
     "وأسفرت عن مقتل القيادي في الكتائب أبو باقر الساعدي والقيادي الآخر أركان العلياوي، وأعلنت القيادة "
     "المركزية الأميركية (سنتكوم) مسؤوليتها عن الضربة.\n"
     "وشارك رئيس أركان هيئة الحشد الشعبي عبد العزيز المحمداوي، المعروف بـ«أبو فدك»، في تشييع الساعدي.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس في الحرس الثوري الإيراني العميد"),
      ("PART_OF", QF, IRGC, "فيلق القدس في الحرس الثوري"),
      ("REPORTED_BY", QAANI, "outlet:baghdad-today", "لـ«بغداد اليوم»"),
      ("VISITED", QAANI, BAGHDAD, "وصل إلى العاصمة العراقية", "2024-01-29"),
      ("VISITED", QAANI, BIAP, "والتقى في مطار بغداد الدولي", "2024-01-29"),
      ("MET_WITH", QAANI, KHAZALI, "والتقى في مطار بغداد الدولي", "2024-01-29"),
      ("MET_WITH", QAANI, WALAI, "والتقى في مطار بغداد الدولي", "2024-01-29"),
      ("MET_WITH", KHAZALI, WALAI, "والتقى في مطار بغداد الدولي", "2024-01-29"),
      ("LEADS", KHAZALI, AAH, "العام لعصائب أهل الحق قيس"),
      ("LEADS", WALAI, KSS, "العام لكتائب سيد الشهداء أبو"),
      ("SUCCESSOR_OF", QAANI, SOL, "الذي خلف قاسم سليماني", "2020-01-03"),
      ("LOCATED_IN", "location:tower-22", JOR, "«البرج 22» في الأردن"),
      ("LEADS", HAMIDAWI, KH, "الأمين العام لكتائب حزب الله أحمد"),
      ("ASSASSINATED_BY", SAADI, USA, "غير أن غارة أميركية", "2024-02-07"),
      ("ASSASSINATED_BY", ULAYAWI, USA, "غير أن غارة أميركية", "2024-02-07"),
      ("ASSASSINATED_BY", SAADI, CENTCOM, "وأعلنت القيادة المركزية الأميركية", "2024-02-07"),
      ("ASSASSINATED_BY", ULAYAWI, CENTCOM, "وأعلنت القيادة المركزية الأميركية", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "القيادي في الكتائب أبو باقر"),
      ("MEMBER_OF", ULAYAWI, KH, "والقيادي الآخر أركان"),
      ("MEMBER_OF", FADAK, PMF, "رئيس أركان هيئة الحشد الشعبي عبد العزيز"),
      ],
     {"source": "blind set (regional daily, Arabic)", "published": "2024-02-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGW")
