"""Blind set EX: the Red Sea war and Omani mediation, 2024-2025: Lenderking in Muscat and Riyadh after
the first US-UK strikes, with a denied meeting with Abdulsalam (AP-style, Jan 2024); Israel's strike
on Hodeidah after the Tel Aviv drone, and Grundberg received by Abdulsalam in Muscat (Al Mayadeen-style
Arabic, Jul 2024); the Omani-brokered US-Houthi ceasefire (Reuters-style, May 2025); the Israeli strike
on Sanaa airport during Tedros's visit (Al Jazeera-style Arabic, Dec 2024); Grundberg in Aden and
Riyadh after bin Breik replaced bin Mubarak (The National-style, Jun 2025); bin Breik named prime
minister (Al Arabiya-style Arabic, May 2025).
Style: en/ar alternating; denied meetings ("denied reports ... had met", "نفى مسؤول عُماني"), phone calls
(Witkoff-Albusaidi, Guterres-Tedros, Al Jaber-bin Breik), planned trips, a turned-down visit request, a
strike whose agent is stated next to an injury, a resignation "denying he was dismissed",
"told Al Jazeera", "في حديث للميادين".
Spellings: Huthi / Houthi, Albusaidi / البوسعيدي, Al Zindani, غروندبرغ, بن بريك.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python tests/data/extract_test_ex/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ey import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, US, UK, ISRAEL, OMAN = ("country:yemen", "country:united-states", "country:united-kingdom",
                               "country:israel", "country:oman")
PLC, HOU, HGOV, YGOV = ("organization:presidential-leadership-council", "organization:houthis",
                        "organization:houthi-government", "organization:yemeni-government")
UN, OFM, SDM, YFM = ("organization:united-nations", "organization:omani-foreign-ministry",
                     "organization:saudi-defence-ministry", "organization:yemeni-foreign-ministry")
IDF, IAF, DOD = ("organization:israel-defense-forces", "organization:israeli-air-force",
                 "organization:us-department-of-defense")
LEND, BUS, ABDS, AUSTIN = ("person:tim-lenderking", "person:badr-albusaidi", "person:mohammed-abdulsalam",
                           "person:lloyd-austin")
KBS, ALIMI, GRUND, SAREE = ("person:khalid-bin-salman", "person:rashad-al-alimi", "person:hans-grundberg",
                            "person:yahya-saree")
GALL, TRUMP, WITK, TED = ("person:yoav-gallant", "person:donald-trump", "person:steve-witkoff",
                          "person:tedros-adhanom-ghebreyesus")
AMER, NET, GUT, BUKH = ("person:jamal-amer", "person:benjamin-netanyahu", "person:antonio-guterres",
                        "person:mohammed-al-bukhaiti")
BREIK, BINM, ZIND, JABER = ("person:salem-bin-breik", "person:ahmed-awad-bin-mubarak", "person:shaya-al-zindani",
                            "person:mohammed-al-jaber")
TAREQ, BAWAZ, MAEEN = "person:tareq-saleh", "person:abdullah-al-alimi-bawazir", "person:maeen-abdulmalik"
SANAA_AP, RAS_ISA = "location:sanaa-international-airport", "location:ras-isa"

ARTICLES = [
    ("enEX1_lenderking_muscat_after_strikes", "en",
     "MUSCAT, Oman (AP) - The U.S. special envoy for Yemen, Tim Lenderking, held talks in Muscat on "
     "Tuesday with Oman's Foreign Minister Sayyid Badr Albusaidi, days after American and British "
     "strikes on Houthi targets across Yemen, the Omani Foreign Ministry said.\n"
     "The two discussed ways to contain the escalation in the Red Sea, where the Iran-backed rebels "
     "have attacked dozens of commercial ships since November.\n"
     "A Houthi official denied reports that the group's chief negotiator, Mohammed Abdulsalam, who "
     "lives in the Omani capital, had met Lenderking, saying any messages from Washington were "
     "\"passed through the Omani brothers.\"\n"
     "The U.S. and Britain launched more than 60 strikes on Jan. 12 against Houthi radar, missile and "
     "drone sites. Defense Secretary Lloyd Austin said the strikes were meant to \"disrupt and degrade\" "
     "the rebels' capabilities.\n"
     "Lenderking later traveled to Riyadh, where he held separate meetings with Saudi Defense Minister "
     "Prince Khalid bin Salman and Rashad al-Alimi, the chairman of Yemen's Presidential Leadership "
     "Council, a State Department spokesman said.",
     [("MET_WITH", LEND, BUS, "held talks in Muscat on", "2024-01-16"),
      ("VISITED", LEND, "location:muscat", "held talks in Muscat on", "2024-01-16"),
      ("LEADS", BUS, OFM, "Oman's Foreign Minister Sayyid"),
      ("MEMBER_OF", ABDS, HOU, "the group's chief negotiator"),
      ("ATTACKED", US, HOU, "launched more than 60 strikes", "2024-01-12"),
      ("ATTACKED", UK, HOU, "launched more than 60 strikes", "2024-01-12"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin"),
      ("VISITED", LEND, "location:riyadh", "Lenderking later traveled to Riyadh", "2024-01"),
      ("MET_WITH", LEND, KBS, "held separate meetings with", "2024-01"),
      ("MET_WITH", LEND, ALIMI, "held separate meetings with", "2024-01"),
      ("LEADS", KBS, SDM, "Saudi Defense Minister"),
      ("LEADS", ALIMI, PLC, "the chairman of Yemen's Presidential Leadership"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-01-17"}),

    ("arEX2_hodeidah_strike_abdulsalam_grundberg", "ar",
     "صنعاء - الميادين نت - شنّ سلاح الجو الإسرائيلي، مساء السبت، غارات على ميناء الحديدة غربي اليمن "
     "استهدفت خزانات الوقود ومحطة الكهرباء، ما أدى إلى استشهاد ستة أشخاص وإصابة العشرات، وفق وزارة "
     "الصحة في صنعاء.\n"
     "وجاء العدوان غداة هجوم بطائرة مسيّرة على تل أبيب أعلنت القوات المسلحة اليمنية مسؤوليتها عنه، "
     "وأسفر عن مقتل مستوطن.\n"
     "وقال المتحدث العسكري باسم القوات المسلحة اليمنية العميد يحيى سريع في بيان إن «الرد على العدوان "
     "آتٍ لا محالة».\n"
     "وأكد رئيس الوفد الوطني المفاوض محمد عبدالسلام، في حديث للميادين، أن صنعاء «لن تتراجع» عن إسناد "
     "غزة. وكان عبدالسلام قد استقبل في مسقط، الأسبوع الماضي، المبعوث الأممي هانس غروندبرغ، وبحث معه "
     "ملف الأزمة الاقتصادية والمصارف.\n"
     "وفي السياق، نفى مسؤول عُماني ما نشرته وسائل إعلام غربية عن لقاء جمع عبدالسلام بالمبعوث الأميركي "
     "في مسقط.\n"
     "وتوعّد وزير الأمن الإسرائيلي يوآف غالانت بمزيد من الضربات، قائلاً إن «النار المشتعلة في الحديدة "
     "تُرى في أنحاء الشرق الأوسط».",
     [("ATTACKED", IAF, "location:hodeidah", "شنّ سلاح الجو الإسرائيلي", "2024-07-20"),
      ("LOCATED_IN", "location:hodeidah", YEMEN, "ميناء الحديدة غربي اليمن"),
      ("ATTACKED", HOU, "location:tel-aviv", "هجوم بطائرة مسيّرة على تل أبيب", "2024-07-19"),
      ("MEMBER_OF", SAREE, HOU, "المتحدث العسكري باسم القوات المسلحة"),
      ("REPORTED_BY", ABDS, "outlet:al-mayadeen", "في حديث للميادين"),
      ("MET_WITH", ABDS, GRUND, "قد استقبل في مسقط", "2024-07"),
      ("VISITED", GRUND, "location:muscat", "قد استقبل في مسقط", "2024-07"),
      ("MEMBER_OF", GRUND, UN, "المبعوث الأممي هانس"),
      ("LEADS", GALL, "organization:israeli-defense-ministry", "وزير الأمن الإسرائيلي"),
      ],
     {"source": "blind set (Al Mayadeen-style Arabic)", "published": "2024-07-21"}),

    ("enEX3_oman_brokers_us_houthi_ceasefire", "en",
     "MUSCAT/WASHINGTON, May 6 (Reuters) - Oman said on Tuesday it had brokered a ceasefire between "
     "the United States and Yemen's Houthis, hours after President Donald Trump announced that "
     "Washington would stop bombing the group, which he said had \"capitulated\".\n"
     "Omani Foreign Minister Badr Albusaidi said neither side would target the other, \"including "
     "American vessels, in the Red Sea and Bab al-Mandab Strait\", following contacts conducted by "
     "Muscat.\n"
     "Albusaidi had received Houthi negotiator Mohammed Abdulsalam in Muscat at the weekend, an Omani "
     "source said, while U.S. envoy Steve Witkoff spoke to the Omani minister by phone. The Houthis "
     "said they had not negotiated directly with Washington.\n"
     "U.S. forces have struck more than 1,000 targets in Yemen since March 15. A U.S. strike on the "
     "Ras Isa fuel port in April killed at least 80 people, according to the Houthi-run health "
     "ministry.\n"
     "Abdulsalam told Al Jazeera the deal did not cover Israel \"in any way\". Hours earlier, Israeli "
     "jets had struck Sanaa airport, two days after a Houthi missile landed near Ben Gurion Airport.",
     [("LEADS", TRUMP, US, "President Donald Trump"),
      ("LEADS", BUS, OFM, "Omani Foreign Minister Badr"),
      ("MET_WITH", BUS, ABDS, "had received Houthi negotiator", "2025-05-03"),
      ("MEMBER_OF", ABDS, HOU, "had received Houthi negotiator"),
      ("ATTACKED", US, RAS_ISA, "A U.S. strike on the", "2025-04-17"),
      ("REPORTED_BY", ABDS, "outlet:al-jazeera", "told Al Jazeera"),
      ("ATTACKED", ISRAEL, SANAA_AP, "jets had struck Sanaa airport", "2025-05-06"),
      ("ATTACKED", HOU, "location:ben-gurion-airport", "a Houthi missile landed near", "2025-05-04"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-05-06"}),

    ("arEX4_sanaa_airport_strike_tedros", "ar",
     "صنعاء - الجزيرة - قال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إن غارات "
     "إسرائيلية استهدفت مطار صنعاء الدولي، الخميس، بينما كان يستعد مع فريقه للصعود إلى الطائرة، ما "
     "أدى إلى إصابة أحد أفراد طاقم الطائرة الأممية.\n"
     "وكان غيبريسوس قد وصل إلى العاصمة اليمنية قبل يومين للتفاوض على إطلاق موظفي الأمم المتحدة "
     "المحتجزين لدى الحوثيين، والتقى خلال زيارته وزير الخارجية في حكومة صنعاء جمال عامر.\n"
     "وأعلن الجيش الإسرائيلي أن مقاتلاته ضربت أهدافاً في المطار وفي موانئ الحديدة والصليف ورأس عيسى، "
     "قائلاً إنها «تُستخدم لتهريب الأسلحة الإيرانية»، ونفى علمه بوجود المسؤول الأممي في المكان.\n"
     "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن إسرائيل «بدأت للتو» مع الحوثيين، فيما دان الأمين "
     "العام للأمم المتحدة أنطونيو غوتيريش الضربات، وأجرى اتصالاً هاتفياً بغيبريسوس للاطمئنان عليه.\n"
     "من جهته، وصف القيادي الحوثي محمد البخيتي في تصريح للجزيرة الغارات بأنها «جريمة»، مؤكداً أن "
     "عمليات الجماعة ضد إسرائيل ستستمر.",
     [("LEADS", TED, "organization:who", "المدير العام لمنظمة الصحة العالمية"),
      ("ATTACKED", ISRAEL, SANAA_AP, "إسرائيلية استهدفت مطار صنعاء الدولي", "2024-12-26"),
      ("VISITED", TED, "location:sanaa", "قد وصل إلى العاصمة اليمنية", "2024-12-24"),
      ("MET_WITH", TED, AMER, "والتقى خلال زيارته وزير الخارجية", "2024-12"),
      ("MEMBER_OF", AMER, HGOV, "وزير الخارجية في حكومة صنعاء"),
      ("ATTACKED", IDF, SANAA_AP, "وأعلن الجيش الإسرائيلي أن مقاتلاته", "2024-12-26"),
      ("ATTACKED", IDF, "location:hodeidah", "وأعلن الجيش الإسرائيلي أن مقاتلاته", "2024-12-26"),
      ("ATTACKED", IDF, RAS_ISA, "وأعلن الجيش الإسرائيلي أن مقاتلاته", "2024-12-26"),
      ("LEADS", NET, "organization:israeli-government", "رئيس الوزراء الإسرائيلي بنيامين"),
      ("LEADS", GUT, UN, "فيما دان الأمين"),
      ("MEMBER_OF", BUKH, HOU, "القيادي الحوثي محمد"),
      ("REPORTED_BY", BUKH, "outlet:al-jazeera", "في تصريح للجزيرة"),
      ],
     {"source": "blind set (Al Jazeera-style Arabic)", "published": "2024-12-27"}),

    ("enEX5_grundberg_meets_bin_breik_aden", "en",
     "The UN special envoy for Yemen, Hans Grundberg, met Prime Minister Salem bin Breik in Aden on "
     "Monday, his first meeting with the new head of government since he replaced Ahmed Awad bin "
     "Mubarak last month.\n"
     "Mr Grundberg, who flew into the southern port city from Riyadh, also held talks with Foreign "
     "Minister Shaya Al Zindani on the economic crisis and the fate of dozens of UN employees detained "
     "by the Houthis.\n"
     "In the Saudi capital, the Swedish diplomat had met Saudi Ambassador Mohammed Al Jaber and Tareq "
     "Saleh, a member of the Presidential Leadership Council.\n"
     "He is expected to travel to Muscat later this week to meet Houthi negotiator Mohammed "
     "Abdulsalam, his office said. The envoy has not visited Sanaa since the rebels began detaining UN "
     "staff, and a recent request to meet Houthi officials there was turned down, a source close to his "
     "office told The National.\n"
     "Mr bin Mubarak resigned in May, saying he had been prevented from exercising his powers.",
     [("MEMBER_OF", GRUND, UN, "The UN special envoy for Yemen"),
      ("MET_WITH", GRUND, BREIK, "met Prime Minister Salem bin Breik", "2025-06-09"),
      ("VISITED", GRUND, "location:aden", "met Prime Minister Salem bin Breik", "2025-06-09"),
      ("LEADS", BREIK, YGOV, "met Prime Minister Salem bin Breik"),
      ("SUCCESSOR_OF", BREIK, BINM, "since he replaced Ahmed Awad", "2025-05"),
      ("MET_WITH", GRUND, ZIND, "also held talks with Foreign", "2025-06-09"),
      ("LEADS", ZIND, YFM, "also held talks with Foreign"),
      ("VISITED", GRUND, "location:riyadh", "In the Saudi capital, the Swedish diplomat", "2025-06"),
      ("MET_WITH", GRUND, JABER, "In the Saudi capital, the Swedish diplomat", "2025-06"),
      ("MET_WITH", GRUND, TAREQ, "In the Saudi capital, the Swedish diplomat", "2025-06"),
      ("MEMBER_OF", TAREQ, PLC, "a member of the Presidential Leadership Council"),
      ("MEMBER_OF", ABDS, HOU, "Houthi negotiator Mohammed"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-06-10"}),

    ("arEX6_bin_breik_named_prime_minister", "ar",
     "عدن - العربية نت - أصدر رئيس مجلس القيادة الرئاسي في اليمن الدكتور رشاد العليمي، السبت، قراراً "
     "بتعيين وزير المالية سالم صالح بن بريك رئيساً لمجلس الوزراء، خلفاً لأحمد عوض بن مبارك الذي قدّم "
     "استقالته في وقت سابق من اليوم نفسه.\n"
     "وقضى القرار باستمرار بن بريك في حقيبة المالية إلى حين تعيين بديل، فيما عُيّن بن مبارك مستشاراً "
     "لرئيس المجلس.\n"
     "وقال بن مبارك في منشور على منصة «إكس» إنه واجه «صعوبات كبيرة» حالت دون ممارسة صلاحياته "
     "الدستورية، نافياً أن يكون قد أُقيل.\n"
     "وكان العليمي قد استقبل بن بريك في الرياض قبيل صدور القرار، بحضور عضو مجلس القيادة عبدالله "
     "العليمي باوزير، وناقش معه أولويات الحكومة وفي مقدمتها وقف تدهور العملة.\n"
     "وبن مبارك هو ثاني رئيس وزراء يغادر منصبه منذ تشكيل المجلس في أبريل 2022، بعد معين عبدالملك الذي "
     "خلفه بن مبارك في فبراير 2024.\n"
     "ورحّب السفير السعودي لدى اليمن محمد آل جابر بالتعيين في اتصال هاتفي مع بن بريك، بينما يُنتظر أن "
     "يعود رئيس الوزراء الجديد إلى عدن خلال أيام لعقد أول اجتماع لحكومته.",
     [("LEADS", ALIMI, PLC, "أصدر رئيس مجلس القيادة الرئاسي"),
      ("SUCCESSOR_OF", BREIK, BINM, "خلفاً لأحمد عوض بن مبارك", "2025-05-03"),
      ("LEADS", BREIK, YGOV, "رئيساً لمجلس الوزراء"),
      ("MET_WITH", ALIMI, BREIK, "وكان العليمي قد استقبل بن بريك", "2025-05-03"),
      ("VISITED", BREIK, "location:riyadh", "وكان العليمي قد استقبل بن بريك", "2025-05-03"),
      ("MET_WITH", BAWAZ, BREIK, "بحضور عضو مجلس القيادة", "2025-05-03"),
      ("MEMBER_OF", BAWAZ, PLC, "بحضور عضو مجلس القيادة"),
      ("SUCCESSOR_OF", BINM, MAEEN, "الذي خلفه بن مبارك", "2024-02"),
      ],
     {"source": "blind set (Al Arabiya-style Arabic)", "published": "2025-05-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEX")
