"""Blind set Z: the Saudi-Iranian talks hosted by Kazimi, the Muscat round (Araghchi and
Witkoff), the strike on Abu Taqwa, al-Sudani in Erbil after the IRGC missile strike, Bagheri
Kani in Vienna, al-Sudani in Tehran. Written and annotated blind (extractor neither read nor
run).
Run: python /work/team/blind/setZ/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_z/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "XZ")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, T = "person:abu-mahdi-al-muhandis", "person:donald-trump"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
SUD, AAM = "person:mohammed-shia-al-sudani", "person:adil-abdul-mahdi"
SNSC = "organization:supreme-national-security-council"
ARAG, WIT = "person:abbas-araghchi", "person:steve-witkoff"
BK, KRG = "person:ali-bagheri-kani", "organization:kurdistan-regional-government"
NUJ, IRQG = "organization:harakat-al-nujaba", "organization:iraqi-government"

ARTICLES = [
    ("enZ1_baghdad_channel", "en",
     "BAGHDAD, May 9 (Reuters) - Saudi Arabia's intelligence chief Khalid al-Humaidan and Saeed "
     "Iravani, deputy secretary of Iran's Supreme National Security Council, held a first round "
     "of direct talks in Baghdad on April 9, hosted by Iraqi Prime Minister Mustafa Kazimi, two "
     "Iraqi officials and a Western diplomat said. Riyadh has not confirmed the meeting. Iran's "
     "foreign ministry spokesman Saeed Khatibzadeh said on Monday that Tehran welcomed dialogue "
     "with its neighbour but declined to comment on the Baghdad channel. Kazimi, who took office "
     "a year ago after his predecessor Adel Abdul Mahdi quit amid mass protests, has also "
     "received Iranian Foreign Minister Mohammad Javad Zarif in Baghdad and is expected to visit "
     "Riyadh in the coming weeks. Officials said a second round was planned for after Ramadan.",
     [("LEADS", "person:khalid-al-humaidan", "organization:saudi-general-intelligence-presidency",
       "Saudi Arabia's intelligence chief"),
      ("MEMBER_OF", "person:saeed-iravani", SNSC, "deputy secretary of Iran"),
      ("MET_WITH", "person:khalid-al-humaidan", "person:saeed-iravani",
       "held a first round", "2021-04-09"),
      ("MET_WITH", K, "person:khalid-al-humaidan", "hosted by Iraqi Prime Minister", "2021-04-09"),
      ("MET_WITH", K, "person:saeed-iravani", "hosted by Iraqi Prime Minister", "2021-04-09"),
      ("VISITED", "person:khalid-al-humaidan", "location:baghdad", "held a first round",
       "2021-04-09"),
      ("VISITED", "person:saeed-iravani", "location:baghdad", "held a first round", "2021-04-09"),
      ("LEADS", K, "country:iraq", "hosted by Iraqi Prime Minister"),
      ("MEMBER_OF", "person:saeed-khatibzadeh", "organization:iranian-foreign-ministry",
       "foreign ministry spokesman Saeed"),
      ("SUCCESSOR_OF", K, AAM, "after his predecessor", "2020-05"),
      ("MET_WITH", K, "person:mohammad-javad-zarif", "has also received Iranian", "2021-04"),
      ("VISITED", "person:mohammad-javad-zarif", "location:baghdad", "has also received Iranian",
       "2021-04"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-05-09"}),

    ("arZ2_muscat_round", "ar",
     "مسقط ــ الجزيرة نت\n"
     "اختتمت في العاصمة العُمانية مسقط، السبت، جولة أولى من المحادثات غير المباشرة بين إيران "
     "والولايات المتحدة، نقل خلالها وزير الخارجية العُماني بدر البوسعيدي الرسائل بين وفد يرأسه "
     "وزير الخارجية الإيراني عباس عراقجي وآخر يقوده المبعوث الأميركي الخاص للشرق الأوسط ستيف "
     "ويتكوف. وقالت الخارجية الإيرانية إن عراقجي وويتكوف التقيا وتحدثا مباشرة «لبضع دقائق» "
     "بحضور البوسعيدي عند مغادرة المقر. وكان البوسعيدي قد استقبل عراقجي فور وصوله إلى مسقط. "
     "وعراقجي، الذي خلف حسين أمير عبد اللهيان بعد مصرعه في تحطم مروحية الرئيس إبراهيم رئيسي، كان "
     "قد رفض التفاوض المباشر بناءً على توجيهات المرشد علي خامنئي. وتأتي المحادثات بعد أكثر من خمس "
     "سنوات على الضربة التي أمر بها الرئيس دونالد ترامب في ولايته الأولى وأودت بحياة قائد فيلق "
     "القدس الحاج قاسم سليماني في بغداد.",
     [("VISITED", WIT, "location:muscat", "اختتمت في العاصمة", "2025-04-12"),
      ("MET_WITH", ARAG, WIT, "التقيا وتحدثا مباشرة", "2025-04-12"),
      ("MET_WITH", "person:badr-albusaidi", ARAG, "قد استقبل عراقجي", "2025-04-12"),
      ("VISITED", ARAG, "location:muscat", "فور وصوله إلى مسقط", "2025-04-12"),
      ("SUCCESSOR_OF", ARAG, "person:hossein-amir-abdollahian", "الذي خلف حسين", "2024"),
      ("ASSASSINATED_BY", S, T, "التي أمر بها الرئيس", "2020-01-03"),
      ("LEADS", S, QF, "قائد فيلق"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2025-04-12"}),

    ("enZ3_abu_taqwa_strike", "en",
     "BAGHDAD (AP) \u2014 A U.S. drone strike on Thursday killed Mushtaq Taleb al-Saeedi, a "
     "commander of the Iran-backed Harakat al-Nujaba militia known as Abu Taqwa, and one of his "
     "aides in eastern Baghdad, Iraqi security officials said. The Pentagon said U.S. forces had "
     "carried out the strike in self-defense. The commander of U.S. Central Command, Gen. Erik "
     "Kurilla, met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad in December and "
     "warned that Washington would act against groups attacking its troops, two Iraqi officials "
     "said. Al-Sudani's office called the strike an unjustified aggression. Nujaba leader Akram "
     "al-Kaabi, who was received by Quds Force chief Ismail Qaani in Tehran last year, vowed "
     "revenge. Secretary of State Antony Blinken, who met al-Sudani in Baghdad in November, has "
     "not spoken to him since the strike, a State Department official said.",
     [("ASSASSINATED_BY", "person:mushtaq-taleb-al-saidi", US, "A U.S. drone strike on Thursday",
       "2024-01-04"),
      ("MEMBER_OF", "person:mushtaq-taleb-al-saidi", NUJ, "a commander of the Iran-backed"),
      ("SUPPORTS", "country:iran", NUJ, "a commander of the Iran-backed"),
      ("ASSASSINATED_BY", "person:mushtaq-taleb-al-saidi", "organization:us-armed-forces",
       "U.S. forces had carried out", "2024-01-04"),
      ("LEADS", "person:erik-kurilla", "organization:us-central-command",
       "The commander of U.S. Central Command"),
      ("MET_WITH", "person:erik-kurilla", SUD, "met Iraqi Prime Minister", "2023-12"),
      ("VISITED", "person:erik-kurilla", "location:baghdad", "met Iraqi Prime Minister", "2023-12"),
      ("LEADS", SUD, "country:iraq", "met Iraqi Prime Minister"),
      ("LEADS", "person:akram-al-kaabi", NUJ, "Nujaba leader Akram"),
      ("MET_WITH", "person:akram-al-kaabi", Q, "who was received by Quds", "2023"),
      ("LEADS", Q, QF, "who was received by Quds"),
      ("VISITED", "person:akram-al-kaabi", "country:iran", "who was received by Quds", "2023"),
      ("MET_WITH", "person:antony-blinken", SUD, "who met al-Sudani in Baghdad", "2023-11"),
      ("VISITED", "person:antony-blinken", "location:baghdad", "who met al-Sudani in Baghdad",
       "2023-11"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-01-04"}),

    ("arZ4_sudani_erbil", "ar",
     "أربيل (روداو)- استقبل رئيس إقليم كوردستان نيجيرفان بارزاني، اليوم الأحد، في أربيل رئيس "
     "مجلس الوزراء الاتحادي محمد شياع السوداني، الذي خلف مصطفى الكاظمي في رئاسة الحكومة "
     "العراقية في تشرين الأول 2022. والتقى السوداني بعد ذلك رئيس حكومة الإقليم مسرور بارزاني، ثم "
     "زعيم الحزب الديمقراطي الكوردستاني مسعود بارزاني في مصيف صلاح الدين. وتأتي الزيارة بعد أيام "
     "من هجوم بصواريخ باليستية تبنّاه الحرس الثوري الإيراني على أربيل، أسفر عن مقتل رجل الأعمال "
     "الكوردي بيشرو دزيي وأفراد من عائلته. وقال المتحدث باسم حكومة الإقليم بيشوا هورامي لروداو "
     "إن «بغداد مطالبة بحماية سيادتها». وزار وزير داخلية الإقليم ريبر أحمد موقع الهجوم برفقة لجنة "
     "تحقيق اتحادية برئاسة مستشار الأمن القومي قاسم الأعرجي، الذي نفى وجود أي مقر للموساد في "
     "المنزل.",
     [("MET_WITH", "person:nechirvan-barzani", SUD, "استقبل رئيس إقليم", "2024-01-21"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "استقبل رئيس إقليم"),
      ("VISITED", SUD, "location:erbil", "في أربيل رئيس", "2024-01-21"),
      ("SUCCESSOR_OF", SUD, K, "الذي خلف مصطفى", "2022-10"),
      ("LEADS", SUD, IRQG, "الذي خلف مصطفى"),
      ("LEADS", K, IRQG, "الذي خلف مصطفى"),
      ("MET_WITH", SUD, "person:masrour-barzani", "والتقى السوداني بعد ذلك", "2024-01-21"),
      ("LEADS", "person:masrour-barzani", KRG, "والتقى السوداني بعد ذلك"),
      ("MET_WITH", SUD, "person:masoud-barzani", "ثم زعيم الحزب", "2024-01-21"),
      ("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party",
       "ثم زعيم الحزب"),
      ("ATTACKED", IRGC, "location:erbil", "تبنّاه الحرس الثوري", "2024-01-15"),
      ("ASSASSINATED_BY", "person:peshraw-dizayee", IRGC, "تبنّاه الحرس الثوري", "2024-01-15"),
      ("MEMBER_OF", "person:peshawa-hawramani", KRG, "المتحدث باسم حكومة الإقليم"),
      ("REPORTED_BY", "person:peshawa-hawramani", "outlet:rudaw", "بيشوا هورامي لروداو"),
      ("MEMBER_OF", "person:reber-ahmed", KRG, "وزير داخلية الإقليم"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2024-01-21"}),

    ("enZ5_bagheri_kani_vienna", "en",
     "VIENNA (Asharq Al-Awsat) - Ali Bagheri Kani, who replaced Abbas Araghchi as Iran's chief "
     "nuclear negotiator after Ebrahim Raisi became president, met European Union envoy Enrique "
     "Mora in Vienna on Monday as talks on reviving the 2015 nuclear deal resumed after a "
     "five-month pause. Bagheri Kani also held talks with Russian envoy Mikhail Ulyanov and "
     "China's Wang Qun, Iranian state media said, but again refused to sit down with U.S. "
     "special envoy Robert Malley, whose delegation stayed in a hotel across the street. Raisi "
     "succeeded Hassan Rouhani in August. Tehran insists Washington must first lift the "
     "sanctions imposed after Donald Trump withdrew from the deal in 2018. Relations sank "
     "further in January 2020, when Washington killed the Quds Force commander, Qassem "
     "Soleimani, in Baghdad. Ulyanov told Asharq Al-Awsat the first day had been "
     "\u201cbusinesslike.\u201d",
     [("SUCCESSOR_OF", BK, ARAG, "who replaced Abbas Araghchi", "2021"),
      ("MET_WITH", BK, "person:enrique-mora", "met European Union envoy", "2021-11-29"),
      ("MEMBER_OF", "person:enrique-mora", "organization:european-union",
       "met European Union envoy"),
      ("VISITED", BK, "location:vienna", "met European Union envoy", "2021-11-29"),
      ("VISITED", "person:enrique-mora", "location:vienna", "met European Union envoy",
       "2021-11-29"),
      ("MET_WITH", BK, "person:mikhail-ulyanov", "also held talks with", "2021-11-29"),
      ("MET_WITH", BK, "person:wang-qun", "also held talks with", "2021-11-29"),
      ("SUCCESSOR_OF", "person:ebrahim-raisi", "person:hassan-rouhani", "Raisi succeeded Hassan",
       "2021-08"),
      ("WITHDREW_FROM", T, "agreement:jcpoa", "withdrew from the deal", "2018"),
      ("ASSASSINATED_BY", S, US, "when Washington killed", "2020-01"),
      ("LEADS", S, QF, "the Quds Force commander"),
      ("REPORTED_BY", "person:mikhail-ulyanov", "outlet:asharq-al-awsat", "Ulyanov told Asharq"),
      ],
     {"source": "blind set (Asharq Al-Awsat English-style)", "published": "2021-11-29"}),

    ("arZ6_sudani_tehran", "ar",
     "طهران ــ العربي الجديد\n"
     "وصل رئيس الوزراء العراقي محمد شياع السوداني، صباح الثلاثاء، إلى طهران في أول زيارة له إلى "
     "إيران منذ تسلّمه رئاسة الحكومة خلفاً لمصطفى الكاظمي أواخر الشهر الماضي، على رأس وفد يضم "
     "وزير الخارجية فؤاد حسين ومحافظ البنك المركزي العراقي مصطفى غالب مخيف. واستقبله الرئيس "
     "الإيراني إبراهيم رئيسي في مجمع سعد آباد، قبل أن يلتقي المرشد علي خامنئي الذي قال إن «وجود "
     "الأميركيين في العراق غير مقبول». وحضر اللقاء الأخير قائد فيلق القدس إسماعيل قاآني، من دون "
     "أن تُعقد بينه وبين الضيف العراقي جلسة منفصلة، بحسب مصدر في الوفد. كما التقى السوداني أمين "
     "المجلس الأعلى للأمن القومي علي شمخاني. وكان السوداني قد زار، قبيل سفره، موقع الضربة "
     "الأميركية التي قتلت سليماني والمهندس قرب مطار بغداد.",
     [("LEADS", SUD, "country:iraq", "وصل رئيس الوزراء العراقي"),
      ("VISITED", SUD, "country:iran", "وصل رئيس الوزراء العراقي", "2022-11-29"),
      ("SUCCESSOR_OF", SUD, K, "خلفاً لمصطفى", "2022-10"),
      ("LEADS", SUD, IRQG, "منذ تسلّمه رئاسة الحكومة"),
      ("LEADS", K, IRQG, "خلفاً لمصطفى"),
      ("VISITED", "person:fuad-hussein", "country:iran", "على رأس وفد", "2022-11-29"),
      ("VISITED", "person:mustafa-ghaleb-mukhif", "country:iran", "على رأس وفد", "2022-11-29"),
      ("LEADS", "person:mustafa-ghaleb-mukhif", "organization:central-bank-of-iraq",
       "ومحافظ البنك المركزي"),
      ("MET_WITH", SUD, "person:ebrahim-raisi", "واستقبله الرئيس", "2022-11-29"),
      ("LEADS", "person:ebrahim-raisi", "country:iran", "واستقبله الرئيس"),
      ("MET_WITH", SUD, "person:ali-khamenei", "قبل أن يلتقي المرشد", "2022-11-29"),
      ("LEADS", Q, QF, "وحضر اللقاء الأخير"),
      ("MET_WITH", SUD, "person:ali-shamkhani", "كما التقى السوداني أمين", "2022-11-29"),
      ("MEMBER_OF", "person:ali-shamkhani", SNSC, "كما التقى السوداني أمين"),
      ("ASSASSINATED_BY", S, US, "الأميركية التي قتلت", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "الأميركية التي قتلت", "2020-01-03"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2022-11-29"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setZ")
