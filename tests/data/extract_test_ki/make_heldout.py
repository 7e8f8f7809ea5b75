"""Blind set KI: Iraq and the Kurdistan Region 2021-2024 as a Kurdish Arabic-language site writes it
(Rudaw / Kurdistan24 Arabic-like: "كوردستان" with waw, "الكابينة العاشرة", "اليبشة", Kurdish spellings of
names such as "نيچيرفان" and "پزشكيان") and as an Iraqi English-language site writes it (Shafaq News-like:
"Shafaq News/ Erbil", short paragraphs, "a Kurdish official said", vote counts).
Pieces: Pezeshkian in Erbil and Sulaymaniyah, September 2024 (Arabic); the IRGC missile strike on Erbil
that killed Peshraw Dizayee and Karam Mikhail, al-Araji's committee, Masrour Barzani and Blinken in Davos,
January 2024 (English); the KDP delegation's round with the PUK, the Kurdistan Islamic Union and the
Justice Group after the October 2024 election (Arabic); Erdogan in Baghdad and Erbil, April 2024
(English); the Turkish drone strike that killed the YBS commander Said Hassan, the meetings on Sinjar,
August 2021 (Arabic); Barham Salih hands over to Abdul Latif Rashid and three more ministries change hands,
October-November 2022 (English).
Excluded on purpose (no relation): Pezeshkian's planned visit by Nechirvan Barzani to Tehran (KI1:
planned); the Iranian foreign minister's phone call to his Iraqi counterpart (KI2); New Generation's denial of a meeting between Shaswar Abdulwahid and the KDP delegation
(KI3); Kalin "accompanied" Erdogan but "did not attend" the Erbil meeting, no meeting with Bafel Talabani
(KI4); the Sikeniye strike, claimed by nobody (KI5: no agent); al-Saadawi and Bandar, no ceremony stated
(KI6: succession only).
Judgement calls: people who receive a guest together at the airport met him and each other (KI1, KI4);
the members of a visiting delegation are paired with each other and with each host, but two hosts visited
one after the other are not paired (KI3); "a drone strike carried out by a Turkish drone" gives Turkey,
and MIT's claim that it "neutralised" the man gives MIT as well (KI5); the Guards' claimed missile strike
gives the IRGC (KI2); an outgoing president's handover ceremony attended by the prime minister-designate
pairs all three (KI6).
Spellings: "مسعود پزشكيان", "نيچيرفان بارزاني", "مسرور البارزاني", "بافل جلال طالباني", "جينين بلاسخارت",
Recep Tayyip Erdoğan, Mohammed Shiaa al-Sudani, Erman Topçu.
Events follow the public record as far as the writer knew it; some minor details (who sat in on the
meetings, the days of the Sinjar meetings and of the ministries' handovers, the KDP delegation's
itinerary) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kj import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, TURKEY, IRAQ = "country:iran", "country:turkey", "country:iraq"
KRG, PUK, KDP, KIU, KJG, NEWGEN, IRGC, NSA, MIT, YBS, TFM, IQINT, UNAMI, WATER, TRANSPORT, LABOUR = (
    "organization:kurdistan-regional-government", "organization:patriotic-union-of-kurdistan",
    "organization:kurdistan-democratic-party", "organization:kurdistan-islamic-union",
    "organization:kurdistan-justice-group", "organization:new-generation-movement", "organization:irgc",
    "organization:iraqi-national-security-advisory", "organization:turkish-national-intelligence-organization",
    "organization:sinjar-resistance-units", "organization:turkish-foreign-ministry",
    "organization:iraqi-interior-ministry", "organization:unami", "organization:iraqi-water-resources-ministry",
    "organization:iraqi-transport-ministry", "organization:iraqi-labour-ministry")
ERBIL, SULAY, BAGHDAD, SINJAR, DAVOS = ("location:erbil", "location:sulaymaniyah", "location:baghdad",
                                        "location:sinjar", "location:davos")
PEZ, ARAGHCHI, NECHIRVAN, MASROUR, BAFEL, QUBAD = (
    "person:masoud-pezeshkian", "person:abbas-araghchi", "person:nechirvan-barzani", "person:masrour-barzani",
    "person:bafel-talabani", "person:qubad-talabani")
DIZAYEE, MIKHAIL, ARAJI, REBER, BLINKEN = ("person:peshraw-dizayee", "person:karam-mikhail",
                                           "person:qassim-al-araji", "person:reber-ahmed", "person:antony-blinken")
MIRANI, MMOHAMMED = "person:fazil-mirani", "person:mahmoud-mohammed"
ERDOGAN, FIDAN, KALIN, SUDANI, RASHID = ("person:recep-tayyip-erdogan", "person:hakan-fidan",
                                         "person:ibrahim-kalin", "person:mohammed-shia-al-sudani",
                                         "person:abdul-latif-rashid")
SAIDHASSAN, MAHMA, SHAMMARI, GHANIMI, HENNIS = (
    "person:said-hassan", "person:mahma-khalil", "person:abdul-amir-al-shammari", "person:othman-al-ghanimi",
    "person:jeanine-hennis-plasschaert")
SALIH, AOUN, SAADAWI, ASADI = ("person:barham-salih", "person:aoun-diab-abdullah",
                               "person:razzaq-muhibis-al-saadawi", "person:ahmed-al-asadi")
# new to the tables
HAVAL, BAHAADDIN, SHASWAR, BAPIR, TOPCU, SHESHO, HAMDANI, BANDAR, RIKABI = (
    "person:haval-abubakir", "person:salahaddin-bahaaddin", "person:shaswar-abdulwahid", "person:ali-bapir",
    "person:erman-topcu", "person:qasim-shesho", "person:mahdi-rashid-al-hamdani", "person:nasser-bandar",
    "person:adel-al-rikabi")

ARTICLES = [
    ("arKI1_pezeshkian_erbil_sulaymaniyah", "ar",
     "الرئيس الإيراني في أربيل والسليمانية في أول زيارة من نوعها لإقليم كوردستان\n"
     "أربيل - وصل الرئيس الإيراني مسعود پزشكيان، اليوم الخميس، إلى أربيل قادماً من بغداد، وكان في استقباله "
     "بمطار أربيل الدولي رئيس إقليم كوردستان نيچيرفان بارزاني ورئيس حكومة الإقليم مسرور البارزاني.\n"
     "وعقد الجانبان اجتماعاً موسعاً في مقر رئاسة الإقليم، شارك فيه وزير الخارجية الإيراني عباس عراقجي، وتناول "
     "أمن الحدود وملف الأحزاب الكوردية الإيرانية المعارضة.\n"
     "وقال پزشكيان في مؤتمر صحفي مشترك إن \"إقليم كوردستان جزء من العراق وجار لنا\".\n"
     "وانتقل الرئيس الإيراني بعد ذلك إلى السليمانية، حيث استقبله في المطار محافظ السليمانية هفال أبو بكر، ثم "
     "التقى رئيس الاتحاد الوطني الكوردستاني بافل جلال طالباني بحضور نائب رئيس حكومة الإقليم قوباد طالباني.\n"
     "ومن المقرر أن يزور نيچيرفان بارزاني طهران الشهر المقبل تلبية لدعوة رسمية.\n"
     "وتأتي الزيارة بعد ثمانية أشهر من الهجوم الصاروخي للحرس الثوري على أربيل في كانون الثاني الماضي.",
     [("MET_WITH", NECHIRVAN, PEZ, "وكان في استقباله", "2024-09-12"),
      ("MET_WITH", MASROUR, PEZ, "ورئيس حكومة الإقليم مسرور البارزاني", "2024-09-12"),
      ("MET_WITH", MASROUR, NECHIRVAN, "ورئيس حكومة الإقليم مسرور البارزاني", "2024-09-12"),
      ("LEADS", MASROUR, KRG, "ورئيس حكومة الإقليم مسرور البارزاني"),
      ("VISITED", PEZ, ERBIL, "إلى أربيل قادماً من بغداد", "2024-09-12"),
      ("LEADS", PEZ, IRAN, "وصل الرئيس الإيراني مسعود پزشكيان"),
      ("MET_WITH", ARAGHCHI, PEZ, "شارك فيه وزير الخارجية الإيراني", "2024-09-12"),
      ("MET_WITH", ARAGHCHI, NECHIRVAN, "شارك فيه وزير الخارجية الإيراني", "2024-09-12"),
      ("MET_WITH", ARAGHCHI, MASROUR, "شارك فيه وزير الخارجية الإيراني", "2024-09-12"),
      ("VISITED", PEZ, SULAY, "وانتقل الرئيس الإيراني بعد ذلك إلى السليمانية", "2024-09-12"),
      ("MET_WITH", HAVAL, PEZ, "محافظ السليمانية هفال أبو بكر", "2024-09-12"),
      ("MET_WITH", BAFEL, PEZ, "التقى رئيس الاتحاد الوطني", "2024-09-12"),
      ("LEADS", BAFEL, PUK, "التقى رئيس الاتحاد الوطني"),
      ("MET_WITH", QUBAD, PEZ, "بحضور نائب رئيس حكومة الإقليم", "2024-09-12"),
      ("MET_WITH", QUBAD, BAFEL, "بحضور نائب رئيس حكومة الإقليم", "2024-09-12"),
      ("ATTACKED", IRGC, ERBIL, "الهجوم الصاروخي للحرس الثوري على أربيل", "2024-01-15"),
      ],
     {"source": "blind set (Kurdish Arabic-language news site)", "published": "2024-09-12"}),

    ("enKI2_erbil_missile_strike", "en",
     "Iran's Guards strike Erbil, killing businessman Peshraw Dizayee\n"
     "Shafaq News/ Erbil\n"
     "Iran's Revolutionary Guard Corps said on Tuesday it had fired ballistic missiles at a \"Mossad "
     "spy headquarters\" in Erbil on Monday night. The missiles fired by the Guards killed Kurdish "
     "businessman Peshraw Dizayee, members of his family and Karam Mikhail, a Christian businessman, the Kurdistan Region "
     "Security Council said.\n"
     "National Security Adviser Qassim al-Araji led a government fact-finding committee to Erbil on Tuesday, "
     "inspected the house with Kurdistan Region Interior Minister Reber Ahmed and later met Region President "
     "Nechirvan Barzani.\n"
     "Prime Minister Masrour Barzani, who was attending the World Economic Forum, met US Secretary of State "
     "Antony Blinken in Davos and called the attack \"a crime against the Kurdish people\".\n"
     "Kurdistan Islamic Union Secretary-General Salahaddin Bahaaddin offered condolences to Nechirvan Barzani at "
     "the mourning ceremony in Erbil on Wednesday.\n"
     "Iran's foreign minister defended the strike in a phone call with his Iraqi counterpart.",
     [("ASSASSINATED_BY", DIZAYEE, IRGC, "The missiles fired by the Guards killed", "2024-01-15"),
      ("ASSASSINATED_BY", MIKHAIL, IRGC, "and Karam Mikhail, a Christian businessman", "2024-01-15"),
      ("ATTACKED", IRGC, ERBIL, "fired ballistic missiles at", "2024-01-15"),
      ("MET_WITH", ARAJI, REBER, "inspected the house with Kurdistan Region", "2024-01-16"),
      ("MET_WITH", ARAJI, NECHIRVAN, "later met Region President", "2024-01-16"),
      ("LEADS", ARAJI, NSA, "National Security Adviser Qassim al-Araji"),
      ("VISITED", ARAJI, ERBIL, "led a government fact-finding committee to Erbil", "2024-01-16"),
      ("MET_WITH", BLINKEN, MASROUR, "met US Secretary of State", "2024-01-16"),
      ("VISITED", MASROUR, DAVOS, "Antony Blinken in Davos", "2024-01-16"),
      ("MET_WITH", BAHAADDIN, NECHIRVAN, "offered condolences to Nechirvan Barzani", "2024-01-17"),
      ("LEADS", BAHAADDIN, KIU, "Kurdistan Islamic Union Secretary-General"),
      ],
     {"source": "blind set (Iraqi English-language news site)", "published": "2024-01-17"}),

    ("arKI3_kdp_round_tenth_cabinet", "ar",
     "الديمقراطي الكوردستاني يبدأ جولة مشاورات مع الأحزاب لتشكيل الكابينة العاشرة\n"
     "السليمانية - زار وفد من المكتب السياسي للحزب الديمقراطي الكوردستاني برئاسة سكرتير المكتب فاضل ميراني، "
     "اليوم الأحد، السليمانية، والتقى رئيس الاتحاد الوطني الكوردستاني بافل طالباني، بحضور نائب رئيس حكومة "
     "الإقليم قوباد طالباني، لبحث تشكيل الكابينة العاشرة لحكومة إقليم كوردستان.\n"
     "وضم الوفد المتحدث باسم الحزب محمود محمد.\n"
     "وفي وقت لاحق، التقى الوفد الأمين العام للاتحاد الإسلامي الكوردستاني صلاح الدين بهاء الدين، كما زار مقر "
     "جماعة العدل الكوردستانية واجتمع بأميرها علي بابير.\n"
     "في المقابل، نفى حراك الجيل الجديد عقد أي لقاء بين زعيمه شاسوار عبد الواحد والوفد، مؤكداً أن الحراك "
     "\"سيبقى في صفوف المعارضة\".\n"
     "وكان برلمان كوردستان قد عقد جلسته الأولى في الثاني من كانون الأول برئاسة أكبر الأعضاء سناً، وأبقاها "
     "مفتوحة.\n"
     "وحصل الديمقراطي على 39 مقعداً والاتحاد الوطني على 23 مقعداً في انتخابات 20 تشرين الأول.",
     [("MEMBER_OF", MIRANI, KDP, "برئاسة سكرتير المكتب فاضل ميراني"),
      ("MET_WITH", MIRANI, BAFEL, "والتقى رئيس الاتحاد الوطني الكوردستاني بافل طالباني", "2024-12-08"),
      ("MET_WITH", MIRANI, QUBAD, "بحضور نائب رئيس حكومة", "2024-12-08"),
      ("MET_WITH", BAFEL, QUBAD, "بحضور نائب رئيس حكومة", "2024-12-08"),
      ("LEADS", BAFEL, PUK, "والتقى رئيس الاتحاد الوطني الكوردستاني بافل طالباني"),
      ("VISITED", MIRANI, SULAY, "اليوم الأحد، السليمانية", "2024-12-08"),
      ("MET_WITH", MMOHAMMED, MIRANI, "وضم الوفد المتحدث باسم الحزب", "2024-12-08"),
      ("MET_WITH", MMOHAMMED, BAFEL, "وضم الوفد المتحدث باسم الحزب", "2024-12-08"),
      ("MET_WITH", MMOHAMMED, QUBAD, "وضم الوفد المتحدث باسم الحزب", "2024-12-08"),
      ("MEMBER_OF", MMOHAMMED, KDP, "وضم الوفد المتحدث باسم الحزب"),
      ("MET_WITH", MIRANI, BAHAADDIN, "صلاح الدين بهاء الدين", "2024-12-08"),
      ("MET_WITH", MMOHAMMED, BAHAADDIN, "صلاح الدين بهاء الدين", "2024-12-08"),
      ("LEADS", BAHAADDIN, KIU, "الأمين العام للاتحاد الإسلامي الكوردستاني"),
      ("MET_WITH", MIRANI, BAPIR, "واجتمع بأميرها علي بابير", "2024-12-08"),
      ("MET_WITH", MMOHAMMED, BAPIR, "واجتمع بأميرها علي بابير", "2024-12-08"),
      ("LEADS", BAPIR, KJG, "واجتمع بأميرها علي بابير"),
      ("LEADS", SHASWAR, NEWGEN, "بين زعيمه شاسوار عبد الواحد"),
      ],
     {"source": "blind set (Kurdish Arabic-language news site)", "published": "2024-12-08"}),

    ("enKI4_erdogan_baghdad_erbil", "en",
     "Erdogan in Erbil after Baghdad talks on first visit to Iraq in over a decade\n"
     "Shafaq News/ Erbil\n"
     "Turkish President Recep Tayyip Erdoğan arrived in Erbil on Monday evening after a day of talks in Baghdad, "
     "and was received at the airport by Kurdistan Region President Nechirvan Barzani and Prime Minister "
     "Masrour Barzani.\n"
     "The three held a meeting attended by Turkish Foreign Minister Hakan Fidan and Ankara's consul general in "
     "Erbil, Erman Topçu, a Region Presidency statement said.\n"
     "Earlier in Baghdad, Erdoğan held talks with Prime Minister Mohammed Shiaa al-Sudani at the Government "
     "Palace, where the two leaders oversaw the signing of 26 memoranda, including one on the Development Road. "
     "He then met President Abdul Latif Rashid at Baghdad Palace.\n"
     "Intelligence chief Ibrahim Kalin accompanied Erdoğan but did not attend the Erbil meeting, according to "
     "a Kurdish official.\n"
     "There was no meeting with PUK leader Bafel Talabani, whose party Ankara accuses of harbouring PKK "
     "militants; Turkey has barred flights to Sulaymaniyah since April 2023.",
     [("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip"),
      ("VISITED", ERDOGAN, ERBIL, "arrived in Erbil on Monday evening", "2024-04-22"),
      ("MET_WITH", ERDOGAN, NECHIRVAN, "was received at the airport", "2024-04-22"),
      ("MET_WITH", ERDOGAN, MASROUR, "Prime Minister Masrour Barzani", "2024-04-22"),
      ("MET_WITH", MASROUR, NECHIRVAN, "The three held a meeting", "2024-04-22"),
      ("MET_WITH", FIDAN, ERDOGAN, "attended by Turkish Foreign Minister", "2024-04-22"),
      ("MET_WITH", FIDAN, NECHIRVAN, "attended by Turkish Foreign Minister", "2024-04-22"),
      ("MET_WITH", FIDAN, MASROUR, "attended by Turkish Foreign Minister", "2024-04-22"),
      ("LEADS", FIDAN, TFM, "Turkish Foreign Minister Hakan Fidan"),
      ("MET_WITH", TOPCU, ERDOGAN, "Erman Topçu", "2024-04-22"),
      ("MET_WITH", TOPCU, NECHIRVAN, "Erman Topçu", "2024-04-22"),
      ("MET_WITH", TOPCU, MASROUR, "Erman Topçu", "2024-04-22"),
      ("MET_WITH", TOPCU, FIDAN, "Erman Topçu", "2024-04-22"),
      ("MET_WITH", ERDOGAN, SUDANI, "held talks with Prime Minister", "2024-04-22"),
      ("VISITED", ERDOGAN, BAGHDAD, "Earlier in Baghdad", "2024-04-22"),
      ("MET_WITH", ERDOGAN, RASHID, "He then met President Abdul Latif Rashid", "2024-04-22"),
      ("LEADS", KALIN, MIT, "Intelligence chief Ibrahim Kalin"),
      ("LEADS", BAFEL, PUK, "PUK leader Bafel Talabani"),
      ],
     {"source": "blind set (Iraqi English-language news site)", "published": "2024-04-22"}),

    ("arKI5_sinjar_drone_said_hassan", "ar",
     "مقتل قيادي في وحدات مقاومة سنجار بغارة تركية\n"
     "دهوك - قُتل القيادي البارز في وحدات مقاومة سنجار (اليبشة) سعيد حسن ومرافقه، بغارة نفذتها طائرة مسيّرة "
     "تركية استهدفت سيارتهما قرب قضاء سنجار غربي الموصل، اليوم الاثنين.\n"
     "وأعلن جهاز الاستخبارات التركي في بيان أنه \"حيّد\" القيادي المذكور في عملية خاصة، واصفاً إياه بأنه من "
     "كوادر حزب العمال الكوردستاني.\n"
     "وفي اليوم التالي، زار نائب قائد العمليات المشتركة الفريق الركن عبد الأمير الشمري القضاء، والتقى قائممقام "
     "سنجار محما خليل وقائد قوات بيشمركة سنجار قاسم ششو في اجتماع مشترك.\n"
     "وكان وزير داخلية إقليم كوردستان ريبر أحمد قد بحث مع وزير الداخلية الاتحادي عثمان الغانمي في بغداد الأسبوع "
     "الماضي تطبيق اتفاق سنجار، بحضور ممثلة الأمين العام للأمم المتحدة جينين بلاسخارت.\n"
     "وبعد يوم من الغارة، قُتل ثمانية أشخاص في قصف بطائرة مسيّرة على مستشفى في بلدة سكينية، ولم تعلن أي جهة "
     "مسؤوليتها عنه.",
     [("ASSASSINATED_BY", SAIDHASSAN, TURKEY, "بغارة نفذتها طائرة مسيّرة", "2021-08-16"),
      ("ASSASSINATED_BY", SAIDHASSAN, MIT, "وأعلن جهاز الاستخبارات التركي", "2021-08-16"),
      ("MEMBER_OF", SAIDHASSAN, YBS, "القيادي البارز في وحدات مقاومة سنجار"),
      ("MET_WITH", SHAMMARI, MAHMA, "والتقى قائممقام", "2021-08-17"),
      ("MET_WITH", SHAMMARI, SHESHO, "قاسم ششو في اجتماع مشترك", "2021-08-17"),
      ("MET_WITH", MAHMA, SHESHO, "قاسم ششو في اجتماع مشترك", "2021-08-17"),
      ("VISITED", SHAMMARI, SINJAR, "زار نائب قائد العمليات المشتركة", "2021-08-17"),
      ("MET_WITH", GHANIMI, REBER, "قد بحث مع وزير الداخلية الاتحادي", "2021-08"),
      ("MET_WITH", HENNIS, REBER, "جينين بلاسخارت", "2021-08"),
      ("MET_WITH", GHANIMI, HENNIS, "جينين بلاسخارت", "2021-08"),
      ("LEADS", GHANIMI, IQINT, "وزير الداخلية الاتحادي عثمان الغانمي"),
      ("LEADS", HENNIS, UNAMI, "ممثلة الأمين العام للأمم المتحدة"),
      ],
     {"source": "blind set (Kurdish Arabic-language news site)", "published": "2021-08-16"}),

    ("enKI6_salih_rashid_handover", "en",
     "Salih hands presidency to Rashid; three more ministers take over\n"
     "Shafaq News/ Baghdad\n"
     "Outgoing President Barham Salih handed over the presidency to his successor, Abdul Latif Rashid, at "
     "al-Salam Palace on Monday, in a ceremony attended by Prime Minister-designate Mohammed Shia al-Sudani.\n"
     "Rashid, a veteran Kurdish politician and former water resources minister, beat Salih 162 votes to 99 in "
     "the second round of parliament's vote on Thursday.\n"
     "Two weeks later, after the cabinet won confidence, Aoun Diab Abdullah took charge of the Water Resources "
     "Ministry from Mahdi Rashid al-Hamdani, who briefed him on the drought plan at the handover.\n"
     "At the Transport Ministry, Razzaq Muhibis al-Saadawi replaced Nasser Hussein Bandar, the ministry said "
     "without giving details of a ceremony.\n"
     "Labour and Social Affairs Minister Ahmed al-Asadi, who leads the Jund al-Imam brigades, succeeded Adel "
     "al-Rikabi, and the two met at the ministry to review the social protection network.",
     [("SUCCESSOR_OF", RASHID, SALIH, "handed over the presidency to his successor", "2022-10-17"),
      ("MET_WITH", RASHID, SALIH, "al-Salam Palace on Monday", "2022-10-17"),
      ("MET_WITH", SUDANI, RASHID, "in a ceremony attended by Prime Minister-designate", "2022-10-17"),
      ("MET_WITH", SUDANI, SALIH, "in a ceremony attended by Prime Minister-designate", "2022-10-17"),
      ("LEADS", RASHID, IRAQ, "to his successor, Abdul Latif Rashid"),
      ("SUCCESSOR_OF", AOUN, HAMDANI, "took charge of the Water Resources", "2022-11-01"),
      ("MET_WITH", AOUN, HAMDANI, "who briefed him on the drought plan", "2022-11-01"),
      ("LEADS", AOUN, WATER, "Aoun Diab Abdullah took charge"),
      ("SUCCESSOR_OF", SAADAWI, BANDAR, "replaced Nasser Hussein Bandar", "2022-11-01"),
      ("LEADS", SAADAWI, TRANSPORT, "At the Transport Ministry, Razzaq"),
      ("SUCCESSOR_OF", ASADI, RIKABI, "succeeded Adel", "2022-11-01"),
      ("MET_WITH", ASADI, RIKABI, "and the two met at the ministry", "2022-11-01"),
      ("LEADS", ASADI, LABOUR, "Labour and Social Affairs Minister Ahmed al-Asadi"),
      ],
     {"source": "blind set (Iraqi English-language news site)", "published": "2022-11-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKI")
