"""Blind set IL: Iraq 2021-2025 as seen by a Lebanese pro-"resistance" TV channel's website
(Al Mayadeen-like, Arabic and English): the Quds Force chief in Baghdad after the October 2021
election (English); the martyrdom of al-Hajj Abu Taqwa in a US strike on Palestine Street, January
2024 (Arabic); Ali Larijani in Baghdad, August 2025 (English); the drone attack on al-Kadhimi's
house and Qaani's visit, November 2021 (Arabic); the November 2025 election (English); al-Fayyadh
receives the Iranian ambassador, with Abu Fadak (Arabic).
Style: "قادة المقاومة", "الاحتلال الأمريكي", martyrs, honorifics (Hajj, Sheikh, Sayyed, الحاج),
datelines "Baghdad - Al Mayadeen", sources in the Coordination Framework; excluded on purpose: a
possible phone call with Sadr and a visit to al-Hanana that did not happen; a phone call between
al-Sudani and Blinken; a faction leader not invited and a foreign ministers' phone call; an attack
no one claimed and a US accusation the factions rejected; a planned envoy visit and a premier
"seen as a candidate"; a Rubio phone call and a rumoured meeting al-Fayyadh's office denied.
Spellings: Esmaeil Ghaani, قاآنى, الكاظمى, الفيّاض, مشتاق طالب السعيدي, آل صادق.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_in import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, ISR = "country:iran", "country:iraq", "country:united-states", "country:israel"
QF, IRGC, PMF, KH, AAH, NUJ, BADR, KSS = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq", "organization:harakat-al-nujaba",
    "organization:badr-organization", "organization:kataib-sayyid-al-shuhada")
IQG, IQFM, IQPARL, IQAF, NSA, INIS = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iraqi-parliament",
    "organization:iraqi-armed-forces", "organization:iraqi-national-security-advisory",
    "organization:iraqi-national-intelligence-service")
CF, FATAH, SOL_C, SADIQ, RDC, SADRM, SADRB = (
    "organization:coordination-framework", "organization:fatah-alliance", "organization:state-of-law-coalition",
    "organization:sadiqoun-bloc", "organization:reconstruction-and-development-coalition",
    "organization:sadrist-movement", "organization:sadrist-bloc")
SNSC, IRFM, IRSTAFF = ("organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
                       "organization:iranian-armed-forces-general-staff")
DOD, STATE, CENTCOM, KRG, KRP = ("organization:us-department-of-defense", "organization:us-state-department",
                                 "organization:us-central-command", "organization:kurdistan-regional-government",
                                 "organization:kurdistan-region-presidency")
SJC, IHEC, BOC = ("organization:supreme-judicial-council", "organization:iraqi-high-electoral-commission",
                  "organization:baghdad-operations-command")
BAGHDAD, TEHRAN, ERBIL, NAJAF = "location:baghdad", "location:tehran", "location:erbil", "location:najaf"
GOVPAL, SALAMPAL, PALST, MASHTAL, BIAP = ("location:government-palace-baghdad", "location:al-salam-palace",
                                          "location:palestine-street", "location:mashtal",
                                          "location:baghdad-international-airport")
MAYADEEN, SHAFAQ = "outlet:al-mayadeen", "outlet:shafaq-news"
QAANI, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
KAD, SUD, FAY, ARAJI, FUAD = ("person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani",
                              "person:falih-al-fayyadh", "person:qassim-al-araji", "person:fuad-hussein")
AMIRI, KHAZALI, KAABI, MALIKI, SADR = ("person:hadi-al-amiri", "person:qais-al-khazali", "person:akram-al-kaabi",
                                       "person:nouri-al-maliki", "person:muqtada-al-sadr")
TAQWA, BAQIR, FADAK, ASKARI, HAMIDAWI, WALAI = (
    "person:abu-taqwa-al-saidi", "person:abu-baqir-al-saadi", "person:abdul-aziz-al-muhammadawi",
    "person:abu-ali-al-askari", "person:ahmad-al-hamidawi", "person:abu-alaa-al-walai")
SADEGH, LARIJANI, AHMADIAN, ARAGHCHI, BAGHERI = (
    "person:mohammad-kazem-al-e-sadegh", "person:ali-larijani", "person:ali-akbar-ahmadian",
    "person:abbas-araghchi", "person:mohammad-bagheri")
TRUMP, BIDEN, BLINKEN, AUSTIN, RUBIO, SAVAYA, HARRIS, ROMAN, TUELLER, RYDER, MCGURK = (
    "person:donald-trump", "person:joe-biden", "person:antony-blinken", "person:lloyd-austin",
    "person:marco-rubio", "person:mark-savaya", "person:joshua-harris", "person:alina-romanowski",
    "person:matthew-tueller", "person:pat-ryder", "person:brett-mcgurk")
SALIH, RASHID, HALB, ZAIDAN, YRASOOL, BAHJAT = (
    "person:barham-salih", "person:abdul-latif-rashid", "person:mohammed-al-halbousi", "person:faiq-zaidan",
    "person:yahya-rasool", "person:ahmed-salim-bahjat")
MASROUR, NECH, ASADI, ADHARI, GHALAI, SHATRI, MOUSSAWI, JHUSSEINI = (
    "person:masrour-barzani", "person:nechirvan-barzani", "person:ahmed-al-asadi", "person:hassan-al-adhari",
    "person:jumana-al-ghalai", "person:hamid-al-shatri", "person:hussein-al-moussawi", "person:jaafar-al-husseini")
MANSOUR, HIGEL, CHATHAM, ICG = ("person:renad-mansour", "person:lahib-higel", "organization:chatham-house",
                                "organization:international-crisis-group")

ARTICLES = [
    ("enIL1_ghaani_baghdad_after_vote", "en",
     "Quds Force chief in Baghdad as resistance rejects 'engineered' vote results\n"
     "Baghdad - Al Mayadeen English\n"
     "The commander of the IRGC's Quds Force, General Esmaeil Ghaani, arrived in Baghdad on Tuesday "
     "evening, a week after the October 10 parliamentary elections whose preliminary results the Iraqi "
     "resistance factions have rejected as \"engineered\".\n"
     "Sources in the Coordination Framework told Al Mayadeen that Ghaani met Hajj Hadi al-Amiri, "
     "secretary-general of the Badr Organization, and Sheikh Qais al-Khazali, leader of Asaib Ahl al-Haq, "
     "in the presence of the chairman of the Popular Mobilization Authority, Falih al-Fayyadh.\n"
     "Speaking to reporters afterwards, Iran's ambassador to Iraq, Mohammad Kazem Al-e Sadegh, called the "
     "visit \"a consultation among brothers\" and denied any interference in the count.\n"
     "The general did not travel to al-Hanana to see Sayyed Muqtada al-Sadr, whose movement topped the "
     "count; a source close to the Sadrist leader said a phone call between the two men \"is possible in "
     "the coming days\".\n"
     "The Framework's leaders have called for a manual recount, while their supporters keep up a sit-in "
     "at the gates of the Green Zone against what they call American interference in the vote.",
     [("LEADS", QAANI, QF, "The commander of the IRGC's Quds Force"),
      ("PART_OF", QF, IRGC, "IRGC's Quds Force"),
      ("VISITED", QAANI, BAGHDAD, "arrived in Baghdad on Tuesday", "2021-10-19"),
      ("MET_WITH", QAANI, AMIRI, "Ghaani met Hajj Hadi al-Amiri", "2021-10-19"),
      ("MET_WITH", QAANI, KHAZALI, "Ghaani met Hajj Hadi al-Amiri", "2021-10-19"),
      ("MET_WITH", QAANI, FAY, "in the presence of the chairman", "2021-10-19"),
      ("MET_WITH", AMIRI, KHAZALI, "and Sheikh Qais al-Khazali", "2021-10-19"),
      ("MET_WITH", AMIRI, FAY, "in the presence of the chairman", "2021-10-19"),
      ("MET_WITH", KHAZALI, FAY, "in the presence of the chairman", "2021-10-19"),
      ("REPORTED_BY", QAANI, MAYADEEN, "told Al Mayadeen that Ghaani"),
      ("LEADS", AMIRI, BADR, "secretary-general of the Badr Organization"),
      ("LEADS", KHAZALI, AAH, "leader of Asaib Ahl al-Haq"),
      ("LEADS", FAY, PMF, "chairman of the Popular Mobilization Authority"),
      ("LEADS", SADR, SADRM, "whose movement topped the"),
      ],
     {"source": "blind set (resistance TV website, English)", "published": "2021-10-20"}),

    ("arIL2_martyr_abu_taqwa", "ar",
     "استشهاد الحاج أبو تقوى السعيدي بعدوان أمريكي في بغداد... والمقاومة تتوعّد\n"
     "بغداد - الميادين\n"
     "استشهد معاون قائد عمليات حزام بغداد في الحشد الشعبي والقيادي في حركة النجباء، الحاج مشتاق طالب "
     "السعيدي «أبو تقوى»، ورفيقه، ظهر الخميس 4 كانون الثاني/يناير 2024، بغارة نفّذتها مسيّرة تابعة "
     "للاحتلال الأمريكي على مقر للحشد في شارع فلسطين شرقي العاصمة العراقية.\n"
     "وأقرّ المتحدث باسم البنتاغون الجنرال بات رايدر بأن القوات الأمريكية نفّذت الضربة «دفاعاً عن "
     "النفس»، زاعماً أن الشهيد كان يخطط لهجمات على قواتها.\n"
     "وشيّع الآلاف جثمان الشهيد القائد في بغداد، بمشاركة رئيس هيئة الحشد الشعبي فالح الفيّاض، وأمين عام "
     "حركة النجباء الشيخ أكرم الكعبي، الذي أكّد أن «دماء قادة المقاومة لن تذهب هدراً».\n"
     "من جهته، وصف الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول الضربة بأنها «اعتداء سافر "
     "على السيادة العراقية»، فيما أعلن رئيس الوزراء محمد شياع السوداني تشكيل لجنة لإنهاء وجود التحالف "
     "الدولي.\n"
     "وتحدثت مصادر حكومية عن اتصال هاتفي أجراه وزير الخارجية الأمريكي أنتوني بلينكن بالسوداني لاحقاً، "
     "من دون أن يصدر أي بيان عن مضمونه.",
     [("MEMBER_OF", TAQWA, PMF, "معاون قائد عمليات حزام بغداد في الحشد"),
      ("MEMBER_OF", TAQWA, NUJ, "والقيادي في حركة النجباء"),
      ("ASSASSINATED_BY", TAQWA, USA, "بغارة نفّذتها مسيّرة تابعة", "2024-01-04"),
      ("ATTACKED", USA, PALST, "على مقر للحشد في شارع فلسطين", "2024-01-04"),
      ("LOCATED_IN", PALST, BAGHDAD, "في شارع فلسطين شرقي العاصمة"),
      ("MEMBER_OF", RYDER, DOD, "المتحدث باسم البنتاغون الجنرال"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("LEADS", KAABI, NUJ, "وأمين عام حركة النجباء الشيخ"),
      ("MEMBER_OF", YRASOOL, IQAF, "الناطق باسم القائد العام للقوات المسلحة"),
      ("LEADS", SUD, IQG, "رئيس الوزراء محمد شياع"),
      ("LEADS", BLINKEN, STATE, "وزير الخارجية الأمريكي أنتوني"),
      ],
     {"source": "blind set (resistance TV website, Arabic)", "published": "2024-01-05"}),

    ("enIL3_larijani_baghdad", "en",
     "Larijani in Baghdad: security pact signed, resistance leaders consulted\n"
     "Baghdad - Al Mayadeen English\n"
     "The secretary of Iran's Supreme National Security Council, Ali Larijani, arrived in Baghdad on "
     "Monday, August 11, 2025, on his first foreign trip since taking up the post last week, succeeding "
     "Ali Akbar Ahmadian.\n"
     "Larijani was received by Prime Minister Mohammed Shia al-Sudani at the Government Palace, and later "
     "signed a security memorandum with Iraq's national security adviser, Qasim al-Araji, a document "
     "Washington had publicly warned against.\n"
     "In the evening the Iranian official held a closed meeting with leaders of the Coordination "
     "Framework, among them Hajj Hadi al-Amiri and Sheikh Qais al-Khazali, according to a source who "
     "attended.\n"
     "The secretary-general of Kataib Sayyid al-Shuhada, Abu Alaa al-Walai, told Al Mayadeen he had not "
     "been invited and had \"no plans\" to see the visitor.\n"
     "Iran's foreign minister, Abbas Araghchi, discussed the visit the same day in a phone call with his "
     "Iraqi counterpart Fuad Hussein.",
     [("LEADS", LARIJANI, SNSC, "The secretary of Iran's Supreme National Security Council"),
      ("VISITED", LARIJANI, BAGHDAD, "arrived in Baghdad on", "2025-08-11"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "succeeding", "2025-08-05"),
      ("MET_WITH", LARIJANI, SUD, "Larijani was received by Prime Minister", "2025-08-11"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani"),
      ("VISITED", LARIJANI, GOVPAL, "at the Government Palace", "2025-08-11"),
      ("MET_WITH", LARIJANI, ARAJI, "signed a security memorandum with", "2025-08-11"),
      ("LEADS", ARAJI, NSA, "national security adviser, Qasim"),
      ("MET_WITH", LARIJANI, CF, "held a closed meeting with leaders", "2025-08-11"),
      ("MET_WITH", LARIJANI, AMIRI, "held a closed meeting with leaders", "2025-08-11"),
      ("MET_WITH", LARIJANI, KHAZALI, "held a closed meeting with leaders", "2025-08-11"),
      ("MET_WITH", AMIRI, KHAZALI, "Hajj Hadi al-Amiri and Sheikh Qais", "2025-08-11"),
      ("LEADS", AMIRI, CF, "among them Hajj Hadi al-Amiri"),
      ("LEADS", KHAZALI, CF, "and Sheikh Qais al-Khazali"),
      ("LEADS", WALAI, KSS, "The secretary-general of Kataib Sayyid al-Shuhada"),
      ("REPORTED_BY", WALAI, MAYADEEN, "told Al Mayadeen he had not"),
      ("LEADS", ARAGHCHI, IRFM, "Iran's foreign minister, Abbas"),
      ("LEADS", FUAD, IQFM, "Iraqi counterpart Fuad Hussein"),
      ],
     {"source": "blind set (resistance TV website, English)", "published": "2025-08-12"}),

    ("arIL4_kadhimi_house_drones", "ar",
     "العراق: استهداف منزل الكاظمى بمسيّرات... وقادة المقاومة يحذّرون من «الفتنة»\n"
     "بغداد - الميادين\n"
     "تعرّض منزل رئيس الوزراء العراقي مصطفى الكاظمى في المنطقة الخضراء، فجر الأحد 7 تشرين الثاني/نوفمبر "
     "2021، لهجوم بثلاث طائرات مسيّرة، نجا منه، فيما أصيب عدد من عناصر حمايته.\n"
     "وأعلن قائد عمليات بغداد الفريق الركن أحمد سليم بهجت أن الدفاعات أسقطت طائرتين، ولم تعلن أي جهة "
     "مسؤوليتها عن الهجوم.\n"
     "وسارع الأمين العام لعصائب أهل الحق الشيخ قيس الخزعلي إلى رفض «الاتهامات المسبقة»، داعياً إلى "
     "تحقيق «يكشف الطرف الثالث» الساعي إلى الفتنة.\n"
     "وفي اليوم التالي وصل قائد قوة القدس في حرس الثورة اللواء إسماعيل قاآنى إلى بغداد، حيث استقبله "
     "الكاظمى في مكتبه، قبل أن يلتقي الحاج هادي العامري، رئيس تحالف الفتح، في منزله.\n"
     "ونقلت مصادر عراقية للميادين أن الضيف الإيراني شدّد على «التهدئة وحفظ الدم العراقي».\n"
     "في المقابل، اتهم مسؤول في وزارة الخارجية الأمريكية «ميليشيات مدعومة من إيران» بالوقوف خلف "
     "الهجوم، وهو اتهام رفضته فصائل المقاومة ووصفته بأنه «تغطية على جرائم الاحتلال».",
     [("LEADS", KAD, IQG, "رئيس الوزراء العراقي مصطفى"),
      ("LEADS", BAHJAT, BOC, "قائد عمليات بغداد الفريق الركن"),
      ("LEADS", KHAZALI, AAH, "الأمين العام لعصائب أهل الحق"),
      ("LEADS", QAANI, QF, "قائد قوة القدس في حرس الثورة"),
      ("PART_OF", QF, IRGC, "قوة القدس في حرس الثورة"),
      ("VISITED", QAANI, BAGHDAD, "إسماعيل قاآنى إلى بغداد", "2021-11-08"),
      ("MET_WITH", QAANI, KAD, "حيث استقبله", "2021-11-08"),
      ("MET_WITH", QAANI, AMIRI, "قبل أن يلتقي الحاج هادي", "2021-11-08"),
      ("LEADS", AMIRI, FATAH, "رئيس تحالف الفتح"),
      ("REPORTED_BY", QAANI, MAYADEEN, "ونقلت مصادر عراقية للميادين"),
      ],
     {"source": "blind set (resistance TV website, Arabic)", "published": "2021-11-09"}),

    ("enIL5_iraq_votes_2025", "en",
     "Iraq votes: resistance-aligned lists hold ground as US envoy waits in the wings\n"
     "Baghdad - Al Mayadeen English\n"
     "Iraqis went to the polls on November 11, 2025, in the sixth parliamentary election since the "
     "American occupation, with lists close to the resistance holding their ground despite heavy US "
     "pressure.\n"
     "Prime Minister Mohammed Shia al-Sudani's Reconstruction and Development Coalition came first in the "
     "preliminary count, ahead of the State of Law Coalition of Nouri al-Maliki, while Sheikh Qais "
     "al-Khazali's Sadiqoun bloc and the Badr Organization of Hajj Hadi al-Amiri both gained seats.\n"
     "Two days after the vote, the Quds Force commander, General Esmail Qaani, met the leaders of the "
     "Coordination Framework in Baghdad, Al Mayadeen has learned, and urged them to agree quickly on the "
     "next premier.\n"
     "Washington's special envoy for Iraq, Mark Savaya, a businessman named by President Donald Trump in "
     "October, has said he will visit Baghdad \"soon\"; no date has been set.\n"
     "Al-Sudani is widely seen as a candidate for a second term, but the Framework has yet to name its "
     "nominee, and Nujaba's secretary-general, Sheikh Akram al-Kaabi, warned that a prime minister "
     "\"chosen in the US embassy\" would be rejected.",
     [("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani's"),
      ("LEADS", SUD, RDC, "al-Sudani's Reconstruction and Development Coalition"),
      ("LEADS", MALIKI, SOL_C, "State of Law Coalition of Nouri"),
      ("LEADS", KHAZALI, SADIQ, "al-Khazali's Sadiqoun bloc"),
      ("LEADS", AMIRI, BADR, "the Badr Organization of Hajj Hadi"),
      ("LEADS", QAANI, QF, "the Quds Force commander, General"),
      ("MET_WITH", QAANI, CF, "met the leaders of the", "2025-11-13"),
      ("VISITED", QAANI, BAGHDAD, "Coordination Framework in Baghdad", "2025-11-13"),
      ("REPORTED_BY", QAANI, MAYADEEN, "Al Mayadeen has learned"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("LEADS", KAABI, NUJ, "Nujaba's secretary-general, Sheikh"),
      ],
     {"source": "blind set (resistance TV website, English)", "published": "2025-11-14"}),

    ("arIL6_fayyadh_receives_ambassador", "ar",
     "الفيّاض: الحشد الشعبي «باقٍ ما بقي العراق»\n"
     "بغداد - الميادين\n"
     "استقبل رئيس هيئة الحشد الشعبي الحاج فالح الفيّاض، في مكتبه ببغداد يوم الثلاثاء، السفير الإيراني "
     "لدى العراق محمد كاظم آل صادق، وبحث الجانبان «التحديات التي تواجه محور المقاومة» بعد العدوان "
     "الصهيوني على الجمهورية الإسلامية.\n"
     "وحضر اللقاءَ رئيس أركان الحشد عبد العزيز المحمداوي «أبو فدك»، الذي خلف الشهيد القائد أبو مهدي "
     "المهندس في المنصب مطلع عام 2020.\n"
     "وكان الفيّاض قد زار طهران في شباط/فبراير 2024، حيث التقى رئيس هيئة الأركان العامة للقوات المسلحة "
     "الإيرانية اللواء محمد باقري، الذي استشهد في 13 حزيران/يونيو 2025 بغارة إسرائيلية على طهران.\n"
     "وتأتي التصريحات فيما يواصل الاحتلال الأمريكي ضغوطه لحلّ الحشد، إذ تحدثت تقارير عن اتصال هاتفي "
     "حذّر فيه وزير الخارجية الأمريكي ماركو روبيو رئيسَ الوزراء محمد شياع السوداني من إقرار قانون الهيئة.\n"
     "ونفى مكتب الفيّاض أنباء عن لقاء مرتقب بينه وبين القائم بالأعمال الأمريكي جوشوا هاريس.",
     [("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي الحاج"),
      ("MET_WITH", FAY, SADEGH, "استقبل رئيس هيئة الحشد", "2025-07"),
      ("MET_WITH", FADAK, FAY, "وحضر اللقاءَ رئيس أركان الحشد", "2025-07"),
      ("MET_WITH", FADAK, SADEGH, "وحضر اللقاءَ رئيس أركان الحشد", "2025-07"),
      ("MEMBER_OF", FADAK, PMF, "رئيس أركان الحشد عبد العزيز"),
      ("SUCCESSOR_OF", FADAK, MUH, "الذي خلف الشهيد القائد", "2020-02"),
      ("VISITED", FAY, TEHRAN, "قد زار طهران في شباط", "2024-02"),
      ("MET_WITH", FAY, BAGHERI, "حيث التقى رئيس هيئة الأركان", "2024-02"),
      ("LEADS", BAGHERI, IRSTAFF, "رئيس هيئة الأركان العامة للقوات المسلحة"),
      ("ASSASSINATED_BY", BAGHERI, ISR, "بغارة إسرائيلية على طهران", "2025-06-13"),
      ("ATTACKED", ISR, TEHRAN, "بغارة إسرائيلية على طهران", "2025-06-13"),
      ("LEADS", RUBIO, STATE, "وزير الخارجية الأمريكي ماركو"),
      ("LEADS", SUD, IQG, "رئيسَ الوزراء محمد شياع"),
      ],
     {"source": "blind set (resistance TV website, Arabic)", "published": "2025-07-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIL")
