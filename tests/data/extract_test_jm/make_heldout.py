"""Blind set JM: Yemen and the Red Sea, 2023-2025, as the Houthi-run Saba agency writes it, in its
protocol Arabic ("فخامة الرئيس المشير الركن", "العدوان الأمريكي السعودي", "الشهيد", "الوفد الوطني",
"حكومة التغيير والبناء") and its English service ("President al-Mashat", "the US-Saudi aggression",
"the national delegation").
Pieces: al-Mashat receives the Saudi and Omani delegations in Sanaa, April 2023, with al-Sammad's
killing in the background (Arabic); al-Mashat names al-Rahawi prime minister in place of bin Habtoor,
August 2024 (English); the presidency mourns al-Rahawi and ministers killed by Israel and Miftah is
charged with the premiership, August 2025 (Arabic); the national delegation's talks with the Saudi
defence minister in Riyadh, September 2023 (English); the Sanaa foreign minister receives the UN
resident coordinator, September 2024 (Arabic); the Hodeidah governor receives the head of UNMHA,
February 2024 (English).
Excluded on purpose: al-Mashat's phone call with the Omani foreign minister (JM1); a meeting with the
outgoing cabinet "scheduled for next week" (JM2); condolence calls and the ministers only "wounded"
(JM3); the next round of talks "to be held in Sanaa" and Abdulsalam's phone call with Albusaidi
(JM4); the UN staff detained in Sanaa, no agent of any killing (JM5); the coast guards killed in the
strikes (unnamed) and a UN team visit to Ras Isa that was postponed (JM6). The Houthi attribution of
a killing to "the aggression" (the Saudi-led coalition) and to "the Israeli enemy" is annotated as the
agent because the agency states it as fact.
Spellings: محمد عبدالسلام, عبدالملك بدرالدين الحوثي, Abdulaziz bin Habtour, Ahmed Ghalib al-Rahwi,
Mohammed Abdul-Salam, Khaled bin Salman, Mohammed Ayash Quhaim; "the Prime Minister" after the first
mention.
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

YEMEN, ISR, USA, UK, SAUDI = "country:yemen", "country:israel", "country:united-states", "country:united-kingdom", "country:saudi-arabia"
HOUTHIS, SPC, HGOV, HDEL, HSTAFF, COALITION = (
    "organization:houthis", "organization:houthi-supreme-political-council", "organization:houthi-government",
    "organization:houthi-negotiating-delegation", "organization:houthi-general-staff", "organization:saudi-led-coalition")
SAUDIDEF, UN, UNMHA, RSPC = ("organization:saudi-defence-ministry", "organization:united-nations",
                             "organization:unmha", "organization:red-sea-ports-corporation")
SANAA, HODEIDAH, RIYADH, RASISA = "location:sanaa", "location:hodeidah", "location:riyadh", "location:ras-isa"
MASHAT, SAMMAD, ABDULSALAM, ALJABER, AMALIK = (
    "person:mahdi-al-mashat", "person:saleh-al-sammad", "person:mohammed-abdulsalam", "person:mohammed-al-jaber",
    "person:abdul-malik-al-houthi")
RAHAWI, HABTOOR, MIFTAH, SHARAFDIN, MAHOUTHI = (
    "person:ahmed-al-rahawi", "person:abdulaziz-bin-habtoor", "person:mohammed-miftah", "person:hashem-sharaf-al-din",
    "person:mohammed-ali-al-houthi")
KBS, AJRI, AMER, HSHARAF, HARNEIS, QAHIM, WUSHALI = (
    "person:khalid-bin-salman", "person:abdulmalik-al-ajri", "person:jamal-amer", "person:hisham-sharaf",
    "person:julien-harneis", "person:mohammed-ayyash-qahim", "person:zaid-al-wushali")
# new to the tables
HAMED, ROWAISHAN, MAHAQRI, FBTURKI, ABURAS, BEARY, GUHA = (
    "person:ahmed-hamed", "person:jalal-al-rowaishan", "person:moeen-al-mahaqri", "person:faisal-bin-turki-al-said",
    "person:abdulwahid-abu-ras", "person:michael-beary", "person:abhijit-guha")

ARTICLES = [
    ("arJM1_mashat_saudi_omani_delegations", "ar",
     "الرئيس المشاط يلتقي الوفدين السعودي والعماني\n"
     "صنعاء - سبأ: التقى فخامة الرئيس المشير الركن مهدي المشاط رئيس المجلس السياسي الأعلى، اليوم بصنعاء، "
     "الوفد السعودي برئاسة السفير محمد آل جابر، والوفد العماني الذي يزور العاصمة في إطار جهود سلطنة عمان "
     "الشقيقة.\n"
     "وجرى خلال اللقاء، الذي حضره رئيس الوفد الوطني محمد عبدالسلام ومدير مكتب رئاسة الجمهورية أحمد حامد، "
     "مناقشة وقف العدوان ورفع الحصار وصرف مرتبات موظفي الدولة وخروج القوات الأجنبية من أراضي الجمهورية "
     "اليمنية.\n"
     "وأكد الرئيس المشاط أن الشعب اليمني يتطلع إلى سلام مشرف يحفظ سيادته واستقلاله، وأن صنعاء تتعامل "
     "بإيجابية مع كل المساعي الصادقة.\n"
     "وكان رئيس الوفد الوطني قد وصل إلى صنعاء أمس قادماً من مسقط برفقة الوفد العماني.\n"
     "وفي سياق متصل، تلقى الرئيس المشاط اتصالاً هاتفياً من وزير الخارجية العماني السيد بدر البوسعيدي، "
     "تناول مستجدات جهود السلام.\n"
     "يذكر أن الرئيس المشاط تولى رئاسة المجلس السياسي الأعلى خلفاً للرئيس الشهيد صالح الصماد، الذي "
     "استشهد بغارة لطيران تحالف العدوان بقيادة السعودية في محافظة الحديدة في أبريل 2018.",
     [("MET_WITH", MASHAT, ALJABER, "الوفد السعودي برئاسة السفير محمد آل جابر", "2023-04-09"),
      ("LEADS", MASHAT, SPC, "مهدي المشاط رئيس المجلس السياسي الأعلى، اليوم"),
      ("VISITED", ALJABER, SANAA, "التقى فخامة الرئيس المشير الركن", "2023-04-09"),
      ("MET_WITH", ABDULSALAM, MASHAT, "الذي حضره رئيس الوفد الوطني", "2023-04-09"),
      ("MET_WITH", ABDULSALAM, ALJABER, "الذي حضره رئيس الوفد الوطني", "2023-04-09"),
      ("LEADS", ABDULSALAM, HDEL, "الذي حضره رئيس الوفد الوطني محمد عبدالسلام"),
      ("MET_WITH", HAMED, MASHAT, "ومدير مكتب رئاسة الجمهورية أحمد حامد", "2023-04-09"),
      ("MET_WITH", HAMED, ALJABER, "ومدير مكتب رئاسة الجمهورية أحمد حامد", "2023-04-09"),
      ("MET_WITH", HAMED, ABDULSALAM, "ومدير مكتب رئاسة الجمهورية أحمد حامد", "2023-04-09"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "خلفاً للرئيس الشهيد صالح الصماد", "2018-04"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "استشهد بغارة لطيران تحالف العدوان بقيادة السعودية", "2018-04"),
      ("LEADS", SAUDI, COALITION, "تحالف العدوان بقيادة السعودية"),
      ("ATTACKED", COALITION, HODEIDAH, "في محافظة الحديدة في أبريل 2018", "2018-04"),
      ],
     {"source": "blind set (Houthi-run Saba agency, Arabic)", "published": "2023-04-09"}),

    ("enJM2_rahawi_named_prime_minister", "en",
     "President al-Mashat appoints al-Rahwi Prime Minister, receives him at the Republican Palace\n"
     "SANAA, Aug. 10 (Saba) - President of the Supreme Political Council Mahdi al-Mashat on Saturday issued "
     "a decree appointing Ahmed Ghalib al-Rahwi as Prime Minister and tasking him with forming the "
     "Government of Change and Construction, succeeding Dr. Abdulaziz bin Habtour, whose cabinet will carry "
     "on in a caretaker capacity.\n"
     "President al-Mashat later received the new Prime Minister at the Republican Palace in the capital "
     "Sanaa, in the presence of Deputy Prime Minister for Defence and Security Affairs Lt. Gen. Jalal "
     "al-Rowaishan.\n"
     "During the meeting, the President stressed that the new government must give priority to the "
     "steadfastness of the Yemeni people in the face of the US-British aggression and the blockade, and to "
     "supporting the people of Gaza.\n"
     "The Prime Minister thanked the Leader of the Revolution, Sayyed Abdulmalik Badreddin al-Houthi, and "
     "the President for their trust.\n"
     "The decree also named Mohammed Ahmed Miftah as First Deputy Prime Minister.\n"
     "A meeting between the President and members of the outgoing cabinet is scheduled for next week.",
     [("LEADS", MASHAT, SPC, "President of the Supreme Political Council Mahdi"),
      ("LEADS", RAHAWI, HGOV, "appointing Ahmed Ghalib al-Rahwi as Prime Minister"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "succeeding Dr", "2024-08-10"),
      ("MET_WITH", MASHAT, RAHAWI, "later received the new Prime Minister", "2024-08-10"),
      ("MET_WITH", ROWAISHAN, MASHAT, "in the presence of Deputy Prime Minister", "2024-08-10"),
      ("MET_WITH", ROWAISHAN, RAHAWI, "in the presence of Deputy Prime Minister", "2024-08-10"),
      ("MEMBER_OF", ROWAISHAN, HGOV, "Deputy Prime Minister for Defence and Security Affairs"),
      ("LEADS", AMALIK, HOUTHIS, "the Leader of the Revolution, Sayyed Abdulmalik"),
      ("MEMBER_OF", MIFTAH, HGOV, "as First Deputy Prime Minister"),
      ],
     {"source": "blind set (Houthi-run Saba agency, English service)", "published": "2024-08-10"}),

    ("arJM3_rahawi_ministers_martyred", "ar",
     "رئاسة الجمهورية تنعى رئيس الوزراء وعدداً من رفاقه الوزراء\n"
     "صنعاء - سبأ: نعت رئاسة الجمهورية إلى الشعب اليمني والأمة استشهاد المجاهد أحمد غالب ناصر الرهوي "
     "رئيس حكومة التغيير والبناء وعدد من رفاقه الوزراء، إثر استهدافهم من قبل العدو الإسرائيلي المجرم "
     "ظهر الخميس أثناء ورشة عمل اعتيادية لتقييم أداء الحكومة في صنعاء.\n"
     "ومن بين الشهداء وزير الإعلام هاشم شرف الدين، ووزير الاقتصاد والصناعة والاستثمار معين المحاقري.\n"
     "وأصدر فخامة الرئيس المشير الركن مهدي المشاط قراراً بتكليف النائب الأول لرئيس الوزراء العلامة محمد "
     "أحمد مفتاح بالقيام بأعمال رئيس الوزراء خلفاً للشهيد الرهوي.\n"
     "وكان الرئيس المشاط قد التقى الشهيد الرهوي الأسبوع الماضي، بحضور عضو المجلس السياسي الأعلى محمد علي "
     "الحوثي، واطلع منه على خطة الحكومة للمرحلة المقبلة.\n"
     "وأصيب عدد من الوزراء بجروح متفاوتة، فيما تلقى الرئيس المشاط اتصالات تعزية من قيادات عربية وإسلامية.\n"
     "وتوعد قائد الثورة السيد عبدالملك بدرالدين الحوثي العدو الصهيوني بأن جريمته لن تمر دون عقاب.",
     [("ASSASSINATED_BY", RAHAWI, ISR, "إثر استهدافهم من قبل العدو الإسرائيلي المجرم", "2025-08-28"),
      ("LEADS", RAHAWI, HGOV, "رئيس حكومة التغيير والبناء"),
      ("ATTACKED", ISR, SANAA, "أثناء ورشة عمل اعتيادية لتقييم أداء الحكومة في صنعاء", "2025-08-28"),
      ("ASSASSINATED_BY", SHARAFDIN, ISR, "وزير الإعلام هاشم شرف الدين", "2025-08-28"),
      ("MEMBER_OF", SHARAFDIN, HGOV, "وزير الإعلام هاشم"),
      ("ASSASSINATED_BY", MAHAQRI, ISR, "ووزير الاقتصاد والصناعة والاستثمار معين المحاقري", "2025-08-28"),
      ("MEMBER_OF", MAHAQRI, HGOV, "ووزير الاقتصاد والصناعة والاستثمار"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "بالقيام بأعمال رئيس الوزراء خلفاً للشهيد الرهوي", "2025-08"),
      ("MET_WITH", MASHAT, RAHAWI, "قد التقى الشهيد الرهوي الأسبوع الماضي", "2025-08"),
      ("MET_WITH", MAHOUTHI, MASHAT, "بحضور عضو المجلس السياسي الأعلى", "2025-08"),
      ("MET_WITH", MAHOUTHI, RAHAWI, "بحضور عضو المجلس السياسي الأعلى", "2025-08"),
      ("MEMBER_OF", MAHOUTHI, SPC, "عضو المجلس السياسي الأعلى محمد علي الحوثي"),
      ("LEADS", AMALIK, HOUTHIS, "قائد الثورة السيد عبدالملك"),
      ],
     {"source": "blind set (Houthi-run Saba agency, Arabic)", "published": "2025-08-30"}),

    ("enJM4_national_delegation_riyadh", "en",
     "National delegation holds talks with Saudi side in Riyadh\n"
     "RIYADH, Sept. 19 (Saba) - Head of the National Delegation Mohammed Abdul-Salam held talks in Riyadh on "
     "Tuesday with Saudi Minister of Defence Prince Khaled bin Salman, as part of the efforts of the "
     "brotherly Sultanate of Oman to end the aggression and lift the siege on Yemen.\n"
     "The talks were attended by delegation member Abdulmalik al-Ajri and by the Saudi Ambassador Mohammed "
     "Al Jaber. Sayyid Faisal bin Turki Al Said, the Sultanate's ambassador to the Kingdom, took part in the "
     "session on behalf of the Omani mediators.\n"
     "The two sides discussed the payment of salaries of state employees from oil and gas revenues, the "
     "reopening of Sanaa airport and ports, and the exit of foreign forces.\n"
     "The national delegation arrived in Riyadh on Thursday aboard an Omani plane, in the first official "
     "visit of its kind since the US-Saudi aggression began in 2015.\n"
     "Abdul-Salam told Saba the discussions were serious and that a further round would be held in Sanaa. "
     "He later spoke by phone with the Omani Foreign Minister, Sayyid Badr Albusaidi.",
     [("LEADS", ABDULSALAM, HDEL, "Head of the National Delegation Mohammed"),
      ("MET_WITH", ABDULSALAM, KBS, "held talks in Riyadh on", "2023-09-19"),
      ("LEADS", KBS, SAUDIDEF, "Saudi Minister of Defence Prince Khaled"),
      ("MET_WITH", AJRI, ABDULSALAM, "attended by delegation member Abdulmalik al-Ajri", "2023-09-19"),
      ("MET_WITH", AJRI, KBS, "attended by delegation member Abdulmalik al-Ajri", "2023-09-19"),
      ("MEMBER_OF", AJRI, HDEL, "delegation member Abdulmalik"),
      ("MET_WITH", ALJABER, ABDULSALAM, "and by the Saudi Ambassador Mohammed", "2023-09-19"),
      ("MET_WITH", ALJABER, KBS, "and by the Saudi Ambassador Mohammed", "2023-09-19"),
      ("MET_WITH", AJRI, ALJABER, "and by the Saudi Ambassador Mohammed", "2023-09-19"),
      ("MET_WITH", FBTURKI, ABDULSALAM, "took part in the session", "2023-09-19"),
      ("MET_WITH", FBTURKI, KBS, "took part in the session", "2023-09-19"),
      ("MET_WITH", AJRI, FBTURKI, "took part in the session", "2023-09-19"),
      ("MET_WITH", ALJABER, FBTURKI, "took part in the session", "2023-09-19"),
      ("VISITED", ABDULSALAM, RIYADH, "arrived in Riyadh on Thursday", "2023-09-14"),
      ("ATTACKED", SAUDI, YEMEN, "since the US-Saudi aggression began in 2015", "2015"),
      ],
     {"source": "blind set (Houthi-run Saba agency, English service)", "published": "2023-09-19"}),

    ("arJM5_amer_receives_harneis", "ar",
     "وزير الخارجية يلتقي المنسق المقيم للأمم المتحدة\n"
     "صنعاء - سبأ: التقى وزير الخارجية والمغتربين جمال عامر، اليوم بصنعاء، المنسق المقيم للأمم المتحدة "
     "ومنسق الشؤون الإنسانية في اليمن جوليان هارنيس.\n"
     "وجرى خلال اللقاء، بحضور نائب وزير الخارجية عبدالواحد أبو راس، مناقشة الأوضاع الإنسانية في ظل "
     "استمرار العدوان والحصار، وأداء المنظمات الأممية العاملة في الجمهورية اليمنية.\n"
     "وأكد الوزير عامر حرص حكومة التغيير والبناء على تسهيل عمل المنظمات وفق القوانين النافذة، مشيراً إلى "
     "أن الأجهزة المختصة تتعامل مع ملف الموظفين المحتجزين وفق الإجراءات القانونية.\n"
     "من جانبه، أعرب هارنيس عن تطلعه إلى تعزيز التعاون مع الحكومة في صنعاء لتخفيف معاناة اليمنيين.\n"
     "ويعد هذا اللقاء الأول لهارنيس مع الوزير عامر، الذي تولى حقيبة الخارجية في حكومة التغيير والبناء خلفاً "
     "للوزير هشام شرف عبدالله.\n"
     "وكان وكيل الوزارة قد أعلن في وقت سابق عن زيارة مرتقبة لوفد أممي رفيع إلى صنعاء لم يحدد موعدها.",
     [("MET_WITH", AMER, HARNEIS, "التقى وزير الخارجية والمغتربين جمال عامر", "2024-09"),
      ("MEMBER_OF", AMER, HGOV, "وزير الخارجية والمغتربين جمال"),
      ("VISITED", HARNEIS, SANAA, "جمال عامر، اليوم بصنعاء", "2024-09"),
      ("MEMBER_OF", HARNEIS, UN, "المنسق المقيم للأمم المتحدة ومنسق"),
      ("MET_WITH", ABURAS, AMER, "بحضور نائب وزير الخارجية عبدالواحد", "2024-09"),
      ("MET_WITH", ABURAS, HARNEIS, "بحضور نائب وزير الخارجية عبدالواحد", "2024-09"),
      ("MEMBER_OF", ABURAS, HGOV, "نائب وزير الخارجية عبدالواحد أبو راس"),
      ("SUCCESSOR_OF", AMER, HSHARAF, "خلفاً للوزير هشام شرف", "2024-08"),
      ],
     {"source": "blind set (Houthi-run Saba agency, Arabic)", "published": "2024-09-15"}),

    ("enJM6_hodeidah_governor_unmha", "en",
     "Hodeidah governor meets UNMHA head, briefs him on aggression crimes\n"
     "HODEIDAH, Feb. 5 (Saba) - Governor of Hodeidah Mohammed Ayash Quhaim met on Monday with the head of "
     "the UN Mission to Support the Hodeidah Agreement (UNMHA), Maj. Gen. Michael Beary, to discuss the "
     "humanitarian situation in the governorate.\n"
     "The meeting, attended by Chairman of the Red Sea Ports Corporation Zaid al-Wushali, reviewed the "
     "damage caused by the US-British aggression to Hodeidah port and the port of Ras Isa.\n"
     "The governor said the raids of the US and British aggression on the city's airport and coastal areas "
     "since January 12 had killed five members of the coast guard, calling on the mission to shoulder its "
     "responsibilities under the Stockholm Agreement.\n"
     "General Beary, who took over the mission from Lt. Gen. Abhijit Guha in 2021, affirmed the UN's "
     "keenness to keep the ports operating for humanitarian purposes.\n"
     "A visit by a UN technical team to Ras Isa, planned for this week, was postponed for security reasons, "
     "the mission said.",
     [("MET_WITH", QAHIM, BEARY, "met on Monday with the head of", "2024-02-05"),
      ("MET_WITH", WUSHALI, QAHIM, "attended by Chairman of the Red Sea Ports Corporation", "2024-02-05"),
      ("MET_WITH", BEARY, WUSHALI, "attended by Chairman of the Red Sea Ports Corporation", "2024-02-05"),
      ("LEADS", WUSHALI, RSPC, "Chairman of the Red Sea Ports Corporation Zaid"),
      ("LEADS", BEARY, UNMHA, "Maj. Gen. Michael Beary"),
      ("ATTACKED", USA, HODEIDAH, "damage caused by the US-British aggression to Hodeidah port", "2024-01"),
      ("ATTACKED", UK, HODEIDAH, "raids of the US and British aggression on the city's airport", "2024-01-12"),
      ("ATTACKED", USA, RASISA, "and the port of Ras Isa", "2024-01"),
      ("ATTACKED", UK, RASISA, "and the port of Ras Isa", "2024-01"),
      ("SUCCESSOR_OF", BEARY, GUHA, "who took over the mission from Lt. Gen", "2021"),
      ("LOCATED_IN", RASISA, HODEIDAH, "Hodeidah port and the port of Ras Isa"),
      ],
     {"source": "blind set (Houthi-run Saba agency, English service)", "published": "2024-02-05"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJM")
