"""Blind set RF: Russia in Africa and the Middle East 2021-2024 (second folder of RE-RF): the plane crash that
killed Yevgeny Prigozhin and Dmitry Utkin (August 2023), Lavrov in Khartoum with Burhan and Dagalo (February
2023), the Defence Ministry's takeover of Wagner's African networks through Yevkurov's tours and the Africa
Corps (2023-2024), Erdogan's meeting with Putin in Sochi (September 2023), Lavrov's first visit to Bamako
(February 2023) and Lavrov's Gulf tour ending with the Doha trilateral on Syria (March 2021), as a US wire
writes it in English (AP-like: "MOSCOW (AP) -"), the Sudanese state agency in Arabic (SUNA-like: "الفريق أول
ركن", "(سونا)"), a think-tank brief in English (Africa program brief, "Implications:"), the Turkish state
agency in Arabic (Anadolu Arabic-like: "سوتشي/ الأناضول", "وفق مراسل الأناضول"), an African news site in
English (Africanews-like: "the head of the transition") and a Gulf daily in Arabic (Asharq Al-Awsat-like:
"الدوحة: «الشرق الأوسط»", "وعلمت «الشرق الأوسط»").
Pieces: Prigozhin and Utkin die in the crash with no stated agent; Putin had met Prigozhin and the Wagner
commanders in June (English, RF1); Burhan receives Lavrov with Ali al-Sadiq present, Lavrov meets Dagalo
and holds talks with al-Sadiq (Arabic, RF2); Goita receives Yevkurov with Camara attending, Traore receives
Yevkurov and Averyanov, Putin meets Troshev with Yevkurov present, Belousov replaced Shoigu (English, RF3);
Erdogan meets Putin with Fidan, Kalin and ambassador Yerkhov, who succeeded Karlov; Fidan had met Lavrov in
Moscow (Arabic, RF4); Goita receives Lavrov, Lavrov holds talks with Diop; Goita ousted Bah Ndaw and took the
presidency (English, RF5); the Lavrov-Mohammed bin Abdulrahman-Cavusoglu trilateral, Lavrov meets Abdullah
bin Zayed then Faisal bin Farhan, Tamim receives Lavrov with Mohammed bin Abdulrahman present (Arabic, RF6).
Excluded on purpose (no relation): the crash "suggestions" that the Kremlin ordered it, denied, and the
Western officials' talk of an explosion (no stated agent), Troshev who "could replace" Prigozhin (RF1); the
Western accusation against Wagner (RF2); the Africa Corps' takeover of Wagner's missions (a body taking over
another's operations, not a post), the reported Yevkurov-Pavel Prigozhin meeting denied by the ministry (RF3);
Karlov's killing (no agent in this piece), Putin's hoped-for visit to Turkey (RF4); the Moura killings (an
accusation), Goita's expected trip to St Petersburg (RF5); the cancelled meeting with Mohammed bin Salman,
Mekdad's phone call with Lavrov (RF6).
Judgement calls: attendees are paired with both principals and with each other when they attend one meeting
together (RF3 none together; RF4 Fidan, Kalin and Yerkhov, the ambassador "also" taking part in the same
meeting); "Putin had met Prigozhin and 34 Wagner commanders" is a meeting stated by the Kremlin (RF1); al-Sadiq
present at Burhan's reception and then holding talks with Lavrov: one MET_WITH pair per article (RF2); "Traore
received him along with Averyanov": the three are a meeting (RF3); "who replaced Sergei Shoigu as defense
minister" is a succession (RF3); "الذي خلف السفير أندريه كارلوف" is a succession (RF4); "ousted ... to take the
presidency himself" is a succession of Goita to Ndaw (RF5); "بلقاء ثلاثي ... جمعه ب" pairs the three ministers
(RF6); a minister LEADS his ministry where it has a gazetteer id.
Filled in for the exercise: Biden's and Western officials' wording, the Troshev report
(RF1); the wording of the statements, the base agreement remark (RF2); the exact dates of Yevkurov's visits,
Camara's attendance, Averyanov's presence in Ouagadougou, the denied Pavel Prigozhin meeting (RF3); Kalin's
and Yerkhov's attendance (RF4); the press-conference wording, Goita's expected trip (RF5); the cancelled
meeting with the crown prince, Mekdad's call, the Emir's reception with the minister present (RF6).
Spellings: "Yevgeny Prigozhin", "Dmitry Utkin" (RF1); "سيرجي لافروف", "الفريق أول ركن عبد الفتاح البرهان",
"السفير علي الصادق" (RF2); "Colonel General Yunus-bek Yevkurov", "Captain Ibrahim Traore", "Colonel Assimi
Goita" (RF3); "إبراهيم قالن", "أليكسي يرخوف", "هاكان فيدان" (RF4); "Abdoulaye Diop", "Bah Ndaw" (RF5); "مولود
جاويش أوغلو", "الشيخ محمد بن عبد الرحمن آل ثاني", "الشيخ عبد الله بن زايد آل نهيان" (RF6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rf import ALL  # noqa: E402

HERE = Path(__file__).parent

RUSSIA, TURKEY, QATAR, US = "country:russia", "country:turkey", "country:qatar", "country:united-states"
MOSCOW, BAMAKO, RIYADH = "location:moscow", "location:bamako", "location:riyadh"
RUFM, RUDEF, TRFM, MIT, SYFM, QAFM, UAEFM, SDFM, SOVCO, SAF, WAGNER = (
    "organization:russian-foreign-ministry", "organization:russian-defence-ministry",
    "organization:turkish-foreign-ministry", "organization:turkish-national-intelligence-organization",
    "organization:syrian-foreign-ministry", "organization:qatari-foreign-ministry",
    "organization:uae-foreign-ministry", "organization:sudanese-foreign-ministry",
    "organization:sudan-sovereignty-council", "organization:sudanese-armed-forces", "organization:wagner-group")
PUTIN, LAVROV, SHOIGU, BELOUSOV, PRIGOZHIN, UTKIN, TROSHEV, YEVKUROV, AVERYANOV, KARLOV, YERKHOV = (
    "person:vladimir-putin", "person:sergei-lavrov", "person:sergei-shoigu", "person:andrei-belousov",
    "person:yevgeny-prigozhin", "person:dmitry-utkin", "person:andrei-troshev", "person:yunus-bek-yevkurov",
    "person:andrei-averyanov", "person:andrei-karlov", "person:alexei-yerkhov")
ERDOGAN, CAVUSOGLU, FIDAN, KALIN = ("person:recep-tayyip-erdogan", "person:mevlut-cavusoglu",
                                    "person:hakan-fidan", "person:ibrahim-kalin")
MEKDAD, ABZ, FAISAL, TAMIM, MBAR = (
    "person:faisal-mekdad", "person:abdullah-bin-zayed", "person:faisal-bin-farhan",
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani")
BURHAN, DAGALO, SADIQ = "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:ali-al-sadiq"
GOITA, NDAW, DIOP, CAMARA, TRAORE = ("person:assimi-goita", "person:bah-ndaw", "person:abdoulaye-diop",
                                     "person:sadio-camara", "person:ibrahim-traore")
BIDEN = "person:joe-biden"

AP = "blind set (US news wire, English, AP-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
BRIEF = "blind set (think-tank policy brief, English, Africa program)"
AA = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
AFRICANEWS = "blind set (African news site, English, Africanews-like)"
ASHARQ = "blind set (Gulf daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enRF1_prigozhin_plane_crash_ap", "en",
     "Wagner chief Prigozhin listed among passengers of plane that crashed north of Moscow\n"
     "MOSCOW (AP) - A private jet carrying Yevgeny Prigozhin, the mercenary chief who led a brief mutiny against "
     "Russia's military leadership two months ago, crashed north of Moscow on Wednesday, killing all 10 people "
     "on board, Russian emergency officials said.\n"
     "Russia's civil aviation agency said Prigozhin and Dmitry Utkin, a former military intelligence officer who "
     "co-founded the Wagner Group and gave it its name, were on the passenger list. The Embraer Legacy went down "
     "near the village of Kuzhenkino in the Tver region.\n"
     "A day later, President Vladimir Putin offered condolences to the families of the dead, describing "
     "Prigozhin as \"a man of difficult fate\" who \"made serious mistakes in life.\" Kremlin spokesman Dmitry "
     "Peskov called Western suggestions that the Kremlin had ordered the crash \"an absolute lie.\"\n"
     "U.S. President Joe Biden said he was \"not surprised,\" and Western officials privately pointed to an "
     "explosion on board.\n"
     "Putin had met Prigozhin and 34 Wagner commanders in the Kremlin on June 29, five days after the mutiny, "
     "and offered them further service under a single commander, Peskov said at the time.\n"
     "No successor has been named. Russian media reported that Andrei Troshev, a retired colonel and former "
     "Wagner commander, could replace him at the head of the fighters.",
     [("MEMBER_OF", UTKIN, WAGNER, "co-founded the Wagner Group"),
      ("LEADS", BIDEN, US, "U.S. President Joe Biden"),
      ("MET_WITH", PUTIN, PRIGOZHIN, "Putin had met Prigozhin and 34 Wagner commanders", "2023-06-29"),
      ],
     {"source": AP, "published": "2023-08-24"}),

    ("arRF2_lavrov_khartoum_suna", "ar",
     "البرهان يستقبل وزير الخارجية الروسي ويؤكد حرص السودان على تطوير العلاقات\n"
     "الخرطوم 9-2-2023 (سونا)\n"
     "استقبل رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان، "
     "بالقصر الجمهوري اليوم، وزير خارجية روسيا الاتحادية سيرجي لافروف والوفد المرافق له، بحضور وزير الخارجية "
     "المكلف السفير علي الصادق.\n"
     "وأكد البرهان لدى لقائه الوزير الروسي حرص السودان على تطوير علاقاته مع روسيا في شتى المجالات، فيما جدد "
     "لافروف دعم بلاده لجهود السودانيين في التوصل إلى توافق حول الفترة الانتقالية.\n"
     "كما التقى لافروف نائب رئيس مجلس السيادة الفريق أول محمد حمدان دقلو، الذي زار موسكو في فبراير من العام "
     "الماضي عشية بدء العملية العسكرية الروسية في أوكرانيا.\n"
     "وعقد لافروف جلسة مباحثات مع نظيره علي الصادق، أعقبها مؤتمر صحفي مشترك أعلن فيه الوزير المكلف أن اتفاق "
     "إنشاء القاعدة البحرية الروسية على البحر الأحمر ما زال بانتظار مصادقة المجلس التشريعي.\n"
     "وكانت واشنطن ودول غربية قد اتهمت مجموعة فاغنر الروسية بالتورط في تعدين الذهب في السودان، وهو ما نفته "
     "موسكو.\n"
     "وينتظر أن يغادر لافروف الخرطوم مساء اليوم متوجهاً إلى موريتانيا، في ختام جولة أفريقية شملت مالي.",
     [("MET_WITH", BURHAN, LAVROV, "وزير خارجية روسيا الاتحادية سيرجي لافروف", "2023-02-09"),
      ("MET_WITH", SADIQ, BURHAN, "بحضور وزير الخارجية", "2023-02-09"),
      ("MET_WITH", SADIQ, LAVROV, "المكلف السفير علي الصادق", "2023-02-09"),
      ("LEADS", BURHAN, SOVCO, "رئيس مجلس السيادة الانتقالي"),
      ("LEADS", BURHAN, SAF, "القائد العام للقوات المسلحة الفريق"),
      ("LEADS", SADIQ, SDFM, "وزير الخارجية المكلف السفير"),
      ("MET_WITH", LAVROV, DAGALO, "كما التقى لافروف نائب رئيس", "2023-02-09"),
      ("MEMBER_OF", DAGALO, SOVCO, "نائب رئيس مجلس السيادة الفريق أول محمد"),
      ("VISITED", DAGALO, MOSCOW, "الذي زار موسكو في فبراير"),
      ],
     {"source": SUNA, "published": "2023-02-09"}),

    ("enRF3_wagner_africa_corps_brief", "en",
     "After Prigozhin: how the Russian Defense Ministry took over Wagner's Africa business\n"
     "Policy brief | Africa Program | March 2024\n"
     "Within weeks of Yevgeny Prigozhin's death in the August 23, 2023 plane crash, the Russian state moved to "
     "absorb the Wagner Group's networks in Africa. The point man was Colonel General Yunus-bek Yevkurov, a "
     "deputy defense minister and former head of Ingushetia, who toured the Sahel and North Africa in the weeks "
     "after the crash.\n"
     "In Bamako, Yevkurov was received by the transitional president, Colonel Assimi Goita, on September 1; the "
     "Malian defense minister, Sadio Camara, also attended the meeting. He then travelled to Ouagadougou, where "
     "Captain Ibrahim Traore received him along with Major General Andrei Averyanov of the GRU.\n"
     "On September 28, Putin met in the Kremlin with Andrei Troshev, the retired colonel known as \"Sedoi\" who "
     "had served as Wagner's chief of staff, in the presence of Yevkurov; the Kremlin said Troshev would now "
     "work for the Defense Ministry on \"volunteer units.\"\n"
     "The new structure, branded the Africa Corps, took over Wagner's missions in Burkina Faso and Niger in early "
     "2024. Andrei Belousov, who replaced Sergei Shoigu as defense minister in May 2024, kept Yevkurov in charge "
     "of the file.\n"
     "A meeting between Yevkurov and Prigozhin's son Pavel, reported by some Telegram channels, was denied by the "
     "ministry.\n"
     "Implications: Moscow's African partners now deal directly with the Russian state rather than with a "
     "deniable proxy.",
     [("MEMBER_OF", YEVKUROV, RUDEF, "a deputy defense minister and former head"),
      ("MET_WITH", YEVKUROV, GOITA, "Yevkurov was received by the transitional president", "2023-09-01"),
      ("MET_WITH", CAMARA, YEVKUROV, "Sadio Camara, also attended the meeting", "2023-09-01"),
      ("MET_WITH", CAMARA, GOITA, "the Malian defense minister", "2023-09-01"),
      ] + met_group({TRAORE: "Captain Ibrahim Traore received him", YEVKUROV: "Traore received him",
                     AVERYANOV: "Major General Andrei Averyanov"}, "2023-09-02") + [
      ("MET_WITH", PUTIN, TROSHEV, "Putin met in the Kremlin with Andrei Troshev", "2023-09-28"),
      ("MET_WITH", YEVKUROV, PUTIN, "in the presence of Yevkurov", "2023-09-28"),
      ("MET_WITH", YEVKUROV, TROSHEV, "presence of Yevkurov; the Kremlin", "2023-09-28"),
      ("MEMBER_OF", TROSHEV, WAGNER, "had served as Wagner's chief of staff"),
      ("SUCCESSOR_OF", BELOUSOV, SHOIGU, "who replaced Sergei Shoigu as defense minister", "2024-05-14"),
      ],
     {"source": BRIEF, "published": "2024-03-15"}),

    ("arRF4_erdogan_putin_sochi_aa", "ar",
     "أردوغان يلتقي بوتين في سوتشي ويبحث إحياء اتفاقية الحبوب\n"
     "سوتشي/ الأناضول\n"
     "التقى الرئيس التركي رجب طيب أردوغان، الاثنين، نظيره الروسي فلاديمير بوتين في مدينة سوتشي الروسية، في أول "
     "لقاء بينهما منذ نحو عام.\n"
     "وجرى اللقاء في مقر إقامة بوتين بالمدينة، بحضور وزير الخارجية التركي هاكان فيدان ورئيس جهاز الاستخبارات "
     "إبراهيم قالن، وفق مراسل الأناضول.\n"
     "وتناول الجانبان مبادرة الحبوب في البحر الأسود، التي انسحبت منها موسكو في يوليو/ تموز الماضي، إضافة إلى "
     "الملف السوري والعلاقات الثنائية.\n"
     "وكان فيدان قد زار موسكو نهاية أغسطس/ آب الماضي، حيث أجرى مباحثات مع نظيره الروسي سيرغي لافروف تمهيداً "
     "للقمة.\n"
     "وشارك في اللقاء أيضاً السفير الروسي لدى أنقرة أليكسي يرخوف، الذي خلف السفير أندريه كارلوف بعد مقتله في "
     "أنقرة في ديسمبر/ كانون الأول 2016.\n"
     "وأعرب بوتين عن أمله في أن يقوم بزيارة إلى تركيا، دون تحديد موعد لها.\n"
     "وقال أردوغان في مؤتمر صحفي مشترك إن بلاده تعتقد أنها \"ستتوصل إلى حل يلبي التوقعات في وقت قصير\".",
     met_group({ERDOGAN: "التقى الرئيس التركي رجب طيب أردوغان", PUTIN: "نظيره الروسي فلاديمير بوتين",
                FIDAN: "وزير الخارجية التركي هاكان فيدان", KALIN: "ورئيس جهاز الاستخبارات إبراهيم قالن",
                YERKHOV: "السفير الروسي لدى أنقرة أليكسي يرخوف"}, "2023-09-04") + [
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب"),
      ("LEADS", PUTIN, RUSSIA, "نظيره الروسي فلاديمير"),
      ("LEADS", FIDAN, TRFM, "وزير الخارجية التركي هاكان"),
      ("LEADS", KALIN, MIT, "ورئيس جهاز الاستخبارات"),
      ("VISITED", FIDAN, MOSCOW, "وكان فيدان قد زار موسكو"),
      ("MET_WITH", FIDAN, LAVROV, "حيث أجرى مباحثات مع نظيره الروسي", "2023-08-31"),
      ("SUCCESSOR_OF", YERKHOV, KARLOV, "الذي خلف السفير أندريه كارلوف"),
      ],
     {"source": AA, "published": "2023-09-04"}),

    ("enRF5_lavrov_bamako_africanews", "en",
     "Lavrov in Mali: Russia pledges more military support to Bamako\n"
     "BAMAKO, Mali - Russian Foreign Minister Sergei Lavrov arrived in Bamako on Tuesday for his first visit to "
     "Mali, where he was received by the head of the transition, Colonel Assimi Goita, at Koulouba Palace.\n"
     "Lavrov then held talks with his Malian counterpart Abdoulaye Diop, who described Russia as \"a strategic "
     "partner\" and said Mali made no apologies for its choice. The two ministers later addressed a joint press "
     "conference.\n"
     "Lavrov promised more military and technical assistance to Mali and the wider Sahel, including neighbouring "
     "Guinea, Burkina Faso and Chad.\n"
     "Western governments and UN experts have accused Russian paramilitaries of the Wagner Group of taking part, "
     "alongside Malian troops, in the killing of hundreds of civilians in Moura in March 2022. Malian authorities "
     "say the personnel are Russian \"instructors\" and deny the presence of Wagner.\n"
     "French forces completed their withdrawal from Mali in August 2022 after a nine-year deployment.\n"
     "Goita, who led the August 2020 coup and ousted interim president Bah Ndaw in May 2021 to take the "
     "presidency himself, is expected at the Russia-Africa summit in St Petersburg in July; his attendance has "
     "not been confirmed.\n"
     "From Bamako, Lavrov was heading to Mauritania and Sudan.",
     [("LEADS", LAVROV, RUFM, "Russian Foreign Minister Sergei Lavrov arrived"),
      ("VISITED", LAVROV, BAMAKO, "arrived in Bamako on Tuesday"),
      ("MET_WITH", LAVROV, GOITA, "where he was received by the head of the transition", "2023-02-07"),
      ("MET_WITH", LAVROV, DIOP, "Lavrov then held talks with his Malian counterpart", "2023-02-07"),
      ("SUCCESSOR_OF", GOITA, NDAW, "ousted interim president Bah Ndaw", "2021-05-24"),
      ],
     {"source": AFRICANEWS, "published": "2023-02-07"}),

    ("arRF6_lavrov_gulf_tour_asharq", "ar",
     "لافروف يختتم جولته الخليجية في الدوحة باجتماع ثلاثي حول سوريا\n"
     "الدوحة: «الشرق الأوسط»\n"
     "اختتم وزير الخارجية الروسي سيرغي لافروف، أمس، جولة خليجية بدأها من أبوظبي، بلقاء ثلاثي في الدوحة جمعه "
     "بنائب رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني ووزير الخارجية التركي مولود "
     "جاويش أوغلو، أطلق خلاله الوزراء الثلاثة \"عملية تشاورية\" جديدة بشأن التسوية السياسية في سوريا.\n"
     "وكان لافروف قد التقى في أبوظبي الاثنين الشيخ عبد الله بن زايد آل نهيان وزير الخارجية والتعاون الدولي "
     "الإماراتي، قبل أن ينتقل إلى الرياض حيث أجرى مباحثات مع نظيره السعودي الأمير فيصل بن فرحان.\n"
     "وأكد الأمير فيصل خلال المؤتمر الصحافي المشترك أن المملكة تدعم الجهود الرامية إلى حل سياسي في سوريا، فيما "
     "دعا لافروف إلى عودة دمشق إلى الجامعة العربية.\n"
     "وعلمت «الشرق الأوسط» أن لقاءً كان مقرراً بين لافروف وولي العهد السعودي الأمير محمد بن سلمان أُلغي في "
     "اللحظة الأخيرة.\n"
     "من جهته، رحب وزير الخارجية السوري فيصل المقداد بالاجتماع الثلاثي، في اتصال هاتفي أجراه مع لافروف مساء "
     "أمس.\n"
     "وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد استقبل لافروف صباح أمس في الديوان الأميري، بحضور الشيخ محمد "
     "بن عبد الرحمن.",
     met_group({LAVROV: "وزير الخارجية الروسي سيرغي لافروف، أمس",
                MBAR: "وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني",
                CAVUSOGLU: "ووزير الخارجية التركي مولود"}, "2021-03-11") + [
      ("LEADS", LAVROV, RUFM, "وزير الخارجية الروسي سيرغي"),
      ("LEADS", MBAR, QAFM, "وزير الخارجية القطري الشيخ"),
      ("LEADS", CAVUSOGLU, TRFM, "وزير الخارجية التركي مولود"),
      ("MET_WITH", LAVROV, ABZ, "التقى في أبوظبي الاثنين", "2021-03-08"),
      ("LEADS", ABZ, UAEFM, "وزير الخارجية والتعاون الدولي"),
      ("VISITED", LAVROV, RIYADH, "قبل أن ينتقل إلى الرياض"),
      ("MET_WITH", LAVROV, FAISAL, "حيث أجرى مباحثات مع نظيره السعودي", "2021-03-10"),
      ("LEADS", MEKDAD, SYFM, "وزير الخارجية السوري فيصل المقداد"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ("MET_WITH", TAMIM, LAVROV, "قد استقبل لافروف صباح أمس", "2021-03-11"),
      ("MET_WITH", MBAR, TAMIM, "بحضور الشيخ محمد", "2021-03-11"),
      ],
     {"source": ASHARQ, "published": "2021-03-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRF")
