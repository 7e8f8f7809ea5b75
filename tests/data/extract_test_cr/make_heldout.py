"""Blind set CR: Iran's presidents, foreign ministers and commanders and the Kurdish leaders of
Erbil, 2019-2024: Amirabdollahian opens a new consular section in Damascus after the strike that
killed Mohammad Reza Zahedi, with a stop in Muscat on the way (Reuters-style, Apr 2024); Masrour
Barzani's talks in Tehran months after the Guards' missile strike on Erbil (Kurdistan24-style
Arabic, May 2024); Raisi in Doha for the gas exporters' summit (AP-style, Feb 2022); the nuclear
scientists Israel said it killed in June 2025, with Fakhrizadeh's unclaimed killing as
background (Arabic daily, June 2025); Nechirvan Barzani sworn in as Kurdistan Region president
with Zarif in Erbil (Reuters-style, June 2019); Pezeshkian received by the emir of Qatar at the
Asia Cooperation Dialogue summit (QNA-style Arabic, Oct 2024).
Style: en/ar alternating; "was received by", "held talks with his counterpart", "sat down
with"; a killing blamed by Iran but not claimed beside killings the Israeli military claimed;
a vacant post filled (succession) beside an "expected to be confirmed" one (none); a Guards'
claim of a missile strike that killed a businessman; "did not meet"; an unnamed-agent killing.
Spellings: Amirabdollahian / Amir-Abdollahian, Adel Abdul Mahdi.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 12 (measured once blind, then opened; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cr/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ct import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, SYR, QAT = "country:iran", "country:israel", "country:syria", "country:qatar"
IFM, SNSC = "organization:iranian-foreign-ministry", "organization:supreme-national-security-council"
KRG, KRP = "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency"
IRGC, QF, AEOI = "organization:irgc", "organization:quds-force", "organization:atomic-energy-organization-of-iran"
AMA, ASSAD, MEK, BUS = ("person:hossein-amir-abdollahian", "person:bashar-al-assad",
                        "person:faisal-mekdad", "person:badr-albusaidi")
ZAH, HRAH, KHAM, JAM = ("person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi",
                        "person:ali-khamenei", "person:mohammad-jamshidi")
MASR, NECH, MASOUD = "person:masrour-barzani", "person:nechirvan-barzani", "person:masoud-barzani"
RAI, MOK, AHM = "person:ebrahim-raisi", "person:mohammad-mokhber", "person:ali-akbar-ahmadian"
SAFEEN, REBAR, PDIZ = "person:safeen-dizayee", "person:rebar-ahmed", "person:peshraw-dizayee"
TAM, MBAT, TEB, ROU = ("person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani",
                       "person:abdelmadjid-tebboune", "person:hassan-rouhani")
FAB, TEHR, SALEHI, ESL = ("person:fereydoun-abbasi", "person:mohammad-mehdi-tehranchi",
                          "person:ali-akbar-salehi", "person:mohammad-eslami")
ZAR, AAM, POMP = "person:mohammad-javad-zarif", "person:adil-abdul-mahdi", "person:mike-pompeo"
PEZ, ARA, HAY = "person:masoud-pezeshkian", "person:abbas-araghchi", "person:khalil-al-hayya"
NAS, NIL = "person:hassan-nasrallah", "person:abbas-nilforoushan"

ARTICLES = [
    ("enCR1_amirabdollahian_damascus_consulate", "en",
     "DAMASCUS, April 8 (Reuters) - Iranian Foreign Minister Hossein Amirabdollahian opened a new "
     "consular section in Damascus on Monday, a week after an air strike flattened Iran's consulate "
     "building next to its embassy and killed seven members of the Revolutionary Guards, among them "
     "Brigadier General Mohammad Reza Zahedi.\n"
     "Amirabdollahian, who flew in from Oman, was received by President Bashar al-Assad and then "
     "held talks with his Syrian counterpart Faisal Mekdad, who joined him at the ribbon-cutting.\n"
     "\"The Zionist regime will be punished,\" Amirabdollahian told reporters, echoing a vow by "
     "Supreme Leader Ayatollah Ali Khamenei. Tehran has blamed Israel for the attack; Israel has not "
     "commented. Mohammad Jamshidi, deputy chief of staff for political affairs in the Iranian "
     "president's office, said Iran had warned Washington not to get involved.\n"
     "Zahedi, 63, a former commander of the Guards' ground forces, oversaw the Quds Force's "
     "operations in Syria and Lebanon. His deputy, General Mohammad Hadi Haji Rahimi, was also "
     "killed. The Guards have not said who will take over Zahedi's post.\n"
     "In Muscat on Sunday, Amirabdollahian met Omani Foreign Minister Badr Albusaidi, whose country "
     "has often carried messages between Tehran and Washington.",
     [("LEADS", AMA, IFM, "Iranian Foreign Minister Hossein Amirabdollahian"),
      ("VISITED", AMA, "location:damascus", "consular section in Damascus on Monday", "2024-04-08"),
      ("MEMBER_OF", ZAH, IRGC, "seven members of the Revolutionary Guards"),
      ("MET_WITH", AMA, ASSAD, "was received by President Bashar", "2024-04-08"),
      ("LEADS", ASSAD, SYR, "was received by President Bashar"),
      ("MET_WITH", AMA, MEK, "held talks with his Syrian counterpart", "2024-04-08"),
      ("LEADS", MEK, "organization:syrian-foreign-ministry", "his Syrian counterpart Faisal"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("MEMBER_OF", JAM, "organization:iranian-presidential-office", "deputy chief of staff for political"),
      ("LEADS", ZAH, "organization:irgc-ground-forces", "a former commander of the Guards' ground forces"),
      ("MEMBER_OF", ZAH, QF, "oversaw the Quds Force's"),
      ("MEMBER_OF", HRAH, QF, "His deputy, General Mohammad"),
      ("VISITED", AMA, "location:muscat", "In Muscat on Sunday", "2024-04-07"),
      ("MET_WITH", AMA, BUS, "Amirabdollahian met Omani Foreign Minister", "2024-04-07"),
      ("LEADS", BUS, "organization:omani-foreign-ministry", "Omani Foreign Minister Badr"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-04-08"}),

    ("arCR2_masrour_barzani_tehran", "ar",
     "طهران - «كوردستان 24» - التقى رئيس حكومة إقليم كردستان مسرور بارزاني، الاثنين، الرئيس "
     "الإيراني إبراهيم رئيسي في طهران، في أول زيارة له إلى إيران منذ توليه رئاسة الحكومة. وبحث "
     "الجانبان أمن الحدود والتبادل التجاري وملف الأحزاب الكردية الإيرانية المعارضة المتمركزة في "
     "الإقليم.\n"
     "وكان في استقبال بارزاني لدى وصوله النائب الأول للرئيس محمد مخبر، قبل أن يجري مباحثات مع وزير "
     "الخارجية حسين أمير عبد اللهيان وأمين المجلس الأعلى للأمن القومي علي أكبر أحمديان. ورافقه في "
     "الزيارة وزير الداخلية في حكومة الإقليم ريبر أحمد ورئيس دائرة العلاقات الخارجية سفين دزيي.\n"
     "وقال رئيسي، بحسب بيان للرئاسة الإيرانية، إن «أمن الإقليم من أمن إيران»، فيما أكد بارزاني أن "
     "أربيل «لن تسمح بأن تكون أراضيها منطلقاً لتهديد جيرانها».\n"
     "وتأتي الزيارة بعد أشهر من توتر العلاقات إثر قصف صاروخي في كانون الثاني على منزل رجل الأعمال "
     "بيشرو دزيي في أربيل أدى إلى مقتله، وأعلن الحرس الثوري مسؤوليته عنه قائلاً إنه استهدف «مقراً "
     "للموساد». ونفت حكومة الإقليم الرواية الإيرانية.\n"
     "ويشغل مسرور بارزاني منصبه منذ تموز 2019 خلفاً لابن عمه نيجيرفان بارزاني، الذي انتُخب رئيساً "
     "للإقليم.",
     [("LEADS", MASR, KRG, "رئيس حكومة إقليم كردستان مسرور"),
      ("MET_WITH", MASR, RAI, "التقى رئيس حكومة إقليم", "2024-05-06"),
      ("LEADS", RAI, IRAN, "الإيراني إبراهيم رئيسي"),
      ("VISITED", MASR, "location:tehran", "إبراهيم رئيسي في طهران", "2024-05-06"),
      ("MET_WITH", MASR, MOK, "وكان في استقبال بارزاني", "2024-05-06"),
      ("MEMBER_OF", MOK, "organization:iranian-government", "النائب الأول للرئيس محمد"),
      ("MET_WITH", MASR, AMA, "قبل أن يجري مباحثات مع", "2024-05-06"),
      ("MET_WITH", MASR, AHM, "وأمين المجلس الأعلى", "2024-05-06"),
      ("LEADS", AMA, IFM, "الخارجية حسين أمير"),
      ("LEADS", AHM, SNSC, "للأمن القومي علي أكبر"),
      ("MEMBER_OF", REBAR, KRG, "وزير الداخلية في حكومة الإقليم"),
      ("MEMBER_OF", SAFEEN, KRG, "ورئيس دائرة العلاقات الخارجية سفين"),
      ("ATTACKED", IRGC, "location:erbil", "وأعلن الحرس الثوري مسؤوليته", "2024-01-15"),
      ("ASSASSINATED_BY", PDIZ, IRGC, "وأعلن الحرس الثوري مسؤوليته", "2024-01-15"),
      ("SUCCESSOR_OF", MASR, NECH, "خلفاً لابن عمه", "2019-07-10"),
      ("LEADS", NECH, KRP, "انتُخب رئيساً"),
      ],
     {"source": "blind set (Kurdistan24-style Arabic)", "published": "2024-05-06"}),

    ("enCR3_raisi_doha_gas_summit", "en",
     "DOHA, Qatar (AP) - Iranian President Ebrahim Raisi arrived in Qatar on Monday for a summit of "
     "gas exporters, the first visit by an Iranian head of state to the small Gulf nation in more "
     "than a decade.\n"
     "Qatar's ruling emir, Sheikh Tamim bin Hamad Al Thani, greeted Raisi at the Amiri Diwan, and "
     "the two leaders discussed energy, shipping and the stalled Vienna talks on reviving Iran's "
     "2015 nuclear deal with world powers, the state-run Qatar News Agency said. Foreign Minister "
     "Hossein Amir-Abdollahian separately held talks with his Qatari counterpart, Sheikh Mohammed "
     "bin Abdulrahman Al Thani.\n"
     "On Tuesday Raisi sat down with Algerian President Abdelmadjid Tebboune on the sidelines of "
     "the Gas Exporting Countries Forum. He did not meet any American officials; the United States "
     "is not a member of the forum.\n"
     "Iran's chief negotiator, Ali Bagheri Kani, stayed behind in Austria, where European "
     "diplomats have been shuttling between his team and the U.S. delegation.\n"
     "Raisi, a hard-line cleric and former judiciary chief, took office in August, replacing "
     "Hassan Rouhani, whose government negotiated the nuclear deal.",
     [("LEADS", RAI, IRAN, "Iranian President Ebrahim Raisi"),
      ("VISITED", RAI, QAT, "arrived in Qatar on Monday", "2022-02-21"),
      ("LEADS", TAM, QAT, "Qatar's ruling emir"),
      ("MET_WITH", TAM, RAI, "greeted Raisi at the Amiri Diwan", "2022-02-21"),
      ("LEADS", AMA, IFM, "Foreign Minister Hossein Amir-Abdollahian"),
      ("MET_WITH", AMA, MBAT, "separately held talks with", "2022-02-21"),
      ("LEADS", MBAT, "organization:qatari-foreign-ministry", "his Qatari counterpart, Sheikh"),
      ("MET_WITH", RAI, TEB, "Raisi sat down with Algerian", "2022-02-22"),
      ("LEADS", TEB, "country:algeria", "Algerian President Abdelmadjid"),
      ("LEADS", RAI, "organization:iranian-judiciary", "former judiciary chief"),
      ("SUCCESSOR_OF", RAI, ROU, "replacing Hassan Rouhani", "2021-08-03"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-02-22"}),

    ("arCR4_scientists_killed_june2025", "ar",
     "طهران - «العربي الجديد» - أعلن الجيش الإسرائيلي، الجمعة، أنه قتل تسعة من كبار العلماء "
     "النوويين الإيرانيين في الموجة الأولى من ضرباته على إيران، بينهم الرئيس السابق لمنظمة الطاقة "
     "الذرية فريدون عباسي دواني، ورئيس جامعة آزاد الإسلامية محمد مهدي طهرانجي.\n"
     "وأكدت وسائل إعلام إيرانية مقتل عباسي وطهرانجي في غارتين على مبنيين سكنيين في طهران، فيما "
     "أصيب مستشار المرشد علي شمخاني بجروح خطيرة ونُقل إلى المستشفى.\n"
     "وقال رئيس منظمة الطاقة الذرية محمد إسلامي إن «قتل العلماء لن يوقف البرنامج»، مضيفاً أن لدى "
     "إيران «جيلاً جديداً» من الخبراء.\n"
     "ونجا عباسي عام 2010 من محاولة اغتيال بقنبلة لاصقة في طهران، قبل أن يتولى رئاسة المنظمة "
     "خلفاً لعلي أكبر صالحي حين عُيّن الأخير وزيراً للخارجية.\n"
     "أما محسن فخري زاده، الذي وصفته أجهزة استخبارات غربية بأنه «أبو البرنامج النووي»، فقد قُتل في "
     "تشرين الثاني 2020 قرب طهران برشاش يُتحكم به عن بُعد، واتهمت طهران إسرائيل باغتياله، من دون "
     "أن تعلن الأخيرة مسؤوليتها.",
     [("ASSASSINATED_BY", FAB, ISR, "أنه قتل تسعة من كبار العلماء", "2025-06-13"),
      ("ASSASSINATED_BY", TEHR, ISR, "أنه قتل تسعة من كبار العلماء", "2025-06-13"),
      ("ATTACKED", ISR, IRAN, "ضرباته على إيران", "2025-06-13"),
      ("LEADS", FAB, AEOI, "الرئيس السابق لمنظمة الطاقة"),
      ("LEADS", TEHR, "organization:islamic-azad-university", "ورئيس جامعة آزاد الإسلامية"),
      ("LEADS", ESL, AEOI, "وقال رئيس منظمة الطاقة الذرية"),
      ("SUCCESSOR_OF", FAB, SALEHI, "خلفاً لعلي أكبر صالحي", "2011-02-13"),
      ("LEADS", SALEHI, IFM, "عُيّن الأخير وزيراً للخارجية"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2025-06-14"}),

    ("enCR5_nechirvan_sworn_in_zarif", "en",
     "ERBIL, Iraq, June 10 (Reuters) - Nechirvan Barzani was sworn in as president of Iraq's "
     "Kurdistan region on Monday, filling a post left vacant since his uncle Masoud Barzani stepped "
     "down in 2017 after a failed independence referendum.\n"
     "Iranian Foreign Minister Mohammad Javad Zarif flew to Erbil for the ceremony and met the new "
     "president afterwards, as did Iraqi Prime Minister Adel Abdul Mahdi. Zarif also held talks "
     "with Masoud Barzani, who remains leader of the Kurdistan Democratic Party, at his office, "
     "according to a KDP statement.\n"
     "Turkey and Jordan sent ministers. U.S. Secretary of State Mike Pompeo did not attend, and "
     "Washington was represented by a deputy assistant secretary.\n"
     "Barzani's cousin Masrour Barzani, head of the region's security council, is expected to be "
     "confirmed as prime minister within weeks, taking over a post Nechirvan held for most of the "
     "past decade.\n"
     "\"Iran stood by the Kurdish people when Daesh was at the gates of Erbil,\" Zarif told "
     "Kurdistan24, recalling the 2014 offensive by Islamic State militants.",
     [("LEADS", NECH, KRP, "sworn in as president of Iraq's"),
      ("SUCCESSOR_OF", NECH, MASOUD, "filling a post left vacant", "2019-06-10"),
      ("LEADS", MASOUD, KRP, "his uncle Masoud Barzani stepped"),
      ("LEADS", ZAR, IFM, "Iranian Foreign Minister Mohammad Javad Zarif"),
      ("VISITED", ZAR, "location:erbil", "flew to Erbil for the ceremony", "2019-06-10"),
      ("MET_WITH", ZAR, NECH, "met the new president", "2019-06-10"),
      ("MET_WITH", AAM, NECH, "as did Iraqi Prime Minister", "2019-06-10"),
      ("LEADS", AAM, "organization:iraqi-government", "as did Iraqi Prime Minister"),
      ("MET_WITH", ZAR, MASOUD, "Zarif also held talks", "2019-06-10"),
      ("LEADS", MASOUD, "organization:kurdistan-democratic-party", "remains leader of the Kurdistan"),
      ("LEADS", POMP, "organization:us-state-department", "U.S. Secretary of State Mike"),
      ("LEADS", MASR, "organization:kurdistan-region-security-council", "head of the region's security council"),
      ("REPORTED_BY", ZAR, "outlet:kurdistan24", "Zarif told"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-06-10"}),

    ("arCR6_pezeshkian_doha_acd", "ar",
     "الدوحة - (قنا) - استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، في "
     "الديوان الأميري صباح اليوم، فخامة الرئيس مسعود بزشكيان رئيس جمهورية إيران الإسلامية، الذي "
     "يزور البلاد للمشاركة في القمة الثالثة لحوار التعاون الآسيوي. وجرى خلال المقابلة استعراض "
     "علاقات التعاون بين البلدين وتطورات الأوضاع في قطاع غزة ولبنان.\n"
     "وعقد وزير الخارجية الإيراني عباس عراقجي جلسة مباحثات مع معالي الشيخ محمد بن عبد الرحمن آل "
     "ثاني رئيس مجلس الوزراء وزير الخارجية.\n"
     "وفي وقت لاحق، التقى الرئيس الإيراني في مقر إقامته وفداً من قيادة حركة حماس برئاسة خليل الحية، "
     "وأكد له أن «دعم المقاومة سيستمر»، بحسب ما نقلته وكالة «إرنا».\n"
     "وتأتي زيارة بزشكيان إلى الدوحة بعد يومين من إطلاق إيران نحو مئتي صاروخ باليستي على إسرائيل، "
     "قالت طهران إنها رد على اغتيال الأمين العام لحزب الله حسن نصر الله في بيروت ومعه القائد في "
     "الحرس الثوري عباس نيلفروشان. ولم يلتقِ بزشكيان أي مسؤول أميركي على هامش القمة، كما لم يُعقد "
     "لقاء مقرر بينه وبين ولي العهد الكويتي بسبب ضيق الوقت.",
     [("MET_WITH", TAM, PEZ, "استقبل حضرة صاحب السمو", "2024-10-03"),
      ("LEADS", TAM, QAT, "أمير البلاد المفدى"),
      ("LEADS", PEZ, IRAN, "رئيس جمهورية إيران الإسلامية"),
      ("VISITED", PEZ, QAT, "الذي يزور البلاد", "2024-10-03"),
      ("VISITED", PEZ, "location:doha", "زيارة بزشكيان إلى الدوحة", "2024-10-03"),
      ("MET_WITH", ARA, MBAT, "جلسة مباحثات مع معالي", "2024-10-03"),
      ("LEADS", ARA, IFM, "وزير الخارجية الإيراني عباس"),
      ("LEADS", MBAT, "organization:qatari-foreign-ministry", "رئيس مجلس الوزراء وزير الخارجية"),
      ("MET_WITH", PEZ, HAY, "التقى الرئيس الإيراني في مقر إقامته", "2024-10-03"),
      ("MEMBER_OF", HAY, "organization:hamas", "قيادة حركة حماس برئاسة"),
      ("REPORTED_BY", PEZ, "outlet:irna", "بحسب ما نقلته وكالة «إرنا»"),
      ("ATTACKED", IRAN, ISR, "إطلاق إيران نحو مئتي صاروخ", "2024-10-01"),
      ("LEADS", NAS, "organization:hezbollah", "الأمين العام لحزب الله حسن"),
      ("MEMBER_OF", NIL, IRGC, "القائد في الحرس الثوري عباس"),
      ],
     {"source": "blind set (QNA-style Arabic)", "published": "2024-10-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCR")
