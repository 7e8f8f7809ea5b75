"""Blind set GO: Iraq and Iran 2020-2025 in the style of Iraqi local outlets (Shafaq News, Rudaw,
Alsumaria, Baghdad Today; short, dense items, English and Arabic): the fifth anniversary at the
airport road memorial (Jan 2025) (English); the handover at the interior and defence ministries
(Oct 2022) (Arabic); the IRGC missiles on Erbil that killed Peshraw Dizayee and al-Araji's visit
(Jan 2024) (English); Qaani at al-Hanana with Muqtada al-Sadr (Feb 2022) (Arabic); al-Mashhadani
elected speaker after al-Halbousi (Oct 2024) (English); the drones shot down at Baghdad airport on
the second anniversary (Jan 2022) (Arabic).
Style: local wire briefs, "a source told Shafaq News", "قال مصدر لشفق نيوز", titles with ranks,
dense lists of officials, later surname or description.
Excluded on purpose: a KH leader who would not attend, a planned meeting, a Mossad accusation
denied, a denied meeting with al-Maliki, a losing candidate, an acting speaker who was not
elected, drones with no claimed sender, an accusation by a faction.
Spellings: Qassem Soleimani, Abu Mahdi al-Muhandes, Faleh al-Fayyadh, Mohammad Kazem Al-Sadeq,
قآني / سليمانى / المهندس / الكاظمى, Qasim al-Aaraji.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_go import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF, KH = ("organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
                     "organization:kataib-hezbollah")
NUJ, BADR, AAH, IQG = ("organization:harakat-al-nujaba", "organization:badr-organization",
                       "organization:asaib-ahl-al-haq", "organization:iraqi-government")
BGD, THR, BIAP = "location:baghdad", "location:tehran", "location:baghdad-international-airport"
QAANI, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
AMIRI, MALIKI, ZURFI, MOHI = ("person:hadi-al-amiri", "person:nouri-al-maliki", "person:adnan-al-zurfi",
                              "person:mohammed-mohi")
SAIDI, RYDER, RASOOL, AWADI = ("person:mushtaq-taleb-al-saidi", "person:pat-ryder", "person:yahya-rasool",
                               "person:basim-al-awadi")
KAABI, SADEGH = "person:akram-al-kaabi", "person:mohammad-kazem-al-e-sadegh"
SAADI, ULAY, HAMID, SUD = ("person:abu-baqir-al-saadi", "person:arkan-al-ulayawi", "person:ahmad-al-hamidawi",
                           "person:mohammed-shia-al-sudani")
BLINKEN, KADH, KHAZ, ARAJI = ("person:antony-blinken", "person:mustafa-al-kadhimi", "person:qais-al-khazali",
                              "person:qassim-al-araji")
SHAMK, BAHJAT = "person:ali-shamkhani", "person:ahmed-salim-bahjat"
TRUMP, FAYY, FUAD, MASJ, ESMA = ("person:donald-trump", "person:falih-al-fayyadh", "person:fuad-hussein",
                                 "person:iraj-masjedi", "person:gholamhossein-esmaili")
FALLAH, HEJAZI, FADAK, RSHARIF = ("person:mohammad-reza-fallahzadeh", "person:mohammad-hejazi",
                                  "person:abdul-aziz-al-muhammadawi", "person:ramezan-sharif")

SHAMM, GHAN, ABBASI, INAD = ("person:abdul-amir-al-shammari", "person:othman-al-ghanimi",
                             "person:thabet-al-abbasi", "person:juma-inad")
WTAM, MAHNA = "person:walid-al-tamimi", "person:khalid-al-mahna"
DIZ, MASROUR, REBER, NASEER = ("person:peshraw-dizayee", "person:masrour-barzani", "person:reber-ahmed",
                               "person:naseer-abdul-mohsen")
SADR, ADHARI, SALEH_IRAQI = "person:muqtada-al-sadr", "person:hassan-al-adhari", "person:saleh-mohammed-al-iraqi"
MASH, HALB, MAND, SISSAWI = ("person:mahmoud-al-mashhadani", "person:mohammed-al-halbousi",
                             "person:mohsen-al-mandalawi", "person:salem-al-issawi")
MAAN, SMC = "person:saad-maan", "organization:security-media-cell"
PARL = "organization:iraqi-parliament"

ARTICLES = [
    ("enGO1_fifth_anniversary_airport_road", "en",
     "Shafaq News/ Iran's ambassador to Iraq, Mohammad Kazem Al-Sadeq, and Popular Mobilization "
     "Forces (PMF) Chairman Faleh al-Fayyadh laid wreaths on Friday at the memorial on Baghdad "
     "airport road where Qassem Soleimani and Abu Mahdi al-Muhandes were killed by a US drone strike "
     "five years ago. The commander of Baghdad Operations, Lt. Gen. Walid al-Tamimi, said security "
     "was tightened around the airport, and the road was closed for hours. A Kataib Hezbollah source "
     "told Shafaq News the group's secretary-general, Ahmad al-Hamidawi, would not attend any public "
     "event. Later in the day, al-Fayyadh received Al-Sadeq at the PMF headquarters, where the two "
     "discussed \"the path of the martyr leaders\", a PMF statement said.",
     [("ASSASSINATED_BY", SOL, USA, "were killed by a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "were killed by a US drone strike", "2020-01-03"),
      ("LEADS", FAYY, PMF, "Forces (PMF) Chairman"),
      ("LEADS", WTAM, "organization:baghdad-operations-command", "The commander of Baghdad Operations"),
      ("LEADS", HAMID, KH, "the group's secretary-general"),
      ("MET_WITH", FAYY, SADEGH, "received Al-Sadeq at the PMF headquarters", "2025-01-03"),
      ],
     {"source": "blind set (Iraqi local outlet, English)", "published": "2025-01-03"}),

    ("arGO2_ministries_handover", "ar",
     "السومرية نيوز/ بغداد\n"
     "تسلّم وزير الداخلية الجديد الفريق عبد الأمير الشمري، اليوم الأحد، مهام الوزارة من سلفه عثمان "
     "الغانمي خلال مراسم أُقيمت في مقر الوزارة بحضور عدد من كبار الضباط. وقال المتحدث باسم وزارة "
     "الداخلية العميد خالد المحنا إن الشمري اجتمع بالغانمي بعد المراسم واطّلع منه على \"الملفات "
     "العاجلة\". وفي وزارة الدفاع، تسلّم الوزير ثابت العباسي مهامه من الوزير السابق جمعة عناد في "
     "مراسم مماثلة. ومن المقرر أن يلتقي الشمري قادة الشرطة في المحافظات الأسبوع المقبل.",
     [("SUCCESSOR_OF", SHAMM, GHAN, "مهام الوزارة من سلفه", "2022-10-30"),
      ("LEADS", SHAMM, "organization:iraqi-interior-ministry", "تسلّم وزير الداخلية الجديد"),
      ("MEMBER_OF", MAHNA, "organization:iraqi-interior-ministry", "المتحدث باسم وزارة"),
      ("MET_WITH", SHAMM, GHAN, "إن الشمري اجتمع بالغانمي", "2022-10-30"),
      ("SUCCESSOR_OF", ABBASI, INAD, "تسلّم الوزير ثابت العباسي مهامه", "2022-10-30"),
      ("LEADS", ABBASI, "organization:iraqi-defense-ministry", "تسلّم الوزير ثابت العباسي مهامه"),
      ],
     {"source": "blind set (Iraqi local outlet, Arabic)", "published": "2022-10-30"}),

    ("enGO3_erbil_missiles_dizayee", "en",
     "ERBIL, Kurdistan Region - Kurdish businessman Peshraw Dizayee was killed with members of his "
     "family late Monday when ballistic missiles fired by Iran's Islamic Revolutionary Guard Corps "
     "(IRGC) struck his home near the US consulate in Erbil. The IRGC said it had hit \"a Mossad "
     "headquarters\", a claim the Kurdistan Regional Government (KRG) rejected as baseless. KRG "
     "Interior Minister Reber Ahmed told Rudaw the victims were civilians. On Tuesday Iraq's national "
     "security adviser, Qasim al-Aaraji, flew to Erbil at the head of a fact-finding committee and met "
     "Prime Minister Masrour Barzani, before touring the site. Baghdad recalled its ambassador to "
     "Tehran, Naseer Abdul Mohsen, for consultations.",
     [("ASSASSINATED_BY", DIZ, IRGC, "ballistic missiles fired by Iran's", "2024-01-15"),
      ("ATTACKED", IRGC, "location:erbil", "struck his home near the US consulate", "2024-01-15"),
      ("LEADS", REBER, "organization:kurdistan-regional-government", "Interior Minister Reber Ahmed"),
      ("REPORTED_BY", REBER, "outlet:rudaw", "told Rudaw"),
      ("LEADS", ARAJI, "organization:iraqi-national-security-advisory", "Iraq's national"),
      ("VISITED", ARAJI, "location:erbil", "flew to Erbil", "2024-01-16"),
      ("MET_WITH", ARAJI, MASROUR, "Prime Minister Masrour Barzani", "2024-01-16"),
      ("LEADS", MASROUR, "organization:kurdistan-regional-government", "Prime Minister Masrour Barzani"),
      ],
     {"source": "blind set (Iraqi local outlet, English)", "published": "2024-01-16"}),

    ("arGO4_qaani_hanana_sadr", "ar",
     "شفق نيوز/ أفاد مصدر سياسي مطلع، اليوم الثلاثاء، بأن قائد فيلق القدس الإيراني إسماعيل قآني وصل "
     "إلى النجف والتقى زعيم التيار الصدري مقتدى الصدر في منزله بمنطقة الحنانة. وقال المصدر لشفق نيوز "
     "إن قآني حمل \"رسالة\" لإشراك ائتلاف دولة القانون بزعامة نوري المالكي في الحكومة المقبلة، لكن الصدر "
     "تمسّك بـ\"حكومة أغلبية وطنية\". وبعد اللقاء كتب المقرب من الصدر صالح محمد العراقي: \"لا شرقية ولا "
     "غربية\". ونفى مكتب المالكي ترتيب أي لقاء بينه وبين الصدر، فيما قال رئيس الكتلة الصدرية حسن "
     "العذاري إن التحالف الثلاثي \"ماضٍ\" في تشكيل الحكومة.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس الإيراني"),
      ("VISITED", QAANI, "location:najaf", "إلى النجف والتقى", "2022-02-08"),
      ("MET_WITH", QAANI, SADR, "والتقى زعيم التيار الصدري", "2022-02-08"),
      ("LEADS", SADR, "organization:sadrist-movement", "والتقى زعيم التيار الصدري"),
      ("LOCATED_IN", "location:hanana", "location:najaf", "بمنطقة الحنانة"),
      ("LEADS", MALIKI, "organization:state-of-law-coalition", "بزعامة نوري المالكي"),
      ("LEADS", ADHARI, "organization:sadrist-bloc", "رئيس الكتلة الصدرية"),
      ],
     {"source": "blind set (Iraqi local outlet, Arabic)", "published": "2022-02-08"}),

    ("enGO5_mashhadani_speaker", "en",
     "Shafaq News/ The Iraqi parliament on Thursday elected veteran Sunni politician Mahmoud "
     "al-Mashhadani as speaker, filling a post vacant for nearly a year since the Federal Supreme Court "
     "ended Mohammed al-Halbousi's membership. Al-Mashhadani, who held the post in 2006-2009, won 182 "
     "votes in a runoff against Salem al-Issawi, succeeding al-Halbousi. First Deputy Speaker Mohsen "
     "al-Mandalawi, who had run the chamber in an acting capacity, chaired the session. Hours later, "
     "Prime Minister Mohammed Shia al-Sudani received the new speaker at the Government Palace, his "
     "office said. A parliamentary source told Shafaq News that al-Mashhadani will meet the Iranian "
     "and US ambassadors next week.",
     [("LEADS", MASH, PARL, "elected veteran Sunni politician"),
      ("SUCCESSOR_OF", MASH, HALB, "succeeding al-Halbousi", "2024-10-31"),
      ("MEMBER_OF", MAND, PARL, "First Deputy Speaker Mohsen"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani received"),
      ("MET_WITH", SUD, MASH, "received the new speaker", "2024-10-31"),
      ("LOCATED_IN", "location:government-palace-baghdad", BGD, "at the Government Palace"),
      ],
     {"source": "blind set (Iraqi local outlet, English)", "published": "2024-10-31"}),

    ("arGO6_airport_drones_second_anniversary", "ar",
     "بغداد اليوم - بغداد\n"
     "أعلنت خلية الإعلام الأمني، اليوم الاثنين، إسقاط طائرتين مسيّرتين مفخختين قرب مطار بغداد الدولي، "
     "كُتبت على جناح إحداهما عبارة \"ثأر القادة\"، في الذكرى الثانية لمقتل قاسم سليمانى وأبو مهدي "
     "المهندس بغارة أميركية قرب المطار. وقال رئيس الخلية اللواء سعد معن إن الطائرتين استهدفتا مركز "
     "الدبلوماسية التابع للسفارة الأميركية، ولم تتبنَّ أي جهة الهجوم. واتهم قيادي في أحد الفصائل القوات "
     "الأميركية بـ\"افتعال\" الحادثة. وكان رئيس الوزراء مصطفى الكاظمى قد استقبل، أمس الأحد، رئيس هيئة "
     "الحشد الشعبي فالح الفياض، وبحث معه تأمين مراسم إحياء الذكرى في ساحة التحرير.",
     [("ASSASSINATED_BY", SOL, USA, "بغارة أميركية قرب المطار", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "بغارة أميركية قرب المطار", "2020-01-03"),
      ("LEADS", MAAN, SMC, "وقال رئيس الخلية"),
      ("LEADS", KADH, IQG, "وكان رئيس الوزراء مصطفى"),
      ("MET_WITH", KADH, FAYY, "قد استقبل، أمس الأحد", "2022-01-02"),
      ("LEADS", FAYY, PMF, "الحشد الشعبي فالح الفياض، وبحث"),
      ],
     {"source": "blind set (Iraqi local outlet, Arabic)", "published": "2022-01-03"}),
]

build(HERE, ALL, ARTICLES, set_name="setGO")
