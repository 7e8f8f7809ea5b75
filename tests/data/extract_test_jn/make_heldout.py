"""Blind set JN: Yemen 2022-2025 seen from the government side, as a Saudi-owned London pan-Arab daily's
Yemen desk writes it in Arabic (Asharq Al-Awsat-like: "الميليشيات الحوثية", "الحكومة الشرعية", sources
"أفادت مصادر ... «الشرق الأوسط»", long lead sentences) and as an Aden-based outlet's English site
("the Iran-backed Houthi militia", "PLC Chairman Dr. Rashad Al-Olaimi", STC vocabulary).
Pieces: Hadi hands power to the Presidential Leadership Council under al-Alimi, April 2022, and the
Crown Prince receives the council's head (Arabic); bin Mubarak named prime minister in place of Maeen
Abdulmalik, February 2024 (Arabic); bin Breik sworn in after bin Mubarak's resignation, May 2025
(Arabic); al-Zubaidi receives the EU ambassador in Aden (English); Grundberg's roadmap announcement
after meetings in Riyadh and Muscat, December 2023 (English); al-Zindani takes the foreign ministry
from bin Mubarak and receives the UK ambassador, March 2024 (English).
Excluded on purpose: the council's oath "to be taken" in Aden (JN1); the foreign ministry left without
a successor yet (JN2); a meeting between bin Mubarak and al-Alimi that a source denied (JN3); an officer
shot dead in Aden by "unknown gunmen" (JN4); the roadmap signing "expected" under UN auspices (JN5);
the killing of a WFP official in Taiz by unknown gunmen (JN6). Hadi's transfer of power to al-Alimi is
annotated as a succession (same post: head of state). Plain lists of council members are not meetings.
Spellings: عبدربه منصور هادي, أبو زرعة المحرمي, طارق محمد عبدالله صالح, معين عبدالملك سعيد,
Aidroos Al-Zubaidi, Rashad Al-Olaimi, Mohammed Abdulsalam, Shaya Mohsen Al-Zindani, Ahmed Awad bin
Mubarak.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jo import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, SAUDI, UK, USA, OMAN = ("country:yemen", "country:saudi-arabia", "country:united-kingdom",
                               "country:united-states", "country:oman")
PLC, YGOV, YFM, YFIN, STC, HOUTHIS, IRAN = (
    "organization:presidential-leadership-council", "organization:yemeni-government",
    "organization:yemeni-foreign-ministry", "organization:yemeni-finance-ministry",
    "organization:southern-transitional-council", "organization:houthis", "country:iran")
SAUDIGOV, SAUDIDEF, EU, UN, OMFM, HDEL, YARMY = (
    "organization:saudi-government", "organization:saudi-defence-ministry", "organization:european-union",
    "organization:united-nations", "organization:omani-foreign-ministry", "organization:houthi-negotiating-delegation",
    "organization:yemeni-armed-forces")
RIYADH, ADEN, MUSCAT, MAASHIQ = "location:riyadh", "location:aden", "location:muscat", "location:maashiq-palace"
HADI, ALIMI, MBS, KBS, ARADA, TAREQ, ZUBAIDI, BAHSANI, BAWAZIR, MUHARRAMI = (
    "person:abdrabbuh-mansour-hadi", "person:rashad-al-alimi", "person:mohammed-bin-salman", "person:khalid-bin-salman",
    "person:sultan-al-arada", "person:tareq-saleh", "person:aidarous-al-zubaidi", "person:faraj-al-bahsani",
    "person:abdullah-al-alimi-bawazir", "person:abdulrahman-al-muharrami")
MOHSEN, BINMUBARAK, MAEEN, FAGIN, ALJABER, LAMLAS, BINBREIK = (
    "person:ali-mohsen-al-ahmar", "person:ahmed-awad-bin-mubarak", "person:maeen-abdulmalik", "person:stephen-fagin",
    "person:mohammed-al-jaber", "person:ahmed-lamlas", "person:salem-bin-breik")
GRUNDBERG, GRIFFITHS, ABDULSALAM, ALBUSAIDI, ZINDANI, ASHARIF, HAMEIDI = (
    "person:hans-grundberg", "person:martin-griffiths", "person:mohammed-abdulsalam", "person:badr-albusaidi",
    "person:shaya-al-zindani", "person:abda-sharif", "person:moayad-hameidi")
# new to the tables
MUJALLI, BADI, BINAZIZ, MUNUERA, KATHIRI, MNOMAN, YNOMAN = (
    "person:othman-mujalli", "person:rajeh-badi", "person:sagheer-bin-aziz", "person:gabriel-munuera-vinals",
    "person:ali-al-kathiri", "person:mustafa-noman", "person:yassin-saeed-noman")

ARTICLES = [
    ("arJN1_hadi_hands_power_plc", "ar",
     "هادي ينقل صلاحياته إلى مجلس قيادة رئاسي برئاسة العليمي\n"
     "الرياض: «الشرق الأوسط»\n"
     "في خطوة وُصفت بالتاريخية، أعلن الرئيس اليمني عبدربه منصور هادي، فجر الخميس، نقل صلاحياته كاملة إلى "
     "مجلس قيادة رئاسي برئاسة الدكتور رشاد العليمي، وإعفاء نائبه الفريق علي محسن الأحمر من منصبه.\n"
     "ويضم المجلس في عضويته سبعة أعضاء، هم: سلطان العرادة، وطارق محمد عبدالله صالح، وعبدالرحمن أبو زرعة "
     "المحرمي، وعبدالله العليمي باوزير، وعثمان حسين مجلي، وعيدروس الزبيدي، وفرج البحسني.\n"
     "وبعد ساعات من الإعلان، استقبل ولي العهد السعودي الأمير محمد بن سلمان في قصر اليمامة بالرياض رئيس "
     "المجلس الجديد، بحضور الأمير خالد بن سلمان نائب وزير الدفاع، وأكد دعم المملكة للمجلس.\n"
     "وأفادت مصادر يمنية «الشرق الأوسط» بأن المجلس سيؤدي اليمين الدستورية أمام مجلس النواب في عدن خلال "
     "الأيام المقبلة.",
     [("SUCCESSOR_OF", ALIMI, HADI, "نقل صلاحياته كاملة إلى", "2022-04-07"),
      ("LEADS", HADI, YEMEN, "أعلن الرئيس اليمني عبدربه"),
      ("LEADS", ALIMI, PLC, "مجلس قيادة رئاسي برئاسة الدكتور رشاد"),
      ("MEMBER_OF", ARADA, PLC, "هم: سلطان العرادة"),
      ("MEMBER_OF", TAREQ, PLC, "وطارق محمد عبدالله صالح"),
      ("MEMBER_OF", MUHARRAMI, PLC, "وعبدالرحمن أبو زرعة"),
      ("MEMBER_OF", BAWAZIR, PLC, "وعبدالله العليمي باوزير"),
      ("MEMBER_OF", MUJALLI, PLC, "وعثمان حسين مجلي"),
      ("MEMBER_OF", ZUBAIDI, PLC, "وعيدروس الزبيدي"),
      ("MEMBER_OF", BAHSANI, PLC, "وفرج البحسني"),
      ("MET_WITH", MBS, ALIMI, "استقبل ولي العهد السعودي الأمير", "2022-04-07"),
      ("VISITED", ALIMI, "location:al-yamamah-palace", "في قصر اليمامة بالرياض", "2022-04-07"),
      ("MET_WITH", KBS, MBS, "بحضور الأمير خالد بن سلمان", "2022-04-07"),
      ("MET_WITH", KBS, ALIMI, "بحضور الأمير خالد بن سلمان", "2022-04-07"),
      ("MEMBER_OF", KBS, SAUDIDEF, "نائب وزير الدفاع"),
      ],
     {"source": "blind set (Saudi-owned London pan-Arab daily, Yemen desk, Arabic)", "published": "2022-04-08"}),

    ("arJN2_bin_mubarak_prime_minister", "ar",
     "العليمي يعيّن بن مبارك رئيساً للحكومة خلفاً لمعين عبدالملك\n"
     "عدن - الرياض: «الشرق الأوسط»\n"
     "أصدر رئيس مجلس القيادة الرئاسي في اليمن رشاد العليمي، الاثنين، قراراً بتعيين وزير الخارجية أحمد "
     "عوض بن مبارك رئيساً لمجلس الوزراء، خلفاً للدكتور معين عبدالملك سعيد الذي عُيّن مستشاراً لرئيس المجلس.\n"
     "وقال المتحدث باسم الحكومة راجح بادي لـ«الشرق الأوسط» إن الحكومة ستواصل عملها بتشكيلتها الحالية، "
     "مشيراً إلى أن حقيبة الخارجية لم يُسمَّ لها وزير بعد.\n"
     "وفي الرياض، التقى بن مبارك السفير السعودي لدى اليمن محمد آل جابر، بحضور وزير الدولة محافظ عدن "
     "أحمد حامد لملس، وجرى بحث الدعم الاقتصادي السعودي للحكومة.\n"
     "وكان العليمي قد استقبل قبل يومين السفير الأميركي ستيفن فاغن، وبحث معه الهجمات الحوثية على السفن "
     "في البحر الأحمر، والضربات الأميركية والبريطانية التي تستهدف مواقع الميليشيات منذ الثاني عشر من "
     "يناير (كانون الثاني) الماضي.",
     [("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي في اليمن رشاد"),
      ("LEADS", BINMUBARAK, YGOV, "رئيساً لمجلس الوزراء"),
      ("SUCCESSOR_OF", BINMUBARAK, MAEEN, "خلفاً للدكتور معين عبدالملك سعيد", "2024-02-05"),
      ("MEMBER_OF", BADI, YGOV, "المتحدث باسم الحكومة راجح"),
      ("REPORTED_BY", BADI, "outlet:asharq-al-awsat", "راجح بادي لـ«الشرق الأوسط»"),
      ("MET_WITH", BINMUBARAK, ALJABER, "التقى بن مبارك السفير السعودي", "2024-02"),
      ("MET_WITH", LAMLAS, BINMUBARAK, "بحضور وزير الدولة محافظ عدن", "2024-02"),
      ("MET_WITH", LAMLAS, ALJABER, "بحضور وزير الدولة محافظ عدن", "2024-02"),
      ("VISITED", BINMUBARAK, RIYADH, "وفي الرياض، التقى", "2024-02"),
      ("MET_WITH", ALIMI, FAGIN, "قد استقبل قبل يومين السفير الأميركي", "2024-02"),
      ("ATTACKED", USA, HOUTHIS, "والضربات الأميركية والبريطانية", "2024-01-12"),
      ("ATTACKED", UK, HOUTHIS, "والضربات الأميركية والبريطانية", "2024-01-12"),
      ],
     {"source": "blind set (Saudi-owned London pan-Arab daily, Yemen desk, Arabic)", "published": "2024-02-06"}),

    ("arJN3_bin_breik_sworn_in", "ar",
     "بن بريك يؤدي اليمين رئيساً للحكومة اليمنية\n"
     "الرياض: «الشرق الأوسط»\n"
     "أدى سالم صالح بن بريك، السبت، اليمين الدستورية رئيساً لمجلس الوزراء أمام رئيس مجلس القيادة الرئاسي "
     "الدكتور رشاد العليمي في الرياض، بحضور عضو المجلس عبدالله العليمي باوزير، وذلك خلفاً لأحمد عوض بن "
     "مبارك الذي قدّم استقالته مطلع الشهر الحالي.\n"
     "وكان بن بريك يشغل منصب وزير المالية منذ عام 2019، ويُنظر إليه بوصفه رجل الملفات الاقتصادية في الحكومة.\n"
     "وعقب أداء اليمين، التقى رئيس الوزراء الجديد رئيس هيئة الأركان العامة الفريق الركن صغير حمود بن عزيز، "
     "واستمع منه إلى إيجاز عن الأوضاع في جبهات القتال مع الميليشيات الحوثية.\n"
     "ونفى مصدر حكومي لـ«الشرق الأوسط» ما تردد عن لقاء جمع بن مبارك والعليمي قبل إعلان الاستقالة، مؤكداً "
     "أن التواصل بينهما اقتصر على رسائل مكتوبة.\n"
     "ويأتي التغيير الحكومي في وقت تعلن فيه سلطنة عمان وساطة بين واشنطن والحوثيين لوقف الهجمات المتبادلة.",
     [("LEADS", BINBREIK, YGOV, "اليمين الدستورية رئيساً لمجلس الوزراء"),
      ("MET_WITH", ALIMI, BINBREIK, "اليمين الدستورية رئيساً لمجلس الوزراء أمام", "2025-05-10"),
      ("LEADS", ALIMI, PLC, "أمام رئيس مجلس القيادة الرئاسي"),
      ("MET_WITH", BAWAZIR, ALIMI, "بحضور عضو المجلس عبدالله", "2025-05-10"),
      ("MET_WITH", BAWAZIR, BINBREIK, "بحضور عضو المجلس عبدالله", "2025-05-10"),
      ("MEMBER_OF", BAWAZIR, PLC, "عضو المجلس عبدالله العليمي باوزير"),
      ("SUCCESSOR_OF", BINBREIK, BINMUBARAK, "خلفاً لأحمد عوض بن", "2025-05"),
      ("LEADS", BINBREIK, YFIN, "يشغل منصب وزير المالية منذ عام 2019"),
      ("MET_WITH", BINBREIK, BINAZIZ, "التقى رئيس الوزراء الجديد رئيس هيئة الأركان", "2025-05-10"),
      ("LEADS", BINAZIZ, YARMY, "رئيس هيئة الأركان العامة الفريق الركن صغير"),
      ],
     {"source": "blind set (Saudi-owned London pan-Arab daily, Yemen desk, Arabic)", "published": "2025-05-11"}),

    ("enJN4_zubaidi_receives_eu_ambassador", "en",
     "President Al-Zubaidi receives EU Ambassador in Aden\n"
     "ADEN - Vice-President of the Presidential Leadership Council and President of the Southern "
     "Transitional Council, Aidroos Al-Zubaidi, on Tuesday received in the capital Aden the European Union "
     "Ambassador to Yemen, Gabriel Munuera Vinals.\n"
     "The meeting, attended by STC spokesman Ali Al-Kathiri and Minister of State and Governor of Aden Ahmed "
     "Hamed Lamlas, discussed the economic crisis, the collapse of the local currency and the escalation of "
     "the Iran-backed Houthi militia on the frontlines and in the Red Sea.\n"
     "Al-Zubaidi stressed that any settlement must address the cause of the people of the South, while the "
     "ambassador reiterated the EU's support for the PLC and for the efforts of the UN envoy.\n"
     "Separately, unknown gunmen shot dead an officer of the Aden security directorate in Dar Saad district "
     "late on Monday, security sources said. No group claimed responsibility.\n"
     "Al-Zubaidi is due to travel to Riyadh later this week for consultations with the council's "
     "leadership.",
     [("MEMBER_OF", ZUBAIDI, PLC, "Vice-President of the Presidential Leadership Council"),
      ("LEADS", ZUBAIDI, STC, "President of the Southern"),
      ("MET_WITH", ZUBAIDI, MUNUERA, "on Tuesday received in the capital Aden", "2023-11"),
      ("MEMBER_OF", MUNUERA, EU, "the European Union"),
      ("VISITED", MUNUERA, ADEN, "on Tuesday received in the capital Aden", "2023-11"),
      ("MET_WITH", KATHIRI, ZUBAIDI, "attended by STC spokesman", "2023-11"),
      ("MET_WITH", KATHIRI, MUNUERA, "attended by STC spokesman", "2023-11"),
      ("MEMBER_OF", KATHIRI, STC, "STC spokesman Ali"),
      ("MET_WITH", LAMLAS, ZUBAIDI, "Minister of State and Governor of Aden", "2023-11"),
      ("MET_WITH", LAMLAS, MUNUERA, "Minister of State and Governor of Aden", "2023-11"),
      ("MET_WITH", KATHIRI, LAMLAS, "Minister of State and Governor of Aden", "2023-11"),
      ("SUPPORTS", IRAN, HOUTHIS, "the Iran-backed Houthi militia"),
      ],
     {"source": "blind set (Aden-based outlet, English site)", "published": "2023-11-14"}),

    ("enJN5_grundberg_roadmap", "en",
     "UN envoy says parties committed to roadmap after Riyadh, Muscat meetings\n"
     "ADEN - UN Special Envoy for Yemen Hans Grundberg said on Saturday that the parties had committed to a "
     "set of measures including a nationwide ceasefire and the payment of public salaries, following a series "
     "of meetings in Riyadh and Muscat.\n"
     "In Riyadh, Grundberg met PLC Chairman Dr. Rashad Al-Olaimi. The meeting was attended by Deputy Foreign "
     "Minister Mustafa Noman. The envoy also held talks with Saudi Ambassador Mohammed Al Jaber.\n"
     "In Muscat, he met Mohammed Abdulsalam, the chief negotiator of the Houthi militia, and Omani Foreign "
     "Minister Sayyid Badr Albusaidi.\n"
     "Grundberg, a Swedish diplomat who succeeded Martin Griffiths in 2021, said the UN would now work with "
     "the parties on a roadmap. A signing ceremony under UN auspices is expected in the coming weeks, "
     "diplomatic sources said.\n"
     "Government officials warned that the Houthi attacks on international shipping in the Red Sea could "
     "derail the process.",
     [("MEMBER_OF", GRUNDBERG, UN, "UN Special Envoy for Yemen Hans"),
      ("VISITED", GRUNDBERG, RIYADH, "In Riyadh, Grundberg met", "2023-12"),
      ("MET_WITH", GRUNDBERG, ALIMI, "In Riyadh, Grundberg met", "2023-12"),
      ("LEADS", ALIMI, PLC, "PLC Chairman Dr"),
      ("MET_WITH", MNOMAN, GRUNDBERG, "The meeting was attended by Deputy Foreign", "2023-12"),
      ("MET_WITH", MNOMAN, ALIMI, "The meeting was attended by Deputy Foreign", "2023-12"),
      ("MEMBER_OF", MNOMAN, YFM, "Minister Mustafa Noman"),
      ("MET_WITH", GRUNDBERG, ALJABER, "also held talks with Saudi Ambassador", "2023-12"),
      ("VISITED", GRUNDBERG, MUSCAT, "In Muscat, he met", "2023-12"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "In Muscat, he met", "2023-12"),
      ("LEADS", ABDULSALAM, HDEL, "the chief negotiator of the Houthi militia"),
      ("MET_WITH", GRUNDBERG, ALBUSAIDI, "and Omani Foreign", "2023-12"),
      ("LEADS", ALBUSAIDI, OMFM, "Minister Sayyid Badr Albusaidi"),
      ("SUCCESSOR_OF", GRUNDBERG, GRIFFITHS, "who succeeded Martin Griffiths in 2021", "2021"),
      ],
     {"source": "blind set (Aden-based outlet, English site)", "published": "2023-12-24"}),

    ("enJN6_zindani_foreign_minister_uk", "en",
     "FM Al-Zindani receives UK Ambassador in Aden\n"
     "ADEN - Minister of Foreign Affairs and Expatriates Dr. Shaya Mohsen Al-Zindani on Sunday received UK "
     "Ambassador to Yemen Abda Sharif at the ministry's headquarters in Aden, in his first meeting with a "
     "Western envoy since taking office.\n"
     "Yemen's Ambassador to the United Kingdom, Dr. Yassin Saeed Noman, attended the meeting, which dealt with "
     "bilateral relations, British support for the coast guard and the threat the Houthi militia poses to "
     "navigation in the Red Sea and the Bab al-Mandab.\n"
     "Al-Zindani took over the foreign ministry this month from Dr. Ahmed Awad bin Mubarak, who had kept the "
     "portfolio after being named prime minister in February.\n"
     "The minister urged London to keep up pressure on the militia, which has continued its attacks on "
     "merchant ships despite US and British strikes.\n"
     "Sharif also raised the case of the WFP official killed by unknown gunmen in Taiz last July, Moayad "
     "Hameidi, calling for the perpetrators to be brought to justice.",
     [("LEADS", ZINDANI, YFM, "Minister of Foreign Affairs and Expatriates Dr"),
      ("MET_WITH", ZINDANI, ASHARIF, "on Sunday received UK", "2024-03"),
      ("VISITED", ASHARIF, ADEN, "at the ministry's headquarters in Aden", "2024-03"),
      ("MET_WITH", YNOMAN, ZINDANI, "attended the meeting", "2024-03"),
      ("MET_WITH", YNOMAN, ASHARIF, "attended the meeting", "2024-03"),
      ("MEMBER_OF", YNOMAN, YFM, "Yemen's Ambassador to the United Kingdom"),
      ("SUCCESSOR_OF", ZINDANI, BINMUBARAK, "took over the foreign ministry this month from", "2024-03"),
      ("ATTACKED", USA, HOUTHIS, "despite US and British strikes", "2024"),
      ("ATTACKED", UK, HOUTHIS, "despite US and British strikes", "2024"),
      ],
     {"source": "blind set (Aden-based outlet, English site)", "published": "2024-03-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJN")
