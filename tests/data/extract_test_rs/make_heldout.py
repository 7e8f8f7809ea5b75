"""Blind set RS: Egypt 1981-2015 (first folder of RS-RT): Sadat's assassination at the October parade and
Mubarak's nomination (October 1981), the four-way Cairo summit of Mubarak, King Hussein, Arafat and Rabin
(February 1995), Mubarak's resignation and the SCAF under Tantawi (February 2011), Morsi's retirement of
Tantawi and Anan and Sisi's appointment as defence minister (August 2012), the army's removal of Morsi and
Adly Mansour's designation (July 2013), and Nabil Sadek's swearing-in as prosecutor-general after Hisham
Barakat's assassination (September 2015), as a US wire writes it in English (AP-like: "CAIRO, Egypt (AP) -",
"Moslem"), a Cairo state daily in Arabic (Al-Ahram-like: "جلالة الملك حسين", "بقصر الاتحادية"), a New
York paper in English (NYT-like: "Mr. Mubarak", "Field Marshal"), a Cairo private daily in Arabic (Al-Masry
Al-Youm-like: "أصدر ... قراراً جمهورياً", "كتب"), a British wire in English (Reuters-like: "Mursi",
"CAIRO (Reuters) -") and a British broadcaster's Arabic site (BBC Arabic-like: "يونيو/ حزيران").
Pieces: a squad led by Lt. Islambouli kills Sadat, Mubarak nominated to succeed him, Sufi Abu Taleb
acting president, Sadat had met Begin in Alexandria (English, RS1); Mubarak hosts King Hussein, Arafat
and Rabin with Amr Moussa present, Moussa meets Peres on the sidelines (Arabic, RS2); Mubarak resigns,
Tantawi's council takes over, Suleiman named to the vice-presidency Mubarak had left, Shafik replaces
Nazif, Suleiman meets the Brotherhood, Wisner meets Mubarak (English, RS3); Sisi replaces Tantawi and
Sobhi replaces Anan, both sworn in before Morsi with Qandil present, Morsi receives Tantawi and Anan
(Arabic, RS4); Sisi announces Morsi's removal, Mansour to replace Morsi, Sisi's meeting with Tayeb,
Tawadros and ElBaradei, Sisi's earlier meetings with Morsi (English, RS5); Sadek sworn in before Sisi
with al-Zend present, succeeding the assassinated Barakat, who had succeeded Talaat Abdallah; Sisi
receives Sherif Ismail, who succeeded Mahlab (Arabic, RS6).
Excluded on purpose (no relation): the Interior Ministry's blaming of "Al Jihad" (an accusation),
Begin's planned attendance at the funeral, the US delegation (RS1); Mubarak's phone call to Hafez
al-Assad, the foreign ministers' planned meeting with Warren Christopher in Washington (RS2); Gates's
phone calls to Tantawi, Suleiman "seen as a possible successor" by Western officials, the handing of
powers to the council (a body, not a holder of the post) (RS3); Badie's message of congratulation, the
denied meeting of the council's members with Morsi, Mekki's new post (no predecessor) (RS4); Morsi's
election "16 months after Mubarak was toppled" (a later holder, not connected), the arrest warrants for
Badie and Shater, Obama's statement (RS5); Barakat's assassination (no agent stated; no claim), Sisi's
implied blame of the Brotherhood at the funeral (an accusation) (RS6).
Judgement calls: "to succeed him" after the nomination (RS1 Mubarak -> Sadat) and the Speaker who
"became acting president" on Sadat's death (RS1) are successions; "the two men met in Alexandria" is a
meeting (RS1); a summit "ضمت" three guests is a meeting of all four, the attendee «بحضور» is paired with
each of the four (RS2); "the first person to fill the post since Mr. Mubarak vacated it" is a succession
(RS3 Suleiman -> Mubarak); "met with opposition groups, including representatives of the Muslim
Brotherhood" pairs Suleiman with the Brotherhood (RS3); swearing the oath before the president is a
meeting with him, the two sworn together are paired with each other, and the attendee «بحضور» is paired
with the president and each of the two (RS4, RS6); "استقبل المشير والفريق عنان" together is a meeting of
the three (RS4); "after a meeting with the three men" is one meeting of the four (RS5); "had met Mursi
twice", reported by a military source, is a meeting (RS5); attendees of one list are paired with each
other where they attend together (the set's rule; RS2 has one attendee only).
Filled in for the exercise: the Alexandria detail and Abu Ghazala's wound (RS1); the palace, Moussa's
presence and his sideline meeting with Peres (RS2); the exact wording of the Wisner and Gates paragraphs
(RS3); Qandil's presence at the oath and the spokesman's account of the reception (RS4); the wording of
the military source (RS5); the date of Sadek's oath, al-Zend's presence and Sisi's reception of Sherif
Ismail the same day (RS6).
Spellings: "Khaled Ahmed Shawki el-Islambouli", "Moslem" (RS1); "محمد حسني مبارك", "إسحق رابين", "شيمون
بيريز" (RS2); "Mohamed Hussein Tantawi", "Omar Suleiman", "Ahmed Shafik" (RS3); "طنطاوي", "صدقي صبحي",
"محمد بديع" (RS4); "Mursi", "Adli Mansour", "Abdel Fattah al-Sisi", "Mohamed Badie" (RS5); "نبيل أحمد
صادق", "محلب" (RS6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rt import ALL  # noqa: E402

HERE = Path(__file__).parent

EGYPT, ISRAEL, JORDAN, PALESTINE = "country:egypt", "country:israel", "country:jordan", "country:palestine"
MB, SCAF, ARMY, GIS, SCC, AZHAR, COPTIC, NDP = (
    "organization:muslim-brotherhood", "organization:supreme-council-of-the-armed-forces",
    "organization:egyptian-armed-forces", "organization:egyptian-general-intelligence",
    "organization:supreme-constitutional-court", "organization:al-azhar", "organization:coptic-orthodox-church",
    "organization:national-democratic-party")
SADAT, MUBARAK, ABUTALEB, MORSI, SISI, MANSOUR = (
    "person:anwar-sadat", "person:hosni-mubarak", "person:sufi-abu-taleb", "person:mohamed-morsi",
    "person:abdel-fattah-el-sisi", "person:adly-mansour")
TANTAWI, ANAN, SOBHI, SULEIMAN, ABUGHAZALA = (
    "person:mohamed-hussein-tantawi", "person:sami-anan", "person:sedki-sobhi", "person:omar-suleiman",
    "person:abdel-halim-abu-ghazala")
SHAFIK, NAZIF, QANDIL, MAHLAB, ISMAIL, ZEND, MOUSSA = (
    "person:ahmed-shafik", "person:ahmed-nazif", "person:hisham-qandil", "person:ibrahim-mahlab",
    "person:sherif-ismail", "person:ahmed-el-zend", "person:amr-moussa")
BARAKAT, SADEK, TALAAT = "person:hisham-barakat", "person:nabil-sadek", "person:talaat-abdallah"
BADIE, TAYEB, TAWADROS, ELBARADEI, ISLAMBOULI = (
    "person:mohammed-badie", "person:ahmed-al-tayeb", "person:tawadros-ii", "person:mohamed-elbaradei",
    "person:khalid-al-islambouli")
HUSSEIN, ARAFAT, BEGIN, PERES, RABIN, WISNER = (
    "person:hussein-bin-talal", "person:yasser-arafat", "person:menachem-begin", "person:shimon-peres",
    "person:yitzhak-rabin", "person:frank-wisner")

AP = "blind set (US news wire, English, AP-like)"
AHRAM = "blind set (Cairo state daily, Arabic, Al-Ahram-like)"
NYT = "blind set (New York daily, English, NYT-like)"
MASRY = "blind set (Cairo private daily, Arabic, Al-Masry Al-Youm-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
BBCAR = "blind set (British broadcaster's Arabic site, BBC Arabic-like)"

ARTICLES = [
    ("enRS1_sadat_slain_parade_ap", "en",
     "Sadat slain by gunmen at military parade; Mubarak nominated as heir\n"
     "CAIRO, Egypt (AP) - President Anwar Sadat was assassinated Tuesday by a squad of soldiers who leaped from "
     "an army truck during the military parade marking the 1973 war and raked the reviewing stand with automatic "
     "rifle fire and grenades.\n"
     "The gunmen, led by First Lt. Khaled Ahmed Shawki el-Islambouli, an artillery officer, killed the "
     "62-year-old president and at least seven other people. Defense Minister Abdel-Halim Abu Ghazala, standing "
     "beside Sadat, was slightly wounded.\n"
     "Interior Ministry officials blamed a Moslem fundamentalist group known as Al Jihad.\n"
     "Parliament Speaker Sufi Abu Taleb became acting president under the constitution, and on Wednesday the "
     "ruling National Democratic Party nominated Vice President Hosni Mubarak, who had been seated next to Sadat, "
     "to succeed him. A national referendum is expected next week.\n"
     "Israeli Prime Minister Menachem Begin said he would attend Saturday's funeral. Sadat and Begin last saw "
     "each other in August, when the two men met in Alexandria to discuss the stalled talks on Palestinian "
     "autonomy.\n"
     "Former Presidents Richard Nixon, Gerald Ford and Jimmy Carter will lead the U.S. delegation, the White "
     "House said.",
     [("ASSASSINATED_BY", SADAT, ISLAMBOULI, "led by First Lt. Khaled Ahmed Shawki", "1981-10-06"),
      ("SUCCESSOR_OF", ABUTALEB, SADAT, "became acting president under the constitution", "1981-10-06"),
      ("SUCCESSOR_OF", MUBARAK, SADAT, "to succeed him", "1981-10-07"),
      ("MEMBER_OF", MUBARAK, NDP, "ruling National Democratic Party nominated"),
      ("LEADS", BEGIN, ISRAEL, "Israeli Prime Minister Menachem Begin"),
      ("MET_WITH", SADAT, BEGIN, "the two men met in Alexandria", "1981-08-26"),
      ("LEADS", SADAT, EGYPT, "President Anwar Sadat was assassinated"),
      ],
     {"source": AP, "published": "1981-10-07"}),

    ("arRS2_cairo_quartet_summit_ahram", "ar",
     "قمة رباعية في القاهرة لإنقاذ عملية السلام\n"
     "القاهرة - الأهرام\n"
     "عقد الرئيس محمد حسني مبارك أمس بقصر الاتحادية قمة رباعية ضمت جلالة الملك حسين عاهل الأردن، والرئيس "
     "ياسر عرفات رئيس السلطة الوطنية الفلسطينية، وإسحق رابين رئيس وزراء إسرائيل، بحضور السيد عمرو موسى وزير "
     "الخارجية، وذلك لبحث سبل دفع عملية السلام بعد العملية التي وقعت في بيت ليد الشهر الماضي.\n"
     "وأكد القادة الأربعة في بيان ختامي تلاه وزير الخارجية عزمهم على المضي في المفاوضات ورفضهم لكل أشكال "
     "العنف التي تستهدف تعطيل السلام.\n"
     "وكان الرئيس مبارك قد أجرى اتصالاً هاتفياً مساء أمس الأول بالرئيس السوري حافظ الأسد وضعه خلاله في صورة "
     "الترتيبات الخاصة بالقمة.\n"
     "وعلى هامش القمة، التقى موسى نظيره الإسرائيلي شيمون بيريز، وتناول اللقاء ملف المفاوضات على المسار "
     "الفلسطيني وموعد الانسحاب الإسرائيلي من مدن الضفة الغربية.\n"
     "ومن المقرر أن يجتمع وزراء خارجية الدول الأربع مع وزير الخارجية الأمريكي وارن كريستوفر في واشنطن "
     "الأسبوع المقبل.",
     met_group({MUBARAK: "عقد الرئيس محمد حسني مبارك", HUSSEIN: "جلالة الملك حسين عاهل الأردن",
                ARAFAT: "ياسر عرفات رئيس السلطة", RABIN: "وإسحق رابين رئيس وزراء"}, "1995-02-02")
     + [(("MET_WITH", MOUSSA, p, n, "1995-02-02"))
        for p, n in ((MUBARAK, "بحضور السيد عمرو موسى"), (HUSSEIN, "عمرو موسى وزير"),
                     (ARAFAT, "موسى وزير الخارجية، وذلك"), (RABIN, "السيد عمرو موسى وزير الخارجية"))]
     + [("MET_WITH", MOUSSA, PERES, "التقى موسى نظيره الإسرائيلي", "1995-02-02"),
        ("LEADS", HUSSEIN, JORDAN, "الملك حسين عاهل الأردن"),
        ("LEADS", ARAFAT, PALESTINE, "رئيس السلطة الوطنية الفلسطينية"),
        ("LEADS", RABIN, ISRAEL, "رئيس وزراء إسرائيل، بحضور"),
        ("LEADS", MUBARAK, EGYPT, "الرئيس محمد حسني مبارك أمس"),
        ],
     {"source": AHRAM, "published": "1995-02-03"}),

    ("enRS3_mubarak_quits_nyt", "en",
     "Mubarak Quits as Egypt's Military Takes Control\n"
     "CAIRO - Hosni Mubarak, who ruled Egypt for nearly three decades, resigned on Friday and handed power to the "
     "military, as Vice President Omar Suleiman announced in a 30-second televised statement that Mr. Mubarak had "
     "\"waived\" the office of president.\n"
     "The Supreme Council of the Armed Forces is led by Field Marshal Mohamed Hussein Tantawi, the 75-year-old "
     "defense minister, who has served Mr. Mubarak for two decades. Defense Secretary Robert M. Gates had spoken "
     "by telephone with the field marshal five times since the uprising began, the Pentagon said.\n"
     "Mr. Suleiman, the longtime intelligence chief, was named vice president on Jan. 29, the first person to "
     "fill the post since Mr. Mubarak vacated it in 1981. The same day, Ahmed Shafik, a former air force "
     "commander, was appointed prime minister in place of Ahmed Nazif, whose cabinet was dismissed.\n"
     "Last Sunday, Mr. Suleiman met with opposition groups, including representatives of the Muslim "
     "Brotherhood, which had been banned for decades. Some Western officials had seen him as a possible successor.\n"
     "Frank G. Wisner, the retired diplomat President Obama dispatched to Cairo, met Mr. Mubarak on Feb. 1 and "
     "later said publicly that the president should stay in office to steer the transition.",
     [("LEADS", TANTAWI, SCAF, "led by Field Marshal Mohamed Hussein Tantawi"),
      ("LEADS", SULEIMAN, GIS, "the longtime intelligence chief"),
      ("SUCCESSOR_OF", SULEIMAN, MUBARAK, "the first person to fill the post since", "2011-01-29"),
      ("SUCCESSOR_OF", SHAFIK, NAZIF, "in place of Ahmed Nazif", "2011-01-29"),
      ("MET_WITH", SULEIMAN, MB, "met with opposition groups", "2011-02-06"),
      ("MET_WITH", WISNER, MUBARAK, "met Mr. Mubarak on Feb. 1", "2011-02-01"),
      ("LEADS", MUBARAK, EGYPT, "who ruled Egypt for nearly three decades"),
      ],
     {"source": NYT, "published": "2011-02-12"}),

    ("arRS4_morsi_retires_tantawi_masry", "ar",
     "مرسي يحيل طنطاوي وعنان للتقاعد ويعين السيسي وزيراً للدفاع\n"
     "كتب - محمود جاويش\n"
     "أصدر الرئيس محمد مرسي، مساء أمس، قراراً جمهورياً بإحالة المشير محمد حسين طنطاوي، رئيس المجلس الأعلى "
     "للقوات المسلحة ووزير الدفاع والإنتاج الحربي، والفريق سامي عنان، رئيس أركان حرب القوات المسلحة، إلى "
     "التقاعد، وتعيين اللواء عبد الفتاح السيسي، مدير المخابرات الحربية، وزيراً للدفاع خلفاً لطنطاوي، بعد "
     "ترقيته إلى رتبة الفريق أول.\n"
     "كما قرر تعيين الفريق صدقي صبحي رئيساً للأركان بدلاً من عنان، واختيار المستشار محمود مكي نائباً لرئيس "
     "الجمهورية، وإلغاء الإعلان الدستوري المكمل.\n"
     "وأدى السيسي وصبحي اليمين الدستورية أمام الرئيس بقصر الاتحادية، بحضور الدكتور هشام قنديل رئيس مجلس "
     "الوزراء.\n"
     "وقال الدكتور ياسر علي، المتحدث باسم الرئاسة، إن الرئيس استقبل المشير والفريق عنان عقب صدور القرارات، "
     "وقلّد الأول قلادة النيل والثاني وسام الجمهورية، وعيّنهما مستشارين له.\n"
     "من جهته، هنأ الدكتور محمد بديع، المرشد العام لجماعة الإخوان المسلمين، الرئيس بالقرارات في رسالة "
     "نشرها موقع الجماعة.\n"
     "ونفى مصدر عسكري ما تردد عن لقاء جمع أعضاء المجلس العسكري بالرئيس قبل إعلان القرارات.",
     [("LEADS", TANTAWI, SCAF, "رئيس المجلس الأعلى"),
      ("SUCCESSOR_OF", SISI, TANTAWI, "وزيراً للدفاع خلفاً لطنطاوي", "2012-08-12"),
      ("SUCCESSOR_OF", SOBHI, ANAN, "رئيساً للأركان بدلاً من عنان", "2012-08-12"),
      ("MET_WITH", SISI, MORSI, "وأدى السيسي وصبحي", "2012-08-12"),
      ("MET_WITH", SOBHI, MORSI, "اليمين الدستورية أمام الرئيس", "2012-08-12"),
      ("MET_WITH", SISI, SOBHI, "السيسي وصبحي اليمين", "2012-08-12"),
      ("MET_WITH", QANDIL, MORSI, "بحضور الدكتور هشام قنديل", "2012-08-12"),
      ("MET_WITH", QANDIL, SISI, "هشام قنديل رئيس مجلس", "2012-08-12"),
      ("MET_WITH", QANDIL, SOBHI, "قنديل رئيس مجلس الوزراء", "2012-08-12"),
      ] + met_group({MORSI: "إن الرئيس استقبل", TANTAWI: "استقبل المشير", ANAN: "والفريق عنان عقب"}, "2012-08-12")
     + [("LEADS", BADIE, MB, "المرشد العام لجماعة الإخوان"),
        ("LEADS", MORSI, EGYPT, "أصدر الرئيس محمد مرسي"),
        ],
     {"source": MASRY, "published": "2012-08-13"}),

    ("enRS5_army_ousts_mursi_reuters", "en",
     "Egypt army ousts Mursi, names constitutional court chief interim head\n"
     "CAIRO (Reuters) - Egypt's armed forces overthrew President Mohamed Mursi on Wednesday, suspending the "
     "constitution and installing an interim administration after days of mass protests against the Muslim "
     "Brotherhood leader.\n"
     "Army commander General Abdel Fattah al-Sisi said in a televised address that the head of the Supreme "
     "Constitutional Court, Adli Mansour, would replace Mursi as interim head of state until new elections.\n"
     "Sisi, flanked by the Grand Imam of al-Azhar Ahmed al-Tayeb, Coptic Pope Tawadros II and liberal politician "
     "Mohamed ElBaradei, spoke after a meeting with the three men and youth activists at which the army's "
     "\"roadmap\" was agreed.\n"
     "A military source said the general had met Mursi twice since Monday to press him to accept early elections.\n"
     "Mursi, Egypt's first freely elected leader, won the presidency in June 2012, 16 months after Hosni Mubarak "
     "was toppled. He was being held at a Republican Guard facility, security sources said, and arrest warrants "
     "were issued for Brotherhood leader Mohamed Badie and his deputy Khairat al-Shater.\n"
     "U.S. President Barack Obama said he was \"deeply concerned\" and ordered a review of U.S. aid.",
     [("LEADS", SISI, ARMY, "Army commander General Abdel Fattah"),
      ("LEADS", MANSOUR, SCC, "the head of the Supreme"),
      ("SUCCESSOR_OF", MANSOUR, MORSI, "would replace Mursi as interim head", "2013-07-03"),
      ] + met_group({SISI: "spoke after a meeting with", TAYEB: "Grand Imam of al-Azhar Ahmed al-Tayeb",
                     TAWADROS: "Coptic Pope Tawadros II", ELBARADEI: "liberal politician"}, "2013-07-03")
     + [("LEADS", TAYEB, AZHAR, "the Grand Imam of al-Azhar"),
        ("LEADS", TAWADROS, COPTIC, "Coptic Pope Tawadros"),
        ("MET_WITH", SISI, MORSI, "had met Mursi twice", "2013-07-02"),
        ("LEADS", BADIE, MB, "Brotherhood leader Mohamed Badie"),
        ("MEMBER_OF", MORSI, MB, "against the Muslim Brotherhood leader"),
        ],
     {"source": REUTERS, "published": "2013-07-03"}),

    ("arRS6_sadek_prosecutor_bbc", "ar",
     "نبيل صادق يؤدي اليمين نائباً عاماً لمصر خلفاً لهشام بركات\n"
     "بي بي سي عربي\n"
     "أدى المستشار نبيل أحمد صادق، الأحد، اليمين القانونية نائباً عاماً جديداً لمصر أمام الرئيس عبد الفتاح "
     "السيسي في قصر الاتحادية، بحضور وزير العدل المستشار أحمد الزند، ليخلف بذلك المستشار هشام بركات.\n"
     "وكان بركات قد اغتيل في انفجار سيارة مفخخة استهدف موكبه في حي مصر الجديدة بالقاهرة في 29 يونيو/ حزيران "
     "الماضي، ولم تعلن أي جهة مسؤوليتها عن العملية.\n"
     "وكان السيسي قد ألمح، خلال تشييع جنازة بركات، إلى مسؤولية جماعة الإخوان المسلمين، وقال إن \"يد العدالة "
     "الناجزة مغلولة بالقوانين\".\n"
     "وكان بركات قد عُيّن في يوليو/ تموز 2013، بعد أيام من عزل الرئيس محمد مرسي، خلفاً للمستشار طلعت عبد الله "
     "الذي عيّنه مرسي في المنصب.\n"
     "وفي وقت لاحق من اليوم، استقبل السيسي رئيس الوزراء المهندس شريف إسماعيل، الذي خلف إبراهيم محلب الأسبوع "
     "الماضي، وبحث معه أولويات الحكومة الجديدة.",
     [("SUCCESSOR_OF", SADEK, BARAKAT, "ليخلف بذلك المستشار هشام", "2015-09-20"),
      ("MET_WITH", SADEK, SISI, "اليمين القانونية نائباً عاماً جديداً", "2015-09-20"),
      ("MET_WITH", ZEND, SISI, "بحضور وزير العدل", "2015-09-20"),
      ("MET_WITH", ZEND, SADEK, "المستشار أحمد الزند", "2015-09-20"),
      ("SUCCESSOR_OF", BARAKAT, TALAAT, "خلفاً للمستشار طلعت", "2013-07-10"),
      ("MET_WITH", SISI, ISMAIL, "استقبل السيسي رئيس الوزراء", "2015-09-20"),
      ("SUCCESSOR_OF", ISMAIL, MAHLAB, "الذي خلف إبراهيم محلب", "2015-09-19"),
      ("LEADS", SISI, EGYPT, "أمام الرئيس عبد الفتاح"),
      ("LEADS", ISMAIL, EGYPT, "رئيس الوزراء المهندس شريف"),
      ],
     {"source": BBCAR, "published": "2015-09-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRS")
