"""Blind set II: Yemen 2024-2025 as a Yemeni government-aligned news agency (Saba-like, Aden) would
report it: protocol receptions ("استقبل ... وجرى خلال اللقاء بحث"), long honorifics, and an English
service in stiff translated English.
Pieces: al-Alimi receives Grundberg in Aden with bin Breik and the presidency's office director
(English); bin Breik appointed prime minister in place of bin Mubarak, May 2025 (Arabic); al-Zindani
meets Lenderking and the British ambassador in Riyadh (English); al-Alimi receives the Saudi ambassador
Al Jaber in Riyadh (Arabic); bin Braik receives the UN resident coordinator Harneis (English);
al-Zindani in Muscat with Albusaidi and al-Harthy (Arabic).
Excluded on purpose: a phone call of the envoy with Albusaidi and a scheduled meeting with al-Zindani;
a rumoured candidate for the premiership and a congratulatory phone call; a denied meeting with the
Houthi negotiator and an expected visit; a killing by unnamed gunmen (Iftihan al-Mashhari) and greetings
conveyed from the crown prince; a death in detention and a Houthi spying accusation the UN rejects; a
letter to Sultan Haitham received on his behalf and a denied meeting with Abdulsalam.
Spellings: Rashad Al-Olaimi, العليمى, Salem bin Braik, Timothy Lenderking, البوسعيدى, Yahya Al-Shuaibi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ik import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, OMAN, KSA, IRAN, USA, UK = ("country:yemen", "country:oman", "country:saudi-arabia", "country:iran",
                                   "country:united-states", "country:united-kingdom")
PLC, YGOV, YFM, YPRES, YFIN = ("organization:presidential-leadership-council", "organization:yemeni-government",
                               "organization:yemeni-foreign-ministry", "organization:yemeni-presidency",
                               "organization:yemeni-finance-ministry")
HOUTHIS, UN, OMFM, SAGOV, DELEG = ("organization:houthis", "organization:united-nations",
                                   "organization:omani-foreign-ministry", "organization:saudi-government",
                                   "organization:houthi-negotiating-delegation")
ADEN, RIYADH, MUSCAT, MAASHIQ = ("location:aden", "location:riyadh", "location:muscat", "location:maashiq-palace")
ALIMI, GRUND, BREIK, MUBARAK, SHUAIBI = ("person:rashad-al-alimi", "person:hans-grundberg", "person:salem-bin-breik",
                                         "person:ahmed-awad-bin-mubarak", "person:yahya-al-shuaibi")
ZINDANI, BUSAIDI, BAWAZIR, JABER, MBS = ("person:shaya-al-zindani", "person:badr-albusaidi",
                                         "person:abdullah-al-alimi-bawazir", "person:mohammed-al-jaber",
                                         "person:mohammed-bin-salman")
LENDER, ABDA, ABDULSALAM, HARNEIS, BADHIB = ("person:tim-lenderking", "person:abda-sharif",
                                             "person:mohammed-abdulsalam", "person:julien-harneis",
                                             "person:waed-badhib")
HAITHAM, HARTHY = "person:haitham-bin-tarik", "person:khalifa-al-harthy"

ARTICLES = [
    ("enII1_alimi_receives_grundberg_aden", "en",
     "President Al-Olaimi receives UN Envoy Grundberg in Aden\n"
     "Aden (Saba) - His Excellency the Chairman of the Presidential Leadership Council, Dr. Rashad Mohammed "
     "Al-Olaimi, received today at Maashiq Palace in the interim capital Aden the Special Envoy of the "
     "Secretary-General of the United Nations for Yemen, Mr. Hans Grundberg, who arrived in Aden yesterday "
     "on a visit lasting several days.\n"
     "The meeting was attended by the Prime Minister, Mr. Salem Saleh bin Breik, and the Director of the "
     "Office of the Presidency of the Republic, Dr. Yahya Al-Shuaibi.\n"
     "During the meeting, discussion was held on the latest developments of the national situation and the "
     "efforts of the United Nations to revive the peace process, in light of the continued escalation of the "
     "terrorist Houthi militia backed by the Iranian regime.\n"
     "The President stressed that the militia's detention of dozens of UN staff in Sanaa constitutes a "
     "flagrant violation of international law, and demanded their immediate release without condition.\n"
     "For his part, the Envoy expressed his appreciation to the leadership for its positive dealing with the "
     "UN efforts, and reviewed the results of a telephone call he had made on Tuesday with the Omani Foreign "
     "Minister, Sayyid Badr bin Hamad Albusaidi.\n"
     "The Envoy is scheduled to meet the Minister of Foreign Affairs and Expatriates, Dr. Shaya Mohsen "
     "Al-Zindani, tomorrow in Aden.",
     [("LEADS", ALIMI, PLC, "Chairman of the Presidential Leadership Council, Dr. Rashad"),
      ("MET_WITH", ALIMI, GRUND, "received today at Maashiq Palace", "2025-06-10"),
      ("LOCATED_IN", MAASHIQ, ADEN, "at Maashiq Palace in the interim capital Aden"),
      ("MEMBER_OF", GRUND, UN, "Secretary-General of the United Nations for Yemen"),
      ("VISITED", GRUND, ADEN, "who arrived in Aden yesterday", "2025-06-09"),
      ("MET_WITH", ALIMI, BREIK, "The meeting was attended by the Prime Minister", "2025-06-10"),
      ("MET_WITH", GRUND, BREIK, "The meeting was attended by the Prime Minister", "2025-06-10"),
      ("MET_WITH", ALIMI, SHUAIBI, "The meeting was attended by the Prime Minister", "2025-06-10"),
      ("MET_WITH", GRUND, SHUAIBI, "The meeting was attended by the Prime Minister", "2025-06-10"),
      ("MET_WITH", BREIK, SHUAIBI, "The meeting was attended by the Prime Minister", "2025-06-10"),
      ("LEADS", BREIK, YGOV, "the Prime Minister, Mr. Salem Saleh"),
      ("LEADS", SHUAIBI, YPRES, "Office of the Presidency of the Republic, Dr. Yahya"),
      ("SUPPORTS", IRAN, HOUTHIS, "Houthi militia backed by the Iranian regime"),
      ("LEADS", BUSAIDI, OMFM, "the Omani Foreign Minister, Sayyid Badr"),
      ("LEADS", ZINDANI, YFM, "Minister of Foreign Affairs and Expatriates, Dr. Shaya"),
      ],
     {"source": "blind set (government news agency, English)", "published": "2025-06-10"}),

    ("arII2_bin_breik_appointed_prime_minister", "ar",
     "الرئيس العليمي يصدر قراراً بتعيين سالم بن بريك رئيساً للوزراء ويستقبله في عدن\n"
     "عدن (سبأ) - أصدر فخامة رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، اليوم السبت، القرار "
     "رقم (11) لسنة 2025 بتعيين الأستاذ سالم صالح بن بريك رئيساً لمجلس الوزراء خلفاً للدكتور أحمد عوض بن "
     "مبارك، الذي كان قد قدم استقالته إلى فخامته في وقت سابق من اليوم.\n"
     "وكان بن بريك يشغل منذ عام 2019 منصب وزير المالية، ويستمر في إدارة الوزارة إلى جانب مهامه الجديدة.\n"
     "واستقبل فخامة الرئيس في العاصمة المؤقتة عدن رئيسَ الوزراء المعين، بحضور عضو مجلس القيادة الرئاسي "
     "الأستاذ عبدالله العليمي باوزير، وجرى خلال اللقاء بحث أولويات الحكومة في المرحلة المقبلة وفي مقدمتها "
     "الملف الاقتصادي وتحسين الخدمات.\n"
     "وأكد فخامته دعم المجلس الكامل للحكومة في معركة استعادة مؤسسات الدولة وإنهاء انقلاب المليشيات "
     "الحوثية الإرهابية.\n"
     "وكانت وسائل إعلام قد تداولت خلال الأيام الماضية اسم وزير الخارجية وشؤون المغتربين الدكتور شائع محسن "
     "الزنداني ضمن المرشحين لرئاسة الحكومة.\n"
     "وتلقى رئيس الوزراء المعين اتصالاً هاتفياً من سفير خادم الحرمين الشريفين لدى اليمن محمد بن سعيد آل "
     "جابر، هنأه فيه بالثقة الرئاسية.",
     [("LEADS", ALIMI, PLC, "فخامة رئيس مجلس القيادة الرئاسي الدكتور رشاد"),
      ("SUCCESSOR_OF", BREIK, MUBARAK, "رئيساً لمجلس الوزراء خلفاً للدكتور", "2025-05-03"),
      ("LEADS", BREIK, YGOV, "بتعيين الأستاذ سالم صالح بن بريك رئيساً"),
      ("LEADS", MUBARAK, YGOV, "الذي كان قد قدم استقالته"),
      ("LEADS", BREIK, YFIN, "منصب وزير المالية"),
      ("MET_WITH", ALIMI, BREIK, "واستقبل فخامة الرئيس في العاصمة", "2025-05-03"),
      ("MET_WITH", ALIMI, BAWAZIR, "بحضور عضو مجلس القيادة", "2025-05-03"),
      ("MET_WITH", BREIK, BAWAZIR, "بحضور عضو مجلس القيادة", "2025-05-03"),
      ("MEMBER_OF", BAWAZIR, PLC, "عضو مجلس القيادة الرئاسي الأستاذ عبدالله"),
      ("LEADS", ZINDANI, YFM, "وزير الخارجية وشؤون المغتربين الدكتور شائع"),
      ],
     {"source": "blind set (government news agency, Arabic)", "published": "2025-05-03"}),

    ("enII3_zindani_meets_lenderking_riyadh", "en",
     "Foreign Minister Al-Zindani meets US Envoy Lenderking in Riyadh\n"
     "Riyadh (Saba) - The Minister of Foreign Affairs and Expatriates, Dr. Shaya Mohsen Al-Zindani, met today "
     "in the Saudi capital Riyadh, where he is on a working visit, the Special Envoy of the United States of "
     "America for Yemen, Mr. Timothy Lenderking.\n"
     "During the meeting, they discussed the bilateral relations and the repercussions of the terrorist "
     "attacks of the Houthi militia on international navigation in the Red Sea and Bab al-Mandab, which have "
     "caused severe damage to the national economy.\n"
     "In the same context, the Foreign Minister received the British Ambassador to Yemen, Mrs. Abda Sharif, "
     "and discussed with her the humanitarian situation and the efforts of the Special Envoy of the UN, Mr. "
     "Hans Grundberg.\n"
     "Al-Zindani denied what some media outlets reported about a meeting between him and the Houthi "
     "negotiator Mohammed Abdulsalam in Muscat, describing the reports as \"sheer fabrications\".\n"
     "Lenderking is expected to visit the interim capital Aden in the coming weeks.",
     [("LEADS", ZINDANI, YFM, "The Minister of Foreign Affairs and Expatriates, Dr. Shaya"),
      ("MET_WITH", ZINDANI, LENDER, "met today in the Saudi capital Riyadh", "2024-06-18"),
      ("VISITED", ZINDANI, RIYADH, "where he is on a working visit", "2024-06-18"),
      ("MET_WITH", ZINDANI, ABDA, "the Foreign Minister received the British Ambassador", "2024-06-18"),
      ("MEMBER_OF", GRUND, UN, "the Special Envoy of the UN, Mr."),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "the Houthi negotiator Mohammed"),
      ],
     {"source": "blind set (government news agency, English)", "published": "2024-06-18"}),

    ("arII4_alimi_receives_saudi_ambassador", "ar",
     "رئيس مجلس القيادة يستقبل السفير السعودي آل جابر\n"
     "الرياض (سبأ) - استقبل فخامة الرئيس الدكتور رشاد محمد العليمى، رئيس مجلس القيادة الرئاسي، اليوم في "
     "العاصمة السعودية الرياض، سفير خادم الحرمين الشريفين لدى بلادنا السفير محمد بن سعيد آل جابر، بحضور "
     "مدير مكتب رئاسة الجمهورية الدكتور يحيى الشعيبي.\n"
     "وجرى خلال اللقاء بحث مستجدات الأوضاع الاقتصادية والخدمية، والدعم السعودي المقدم للحكومة لتمكينها "
     "من دفع رواتب الموظفين، وجهود المملكة في دعم مسار السلام.\n"
     "ونقل السفير آل جابر تحيات صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز، ولي العهد رئيس مجلس "
     "الوزراء، وحرص المملكة على أمن اليمن واستقراره.\n"
     "وعبّر الرئيس العليمى عن الشكر والتقدير للمملكة قيادة وحكومة وشعباً على مواقفها الأخوية، مؤكداً أن "
     "المليشيات الحوثية المدعومة من النظام الإيراني لا تزال ترفض كل دعوات التهدئة.\n"
     "كما تطرق اللقاء إلى جريمة اغتيال مديرة صندوق النظافة والتحسين في مدينة تعز افتهان المشهري، التي "
     "قُتلت برصاص مسلحين وسط المدينة، حيث شدد فخامته على سرعة ضبط الجناة وتقديمهم للعدالة.",
     [("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي، اليوم"),
      ("MET_WITH", ALIMI, JABER, "استقبل فخامة الرئيس الدكتور رشاد", "2025-09-20"),
      ("MET_WITH", ALIMI, SHUAIBI, "بحضور مدير مكتب رئاسة الجمهورية", "2025-09-20"),
      ("MET_WITH", JABER, SHUAIBI, "بحضور مدير مكتب رئاسة الجمهورية", "2025-09-20"),
      ("LEADS", SHUAIBI, YPRES, "مدير مكتب رئاسة الجمهورية الدكتور يحيى"),
      ("SUPPORTS", KSA, YGOV, "والدعم السعودي المقدم للحكومة"),
      ("LEADS", MBS, SAGOV, "ولي العهد رئيس مجلس الوزراء"),
      ("SUPPORTS", IRAN, HOUTHIS, "المليشيات الحوثية المدعومة من النظام الإيراني"),
      ],
     {"source": "blind set (government news agency, Arabic)", "published": "2025-09-20"}),

    ("enII5_bin_braik_receives_harneis", "en",
     "Prime Minister bin Braik receives UN Resident Coordinator\n"
     "Aden (Saba) - Prime Minister Salem Saleh bin Braik received today in the interim capital Aden the United "
     "Nations Resident and Humanitarian Coordinator for Yemen, Mr. Julien Harneis, who arrived in the city on "
     "Sunday coming from Amman.\n"
     "The meeting, which was attended by the Minister of Planning and International Cooperation, Dr. Waed "
     "Badhib, dealt with the humanitarian response plan for the year 2025 and the sharp shortfall in its "
     "funding.\n"
     "Bin Braik, who took over the premiership in May from Dr. Ahmed Awad bin Mubarak, called on UN agencies "
     "to transfer their headquarters from Sanaa to Aden after the Houthi militia stormed their offices and "
     "abducted dozens of their employees.\n"
     "He also referred to the death in detention in Saada of an employee of the World Food Programme in "
     "February, for which the organisation has demanded an independent investigation.\n"
     "The militia has claimed that the detained staff belong to an \"American-Israeli spy network\", a charge "
     "the United Nations has categorically rejected.\n"
     "For his part, Harneis expressed the keenness of the UN to continue its work in all governorates.",
     [("LEADS", BREIK, YGOV, "Prime Minister Salem Saleh bin Braik"),
      ("MET_WITH", BREIK, HARNEIS, "received today in the interim capital Aden", "2025-07-15"),
      ("MEMBER_OF", HARNEIS, UN, "Nations Resident and Humanitarian Coordinator"),
      ("VISITED", HARNEIS, ADEN, "who arrived in the city on", "2025-07-13"),
      ("MET_WITH", BREIK, BADHIB, "The meeting, which was attended by the Minister", "2025-07-15"),
      ("MET_WITH", HARNEIS, BADHIB, "The meeting, which was attended by the Minister", "2025-07-15"),
      ("MEMBER_OF", BADHIB, YGOV, "the Minister of Planning and International Cooperation"),
      ("SUCCESSOR_OF", BREIK, MUBARAK, "who took over the premiership in May from", "2025-05-03"),
      ],
     {"source": "blind set (government news agency, English)", "published": "2025-07-15"}),

    ("arII6_zindani_in_muscat", "ar",
     "وزير الخارجية يلتقي نظيره العماني في مسقط\n"
     "مسقط (سبأ) - التقى وزير الخارجية وشؤون المغتربين الدكتور شائع محسن الزنداني، اليوم في العاصمة "
     "العمانية مسقط، معالي السيد بدر بن حمد البوسعيدى وزير خارجية سلطنة عمان الشقيقة، وذلك في إطار الزيارة "
     "الرسمية التي يقوم بها للسلطنة.\n"
     "وجرى خلال اللقاء بحث العلاقات الأخوية بين البلدين، والجهود التي تبذلها السلطنة لإحياء العملية "
     "السياسية وفق المرجعيات الثلاث.\n"
     "وسلّم الزنداني رسالة خطية من فخامة الرئيس الدكتور رشاد العليمي إلى جلالة السلطان هيثم بن طارق، "
     "تسلمها الوزير البوسعيدى نيابة عن جلالته.\n"
     "كما التقى الوزير الزنداني وكيلَ وزارة الخارجية العمانية للشؤون السياسية الشيخ خليفة بن علي الحارثي، "
     "وناقش معه ملف المحتجزين والمختطفين في سجون المليشيات الحوثية.\n"
     "ونفى مصدر في الوفد المرافق ما تداولته مواقع إخبارية عن لقاء جمع الزنداني برئيس وفد المليشيا المفاوض "
     "محمد عبدالسلام على هامش الزيارة، مؤكداً أن البرنامج اقتصر على اللقاءات الرسمية مع الجانب العماني.",
     [("LEADS", ZINDANI, YFM, "التقى وزير الخارجية وشؤون المغتربين الدكتور شائع"),
      ("MET_WITH", ZINDANI, BUSAIDI, "التقى وزير الخارجية وشؤون", "2024-10-21"),
      ("VISITED", ZINDANI, MUSCAT, "اليوم في العاصمة العمانية مسقط", "2024-10-21"),
      ("LEADS", BUSAIDI, OMFM, "وزير خارجية سلطنة عمان الشقيقة"),
      ("LEADS", HAITHAM, OMAN, "جلالة السلطان هيثم"),
      ("MET_WITH", ZINDANI, HARTHY, "كما التقى الوزير الزنداني", "2024-10-21"),
      ("MEMBER_OF", HARTHY, OMFM, "وكيلَ وزارة الخارجية العمانية للشؤون السياسية"),
      ("LEADS", ABDULSALAM, DELEG, "برئيس وفد المليشيا المفاوض"),
      ],
     {"source": "blind set (government news agency, Arabic)", "published": "2024-10-21"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setII")
