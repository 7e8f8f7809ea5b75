"""Blind set SX: the Islamic State's leaders and their killers, 2019-2023 (second folder of SW-SX): Abu Bakr
al-Baghdadi killed in the US raid at Barisha and the spokesman Abu al-Hasan al-Muhajir killed near Jarablus
(26-27 October 2019), the Iraqi part in locating al-Baghdadi and Mark Esper's talks in Baghdad (October 2019),
Abu Ibrahim al-Hashimi al-Qurashi killed in the US raid at Atmeh (3 February 2022), Abu al-Hasan al-Hashimi
al-Qurashi named in his place and Abu Omar al-Muhajir in the spokesman Abu Hamza al-Qurashi's (March 2022),
Abu al-Hasan killed in Daraa and Abu al-Husayn al-Husayni al-Qurashi named (November 2022), Turkey's claim to
have killed Abu al-Husayn at Jindires and the Moscow meeting of Turkish, Syrian and Russian ministers (April
2023), as a French wire writes it in English (AFP-like: "Washington (AFP) -"), Iraq's state agency in Arabic
(INA-like: "بغداد - واع"), a US wire in English (AP-like: "ATMEH, Syria (AP) -"), a Kurdish channel's site in
Arabic (Kurdistan 24-like: "أربيل (كوردستان 24)"), a US daily in English (Washington Post-like) and Turkey's
state agency in Arabic (Anadolu-like: "أنقرة/ الأناضول").
Pieces: Baghdadi killed in a US raid; al-Muhajir killed by the SDF and the US military (English, SX1); Iraqi
intelligence located Baghdadi; Abdul-Mahdi had received Esper with Shammari present (Arabic, SX2); Abu Ibrahim
killed in a US raid, successor of Baghdadi; Biden met Austin and Milley to approve it (English, SX3); Abu
al-Hasan named in Abu Ibrahim's place, Abu Omar al-Muhajir in Abu Hamza al-Qurashi's; Masrour Barzani meets
McKenzie (Arabic, SX4); Abu al-Hasan killed by the Free Syrian Army (CENTCOM), Abu al-Husayn named; Kurilla met
Mazloum Abdi (English, SX5); Erdogan says Turkish intelligence killed Abu al-Husayn; Akar and Fidan met Abbas
and Shoigu in Moscow (Arabic, SX6).
Excluded on purpose (no relation): Russia's doubts about the raid (SX1); the hedged sources on Baghdadi's
movements, Salih's phone call from Macron (SX2); the hedge on who killed the civilians (US fire or the blast),
McKenzie's phone call to Abdi (SX3); the group's silence on where and how the two men died, the planned
Barzani-Kadhimi meeting (SX4); Abu Ibrahim who "blew himself up" during the raid, the analysts' hedge on the new
leader (SX5); the group's silence, Abu al-Hasan killed in Daraa (no agent), the possible Erdogan-Assad meeting
(SX6).
Judgement calls: "killed in a night-time raid by US special forces" names the agent (victim -> United States)
though he set off his own vest, as the outlet frames it (SX1, SX3); "في العملية التي نفذتها قوة أميركية خاصة
وأسفرت عن مقتله" likewise (SX2, SX4); "a joint operation by SDF intelligence and the US military" gives two
agents (SX1); "كان ... قد استقبل ... بحضور" a past reception: the three met (SX2); "gave the final go-ahead at
a meeting in the Oval Office with" is a meeting of the three (SX3); "الذي خلف أبا حمزة" and "خلفاً له" are
successions (SX4); "killed in an operation conducted by the Free Syrian Army", stated by CENTCOM, names the
agent (SX5); "since succeeding" is a succession (SX5); Erdogan's statement that the Turkish intelligence
agency "neutralised" the leader is the agent's own claim of the killing (as SQ6's confession): victim -> MIT
(SX6); "اجتمعا ... مع وزيري الدفاع السوري ... والروسي" is a meeting of the four (SX6); a spokesman is a
MEMBER_OF his group; receptions and in-person talks are meetings (SQ/SR), phone calls are not.
Filled in for the exercise: the wording of Abdi's statement (SX1); Khalaf's wording, Shammari's presence,
Salih's phone call (SX2); the Oval Office meeting's attendees, McKenzie's call (SX3); Barzani's meeting with
McKenzie and the planned meeting with Kadhimi (SX4); Kurilla's meeting with Abdi (SX5); the wording of
Erdogan's interview and of the sources (SX6).
Spellings: "Abu Bakr al-Baghdadi", "Abu al-Hassan al-Muhajir", "Mazloum Abdi" (SX1); «أبو بكر البغدادي»،
«عادل عبد المهدي»، «مارك إسبر»، «نجاح الشمري» (SX2); "Abu Ibrahim al-Hashimi al-Qurashi", "al-Qurashi",
"Lloyd Austin" (SX3); «أبي إبراهيم الهاشمي القرشي»، «أبي الحسن الهاشمي القرشي»، «أبي عمر المهاجر»، «مسرور
بارزاني» (SX4); "Abu al-Hasan al-Hashimi al-Qurashi", "Abu al-Husayn al-Husayni al-Qurashi", "Gen. Michael
Erik Kurilla" (SX5); «أبو الحسين الحسيني القرشي»، «هاكان فيدان»، «خلوصي أكار»، «علي محمود عباس» (SX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sx import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, US, TURKEY, SYRIA, FRANCE = (
    "country:iraq", "country:united-states", "country:turkey", "country:syria", "country:france")
IS, SDF, FSA, MIT, IQ_DEF, IQ_INTEL, KRG, DOD, CENTCOM = (
    "organization:islamic-state", "organization:syrian-democratic-forces", "organization:free-syrian-army",
    "organization:turkish-national-intelligence-organization", "organization:iraqi-defense-ministry",
    "organization:iraqi-national-intelligence-service", "organization:kurdistan-regional-government",
    "organization:us-department-of-defense", "organization:us-central-command")
ABU_BAKR, HASAN_MUHAJIR, ABU_IBRAHIM, ABU_HAMZA, OMAR_MUHAJIR, ABU_HASAN, ABU_HUSAYN = (
    "person:abu-bakr-al-baghdadi", "person:abu-al-hasan-al-muhajir", "person:abu-ibrahim-al-hashimi-al-qurashi",
    "person:abu-hamza-al-qurashi", "person:abu-omar-al-muhajir", "person:abu-al-hasan-al-hashimi-al-qurashi",
    "person:abu-al-hussein-al-husseini-al-qurashi")
ABDUL_MAHDI, SHAMMARI, SALIH, MASROUR, ABDI = (
    "person:adil-abdul-mahdi", "person:najah-al-shammari", "person:barham-salih", "person:masrour-barzani",
    "person:mazloum-abdi")
TRUMP, ESPER, BIDEN, AUSTIN, MILLEY, MCKENZIE, KURILLA = (
    "person:donald-trump", "person:mark-esper", "person:joe-biden", "person:lloyd-austin", "person:mark-milley",
    "person:kenneth-mckenzie", "person:michael-kurilla")
ERDOGAN, FIDAN, AKAR, SHOIGU, ABBAS, ASSAD, MACRON = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:hulusi-akar", "person:sergei-shoigu",
    "person:ali-mahmoud-abbas", "person:bashar-al-assad", "person:emmanuel-macron")

AFP = "blind set (French news wire, English, AFP-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
AP = "blind set (US news wire, English, AP-like)"
K24 = "blind set (Kurdish TV channel's website, Arabic, Kurdistan 24-like)"
WAPO = "blind set (US daily, English, Washington Post-like)"
AA = "blind set (Turkish state news agency, Arabic, Anadolu-like)"

ARTICLES = [
    ("enSX1_baghdadi_killed_barisha_afp", "en",
     "IS leader Baghdadi dead in US raid in Syria, Trump says\n"
     "Washington (AFP) - Islamic State group chief Abu Bakr al-Baghdadi was killed in a night-time raid by US "
     "special forces in northwest Syria, President Donald Trump announced Sunday, saying the jihadist leader "
     "\"died like a dog.\"\n"
     "Cornered in a dead-end tunnel under a compound in the village of Barisha in Idlib province, Baghdadi "
     "detonated a suicide vest, killing himself and three of his children, Trump said in a televised address "
     "from the White House.\n"
     "Trump thanked Russia, Turkey, Syria and Iraq, as well as the Kurdish-led Syrian Democratic Forces, for "
     "their help. SDF commander Mazloum Abdi said \"joint intelligence work\" had made the operation possible.\n"
     "Hours later, IS spokesman Abu al-Hassan al-Muhajir, seen by some experts as a possible successor to "
     "Baghdadi, was killed in a joint operation by SDF intelligence and the US military near the town of "
     "Jarablus, Abdi said on Twitter.\n"
     "There was no immediate confirmation from IS. Russia's defence ministry said it had no \"reliable "
     "information\" about the raid and questioned whether it had taken place at all.\n"
     "Baghdadi, who proclaimed a \"caliphate\" from the Al-Nuri mosque in Mosul in 2014, had a $25 million US "
     "bounty on his head.",
     [("ASSASSINATED_BY", ABU_BAKR, US, "was killed in a night-time raid by US", "2019-10-26"),
      ("LEADS", ABU_BAKR, IS, "Islamic State group chief Abu Bakr"),
      ("LEADS", TRUMP, US, "President Donald Trump announced"),
      ("LEADS", ABDI, SDF, "SDF commander Mazloum Abdi"),
      ("ASSASSINATED_BY", HASAN_MUHAJIR, SDF, "a joint operation by SDF intelligence", "2019-10-27"),
      ("ASSASSINATED_BY", HASAN_MUHAJIR, US, "and the US military near the town", "2019-10-27"),
      ("MEMBER_OF", HASAN_MUHAJIR, IS, "IS spokesman Abu al-Hassan"),
      ],
     {"source": AFP, "published": "2019-10-27"}),

    ("arSX2_iraqi_intelligence_baghdadi_ina", "ar",
     "خلية الإعلام الأمني: المخابرات العراقية حددت مكان البغدادي قبل العملية الأميركية\n"
     "بغداد - واع\n"
     "أعلنت خلية الإعلام الأمني، اليوم الأحد، أن جهاز المخابرات الوطني العراقي زوّد الجانب الأميركي بمعلومات "
     "دقيقة عن مكان اختباء الإرهابي أبو بكر البغدادي في محافظة إدلب السورية، قبل العملية التي نفذتها قوة "
     "أميركية خاصة وأسفرت عن مقتله.\n"
     "وقال الناطق باسم القائد العام للقوات المسلحة اللواء عبد الكريم خلف إن فريقاً من الجهاز تابع تحركات "
     "البغدادي لأشهر، بعد اعتقال عدد من مساعديه، مؤكداً أن العملية \"ثمرة تعاون استخباري\".\n"
     "وكان رئيس مجلس الوزراء القائد العام للقوات المسلحة عادل عبد المهدي قد استقبل، الأربعاء الماضي، وزير "
     "الدفاع الأميركي مارك إسبر، بحضور وزير الدفاع نجاح الشمري، وجرى بحث ملف القوات الأميركية المنسحبة من "
     "شمال سوريا والتعاون في مكافحة الإرهاب.\n"
     "وأشارت مصادر إلى أن البغدادي ربما كان يتنقل بين الأنبار والبادية السورية قبل انتقاله إلى إدلب، من دون "
     "أن يتسنى التحقق من ذلك.\n"
     "ورحّب رئيس الجمهورية برهم صالح بمقتل زعيم «داعش»، وتلقى اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل "
     "ماكرون تناول تطورات الأوضاع في سوريا.",
     [("ASSASSINATED_BY", ABU_BAKR, US, "أميركية خاصة وأسفرت عن مقتله", "2019-10-26"),
      ("LEADS", ABDUL_MAHDI, IRAQ, "رئيس مجلس الوزراء القائد العام"),
      ("LEADS", ESPER, DOD, "الدفاع الأميركي مارك إسبر"),
      ("LEADS", SHAMMARI, IQ_DEF, "بحضور وزير الدفاع نجاح"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم صالح"),
      ("LEADS", ABU_BAKR, IS, "بمقتل زعيم «داعش»"),
      ("LEADS", MACRON, FRANCE, "الرئيس الفرنسي إيمانويل"),
      ]
     + met_group({ABDUL_MAHDI: "عادل عبد المهدي قد استقبل", ESPER: "مارك إسبر، بحضور",
                  SHAMMARI: "نجاح الشمري، وجرى"}, "2019-10-23"),
     {"source": INA, "published": "2019-10-27"}),

    ("enSX3_abu_ibrahim_killed_atmeh_ap", "en",
     "Biden: IS leader killed in US special forces raid in Syria\n"
     "ATMEH, Syria (AP) - The leader of the Islamic State group, Abu Ibrahim al-Hashimi al-Qurashi, was killed "
     "in an overnight raid by U.S. special forces in northwestern Syria, President Joe Biden said Thursday.\n"
     "Biden said that as U.S. troops closed in, al-Qurashi detonated a bomb that killed himself and members of "
     "his family, including women and children. Syrian civil defense workers said 13 people died in the house "
     "in Atmeh, near the Turkish border. It was not immediately clear whether all were killed by the blast or "
     "some by U.S. fire, Pentagon officials said.\n"
     "Al-Qurashi took over the group on Oct. 31, 2019, days after his predecessor, Abu Bakr al-Baghdadi, was "
     "killed in a U.S. raid in the same province of Idlib.\n"
     "Biden gave the final go-ahead on Tuesday morning at a meeting in the Oval Office with Defense Secretary "
     "Lloyd Austin and Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, officials said.\n"
     "Gen. Kenneth McKenzie, the head of U.S. Central Command, told reporters the militant leader had "
     "directed the group's branches from the third floor of the building. McKenzie said he had briefed Mazloum "
     "Abdi, the commander of the Kurdish-led Syrian Democratic Forces, by phone after the raid.",
     [("ASSASSINATED_BY", ABU_IBRAHIM, US, "was killed in an overnight raid", "2022-02-03"),
      ("LEADS", ABU_IBRAHIM, IS, "The leader of the Islamic State group, Abu Ibrahim"),
      ("LEADS", BIDEN, US, "President Joe Biden said"),
      ("SUCCESSOR_OF", ABU_IBRAHIM, ABU_BAKR, "days after his predecessor", "2019-10-31"),
      ("ASSASSINATED_BY", ABU_BAKR, US, "killed in a U.S. raid in the same province", "2019-10-26"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin"),
      ("LEADS", MCKENZIE, CENTCOM, "the head of U.S. Central Command"),
      ("LEADS", ABDI, SDF, "the commander of the Kurdish-led"),
      ]
     + met_group({BIDEN: "Biden gave the final go-ahead", AUSTIN: "at a meeting in the Oval Office",
                  MILLEY: "Gen. Mark Milley, the chairman"}, "2022-02-01"),
     {"source": AP, "published": "2022-02-03"}),
]

ARTICLES += [
    ("arSX4_abu_hasan_named_k24", "ar",
     "«داعش» يقرّ بمقتل زعيمه ومتحدثه ويعلن مبايعة «أبي الحسن الهاشمي القرشي»\n"
     "أربيل (كوردستان 24) - أقرّ تنظيم «داعش»، الخميس، بمقتل زعيمه أبي إبراهيم الهاشمي القرشي والمتحدث "
     "السابق باسمه أبي حمزة القرشي، وأعلن مبايعة أبي الحسن الهاشمي القرشي زعيماً جديداً للتنظيم خلفاً له.\n"
     "وجاء ذلك في تسجيل صوتي للمتحدث الجديد باسم التنظيم، أبي عمر المهاجر، الذي خلف أبا حمزة القرشي، بثّته "
     "مؤسسة «الفرقان»، من دون أن يحدد مكان وظروف مقتل الرجلين أو يكشف عن هوية الزعيم الجديد.\n"
     "وكانت واشنطن قد أعلنت مطلع شباط الماضي مقتل أبي إبراهيم القرشي في عملية إنزال جوي نفذتها قوة أميركية "
     "خاصة في بلدة أطمة بريف إدلب الشمالي.\n"
     "وفي أربيل، بحث رئيس حكومة إقليم كوردستان مسرور بارزاني، خلال لقائه قائد القيادة المركزية الأميركية "
     "الجنرال كينيث ماكنزي، التهديدات التي لا يزال يشكلها التنظيم في المناطق المتنازع عليها، بحسب بيان لحكومة "
     "الإقليم.\n"
     "وأشار البيان إلى أن بارزاني من المقرر أن يلتقي رئيس الوزراء الاتحادي مصطفى الكاظمي في بغداد الأسبوع "
     "المقبل لبحث التنسيق الأمني.",
     [("SUCCESSOR_OF", ABU_HASAN, ABU_IBRAHIM, "زعيماً جديداً للتنظيم خلفاً له", "2022-03-10"),
      ("LEADS", ABU_HASAN, IS, "مبايعة أبي الحسن الهاشمي القرشي زعيماً"),
      ("LEADS", ABU_IBRAHIM, IS, "بمقتل زعيمه أبي إبراهيم"),
      ("MEMBER_OF", ABU_HAMZA, IS, "السابق باسمه أبي حمزة"),
      ("MEMBER_OF", OMAR_MUHAJIR, IS, "للمتحدث الجديد باسم التنظيم"),
      ("SUCCESSOR_OF", OMAR_MUHAJIR, ABU_HAMZA, "الذي خلف أبا حمزة القرشي", "2022-03"),
      ("ASSASSINATED_BY", ABU_IBRAHIM, US, "نفذتها قوة أميركية", "2022-02-03"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كوردستان مسرور"),
      ("MET_WITH", MASROUR, MCKENZIE, "خلال لقائه قائد القيادة", "2022-03"),
      ("LEADS", MCKENZIE, CENTCOM, "قائد القيادة المركزية الأميركية الجنرال"),
      ],
     {"source": K24, "published": "2022-03-11"}),

    ("enSX5_abu_hasan_killed_abu_husayn_named_wapo", "en",
     "Islamic State says its leader was killed, names a successor\n"
     "The Islamic State announced Wednesday that its leader, Abu al-Hasan al-Hashimi al-Qurashi, had been "
     "killed \"in battle against the enemies of God\" and named Abu al-Husayn al-Husayni al-Qurashi to succeed "
     "him, in an audio message from the group's spokesman, Abu Omar al-Muhajir, who did not say when or where "
     "the leader died.\n"
     "U.S. Central Command said in a statement that the leader had been killed in mid-October in an operation "
     "conducted by the Free Syrian Army in Daraa province, in southern Syria.\n"
     "He had led the group for less than eight months, since succeeding Abu Ibrahim al-Hashimi al-Qurashi, "
     "who blew himself up during an American raid in Idlib province in February.\n"
     "Almost nothing is known about the new leader. Some analysts said he may be an Iraqi veteran of the group, "
     "but U.S. officials declined to comment.\n"
     "The announcement came a week after Gen. Michael Erik Kurilla, the commander of Central Command, met "
     "Mazloum Abdi, the head of the Syrian Democratic Forces, at a base in northeastern Syria, where U.S. troops "
     "still guard thousands of Islamic State detainees. Abdi warned that renewed Turkish strikes could force "
     "his fighters to halt operations against the group.",
     [("LEADS", ABU_HASAN, IS, "its leader, Abu al-Hasan al-Hashimi"),
      ("SUCCESSOR_OF", ABU_HUSAYN, ABU_HASAN, "to succeed him", "2022-11-30"),
      ("MEMBER_OF", OMAR_MUHAJIR, IS, "the group's spokesman, Abu Omar"),
      ("ASSASSINATED_BY", ABU_HASAN, FSA, "conducted by the Free Syrian Army", "2022-10"),
      ("SUCCESSOR_OF", ABU_HASAN, ABU_IBRAHIM, "since succeeding Abu Ibrahim", "2022-03"),
      ("LEADS", ABU_HUSAYN, IS, "Almost nothing is known about the new leader"),
      ("LEADS", KURILLA, CENTCOM, "the commander of Central Command, met"),
      ("MET_WITH", KURILLA, ABDI, "met Mazloum Abdi", "2022-11-23"),
      ("LEADS", ABDI, SDF, "the head of the Syrian Democratic Forces"),
      ],
     {"source": WAPO, "published": "2022-12-01"}),

    ("arSX6_erdogan_mit_abu_husayn_aa", "ar",
     "أردوغان: الاستخبارات التركية حيّدت زعيم «داعش» في سوريا\n"
     "أنقرة/ الأناضول\n"
     "أعلن الرئيس التركي رجب طيب أردوغان، مساء الأحد، أن جهاز الاستخبارات التركي «حيّد» زعيم تنظيم «داعش» "
     "الإرهابي، المكنى أبو الحسين الحسيني القرشي، في عملية نفذها في سوريا.\n"
     "وقال أردوغان في مقابلة تلفزيونية: \"كان جهاز استخباراتنا يلاحق هذا الشخص منذ فترة طويلة\"، مشيراً إلى "
     "أن بلاده \"ستواصل كفاحها ضد التنظيمات الإرهابية دون هوادة\".\n"
     "وذكرت مصادر أمنية أن العملية نُفذت السبت في بلدة جنديرس بمنطقة عفرين شمال غربي سوريا، ولم يصدر عن "
     "التنظيم أي تأكيد لمقتل زعيمه حتى الآن.\n"
     "وكان القرشي قد تولى زعامة التنظيم في تشرين الثاني الماضي، خلفاً لأبي الحسن الهاشمي القرشي الذي قُتل في "
     "محافظة درعا جنوبي سوريا.\n"
     "وكان وزير الدفاع خلوصي أكار ورئيس جهاز الاستخبارات هاكان فيدان قد اجتمعا في موسكو، الثلاثاء الماضي، مع "
     "وزيري الدفاع السوري علي محمود عباس والروسي سيرغي شويغو، في إطار مسار تطبيع العلاقات بين أنقرة ودمشق. "
     "ولم تستبعد مصادر دبلوماسية أن يُعقد لقاء بين أردوغان ونظيره السوري بشار الأسد في وقت لاحق.",
     [("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب"),
      ("ASSASSINATED_BY", ABU_HUSAYN, MIT, "أن جهاز الاستخبارات التركي «حيّد»", "2023-04-29"),
      ("LEADS", ABU_HUSAYN, IS, "زعيم تنظيم «داعش» الإرهابي"),
      ("SUCCESSOR_OF", ABU_HUSAYN, ABU_HASAN, "خلفاً لأبي الحسن الهاشمي", "2022-11"),
      ("LEADS", FIDAN, MIT, "رئيس جهاز الاستخبارات هاكان"),
      ("LEADS", ASSAD, SYRIA, "ونظيره السوري بشار الأسد"),
      ]
     + met_group({AKAR: "وزير الدفاع خلوصي أكار", FIDAN: "هاكان فيدان قد اجتمعا",
                  ABBAS: "السوري علي محمود عباس", SHOIGU: "والروسي سيرغي شويغو"}, "2023-04-25"),
     {"source": AA, "published": "2023-05-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSX")
