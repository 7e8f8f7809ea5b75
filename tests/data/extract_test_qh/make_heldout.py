"""Blind set QH: Iraq between Iran and the United States, 2024-2025 (second folder of QG-QH): Mohammed Shia
al-Sudani's meeting with the new CENTCOM commander Brad Cooper (October 2025), Ali Larijani's visit to
Baghdad as the new secretary of Iran's Supreme National Security Council (August 2025), Fuad Hussein's
visit to Tehran during the Iran-US talks (May 2025), the US drone strike in Baghdad that killed Abu Baqir
al-Saadi (February 2024), Harakat al-Nujaba's secretary-general receiving Iran's ambassador after the
killing of Abu Taqwa (January 2024), and a brief on the Popular Mobilization Forces' commanders and their
successions (September 2025), as an Iraqi TV site writes it in Arabic (Al-Sumaria-like: "السومرية نيوز -
سياسة", "في بيان تلقته السومرية نيوز"), an Iranian agency's English service (Tasnim-like: "TEHRAN (Tasnim)
-", "al-Soudani"), a Kurdish network's Arabic site (Rudaw-like: "رووداو ديجيتال", "قآني"), a US wire in
English (AP-like: "BAGHDAD (AP) -", "Abu Baqer al-Saadi"), an armed group's media office in Arabic
(Nujaba-like: "سماحة الأمين العام (دام عزه)", "الشهيد القائد") and a think-tank brief in English (Militia
Spotlight-like: "Abd al-Aziz al-Muhammadawi (Abu Fadak)", "Muhammad Shia al-Sudani").
Pieces: Sudani receives Cooper with Harris and Araji present, Cooper succeeded Kurilla (Arabic, QH1);
Larijani meets Soudani with the Iranian ambassador attending, Araji who received him, then Fayyadh;
Larijani replaced Ahmadian (English, QH2); Fuad Hussein meets Araghchi, then Pezeshkian with Araghchi
present; Qaani had met Sudani in Baghdad (Arabic, QH3); a US drone strike kills al-Saadi, a US strike
had killed Abu Taqwa, Araji meets Romanowski (English, QH4); Kaabi receives Al-e Sadegh with the
movement's spokesman present, Abu Taqwa killed by a US drone, Kaabi had met Qaani (Arabic, QH5); the
brief: Abu Fadak named to replace Muhandis, killed by a US strike with Soleimani, al-Saadi killed by a US
drone strike, Qaani met Hamidawi, Kurilla met Sudani, Cooper Kurilla's successor (English, QH6).
Excluded on purpose (no relation): Savaya's postponed visit, Rubio's phone call (QH1); the planned meeting
with Mashhadani (QH2); Hussein's phone call to Faisal bin Farhan, the denied Sudani-Witkoff meeting (QH3);
the three soldiers killed at Tower 22 (unnamed), Yahya Rasool's words, Biden's order of the Feb. 2
strikes (no named victim) (QH4); the phone call from Khazali, the "enemy" Kaabi vows to answer (QH5);
the draft law that "could replace" Fayyadh, KH's unnamed successor to al-Saadi, Sudani's denial of a
meeting with KH leaders (QH6).
Judgement calls: the two attendees "بحضور" (the US charge d'affaires and the Iraqi national security
adviser) are paired with both principals and with each other (they attended the same meeting) (QH1);
"خلفاً للجنرال مايكل كوريلا" is a succession (QH1); "who had received him at Baghdad International Airport"
is a meeting of Larijani and Araji (QH2); "replacing Ali Akbar Ahmadian" is a succession (QH2); "In a
separate meeting, Larijani and ... Fayyadh" is a meeting of the two (QH2); "استقبل ... الوزير العراقي"
with Araghchi "في حضور" pairs Araghchi with Pezeshkian and Hussein (QH3); "حيث التقى السوداني" of Qaani's
earlier visit is a meeting (QH3); "A U.S. drone strike ... killing" and "استهداف طائرة مسيرة أمريكية" give
-> country:united-states (QH4, QH5); Soleimani "killed alongside" Muhandis by the same US strike -> the
United States (QH6); "named to replace Muhandis" is a succession (QH6); "Kurilla's successor, Adm. Brad
Cooper" is a succession (QH6); a charge d'affaires or spokesman has no LEADS; a chairman or secretary-
general LEADS his body, a commander of a body LEADS it, "a commander" of a group is MEMBER_OF it.
Filled in for the exercise: the date and content of the Cooper meeting, Araji's and Harris's presence,
Savaya's postponed visit, Rubio's call (QH1); the ambassador's attendance, the Fayyadh meeting, the planned
meeting with Mashhadani (QH2); the date of Hussein's visit, the Pezeshkian reception, the phone call, the
denial, Qaani's earlier meeting with Sudani (QH3); Araji's meeting with Romanowski (QH4); the ambassador's
visit, the spokesman's presence, Kaabi's meeting with Qaani, Khazali's call (QH5); the Qaani-Hamidawi and
Kurilla-Sudani meetings, the Telegram sourcing (QH6).
Spellings: "الأدميرال براد كوبر", "جوشوا هاريس" (QH1); "Mohammed Shia al-Soudani", "Qassem al-Araji", "Mohammad
Kazem Al-e Sadeq" (QH2); "إسماعيل قآني", "عباس عراقچي" (QH3); "Wissam Mohammed Saber al-Saadi", "Abu Baqer
al-Saadi", "Mushtaq Talib al-Saidi" (QH4); "إسماعيل قاآني", "الحاج أبو تقوى السعيدي" (QH5); "Abd al-Aziz
al-Muhammadawi", "Qaani", "Ahmad al-Hamidawi", "Muhammad Shia al-Sudani" (QH6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_qh import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
BAGHDAD = "location:baghdad"
IQFM, IRFM, PMF, KH, NUJABA, QUDS, CENTCOM, SNSC, STATE = (
    "organization:iraqi-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
    "organization:quds-force", "organization:us-central-command", "organization:supreme-national-security-council",
    "organization:us-state-department")
SUDANI, FUAD, ARAJI, FAYYADH, FADAK, MUHANDIS, SAADI, TAQWA, HAMIDAWI, KAABI, MOUSAWI = (
    "person:mohammed-shia-al-sudani", "person:fuad-hussein", "person:qassim-al-araji", "person:falih-al-fayyadh",
    "person:abdulaziz-al-mohammedawi", "person:abu-mahdi-al-muhandis", "person:abu-baqir-al-saadi",
    "person:mushtaq-taleb-al-saidi", "person:ahmad-al-hamidawi", "person:akram-al-kaabi", "person:hussein-al-mousawi")
QAANI, SOLEIMANI, PEZESHKIAN, ARAGHCHI, SADEGH, LARIJANI, AHMADIAN = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:masoud-pezeshkian", "person:abbas-araghchi",
    "person:mohammad-kazem-al-e-sadegh", "person:ali-larijani", "person:ali-akbar-ahmadian")
KURILLA, COOPER, ROMANOWSKI, HARRIS, RUBIO = (
    "person:michael-kurilla", "person:brad-cooper", "person:alina-romanowski", "person:joshua-harris",
    "person:marco-rubio")

SUMARIA = "blind set (Iraqi TV news site, Arabic, Al-Sumaria-like)"
TASNIM = "blind set (Iranian news agency, English service, Tasnim-like)"
RUDAW = "blind set (Kurdish news network, Arabic site, Rudaw-like)"
AP = "blind set (US news wire, English, AP-like)"
NUJABA_MEDIA = "blind set (Iraqi armed group's media office, Arabic, Nujaba-like)"
BRIEF = "blind set (think-tank brief, English, Militia Spotlight-like)"

ARTICLES = [
    ("arQH1_sudani_cooper_sumaria", "ar",
     "السوداني يبحث مع قائد القيادة المركزية الأمريكية جدول إنهاء مهمة التحالف الدولي\n"
     "السومرية نيوز - سياسة\n"
     "بحث رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد شياع السوداني، اليوم الثلاثاء، مع قائد القيادة "
     "المركزية الأمريكية الأدميرال براد كوبر، جدول إنهاء مهمة قوات التحالف الدولي في العراق.\n"
     "وذكر المكتب الإعلامي لرئيس الوزراء في بيان تلقته السومرية نيوز، أن \"السوداني استقبل الأدميرال كوبر "
     "والوفد المرافق له، بحضور القائم بأعمال السفارة الأمريكية في بغداد جوشوا هاريس ومستشار الأمن القومي "
     "قاسم الأعرجي\"، مبيناً أن \"اللقاء تناول التعاون الأمني وملف مكافحة الإرهاب\".\n"
     "وأكد السوداني، بحسب البيان، أن \"الحكومة ملتزمة بحماية المستشارين والبعثات الدبلوماسية\"، فيما أشاد "
     "كوبر بدور القوات العراقية في ملاحقة بقايا داعش.\n"
     "ويعد هذا أول لقاء يجمع السوداني بكوبر منذ تسلّمه قيادة \"سنتكوم\" خلفاً للجنرال مايكل كوريلا في آب "
     "الماضي.\n"
     "إلى ذلك، أفاد مصدر حكومي للسومرية نيوز بأن زيارة كانت مرتقبة للمبعوث الأمريكي الخاص إلى العراق مارك "
     "سافايا قد تأجلت إلى موعد لم يحدد بعد.\n"
     "وكان السوداني قد تلقى الأسبوع الماضي اتصالاً هاتفياً من وزير الخارجية الأمريكي ماركو روبيو، بحثا خلاله "
     "ملف الفصائل المسلحة.",
     [("MET_WITH", SUDANI, COOPER, "المركزية الأمريكية الأدميرال براد كوبر، جدول", "2025-10-28"),
      ("LEADS", COOPER, CENTCOM, "مع قائد القيادة المركزية الأمريكية الأدميرال"),
      ("LEADS", SUDANI, IRAQ, "بحث رئيس مجلس الوزراء القائد العام"),
      ("MET_WITH", HARRIS, SUDANI, "بحضور القائم بأعمال السفارة الأمريكية", "2025-10-28"),
      ("MET_WITH", HARRIS, COOPER, "في بغداد جوشوا هاريس", "2025-10-28"),
      ("MET_WITH", ARAJI, SUDANI, "ومستشار الأمن القومي قاسم الأعرجي", "2025-10-28"),
      ("MET_WITH", ARAJI, COOPER, "السوداني استقبل الأدميرال كوبر", "2025-10-28"),
      ("MET_WITH", HARRIS, ARAJI, "والوفد المرافق له، بحضور", "2025-10-28"),
      ("SUCCESSOR_OF", COOPER, KURILLA, "خلفاً للجنرال مايكل كوريلا"),
      ("LEADS", RUBIO, STATE, "وزير الخارجية الأمريكي ماركو روبيو"),
      ],
     {"source": SUMARIA, "published": "2025-10-28"}),

    ("enQH2_larijani_baghdad_tasnim", "en",
     "Larijani, Iraqi Officials Discuss Regional Security in Baghdad\n"
     "TEHRAN (Tasnim) - Secretary of Iran's Supreme National Security Council Ali Larijani held talks with Iraqi "
     "Prime Minister Mohammed Shia al-Soudani in Baghdad on Monday, on the first leg of a regional tour that "
     "will also take him to Beirut.\n"
     "During the meeting, which was attended by Iran's Ambassador to Baghdad Mohammad Kazem Al-e Sadeq, the two "
     "sides discussed the implementation of the border security agreement signed by the two neighbors in 2023.\n"
     "The top Iranian security official also signed a memorandum of understanding with Iraqi National Security "
     "Adviser Qassem al-Araji, who had received him at Baghdad International Airport.\n"
     "In a separate meeting, Larijani and Falih al-Fayyadh, the chairman of the Popular Mobilization Forces "
     "(PMF), stressed the role of the force in the fight against terrorism.\n"
     "Larijani had also been scheduled to meet Parliament Speaker Mahmoud al-Mashhadani, but the meeting was "
     "cancelled because of the speaker's travel, Iraqi media said.\n"
     "Larijani was appointed to the post earlier this month, replacing Ali Akbar Ahmadian, who had served as "
     "SNSC secretary since May 2023.",
     [("MET_WITH", LARIJANI, SUDANI, "held talks with Iraqi Prime Minister", "2025-08-11"),
      ("LEADS", LARIJANI, SNSC, "Secretary of Iran's Supreme National Security Council Ali Larijani"),
      ("LEADS", SUDANI, IRAQ, "Prime Minister Mohammed Shia al-Soudani"),
      ("MET_WITH", SADEGH, LARIJANI, "which was attended by Iran's Ambassador", "2025-08-11"),
      ("MET_WITH", SADEGH, SUDANI, "Mohammad Kazem Al-e Sadeq, the two", "2025-08-11"),
      ("MET_WITH", LARIJANI, ARAJI, "who had received him at Baghdad International Airport", "2025-08-11"),
      ("MET_WITH", LARIJANI, FAYYADH, "In a separate meeting, Larijani and Falih", "2025-08-11"),
      ("LEADS", FAYYADH, PMF, "the chairman of the Popular Mobilization Forces"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "replacing Ali Akbar Ahmadian"),
      ("LEADS", AHMADIAN, SNSC, "who had served as SNSC secretary"),
      ],
     {"source": TASNIM, "published": "2025-08-11"}),

    ("arQH3_fuad_hussein_tehran_rudaw", "ar",
     "فؤاد حسين من طهران: العراق مستعد لتسهيل أي حوار بين إيران والولايات المتحدة\n"
     "رووداو ديجيتال\n"
     "التقى نائب رئيس الوزراء وزير الخارجية العراقي، فؤاد حسين، اليوم الأحد في طهران، نظيره الإيراني عباس "
     "عراقچي، وبحث الجانبان العلاقات الثنائية ومسار المفاوضات النووية بين طهران وواشنطن.\n"
     "وأفاد بيان لوزارة الخارجية العراقية، تلقت شبكة رووداو الإعلامية نسخة منه، بأن حسين أبلغ عراقچي استعداد "
     "بغداد \"لتسهيل أي حوار يخدم استقرار المنطقة\".\n"
     "كما استقبل الرئيس الإيراني مسعود بزشكيان الوزير العراقي والوفد المرافق له، في حضور عراقچي، وجرى خلال "
     "اللقاء التأكيد على أهمية التنسيق بين البلدين.\n"
     "وكان حسين قد أجرى، قبيل توجهه إلى طهران، اتصالاً هاتفياً مع وزير الخارجية السعودي الأمير فيصل بن فرحان.\n"
     "في المقابل، نفى مكتب رئيس الوزراء محمد شياع السوداني ما تداولته وسائل إعلام عن لقاء جمعه بالمبعوث "
     "الأمريكي ستيف ويتكوف في عمان.\n"
     "ويأتي ذلك بعد أيام من زيارة قائد فيلق القدس في الحرس الثوري الإيراني إسماعيل قآني إلى بغداد، حيث التقى "
     "السوداني وعدداً من قادة الإطار التنسيقي.",
     [("MET_WITH", FUAD, ARAGHCHI, "التقى نائب رئيس الوزراء وزير الخارجية العراقي", "2025-05-04"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية العراقي، فؤاد حسين"),
      ("MET_WITH", PEZESHKIAN, FUAD, "كما استقبل الرئيس الإيراني مسعود بزشكيان", "2025-05-04"),
      ("MET_WITH", ARAGHCHI, PEZESHKIAN, "في حضور عراقچي، وجرى", "2025-05-04"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس الإيراني مسعود بزشكيان الوزير"),
      ("MET_WITH", QAANI, SUDANI, "حيث التقى السوداني وعدداً"),
      ("LEADS", QAANI, QUDS, "قائد فيلق القدس في الحرس الثوري"),
      ],
     {"source": RUDAW, "published": "2025-05-04"}),

    ("enQH4_us_strike_saadi_ap", "en",
     "US drone strike in Baghdad kills militia commander blamed for attacks on American troops\n"
     "BAGHDAD (AP) - A U.S. drone strike hit a vehicle in eastern Baghdad on Wednesday night, killing a senior "
     "commander of the Iran-backed militia Kataib Hezbollah who U.S. officials said was responsible for planning "
     "attacks on American forces in the region, including the one that killed three U.S. soldiers in Jordan.\n"
     "Two U.S. officials identified the commander as Wissam Mohammed Saber al-Saadi, known as Abu Baqer "
     "al-Saadi. Two of his guards also died, militia officials said.\n"
     "Maj. Gen. Yahya Rasool, the military spokesperson for Prime Minister Mohammed Shia al-Sudani, said the "
     "U.S.-led coalition \"has deviated from the reasons and objectives for which it is present on our land.\"\n"
     "Iraq's national security adviser, Qassim al-Araji, met U.S. Ambassador Alina Romanowski on Thursday and "
     "told her the strike undermined talks on the coalition's future, his office said.\n"
     "The strike came days after President Joe Biden ordered retaliatory strikes on 85 targets in Iraq and "
     "Syria. In early January, a U.S. strike in Baghdad killed Mushtaq Talib al-Saidi, a commander of the "
     "Harakat al-Nujaba militia.\n"
     "Kataib Hezbollah, led by Ahmad al-Hamidawi, had announced on Jan. 30 that it was suspending its attacks.",
     [("ASSASSINATED_BY", SAADI, US, "A U.S. drone strike hit a vehicle in eastern Baghdad", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "commander of the Iran-backed militia Kataib Hezbollah"),
      ("MET_WITH", ARAJI, ROMANOWSKI, "met U.S. Ambassador Alina Romanowski on Thursday", "2024-02-08"),
      ("ASSASSINATED_BY", TAQWA, US, "a U.S. strike in Baghdad killed Mushtaq", "2024-01-04"),
      ("MEMBER_OF", TAQWA, NUJABA, "a commander of the Harakat al-Nujaba militia"),
      ("LEADS", HAMIDAWI, KH, "led by Ahmad al-Hamidawi"),
      ],
     {"source": AP, "published": "2024-02-08"}),

    ("arQH5_kaabi_receives_ambassador_nujaba", "ar",
     "سماحة الأمين العام يستقبل سفير الجمهورية الإسلامية ويؤكد: دماء الشهيد أبي تقوى لن تذهب هدراً\n"
     "المكتب الإعلامي لحركة النجباء\n"
     "استقبل الأمين العام لحركة المقاومة الإسلامية النجباء سماحة الشيخ أكرم الكعبي (دام عزه)، في مكتبه ببغداد، "
     "سعادة سفير الجمهورية الإسلامية في إيران لدى العراق محمد كاظم آل صادق، بحضور المتحدث الرسمي باسم الحركة "
     "حسين الموسوي.\n"
     "وقدّم السفير التعازي باستشهاد القائد الحاج أبو تقوى السعيدي، معاون قائد عمليات حزام بغداد في الحشد "
     "الشعبي، الذي ارتقى إثر استهداف طائرة مسيرة أمريكية مقره في شارع فلسطين شرقي بغداد.\n"
     "وأكد سماحته أن \"الرد على هذا العدوان حق مشروع، وأن المقاومة لن تقف مكتوفة الأيدي أمام جرائم العدو\"، "
     "مشدداً على أن \"وجود قوات الاحتلال لم يعد مقبولاً\".\n"
     "من جهته، أكد آل صادق وقوف الجمهورية الإسلامية إلى جانب الشعب العراقي ومقاومته.\n"
     "وكان سماحة الأمين العام قد التقى في طهران الأسبوع الماضي قائد قوة القدس اللواء إسماعيل قاآني، وبحث معه "
     "تطورات الساحة والعدوان على غزة.\n"
     "كما تلقى سماحته اتصالاً هاتفياً من الأمين العام لعصائب أهل الحق الشيخ قيس الخزعلي معزياً.",
     [("MET_WITH", KAABI, SADEGH, "سعادة سفير الجمهورية الإسلامية في إيران", "2024-01-09"),
      ("LEADS", KAABI, NUJABA, "استقبل الأمين العام لحركة المقاومة الإسلامية النجباء"),
      ("MET_WITH", MOUSAWI, KAABI, "بحضور المتحدث الرسمي باسم الحركة", "2024-01-09"),
      ("MET_WITH", MOUSAWI, SADEGH, "حسين الموسوي", "2024-01-09"),
      ("MEMBER_OF", MOUSAWI, NUJABA, "المتحدث الرسمي باسم الحركة"),
      ("ASSASSINATED_BY", TAQWA, US, "استهداف طائرة مسيرة أمريكية", "2024-01-04"),
      ("MEMBER_OF", TAQWA, PMF, "معاون قائد عمليات حزام بغداد في الحشد"),
      ("MET_WITH", KAABI, QAANI, "قائد قوة القدس اللواء إسماعيل قاآني"),
      ("LEADS", QAANI, QUDS, "قائد قوة القدس"),
      ],
     {"source": NUJABA_MEDIA, "published": "2024-01-09"}),

    ("enQH6_pmf_commanders_brief", "en",
     "Who Commands the PMF Now? Succession and Survival after Abu Baqir\n"
     "Militia Spotlight | September 15, 2025\n"
     "Since the January 2020 U.S. strike that killed Abu Mahdi al-Muhandis alongside Qasem Soleimani, operational "
     "command of the Popular Mobilization Forces (PMF) has rested with Abd al-Aziz al-Muhammadawi (Abu Fadak), "
     "a veteran Kataib Hezbollah (KH) commander who was named to replace Muhandis as PMF chief of staff in "
     "February 2020.\n"
     "Falih al-Fayyadh, PMF chairman since 2014, has so far outlasted a draft PMF law whose retirement clause "
     "could replace him with a younger commander.\n"
     "KH's own command was hit in February 2024, when a U.S. drone strike in Baghdad's Mashtal district killed "
     "Abu Baqir al-Saadi, the group's commander for operations in Syria. KH has not publicly named his "
     "successor.\n"
     "Tehran's man has stayed close. Quds Force commander Esmail Qaani sat down with KH secretary-general Ahmad "
     "al-Hamidawi in Baghdad in January 2024, according to militia channels on Telegram.\n"
     "On the U.S. side, CENTCOM's Gen. Michael Kurilla met Muhammad Shia al-Sudani in Baghdad in March 2025. "
     "Kurilla's successor, Adm. Brad Cooper, took command in August. Sudani's office has denied that he met KH "
     "leaders.",
     [("ASSASSINATED_BY", MUHANDIS, US, "U.S. strike that killed Abu Mahdi al-Muhandis", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "alongside Qasem Soleimani", "2020-01-03"),
      ("MEMBER_OF", FADAK, PMF, "operational command of the Popular Mobilization Forces"),
      ("MEMBER_OF", FADAK, KH, "a veteran Kataib Hezbollah (KH) commander"),
      ("SUCCESSOR_OF", FADAK, MUHANDIS, "named to replace Muhandis"),
      ("LEADS", FAYYADH, PMF, "PMF chairman since 2014"),
      ("ASSASSINATED_BY", SAADI, US, "a U.S. drone strike in Baghdad's Mashtal district", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "the group's commander for operations in Syria"),
      ("LEADS", QAANI, QUDS, "Quds Force commander Esmail Qaani"),
      ("MET_WITH", QAANI, HAMIDAWI, "sat down with KH secretary-general", "2024-01"),
      ("LEADS", HAMIDAWI, KH, "KH secretary-general Ahmad"),
      ("MET_WITH", KURILLA, SUDANI, "Gen. Michael Kurilla met Muhammad Shia al-Sudani", "2025-03"),
      ("SUCCESSOR_OF", COOPER, KURILLA, "Kurilla's successor, Adm. Brad Cooper"),
      ],
     {"source": BRIEF, "published": "2025-09-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQH")
