"""Blind set HL: Syria after Assad, Turkey and the Kurds 2022-2025 as an international broadcaster's
website would run it (BBC / France 24-like: explanatory background paragraphs): the al-Shara - Abdi
agreement of March 2025 (English); Turkish officials in Damascus and Syrian ministers in Ankara,
Dec 2024 - Feb 2025 (Arabic); the foreign envoys received by al-Sharaa and the successions at the
top of the Syrian state (English); Turkish drone strikes on SDF and YPJ figures, 2022-2025 (Arabic);
Erdogan in Baghdad and Erbil, April 2024, and the 2023 Turkish reshuffle (English); new heads of
Syria's central bank, interior ministry and intelligence service, 2024-2025 (Arabic).
Style: broadcaster explainer; excluded on purpose: Ocalan's message read by others, a phone call
from Fidan, an unconfirmed December round of talks, a planned visit by Guler, a phone call with
Putin, an unclaimed strike blamed on Turkey by the SDF, the killing of two journalists blamed on
Turkey, a "not among those Erdogan met", an unconfirmed meeting of al-Sharaa with Sabrine.
Spellings: Ahmed al-Shara, كالين, إردوغان, الشيبانى, مظلوم عبدى, Jean-Noël Barrot, Recep Tayyip
Erdogan, Mevlut Cavusoglu.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hm import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, TURKEY, SYRIA, QATAR, USA = ("country:iraq", "country:turkey", "country:syria", "country:qatar",
                                   "country:united-states")
SDF, YPG, YPJ, PKK, MIT, SNA, AANES = (
    "organization:syrian-democratic-forces", "organization:ypg", "organization:ypj", "organization:pkk",
    "organization:turkish-national-intelligence-organization", "organization:syrian-national-army",
    "organization:autonomous-administration-nes")
CENTCOM, STATE, TFM, TDM, TIM, SFM, SDM, SIM, SGI, SFIN, SGOV, CBS, IMF = (
    "organization:us-central-command", "organization:us-state-department", "organization:turkish-foreign-ministry",
    "organization:turkish-defence-ministry", "organization:turkish-interior-ministry",
    "organization:syrian-foreign-ministry", "organization:syrian-defence-ministry",
    "organization:syrian-interior-ministry", "organization:syrian-general-intelligence",
    "organization:syrian-finance-ministry", "organization:syrian-government", "organization:central-bank-of-syria",
    "organization:imf")
IQG, KRG, KRP, KDP, IQWATER, SAFM = (
    "organization:iraqi-government", "organization:kurdistan-regional-government",
    "organization:kurdistan-region-presidency", "organization:kurdistan-democratic-party",
    "organization:iraqi-water-resources-ministry", "organization:saudi-foreign-ministry")
DAMASCUS, ANKARA, BAGHDAD, ERBIL, RIYADH, WASHINGTON, KR = (
    "location:damascus", "location:ankara", "location:baghdad", "location:erbil", "location:riyadh",
    "location:washington", "location:kurdistan-region")
UMAYYAD, PPALACE, PCOMPLEX = "location:umayyad-mosque", "location:peoples-palace", "location:presidential-complex-ankara"
SHARAA, ABDI, ASSAD, OCALAN, KURILLA, SHAMI, FIDAN = (
    "person:ahmed-al-sharaa", "person:mazloum-abdi", "person:bashar-al-assad", "person:abdullah-ocalan",
    "person:michael-kurilla", "person:farhad-shami", "person:hakan-fidan")
KALIN, ERD, SHAIBANI, ABUQ, KHATTAB, KOROGLU, GULER = (
    "person:ibrahim-kalin", "person:recep-tayyip-erdogan", "person:asaad-al-shaibani", "person:murhaf-abu-qasra",
    "person:anas-khattab", "person:burhan-koroglu", "person:yasar-guler")
LEAF, BAERBOCK, BARROT, FAISAL, TAMIM, BASHIR, JALALI, BOGDANOV, PUTIN = (
    "person:barbara-leaf", "person:annalena-baerbock", "person:jean-noel-barrot", "person:faisal-bin-farhan",
    "person:tamim-bin-hamad-al-thani", "person:mohammed-al-bashir", "person:mohammed-ghazi-al-jalali",
    "person:mikhail-bogdanov", "person:vladimir-putin")
TOLHILDAN, DARWISH = "person:jiyan-tolhildan", "person:yusra-darwish"
SUD, RASHID, NECH, MASROUR, MASOUD, CAVUSOGLU, DIAB = (
    "person:mohammed-shia-al-sudani", "person:abdul-latif-rashid", "person:nechirvan-barzani",
    "person:masrour-barzani", "person:masoud-barzani", "person:mevlut-cavusoglu", "person:aoun-diab-abdullah")
SABRINE, HAZIME, HUSRIEH, MABDRAHMAN, SALAMEH, BARNIEH, AZOUR = (
    "person:maysaa-sabrine", "person:mohammad-issam-hazime", "person:abdulkader-husrieh",
    "person:mohammed-abdul-rahman", "person:hussein-al-salameh", "person:mohammed-yosr-barnieh",
    "person:jihad-azour")

ARTICLES = [
    ("enHL1_sharaa_abdi_agreement", "en",
     "Syria's Kurdish-led SDF agrees to join state institutions\n"
     "Syria's interim president, Ahmed al-Shara, and the commander of the Kurdish-led Syrian Democratic Forces "
     "(SDF), Mazloum Abdi, have signed an agreement to integrate the group's civilian and military bodies into "
     "the state. The deal was signed in Damascus on Monday, where the two men met at the presidential palace, "
     "according to pictures released by the presidency.\n"
     "The SDF, whose backbone is the People's Protection Units (YPG), controls much of north-east Syria, "
     "including most of its oil fields, but Turkey regards the YPG as an offshoot of the Kurdistan Workers' Party "
     "(PKK), which has fought the Turkish state since 1984.\n"
     "The agreement comes less than two weeks after the jailed PKK founder, Abdullah Ocalan, urged his group to "
     "lay down its arms in a letter read out by pro-Kurdish politicians in Istanbul.\n"
     "Washington had pressed for the deal: the head of US Central Command, Gen Michael Kurilla, had met Abdi in "
     "north-east Syria in January. An earlier round of talks between Abdi and al-Shara in December was never "
     "confirmed by Damascus.\n"
     "Farhad Shami, who runs the SDF's media centre, called the deal \"historic\", while Turkish Foreign "
     "Minister Hakan Fidan said in a phone call with his Syrian counterpart that Ankara would watch its "
     "implementation closely.",
     [("LEADS", SHARAA, SYRIA, "Syria's interim president, Ahmed"),
      ("LEADS", ABDI, SDF, "the commander of the Kurdish-led Syrian"),
      ("MET_WITH", SHARAA, ABDI, "where the two men met at the presidential palace", "2025-03-10"),
      ("VISITED", ABDI, DAMASCUS, "The deal was signed in Damascus", "2025-03-10"),
      ("PART_OF", YPG, SDF, "whose backbone is the People's Protection Units"),
      ("LEADS", OCALAN, PKK, "the jailed PKK founder"),
      ("LEADS", KURILLA, CENTCOM, "the head of US Central Command"),
      ("MET_WITH", KURILLA, ABDI, "had met Abdi in north-east Syria", "2025-01"),
      ("MEMBER_OF", SHAMI, SDF, "who runs the SDF's media centre"),
      ("LEADS", FIDAN, TFM, "Turkish Foreign Minister Hakan"),
      ],
     {"source": "blind set (international broadcaster, English)", "published": "2025-03-10"}),

    ("arHL2_turkish_officials_damascus", "ar",
     "تركيا وسوريا الجديدة: زيارات متتالية بين أنقرة ودمشق\n"
     "كان رئيس جهاز الاستخبارات التركي إبراهيم كالين أول مسؤول أجنبي رفيع يزور دمشق بعد سقوط نظام بشار الأسد، "
     "إذ التقى في 12 كانون الأول/ديسمبر 2024 قائد الإدارة الجديدة أحمد الشرع، وظهر إلى جانبه في الجامع الأموي.\n"
     "وبعد عشرة أيام استقبل الشرع وزيرَ الخارجية التركي هاكان فيدان في قصر الشعب.\n"
     "ولفهم هذا التقارب، تجدر الإشارة إلى أن أنقرة دعمت منذ سنوات فصائل «الجيش الوطني السوري» التي قاتلت "
     "القوات الكردية في الشمال.\n"
     "وفي منتصف كانون الثاني/يناير 2025 زار وزير الخارجية السوري أسعد الشيبانى أنقرة، برفقة وزير الدفاع مرهف "
     "أبو قصرة ورئيس الاستخبارات أنس خطاب، حيث عقد الثلاثة محادثات مع فيدان.\n"
     "ثم استقبل الرئيس رجب طيب إردوغان الشرعَ في المجمع الرئاسي بأنقرة في 4 شباط/فبراير، في ثاني رحلة خارجية "
     "له بعد الرياض.\n"
     "وكانت أنقرة قد عيّنت الدبلوماسي برهان كور أوغلو قائماً بالأعمال في سفارتها بدمشق، أما الزيارة التي "
     "أُعلن أن وزير الدفاع التركي يشار غولر سيقوم بها إلى العاصمة السورية فلم تتم بعد.",
     [("LEADS", KALIN, MIT, "رئيس جهاز الاستخبارات التركي إبراهيم"),
      ("VISITED", KALIN, DAMASCUS, "أول مسؤول أجنبي رفيع يزور دمشق", "2024-12-12"),
      ("MET_WITH", KALIN, SHARAA, "إذ التقى في 12 كانون الأول", "2024-12-12"),
      ("VISITED", KALIN, UMAYYAD, "وظهر إلى جانبه في الجامع الأموي", "2024-12-12"),
      ("MET_WITH", SHARAA, FIDAN, "وبعد عشرة أيام استقبل الشرع", "2024-12-22"),
      ("LEADS", FIDAN, TFM, "وزيرَ الخارجية التركي هاكان"),
      ("VISITED", FIDAN, PPALACE, "فيدان في قصر الشعب", "2024-12-22"),
      ("SUPPORTS", TURKEY, SNA, "أن أنقرة دعمت منذ سنوات"),
      ("LEADS", SHAIBANI, SFM, "وزير الخارجية السوري أسعد"),
      ("VISITED", SHAIBANI, ANKARA, "الشيبانى أنقرة", "2025-01-15"),
      ("VISITED", ABUQ, ANKARA, "برفقة وزير الدفاع مرهف", "2025-01-15"),
      ("VISITED", KHATTAB, ANKARA, "ورئيس الاستخبارات أنس", "2025-01-15"),
      ("LEADS", ABUQ, SDM, "وزير الدفاع مرهف"),
      ("LEADS", KHATTAB, SGI, "ورئيس الاستخبارات أنس خطاب"),
      ("MET_WITH", SHAIBANI, FIDAN, "حيث عقد الثلاثة محادثات مع فيدان", "2025-01-15"),
      ("MET_WITH", ABUQ, FIDAN, "عقد الثلاثة محادثات", "2025-01-15"),
      ("MET_WITH", KHATTAB, FIDAN, "الثلاثة محادثات مع", "2025-01-15"),
      ("MET_WITH", SHAIBANI, ABUQ, "محادثات مع فيدان", "2025-01-15"),
      ("MET_WITH", SHAIBANI, KHATTAB, "حيث عقد الثلاثة", "2025-01-15"),
      ("MET_WITH", ABUQ, KHATTAB, "حيث عقد", "2025-01-15"),
      ("MET_WITH", ERD, SHARAA, "ثم استقبل الرئيس رجب طيب", "2025-02-04"),
      ("LEADS", ERD, TURKEY, "الرئيس رجب طيب إردوغان"),
      ("VISITED", SHARAA, PCOMPLEX, "في المجمع الرئاسي بأنقرة", "2025-02-04"),
      ("VISITED", SHARAA, ANKARA, "المجمع الرئاسي بأنقرة في 4", "2025-02-04"),
      ("VISITED", SHARAA, RIYADH, "ثاني رحلة خارجية له بعد الرياض"),
      ("MEMBER_OF", KOROGLU, TFM, "الدبلوماسي برهان كور أوغلو"),
      ("LEADS", GULER, TDM, "وزير الدفاع التركي يشار"),
      ],
     {"source": "blind set (international broadcaster, Arabic)", "published": "2025-02-10"}),

    ("enHL3_envoys_to_sharaa", "en",
     "Who has come to Damascus to meet Syria's new leaders?\n"
     "Since the fall of Bashar al-Assad, a stream of foreign envoys has travelled to Damascus to meet the "
     "country's de facto leader, Ahmed al-Sharaa, formerly known by his nom de guerre Abu Mohammed al-Jolani.\n"
     "On 20 December 2024 a US delegation led by the State Department's top Middle East diplomat, Barbara Leaf, "
     "held talks with Sharaa - Washington's first in-person contact with the former jihadist.\n"
     "On 3 January the German and French foreign ministers, Annalena Baerbock and Jean-Noël Barrot, were "
     "received together by Sharaa, who pointedly did not shake Ms Baerbock's hand.\n"
     "Gulf leaders followed: Saudi Foreign Minister Prince Faisal bin Farhan met Sharaa in Damascus on 24 "
     "January, and Qatar's emir, Sheikh Tamim bin Hamad Al Thani, held talks with him at the People's Palace on "
     "30 January, a day after Sharaa was named president for the transitional period, replacing Assad, who "
     "had fled to Moscow.\n"
     "The caretaker government is headed by Mohammed al-Bashir, who took over from Assad's last prime minister, "
     "Mohammed Ghazi al-Jalali, in December.\n"
     "Russia has been more cautious: Deputy Foreign Minister Mikhail Bogdanov met Sharaa in late January, and "
     "Sharaa later spoke to Vladimir Putin by phone.",
     [("MET_WITH", LEAF, SHARAA, "held talks with Sharaa", "2024-12-20"),
      ("MEMBER_OF", LEAF, STATE, "the State Department's top Middle East diplomat"),
      ("MET_WITH", BAERBOCK, SHARAA, "received together by Sharaa", "2025-01-03"),
      ("MET_WITH", BARROT, SHARAA, "were received together", "2025-01-03"),
      ("MET_WITH", BAERBOCK, BARROT, "Annalena Baerbock and Jean", "2025-01-03"),
      ("MET_WITH", FAISAL, SHARAA, "Prince Faisal bin Farhan met Sharaa", "2025-01-24"),
      ("LEADS", FAISAL, SAFM, "Saudi Foreign Minister Prince Faisal"),
      ("VISITED", FAISAL, DAMASCUS, "met Sharaa in Damascus", "2025-01-24"),
      ("LEADS", TAMIM, QATAR, "Qatar's emir, Sheikh Tamim"),
      ("MET_WITH", TAMIM, SHARAA, "held talks with him at the People's Palace", "2025-01-30"),
      ("VISITED", TAMIM, PPALACE, "at the People's Palace", "2025-01-30"),
      ("SUCCESSOR_OF", SHARAA, ASSAD, "replacing Assad", "2025-01-29"),
      ("LEADS", SHARAA, SYRIA, "named president for the transitional period"),
      ("LEADS", BASHIR, SGOV, "The caretaker government is headed by"),
      ("SUCCESSOR_OF", BASHIR, JALALI, "who took over from Assad's last prime minister", "2024-12-10"),
      ("MET_WITH", BOGDANOV, SHARAA, "Mikhail Bogdanov met Sharaa", "2025-01"),
      ],
     {"source": "blind set (international broadcaster, English)", "published": "2025-03-01"}),

    ("arHL4_turkish_drones_sdf", "ar",
     "مسيّرات تركية فوق شمال شرق سوريا: من يقف وراء استهداف قادة «قسد»؟\n"
     "تشنّ تركيا منذ سنوات ضربات بطائرات مسيّرة على مناطق سيطرة «قوات سوريا الديمقراطية» (قسد)، وتقول إنها "
     "تستهدف «إرهابيين» مرتبطين بحزب العمال الكردستاني.\n"
     "ففي 22 تموز/يوليو 2022 قُتلت القيادية في وحدات حماية المرأة جيان تولهلدان مع مقاتلتين أخريين بضربة قرب "
     "القامشلي، واتهمت «قسد» أنقرة بتنفيذها، فيما لم تعلّق وزارة الدفاع التركية.\n"
     "وفي حزيران/يونيو 2023 أعلن جهاز الاستخبارات التركي، بحسب وكالة الأناضول، أنه «حيّد» يسرى درويش، الرئيسة "
     "المشتركة لمقاطعة القامشلي في الإدارة الذاتية، بضربة استهدفت سيارتها.\n"
     "ولفهم هذه الحملة، تجدر الإشارة إلى أن أنقرة تعتبر «وحدات حماية الشعب»، العمود الفقري لـ«قسد»، امتداداً "
     "لحزب العمال، وهو ما تنفيه القوات الكردية.\n"
     "وقال القائد العام لـ«قسد» مظلوم عبدى، في مقابلة مع «بي بي سي»، إن الضربات «لم تتوقف حتى بعد دعوة "
     "أوجلان».\n"
     "في المقابل، التقى وزير الدفاع التركي يشار غولر نظيره السوري مرهف أبو قصرة في أنقرة في آب/أغسطس 2025، "
     "مؤكداً أن بلاده «لن تسمح بكيان إرهابي» على حدودها.",
     [("MEMBER_OF", TOLHILDAN, YPJ, "القيادية في وحدات حماية المرأة جيان"),
      ("ASSASSINATED_BY", DARWISH, MIT, "أعلن جهاز الاستخبارات التركي", "2023-06"),
      ("REPORTED_BY", DARWISH, "outlet:anadolu-agency", "بحسب وكالة الأناضول"),
      ("MEMBER_OF", DARWISH, AANES, "المشتركة لمقاطعة القامشلي في الإدارة الذاتية"),
      ("PART_OF", YPG, SDF, "العمود الفقري لـ«قسد»"),
      ("LEADS", ABDI, SDF, "القائد العام لـ«قسد» مظلوم"),
      ("REPORTED_BY", ABDI, "outlet:bbc", "في مقابلة مع «بي بي سي»"),
      ("MET_WITH", GULER, ABUQ, "التقى وزير الدفاع التركي يشار", "2025-08"),
      ("LEADS", GULER, TDM, "وزير الدفاع التركي يشار غولر"),
      ("LEADS", ABUQ, SDM, "نظيره السوري مرهف"),
      ("VISITED", ABUQ, ANKARA, "مرهف أبو قصرة في أنقرة", "2025-08"),
      ],
     {"source": "blind set (international broadcaster, Arabic)", "published": "2025-08-20"}),

    ("enHL5_erdogan_baghdad_erbil", "en",
     "Erdogan makes first visit to Iraq in more than a decade\n"
     "Turkish President Recep Tayyip Erdogan has arrived in Baghdad for his first official visit to Iraq since "
     "2011, with water, trade and the fight against the Kurdistan Workers' Party (PKK) high on the agenda.\n"
     "He held talks with Prime Minister Mohammed Shia al-Sudani and was then received by President Abdul Latif "
     "Rashid, before flying to Erbil, the capital of Iraq's Kurdistan Region, to meet the region's president, "
     "Nechirvan Barzani, and its prime minister, Masrour Barzani.\n"
     "Iraq's water resources minister, Aoun Diab, said Baghdad hoped for a fairer share of the Tigris.\n"
     "Turkey has for years carried out air strikes against PKK bases in northern Iraq, which Baghdad condemns "
     "as a violation of its sovereignty. The ground for the visit was laid in March, when a delegation led by "
     "Foreign Minister Hakan Fidan held security talks in Baghdad.\n"
     "Mr Fidan, a former spymaster, took over the foreign ministry from Mevlut Cavusoglu in June 2023, while "
     "Ibrahim Kalin replaced him as head of the National Intelligence Organisation (MIT).\n"
     "Masoud Barzani, the veteran leader of the Kurdistan Democratic Party, was not among those Mr Erdogan met.",
     [("LEADS", ERD, TURKEY, "Turkish President Recep Tayyip"),
      ("VISITED", ERD, BAGHDAD, "has arrived in Baghdad", "2024-04-22"),
      ("MET_WITH", ERD, SUD, "He held talks with Prime Minister", "2024-04-22"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia"),
      ("MET_WITH", ERD, RASHID, "was then received by President Abdul", "2024-04-22"),
      ("LEADS", RASHID, IRAQ, "President Abdul Latif"),
      ("VISITED", ERD, ERBIL, "before flying to Erbil", "2024-04-22"),
      ("LOCATED_IN", ERBIL, KR, "the capital of Iraq's Kurdistan Region"),
      ("MET_WITH", ERD, NECH, "to meet the region's president", "2024-04-22"),
      ("LEADS", NECH, KRP, "the region's president, Nechirvan"),
      ("MET_WITH", ERD, MASROUR, "and its prime minister, Masrour", "2024-04-22"),
      ("LEADS", MASROUR, KRG, "its prime minister, Masrour"),
      ("LEADS", DIAB, IQWATER, "Iraq's water resources minister, Aoun"),
      ("ATTACKED", TURKEY, PKK, "air strikes against PKK bases"),
      ("VISITED", FIDAN, BAGHDAD, "held security talks in Baghdad", "2024-03-14"),
      ("LEADS", FIDAN, TFM, "Foreign Minister Hakan Fidan held"),
      ("SUCCESSOR_OF", FIDAN, CAVUSOGLU, "took over the foreign ministry from", "2023-06"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "Ibrahim Kalin replaced him", "2023-06"),
      ("LEADS", KALIN, MIT, "replaced him as head of the National Intelligence"),
      ("LEADS", MASOUD, KDP, "the veteran leader of the Kurdistan Democratic Party"),
      ],
     {"source": "blind set (international broadcaster, English)", "published": "2024-04-22"}),

    ("arHL6_syria_central_bank_security_successions", "ar",
     "من المصرف المركزي إلى الاستخبارات: وجوه جديدة على رأس مؤسسات سوريا\n"
     "منذ سقوط نظام بشار الأسد، أجرت السلطات السورية الجديدة سلسلة تعيينات شملت المصرف المركزي والأجهزة "
     "الأمنية ووزارات سيادية.\n"
     "ففي أواخر كانون الأول/ديسمبر 2024 عُيّنت ميساء صابرين حاكمةً لمصرف سوريا المركزي خلفاً لمحمد عصام هزيمة، "
     "لتكون أول امرأة تتولى المنصب.\n"
     "غير أن الرئيس الانتقالي أحمد الشرع أصدر في نيسان/أبريل 2025 مرسوماً بتعيين عبد القادر الحصرية حاكماً "
     "للمصرف خلفاً لصابرين، وتردد أنه التقاها قبل إقالتها، وهو ما لم تؤكده الرئاسة.\n"
     "وفي حكومة 29 آذار/مارس تولى أنس خطاب وزارة الداخلية خلفاً لمحمد عبد الرحمن، فيما خلفه في رئاسة جهاز "
     "الاستخبارات العامة حسين السلامة.\n"
     "ويُذكر أن الجهاز أُعيد بناؤه بعد حلّ أجهزة النظام السابق المتهمة بانتهاكات واسعة.\n"
     "وفي نيسان/أبريل أيضاً التقى وزير المالية محمد يسر برنية والحصرية في واشنطن مدير إدارة الشرق الأوسط "
     "وآسيا الوسطى في صندوق النقد الدولي جهاد أزعور.",
     [("SUCCESSOR_OF", SABRINE, HAZIME, "حاكمةً لمصرف سوريا المركزي خلفاً لمحمد", "2024-12"),
      ("LEADS", SABRINE, CBS, "عُيّنت ميساء صابرين حاكمةً"),
      ("LEADS", SHARAA, SYRIA, "الرئيس الانتقالي أحمد"),
      ("SUCCESSOR_OF", HUSRIEH, SABRINE, "للمصرف خلفاً لصابرين", "2025-04"),
      ("LEADS", HUSRIEH, CBS, "بتعيين عبد القادر الحصرية حاكماً"),
      ("SUCCESSOR_OF", KHATTAB, MABDRAHMAN, "وزارة الداخلية خلفاً لمحمد", "2025-03-29"),
      ("LEADS", KHATTAB, SIM, "تولى أنس خطاب وزارة الداخلية"),
      ("SUCCESSOR_OF", SALAMEH, KHATTAB, "فيما خلفه في رئاسة جهاز", "2025"),
      ("LEADS", SALAMEH, SGI, "الاستخبارات العامة حسين السلامة"),
      ("MET_WITH", BARNIEH, AZOUR, "التقى وزير المالية محمد", "2025-04"),
      ("MET_WITH", HUSRIEH, AZOUR, "والحصرية في واشنطن", "2025-04"),
      ("MET_WITH", BARNIEH, HUSRIEH, "يسر برنية والحصرية", "2025-04"),
      ("LEADS", BARNIEH, SFIN, "وزير المالية محمد يسر"),
      ("VISITED", BARNIEH, WASHINGTON, "والحصرية في واشنطن"),
      ("VISITED", HUSRIEH, WASHINGTON, "الحصرية في واشنطن مدير"),
      ("MEMBER_OF", AZOUR, IMF, "في صندوق النقد الدولي جهاد"),
      ],
     {"source": "blind set (international broadcaster, Arabic)", "published": "2025-05-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHL")
