"""Blind set IE: Iraq after January 2020 as told by Kurdish outlets (Rudaw, Kurdistan24 style):
Ghaani in Erbil with Masoud and Nechirvan Barzani during the 2022 government formation (English);
Qaani with the Coordination Framework leaders at al-Maliki's house, Jan 2022 (Arabic); Kazimi's first
visit to Erbil and Pirmam as prime minister, Sept 2020 (English); Kurdish reactions to the killing of
Soleimani and al-Muhandis, Jan 2020 (Arabic); the IRGC missile attack on Erbil and al-Araji's
fact-finding visit, March 2022 (English); the IRGC strike that killed Peshraw Dizayee, Jan 2024 (Arabic).
Style: Kurdish spellings (Kazimi, Ghaani, كوردستان، الكورد), officials introduced by title ("KDP
spokesperson", "القنصل العام"), sources "told Rudaw"; excluded on purpose: a meeting announced but not
held, phone calls (al-Maliki to the KDP leader, Qaani to Nechirvan Barzani, Rouhani to Kazimi, al-Kadhimi
to Masrour Barzani), a meeting the Sadrists denied, a cancelled stop in Sulaimani, a letter of
condolence, a planned visit put "on hold".
Spellings: Esmail Ghaani, قاآني, Mustafa al-Kazimi, Qasim al-Araji, Peshraw Dizayee, بيشرو دزيي.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ie import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF, AAH, BADR = ("organization:quds-force", "organization:irgc",
                            "organization:popular-mobilization-forces", "organization:asaib-ahl-al-haq",
                            "organization:badr-organization")
IQG, NSA, IRFM, IQPARL = ("organization:iraqi-government", "organization:iraqi-national-security-advisory",
                          "organization:iranian-foreign-ministry", "organization:iraqi-parliament")
KRG, KRP, KDP, SOL_COAL, SADRISTS = (
    "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
    "organization:kurdistan-democratic-party", "organization:state-of-law-coalition",
    "organization:sadrist-movement")
BAGHDAD, ERBIL, PIRMAM = "location:baghdad", "location:erbil", "location:pirmam"
QAANI, SOL, MUH, KHAM, TRUMP, ROUHANI, KANAANI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:ali-khamenei",
    "person:donald-trump", "person:hassan-rouhani", "person:nasser-kanaani")
KAD, MAHDI, FAY, AMIRI, MALIKI, KHAZ, SADR, ZAMILI, ARAJI = (
    "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:falih-al-fayyadh", "person:hadi-al-amiri",
    "person:nouri-al-maliki", "person:qais-al-khazali", "person:muqtada-al-sadr", "person:hakim-al-zamili",
    "person:qassim-al-araji")
MASOUD, NECH, MASROUR, ZEBARI, MMOH, REBAR, RASHNOUDI, BAZ, DIZAYEE = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:masrour-barzani", "person:hoshyar-zebari",
    "person:mahmoud-mohammed", "person:rebar-ahmed", "person:nasrollah-rashnoudi", "person:baz-karim-barzinji",
    "person:peshraw-dizayee")

ARTICLES = [
    ("enIE1_ghaani_in_erbil_barzani", "en",
     "Iran's Ghaani in Erbil to discuss government formation with Barzani\n"
     "ERBIL, Kurdistan Region - The commander of Iran's Quds Force, Esmail Ghaani, arrived in Erbil on "
     "Tuesday and met Kurdistan Democratic Party (KDP) leader Masoud Barzani in Pirmam, a source in the KDP "
     "told Rudaw.\n"
     "The two discussed the formation of the next Iraqi government, as Tehran presses the KDP to drop its "
     "alliance with Muqtada al-Sadr and the Sunni speaker Mohammed al-Halbousi.\n"
     "Kurdistan Region President Nechirvan Barzani later received the Iranian general, with Tehran's consul "
     "general in Erbil, Nasrollah Rashnoudi, attending the meeting, according to a statement from the "
     "presidency.\n"
     "A meeting with Prime Minister Masrour Barzani, which Iranian media had announced, did not take place, "
     "KDP spokesperson Mahmoud Mohammed said.\n"
     "Ghaani, who succeeded Qassem Soleimani after the general was killed in a US strike in January 2020, "
     "rarely visits the Kurdistan Region.\n"
     "In a phone call with the KDP leader last month, former Iraqi premier Nouri al-Maliki had urged the "
     "party to side with the Shiite Coordination Framework instead.",
     [("LEADS", QAANI, QF, "The commander of Iran's Quds Force"),
      ("VISITED", QAANI, ERBIL, "arrived in Erbil on", "2022-02"),
      ("MET_WITH", QAANI, MASOUD, "and met Kurdistan Democratic Party", "2022-02"),
      ("LEADS", MASOUD, KDP, "(KDP) leader Masoud"),
      ("VISITED", QAANI, PIRMAM, "Masoud Barzani in Pirmam", "2022-02"),
      ("REPORTED_BY", QAANI, "outlet:rudaw", "a source in the KDP told Rudaw"),
      ("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ("MET_WITH", NECH, QAANI, "later received the Iranian general", "2022-02"),
      ("MET_WITH", NECH, RASHNOUDI, "attending the meeting", "2022-02"),
      ("MET_WITH", QAANI, RASHNOUDI, "attending the meeting", "2022-02"),
      ("LEADS", MASROUR, KRG, "Prime Minister Masrour Barzani"),
      ("MEMBER_OF", MMOH, KDP, "KDP spokesperson Mahmoud"),
      ("SUCCESSOR_OF", QAANI, SOL, "who succeeded Qassem Soleimani", "2020-01"),
      ("ASSASSINATED_BY", SOL, USA, "killed in a US strike in January 2020", "2020-01-03"),
      ("LEADS", MALIKI, IQG, "former Iraqi premier Nouri"),
      ],
     {"source": "blind set (Kurdish outlet, English)", "published": "2022-02-15"}),

    ("arIE2_qaani_framework_leaders_baghdad", "ar",
     "قاآني يجتمع بقادة الإطار التنسيقي في بغداد ويدعو إلى «وحدة البيت الشيعي»\n"
     "أربيل (كوردستان 24) - كشفت مصادر سياسية عراقية لكوردستان 24 أن قائد فيلق القدس في الحرس الثوري "
     "الإيراني إسماعيل قاآني وصل إلى بغداد مساء الأحد، في زيارة هي الثانية له منذ إعلان نتائج الانتخابات "
     "التشريعية.\n"
     "وبحسب المصادر، اجتمع قاآني في منزل زعيم ائتلاف دولة القانون نوري المالكي بكلٍّ من المالكي والأمين "
     "العام لمنظمة بدر هادي العامري والأمين العام لعصائب أهل الحق قيس الخزعلي.\n"
     "وحضر الاجتماع أيضاً رئيس هيئة الحشد الشعبي فالح الفياض، الذي يسعى الإطار إلى إبقائه في منصبه.\n"
     "ونقلت المصادر عن الجنرال الإيراني قوله إن طهران «لا تريد حكومة تُقصي أي طرف شيعي».\n"
     "في المقابل، نفى النائب الأول لرئيس مجلس النواب حاكم الزاملي، القيادي في التيار الصدري، أن يكون زعيم "
     "التيار مقتدى الصدر قد استقبل قاآني في الحنانة.\n"
     "وكان رئيس إقليم كوردستان نيجيرفان بارزاني قد تلقى الأسبوع الماضي اتصالاً هاتفياً من قاآني، بحسب مصدر "
     "في رئاسة الإقليم.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس في الحرس"),
      ("PART_OF", QF, IRGC, "فيلق القدس في الحرس الثوري"),
      ("VISITED", QAANI, BAGHDAD, "وصل إلى بغداد مساء", "2022-01"),
      ("REPORTED_BY", QAANI, "outlet:kurdistan24", "مصادر سياسية عراقية لكوردستان 24"),
      ("MET_WITH", QAANI, MALIKI, "اجتمع قاآني في منزل", "2022-01"),
      ("MET_WITH", QAANI, AMIRI, "اجتمع قاآني في منزل", "2022-01"),
      ("MET_WITH", QAANI, KHAZ, "اجتمع قاآني في منزل", "2022-01"),
      ("MET_WITH", MALIKI, AMIRI, "اجتمع قاآني في منزل", "2022-01"),
      ("MET_WITH", MALIKI, KHAZ, "اجتمع قاآني في منزل", "2022-01"),
      ("MET_WITH", AMIRI, KHAZ, "اجتمع قاآني في منزل", "2022-01"),
      ("MET_WITH", FAY, QAANI, "وحضر الاجتماع أيضاً", "2022-01"),
      ("MET_WITH", FAY, MALIKI, "وحضر الاجتماع أيضاً", "2022-01"),
      ("MET_WITH", FAY, AMIRI, "وحضر الاجتماع أيضاً", "2022-01"),
      ("MET_WITH", FAY, KHAZ, "وحضر الاجتماع أيضاً", "2022-01"),
      ("LEADS", MALIKI, SOL_COAL, "زعيم ائتلاف دولة القانون"),
      ("LEADS", AMIRI, BADR, "العام لمنظمة بدر هادي"),
      ("LEADS", KHAZ, AAH, "العام لعصائب أهل الحق قيس"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MEMBER_OF", ZAMILI, IQPARL, "النائب الأول لرئيس مجلس النواب"),
      ("MEMBER_OF", ZAMILI, SADRISTS, "القيادي في التيار الصدري"),
      ("LEADS", SADR, SADRISTS, "زعيم التيار مقتدى"),
      ("LEADS", NECH, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ],
     {"source": "blind set (Kurdish outlet, Arabic)", "published": "2022-01-17"}),

    ("enIE3_kazimi_first_erbil_visit", "en",
     "Iraqi PM Kazimi in Erbil on first visit to Kurdistan Region since taking office\n"
     "ERBIL (Kurdistan 24) - Iraqi Prime Minister Mustafa al-Kazimi arrived in Erbil on Thursday, where he "
     "was received at the airport by Kurdistan Region Prime Minister Masrour Barzani.\n"
     "Kazimi later met with Kurdistan Region President Nechirvan Barzani, and the two discussed the budget "
     "dispute and security in the disputed territories, a statement from the Region's presidency said.\n"
     "He then headed to the resort of Pirmam, where he was hosted by KDP President Masoud Barzani.\n"
     "The visit had been prepared by the KRG's Minister of Interior, Rebar Ahmed, who travelled to Baghdad "
     "last week for talks on joint security arrangements.\n"
     "Kazimi, who became premier in May after his predecessor Adil Abdul-Mahdi resigned under pressure from "
     "protesters, had also planned to stop in Sulaimani, but that leg was cancelled at short notice.\n"
     "Before leaving Baghdad, Kazimi received a phone call from Iranian President Hassan Rouhani, his office "
     "said.",
     [("LEADS", KAD, IQG, "Iraqi Prime Minister Mustafa al-Kazimi"),
      ("VISITED", KAD, ERBIL, "arrived in Erbil on Thursday", "2020-09-10"),
      ("MET_WITH", KAD, MASROUR, "was received at the airport by", "2020-09-10"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("MET_WITH", KAD, NECH, "Kazimi later met with", "2020-09-10"),
      ("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ("VISITED", KAD, PIRMAM, "headed to the resort of Pirmam", "2020-09-10"),
      ("MET_WITH", KAD, MASOUD, "where he was hosted by KDP President", "2020-09-10"),
      ("LEADS", MASOUD, KDP, "KDP President Masoud"),
      ("MEMBER_OF", REBAR, KRG, "the KRG's Minister of Interior"),
      ("VISITED", REBAR, BAGHDAD, "who travelled to Baghdad", "2020-09"),
      ("SUCCESSOR_OF", KAD, MAHDI, "after his predecessor Adil", "2020-05-07"),
      ("LEADS", ROUHANI, IRAN, "Iranian President Hassan"),
      ],
     {"source": "blind set (Kurdish outlet, English)", "published": "2020-09-10"}),

    ("arIE4_kurdistan_after_soleimani", "ar",
     "نيجيرفان بارزاني يستقبل القنصل الإيراني معزياً.. والكورد يقاطعون جلسة إخراج القوات الأجنبية\n"
     "أربيل (روداو) - استقبل رئيس إقليم كوردستان نيجيرفان بارزاني، الاثنين، القنصل العام للجمهورية الإسلامية "
     "الإيرانية في أربيل نصر الله رشنودي، وقدّم له التعازي بمقتل قائد فيلق القدس قاسم سليماني بضربة أمريكية "
     "قرب مطار بغداد فجر الجمعة.\n"
     "وكان الرئيس الأمريكي دونالد ترامب قد أعلن أنه أمر شخصياً بتنفيذ الضربة، التي قُتل فيها أيضاً نائب رئيس "
     "هيئة الحشد الشعبي أبو مهدي المهندس.\n"
     "وفي بغداد، قاطع النواب الكورد ومعظم النواب السنّة جلسة مجلس النواب التي صوّت فيها الحاضرون الأحد على "
     "قرار يُلزم الحكومة بإنهاء وجود القوات الأجنبية.\n"
     "وقال رئيس الحزب الديمقراطي الكوردستاني مسعود بارزاني، في برقية تعزية بعث بها إلى المرشد الإيراني علي "
     "خامنئي، إن الإقليم «لن يكون طرفاً في أي صراع».\n"
     "وكانت طهران قد أعلنت تعيين العميد إسماعيل قاآني قائداً لفيلق القدس خلفاً لسليماني.\n"
     "وقال عضو المكتب السياسي للحزب الديمقراطي الكوردستاني هوشيار زيباري لروداو إن أربيل «ستبقى على مسافة "
     "واحدة من واشنطن وطهران».",
     [("LEADS", NECH, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ("MET_WITH", NECH, RASHNOUDI, "استقبل رئيس إقليم كوردستان", "2020-01-06"),
      ("LEADS", SOL, QF, "قائد فيلق القدس قاسم"),
      ("ASSASSINATED_BY", SOL, USA, "بضربة أمريكية قرب مطار بغداد", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "أنه أمر شخصياً بتنفيذ الضربة", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "أنه أمر شخصياً بتنفيذ الضربة", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "وكان الرئيس الأمريكي دونالد", "2020-01-03"),
      ("LEADS", TRUMP, USA, "الرئيس الأمريكي دونالد"),
      ("MEMBER_OF", MUH, PMF, "نائب رئيس هيئة الحشد الشعبي"),
      ("LEADS", MASOUD, KDP, "رئيس الحزب الديمقراطي الكوردستاني مسعود"),
      ("LEADS", KHAM, IRAN, "المرشد الإيراني علي"),
      ("LEADS", QAANI, QF, "قائداً لفيلق القدس"),
      ("SUCCESSOR_OF", QAANI, SOL, "قائداً لفيلق القدس خلفاً لسليماني", "2020-01-03"),
      ("MEMBER_OF", ZEBARI, KDP, "عضو المكتب السياسي للحزب"),
      ("REPORTED_BY", ZEBARI, "outlet:rudaw", "زيباري لروداو"),
      ],
     {"source": "blind set (Kurdish outlet, Arabic)", "published": "2020-01-06"}),

    ("enIE5_irgc_missiles_erbil_araji", "en",
     "IRGC claims missile attack on Erbil; Baghdad sends fact-finding delegation\n"
     "ERBIL, Kurdistan Region - Iran's Islamic Revolutionary Guard Corps (IRGC) claimed responsibility on "
     "Sunday for a barrage of ballistic missiles that struck Erbil before dawn, saying it had targeted a "
     "\"strategic center of the Zionists\".\n"
     "The missiles hit near a villa owned by Baz Karim Barzinji, the chief executive of the KAR Group energy "
     "company, and near a new US consulate building still under construction, but caused no deaths, "
     "Kurdistan Region officials said.\n"
     "Iraq's national security adviser, Qasim al-Araji, led a government delegation to Erbil on Monday, where "
     "he met Prime Minister Masrour Barzani and inspected the damaged sites.\n"
     "\"We found no evidence of any Israeli presence there,\" Araji told reporters after the meeting.\n"
     "Prime Minister Mustafa al-Kadhimi, who condemned the attack, spoke by phone with Masrour Barzani but did "
     "not travel to the Region.\n"
     "Iraq's foreign ministry said it had lodged a formal protest with Tehran.",
     [("ATTACKED", IRGC, ERBIL, "claimed responsibility on Sunday", "2022-03-13"),
      ("LEADS", BAZ, "organization:kar-group", "the chief executive of the KAR Group"),
      ("LEADS", ARAJI, NSA, "Iraq's national security adviser"),
      ("VISITED", ARAJI, ERBIL, "led a government delegation to Erbil", "2022-03-14"),
      ("MET_WITH", ARAJI, MASROUR, "where he met Prime Minister Masrour", "2022-03-14"),
      ("LEADS", MASROUR, KRG, "where he met Prime Minister Masrour"),
      ("LEADS", KAD, IQG, "Prime Minister Mustafa al-Kadhimi"),
      ],
     {"source": "blind set (Kurdish outlet, English)", "published": "2022-03-14"}),

    ("arIE6_irgc_strike_kills_dizayee", "ar",
     "مقتل رجل الأعمال الكوردي بيشرو دزيي وأفراد من عائلته بقصف للحرس الثوري على أربيل\n"
     "أربيل (كوردستان 24) - قُتل رجل الأعمال الكوردي بيشرو دزيي وابنته الصغيرة وعدد من أفراد أسرته ليل "
     "الاثنين، جراء قصف صاروخي استهدف منزله في أربيل، وأعلن الحرس الثوري الإيراني مسؤوليته عنه، زاعماً أنه "
     "استهدف «مقراً لجهاز الموساد».\n"
     "ووصف رئيس حكومة إقليم كوردستان مسرور بارزاني الهجوم بأنه «جريمة ضد الشعب الكوردي»، داعياً المجتمع "
     "الدولي إلى التحرك.\n"
     "واستدعت بغداد سفيرها لدى طهران للتشاور، وقدّمت وزارة الخارجية العراقية شكوى إلى مجلس الأمن الدولي.\n"
     "ووصل مستشار الأمن القومي العراقي قاسم الأعرجي إلى أربيل الثلاثاء على رأس لجنة تحقيق، والتقى رئيسَ "
     "حكومة الإقليم، قبل أن يعلن أن «لا صحة لوجود مقر للموساد» في المنزل المستهدف.\n"
     "وفي طهران، قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن الضربة جاءت «رداً على مؤامرات» ضد أمن "
     "إيران.\n"
     "وأفادت مصادر بأن رئيس الإقليم نيجيرفان بارزاني كان يعتزم زيارة طهران الشهر المقبل، لكن الزيارة باتت "
     "«معلّقة».",
     [("ASSASSINATED_BY", DIZAYEE, IRGC, "وأعلن الحرس الثوري الإيراني مسؤوليته", "2024-01-15"),
      ("ATTACKED", IRGC, ERBIL, "استهدف منزله في أربيل", "2024-01-15"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كوردستان مسرور"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن القومي العراقي قاسم"),
      ("VISITED", ARAJI, ERBIL, "إلى أربيل الثلاثاء", "2024-01-16"),
      ("MET_WITH", ARAJI, MASROUR, "والتقى رئيسَ", "2024-01-16"),
      ("MEMBER_OF", KANAANI, IRFM, "المتحدث باسم الخارجية الإيرانية"),
      ("LEADS", NECH, KRP, "رئيس الإقليم نيجيرفان"),
      ],
     {"source": "blind set (Kurdish outlet, Arabic)", "published": "2024-01-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIE")
