"""Blind set HS: Yemen 2021-2024 as a Yemeni local news site reports it, Arabic pieces with English
summary pages (colloquial-leaning phrasing, local names, kunyas and nicknames): al-Alimi in Mukalla
after the STC's assembly session, May 2023 (English summary); the Giants Brigades of Abu Zaraa in
Bayhan and the new Shabwa governor, Jan 2022 (Arabic); the al-Hawban road in Taiz reopens and the
unsolved killing of a WFP staffer (English summary); al-Mashat inspects Hodeidah port after the Israeli
strike, July 2024 (Arabic); Grundberg in Aden with al-Zubaidi and Governor Lamlas (English summary);
freed prisoners land in Sanaa, April 2023 (Arabic).
Style: local reporting with nicknames ("Abu Zaraa", "Abu Ali", "ابن الوزير", "Sheikh al-Hilf"),
descriptions ("the governor", "المحافظ"), quotes; excluded on purpose: an expected meeting that did
not take place, a phone call of the vice president, a killing with no established agent and an
accusation that was denied, a denied visit of Abdul-Malik al-Houthi, a car bomb never claimed, a
meeting that al-Murtada denied.
Spellings: Rashad al-Alemi, Aidarous al-Zubeidi, المحرّمي (أبو زرعة), المشّاط, عبدالملك الحوثي, عبدالرحمن,
عبدالقادر المرتضى, Ahmed Hamed Lamlas.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hs import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, UAE, ISR = "country:yemen", "country:united-arab-emirates", "country:israel"
PLC, YGOV, HOUTHIS, SPC, STC, UN, ICRC, ISLAH, WFP = (
    "organization:presidential-leadership-council", "organization:yemeni-government", "organization:houthis",
    "organization:houthi-supreme-political-council", "organization:southern-transitional-council",
    "organization:united-nations", "organization:icrc", "organization:islah", "organization:wfp")
GIANTS, HTA, RSPC, ADENSEC, HMI = (
    "organization:giants-brigades", "organization:hadramawt-tribal-alliance", "organization:red-sea-ports-corporation",
    "organization:aden-security-directorate", "organization:houthi-military-intelligence")
MUKALLA, HADRAMAWT, SHABWA, BAYHAN, ATAQ, TAIZ, MARIB, HODEIDAH, TELAVIV, ADEN, SANAA, SANAAAIR = (
    "location:mukalla", "location:hadramawt", "location:shabwa", "location:bayhan", "location:ataq", "location:taiz",
    "location:marib", "location:hodeidah", "location:tel-aviv", "location:aden", "location:sanaa",
    "location:sanaa-international-airport")
ALIMI, BINMADI, BAHSANI, HABRISH, ZUBAIDI, HANI = (
    "person:rashad-al-alimi", "person:mabkhout-bin-madi", "person:faraj-al-bahsani", "person:amr-bin-habrish",
    "person:aidarous-al-zubaidi", "person:hani-bin-breik")
ABUZARAA, AWLAKI, BINADIO, ALIMOHSEN = ("person:abdulrahman-al-muharrami", "person:awad-al-awlaki",
                                        "person:mohammed-saleh-bin-adio", "person:ali-mohsen-al-ahmar")
MAH, SHAMSAN, SHREIM, HAMEIDI, ARADA = ("person:mohammed-ali-al-houthi", "person:nabil-shamsan", "person:muin-shreim",
                                        "person:moayad-hameidi", "person:sultan-al-arada")
MASHAT, QAHIM, WUSHALI, SAREE, AMALIK, HAKIM = (
    "person:mahdi-al-mashat", "person:mohammed-ayyash-qahim", "person:zaid-al-wushali", "person:yahya-saree",
    "person:abdul-malik-al-houthi", "person:abdullah-yahya-al-hakim")
GRUND, LAMLAS, SHUAIBI = "person:hans-grundberg", "person:ahmed-lamlas", "person:mutahar-al-shuaibi"
MURTADA, CARBONI, JABER, QAHTAN = ("person:abdulqader-al-murtada", "person:fabrizio-carboni", "person:mohammed-al-jaber",
                                   "person:mohammed-qahtan")

ARTICLES = [
    ("enHS1_alemi_in_mukalla", "en",
     "English summary | Al-Alemi lands in Mukalla days after the STC's show of strength\n"
     "Presidential Leadership Council chairman Rashad al-Alemi arrived in Mukalla on Sunday and was met at "
     "Riyan airport by Hadramawt's governor, Mabkhout Mubarak bin Madi.\n"
     "Bin Madi took over the governorate in August 2022 from Faraj al-Bahsani, who had moved up to the "
     "council a few months earlier.\n"
     "Later in the day al-Alemi sat down with Sheikh Amr bin Habrish, head of the Hadramawt Tribal Alliance, "
     "whom people in the valley simply call \"Sheikh al-Hilf\".\n"
     "The visit came days after STC president Aidarous al-Zubeidi chaired the council's national assembly "
     "session in the city, flanked by his deputy Hani bin Breik.\n"
     "Local sources had expected al-Alemi and al-Zubeidi to meet in Mukalla, but no such meeting took place.",
     [("LEADS", ALIMI, PLC, "Presidential Leadership Council chairman Rashad"),
      ("VISITED", ALIMI, MUKALLA, "arrived in Mukalla on Sunday", "2023-05-21"),
      ("MET_WITH", ALIMI, BINMADI, "was met at Riyan airport", "2023-05-21"),
      ("LEADS", BINMADI, HADRAMAWT, "Hadramawt's governor, Mabkhout"),
      ("SUCCESSOR_OF", BINMADI, BAHSANI, "took over the governorate in August 2022 from", "2022-08"),
      ("MEMBER_OF", BAHSANI, PLC, "who had moved up to the council"),
      ("MET_WITH", ALIMI, HABRISH, "sat down with Sheikh Amr", "2023-05-21"),
      ("LEADS", HABRISH, HTA, "head of the Hadramawt Tribal Alliance"),
      ("LEADS", ZUBAIDI, STC, "STC president Aidarous"),
      ("VISITED", ZUBAIDI, MUKALLA, "session in the city, flanked", "2023-05"),
      ("VISITED", HANI, MUKALLA, "flanked by his deputy Hani", "2023-05"),
      ("MEMBER_OF", HANI, STC, "his deputy Hani bin Breik"),
      ],
     {"source": "blind set (Yemeni local site, English summary)", "published": "2023-05-22"}),

    ("arHS2_giants_bayhan_shabwa_governor", "ar",
     "شبوة: العمالقة تستعيد بيحان... و«ابن الوزير»: المحافظة رجعت لأهلها\n"
     "عتق - خاص:\n"
     "أعلنت ألوية العمالقة الجنوبية، المدعومة إماراتياً، استعادة مديريات بيحان الثلاث بالكامل بعد معارك "
     "ضارية مع الحوثيين استمرت قرابة أسبوعين.\n"
     "وقاد المعارك قائد الألوية عبدالرحمن المحرّمي، المعروف بـ«أبو زرعة»، الذي وصل إلى عتق الاثنين والتقى "
     "المحافظ عوض الوزير العولقي، أو «ابن الوزير» كما يسميه أبناء شبوة.\n"
     "والعولقي عُيّن أواخر ديسمبر الماضي خلفاً لمحمد صالح بن عديو، المحسوب على حزب الإصلاح، بعد أشهر من "
     "الشد والجذب بين الرياض وأبوظبي.\n"
     "وفي الأثناء تلقى المحافظ اتصالاً هاتفياً من نائب الرئيس الفريق علي محسن الأحمر، هنأه فيه بما وصفه «النصر».\n"
     "وقال أبو زرعة لمقاتليه في بيحان: «ما بنرجع إلا وشبوة كلها نظيفة».",
     [("SUPPORTS", UAE, GIANTS, "المدعومة إماراتياً"),
      ("ATTACKED", GIANTS, HOUTHIS, "بعد معارك ضارية مع الحوثيين", "2022-01"),
      ("LEADS", ABUZARAA, GIANTS, "قائد الألوية عبدالرحمن"),
      ("VISITED", ABUZARAA, ATAQ, "الذي وصل إلى عتق الاثنين", "2022-01"),
      ("MET_WITH", ABUZARAA, AWLAKI, "والتقى المحافظ عوض", "2022-01"),
      ("LEADS", AWLAKI, SHABWA, "والتقى المحافظ عوض"),
      ("SUCCESSOR_OF", AWLAKI, BINADIO, "خلفاً لمحمد صالح بن عديو", "2021-12-25"),
      ("MEMBER_OF", BINADIO, ISLAH, "المحسوب على حزب الإصلاح"),
      ("MEMBER_OF", ALIMOHSEN, YGOV, "من نائب الرئيس الفريق"),
      ("VISITED", ABUZARAA, BAYHAN, "لمقاتليه في بيحان", "2022-01"),
      ],
     {"source": "blind set (Yemeni local site, Arabic)", "published": "2022-01-12"}),

    ("enHS3_taiz_hawban_road_reopens", "en",
     "English summary | Taiz: al-Hawban road reopens after nine years, WFP killing still unsolved\n"
     "The road linking Taiz city to al-Hawban reopened to cars on Thursday, days after Mohammed Ali al-Houthi, "
     "a member of the Houthis' Supreme Political Council, announced on X that \"our side\" would open it.\n"
     "Taiz governor Nabil Shamsan, who received the UN deputy envoy Muin Shreim in the city last month, "
     "welcomed the move but said the Houthi checkpoints at Jolat al-Qasr \"are still there\".\n"
     "In Marib, governor Sultan al-Arada offered to reopen the Marib-Sanaa road in return.\n"
     "Meanwhile the killing of Moayad Hameidi, head of the World Food Programme's office in Taiz, who was shot "
     "dead in al-Turba in July 2023, remains unsolved.\n"
     "Houthi media blamed gunmen linked to the Islah party, an accusation the party rejected.",
     [("MEMBER_OF", MAH, SPC, "a member of the Houthis' Supreme Political Council"),
      ("LEADS", SHAMSAN, TAIZ, "Taiz governor Nabil"),
      ("MET_WITH", SHAMSAN, SHREIM, "who received the UN deputy envoy", "2024-05"),
      ("VISITED", SHREIM, TAIZ, "who received the UN deputy envoy", "2024-05"),
      ("MEMBER_OF", SHREIM, UN, "the UN deputy envoy Muin"),
      ("LEADS", ARADA, MARIB, "In Marib, governor Sultan"),
      ("MEMBER_OF", HAMEIDI, WFP, "head of the World Food Programme's office"),
      ],
     {"source": "blind set (Yemeni local site, English summary)", "published": "2024-06-14"}),

    ("arHS4_mashat_hodeidah_port", "ar",
     "الحديدة: المشّاط يتفقد الميناء بعد الغارات الصهيونية\n"
     "تفقد الرئيس مهدي المشّاط، رئيس المجلس السياسي الأعلى، صباح اليوم ميناء الحديدة، بعد يومين من الغارات "
     "الإسرائيلية التي استهدفت خزانات الوقود ومحطة الكهرباء في المدينة.\n"
     "واستمع المشّاط، وبرفقته محافظ الحديدة محمد عياش قحيم، من رئيس مؤسسة موانئ البحر الأحمر زيد الوشلي إلى "
     "شرح عن حجم الأضرار التي لحقت بالأرصفة.\n"
     "وجاءت الغارات بعد يوم من هجوم بطائرة مسيّرة تبنّاه الحوثيون على «يافا» (تل أبيب)، وقال المتحدث العسكري "
     "العميد يحيى سريع إن الطائرة «لم ترصدها الرادارات».\n"
     "وكان رئيس الاستخبارات العسكرية اللواء عبدالله يحيى الحاكم، «أبو علي الحاكم»، قد زار الحديدة الأسبوع "
     "الماضي.\n"
     "ونفى مصدر في مكتب الرئاسة ما تداولته مواقع التواصل عن زيارة «السيد القائد» عبدالملك الحوثي للمدينة.",
     [("LEADS", MASHAT, SPC, "رئيس المجلس السياسي الأعلى"),
      ("VISITED", MASHAT, HODEIDAH, "صباح اليوم ميناء الحديدة", "2024-07-22"),
      ("ATTACKED", ISR, HODEIDAH, "الغارات الإسرائيلية التي استهدفت", "2024-07-20"),
      ("MET_WITH", MASHAT, QAHIM, "وبرفقته محافظ الحديدة", "2024-07-22"),
      ("MET_WITH", MASHAT, WUSHALI, "من رئيس مؤسسة موانئ", "2024-07-22"),
      ("MET_WITH", QAHIM, WUSHALI, "من رئيس مؤسسة موانئ", "2024-07-22"),
      ("LEADS", QAHIM, HODEIDAH, "محافظ الحديدة محمد"),
      ("LEADS", WUSHALI, RSPC, "رئيس مؤسسة موانئ البحر الأحمر زيد"),
      ("ATTACKED", HOUTHIS, TELAVIV, "تبنّاه الحوثيون على «يافا»", "2024-07-19"),
      ("MEMBER_OF", SAREE, HOUTHIS, "المتحدث العسكري"),
      ("LEADS", HAKIM, HMI, "رئيس الاستخبارات العسكرية اللواء"),
      ("VISITED", HAKIM, HODEIDAH, "قد زار الحديدة الأسبوع", "2024-07"),
      ],
     {"source": "blind set (Yemeni local site, Arabic)", "published": "2024-07-22"}),

    ("enHS5_grundberg_in_aden", "en",
     "English summary | Grundberg in Aden: talks with al-Zubeidi, then with Governor Lamlas\n"
     "The UN envoy Hans Grundberg flew into Aden on Tuesday and held talks with Aidarous al-Zubeidi, "
     "vice-chairman of the Presidential Leadership Council and president of the STC, at the council's "
     "headquarters in Tawahi, with STC vice-president Hani bin Breik also present.\n"
     "He later met Aden governor Ahmed Hamed Lamlas, the STC's secretary-general, whom locals call "
     "\"al-Amin\".\n"
     "Lamlas survived a car bomb in Tawahi in October 2021 that killed six of his escorts; no group ever "
     "claimed the attack.\n"
     "Aden's security director, Maj Gen Mutahar al-Shuaibi, told us the city is \"calmer than Sanaa\" but "
     "complained of unpaid salaries.\n"
     "The envoy did not go on to Mukalla, as some had predicted.",
     [("MEMBER_OF", GRUND, UN, "The UN envoy Hans"),
      ("VISITED", GRUND, ADEN, "flew into Aden on Tuesday", "2024-02"),
      ("MET_WITH", GRUND, ZUBAIDI, "held talks with Aidarous", "2024-02"),
      ("MET_WITH", GRUND, HANI, "also present", "2024-02"),
      ("MET_WITH", ZUBAIDI, HANI, "also present", "2024-02"),
      ("MEMBER_OF", ZUBAIDI, PLC, "vice-chairman of the Presidential Leadership Council"),
      ("LEADS", ZUBAIDI, STC, "and president of the STC"),
      ("MEMBER_OF", HANI, STC, "STC vice-president Hani"),
      ("MET_WITH", GRUND, LAMLAS, "He later met Aden governor", "2024-02"),
      ("LEADS", LAMLAS, ADEN, "He later met Aden governor"),
      ("MEMBER_OF", LAMLAS, STC, "the STC's secretary-general"),
      ("LEADS", SHUAIBI, ADENSEC, "Aden's security director"),
      ],
     {"source": "blind set (Yemeni local site, English summary)", "published": "2024-02-14"}),

    ("arHS6_freed_prisoners_sanaa", "ar",
     "صنعاء: وصول الدفعة الأولى من الأسرى المحررين... والمرتضى: «قحطان ملف مؤجل»\n"
     "حطّت في مطار صنعاء الدولي ظهر الجمعة طائرات تابعة للجنة الدولية للصليب الأحمر تقل مئات الأسرى المحررين، "
     "ضمن الصفقة المتفق عليها في سويسرا.\n"
     "وكان رئيس لجنة شؤون الأسرى عبدالقادر المرتضى قد التقى في صنعاء، عشية العملية، المديرَ الإقليمي للجنة "
     "الدولية فابريزيو كاربوني، الذي وصل العاصمة للإشراف على الصفقة.\n"
     "وقال المرتضى للصحفيين في المطار إن ملف القيادي الإصلاحي محمد قحطان «مؤجل للصفقة القادمة»، دون أن يؤكد "
     "ما إذا كان الرجل على قيد الحياة.\n"
     "ونفى المرتضى ما نشرته مواقع موالية للتحالف عن لقاء جمعه بالسفير السعودي محمد آل جابر.\n"
     "وكان آل جابر قد زار صنعاء الأسبوع الماضي برفقة وفد عُماني، والتقى الرئيس المشّاط في القصر الجمهوري.",
     [("MEMBER_OF", MURTADA, HOUTHIS, "رئيس لجنة شؤون الأسرى"),
      ("MET_WITH", MURTADA, CARBONI, "قد التقى في صنعاء، عشية العملية", "2023-04-13"),
      ("MEMBER_OF", CARBONI, ICRC, "المديرَ الإقليمي للجنة"),
      ("VISITED", CARBONI, SANAA, "الذي وصل العاصمة", "2023-04"),
      ("MEMBER_OF", QAHTAN, ISLAH, "القيادي الإصلاحي محمد"),
      ("VISITED", JABER, SANAA, "وكان آل جابر قد زار صنعاء", "2023-04"),
      ("MET_WITH", JABER, MASHAT, "والتقى الرئيس المشّاط", "2023-04"),
      ],
     {"source": "blind set (Yemeni local site, Arabic)", "published": "2023-04-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHS")
