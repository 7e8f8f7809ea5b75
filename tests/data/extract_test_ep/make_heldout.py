"""Blind set EP: Washington's strikes, plots and envoys after Soleimani, 2024-2025.

Stories: the U.S. drone strike in Baghdad that killed Kataib Hezbollah's Abu Baqir al-Saadi after
Tower 22, Qa'ani's earlier visit to Baghdad (AP-style, Feb 2024); the Pentagon-claimed strike on
Palestine Street killing Nujaba's Abu Taqwa al-Saeedi a day after the Kerman bombings (Alhurra-
style Arabic, Jan 2024); Witkoff and Araqchi face to face in Muscat through al-Busaidi, the
indirect Rome round, Tajani and Anton (Politico-style, Apr 2025); Cooper replacing Kurilla at
Central Command, Kurilla's Israel visits, the U.S. exit from Ain al-Asad (Asharq Al-Awsat-style
Arabic, Aug 2025); the Shakeri charges over a plot against Trump, denied, and Patel replacing
Wray at the FBI (New York Times-style, 2025); McGurk in Erbil after the Guards' claimed strike
that killed Peshraw Dizayee (Al-Quds Al-Arabi-style Arabic citing the Washington Post, Jan 2024).
Style: en/ar alternating; killings claimed by the Pentagon or the Guards, a killing blamed but
denied, killings with no agent; a mediator carrying messages, talks "did not sit down
together", "did not meet"; successors at Central Command and the FBI.
Spellings: Korilla, Qa'ani, Araqchi, al-Busaidi, Suleimani, Muhandis, ماكغورك.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ep/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ep import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRAQ = "country:united-states", "country:iran", "country:iraq"
STATE, DOD, JCS = ("organization:us-state-department", "organization:us-department-of-defense",
                   "organization:joint-chiefs-of-staff")
CENTCOM, WH = "organization:us-central-command", "organization:white-house"
IRGC, QF, PMF, KH = ("organization:irgc", "organization:quds-force",
                     "organization:popular-mobilization-forces", "organization:kataib-hezbollah")
NUJ, IRQGOV = "organization:harakat-al-nujaba", "organization:iraqi-government"
IFM, KRG = "organization:iranian-foreign-ministry", "organization:kurdistan-regional-government"
TRUMP, BIDEN, SOL, MUH = ("person:donald-trump", "person:joe-biden", "person:qasem-soleimani",
                          "person:abu-mahdi-al-muhandis")
SAADI, SAEEDI, KAABI, HAMID = ("person:abu-baqir-al-saadi", "person:mushtaq-taleb-al-saidi",
                               "person:akram-al-kaabi", "person:ahmad-al-hamidawi")
KUR, MCK, COOPER, QAANI = ("person:erik-kurilla", "person:kenneth-mckenzie", "person:brad-cooper",
                           "person:esmail-qaani")
SUD, RYDER = "person:mohammed-shia-al-sudani", "person:pat-ryder"
WIT, ARAQ, BUS, TAJ, ANTON = ("person:steve-witkoff", "person:abbas-araghchi", "person:badr-albusaidi",
                              "person:antonio-tajani", "person:michael-anton")
HEG, CAINE, ZAMIR, NETAN = ("person:pete-hegseth", "person:dan-caine", "person:eyal-zamir",
                            "person:benjamin-netanyahu")
SHAKERI, GARLAND, BAGHAEI, PATEL, WRAY = ("person:farhad-shakeri", "person:merrick-garland",
                                          "person:esmaeil-baghaei", "person:kash-patel",
                                          "person:christopher-wray")
MCG, NECH, MASR, PESH = ("person:brett-mcgurk", "person:nechirvan-barzani", "person:masrour-barzani",
                         "person:peshraw-dizayee")
AINASAD, MACDILL = "location:ain-al-asad-air-base", "location:macdill-air-force-base"

ARTICLES = [
    ("enEP1_abu_baqir_strike_baghdad", "en",
     "BAGHDAD (AP) - A U.S. drone strike on a vehicle in eastern Baghdad on Wednesday killed Abu "
     "Baqir al-Saadi, a senior commander of the Iran-backed militia Kataib Hezbollah, the U.S. "
     "military said, days after a drone attack in Jordan killed three American soldiers.\n"
     "U.S. Central Command, led by Gen. Erik Korilla, said al-Saadi was responsible for \"directly "
     "planning and participating in attacks\" on U.S. forces in the region.\n"
     "Yehia Rasool, a military spokesman for Prime Minister Mohammed Shia al-Sudani, called the "
     "strike \"a blatant assassination.\"\n"
     "The Jan. 28 attack on Tower 22, a small U.S. outpost in northeastern Jordan, killed Sgt. "
     "William Jerome Rivers and two other Army reservists. Washington blamed the Islamic Resistance "
     "in Iraq, and President Joe Biden vowed to respond; "
     "Tehran denied any role.\n"
     "Kataib Hezbollah had announced days earlier that it was suspending attacks on American "
     "troops. Its secretary-general, Ahmed al-Hamidawi, said the decision was meant to spare the "
     "Iraqi government embarrassment. Esmail Qa'ani, the commander of Iran's Quds Force, had "
     "visited Baghdad in late January and urged the factions to hold fire, according to people "
     "familiar with the talks.\n"
     "The strike was the most significant U.S. action against a militia leader in Iraq since "
     "January 2020, when President Donald Trump ordered the drone strike that killed Qassem "
     "Soleimani and Abu Mahdi al-Muhandis.",
     [("ASSASSINATED_BY", SAADI, US, "killed Abu Baqir al-Saadi", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "a senior commander of the Iran-backed militia"),
      ("LEADS", KUR, CENTCOM, "led by Gen. Erik Korilla"),
      ("LEADS", SUD, IRQGOV, "Prime Minister Mohammed Shia al-Sudani"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "a small U.S. outpost in northeastern Jordan"),
      ("LEADS", BIDEN, US, "President Joe Biden"),
      ("LEADS", HAMID, KH, "Its secretary-general, Ahmed al-Hamidawi"),
      ("LEADS", QAANI, QF, "the commander of Iran's Quds Force"),
      ("VISITED", QAANI, "location:baghdad", "visited Baghdad in late January", "2024-01"),
      ("LEADS", TRUMP, US, "President Donald Trump ordered"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered the drone strike that killed", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "ordered the drone strike that killed", "2020-01-03"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-02-07"}),

    ("arEP2_abu_taqwa_palestine_street", "ar",
     "بغداد - «الحرة» - قُتل القيادي في حركة النجباء مشتاق طالب السعيدي، المعروف بأبي تقوى، "
     "الخميس، بضربة جوية استهدفت مقراً للحشد الشعبي في شارع فلسطين شرقي بغداد، أعلنت وزارة "
     "الدفاع الأميركية لاحقاً مسؤوليتها عنها.\n"
     "وقال المتحدث باسم البنتاغون الميجر جنرال بات رايدر إن القوات الأميركية نفذت الضربة «دفاعاً "
     "عن النفس»، مؤكداً أن السعيدي كان «متورطاً بشكل مباشر في التخطيط لهجمات» على الأميركيين.\n"
     "وأدان المتحدث باسم القائد العام للقوات المسلحة العراقية اللواء يحيى رسول الضربة، واصفاً "
     "إياها بأنها «تصعيد خطير»، فيما قال رئيس الوزراء محمد شياع السوداني إن حكومته ماضية في "
     "إنهاء مهمة التحالف الدولي.\n"
     "وتوعد الأمين العام لحركة النجباء أكرم الكعبي بالرد. وجاءت الضربة بعد يوم من تفجيرين في "
     "مدينة كرمان الإيرانية قرب ضريح سليماني خلال إحياء الذكرى الرابعة لمقتله بغارة أميركية قرب "
     "مطار بغداد، أسفرا عن مقتل نحو تسعين شخصاً وتبناهما تنظيم داعش.\n"
     "ولم يلتقِ السوداني السفيرة الأميركية ألينا رومانوسكي بعد الضربة، بحسب مصادر حكومية، "
     "واكتفت وزارة الخارجية العراقية باستدعاء القائم بالأعمال.",
     [("MEMBER_OF", SAEEDI, NUJ, "القيادي في حركة النجباء"),
      ("ASSASSINATED_BY", SAEEDI, US, "الدفاع الأميركية لاحقاً مسؤوليتها", "2024-01-04"),
      ("ATTACKED", US, PMF, "استهدفت مقراً للحشد الشعبي", "2024-01-04"),
      ("LOCATED_IN", "location:palestine-street", "location:baghdad", "في شارع فلسطين شرقي بغداد"),
      ("MEMBER_OF", RYDER, DOD, "المتحدث باسم البنتاغون"),
      ("LEADS", SUD, IRQGOV, "رئيس الوزراء محمد شياع السوداني"),
      ("LEADS", KAABI, NUJ, "الأمين العام لحركة النجباء"),
      ("LOCATED_IN", "location:kerman", IRAN, "مدينة كرمان الإيرانية"),
      ("ATTACKED", "organization:islamic-state", "location:kerman", "وتبناهما تنظيم داعش", "2024-01-03"),
      ("ASSASSINATED_BY", SOL, US, "لمقتله بغارة أميركية", "2020-01-03"),
      ],
     {"source": "blind set (Alhurra-style Arabic)", "published": "2024-01-04"}),

    ("enEP3_witkoff_araqchi_muscat_rome", "en",
     "WASHINGTON - President Donald Trump's special envoy Steve Witkoff and Iranian Foreign Minister "
     "Abbas Araqchi spoke face to face for about 45 minutes in Muscat on Saturday, after more than "
     "two hours of indirect talks in which Omani Foreign Minister Badr al-Busaidi carried messages "
     "between their delegations, according to U.S. and Iranian officials.\n"
     "Both sides called the session \"constructive.\" A second round was held a week later in Rome, "
     "at the Omani ambassador's residence, where al-Busaidi again shuttled between the two men in "
     "separate rooms; people familiar with the talks said Witkoff and Araqchi did not sit down "
     "together there.\n"
     "Before the Rome round, Araqchi held talks with Italian Foreign Minister Antonio Tajani, who "
     "offered to host further meetings. Michael Anton, the State Department's director of policy "
     "planning, led the American technical team that met Iranian experts in Muscat later in the "
     "month.\n"
     "The negotiations were the first known direct contact between the two governments since Trump "
     "withdrew from the 2015 nuclear deal in 2018 and, less than two years later, ordered the "
     "strike that killed Qassem Soleimani. Araqchi, a career diplomat, was Iran's deputy foreign "
     "minister at the time.",
     [("LEADS", TRUMP, US, "President Donald Trump's special envoy"),
      ("LEADS", ARAQ, IFM, "Iranian Foreign Minister"),
      ("MET_WITH", WIT, ARAQ, "spoke face to face for about 45 minutes", "2025-04-12"),
      ("VISITED", WIT, "location:muscat", "in Muscat on Saturday", "2025-04-12"),
      ("VISITED", ARAQ, "location:muscat", "in Muscat on Saturday", "2025-04-12"),
      ("MET_WITH", BUS, WIT, "carried messages between their delegations", "2025-04-12"),
      ("MET_WITH", BUS, ARAQ, "carried messages between their delegations", "2025-04-12"),
      ("LEADS", BUS, "organization:omani-foreign-ministry", "Omani Foreign Minister Badr"),
      ("VISITED", WIT, "location:rome", "where al-Busaidi again shuttled", "2025-04-19"),
      ("VISITED", ARAQ, "location:rome", "where al-Busaidi again shuttled", "2025-04-19"),
      ("VISITED", BUS, "location:rome", "where al-Busaidi again shuttled", "2025-04-19"),
      ("MET_WITH", ARAQ, TAJ, "Araqchi held talks with Italian", "2025-04-19"),
      ("MEMBER_OF", ANTON, STATE, "the State Department's director of policy"),
      ("VISITED", ANTON, "location:muscat", "Iranian experts in Muscat later in the month", "2025-04-26"),
      ("WITHDREW_FROM", TRUMP, "agreement:jcpoa", "withdrew from the 2015 nuclear deal", "2018-05-08"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered the strike that killed", "2020-01-03"),
      ],
     {"source": "blind set (Politico-style)", "published": "2025-04-20"}),

    ("arEP4_cooper_replaces_kurilla", "ar",
     "تامبا (فلوريدا) - «الشرق الأوسط» - تسلّم الأدميرال براد كوبر، الجمعة، قيادة القيادة "
     "المركزية الأميركية (سنتكوم) خلفاً للجنرال مايكل إريك كوريلا، في مراسم أقيمت في قاعدة "
     "ماكديل الجوية بحضور وزير الدفاع بيت هيغسيث ورئيس هيئة الأركان المشتركة الجنرال دان كين.\n"
     "وكان كوبر يشغل منصب نائب قائد سنتكوم، وقاد قبل ذلك الأسطول الخامس في البحرين، وأشرف على "
     "عمليات التصدي لهجمات الحوثيين في البحر الأحمر.\n"
     "ويغادر كوريلا منصبه بعد ثلاث سنوات ونيف شهدت الحرب في غزة والضربات الأميركية على منشآت "
     "نووية إيرانية في حزيران الماضي. وكان قد خلف الجنرال كينيث ماكنزي في نيسان 2022، وقُتل "
     "سليماني في عهد ماكنزي بغارة أميركية في بغداد مطلع 2020.\n"
     "وقالت مصادر مطلعة إن كوريلا زار إسرائيل مرات عدة خلال الحرب، والتقى في آخرها رئيس الأركان "
     "الإسرائيلي إيال زامير، لكنه لم يجتمع برئيس الوزراء بنيامين نتنياهو.\n"
     "وفي العراق، انسحبت القوات الأميركية من قاعدة عين الأسد الشهر الماضي وانتقل معظم عناصرها "
     "إلى أربيل، تنفيذاً لاتفاق مع حكومة السوداني على إنهاء مهمة التحالف.",
     [("SUCCESSOR_OF", COOPER, KUR, "خلفاً للجنرال مايكل", "2025-08-08"),
      ("LEADS", COOPER, CENTCOM, "تسلّم الأدميرال براد كوبر"),
      ("VISITED", HEG, MACDILL, "بحضور وزير الدفاع بيت هيغسيث", "2025-08-08"),
      ("VISITED", CAINE, MACDILL, "بحضور وزير الدفاع بيت هيغسيث", "2025-08-08"),
      ("LEADS", HEG, DOD, "وزير الدفاع بيت هيغسيث"),
      ("LEADS", CAINE, JCS, "رئيس هيئة الأركان المشتركة الجنرال دان"),
      ("SUCCESSOR_OF", KUR, MCK, "وكان قد خلف الجنرال كينيث", "2022-04-01"),
      ("ASSASSINATED_BY", SOL, US, "في عهد ماكنزي بغارة أميركية", "2020-01-03"),
      ("VISITED", KUR, "country:israel", "زار إسرائيل مرات عدة"),
      ("MET_WITH", KUR, ZAMIR, "والتقى في آخرها رئيس الأركان"),
      ("LEADS", ZAMIR, "organization:israel-defense-forces", "رئيس الأركان الإسرائيلي إيال"),
      ("LEADS", NETAN, "organization:israeli-government", "رئيس الوزراء بنيامين نتنياهو"),
      ("WITHDREW_FROM", "organization:us-armed-forces", AINASAD, "انسحبت القوات الأميركية من قاعدة", "2025-07"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2025-08-09"}),

    ("enEP5_shakeri_charges_patel_fbi", "en",
     "WASHINGTON - Last November, federal prosecutors charged an Afghan man, Farhad Shakeri, with "
     "plotting at the direction of Iran's Revolutionary Guards to assassinate Donald J. Trump "
     "before the election, an accusation Tehran denied.\n"
     "According to the criminal complaint unsealed in Manhattan, Mr. Shakeri told F.B.I. agents "
     "that an official of the Islamic Revolutionary Guard Corps had instructed him in September to "
     "put aside other work and devise within seven days a plan to surveil and kill Mr. Trump. "
     "Mr. Shakeri, believed to be in Iran, remains at large; Carlisle Rivera, a New York man "
     "charged in a separate strand of the scheme, was arrested.\n"
     "\"There are few actors in the world that pose as grave a threat to the national security of "
     "the United States as does Iran,\" Attorney General Merrick B. Garland said. "
     "Esmaeil Baghaei, the Iranian Foreign Ministry spokesman, called the allegations \"a "
     "repulsive plot.\"\n"
     "Officials familiar with the case said Iranian agents have for years sought to avenge Gen. "
     "Qassim Suleimani, who was killed in a drone strike at Baghdad's airport in January 2020 "
     "ordered by Mr. Trump.\n"
     "Days after returning to office in January, Mr. Trump revoked the Secret Service protection "
     "of his former national security adviser John R. Bolton. Kash "
     "Patel was confirmed to lead the F.B.I. in February, replacing Christopher A. Wray, who "
     "stepped down rather than wait to be fired.",
     [("LEADS", GARLAND, "organization:us-department-of-justice", "Attorney General Merrick B"),
      ("MEMBER_OF", BAGHAEI, IFM, "the Iranian Foreign Ministry spokesman"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by Mr. Trump", "2020-01-03"),
      ("LEADS", PATEL, "organization:fbi", "Patel was confirmed to lead the F.B.I."),
      ("SUCCESSOR_OF", PATEL, WRAY, "replacing Christopher A", "2025-02-21"),
      ],
     {"source": "blind set (New York Times-style)", "published": "2025-03-10"}),

    ("arEP6_mcgurk_erbil_dizayee", "ar",
     "أربيل - «القدس العربي» - استقبل رئيس إقليم كردستان العراق نيجيرفان بارزاني في أربيل منسق "
     "البيت الأبيض لشؤون الشرق الأوسط بريت ماكغورك، بعد أيام من الضربة الصاروخية التي استهدفت "
     "منزل رجل الأعمال الكردي بيشرو دزيي وأودت بحياته مع عدد من أفراد عائلته.\n"
     "وكان الحرس الثوري الإيراني قد أعلن مسؤوليته عن قتل دزيي، مدعياً أنه استهدف «مقراً "
     "للموساد»، وهو ما نفته حكومة الإقليم وبغداد على حد سواء.\n"
     "واجتمع ماكغورك لاحقاً برئيس حكومة الإقليم مسرور بارزاني، وفق بيان لحكومة الإقليم. وقال "
     "ماكغورك لصحيفة «واشنطن بوست» إن الهجوم «متهور» ويقوّض استقرار العراق.\n"
     "وكان المسؤول الأميركي قد زار بغداد في جولة سابقة والتقى رئيس الوزراء محمد شياع السوداني، "
     "إلا أنه لم يلتقِ خلال جولته الحالية أياً من قادة الفصائل المسلحة.\n"
     "ويعيد الهجوم إلى الأذهان الضربة الصاروخية الإيرانية على قاعدة عين الأسد في كانون الثاني "
     "2020، التي جاءت رداً على مقتل قائد فيلق القدس قاسم سليماني ونائب رئيس هيئة الحشد الشعبي "
     "أبو مهدي المهندس بغارة أميركية أمر بها ترامب.",
     [("MET_WITH", NECH, MCG, "استقبل رئيس إقليم كردستان", "2024-01-18"),
      ("LEADS", NECH, "organization:kurdistan-region-presidency", "رئيس إقليم كردستان العراق نيجيرفان"),
      ("VISITED", MCG, "location:erbil", "نيجيرفان بارزاني في أربيل", "2024-01-18"),
      ("MEMBER_OF", MCG, WH, "منسق البيت الأبيض لشؤون الشرق الأوسط"),
      ("ASSASSINATED_BY", PESH, IRGC, "قد أعلن مسؤوليته عن قتل دزيي", "2024-01-15"),
      ("MET_WITH", MCG, MASR, "واجتمع ماكغورك لاحقاً", "2024-01-18"),
      ("LEADS", MASR, KRG, "برئيس حكومة الإقليم مسرور"),
      ("REPORTED_BY", MCG, "outlet:washington-post", "ماكغورك لصحيفة «واشنطن بوست»"),
      ("VISITED", MCG, "location:baghdad", "قد زار بغداد في جولة سابقة"),
      ("MET_WITH", MCG, SUD, "والتقى رئيس الوزراء محمد شياع"),
      ("LEADS", SUD, IRQGOV, "رئيس الوزراء محمد شياع السوداني"),
      ("ATTACKED", IRAN, AINASAD, "الضربة الصاروخية الإيرانية على قاعدة عين الأسد", "2020-01-08"),
      ("LEADS", SOL, QF, "قائد فيلق القدس قاسم"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس هيئة الحشد الشعبي"),
      ("ASSASSINATED_BY", SOL, US, "بغارة أميركية أمر بها ترامب", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "بغارة أميركية أمر بها ترامب", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "بغارة أميركية أمر بها ترامب", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "بغارة أميركية أمر بها ترامب", "2020-01-03"),
      ],
     {"source": "blind set (Al-Quds Al-Arabi-style Arabic, citing the Washington Post)",
      "published": "2024-01-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEP")
