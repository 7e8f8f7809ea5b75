"""Blind set DS: Yemen, the Houthis and Saudi Arabia, 2018-2025 (regional-daily and wire style):
Mahdi al-Mashaat receiving Marib elders and Abdulsalam, with Saleh al-Sammad's killing in a
coalition strike as background and a meeting with the UN envoy that did not happen (The
National-style, Apr 2025); the Israeli strike that killed the Houthi prime minister al-Rahawi and
ministers, Mohammed Miftah acting in his place, a denied US role (Asharq Al-Awsat-style, Aug
2025); Grundburg's shuttle between Riyadh and Muscat with a planned Aden stop and a phone call (AP-
style, Dec 2023); Hadi's handover to al-Alimi's Presidential Leadership Council and the council
received by the Saudi crown prince (Al-Araby Al-Jadeed-style, Apr 2022); al-Ghamari's death
claimed by Israel and Yusuf al-Madani named in his place, a denied Saudi role (AP-style, Oct
2025); the Saudi ambassador Al Jaber received in Sanaa with the Omani mediators, a planned meeting
with Abdul-Malik al-Houthi (Asharq Al-Awsat-style, Apr 2023).
Style: en/ar alternating; titles before names, later references by surname; lists; clitics;
negation; planned meetings; phone calls; killings with a stated agent; denied accusations.
Spellings: al-Mashaat, Grundburg, Abdul Salam, al-Huthi.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ds/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_du import ALL  # noqa: E402

HERE = Path(__file__).parent

MASH, SAMM, ABDS, AMH = ("person:mahdi-al-mashat", "person:saleh-al-sammad", "person:mohammed-abdulsalam",
                         "person:abdul-malik-al-houthi")
GRU, ALI, JAB, BUS = ("person:hans-grundberg", "person:rashad-al-alimi", "person:mohammed-al-jaber",
                      "person:badr-albusaidi")
RAH, MIF, HAB, HSD = ("person:ahmed-al-rahawi", "person:mohammed-miftah", "person:abdulaziz-bin-habtoor",
                      "person:hashem-sharaf-al-din")
GHA, MAD, KATZ, NAM = ("person:mohammed-al-ghamari", "person:yousef-al-madani", "person:israel-katz",
                       "person:nasruddin-amer")
HADI, ZUB, TAR, ARA, MBS = ("person:abdrabbuh-mansour-hadi", "person:aidarous-al-zubaidi", "person:tareq-saleh",
                            "person:sultan-al-arada", "person:mohammed-bin-salman")
MAE, DAE, BAH, ATI = ("person:maeen-abdulmalik", "person:mohsen-al-daeri", "person:faraj-al-bahsani",
                      "person:mohammed-al-atifi")
SPC, HOU, HGOV, PLC = ("organization:houthi-supreme-political-council", "organization:houthis",
                       "organization:houthi-government", "organization:presidential-leadership-council")
YGOV, COAL, UN, HGS = ("organization:yemeni-government", "organization:saudi-led-coalition",
                       "organization:united-nations", "organization:houthi-general-staff")
ISR, YEM = "country:israel", "country:yemen"

ARTICLES = [
    ("enDS1_mashaat_marib_elders", "en",
     "SANAA // Mahdi al-Mashaat, the head of the Houthi-run Supreme Political Council, received a "
     "delegation of tribal elders from Marib on Saturday, days before the seventh anniversary of the "
     "air strike that brought him to power.\n"
     "Al-Mashaat took over the council in April 2018 after his predecessor, Saleh al-Sammad, was "
     "killed in a Saudi-led coalition air strike on Hodeidah. The Houthis have since named a square "
     "in the capital after him and print his portrait on banknotes.\n"
     "According to the Houthi-run Saba news agency, Mr al-Mashaat also met Mohammed Abdulsalam, the "
     "group's chief negotiator, who had just returned from Muscat, and was briefed on contacts with "
     "Omani officials. He did not meet the UN envoy, whose planned trip to Sanaa was postponed "
     "for a second time this year.\n"
     "\"Our hand is extended for peace, not for surrender,\" al-Mashaat told the elders, in remarks "
     "carried by Saba.\n"
     "The elders come from districts of Marib still contested with government forces loyal to "
     "Governor Sultan al-Arada, a member of the Presidential Leadership Council. Analysts say the "
     "council president has little power of his own, with real decisions taken by the movement's "
     "leader, Abdul-Malik al-Houthi, in Saada.",
     [("LEADS", MASH, SPC, "the head of the Houthi-run Supreme Political Council"),
      ("SUCCESSOR_OF", MASH, SAMM, "took over the council in April 2018", "2018-04"),
      ("ASSASSINATED_BY", SAMM, COAL, "killed in a Saudi-led coalition air strike", "2018-04"),
      ("MET_WITH", MASH, ABDS, "also met Mohammed Abdulsalam", "2025-04"),
      ("MEMBER_OF", ABDS, HOU, "group's chief negotiator"),
      ("VISITED", ABDS, "location:muscat", "who had just returned from Muscat", "2025-04"),
      ("REPORTED_BY", MASH, "outlet:saba", "in remarks carried by Saba"),
      ("LEADS", ARA, "location:marib", "Governor Sultan al-Arada"),
      ("MEMBER_OF", ARA, PLC, "a member of the Presidential Leadership Council"),
      ("LEADS", AMH, HOU, "leader, Abdul-Malik al-Houthi"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-04-13"}),

    ("arDS2_rahawi_killed_sanaa", "ar",
     "أعلنت جماعة الحوثيين، السبت، مقتل رئيس حكومتها غير المعترف بها دولياً أحمد غالب الرهوي وعدد "
     "من الوزراء في غارة إسرائيلية استهدفت اجتماعاً حكومياً في صنعاء يوم الخميس، فيما كُلّف النائب "
     "الأول لرئيس الوزراء محمد مفتاح بتسيير أعمال الحكومة خلفاً للرهوي.\n"
     "وقال بيان صادر عن رئاسة المجلس السياسي الأعلى إن الرهوي «ارتقى شهيداً مع عدد من رفاقه "
     "الوزراء» خلال ورشة عمل لتقييم أداء الحكومة، من دون أن يحدد عددهم. ونقلت وكالة سبأ عن رئيس "
     "المجلس مهدي المشاط قوله إن «الثأر قادم».\n"
     "وأكدت مصادر في صنعاء لـ«الشرق الأوسط» أن وزير الإعلام في حكومة صنعاء هاشم شرف الدين كان بين "
     "الذين قُتلوا في الغارة الإسرائيلية، إلى جانب وزراء آخرين أصيب بعضهم بجروح خطيرة.\n"
     "واتهمت الجماعة الولايات المتحدة بالمشاركة في الهجوم، وهو ما نفته واشنطن.\n"
     "وكان الرهوي، المنحدر من محافظة أبين، قد عُيّن في آب (أغسطس) 2024 خلفاً لعبد العزيز بن حبتور، "
     "الذي ترأس الحكومة منذ عام 2016. واستقبل الرهوي الأسبوع الماضي وزير الدفاع محمد ناصر العاطفي "
     "في مكتبه، وناقشا ما وصفه الإعلام الحوثي بـ«الاستعداد لجولة تصعيد جديدة».\n"
     "وتقول إسرائيل إنها ستواصل ضرب أهداف الجماعة رداً على إطلاق الصواريخ والمسيّرات.",
     [("LEADS", RAH, HGOV, "مقتل رئيس حكومتها غير المعترف بها"),
      ("ASSASSINATED_BY", RAH, ISR, "في غارة إسرائيلية استهدفت اجتماعاً", "2025-08-28"),
      ("SUCCESSOR_OF", MIF, RAH, "بتسيير أعمال الحكومة خلفاً للرهوي", "2025-08"),
      ("MEMBER_OF", MIF, HGOV, "النائب الأول لرئيس الوزراء"),
      ("LEADS", MASH, SPC, "المجلس مهدي المشاط"),
      ("REPORTED_BY", MASH, "outlet:saba", "ونقلت وكالة سبأ عن رئيس"),
      ("MEMBER_OF", HSD, HGOV, "وزير الإعلام في حكومة صنعاء"),
      ("ASSASSINATED_BY", HSD, ISR, "الذين قُتلوا في الغارة الإسرائيلية", "2025-08-28"),
      ("SUCCESSOR_OF", RAH, HAB, "خلفاً لعبد العزيز بن حبتور", "2024-08"),
      ("LEADS", HAB, HGOV, "الذي ترأس الحكومة منذ عام 2016"),
      ("MET_WITH", RAH, ATI, "واستقبل الرهوي الأسبوع الماضي", "2025-08"),
      ("MEMBER_OF", ATI, HGOV, "وزير الدفاع محمد ناصر العاطفي"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2025-08-30"}),

    ("enDS3_grundburg_riyadh_muscat", "en",
     "RIYADH, Saudi Arabia (AP) — The U.N. special envoy for Yemen, Hans Grundburg, held talks in "
     "the Saudi capital on Tuesday with Rashad al-Alimi, head of the Presidential Leadership Council, "
     "as he pressed the warring sides to commit to a road map to end the country's long war.\n"
     "Grundburg also met the Saudi ambassador to Yemen, Mohammed Al Jaber, the U.N. office said. He "
     "then flew to Muscat, where he was received by Oman's Foreign Minister Badr Albusaidi and held "
     "talks with the Houthi chief negotiator, Mohammed Abdul Salam.\n"
     "The Swedish diplomat is expected to travel to Aden next week to meet Prime Minister Maeen "
     "Abdulmalik, his office said. He spoke by phone on Monday with the U.S. envoy, Tim Lenderking.\n"
     "Houthi attacks on commercial shipping in the Red Sea, which the rebels say are in solidarity "
     "with Palestinians in Gaza, have threatened to derail the process. Yemen's Defense Minister "
     "Mohsen al-Daeri said government forces were ready to \"deal with any escalation.\"\n"
     "The war began in 2014, when the Houthis seized Sanaa, and the coalition intervened the "
     "following year.",
     [("MEMBER_OF", GRU, UN, "The U.N. special envoy for Yemen"),
      ("VISITED", GRU, "location:riyadh", "held talks in the Saudi capital", "2023-12"),
      ("MET_WITH", GRU, ALI, "held talks in the Saudi capital", "2023-12"),
      ("LEADS", ALI, PLC, "head of the Presidential Leadership Council"),
      ("MET_WITH", GRU, JAB, "Grundburg also met the Saudi ambassador", "2023-12"),
      ("VISITED", GRU, "location:muscat", "then flew to Muscat", "2023-12"),
      ("MET_WITH", GRU, BUS, "where he was received by Oman", "2023-12"),
      ("LEADS", BUS, "organization:omani-foreign-ministry", "Oman's Foreign Minister Badr"),
      ("MET_WITH", GRU, ABDS, "talks with the Houthi chief negotiator", "2023-12"),
      ("MEMBER_OF", ABDS, HOU, "the Houthi chief negotiator"),
      ("LEADS", MAE, YGOV, "Prime Minister Maeen"),
      ("MEMBER_OF", DAE, YGOV, "Defense Minister"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-12-19"}),

    ("arDS4_alimi_takes_over_from_hadi", "ar",
     "أعلن الرئيس اليمني عبد ربه منصور هادي، فجر الخميس، نقل كامل صلاحياته إلى مجلس قيادة رئاسي "
     "برئاسة رشاد العليمي، وإعفاء نائبه الفريق علي محسن الأحمر من منصبه، في خطوة مفاجئة جاءت في "
     "ختام المشاورات اليمنية التي رعاها مجلس التعاون الخليجي في الرياض.\n"
     "وبموجب الإعلان، يتولى العليمي، وهو وزير داخلية سابق ومستشار لهادي، رئاسة البلاد خلفاً لهادي "
     "الذي حكم منذ عام 2012، فيما يضم المجلس سبعة أعضاء آخرين بينهم رئيس المجلس الانتقالي الجنوبي "
     "عيدروس الزبيدي، وقائد قوات المقاومة الوطنية طارق صالح، ومحافظ مأرب سلطان العرادة.\n"
     "واستقبل ولي العهد السعودي الأمير محمد بن سلمان، مساء اليوم نفسه، العليمي وأعضاء المجلس، "
     "ومن بينهم الزبيدي والعرادة، مؤكداً دعم المملكة للمجلس الجديد، وأعلنت الرياض وأبوظبي تقديم "
     "ثلاثة مليارات دولار لدعم الاقتصاد اليمني.\n"
     "وتلقى العليمي اتصالاً هاتفياً من المبعوث الأممي هانس غروندبرغ، الذي رحب بالخطوة، فيما لم "
     "يصدر تعليق فوري من جماعة الحوثيين، التي رفضت المشاركة في مشاورات الرياض.\n"
     "ويرى مراقبون أن تنحي هادي طوى صفحة عشر سنوات من حكمه.",
     [("LEADS", HADI, YEM, "أعلن الرئيس اليمني عبد ربه"),
      ("LEADS", ALI, PLC, "برئاسة رشاد العليمي"),
      ("SUCCESSOR_OF", ALI, HADI, "رئاسة البلاد خلفاً لهادي", "2022-04-07"),
      ("LEADS", ZUB, "organization:southern-transitional-council", "بينهم رئيس المجلس الانتقالي"),
      ("MEMBER_OF", ZUB, PLC, "بينهم رئيس المجلس الانتقالي"),
      ("MEMBER_OF", TAR, PLC, "وقائد قوات المقاومة الوطنية"),
      ("MEMBER_OF", ARA, PLC, "ومحافظ مأرب سلطان"),
      ("LEADS", ARA, "location:marib", "ومحافظ مأرب سلطان"),
      ("MET_WITH", MBS, ALI, "واستقبل ولي العهد السعودي", "2022-04-07"),
      ("MET_WITH", MBS, ZUB, "واستقبل ولي العهد السعودي", "2022-04-07"),
      ("MET_WITH", MBS, ARA, "واستقبل ولي العهد السعودي", "2022-04-07"),
      ("SUPPORTS", "country:saudi-arabia", PLC, "مؤكداً دعم المملكة للمجلس"),
      ("MEMBER_OF", GRU, UN, "المبعوث الأممي هانس"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2022-04-07"}),

    ("enDS5_ghamari_death_madani", "en",
     "SANAA, Yemen (AP) — Yemen's Houthi rebels on Thursday announced the death of their military "
     "chief of staff, Maj. Gen. Muhammad Abdul Karim al-Ghamari, saying he was killed in Israeli "
     "strikes, and named a successor.\n"
     "The rebels did not say when or where al-Ghamari died. Israeli Defense Minister Israel Katz "
     "said in a post on X that Israel had killed al-Ghamari and that other Houthi commanders "
     "would \"meet the same fate.\"\n"
     "Israel had struck Sanaa repeatedly in August, including a strike that killed the Houthi prime "
     "minister, Ahmed al-Rahawi, and several of his ministers.\n"
     "Yusuf al-Madani, a commander who had led the group's forces on the western coast, was "
     "appointed chief of staff in place of al-Ghamari, the Houthis' political council said.\n"
     "In a televised speech, the group's leader, Abdul-Malik al-Huthi, said al-Ghamari had "
     "\"spent his life in jihad.\" The rebels also accused Saudi Arabia of passing intelligence to "
     "Israel, a claim Riyadh denied.\n"
     "Nasruddin Amer, a Houthi media official, told The Associated Press the group's attacks on "
     "Israel would continue as long as the war in Gaza did.",
     [("LEADS", GHA, HGS, "their military chief of staff"),
      ("ASSASSINATED_BY", GHA, ISR, "Israel had killed al-Ghamari", "2025"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Israeli Defense Minister Israel"),
      ("ASSASSINATED_BY", RAH, ISR, "a strike that killed the Houthi prime", "2025-08"),
      ("LEADS", RAH, HGOV, "killed the Houthi prime"),
      ("ATTACKED", ISR, "location:sanaa", "Israel had struck Sanaa", "2025-08"),
      ("SUCCESSOR_OF", MAD, GHA, "appointed chief of staff in place of", "2025-10"),
      ("LEADS", MAD, HGS, "appointed chief of staff in place of"),
      ("LEADS", AMH, HOU, "the group's leader, Abdul-Malik"),
      ("MEMBER_OF", NAM, HOU, "a Houthi media official"),
      ("REPORTED_BY", NAM, "outlet:ap", "told The Associated Press"),
      ("ATTACKED", HOU, ISR, "the group's attacks on"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-10-16"}),

    ("arDS6_al_jaber_received_in_sanaa", "ar",
     "استقبل رئيس المجلس السياسي الأعلى التابع للحوثيين مهدي المشاط، الأحد، في صنعاء السفير "
     "السعودي لدى اليمن محمد آل جابر والوفد العُماني المرافق له، في أول زيارة علنية لمسؤول سعودي "
     "رفيع إلى العاصمة اليمنية منذ سيطرة الجماعة عليها عام 2014.\n"
     "وذكرت وكالة سبأ التي تديرها الجماعة أن المشاط بحث مع الضيوف «رفع الحصار ودفع المرتبات وخروج "
     "القوات الأجنبية». وحضر اللقاء كبير مفاوضي الجماعة محمد عبد السلام، الذي وصل مع الوفد العماني "
     "من مسقط.\n"
     "وكتب آل جابر على منصة تويتر أنه زار صنعاء «بهدف تثبيت الهدنة ودعم الحوار بين المكونات "
     "اليمنية». ومن المقرر أن يلتقي الوفد السعودي قائد الجماعة عبد الملك الحوثي قبل مغادرته، بحسب "
     "مصدر مطلع، فيما لم يلتقِ آل جابر أياً من القيادات العسكرية.\n"
     "وتتزامن الزيارة مع صفقة لتبادل نحو 900 أسير بين الطرفين برعاية الأمم المتحدة واللجنة الدولية "
     "للصليب الأحمر.\n"
     "وفي عدن، قال عضو مجلس القيادة الرئاسي فرج البحسني لـ«الشرق الأوسط» إن أي اتفاق «يجب أن يمر "
     "عبر الحكومة الشرعية»، مؤكداً أن المجلس اطلع مسبقاً على أهداف الزيارة.",
     [("LEADS", MASH, SPC, "استقبل رئيس المجلس السياسي الأعلى"),
      ("MET_WITH", MASH, JAB, "استقبل رئيس المجلس السياسي الأعلى", "2023-04-09"),
      ("REPORTED_BY", MASH, "outlet:saba", "وذكرت وكالة سبأ"),
      ("MET_WITH", ABDS, JAB, "وحضر اللقاء كبير مفاوضي", "2023-04-09"),
      ("MET_WITH", ABDS, MASH, "وحضر اللقاء كبير مفاوضي", "2023-04-09"),
      ("MEMBER_OF", ABDS, HOU, "كبير مفاوضي الجماعة"),
      ("VISITED", JAB, "location:sanaa", "أنه زار صنعاء", "2023-04-09"),
      ("LEADS", AMH, HOU, "قائد الجماعة عبد الملك"),
      ("MEMBER_OF", BAH, PLC, "عضو مجلس القيادة الرئاسي فرج"),
      ("REPORTED_BY", BAH, "outlet:asharq-al-awsat", "البحسني لـ«الشرق الأوسط»"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2023-04-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDS")
