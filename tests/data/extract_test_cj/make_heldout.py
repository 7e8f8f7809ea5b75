"""Blind set CJ: Yemen and the Houthis, 2018-2025: the Israeli strike that killed the Houthi
prime minister al-Rahawi and his foreign minister (Reuters, Aug 2025), al-Mashat receives the
Saudi ambassador Al Jaber in Sanaa (Saba-style Arabic, Apr 2023), the UN envoy Grundberg in
Muscat and Riyadh (AP, Dec 2023), the Houthis announce al-Ghamari's death and Katz claims it
(Arabic wire, Oct 2025), Salem bin Breik replaces bin Mubarak as prime minister (Reuters, May
2025), Khamenei receives the Houthi delegation of Abdulsalam (IRNA Arabic, Aug 2019).
Style: wire copy, en/ar alternating; acting holders after a killing, chains of predecessors,
killings by a stated agent (coalition air strike, Israeli strike) and by an agent's own claim,
phone calls, planned meetings, an alleged meeting denied, an accusation of arming denied.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cj/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ck import ALL  # noqa: E402

HERE = Path(__file__).parent
E = ALL

Q, S, QF = "person:esmail-qaani", "person:qasem-soleimani", "organization:quds-force"
US, ISR, IRAN = "country:united-states", "country:israel", "country:iran"
HOU, HGOV = "organization:houthis", "organization:houthi-government"
SPC, PLC = "organization:houthi-supreme-political-council", "organization:presidential-leadership-council"
YGOV = "organization:yemeni-government"
AMH, MASH, ABS = "person:abdul-malik-al-houthi", "person:mahdi-al-mashat", "person:mohammed-abdulsalam"
RAH, GRU, ALI = "person:ahmed-al-rahawi", "person:hans-grundberg", "person:rashad-al-alimi"
JAB, GHA = "person:mohammed-al-jaber", "person:mohammed-al-ghamari"
KHA, ZAR = "person:ali-khamenei", "person:mohammad-javad-zarif"

ARTICLES = [
    ("enCJ1_rahawi_killed_sanaa", "en",
     "SANAA/JERUSALEM, Aug 30 (Reuters) - The Houthi prime minister, Ahmed Ghaleb al-Rahawi, "
     "foreign minister Jamal Amer and several other ministers were killed in an Israeli air "
     "strike on Sanaa on Thursday, Yemen's Houthi movement said on Saturday in a statement carried "
     "by the Saba news agency. They are the most senior Houthi officials to die in nearly two "
     "years of exchanges of fire with Israel. Israeli Defence Minister Israel Katz said Israel had "
     "hit \u201cthe Houthi terrorist government\u201d and warned Houthi leader Abdul-Malik "
     "al-Houthi that he would be next.\n"
     "The Supreme Political Council named Rahawi's deputy, Mohammed Miftah, as acting prime "
     "minister. Council president Mahdi al-Mashat vowed revenge in a televised speech. Rahawi "
     "had been appointed a year ago to replace Abdulaziz bin Habtoor, who had headed the Sanaa "
     "government since 2016.\n"
     "U.N. envoy Hans Grundberg, who met Houthi chief negotiator Mohammed Abdulsalam in Muscat "
     "last week, urged restraint.",
     [("LEADS", RAH, HGOV, "The Houthi prime minister, Ahmed"),
      ("ASSASSINATED_BY", RAH, ISR, "were killed in an Israeli air", "2025-08-28"),
      ("ASSASSINATED_BY", "person:jamal-amer", ISR, "foreign minister Jamal Amer", "2025-08-28"),
      ("MEMBER_OF", "person:jamal-amer", HGOV, "foreign minister Jamal Amer"),
      ("ATTACKED", ISR, "location:sanaa", "strike on Sanaa on Thursday", "2025-08-28"),
      ("REPORTED_BY", HOU, "outlet:saba", "by the Saba news agency"),
      ("LEADS", AMH, HOU, "warned Houthi leader"),
      ("SUCCESSOR_OF", "person:mohammed-miftah", RAH, "as acting prime", "2025-08-30"),
      ("LEADS", "person:mohammed-miftah", HGOV, "as acting prime"),
      ("LEADS", MASH, SPC, "Council president Mahdi"),
      ("SUCCESSOR_OF", RAH, "person:abdulaziz-bin-habtoor", "to replace Abdulaziz", "2024-08"),
      ("LEADS", "person:abdulaziz-bin-habtoor", HGOV, "who had headed the Sanaa"),
      ("MEMBER_OF", GRU, "organization:united-nations", "U.N. envoy Hans"),
      ("MET_WITH", GRU, ABS, "who met Houthi chief negotiator", "2025-08"),
      ("MEMBER_OF", ABS, HOU, "who met Houthi chief negotiator"),
      ("VISITED", GRU, "location:muscat", "Abdulsalam in Muscat", "2025-08"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-08-30"}),

    ("arCJ2_mashat_receives_al_jaber", "ar",
     "صنعاء - سبأ - استقبل رئيس المجلس السياسي الأعلى مهدي المشاط، الأحد، السفير السعودي لدى "
     "اليمن محمد آل جابر والوفد العُماني المرافق له، في أول زيارة علنية لمسؤول سعودي رفيع إلى "
     "صنعاء منذ اندلاع الحرب. وبحث الجانبان خريطة طريق لتمديد الهدنة وصرف رواتب الموظفين وفتح "
     "المطارات والموانئ. وقال رئيس لجنة شؤون الأسرى عبد القادر المرتضى لوكالة سبأ إن صفقة لتبادل "
     "نحو 900 أسير ستنفذ خلال أيام.\n"
     "ولم يلتقِ آل جابر زعيم الجماعة عبد الملك الحوثي، فيما أجرى رئيس الوفد المفاوض محمد عبد "
     "السلام، الموجود في مسقط، اتصالاً هاتفياً بالسفير السعودي.\n"
     "ويتولى المشاط رئاسة المجلس منذ نيسان 2018 خلفاً لصالح الصماد، الذي قُتل بغارة لطيران "
     "التحالف بقيادة السعودية في الحديدة، وهي غارة قال التحالف حينها إنها استهدفت «قيادياً حوثياً "
     "بارزاً». ويأتي التحرك بعد أسابيع من إعلان الرياض وطهران استئناف العلاقات بوساطة صينية.",
     [("LEADS", MASH, SPC, "استقبل رئيس المجلس السياسي"),
      ("MET_WITH", MASH, JAB, "استقبل رئيس المجلس السياسي", "2023-04-09"),
      ("VISITED", JAB, "location:sanaa", "صنعاء منذ اندلاع الحرب", "2023-04-09"),
      ("REPORTED_BY", "person:abdulqader-al-murtada", "outlet:saba", "لوكالة سبأ"),
      ("LEADS", AMH, HOU, "زعيم الجماعة عبد الملك"),
      ("SUCCESSOR_OF", MASH, "person:saleh-al-sammad", "خلفاً لصالح الصماد", "2018-04"),
      ("ASSASSINATED_BY", "person:saleh-al-sammad", "organization:saudi-led-coalition",
       "قُتل بغارة لطيران", "2018-04-19"),
      ("ATTACKED", "organization:saudi-led-coalition", "location:hodeidah", "بقيادة السعودية في الحديدة",
       "2018-04-19"),
      ],
     {"source": "blind set (Saba-style Arabic)", "published": "2023-04-09"}),

    ("enCJ3_grundberg_muscat_riyadh", "en",
     "RIYADH (AP) \u2014 The U.N. special envoy for Yemen, Hans Grundberg, met Presidential "
     "Leadership Council chairman Rashad al-Alimi and his deputy Aidarous al-Zubaidi in Riyadh on "
     "Tuesday, days after holding talks in Muscat with the Houthis' chief negotiator, Mohammed "
     "Abdulsalam, and Oman's Foreign Minister Sayyid Badr Albusaidi. The envoy said the parties "
     "had committed to a nationwide ceasefire and to steps toward paying public salaries.\n"
     "Grundberg, a Swedish diplomat, took over the Yemen file in 2021 from Martin Griffiths, who "
     "left to become the U.N. humanitarian chief. Alimi replaced Abdrabbuh Mansour Hadi as head of "
     "state in April 2022, when Hadi handed his powers to the new council.\n"
     "Abdulsalam told Al Jazeera the Houthis would keep targeting Israel-linked ships in the Red "
     "Sea. Grundberg is expected to meet Iran's Foreign Minister Hossein Amir-Abdollahian, who "
     "spoke by phone with Abdulsalam last week. Western officials say Iran's Quds Force, led by "
     "Esmail Qa'ani, arms the Houthis, which Tehran denies.",
     [("MEMBER_OF", GRU, "organization:united-nations", "special envoy for Yemen"),
      ("MET_WITH", GRU, ALI, "met Presidential", "2023-12-19"),
      ("MET_WITH", GRU, "person:aidarous-al-zubaidi", "his deputy Aidarous", "2023-12-19"),
      ("LEADS", ALI, PLC, "Leadership Council chairman"),
      ("MEMBER_OF", "person:aidarous-al-zubaidi", PLC, "his deputy Aidarous"),
      ("VISITED", GRU, "location:riyadh", "al-Zubaidi in Riyadh", "2023-12-19"),
      ("MET_WITH", GRU, ABS, "holding talks in Muscat", "2023-12"),
      ("MET_WITH", GRU, "person:badr-albusaidi", "Sayyid Badr Albusaidi", "2023-12"),
      ("VISITED", GRU, "location:muscat", "holding talks in Muscat", "2023-12"),
      ("MEMBER_OF", ABS, HOU, "the Houthis' chief negotiator"),
      ("LEADS", "person:badr-albusaidi", "organization:omani-foreign-ministry",
       "Oman's Foreign Minister"),
      ("SUCCESSOR_OF", GRU, "person:martin-griffiths", "took over the Yemen file", "2021"),
      ("SUCCESSOR_OF", ALI, "person:abdrabbuh-mansour-hadi", "Alimi replaced Abdrabbuh", "2022-04-07"),
      ("REPORTED_BY", ABS, "outlet:al-jazeera", "told Al Jazeera"),
      ("LEADS", "person:hossein-amir-abdollahian", "organization:iranian-foreign-ministry",
       "Iran's Foreign Minister Hossein"),
      ("LEADS", Q, QF, "led by"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-12-19"}),

    ("arCJ4_ghamari_death_announced", "ar",
     "صنعاء - أعلنت جماعة الحوثي، الخميس، في بيان بثته قناة المسيرة، مقتل رئيس هيئة الأركان "
     "العامة في قواتها اللواء محمد عبد الكريم الغماري «أثناء أداء واجبه الجهادي»، من دون أن تحدد "
     "مكان مقتله أو زمانه. وأضاف البيان أن اللواء يوسف حسن المداني عُيّن رئيساً لهيئة الأركان "
     "خلفاً له.\n"
     "وبعد ساعات، قال وزير الدفاع الإسرائيلي يسرائيل كاتس إن إسرائيل هي من قتلت الغماري، مشيراً "
     "إلى أنه أصيب في غارة على صنعاء أواخر آب وتوفي متأثراً بجروحه. وقال زعيم الجماعة عبد الملك "
     "الحوثي في كلمة متلفزة إن «دماء القادة لن تثني اليمن عن موقفه». ونعى وزير الدفاع في حكومة "
     "صنعاء اللواء محمد ناصر العاطفي رفيقه، مؤكداً أن «الرد قادم».\n"
     "وأجرى وزير الخارجية الإيراني عباس عراقجي اتصالاً هاتفياً بمحمد عبد السلام قدّم خلاله "
     "التعازي. وكانت تقارير إسرائيلية قد زعمت أن قائد فيلق القدس إسماعيل قآني التقى الغماري في "
     "صنعاء العام الماضي، وهو ما نفته طهران.",
     [("REPORTED_BY", HOU, "outlet:al-masirah", "بثته قناة المسيرة"),
      ("MEMBER_OF", GHA, HOU, "رئيس هيئة الأركان العامة في قواتها"),
      ("SUCCESSOR_OF", "person:yousef-al-madani", GHA, "خلفاً له", "2025-10-16"),
      ("MEMBER_OF", "person:yousef-al-madani", HOU, "يوسف حسن المداني"),
      ("ASSASSINATED_BY", GHA, ISR, "إن إسرائيل هي من قتلت", "2025-10"),
      ("ATTACKED", ISR, "location:sanaa", "في غارة على صنعاء", "2025-08"),
      ("LEADS", AMH, HOU, "وقال زعيم الجماعة"),
      ("MEMBER_OF", "person:mohammed-al-atifi", HGOV, "وزير الدفاع في حكومة"),
      ("LEADS", "person:abbas-araghchi", "organization:iranian-foreign-ministry",
       "وزير الخارجية الإيراني عباس"),
      ("LEADS", Q, QF, "قائد فيلق القدس"),
      ],
     {"source": "blind set (Arabic wire-style)", "published": "2025-10-16"}),

    ("enCJ5_bin_breik_prime_minister", "en",
     "ADEN, May 10 (Reuters) - Yemen's Presidential Leadership Council appointed Finance Minister "
     "Salem Saleh bin Breik as prime minister on Saturday, replacing Ahmed Awad bin Mubarak, who "
     "resigned after a row with council chairman Rashad al-Alimi over his powers. Bin Mubarak had "
     "himself taken over from Maeen Abdulmalik in February 2024.\n"
     "Bin Breik flew to Riyadh on Monday, where he was received by Saudi ambassador Mohammed Al "
     "Jaber, who oversees the kingdom's Yemen file, and held talks with U.S. Ambassador Steven "
     "Fagin on the economy and Red Sea shipping. He is expected to meet U.N. envoy Hans Grundberg "
     "in Amman next week.\n"
     "The Houthis, whose leader Abdul-Malik al-Houthi dismissed the reshuffle as \u201ca Saudi "
     "decision\u201d, have held Sanaa since 2014. U.S. strikes on Houthi targets, ordered by "
     "President Donald Trump in March, were halted this month under an Omani-brokered truce. "
     "Bin Breik did not meet Houthi representatives in Riyadh, officials said.",
     [("SUCCESSOR_OF", "person:salem-bin-breik", "person:ahmed-awad-bin-mubarak", "replacing Ahmed Awad",
       "2025-05-10"),
      ("LEADS", "person:salem-bin-breik", YGOV, "as prime minister on Saturday"),
      ("LEADS", ALI, PLC, "council chairman Rashad"),
      ("SUCCESSOR_OF", "person:ahmed-awad-bin-mubarak", "person:maeen-abdulmalik",
       "himself taken over from", "2024-02"),
      ("VISITED", "person:salem-bin-breik", "location:riyadh", "flew to Riyadh", "2025-05-12"),
      ("MET_WITH", "person:salem-bin-breik", JAB, "where he was received by", "2025-05-12"),
      ("MET_WITH", "person:salem-bin-breik", "person:stephen-fagin", "held talks with U.S.",
       "2025-05-12"),
      ("LEADS", AMH, HOU, "whose leader Abdul-Malik"),
      ("ATTACKED", US, HOU, "strikes on Houthi targets", "2025-03"),
      ("LEADS", "person:donald-trump", US, "President Donald Trump"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-05-12"}),

    ("arCJ6_khamenei_receives_houthi_delegation", "ar",
     "طهران - إرنا - استقبل قائد الثورة الإسلامية آية الله السيد علي خامنئي، الثلاثاء، وفداً من "
     "جماعة أنصار الله اليمنية برئاسة المتحدث باسم الجماعة محمد عبد السلام، الذي سلّمه رسالة من "
     "زعيمها عبد الملك الحوثي، وأكد خامنئي دعم طهران «لصمود الشعب اليمني». وكان وزير الخارجية "
     "محمد جواد ظريف قد التقى، الأحد، عبد السلام وعضوي الوفد عبد الملك العجري وإبراهيم الديلمي، "
     "وبحث معهم سبل إنهاء الحرب. ولم يلتقِ الوفد الرئيس حسن روحاني، كما لم يشارك قائد فيلق القدس "
     "قاسم سليماني في اللقاءات، وفق مصدر مطلع.\n"
     "وأعلنت الجماعة لاحقاً تعيين الديلمي سفيراً لها لدى طهران، وهي خطوة نددت بها الحكومة اليمنية "
     "المعترف بها دولياً، إذ وصف وزير خارجيتها محمد الحضرمي الخطوة بأنها «انتهاك صارخ للأعراف "
     "الدبلوماسية». واتهمت الحكومة والرياض طهران بتسليح الحوثيين، وهو ما تنفيه إيران. وقال عبد "
     "السلام في تصريح لقناة المسيرة إن الزيارة «ناجحة بكل المقاييس».",
     [("LEADS", KHA, IRAN, "قائد الثورة الإسلامية آية الله"),
      ("MET_WITH", KHA, ABS, "استقبل قائد الثورة", "2019-08-13"),
      ("MEMBER_OF", ABS, HOU, "برئاسة المتحدث باسم الجماعة"),
      ("LEADS", AMH, HOU, "زعيمها عبد الملك"),
      ("LEADS", ZAR, "organization:iranian-foreign-ministry", "وكان وزير الخارجية"),
      ("MET_WITH", ZAR, ABS, "عبد السلام وعضوي الوفد", "2019-08-11"),
      ("MET_WITH", ZAR, "person:abdulmalik-al-ajri", "عبد السلام وعضوي الوفد", "2019-08-11"),
      ("MET_WITH", ZAR, "person:ibrahim-al-dailami", "عبد السلام وعضوي الوفد", "2019-08-11"),
      ("MEMBER_OF", "person:abdulmalik-al-ajri", HOU, "عبد الملك العجري"),
      ("MEMBER_OF", "person:ibrahim-al-dailami", HOU, "وعضوي الوفد"),
      ("LEADS", "person:hassan-rouhani", IRAN, "الرئيس حسن روحاني"),
      ("LEADS", S, QF, "كما لم يشارك قائد فيلق القدس"),
      ("MEMBER_OF", "person:mohammed-al-hadrami", YGOV, "وزير خارجيتها محمد الحضرمي"),
      ("REPORTED_BY", ABS, "outlet:al-masirah", "لقناة المسيرة"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2019-08-13"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setCJ")
