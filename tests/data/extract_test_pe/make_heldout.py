"""Blind set PE: Iraqi Kurdistan and its neighbours 2005-2024 (first folder of PE-PF): Nechirvan Barzani's
swearing-in as Kurdistan Region president (June 2019), Mevlut Cavusoglu's visit to Baghdad (January 2021),
the Turkish strike in Sinjar that killed the PKK commander Ismail Ozden (August 2018), Jalal Talabani's
funeral in Sulaymaniyah (October 2017), the IRGC's missile strike on Erbil that killed Peshraw Dizayee
(January 2024), and the US ambassador's visit to Bafel Talabani in Sulaymaniyah (2023), as a Kurdish TV site
writes it in English (Rudaw-like: "ERBIL, Kurdistan Region -", "Kurdistan Region President"), Iraq's state
agency in Arabic (INA-like: "بغداد - واع", "استقبل رئيس الجمهورية"), Turkey's state agency in English
(Anadolu-like: "neutralized", "PKK terror group", "so-called"), a Kurdish TV site in Arabic (Kurdistan24-like:
"كوردستان", "مام جلال"), an international wire in English (Reuters-like: "(Reuters) -", "said in a
statement") and a Kurdish news site in Arabic (Basnews-like: "باسنيوز", "بافل جلال طالباني").
Pieces: Nechirvan Barzani sworn in to succeed Masoud Barzani, Masrour tapped to succeed Nechirvan as prime
minister, Nechirvan meets Zarif on the sidelines (English, PE1); Salih receives Cavusoglu in the presence of
Fuad Hussein, Cavusoglu then meets Kadhimi (Arabic, PE2); the Turkish Armed Forces and MIT kill Ozden, who
had taken over from a commander killed in 2017 (English, PE3); the funeral of Talabani, Barzani's
condolence visit to Hero Ibrahim and Kosrat Rasul, Zarif meets Masum (Arabic, PE4); the IRGC kills Dizayee,
Fuad Hussein meets Blinken in Davos (English, PE5); Romanowski meets Bafel Talabani with Qubad present,
Bafel who succeeded his father at the head of the party (Arabic, PE6).
Excluded on purpose (no relation): Erdogan's congratulation call to Nechirvan (PE1); Cavusoglu's planned
trip to Erbil (PE2); Bayik, merely named, the "so-called official" killed in Qandil "in a drone strike" (no
agent) (PE3); Abadi, who did not attend and sent a delegation, Talabani's death from illness (PE4); the 2022
strike with no victim named, Sudani's phone call with Raisi (PE5); the meeting with Lahur's supporters that
was called off, Bafel's ousting of his co-president Lahur (he already shared the post: not a succession) (PE6).
Judgement calls: "was sworn in ... succeeding his uncle" is a succession (PE1); "tapped to succeed his
cousin as prime minister" is a succession stated before the fact but clearly implied (PE1); the attendee
«بحضور» is paired with both principals (PE2, PE6); "neutralized ... in a joint operation of the Turkish
Armed Forces and MIT" where the body then says "killed": victim -> both bodies (PE3); «قدم التعازي» in person
at the house is a meeting (condolence visit) with each person named as receiving him (PE4), the two
receivers paired with each other as they received him together; "Iran's Revolutionary Guards said they
had struck" with the death in the same strike is a claim: victim -> IRGC (PE5); "who succeeded ... at the
head of the party" is a succession (PE6); LEADS for heads of countries, parties and ministries with an id.
Filled in for the exercise: Zarif's presence and meeting at the ceremony, Erdogan's call (PE1); Fuad
Hussein's presence, the order of meetings and the planned Erbil leg (PE2); the predecessor's name and the
Qandil strike (PE3); the sequence of condolence visits and Zarif's meeting with Masum (PE4); Fuad Hussein's
meeting with Blinken, Sudani's call (PE5); the date and participants of Romanowski's visit, the cancelled
meeting (PE6).
Spellings: "Nechirvan Barzani", "Javad Zarif" (PE1); «مولود جاويش أوغلو»، «فؤاد حسين» (PE2); "Zeki Sengali",
"Ismail Ozden" (PE3); «مام جلال»، «كوسرت رسول علي»، «هيرو إبراهيم أحمد» (PE4); "Peshraw Dizayee",
"Fuad Hussein" (PE5); «ألينا رومانوسكي»، «بافل جلال طالباني» (PE6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pf import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, TURKEY, USA = "country:iraq", "country:iran", "country:turkey", "country:united-states"
KDP, PUK, KRG, PKK, IRGC = ("organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan",
                            "organization:kurdistan-regional-government", "organization:pkk", "organization:irgc")
TAF, MIT, IRQFM = ("organization:turkish-armed-forces", "organization:turkish-national-intelligence-organization",
                   "organization:iraqi-foreign-ministry")
MASOUD, NECHIRVAN, MASROUR, JALAL, HERO, KOSRAT, BAFEL, QUBAD, LAHUR = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:masrour-barzani", "person:jalal-talabani",
    "person:hero-ibrahim-ahmed", "person:kosrat-rasul", "person:bafel-talabani", "person:qubad-talabani",
    "person:lahur-sheikh-jangi")
SALIH, MASUM, ABADI, KADHIMI, SUDANI, FUAD, DIZAYEE = (
    "person:barham-salih", "person:fuad-masum", "person:haider-al-abadi", "person:mustafa-al-kadhimi",
    "person:mohammed-shia-al-sudani", "person:fuad-hussein", "person:peshraw-dizayee")
ERDOGAN, CAVUSOGLU, OZDEN, ZARIF, BLINKEN, ROMANOWSKI = (
    "person:recep-tayyip-erdogan", "person:mevlut-cavusoglu", "person:ismail-ozden",
    "person:mohammad-javad-zarif", "person:antony-blinken", "person:alina-romanowski")

RUDAW = "blind set (Kurdish TV news site, English service, Rudaw-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
ANADOLU = "blind set (Turkish state news agency, English service, Anadolu-like)"
K24 = "blind set (Kurdish TV news site, Arabic service, Kurdistan24-like)"
WIRE = "blind set (international news wire, English, Reuters-like)"
BASNEWS = "blind set (Kurdish news site, Arabic service, Basnews-like)"

ARTICLES = [
    ("enPE1_nechirvan_sworn_in_rudaw", "en",
     "Nechirvan Barzani sworn in as Kurdistan Region President\n"
     "ERBIL, Kurdistan Region - Nechirvan Barzani was sworn in on Monday as the second president of the "
     "Kurdistan Region, succeeding his uncle Masoud Barzani, who stepped down in November 2017 after the "
     "independence referendum and the loss of Kirkuk.\n"
     "The ceremony at the Kurdistan Parliament in Erbil was attended by Iraqi Prime Minister Adil Abdul-Mahdi, "
     "Parliament Speaker Mohammed al-Halbousi and Iranian Foreign Minister Javad Zarif, as well as diplomats "
     "from more than 30 countries.\n"
     "On the sidelines of the ceremony, the new president met Zarif, who said Tehran wanted \"a stable and "
     "prosperous Kurdistan Region\".\n"
     "Barzani, who served as prime minister of the Kurdistan Regional Government (KRG) for most of the past "
     "two decades, pledged to work with Baghdad to resolve the disputes over oil and the budget.\n"
     "His cousin Masrour Barzani, chancellor of the Kurdistan Region Security Council, has been tapped by the "
     "Kurdistan Democratic Party (KDP) to succeed him as prime minister and is expected to present his cabinet "
     "within weeks.\n"
     "Turkish President Recep Tayyip Erdogan called Barzani to congratulate him, the Kurdistan Region "
     "Presidency said in a statement.",
     [("SUCCESSOR_OF", NECHIRVAN, MASOUD, "succeeding his uncle Masoud Barzani", "2019-06-10"),
      ("MET_WITH", NECHIRVAN, ZARIF, "the new president met Zarif", "2019-06-10"),
      ("SUCCESSOR_OF", MASROUR, NECHIRVAN, "to succeed him as prime minister"),
      ("LEADS", "person:adil-abdul-mahdi", IRAQ, "Iraqi Prime Minister Adil Abdul-Mahdi"),
      ("LEADS", NECHIRVAN, KRG, "served as prime minister of the Kurdistan Regional Government"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ],
     {"source": RUDAW, "published": "2019-06-10"}),

    ("arPE2_salih_receives_cavusoglu_ina", "ar",
     "رئيس الجمهورية يستقبل وزير الخارجية التركي ويؤكد رفض الاعتداءات على الأراضي العراقية\n"
     "بغداد - واع\n"
     "استقبل رئيس الجمهورية برهم صالح، اليوم الأحد، في قصر السلام ببغداد، وزير الخارجية التركي مولود جاويش "
     "أوغلو والوفد المرافق له، بحضور وزير الخارجية فؤاد حسين.\n"
     "وجرى خلال اللقاء بحث العلاقات الثنائية بين البلدين الجارين وسبل تعزيزها، فضلاً عن ملف المياه والأمن على "
     "الحدود المشتركة.\n"
     "وأكد رئيس الجمهورية أن \"العراق يرفض أن تكون أراضيه منطلقاً للاعتداء على دول الجوار، كما يرفض في الوقت "
     "ذاته الخروقات العسكرية التي تطال سيادته\".\n"
     "من جهته، أعرب جاويش أوغلو عن تطلع أنقرة إلى رفع مستوى التنسيق مع بغداد لمواجهة \"التنظيمات الإرهابية\".\n"
     "وفي وقت لاحق، التقى الوزير التركي رئيس مجلس الوزراء مصطفى الكاظمي في مكتبه، وبحث معه التعاون "
     "الاقتصادي ومشروع طريق التنمية.\n"
     "ومن المقرر أن يتوجه جاويش أوغلو غداً إلى أربيل للقاء رئيس إقليم كردستان نيجيرفان بارزاني.",
     [("MET_WITH", SALIH, CAVUSOGLU, "وزير الخارجية التركي مولود جاويش", "2021-01-17"),
      ("MET_WITH", FUAD, SALIH, "بحضور وزير الخارجية فؤاد حسين", "2021-01-17"),
      ("MET_WITH", FUAD, CAVUSOGLU, "وزير الخارجية فؤاد حسين.", "2021-01-17"),
      ("MET_WITH", CAVUSOGLU, KADHIMI, "التقى الوزير التركي رئيس مجلس الوزراء", "2021-01-17"),
      ("LEADS", SALIH, IRAQ, "استقبل رئيس الجمهورية برهم صالح"),
      ("LEADS", FUAD, IRQFM, "وزير الخارجية فؤاد"),
      ("LEADS", KADHIMI, IRAQ, "رئيس مجلس الوزراء مصطفى الكاظمي"),
      ],
     {"source": INA, "published": "2021-01-17"}),

    ("enPE3_ozden_sinjar_anadolu", "en",
     "Senior PKK terrorist neutralized in northern Iraq's Sinjar\n"
     "ANKARA (AA) - A senior member of the PKK terror group was neutralized in a joint operation of the Turkish "
     "Armed Forces and the National Intelligence Organization (MIT) in Iraq's Sinjar region, security sources "
     "said on Wednesday.\n"
     "Ismail Ozden, code-named Zeki Sengali, a member of the terror group's so-called executive council, was "
     "killed in an airstrike on his convoy as he returned from a memorial ceremony, the sources said.\n"
     "Ozden, who had been on Turkey's wanted list, had taken over the group's activities in Sinjar after the "
     "previous so-called regional official was killed in 2017.\n"
     "Speaking in Ankara, President Recep Tayyip Erdogan said: \"We will not allow Sinjar to become a second "
     "Qandil.\"\n"
     "Last month, another so-called PKK official was killed in a drone strike in the Qandil mountains, "
     "according to local media.\n"
     "The PKK's co-leader Cemil Bayik, who is based in Qandil, is also on the Interior Ministry's red list.\n"
     "In its more than 40-year terror campaign against Türkiye, the PKK - listed as a terrorist organization "
     "by Türkiye, the US and the EU - has been responsible for the deaths of some 40,000 people.",
     [("ASSASSINATED_BY", OZDEN, TAF, "joint operation of the Turkish Armed Forces", "2018-08-15"),
      ("ASSASSINATED_BY", OZDEN, MIT, "the National Intelligence Organization (MIT)", "2018-08-15"),
      ("MEMBER_OF", OZDEN, PKK, "a member of the terror group's so-called executive council"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdogan said"),
      ("LEADS", "person:cemil-bayik", PKK, "The PKK's co-leader Cemil Bayik"),
      ],
     {"source": ANADOLU, "published": "2018-08-15"}),

    ("arPE4_talabani_funeral_k24", "ar",
     "كوردستان تودّع مام جلال.. وبارزاني يقدم التعازي لعائلة الراحل في السليمانية\n"
     "كوردستان24 - السليمانية\n"
     "شُيّع اليوم الجمعة في مدينة السليمانية جثمان الرئيس العراقي السابق والأمين العام للاتحاد الوطني "
     "الكوردستاني جلال طالباني، الذي توفي يوم الثلاثاء في أحد مستشفيات برلين بعد صراع طويل مع المرض، "
     "ولُفّ نعشه بعلم كوردستان.\n"
     "ووصل رئيس إقليم كوردستان مسعود بارزاني إلى منزل الراحل في منطقة دباشان، حيث قدم التعازي لعقيلته هيرو "
     "إبراهيم أحمد والنائب الأول للأمين العام كوسرت رسول علي، اللذين استقبلاه عند المدخل.\n"
     "وشارك في المراسم رئيس الجمهورية فؤاد معصوم ورئيس مجلس النواب سليم الجبوري، فيما غاب رئيس الوزراء حيدر "
     "العبادي، الذي أوفد وفداً حكومياً.\n"
     "وحضر وزير الخارجية الإيراني محمد جواد ظريف، الذي التقى على هامش المراسم الرئيس معصوم، وبحث الجانبان "
     "تداعيات الاستفتاء.\n"
     "ويأتي رحيل مام جلال بعد أيام من استفتاء الاستقلال الذي رفضته بغداد وأنقرة وطهران.",
     met_group({MASOUD: "قدم التعازي لعقيلته", HERO: "إبراهيم أحمد والنائب الأول",
                KOSRAT: "للأمين العام كوسرت رسول علي"}, "2017-10-06") + [
      ("MET_WITH", ZARIF, MASUM, "الذي التقى على هامش المراسم الرئيس معصوم", "2017-10-06"),
      ("LEADS", JALAL, PUK, "والأمين العام للاتحاد الوطني"),
      ("LEADS", MASOUD, "location:kurdistan-region", "رئيس إقليم كوردستان مسعود بارزاني"),
      ("LEADS", MASUM, IRAQ, "رئيس الجمهورية فؤاد معصوم"),
      ("LEADS", "person:salim-al-jabouri", "organization:iraqi-parliament", "ورئيس مجلس النواب سليم الجبوري"),
      ("LEADS", ABADI, IRAQ, "رئيس الوزراء حيدر"),
      ],
     {"source": K24, "published": "2017-10-06"}),

    ("enPE5_irgc_erbil_strike_wire", "en",
     "Iran's Guards strike Erbil, killing Kurdish businessman; Iraq recalls envoy\n"
     "ERBIL, Iraq, Jan 16 (Reuters) - Iran's Revolutionary Guards said on Tuesday they had struck an Israeli "
     "\"espionage headquarters\" in Erbil, the capital of Iraq's semi-autonomous Kurdistan region, with "
     "ballistic missiles, killing prominent Kurdish businessman Peshraw Dizayee and members of his family.\n"
     "The Kurdistan Regional Government called the attack a \"crime against the Kurdish people\" and denied "
     "that any Israeli site existed in the city.\n"
     "Iraq recalled its ambassador to Tehran and said it would file a complaint with the U.N. Security "
     "Council, Foreign Minister Fuad Hussein said.\n"
     "Hussein, who was attending the World Economic Forum in Davos, met U.S. Secretary of State Antony "
     "Blinken there on Tuesday and described the strike as \"an attack on Iraq's sovereignty\".\n"
     "Prime Minister Mohammed Shia al-Sudani spoke by phone with Iranian President Ebrahim Raisi, his office "
     "said, without giving details.\n"
     "The Guards fired a similar barrage at Erbil in March 2022, saying it targeted an Israeli \"strategic "
     "centre\". No one was killed in that attack.",
     [("ASSASSINATED_BY", DIZAYEE, IRGC, "Iran's Revolutionary Guards said on Tuesday", "2024-01-15"),
      ("MET_WITH", FUAD, BLINKEN, "met U.S. Secretary of State Antony", "2024-01-16"),
      ("LEADS", SUDANI, IRAQ, "Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", FUAD, IRQFM, "Foreign Minister Fuad Hussein said"),
      ],
     {"source": WIRE, "published": "2024-01-16"}),

    ("arPE6_romanowski_bafel_basnews", "ar",
     "السفيرة الأميركية تزور السليمانية وتلتقي بافل طالباني\n"
     "السليمانية - باسنيوز\n"
     "التقت السفيرة الأميركية لدى العراق ألينا رومانوسكي، اليوم الثلاثاء، رئيس الاتحاد الوطني الكوردستاني "
     "بافل جلال طالباني في مقر الحزب بمنطقة دباشان، بحضور نائب رئيس حكومة الإقليم قوباد طالباني.\n"
     "وبحسب بيان صادر عن مكتب طالباني، ناقش الجانبان الخلافات بين الحزبين الرئيسيين حول قانون الانتخابات "
     "وتوزيع الرواتب، إضافة إلى الهجمات التركية بالطائرات المسيّرة على مطار السليمانية.\n"
     "وكان بافل طالباني قد انفرد برئاسة الحزب عام 2021 بعد إقصاء ابن عمه لاهور شيخ جنكي الذي شاركه "
     "الرئاسة، ثم انتُخب في المؤتمر الخامس رئيساً للاتحاد خلفاً لوالده الراحل على رأس الحزب.\n"
     "وكان من المقرر أن تلتقي رومانوسكي وفداً من أنصار شيخ جنكي، إلا أن اللقاء أُلغي في اللحظة الأخيرة.\n"
     "وتأتي الزيارة بعد أيام من لقاء جمع السفيرة في أربيل برئيس الحكومة مسرور بارزاني.",
     [("MET_WITH", ROMANOWSKI, BAFEL, "التقت السفيرة الأميركية لدى العراق", "2023-04-11"),
      ("MET_WITH", QUBAD, ROMANOWSKI, "بحضور نائب رئيس حكومة الإقليم", "2023-04-11"),
      ("MET_WITH", QUBAD, BAFEL, "قوباد طالباني.", "2023-04-11"),
      ("MET_WITH", ROMANOWSKI, MASROUR, "لقاء جمع السفيرة في أربيل", "2023-04"),
      ("SUCCESSOR_OF", BAFEL, JALAL, "خلفاً لوالده الراحل"),
      ("LEADS", BAFEL, PUK, "رئيس الاتحاد الوطني الكوردستاني"),
      ("LEADS", MASROUR, KRG, "برئيس الحكومة مسرور بارزاني"),
      ],
     {"source": BASNEWS, "published": "2023-04-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPE")
