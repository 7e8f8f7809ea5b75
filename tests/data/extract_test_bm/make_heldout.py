"""Blind set BM: Tehran's successions, IRGC generals and al-Sudani - Bagheri Kani meets Lavrov
at the BRICS ministerial (June 2024), Araghchi takes over the foreign ministry (Aug 2024),
Nilforoushan's funeral and Qaani's reappearance (Oct 2024), al-Sudani receives Barbara Leaf
(2023), Araghchi in Muscat after Baghdad (Oct 2024), Pezeshkian and al-Sudani at the Doha
emergency summit (Sept 2025). Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBM/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bm/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bm)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bm import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

ARTICLES = [
    ("enBM1_bagheri_kani_lavrov_brics", "en",
     "MOSCOW, June 11 (Reuters) - Iran's acting Foreign Minister Ali Bagheri Kani met Russian "
     "Foreign Minister Sergei Lavrov in the Volga city of Nizhny Novgorod on Tuesday on the "
     "sidelines of a BRICS ministerial meeting, his first trip beyond the region since he "
     "replaced Hossein Amirabdollahian, who died in a helicopter crash last month alongside "
     "President Ebrahim Raisi. Lavrov told his guest that Moscow would \u201cdeepen\u201d its "
     "strategic ties with Tehran, Russian Foreign Ministry spokeswoman Maria Zakharova said. "
     "Bagheri Kani also held talks with China's Wang Yi and with India's External Affairs "
     "Minister Subrahmanyam Jaishankar, Iranian media reported. A former chief nuclear "
     "negotiator, he had visited Beirut and Damascus a week earlier, meeting Hezbollah leader "
     "Hassan Nasrallah. Iran holds a snap presidential election on June 28; Mohammad Mokhber, "
     "who took over as acting president after the crash, is not among the candidates.",
     [("MET_WITH", BKANI, "person:sergei-lavrov", "met Russian Foreign Minister", "2024-06-11"),
      ("VISITED", BKANI, "location:nizhny-novgorod", "the Volga city of Nizhny", "2024-06-11"),
      ("SUCCESSOR_OF", BKANI, AA, "since he replaced Hossein", "2024-05"),
      ("MEMBER_OF", "person:maria-zakharova", "organization:russian-foreign-ministry",
       "Russian Foreign Ministry spokeswoman"),
      ("MET_WITH", BKANI, "person:wang-yi", "also held talks with China", "2024-06-11"),
      ("MET_WITH", BKANI, "person:subrahmanyam-jaishankar", "also held talks with China",
       "2024-06-11"),
      ("VISITED", BKANI, "location:beirut", "had visited Beirut and Damascus", "2024-06-03"),
      ("VISITED", BKANI, "location:damascus", "had visited Beirut and Damascus", "2024-06-04"),
      ("MET_WITH", BKANI, NAS, "meeting Hezbollah leader", "2024-06-03"),
      ("LEADS", NAS, HEZ, "meeting Hezbollah leader"),
      ("SUCCESSOR_OF", MOK, RAISI, "who took over as acting president", "2024-05-20"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-06-11"}),

    ("arBM2_araghchi_takes_over", "ar",
     "طهران - تسنيم\n"
     "تسلّم عباس عراقجي، الأحد، مهامه رسمياً وزيراً للخارجية خلفاً لعلي باقري كني، في مراسم "
     "أقيمت في مقر الوزارة بحضور الرئيس مسعود بزشكيان، وذلك بعد أيام من نيل حكومة بزشكيان ثقة "
     "مجلس الشورى الإسلامي. وكان باقري كني قد تولى الوزارة بالوكالة منذ استشهاد الوزير حسين أمير "
     "عبداللهيان إلى جانب الرئيس الشهيد إبراهيم رئيسي في حادث المروحية في أيار/مايو. وفي أول لقاء "
     "له بعد تسلّمه المنصب، استقبل عراقجي ممثلَ حركة حماس في طهران خالد القدومي، مؤكداً أن «دماء "
     "الشهيد إسماعيل هنية لن تذهب هدراً»، في إشارة إلى اغتيال الكيان الصهيوني رئيسَ المكتب "
     "السياسي للحركة في طهران نهاية تموز/يوليو. كما استقبل السفيرَ العراقي نصير عبد المحسن. وقال "
     "المتحدث باسم وزارة الخارجية ناصر كنعاني لتسنيم إن الوزير أجرى أيضاً اتصالاً هاتفياً بنظيره "
     "العُماني بدر البوسعيدي، وإنه سيلتقي قائد فيلق القدس العميد إسماعيل قاآني خلال الأيام المقبلة.",
     [("SUCCESSOR_OF", ARQ, BKANI, "خلفاً لعلي باقري كني", "2024-08-25"),
      ("LEADS", PEZ, "organization:iranian-government", "نيل حكومة بزشكيان"),
      ("SUCCESSOR_OF", BKANI, AA, "قد تولى الوزارة بالوكالة", "2024-05"),
      ("MET_WITH", ARQ, "person:khaled-qaddoumi", "استقبل عراقجي ممثلَ", "2024-08-25"),
      ("MEMBER_OF", "person:khaled-qaddoumi", HAMAS, "ممثلَ حركة حماس في طهران"),
      ("ASSASSINATED_BY", HAN, ISR, "اغتيال الكيان الصهيوني", "2024-07-31"),
      ("LEADS", HAN, HAMAS, "رئيسَ المكتب السياسي للحركة"),
      ("MET_WITH", ARQ, "person:naseer-abdul-mohsen", "كما استقبل السفيرَ العراقي", "2024-08-25"),
      ("MEMBER_OF", "person:nasser-kanaani", "organization:iranian-foreign-ministry",
       "المتحدث باسم وزارة الخارجية"),
      ("REPORTED_BY", "person:nasser-kanaani", "outlet:tasnim", "ناصر كنعاني لتسنيم"),
      ("LEADS", Q, QF, "قائد فيلق القدس العميد"),
      ],
     {"source": "blind set (Tasnim Arabic-style)", "published": "2024-08-25"}),

    ("enBM3_nilforoushan_funeral_qaani", "en",
     "TEHRAN (Tasnim) \u2013 Thousands of mourners attended the funeral of Lieutenant General "
     "Abbas Nilforoushan in Tehran on Tuesday, more than two weeks after he was martyred alongside "
     "Hezbollah Secretary General Seyyed Hassan Nasrallah in a Zionist airstrike on Beirut. The "
     "IRGC's Deputy Commander for Operations was laid to rest in his hometown of Isfahan. "
     "Quds Force Commander Brigadier General Esmaeil Qaani, who took over the force "
     "after General Qassem Soleimani's martyrdom in a US attack in 2020, was seen among the "
     "mourners, dispelling rumors about his health. IRGC Commander Major General Hossein Salami "
     "vowed a \u201ccrushing response.\u201d Iranian Parliament Speaker Mohammad Bagher Ghalibaf, "
     "who visited Beirut on Saturday, met his Lebanese counterpart Nabih Berri and caretaker "
     "Prime Minister Najib Mikati there. Mohsen Rezaei, a member of the Expediency Council and a "
     "former IRGC chief, told Tasnim that Nilforoushan \u201cwas a student of Hajj Qassem.\u201d",
     [("ASSASSINATED_BY", NIL, ISR, "in a Zionist airstrike on Beirut", "2024-09-27"),
      ("ASSASSINATED_BY", NAS, ISR, "in a Zionist airstrike on Beirut", "2024-09-27"),
      ("ATTACKED", ISR, "location:beirut", "in a Zionist airstrike on Beirut", "2024-09-27"),
      ("LEADS", NAS, HEZ, "Hezbollah Secretary General"),
      ("MEMBER_OF", NIL, IRGC, "Deputy Commander for Operations"),
      ("LEADS", Q, QF, "Quds Force Commander Brigadier"),
      ("SUCCESSOR_OF", Q, S, "who took over the force after", "2020-01"),
      ("ASSASSINATED_BY", S, US, "martyrdom in a US attack", "2020-01-03"),
      ("LEADS", "person:hossein-salami", IRGC, "IRGC Commander Major General"),
      ("LEADS", "person:mohammad-bagher-ghalibaf", "organization:iranian-parliament",
       "Iranian Parliament Speaker"),
      ("VISITED", "person:mohammad-bagher-ghalibaf", "location:beirut", "who visited Beirut",
       "2024-10-12"),
      ("MET_WITH", "person:mohammad-bagher-ghalibaf", BERRI, "met his Lebanese counterpart",
       "2024-10-12"),
      ("MET_WITH", "person:mohammad-bagher-ghalibaf", MIK, "met his Lebanese counterpart",
       "2024-10-12"),
      ("MEMBER_OF", "person:mohsen-rezaei", "organization:expediency-discernment-council",
       "a member of the Expediency Council"),
      ("LEADS", "person:mohsen-rezaei", IRGC, "former IRGC chief"),
      ("REPORTED_BY", "person:mohsen-rezaei", "outlet:tasnim", "told Tasnim"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2024-10-15"}),

    ("arBM4_sudani_receives_barbara_leaf", "ar",
     "بغداد/ شفق نيوز- استقبل رئيس مجلس الوزراء محمد شياع السوداني، الأحد، مساعدة وزير الخارجية "
     "الأميركي لشؤون الشرق الأدنى باربرا ليف والوفد المرافق لها، بحضور السفيرة الأميركية لدى "
     "العراق ألينا رومانوسكي. وذكر بيان لمكتب السوداني أن اللقاء بحث «العلاقات الثنائية وسبل إبعاد "
     "العراق عن صراعات المنطقة». وكانت ليف قد وصلت إلى بغداد قادمة من أربيل، حيث التقت رئيس حكومة "
     "إقليم كوردستان مسرور بارزاني. ويأتي اللقاء بعد أسابيع من زيارة قائد فيلق القدس الإيراني "
     "إسماعيل قاآني إلى بغداد، والتي التقى خلالها بقادة الإطار التنسيقي. وقال النائب عن ائتلاف "
     "دولة القانون ثائر مخيف لشفق نيوز إن «الحكومة تقف على مسافة واحدة من الجميع». ويتولى "
     "السوداني رئاسة الحكومة منذ تشرين الأول/أكتوبر 2022 خلفاً لمصطفى الكاظمي، وسط مطالبات "
     "الفصائل بانسحاب القوات الأميركية التي اغتالت سليماني والمهندس مطلع 2020.",
     [("MET_WITH", SUD, "person:barbara-leaf", "استقبل رئيس مجلس الوزراء", "2023-02"),
      ("MEMBER_OF", "person:barbara-leaf", "organization:us-state-department",
       "مساعدة وزير الخارجية الأميركي"),
      ("VISITED", "person:barbara-leaf", "location:baghdad", "قد وصلت إلى بغداد", "2023-02"),
      ("VISITED", "person:barbara-leaf", "location:erbil", "قادمة من أربيل", "2023-02"),
      ("MET_WITH", "person:barbara-leaf", "person:masrour-barzani", "حيث التقت رئيس حكومة",
       "2023-02"),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "حيث التقت رئيس حكومة"),
      ("LEADS", Q, QF, "زيارة قائد فيلق القدس الإيراني"),
      ("VISITED", Q, "location:baghdad", "إسماعيل قاآني إلى بغداد"),
      ("MET_WITH", Q, "organization:coordination-framework", "التقى خلالها بقادة"),
      ("MEMBER_OF", "person:thaer-mukhif", "organization:state-of-law-coalition",
       "النائب عن ائتلاف دولة القانون"),
      ("REPORTED_BY", "person:thaer-mukhif", "outlet:shafaq-news", "ثائر مخيف لشفق نيوز"),
      ("SUCCESSOR_OF", SUD, K, "خلفاً لمصطفى الكاظمي", "2022-10"),
      ("LEADS", SUD, "organization:iraqi-government", "السوداني رئاسة الحكومة"),
      ("LEADS", K, "organization:iraqi-government", "خلفاً لمصطفى الكاظمي"),
      ("ASSASSINATED_BY", S, "organization:us-armed-forces", "القوات الأميركية التي اغتالت",
       "2020-01-03"),
      ("ASSASSINATED_BY", M, "organization:us-armed-forces", "القوات الأميركية التي اغتالت",
       "2020-01-03"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2023-02"}),

    ("enBM5_araghchi_muscat_after_baghdad", "en",
     "Iran's Foreign Minister Abbas Araghchi was received in Muscat on Monday by his Omani "
     "counterpart Badr Albusaidi, a day after talks in Baghdad with Iraqi Prime Minister "
     "Mohammed Shia Al Sudani, as Tehran braces for an Israeli response to its October 1 missile "
     "attack. Mr Araghchi also met Mohammed Abdulsalam, the chief negotiator of Yemen's Houthi "
     "rebels, who lives in the Omani capital, Iranian state media said. Oman's Deputy Prime "
     "Minister for Defence Affairs, Sayyid Shihab bin Tarik, received the Iranian minister "
     "separately. Mr Araghchi, a career diplomat who took over from Ali Bagheri Kani in August, "
     "has toured the region since Israel killed Hezbollah chief Hassan Nasrallah in Beirut on "
     "September 27. In Baghdad, he had also held talks with Foreign Minister Fuad Hussein. A "
     "senior Omani official told The National that Muscat was \u201cnot carrying messages\u201d "
     "between Tehran and Washington.",
     [("MET_WITH", ARQ, "person:badr-albusaidi", "was received in Muscat", "2024-10-14"),
      ("VISITED", ARQ, "location:muscat", "was received in Muscat", "2024-10-14"),
      ("VISITED", ARQ, "location:baghdad", "a day after talks in Baghdad", "2024-10-13"),
      ("MET_WITH", ARQ, SUD, "a day after talks in Baghdad", "2024-10-13"),
      ("LEADS", SUD, "country:iraq", "with Iraqi Prime Minister"),
      ("ATTACKED", "country:iran", ISR, "its October 1 missile", "2024-10-01"),
      ("MET_WITH", ARQ, "person:mohammed-abdulsalam", "also met Mohammed Abdulsalam",
       "2024-10-14"),
      ("MEMBER_OF", "person:mohammed-abdulsalam", "organization:houthis",
       "the chief negotiator of Yemen"),
      ("MET_WITH", ARQ, "person:shihab-bin-tarik", "received the Iranian minister separately",
       "2024-10-14"),
      ("SUCCESSOR_OF", ARQ, BKANI, "who took over from Ali", "2024-08"),
      ("ASSASSINATED_BY", NAS, ISR, "since Israel killed Hezbollah chief", "2024-09-27"),
      ("LEADS", NAS, HEZ, "since Israel killed Hezbollah chief"),
      ("MET_WITH", ARQ, "person:fuad-hussein", "he had also held talks with", "2024-10-13"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-10-14"}),

    ("arBM6_pezeshkian_sudani_doha_summit", "ar",
     "الدوحة – الجزيرة نت\n"
     "التقى الرئيس الإيراني مسعود بزشكيان، الاثنين، رئيسَ الوزراء العراقي محمد شياع السوداني على "
     "هامش القمة العربية الإسلامية الطارئة في الدوحة، التي دعت إليها قطر بعد الغارة الإسرائيلية "
     "على مقر لقادة حركة حماس في العاصمة القطرية الأسبوع الماضي. وكان أمير قطر الشيخ تميم بن حمد "
     "آل ثاني قد استقبل بزشكيان لدى وصوله، وبحث معه «تداعيات العدوان». وقُتل في الغارة همام "
     "الحية، نجل رئيس الحركة في غزة خليل الحية، والعريف في قوة الأمن الداخلي القطرية (لخويا) بدر "
     "الدوسري، فيما نجا أعضاء الوفد المفاوض. وأعلن مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن "
     "إسرائيل «تتحمل المسؤولية الكاملة» عن العملية. وقال المتحدث باسم الخارجية القطرية ماجد "
     "الأنصاري للجزيرة إن الدوحة ستواصل وساطتها. ويتولى بزشكيان الرئاسة منذ صيف العام الماضي بعد "
     "مصرع سلفه إبراهيم رئيسي في تحطم مروحية.",
     [("LEADS", PEZ, "country:iran", "التقى الرئيس الإيراني"),
      ("MET_WITH", PEZ, SUD, "التقى الرئيس الإيراني", "2025-09-15"),
      ("LEADS", SUD, "country:iraq", "رئيسَ الوزراء العراقي محمد"),
      ("VISITED", PEZ, "location:doha", "القمة العربية الإسلامية الطارئة في الدوحة", "2025-09-15"),
      ("VISITED", SUD, "location:doha", "القمة العربية الإسلامية الطارئة في الدوحة", "2025-09-15"),
      ("ATTACKED", ISR, HAMAS, "الغارة الإسرائيلية على مقر", "2025-09-09"),
      ("LEADS", TAMIM, "country:qatar", "أمير قطر الشيخ"),
      ("MET_WITH", TAMIM, PEZ, "قد استقبل بزشكيان", "2025-09-15"),
      ("ASSASSINATED_BY", "person:hammam-al-hayya", ISR, "وقُتل في الغارة همام", "2025-09-09"),
      ("ASSASSINATED_BY", "person:badr-al-dosari", ISR, "وقُتل في الغارة همام", "2025-09-09"),
      ("MEMBER_OF", HAY, HAMAS, "نجل رئيس الحركة في غزة"),
      ("MEMBER_OF", "person:badr-al-dosari", "organization:lekhwiya", "والعريف في قوة الأمن"),
      ("LEADS", "person:benjamin-netanyahu", ISR, "رئيس الوزراء الإسرائيلي بنيامين"),
      ("MEMBER_OF", "person:majed-al-ansari", "organization:qatari-foreign-ministry",
       "المتحدث باسم الخارجية القطرية"),
      ("REPORTED_BY", "person:majed-al-ansari", "outlet:al-jazeera", "الأنصاري للجزيرة"),
      ("SUCCESSOR_OF", PEZ, RAISI, "بعد مصرع سلفه", "2024-07"),
      ],
     {"source": "blind set (Al Jazeera Net-style)", "published": "2025-09-15"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBM")
