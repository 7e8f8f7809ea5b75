"""Blind set EY: Houthi leaders killed and replaced, 2024-2025: the Houthis confirm the death of prime
minister al-Rahawi in the Israeli strike on Sanaa, with Miftah taking over (AP-style, Aug 2025); the
funeral of al-Rahawi and his ministers (Saba-style Arabic, Sept 2025); chief of staff al-Ghamari's
death announced and al-Madani named successor (Reuters-style, Oct 2025); Araghchi received by
Abdulsalam, Sultan Haitham and Albusaidi in Muscat (Al Mayadeen-style Arabic, Oct 2024); Houthi
detentions of UN staff after the strike, and Grundberg in Muscat and Riyadh (The National-style, Sept
2025); Alimi receiving the US ambassador after al-Madani's appointment (Al Arabiya-style Arabic, Oct
2025).
Style: en/ar alternating; a killing "in an Israeli airstrike" and by "غارة صهيونية" beside an accusation
of US involvement that Washington did not answer and a Houthi accusation of "spy cells" the UN rejected
(no ASSASSINATED_BY for those); al-Ghamari's death announced without an agent in one piece and with
Israel's own claim in another; unconfirmed reports that a commander was targeted; phone calls
(Araghchi-Mashat); planned and denied meetings; acting holders ("appointed to take over his duties",
"بتسيير مهام الحكومة خلفاً لـ", "has run the government since the death of").
Spellings: al-Rahawi / Al Rahawi / الرهوي, Abdul-Malik al-Houthi / Al Houthi, al-Ghamari / الغماري,
al-Madani / المداني, Huthi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python tests/data/extract_test_ey/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ey import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, OMAN = "country:israel", "country:oman"
PLC, HOU, HGOV, SPC = ("organization:presidential-leadership-council", "organization:houthis",
                       "organization:houthi-government", "organization:houthi-supreme-political-council")
UN, OFM, IFM, YFM = ("organization:united-nations", "organization:omani-foreign-ministry",
                     "organization:iranian-foreign-ministry", "organization:yemeni-foreign-ministry")
HGS, IDM, YGOV = ("organization:houthi-general-staff", "organization:israeli-defense-ministry",
                  "organization:yemeni-government")
RAH, HAB, MIFT, MASH = ("person:ahmed-al-rahawi", "person:abdulaziz-bin-habtoor", "person:mohammed-miftah",
                        "person:mahdi-al-mashat")
KATZ, GHAM, MADANI, AMH = ("person:israel-katz", "person:mohammed-al-ghamari", "person:yousef-al-madani",
                           "person:abdul-malik-al-houthi")
AMER, HASH, MAH, ARA = ("person:jamal-amer", "person:hashem-sharaf-al-din", "person:mohammed-ali-al-houthi",
                        "person:abbas-araghchi")
ABDS, HAITHAM, BUS, SAREE = ("person:mohammed-abdulsalam", "person:haitham-bin-tarik", "person:badr-albusaidi",
                             "person:yahya-saree")
GUT, GRUND, ALIMI, FAGIN = ("person:antonio-guterres", "person:hans-grundberg", "person:rashad-al-alimi",
                            "person:stephen-fagin")
ZIND, BREIK, ATIFI = "person:shaya-al-zindani", "person:salem-bin-breik", "person:mohammed-al-atifi"

ARTICLES = [
    ("enEY1_houthis_confirm_rahawi_killed", "en",
     "SANAA, Yemen (AP) - Yemen's Houthi rebels said Saturday that their prime minister, Ahmed Ghaleb "
     "al-Rahawi, was killed in an Israeli airstrike on the capital, Sanaa, along with several other "
     "ministers.\n"
     "The strike on Thursday hit a workshop held by the rebel-run government to review its performance "
     "over the past year, according to a statement carried by the Houthis' Al-Masirah satellite news "
     "channel.\n"
     "Mahdi al-Mashat, the head of the group's Supreme Political Council, vowed revenge in a televised "
     "speech, saying \"the blood of the martyrs will not go in vain.\"\n"
     "Al-Rahawi, who had been named a year ago to replace Abdulaziz bin Habtoor, was mostly a "
     "figurehead, with real power held by the group's leader. His first deputy, Mohammed Miftah, was "
     "appointed to take over his duties, the statement said.\n"
     "The Israeli military said it had struck \"a Houthi terrorist regime military target\" in the "
     "Sanaa area. Defense Minister Israel Katz later wrote on X that Israel had dealt the Houthis \"an "
     "unprecedented blow.\"\n"
     "Israel did not comment on reports that the rebels' military chief of staff, Mohammed al-Ghamari, "
     "had also been targeted.",
     [("LEADS", RAH, HGOV, "their prime minister, Ahmed"),
      ("ASSASSINATED_BY", RAH, ISRAEL, "was killed in an Israeli airstrike", "2025-08-28"),
      ("ATTACKED", ISRAEL, "location:sanaa", "an Israeli airstrike on the capital", "2025-08-28"),
      ("LEADS", MASH, SPC, "the head of the group's Supreme Political Council"),
      ("SUCCESSOR_OF", RAH, HAB, "had been named a year ago to replace", "2024-08"),
      ("MEMBER_OF", MIFT, HGOV, "His first deputy, Mohammed"),
      ("SUCCESSOR_OF", MIFT, RAH, "was appointed to take over his duties", "2025-08-30"),
      ("LEADS", KATZ, IDM, "Defense Minister Israel Katz"),
      ("LEADS", GHAM, HGS, "military chief of staff, Mohammed"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-08-30"}),

    ("arEY2_funeral_of_rahawi_and_ministers", "ar",
     "صنعاء - سبأ: شيّعت العاصمة صنعاء، اليوم، في موكب جنائزي مهيب جثامين رئيس الوزراء الشهيد أحمد "
     "غالب الرهوي ورفاقه الوزراء الذين ارتقوا في العدوان الصهيوني الغادر على صنعاء يوم الخميس الماضي.\n"
     "ومن بين الشهداء وزير الخارجية والمغتربين جمال عامر، ووزير الإعلام هاشم شرف الدين، اللذان "
     "استُشهدا بغارة صهيونية استهدفت مقر انعقاد ورشة عمل حكومية.\n"
     "وتقدّم المشيعين العلامة محمد أحمد مفتاح، الذي كلّفه المجلس السياسي الأعلى بتسيير مهام الحكومة "
     "خلفاً للرهوي، وعضو المجلس محمد علي الحوثي.\n"
     "وكان رئيس المجلس السياسي الأعلى المشير الركن مهدي المشاط قد تلقى اتصالاً هاتفياً من وزير "
     "الخارجية الإيراني عباس عراقجي عزّاه فيه بالشهداء.\n"
     "وفي كلمة بالمناسبة، أكد مفتاح أن «دماء الشهداء لن تذهب هدراً»، متهماً الأمريكي بالشراكة في "
     "الجريمة، وهو ما لم تعلّق عليه واشنطن.\n"
     "كما استقبل مفتاح في مقر رئاسة الوزراء، عقب التشييع، رئيس الوفد الوطني محمد عبدالسلام.",
     [("LEADS", RAH, HGOV, "رئيس الوزراء الشهيد أحمد"),
      ("ASSASSINATED_BY", RAH, ISRAEL, "ارتقوا في العدوان الصهيوني", "2025-08-28"),
      ("ATTACKED", ISRAEL, "location:sanaa", "ارتقوا في العدوان الصهيوني", "2025-08-28"),
      ("MEMBER_OF", AMER, HGOV, "وزير الخارجية والمغتربين جمال"),
      ("MEMBER_OF", HASH, HGOV, "ووزير الإعلام هاشم"),
      ("ASSASSINATED_BY", AMER, ISRAEL, "استُشهدا بغارة صهيونية", "2025-08-28"),
      ("ASSASSINATED_BY", HASH, ISRAEL, "استُشهدا بغارة صهيونية", "2025-08-28"),
      ("SUCCESSOR_OF", MIFT, RAH, "بتسيير مهام الحكومة خلفاً للرهوي", "2025-08"),
      ("LEADS", MIFT, HGOV, "بتسيير مهام الحكومة خلفاً للرهوي"),
      ("MEMBER_OF", MAH, SPC, "وعضو المجلس محمد علي"),
      ("LEADS", MASH, SPC, "وكان رئيس المجلس السياسي الأعلى"),
      ("LEADS", ARA, IFM, "الخارجية الإيراني عباس"),
      ("MET_WITH", MIFT, ABDS, "كما استقبل مفتاح", "2025-09-01"),
      ],
     {"source": "blind set (Saba-style Arabic)", "published": "2025-09-01"}),

    ("enEY3_ghamari_death_madani_named", "en",
     "DUBAI, Oct 16 (Reuters) - Yemen's Houthis said on Thursday that their military chief of staff, "
     "Major General Mohammed Abdul Karim al-Ghamari, had been killed, and named Yousef al-Madani as his "
     "successor.\n"
     "The group's statement did not say when or how Ghamari died, saying only that he fell \"while "
     "performing his duties\" along with his 13-year-old son and several companions.\n"
     "Israeli Defence Minister Israel Katz said Ghamari had died of wounds sustained in Israeli "
     "strikes, adding that Israel had targeted him in August and would \"hunt down\" the group's other "
     "leaders.\n"
     "Houthi leader Abdul-Malik al-Houthi called Ghamari \"a great jihadi commander\" in a statement "
     "carried by Al-Masirah TV.\n"
     "Madani, the new chief of staff, previously commanded forces on the western coast and is under "
     "U.S. sanctions. Houthi Defence Minister Mohammed al-Atifi, who was not reported hurt, pledged "
     "that the army would continue its \"support front\" for Gaza.\n"
     "Hamas sent a letter of condolence to the Houthi leadership.",
     [("LEADS", GHAM, HGS, "their military chief of staff, Major General"),
      ("SUCCESSOR_OF", MADANI, GHAM, "named Yousef al-Madani as his", "2025-10-16"),
      ("ASSASSINATED_BY", GHAM, ISRAEL, "had died of wounds sustained in Israeli", "2025-10"),
      ("LEADS", KATZ, IDM, "Israeli Defence Minister Israel"),
      ("LEADS", AMH, HOU, "Houthi leader Abdul-Malik"),
      ("REPORTED_BY", AMH, "outlet:al-masirah", "carried by Al-Masirah TV"),
      ("LEADS", MADANI, HGS, "Madani, the new chief of staff"),
      ("MEMBER_OF", ATIFI, HGOV, "Houthi Defence Minister Mohammed"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-10-16"}),

    ("arEY4_araghchi_meets_abdulsalam_muscat", "ar",
     "مسقط - الميادين نت - التقى وزير الخارجية الإيراني عباس عراقجي، اليوم الثلاثاء في العاصمة "
     "العُمانية، رئيسَ الوفد الوطني اليمني المفاوض والناطق باسم حركة أنصار الله محمد عبدالسلام، وبحث "
     "الجانبان آخر التطورات في ظل العدوان الإسرائيلي على لبنان وغزة.\n"
     "وأكد عراقجي دعم طهران «للموقف اليمني المساند لفلسطين»، فيما ثمّن عبدالسلام مواقف الجمهورية "
     "الإسلامية.\n"
     "وكان عراقجي قد وصل إلى مسقط مساء الإثنين، واستُقبل في قصر العلم من قبل السلطان هيثم بن طارق، "
     "كما عقد جلسة مباحثات مع نظيره العُماني بدر البوسعيدي.\n"
     "وفي سياق متصل، أعلن المتحدث باسم القوات المسلحة اليمنية العميد يحيى سريع تنفيذ عملية بطائرة "
     "مسيّرة استهدفت هدفاً حيوياً في منطقة يافا المحتلة (تل أبيب).\n"
     "ولم يتطرق الجانبان إلى ما تردد عن لقاء مرتقب بين عبدالسلام ومسؤولين أميركيين بوساطة عُمانية، وهو "
     "ما نفاه عبدالسلام في تصريح سابق للميادين.",
     [("MET_WITH", ARA, ABDS, "التقى وزير الخارجية الإيراني", "2024-10-15"),
      ("LEADS", ARA, IFM, "التقى وزير الخارجية الإيراني"),
      ("VISITED", ARA, "location:muscat", "قد وصل إلى مسقط", "2024-10-14"),
      ("MEMBER_OF", ABDS, HOU, "والناطق باسم حركة أنصار الله"),
      ("MET_WITH", ARA, HAITHAM, "واستُقبل في قصر العلم", "2024-10-14"),
      ("LEADS", HAITHAM, OMAN, "من قبل السلطان هيثم"),
      ("MET_WITH", ARA, BUS, "كما عقد جلسة مباحثات مع نظيره", "2024-10-14"),
      ("LEADS", BUS, OFM, "نظيره العُماني بدر"),
      ("MEMBER_OF", SAREE, HOU, "المتحدث باسم القوات المسلحة اليمنية العميد"),
      ("ATTACKED", HOU, "location:tel-aviv", "استهدفت هدفاً حيوياً في منطقة يافا", "2024-10"),
      ("REPORTED_BY", ABDS, "outlet:al-mayadeen", "في تصريح سابق للميادين"),
      ],
     {"source": "blind set (Al Mayadeen-style Arabic)", "published": "2024-10-15"}),

    ("enEY5_un_staff_detained_grundberg_muscat", "en",
     "Houthi rebels have detained at least 11 more UN employees in Sanaa and raided the offices of UN "
     "agencies, days after an Israeli strike killed the group's prime minister, Ahmed Al Rahawi, and "
     "nine of his ministers, the UN said.\n"
     "The Houthis' leader, Abdul-Malik Al Houthi, accused \"spy cells\" of helping Israel locate the "
     "cabinet meeting, an accusation the UN rejected as baseless.\n"
     "UN Secretary General Antonio Guterres demanded the immediate release of all detained staff.\n"
     "Hans Grundberg, the UN special envoy for Yemen, held talks in Muscat on Tuesday with Houthi chief "
     "negotiator Mohammed Abdulsalam, pressing for the release. He later travelled to Riyadh, where he "
     "was received by Presidential Leadership Council chairman Rashad Al Alimi.\n"
     "Mohammed Miftah, who has run the Houthi government since the death of Mr Al Rahawi, described "
     "the detentions as \"a security matter\". Houthi officials did not confirm reports that Mr "
     "Grundberg had asked to visit Sanaa.",
     [("ASSASSINATED_BY", RAH, ISRAEL, "an Israeli strike killed the group's prime minister", "2025-08-28"),
      ("LEADS", RAH, HGOV, "an Israeli strike killed the group's prime minister"),
      ("LEADS", AMH, HOU, "The Houthis' leader, Abdul-Malik"),
      ("LEADS", GUT, UN, "UN Secretary General Antonio"),
      ("MEMBER_OF", GRUND, UN, "the UN special envoy for Yemen"),
      ("MET_WITH", GRUND, ABDS, "held talks in Muscat on Tuesday", "2025-09"),
      ("VISITED", GRUND, "location:muscat", "held talks in Muscat on Tuesday", "2025-09"),
      ("MEMBER_OF", ABDS, HOU, "Houthi chief negotiator Mohammed"),
      ("VISITED", GRUND, "location:riyadh", "He later travelled to Riyadh", "2025-09"),
      ("MET_WITH", GRUND, ALIMI, "was received by Presidential", "2025-09"),
      ("LEADS", ALIMI, PLC, "Presidential Leadership Council chairman"),
      ("SUCCESSOR_OF", MIFT, RAH, "has run the Houthi government since the death", "2025-08"),
      ("LEADS", MIFT, HGOV, "has run the Houthi government since the death"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-09-03"}),

    ("arEY6_alimi_receives_fagin_after_madani", "ar",
     "الرياض - العربية نت - استقبل رئيس مجلس القيادة الرئاسي الدكتور رشاد العليمي، الأحد في الرياض، "
     "السفير الأميركي لدى اليمن ستيفن فاجن، وبحث معه مستجدات الأوضاع في ضوء مقتل رئيس أركان "
     "الميليشيات الحوثية محمد عبدالكريم الغماري.\n"
     "وأكد العليمي أن تعيين يوسف المداني خلفاً للغماري «لن يغيّر من سلوك الجماعة»، داعياً إلى تصنيفها "
     "منظمة إرهابية وتجفيف مصادر تمويلها.\n"
     "وكانت الجماعة قد أعلنت مقتل الغماري دون أن تحدد الجهة المسؤولة أو مكان مقتله وزمانه.\n"
     "وفي لقاء منفصل، بحث وزير الخارجية وشؤون المغتربين الدكتور شائع الزنداني مع المبعوث الأممي هانس "
     "غروندبرغ جهود الإفراج عن موظفي الأمم المتحدة المحتجزين لدى الحوثيين.\n"
     "ومن المقرر أن يزور غروندبرغ عدن الأسبوع المقبل للقاء رئيس الوزراء سالم بن بريك، فيما نفت مصادر "
     "حكومية ما تداولته وسائل إعلام حوثية عن اتصالات سرية بين الرياض وصنعاء.",
     [("LEADS", ALIMI, PLC, "استقبل رئيس مجلس القيادة الرئاسي"),
      ("MET_WITH", ALIMI, FAGIN, "استقبل رئيس مجلس القيادة الرئاسي", "2025-10-19"),
      ("LEADS", GHAM, HGS, "رئيس أركان الميليشيات الحوثية"),
      ("SUCCESSOR_OF", MADANI, GHAM, "تعيين يوسف المداني خلفاً للغماري", "2025-10-16"),
      ("MET_WITH", ZIND, GRUND, "وفي لقاء منفصل، بحث وزير الخارجية", "2025-10-19"),
      ("LEADS", ZIND, YFM, "وفي لقاء منفصل، بحث وزير الخارجية"),
      ("MEMBER_OF", GRUND, UN, "المبعوث الأممي هانس"),
      ("LEADS", BREIK, YGOV, "للقاء رئيس الوزراء سالم"),
      ],
     {"source": "blind set (Al Arabiya-style Arabic)", "published": "2025-10-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEY")
