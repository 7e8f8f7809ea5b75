"""Blind set ER: Oman, Qatar and Kuwait between Tehran and Washington, 2020-2024: Sultan Haitham's
state visit to Iran, with his own and Albusaidi's successions as background (Times of Oman-style,
May 2023); Albusaidi shuttling between Araghchi and Witkoff in Muscat (Al-Bayan-style Arabic,
Apr 2025); Emir Tamim in Tehran days after the Baghdad airport strike (Gulf Times-style, Jan
2020); Sheikh Mohammed bin Abdulrahman, Qatar's new prime minister, receiving Amir-Abdollahian
during the prisoner-swap mediation (Al-Raya-style Arabic, Sept 2023); Amir-Abdullahian's
condolence visit to Emir Meshal after Nawaf's death (Kuwait Times-style, Dec 2023); Araghchi
received by Meshal and the new Kuwaiti premier (Al-Qabas-style Arabic, Oct 2024).
Style: en/ar alternating; "was welcomed at the airport by", "was received by the Supreme Leader",
an indirect negotiation with "لم يلتقِ ... وجهاً لوجه", "accompanied by" (not annotated as a
meeting), killings by a stated agent in a background paragraph, chains of succession
("خلفاً لـ"، "قد خلف بدوره", "who had himself succeeded"), phone calls, a "told KUNA".
Spellings: Albusaidi / البوسعيدي, Amir-Abdullahian, Suleimani, al-Mohandes, Meshal.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_er/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_es import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, OMAN, QATAR, KUWAIT, US = ("country:iran", "country:oman", "country:qatar", "country:kuwait",
                                 "country:united-states")
IFM, OFM, QFM, KFM = ("organization:iranian-foreign-ministry", "organization:omani-foreign-ministry",
                      "organization:qatari-foreign-ministry", "organization:kuwaiti-foreign-ministry")
HAI, BUS, ALAWI, QAB = ("person:haitham-bin-tarik", "person:badr-albusaidi", "person:yusuf-bin-alawi",
                        "person:qaboos-bin-said")
RAI, KHAM, OWJI, AMA = ("person:ebrahim-raisi", "person:ali-khamenei", "person:javad-owji",
                        "person:hossein-amir-abdollahian")
ARA, WIT, BAQ, RAV = ("person:abbas-araghchi", "person:steve-witkoff", "person:esmaeil-baghaei",
                      "person:majid-takht-ravanchi")
PEZ, ANTON = "person:masoud-pezeshkian", "person:michael-anton"
TAMIM, ROU, MBA = "person:tamim-bin-hamad-al-thani", "person:hassan-rouhani", "person:mohammed-bin-abdulrahman-al-thani"
SOL, MUH, TRUMP, DEH = ("person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:donald-trump",
                        "person:hamidreza-dehghani")
KHUL, BAGH, KBK, ABN = ("person:mohammed-al-khulaifi", "person:ali-bagheri-kani",
                        "person:khalid-bin-khalifa-al-thani", "person:abdullah-bin-nasser-al-thani")
MESH, NAWAF, SABAH = ("person:meshal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
                      "person:sabah-al-ahmad-al-sabah")
SALEM, OTAIBI, AHNAW, TOUT = ("person:salem-abdullah-al-jaber-al-sabah", "person:mansour-al-otaibi",
                              "person:ahmad-nawaf-al-ahmad", "person:mohammad-toutounchi")
AHAB, YAHYA, MSS = ("person:ahmad-abdullah-al-ahmad-al-sabah", "person:abdullah-al-yahya",
                    "person:mohammad-sabah-al-salem")
KGOV = "organization:kuwaiti-government"

ARTICLES = [
    ("enER1_sultan_haitham_tehran", "en",
     "MUSCAT: His Majesty Sultan Haitham bin Tarik returned home on Monday after a two-day state "
     "visit to the Islamic Republic of Iran, during which he held talks with President Ebrahim Raisi "
     "and was received by the Supreme Leader, Ayatollah Ali Khamenei.\n"
     "His Majesty was welcomed at Mehrabad Airport by Iran's Minister of Petroleum Javad Owji before an "
     "official reception ceremony at Saadabad Palace hosted by President Raisi.\n"
     "The two sides signed four memoranda of understanding covering energy, trade and the "
     "environment, Oman News Agency reported. Sayyid Badr bin Hamad Albusaidi, Minister of Foreign "
     "Affairs, signed on behalf of the Sultanate alongside his Iranian counterpart, Hossein "
     "Amir-Abdollahian.\n"
     "Khamenei told the Sultan that Tehran welcomed the restoration of ties with Egypt, Iranian media "
     "reported.\n"
     "It was His Majesty's first visit to Iran since he succeeded the late Sultan Qaboos bin Said in "
     "January 2020. Sayyid Badr took over the foreign ministry in August of that year from Yusuf bin "
     "Alawi bin Abdullah, who had held the portfolio for more than two decades.\n"
     "Oman has long served as a discreet channel between Tehran and Washington, hosting the secret "
     "talks that paved the way for the 2015 nuclear deal.",
     [("LEADS", HAI, OMAN, "His Majesty Sultan Haitham"),
      ("VISITED", HAI, IRAN, "state visit to the Islamic Republic of Iran", "2023-05-28"),
      ("MET_WITH", HAI, RAI, "he held talks with President Ebrahim", "2023-05-28"),
      ("LEADS", RAI, IRAN, "he held talks with President Ebrahim"),
      ("MET_WITH", HAI, KHAM, "was received by the Supreme Leader", "2023-05-29"),
      ("LEADS", KHAM, IRAN, "was received by the Supreme Leader"),
      ("MET_WITH", HAI, OWJI, "was welcomed at Mehrabad Airport", "2023-05-28"),
      ("LEADS", OWJI, "organization:iranian-oil-ministry", "Iran's Minister of Petroleum Javad"),
      ("LEADS", BUS, OFM, "Minister of Foreign Affairs, signed"),
      ("MET_WITH", BUS, AMA, "signed on behalf of the Sultanate", "2023-05-28"),
      ("LEADS", AMA, IFM, "his Iranian counterpart, Hossein"),
      ("SUCCESSOR_OF", HAI, QAB, "since he succeeded the late Sultan", "2020-01-11"),
      ("SUCCESSOR_OF", BUS, ALAWI, "took over the foreign ministry in August", "2020-08-18"),
      ],
     {"source": "blind set (Times of Oman-style)", "published": "2023-05-30"}),

    ("arER2_busaidi_muscat_shuttle", "ar",
     "مسقط - «البيان» - استضافت سلطنة عُمان، السبت، جولة ثالثة من المحادثات غير المباشرة بين إيران "
     "والولايات المتحدة، تنقّل خلالها وزير الخارجية العُماني بدر بن حمد البوسعيدي بين الوفدين "
     "اللذين جلسا في قاعتين منفصلتين في ضاحية بمسقط.\n"
     "والتقى البوسعيدي وزير الخارجية الإيراني عباس عراقجي في مستهل الجولة، ثم اجتمع بالمبعوث "
     "الأميركي الخاص إلى الشرق الأوسط ستيف ويتكوف، ناقلاً الرسائل بين الجانبين. ولم يلتقِ عراقجي "
     "وويتكوف وجهاً لوجه، وفق ما أكده المتحدث باسم الخارجية الإيرانية إسماعيل بقائي.\n"
     "وقال البوسعيدي في تدوينة إن الطرفين «اتفقا على مواصلة المحادثات الأسبوع المقبل»، مشيراً إلى "
     "أن الخبراء الفنيين من الجانبين بدأوا العمل على إطار لاتفاق محتمل.\n"
     "وترأس الوفد الفني الإيراني نائب وزير الخارجية مجيد تخت روانجي، فيما ترأس الجانب الأميركي "
     "مايكل أنتون مدير التخطيط السياسي في وزارة الخارجية الأميركية.\n"
     "وكان عراقجي قد استُقبل قبل انطلاق الجولة من جلالة السلطان هيثم بن طارق في قصر العلم، حيث "
     "سلّمه رسالة من الرئيس مسعود بزشكيان تتضمن الشكر على الدور العُماني.",
     [("VISITED", ARA, "location:muscat", "في ضاحية بمسقط", "2025-04-26"),
      ("VISITED", WIT, "location:muscat", "في ضاحية بمسقط", "2025-04-26"),
      ("LEADS", BUS, OFM, "وزير الخارجية العُماني بدر"),
      ("MET_WITH", BUS, ARA, "والتقى البوسعيدي", "2025-04-26"),
      ("LEADS", ARA, IFM, "وزير الخارجية الإيراني عباس"),
      ("MET_WITH", BUS, WIT, "ثم اجتمع بالمبعوث", "2025-04-26"),
      ("MEMBER_OF", BAQ, IFM, "المتحدث باسم الخارجية الإيرانية"),
      ("MEMBER_OF", RAV, IFM, "نائب وزير الخارجية مجيد"),
      ("MEMBER_OF", ANTON, "organization:us-state-department", "مدير التخطيط السياسي في وزارة الخارجية"),
      ("MET_WITH", HAI, ARA, "قد استُقبل قبل انطلاق الجولة", "2025-04-26"),
      ("LEADS", PEZ, IRAN, "الرئيس مسعود بزشكيان"),
      ],
     {"source": "blind set (Al-Bayan-style Arabic)", "published": "2025-04-27"}),

    ("enER3_tamim_tehran_after_strike", "en",
     "DOHA: His Highness the Amir Sheikh Tamim bin Hamad Al-Thani held talks with Iranian President "
     "Hassan Rouhani in Tehran on Sunday, the first visit by a foreign head of state to Iran since "
     "the killing of General Qassem Suleimani.\n"
     "The Amir, who was accompanied by Deputy Prime Minister and Minister of Foreign Affairs HE Sheikh "
     "Mohammed bin Abdulrahman Al-Thani, also met Supreme Leader Ayatollah Ali Khamenei, according to "
     "Khamenei's office.\n"
     "Suleimani, commander of the Revolutionary Guards' Quds Force, was killed in a US drone strike at "
     "Baghdad airport on January 3 along with Abu Mahdi al-Mohandes, the deputy head of Iraq's Popular "
     "Mobilisation Forces. President Donald Trump said he had ordered the strike.\n"
     "Iran retaliated five days later with ballistic missiles on Ain al-Asad air base in western Iraq, "
     "which hosts US troops.\n"
     "Rouhani said after the meeting that \"the only solution to the region's problems is greater "
     "cooperation between regional countries\". Iran's ambassador in Doha, Hamidreza Dehghani, told "
     "Qatar News Agency that the visit \"opened a new chapter\".\n"
     "Qatar, home to Al Udeid Air Base, the largest US military facility in the region, has kept "
     "working ties with Tehran, which opened its airspace to Qatar Airways during the Gulf blockade.",
     [("LEADS", TAMIM, QATAR, "the Amir Sheikh Tamim"),
      ("MET_WITH", TAMIM, ROU, "held talks with Iranian President", "2020-01-12"),
      ("LEADS", ROU, IRAN, "held talks with Iranian President"),
      ("VISITED", TAMIM, "location:tehran", "Rouhani in Tehran on Sunday", "2020-01-12"),
      ("VISITED", MBA, "location:tehran", "who was accompanied by Deputy Prime Minister", "2020-01-12"),
      ("LEADS", MBA, QFM, "Minister of Foreign Affairs HE Sheikh"),
      ("MET_WITH", TAMIM, KHAM, "also met Supreme Leader", "2020-01-12"),
      ("LEADS", KHAM, IRAN, "also met Supreme Leader"),
      ("LEADS", SOL, "organization:quds-force", "commander of the Revolutionary Guards' Quds Force"),
      ("ASSASSINATED_BY", SOL, US, "was killed in a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "was killed in a US drone strike", "2020-01-03"),
      ("MEMBER_OF", MUH, "organization:popular-mobilization-forces", "the deputy head of Iraq's Popular"),
      ("ASSASSINATED_BY", SOL, TRUMP, "he had ordered the strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "he had ordered the strike", "2020-01-03"),
      ("LEADS", TRUMP, US, "President Donald Trump said"),
      ("ATTACKED", IRAN, "location:ain-al-asad-air-base", "Iran retaliated five days later", "2020-01-08"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "country:iraq", "air base in western Iraq"),
      ("REPORTED_BY", DEH, "outlet:qatar-news-agency", "told Qatar News Agency"),
      ("LOCATED_IN", "location:al-udeid-air-base", QATAR, "Qatar, home to Al Udeid Air Base"),
      ],
     {"source": "blind set (Gulf Times-style)", "published": "2020-01-13"}),

    ("arER4_qatar_pm_receives_abdollahian", "ar",
     "الدوحة - «الراية» - استقبل معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء "
     "وزير الخارجية، في الدوحة أمس، معالي السيد حسين أمير عبداللهيان وزير خارجية الجمهورية "
     "الإسلامية الإيرانية، وجرى خلال المقابلة استعراض علاقات التعاون بين البلدين، والترتيبات "
     "المتعلقة بتنفيذ اتفاق تبادل المحتجزين بين طهران وواشنطن.\n"
     "وكان الوزير الإيراني قد التقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى "
     "في وقت سابق من اليوم في الديوان الأميري.\n"
     "وأدار ملف الوساطة من الجانب القطري معالي الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة "
     "بوزارة الخارجية، الذي أجرى جولات عدة من المحادثات مع كبير المفاوضين الإيرانيين علي باقري كني "
     "في الدوحة خلال الأشهر الماضية.\n"
     "ويُذكر أن الشيخ محمد بن عبدالرحمن تولى رئاسة مجلس الوزراء في آذار الماضي خلفاً للشيخ خالد بن "
     "خليفة بن عبدالعزيز آل ثاني، الذي كان قد خلف بدوره الشيخ عبدالله بن ناصر بن خليفة آل ثاني في "
     "كانون الثاني 2020، واحتفظ بحقيبة الخارجية.\n"
     "ولم يلتقِ الوزير الإيراني أي مسؤول أميركي خلال وجوده في الدوحة.",
     [("MET_WITH", MBA, AMA, "استقبل معالي الشيخ محمد", "2023-09-17"),
      ("LEADS", MBA, "organization:qatari-government", "آل ثاني رئيس مجلس الوزراء"),
      ("LEADS", MBA, QFM, "آل ثاني رئيس مجلس الوزراء"),
      ("VISITED", AMA, "location:doha", "في الدوحة أمس", "2023-09-17"),
      ("LEADS", AMA, IFM, "وزير خارجية الجمهورية"),
      ("MET_WITH", AMA, TAMIM, "قد التقى حضرة صاحب السمو", "2023-09-17"),
      ("LEADS", TAMIM, QATAR, "أمير البلاد المفدى"),
      ("MEMBER_OF", KHUL, QFM, "وزير الدولة بوزارة الخارجية"),
      ("MET_WITH", KHUL, BAGH, "أجرى جولات عدة من المحادثات"),
      ("SUCCESSOR_OF", MBA, KBK, "خلفاً للشيخ خالد", "2023-03-07"),
      ("SUCCESSOR_OF", KBK, ABN, "قد خلف بدوره", "2020-01-28"),
      ],
     {"source": "blind set (Al-Raya-style Arabic)", "published": "2023-09-18"}),

    ("enER5_abdullahian_condolences_kuwait", "en",
     "KUWAIT CITY: His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received Iran's "
     "Foreign Minister Hossein Amir-Abdullahian at Bayan Palace on Wednesday, as delegations from "
     "across the region continued to arrive to offer condolences on the death of the late Amir Sheikh "
     "Nawaf Al-Ahmad Al-Jaber Al-Sabah.\n"
     "Sheikh Meshal succeeded his half-brother Sheikh Nawaf on December 16 and was sworn in before the "
     "National Assembly four days later. Sheikh Nawaf had himself succeeded Sheikh Sabah Al-Ahmad in "
     "September 2020.\n"
     "Amir-Abdullahian conveyed the condolences of President Ebrahim Raisi, who spoke with the new "
     "Amir by telephone on Sunday. The minister also met his Kuwaiti counterpart Sheikh Salem Abdullah "
     "Al-Jaber Al-Sabah, and the two discussed the Durra gas field, which Kuwait and Saudi Arabia say "
     "belongs to them alone.\n"
     "Earlier, Amir-Abdullahian was received at Kuwait International Airport by Deputy Foreign Minister "
     "Mansour Al-Otaibi.\n"
     "Iran's ambassador to Kuwait, Mohammad Toutounchi, told KUNA that Tehran wanted \"a new page\" "
     "with its neighbours. Prime Minister Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah submitted the "
     "government's resignation on Tuesday, as required by the constitution.",
     [("LEADS", MESH, KUWAIT, "His Highness the Amir Sheikh Meshal"),
      ("MET_WITH", MESH, AMA, "received Iran's Foreign Minister", "2023-12-20"),
      ("LEADS", AMA, IFM, "received Iran's Foreign Minister"),
      ("SUCCESSOR_OF", MESH, NAWAF, "succeeded his half-brother", "2023-12-16"),
      ("SUCCESSOR_OF", NAWAF, SABAH, "had himself succeeded Sheikh Sabah", "2020-09-29"),
      ("LEADS", RAI, IRAN, "President Ebrahim Raisi"),
      ("MET_WITH", AMA, SALEM, "also met his Kuwaiti counterpart", "2023-12-20"),
      ("LEADS", SALEM, KFM, "his Kuwaiti counterpart Sheikh Salem"),
      ("VISITED", AMA, KUWAIT, "received at Kuwait International Airport", "2023-12-20"),
      ("MET_WITH", AMA, OTAIBI, "received at Kuwait International Airport", "2023-12-20"),
      ("MEMBER_OF", OTAIBI, KFM, "Deputy Foreign Minister Mansour"),
      ("REPORTED_BY", TOUT, "outlet:kuna", "told KUNA"),
      ("LEADS", AHNAW, KGOV, "Prime Minister Sheikh Ahmad Nawaf"),
      ],
     {"source": "blind set (Kuwait Times-style)", "published": "2023-12-21"}),

    ("arER6_araghchi_kuwait_bayan", "ar",
     "الكويت - «القبس» - استقبل سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح، في قصر بيان أمس، "
     "وزير الخارجية الإيراني عباس عراقجي والوفد المرافق له، بحضور سمو رئيس مجلس الوزراء الشيخ أحمد "
     "عبدالله الأحمد الصباح.\n"
     "وكان عراقجي، الذي وصل إلى البلاد مساء الثلاثاء، قد عقد جلسة مباحثات رسمية مع نظيره الكويتي "
     "عبدالله اليحيا في مقر وزارة الخارجية، تناولت التطورات الإقليمية وملف حقل الدرة.\n"
     "وقال اليحيا في تصريح لـ«كونا» إن الكويت تؤكد أن حقل الدرة «ثروة طبيعية كويتية سعودية خالصة».\n"
     "وتأتي الزيارة في إطار جولة خليجية شملت الرياض والدوحة ومسقط، تسعى طهران من خلالها إلى "
     "طمأنة جيرانها وسط التصعيد مع إسرائيل.\n"
     "وكان سمو الأمير قد كلّف الشيخ أحمد العبدالله في أيار الماضي برئاسة الحكومة خلفاً للشيخ محمد "
     "صباح السالم، فيما تولى اليحيا حقيبة الخارجية في كانون الثاني خلفاً للشيخ سالم عبدالله "
     "الجابر.\n"
     "ولم يلتقِ عراقجي سمو ولي العهد الشيخ صباح الخالد، الذي يقوم بزيارة خاصة خارج البلاد.",
     [("MET_WITH", MESH, ARA, "استقبل سمو أمير البلاد", "2024-10-16"),
      ("LEADS", MESH, KUWAIT, "أمير البلاد الشيخ مشعل"),
      ("LEADS", ARA, IFM, "وزير الخارجية الإيراني عباس"),
      ("MET_WITH", AHAB, ARA, "بحضور سمو رئيس مجلس الوزراء", "2024-10-16"),
      ("LEADS", AHAB, KGOV, "بحضور سمو رئيس مجلس الوزراء"),
      ("VISITED", ARA, KUWAIT, "وصل إلى البلاد مساء الثلاثاء", "2024-10-15"),
      ("MET_WITH", ARA, YAHYA, "جلسة مباحثات رسمية مع نظيره الكويتي", "2024-10-15"),
      ("LEADS", YAHYA, KFM, "نظيره الكويتي عبدالله"),
      ("REPORTED_BY", YAHYA, "outlet:kuna", "في تصريح لـ«كونا»"),
      ("VISITED", ARA, "location:riyadh", "جولة خليجية شملت الرياض"),
      ("VISITED", ARA, "location:doha", "جولة خليجية شملت الرياض"),
      ("VISITED", ARA, "location:muscat", "جولة خليجية شملت الرياض"),
      ("SUCCESSOR_OF", AHAB, MSS, "خلفاً للشيخ محمد", "2024-05-15"),
      ("SUCCESSOR_OF", YAHYA, SALEM, "خلفاً للشيخ سالم", "2024-01"),
      ],
     {"source": "blind set (Al-Qabas-style Arabic)", "published": "2024-10-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setER")
