"""Blind set JO: Yemen and the Red Sea 2023-2025 as an international wire writes it in English (datelines,
"said on Saturday", "a Houthi official told", background paragraphs at the end) and as a Gulf TV news
site writes it in Arabic (Al Arabiya / Sky News Arabia-like: "ميليشيا الحوثي", "الحكومة الشرعية",
"وفق ما أفاد مراسل").
Pieces: the Israeli strike that killed the Houthi prime minister al-Rahawi and Miftah in his place,
August 2025 (wire); Grundberg in Muscat and the UN resident coordinator in Sanaa after the detention of
UN staff, June 2024 (wire); the government-Houthi prisoner talks in Switzerland and the April 2023 swap
(wire); Khalid bin Salman receives al-Alimi in Riyadh (Gulf TV); the Houthi chief of staff al-Ghamari
killed by Israel and al-Madani in his place, October 2025 (Gulf TV); al-Alimi receives the US envoy and
the Fifth Fleet commander (Gulf TV).
Excluded on purpose: Abdul-Malik al-Houthi's unhurt status and the Houthis' unnamed dead (JO1); a
Grundberg visit to Sanaa that was called off (JO2); Mohammed Qahtan, whose release did not happen
(JO3); a meeting with the Crown Prince that "was not announced" and a phone call (JO4); the killing of
al-Ghamari's son, the text giving no separate agent, and Israeli threats against other leaders (JO5);
Lenderking's planned trip to Muscat (JO6).
Spellings: Ahmed Ghaleb al-Rahawi, Abdul-Malik al-Houthi, Mohammed Abdel-Salam, Abdulkader al-Murtada,
هانز جروندبرج, رشاد محمد العليمي, يوسف المدني, محمد الغماري.
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

ISR, USA, UK, SAUDI, YEMEN = ("country:israel", "country:united-states", "country:united-kingdom",
                              "country:saudi-arabia", "country:yemen")
HOUTHIS, HGOV, SPC, HDEL, HPRIS, HSTAFF, IDF = (
    "organization:houthis", "organization:houthi-government", "organization:houthi-supreme-political-council",
    "organization:houthi-negotiating-delegation", "organization:houthi-prisoners-committee",
    "organization:houthi-general-staff", "organization:israel-defense-forces")
PLC, YGOV, UN, OMFM, SAUDIDEF, SAUDISTAFF, COALITION, ICRC, ISRDEF, FIFTH, USSTATE = (
    "organization:presidential-leadership-council", "organization:yemeni-government", "organization:united-nations",
    "organization:omani-foreign-ministry", "organization:saudi-defence-ministry",
    "organization:saudi-armed-forces-general-staff", "organization:saudi-led-coalition", "organization:icrc",
    "organization:israeli-defense-ministry", "organization:us-fifth-fleet", "organization:us-state-department")
SANAA, MUSCAT, RIYADH, ADEN = "location:sanaa", "location:muscat", "location:riyadh", "location:aden"
RAHAWI, MIFTAH, HABTOOR, MASHAT, AMALIK, KATZ = (
    "person:ahmed-al-rahawi", "person:mohammed-miftah", "person:abdulaziz-bin-habtoor", "person:mahdi-al-mashat",
    "person:abdul-malik-al-houthi", "person:israel-katz")
GRUNDBERG, ABDULSALAM, ALBUSAIDI, HARNEIS, MURTADA, CARBONI, SUBAIHI = (
    "person:hans-grundberg", "person:mohammed-abdulsalam", "person:badr-albusaidi", "person:julien-harneis",
    "person:abdulqader-al-murtada", "person:fabrizio-carboni", "person:mahmoud-al-subaihi")
KBS, ALIMI, RUWAILI, ALJABER, GHAMARI, MADANI, LENDERKING, DAERI = (
    "person:khalid-bin-salman", "person:rashad-al-alimi", "person:fayyad-al-ruwaili", "person:mohammed-al-jaber",
    "person:mohammed-al-ghamari", "person:yousef-al-madani", "person:tim-lenderking", "person:mohsen-al-daeri")
# new to the tables
MUJAHID, ABURAS, GRESSLY, KAZMAN, AZIMA, MOSHKI, WIKOFF = (
    "person:mujahid-ahmed-abdullah", "person:abdulwahid-abu-ras", "person:david-gressly", "person:yahya-kazman",
    "person:mutlaq-al-azima", "person:ali-al-moshki", "person:george-wikoff")

ARTICLES = [
    ("enJO1_israel_kills_houthi_premier", "en",
     "Houthis say Israeli strike killed their prime minister in Sanaa\n"
     "DUBAI, Aug 30 - Yemen's Houthis said on Saturday that Ahmed Ghaleb al-Rahawi, the prime minister of "
     "their Sanaa-based government, was killed along with several ministers in an Israeli strike on the "
     "capital on Thursday.\n"
     "Justice Minister Mujahid Ahmed Abdullah was among those killed in the Israeli strike, a Houthi official "
     "said, speaking on condition of anonymity.\n"
     "Mahdi al-Mashat, head of the Houthis' Supreme Political Council, named first deputy prime minister "
     "Mohammed Miftah as acting prime minister to replace al-Rahawi.\n"
     "Al-Rahawi took office a year ago, replacing Abdulaziz bin Habtoor, but real power in the group rests "
     "with its leader Abdul-Malik al-Houthi, who vowed revenge.\n"
     "The Israeli military said on Thursday its jets had struck a Houthi military target in the Sanaa area. "
     "Defence Minister Israel Katz said on X that the strike was \"only the beginning\".\n"
     "The Houthis have fired missiles and drones at Israel since the start of the Gaza war in what they say "
     "is solidarity with Palestinians.",
     [("ASSASSINATED_BY", RAHAWI, ISR, "was killed along with several ministers in an Israeli strike", "2025-08-28"),
      ("LEADS", RAHAWI, HGOV, "the prime minister of their Sanaa-based government"),
      ("ATTACKED", ISR, SANAA, "in an Israeli strike on the capital on Thursday", "2025-08-28"),
      ("ASSASSINATED_BY", MUJAHID, ISR, "was among those killed in the Israeli strike", "2025-08-28"),
      ("MEMBER_OF", MUJAHID, HGOV, "Justice Minister Mujahid"),
      ("LEADS", MASHAT, SPC, "head of the Houthis' Supreme Political Council"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "as acting prime minister to replace al-Rahawi", "2025-08"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "replacing Abdulaziz bin Habtoor", "2024-08"),
      ("LEADS", AMALIK, HOUTHIS, "with its leader Abdul-Malik"),
      ("ATTACKED", IDF, SANAA, "had struck a Houthi military target in the Sanaa area", "2025-08-28"),
      ("LEADS", KATZ, ISRDEF, "Defence Minister Israel Katz"),
      ("ATTACKED", HOUTHIS, ISR, "have fired missiles and drones at Israel"),
      ],
     {"source": "blind set (international wire, English)", "published": "2025-08-30"}),

    ("enJO2_grundberg_muscat_detained_staff", "en",
     "UN envoy presses Houthis in Muscat over detained staff\n"
     "MUSCAT, June 12 - U.N. Yemen envoy Hans Grundberg met Houthi chief negotiator Mohammed Abdel-Salam in "
     "Muscat on Wednesday to press for the release of U.N. staff detained by the group, two sources familiar "
     "with the talks said.\n"
     "Grundberg also held talks with Omani Foreign Minister Badr Albusaidi, whose country has hosted "
     "contacts between the Houthis, Saudi Arabia and Washington.\n"
     "In Sanaa, the Houthis' deputy foreign minister Abdulwahid Abu Ras met U.N. Resident Coordinator Julien "
     "Harneis on Sunday, the group's Saba news agency reported. Harneis took over the post from David "
     "Gressly last year.\n"
     "The Houthis detained at least 13 U.N. personnel last week, accusing some of spying for the United "
     "States, a charge the United Nations rejects.\n"
     "A visit by Grundberg to Sanaa that had been planned for later this month was called off, a U.N. "
     "source said, without giving a reason.",
     [("MEMBER_OF", GRUNDBERG, UN, "U.N. Yemen envoy Hans"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "met Houthi chief negotiator", "2024-06-12"),
      ("LEADS", ABDULSALAM, HDEL, "Houthi chief negotiator Mohammed"),
      ("VISITED", GRUNDBERG, MUSCAT, "Muscat on Wednesday", "2024-06-12"),
      ("MET_WITH", GRUNDBERG, ALBUSAIDI, "also held talks with Omani Foreign Minister", "2024-06-12"),
      ("LEADS", ALBUSAIDI, OMFM, "Omani Foreign Minister Badr"),
      ("MET_WITH", ABURAS, HARNEIS, "met U.N. Resident Coordinator", "2024-06-09"),
      ("MEMBER_OF", ABURAS, HGOV, "the Houthis' deputy foreign minister"),
      ("REPORTED_BY", ABURAS, "outlet:saba", "the group's Saba news agency reported"),
      ("MEMBER_OF", HARNEIS, UN, "U.N. Resident Coordinator Julien"),
      ("SUCCESSOR_OF", HARNEIS, GRESSLY, "took over the post from David", "2023"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-06-12"}),

    ("enJO3_yemen_prisoner_swap", "en",
     "Yemen's warring parties begin largest prisoner swap in years\n"
     "ADEN/SANAA, April 14 - Yemen's Saudi-backed government and the Houthis began on Friday a three-day "
     "exchange of nearly 900 prisoners, organised by the International Committee of the Red Cross.\n"
     "The swap was agreed last month in Switzerland, where Abdulkader al-Murtada, head of the Houthi "
     "prisoners committee, held talks with Yahya Kazman, deputy head of the government delegation. U.N. "
     "envoy Hans Grundberg and the ICRC's regional director, Fabrizio Carboni, attended the talks.\n"
     "Among those freed on Sunday was former defence minister Mahmoud al-Subaihi, who was received at Aden "
     "airport by Kazman and relatives, a government official said.\n"
     "The fate of Mohammed Qahtan, a senior Islah party figure, remains unknown and his release, sought by "
     "the government, did not take place.\n"
     "The exchange follows the visit of a Saudi delegation to Sanaa last week for talks with Houthi officials, "
     "part of Omani-mediated efforts to end the war.",
     [("LEADS", MURTADA, HPRIS, "head of the Houthi prisoners committee"),
      ("MET_WITH", MURTADA, KAZMAN, "held talks with Yahya Kazman", "2023-03"),
      ("MEMBER_OF", KAZMAN, YGOV, "deputy head of the government delegation"),
      ("MET_WITH", GRUNDBERG, MURTADA, "attended the talks", "2023-03"),
      ("MET_WITH", GRUNDBERG, KAZMAN, "attended the talks", "2023-03"),
      ("MET_WITH", CARBONI, MURTADA, "attended the talks", "2023-03"),
      ("MET_WITH", CARBONI, KAZMAN, "attended the talks", "2023-03"),
      ("MET_WITH", CARBONI, GRUNDBERG, "attended the talks", "2023-03"),
      ("MEMBER_OF", CARBONI, ICRC, "the ICRC's regional director"),
      ("MEMBER_OF", GRUNDBERG, UN, "envoy Hans Grundberg and the ICRC"),
      ("MET_WITH", KAZMAN, SUBAIHI, "who was received at Aden", "2023-04-16"),
      ],
     {"source": "blind set (international wire, English)", "published": "2023-04-14"}),

    ("arJO4_khalid_bin_salman_alimi", "ar",
     "خالد بن سلمان يستقبل العليمي في الرياض ويبحثان دعم الشرعية\n"
     "الرياض - العربية.نت: استقبل وزير الدفاع السعودي الأمير خالد بن سلمان، مساء الاثنين في الرياض، رئيس "
     "مجلس القيادة الرئاسي اليمني الدكتور رشاد محمد العليمي.\n"
     "وحضر اللقاء رئيس هيئة الأركان العامة الفريق الأول الركن فياض الرويلي، وقائد القوات المشتركة "
     "للتحالف الفريق الركن مطلق الأزيمع، والسفير السعودي لدى اليمن محمد آل جابر.\n"
     "وبحث الجانبان، بحسب ما أفادت وكالة الأنباء السعودية، المستجدات في اليمن والجهود المبذولة للتوصل "
     "إلى حل سياسي شامل، إضافة إلى التصعيد الحوثي في البحر الأحمر.\n"
     "وكتب الأمير خالد على منصة إكس أنه أكد للعليمي «استمرار دعم المملكة للمجلس والحكومة».\n"
     "ولم يُعلن عن لقاء بين العليمي وولي العهد السعودي خلال الزيارة، فيما تلقى العليمي في وقت لاحق "
     "اتصالاً هاتفياً من المبعوث الأممي هانز جروندبرج.",
     [("MET_WITH", KBS, ALIMI, "استقبل وزير الدفاع السعودي الأمير", "2024-03"),
      ("LEADS", KBS, SAUDIDEF, "وزير الدفاع السعودي الأمير خالد"),
      ("LEADS", ALIMI, PLC, "مجلس القيادة الرئاسي اليمني الدكتور"),
      ("VISITED", ALIMI, RIYADH, "مساء الاثنين في الرياض", "2024-03"),
      ("MET_WITH", RUWAILI, KBS, "رئيس هيئة الأركان العامة الفريق الأول", "2024-03"),
      ("MET_WITH", RUWAILI, ALIMI, "رئيس هيئة الأركان العامة الفريق الأول", "2024-03"),
      ("LEADS", RUWAILI, SAUDISTAFF, "رئيس هيئة الأركان العامة الفريق الأول الركن فياض"),
      ("MET_WITH", AZIMA, KBS, "وقائد القوات المشتركة", "2024-03"),
      ("MET_WITH", AZIMA, ALIMI, "وقائد القوات المشتركة", "2024-03"),
      ("MET_WITH", AZIMA, RUWAILI, "وقائد القوات المشتركة", "2024-03"),
      ("MEMBER_OF", AZIMA, COALITION, "وقائد القوات المشتركة للتحالف"),
      ("MET_WITH", ALJABER, KBS, "والسفير السعودي لدى اليمن", "2024-03"),
      ("MET_WITH", ALJABER, ALIMI, "والسفير السعودي لدى اليمن", "2024-03"),
      ("MET_WITH", ALJABER, RUWAILI, "والسفير السعودي لدى اليمن", "2024-03"),
      ("MET_WITH", ALJABER, AZIMA, "والسفير السعودي لدى اليمن", "2024-03"),
      ],
     {"source": "blind set (Gulf TV news site, Arabic)", "published": "2024-03-12"}),

    ("arJO5_ghamari_killed_madani", "ar",
     "الحوثيون يعلنون مقتل رئيس أركانهم الغماري.. والمدني خلفاً له\n"
     "دبي - سكاي نيوز عربية: أعلنت ميليشيا الحوثي، الخميس، مقتل رئيس هيئة الأركان العامة في صفوفها اللواء "
     "محمد الغماري، وتعيين اللواء يوسف المدني رئيساً للأركان خلفاً له.\n"
     "وقال بيان للجماعة إن الغماري قُتل متأثراً بإصابته في غارات إسرائيلية استهدفت صنعاء، من دون أن يحدد "
     "تاريخ الغارة.\n"
     "وفي تل أبيب، أكد وزير الدفاع الإسرائيلي يسرائيل كاتس أن الجيش الإسرائيلي هو من قتل الغماري، متوعداً "
     "بملاحقة بقية قادة الجماعة.\n"
     "ونقلت وسائل إعلام حوثية أن نائب رئيس هيئة الأركان اللواء علي حمود الموشكي شارك في مراسم تشييع "
     "الغماري في صنعاء، إلى جانب قيادات عسكرية.\n"
     "كما أشارت الجماعة إلى مقتل نجل الغماري، حسين، من دون تفاصيل إضافية.\n"
     "ويعد الغماري أرفع قائد عسكري حوثي يُقتل منذ اندلاع المواجهة مع إسرائيل على خلفية حرب غزة.",
     [("LEADS", GHAMARI, HSTAFF, "مقتل رئيس هيئة الأركان العامة في صفوفها اللواء"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "وتعيين اللواء يوسف المدني رئيساً للأركان خلفاً له", "2025-10-16"),
      ("ASSASSINATED_BY", GHAMARI, ISR, "قُتل متأثراً بإصابته في غارات إسرائيلية", "2025"),
      ("ATTACKED", ISR, SANAA, "في غارات إسرائيلية استهدفت صنعاء"),
      ("LEADS", KATZ, ISRDEF, "وزير الدفاع الإسرائيلي يسرائيل كاتس"),
      ("ASSASSINATED_BY", GHAMARI, IDF, "أن الجيش الإسرائيلي هو من قتل الغماري", "2025"),
      ("MEMBER_OF", MOSHKI, HSTAFF, "نائب رئيس هيئة الأركان اللواء علي"),
      ("MEMBER_OF", GHAMARI, HOUTHIS, "أعلنت ميليشيا الحوثي، الخميس"),
      ],
     {"source": "blind set (Gulf TV news site, Arabic)", "published": "2025-10-16"}),

    ("arJO6_alimi_lenderking_fifth_fleet", "ar",
     "العليمي يبحث مع ليندركينغ وقائد الأسطول الخامس هجمات الحوثيين\n"
     "الرياض - العربية.نت: استقبل رئيس مجلس القيادة الرئاسي اليمني رشاد العليمي، الثلاثاء في الرياض، "
     "وفداً أميركياً ضم المبعوث الأميركي الخاص إلى اليمن تيم ليندركينغ وقائد الأسطول الخامس الأميركي نائب "
     "الأدميرال جورج ويكوف.\n"
     "وحضر اللقاء وزير الدفاع اليمني الفريق الركن محسن الداعري، بحسب ما أفادت وكالة الأنباء اليمنية "
     "الرسمية.\n"
     "وناقش اللقاء هجمات ميليشيا الحوثي على السفن التجارية في البحر الأحمر وخليج عدن، والضربات التي تنفذها "
     "القوات الأميركية والبريطانية ضد مواقع الميليشيا في الحديدة وصنعاء.\n"
     "ودعا العليمي إلى دعم قوات خفر السواحل اليمنية وتجفيف منابع تهريب الأسلحة الإيرانية إلى الحوثيين.\n"
     "ومن المقرر أن يتوجه ليندركينغ إلى مسقط في وقت لاحق من الأسبوع لإجراء مشاورات مع المسؤولين العمانيين.",
     [("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي اليمني رشاد"),
      ("MET_WITH", ALIMI, LENDERKING, "وفداً أميركياً ضم المبعوث الأميركي", "2024-02"),
      ("MET_WITH", ALIMI, WIKOFF, "وفداً أميركياً ضم المبعوث الأميركي", "2024-02"),
      ("MET_WITH", LENDERKING, WIKOFF, "وفداً أميركياً ضم المبعوث الأميركي", "2024-02"),
      ("MEMBER_OF", LENDERKING, USSTATE, "المبعوث الأميركي الخاص إلى اليمن تيم"),
      ("LEADS", WIKOFF, FIFTH, "وقائد الأسطول الخامس الأميركي نائب"),
      ("VISITED", LENDERKING, RIYADH, "الثلاثاء في الرياض", "2024-02"),
      ("MET_WITH", DAERI, ALIMI, "وحضر اللقاء وزير الدفاع اليمني", "2024-02"),
      ("MET_WITH", DAERI, LENDERKING, "وحضر اللقاء وزير الدفاع اليمني", "2024-02"),
      ("MET_WITH", DAERI, WIKOFF, "وحضر اللقاء وزير الدفاع اليمني", "2024-02"),
      ("MEMBER_OF", DAERI, YGOV, "وزير الدفاع اليمني الفريق"),
      ("ATTACKED", USA, HOUTHIS, "والضربات التي تنفذها القوات الأميركية والبريطانية", "2024"),
      ("ATTACKED", UK, HOUTHIS, "والضربات التي تنفذها القوات الأميركية والبريطانية", "2024"),
      ("SUPPORTS", "country:iran", HOUTHIS, "تهريب الأسلحة الإيرانية إلى الحوثيين"),
      ],
     {"source": "blind set (Gulf TV news site, Arabic)", "published": "2024-02-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJO")
