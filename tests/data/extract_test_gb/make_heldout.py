"""Blind set GB: Libya and Sudan 2021-2025 in regional outlets: Dbeibah takes over from al-Sarraj
and al-Menfi heads the Presidential Council, March 2021 (Libya Observer-like, English); the House of
Representatives replaces Bashagha with Osama Hammad, May 2023 (Al-Wasat-like, Arabic); Hemeti's
regional tour and the Addis Ababa declaration with Hamdok, Jan 2024 (Sudan Tribune-like, English);
Kamil Idris sworn in before al-Burhan, May 2025 (Sudanese press / SUNA, Arabic, long titles); Aguila
Saleh and al-Mishri in Geneva with Stephanie Williams after Bashagha's failed entry into Tripoli,
June 2022 (English); Saddam Haftar deputy commander and Khaled Haftar chief of staff, al-Menfi at
al-Rajma (Arabic).
Style: regional outlets: long honorific titles (الفريق أول ركن، المستشار، المشير), clitics (وبـ، لـ،
فـ), "the RSF leader", "رئيس الحكومة المكلف"; candidates and a designated but never installed prime
minister, phone calls, a denied meeting in Abu Dhabi, an expected visit, a planned Djibouti summit
that never happened, a killing by unknown gunmen.
Spellings: Dbeibah / Dbeiba / الدبيبة, Hemeti / Daglo / حميدتي, Al-Sarraj, Hifter, Al-Mishri.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gc import ALL  # noqa: E402

HERE = Path(__file__).parent

DBE, SAR, MEN, BASH = ("person:abdul-hamid-dbeibah", "person:fayez-al-sarraj", "person:mohamed-al-menfi",
                       "person:fathi-bashagha")
WIL, KUB, SAL, AGU, MISH = ("person:stephanie-williams", "person:jan-kubis", "person:ghassan-salame",
                            "person:aguila-saleh", "person:khaled-al-mishri")
HAM, BLI, HAF, SAD, KHA, NAD = ("person:osama-hammad", "person:abdullah-bliheg", "person:khalifa-haftar",
                                "person:saddam-haftar", "person:khaled-haftar", "person:abdulrazek-al-nadhouri")
GNA, GNU, GNS = ("organization:government-of-national-accord", "organization:government-of-national-unity",
                 "organization:government-of-national-stability")
LPC, HOR, HCS = ("organization:libyan-presidential-council", "organization:libyan-house-of-representatives",
                 "organization:libyan-high-council-of-state")
LNA, TRI = "organization:libyan-national-army", "location:tripoli-libya"
HEM, HAMD, MUS, ABIY, RUTO, BUR = ("person:mohamed-hamdan-dagalo", "person:abdalla-hamdok", "person:yoweri-museveni",
                                   "person:abiy-ahmed", "person:william-ruto", "person:abdel-fattah-al-burhan")
RSF, SAF, TSC, TAQ = ("organization:rapid-support-forces", "organization:sudanese-armed-forces",
                      "organization:sudan-sovereignty-council", "organization:taqaddum")
IDR, DAF, OSM, AGAR = "person:kamil-idris", "person:dafallah-al-haj-ali", "person:osman-hussein", "person:malik-agar"

ARTICLES = [
    ("enGB1_dbeibah_takes_over_from_sarraj", "en",
     "Tripoli - The Libya Observer\n"
     "Prime Minister Abdul Hamid Dbeibah, head of the new Government of National Unity, on Tuesday took "
     "over from Fayez Al-Sarraj at a handover ceremony in Tripoli, formally ending the five-year tenure "
     "of the Government of National Accord.\n"
     "Al-Sarraj, who had headed both the GNA and the Presidential Council since 2016, received his "
     "successor at the premiership headquarters and wished him success.\n"
     "Mohamed Al-Menfi, a former ambassador from eastern Libya, replaced Al-Sarraj at the helm of the "
     "Presidential Council, after the two men were elected on a joint list by the Libyan Political "
     "Dialogue Forum on 5 February.\n"
     "The forum's vote was overseen by acting UN envoy Stephanie Williams. Jan Kubis, appointed in "
     "January to succeed Ghassan Salame as special envoy, arrived in Tripoli last week.\n"
     "Interior Minister Fathi Bashagha, who ran on the rival list with Parliament Speaker Aguila Saleh, "
     "congratulated Dbeibah by phone.",
     [("LEADS", DBE, GNU, "head of the new Government of National Unity"),
      ("SUCCESSOR_OF", DBE, SAR, "took over from Fayez", "2021-03-16"),
      ("MET_WITH", SAR, DBE, "received his successor", "2021-03-16"),
      ("LEADS", SAR, GNA, "had headed both the GNA"),
      ("LEADS", SAR, LPC, "and the Presidential Council since 2016"),
      ("SUCCESSOR_OF", MEN, SAR, "replaced Al-Sarraj at the helm", "2021-03"),
      ("LEADS", MEN, LPC, "at the helm of the Presidential Council"),
      ("SUCCESSOR_OF", KUB, SAL, "to succeed Ghassan Salame", "2021-01"),
      ("VISITED", KUB, TRI, "arrived in Tripoli last week", "2021-03"),
      ("LEADS", BASH, "organization:libyan-interior-ministry", "Interior Minister Fathi"),
      ("LEADS", AGU, HOR, "Parliament Speaker Aguila"),
      ],
     {"source": "blind set (regional outlet, English)", "published": "2021-03-16"}),

    ("arGB2_hammad_replaces_bashagha", "ar",
     "بوابة الوسط - القاهرة\n"
     "قرر مجلس النواب، في جلسته المنعقدة الثلاثاء بمدينة بنغازي، إيقاف رئيس الحكومة المكلف من قبله "
     "فتحي باشاغا عن العمل وإحالته إلى التحقيق، وتكليف وزير المالية في الحكومة ذاتها أسامة حماد "
     "بتسيير مهامها خلفاً له.\n"
     "وجاء القرار بأغلبية الحاضرين، وفق ما أعلنه الناطق الرسمي باسم مجلس النواب عبد الله بليحق "
     "لـ«بوابة الوسط».\n"
     "وفي اليوم التالي استقبل رئيس مجلس النواب المستشار عقيلة صالح، بمكتبه في مدينة القبة، رئيسَ "
     "الحكومة المكلف أسامة حماد، وبحثا ترتيبات عمل حكومة الاستقرار الوطني خلال المرحلة المقبلة.\n"
     "ولم يصدر عن باشاغا، الذي كان قد حاول دخول العاصمة طرابلس في مايو من العام الماضي قبل أن ينسحب "
     "منها بعد ساعات من الاشتباكات، أي تعليق رسمي حتى مساء الأربعاء.\n"
     "وفي سياق متصل، نفى مكتب رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة أنباء عن لقاء جمع إبراهيم "
     "الدبيبة بصدام حفتر في أبوظبي، واصفاً إياها بـ«الشائعات».",
     [("SUCCESSOR_OF", HAM, BASH, "بتسيير مهامها خلفاً له", "2023-05-16"),
      ("MEMBER_OF", BLI, HOR, "الناطق الرسمي باسم مجلس النواب"),
      ("REPORTED_BY", BLI, "outlet:al-wasat-libya", "لـ«بوابة الوسط»"),
      ("MET_WITH", AGU, HAM, "استقبل رئيس مجلس النواب", "2023-05-17"),
      ("LEADS", AGU, HOR, "رئيس مجلس النواب المستشار"),
      ("LEADS", HAM, GNS, "الحكومة المكلف أسامة حماد، وبحثا"),
      ("VISITED", HAM, "location:al-qubba", "بمكتبه في مدينة القبة", "2023-05-17"),
      ("WITHDREW_FROM", BASH, TRI, "قبل أن ينسحب", "2022-05-17"),
      ("LEADS", DBE, GNU, "رئيس حكومة الوحدة الوطنية عبد الحميد"),
      ],
     {"source": "blind set (regional outlet, Arabic)", "published": "2023-05-17"}),

    ("enGB3_hemeti_tour_addis_declaration", "en",
     "ADDIS ABABA (Sudan Tribune) - The commander of the Rapid Support Forces (RSF), Mohamed Hamdan "
     "Daglo \"Hemeti\", signed a declaration on Tuesday with the Coordination of Civil Democratic Forces "
     "(Taqaddum) led by former prime minister Abdalla Hamdok, after the two men held talks in the "
     "Ethiopian capital.\n"
     "The meeting capped a regional tour that took the RSF leader first to Kampala, where he was "
     "received by Ugandan President Yoweri Museveni, and then to Addis Ababa for talks with Ethiopian "
     "Prime Minister Abiy Ahmed.\n"
     "On Wednesday he is expected in Nairobi to meet Kenyan President William Ruto, who chairs the IGAD "
     "quartet on Sudan.\n"
     "A face-to-face meeting with army chief Abdel Fattah al-Burhan, which IGAD leaders had announced "
     "for late December in Djibouti, did not take place; the Sovereign Council blamed the RSF for it.\n"
     "Taqaddum said the declaration would be offered to al-Burhan as a basis for talks.",
     [("LEADS", HEM, RSF, "The commander of the Rapid Support Forces"),
      ("MET_WITH", HEM, HAMD, "the two men held talks", "2024-01-02"),
      ("LEADS", HAMD, TAQ, "led by former prime minister"),
      ("VISITED", HEM, "location:kampala", "took the RSF leader first to Kampala", "2023-12-27"),
      ("MET_WITH", HEM, MUS, "where he was received by", "2023-12-27"),
      ("LEADS", MUS, "country:uganda", "Ugandan President Yoweri"),
      ("VISITED", HEM, "location:addis-ababa", "then to Addis Ababa", "2023-12-28"),
      ("MET_WITH", HEM, ABIY, "for talks with Ethiopian Prime Minister", "2023-12-28"),
      ("LEADS", ABIY, "country:ethiopia", "Ethiopian Prime Minister Abiy"),
      ("LEADS", RUTO, "country:kenya", "Kenyan President William"),
      ("LEADS", BUR, SAF, "army chief Abdel Fattah"),
      ("REPORTED_BY", HEM, "outlet:sudan-tribune", "ADDIS ABABA (Sudan Tribune)"),
      ],
     {"source": "blind set (regional outlet, English)", "published": "2024-01-02"}),

    ("arGB4_kamil_idris_sworn_in", "ar",
     "بورتسودان - «سونا»\n"
     "أدى الدكتور كامل الطيب إدريس، رئيس مجلس الوزراء الانتقالي، اليوم السبت، اليمين الدستورية أمام "
     "رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح عبد الرحمن "
     "البرهان، بالقصر الرئاسي المؤقت ببورتسودان، بحضور نائب رئيس مجلس السيادة مالك عقار.\n"
     "ويأتي تعيين إدريس خلفاً للسفير دفع الله الحاج علي، الذي كُلّف بتسيير مهام رئاسة الوزراء لأقل "
     "من ثلاثة أسابيع بعد أن شغلها قبله بالتكليف وزير شؤون مجلس الوزراء عثمان حسين.\n"
     "وظل المنصب دون رئيس أصيل منذ استقالة الدكتور عبد الله حمدوك في يناير 2022، عقب إعادته إلى منصبه "
     "باتفاق مع البرهان إثر إجراءات الجيش في أكتوبر 2021.\n"
     "وعقب أداء القسم عقد رئيس الوزراء الجديد اجتماعاً مع رئيس مجلس السيادة تناول أولويات المرحلة، "
     "فيما رحّب الاتحاد الأفريقي بالتعيين ودعا إلى استئناف العملية السياسية.\n"
     "ونفى مكتب حمدوك أنباء عن اتصال هاتفي بينه وبين إدريس.",
     [("LEADS", IDR, "organization:sudanese-government", "رئيس مجلس الوزراء الانتقالي"),
      ("LEADS", BUR, TSC, "رئيس مجلس السيادة الانتقالي القائد"),
      ("LEADS", BUR, SAF, "القائد العام للقوات المسلحة الفريق"),
      ("MEMBER_OF", AGAR, TSC, "نائب رئيس مجلس السيادة مالك"),
      ("MET_WITH", IDR, AGAR, "بحضور نائب رئيس مجلس السيادة", "2025-05-31"),
      ("MET_WITH", BUR, AGAR, "بحضور نائب", "2025-05-31"),
      ("MET_WITH", IDR, BUR, "اجتماعاً مع رئيس مجلس السيادة", "2025-05-31"),
      ("SUCCESSOR_OF", IDR, DAF, "خلفاً للسفير", "2025-05"),
      ("SUCCESSOR_OF", DAF, OSM, "بعد أن شغلها قبله", "2025-04"),
      ],
     {"source": "blind set (regional outlet, Arabic)", "published": "2025-05-31"}),

    ("enGB5_geneva_aguila_mishri_williams", "en",
     "Geneva - The Libya Observer\n"
     "Speaker of the House of Representatives Aguila Saleh and the head of the High Council of State "
     "Khaled Al-Mishri concluded two days of talks in Geneva on Wednesday under the auspices of UN "
     "Special Adviser on Libya Stephanie Williams, without agreeing on eligibility rules for "
     "presidential candidates.\n"
     "Williams, who met the two leaders together and separately at the Palais des Nations, said they "
     "had reached \"unprecedented consensus\" on most of the constitutional basis.\n"
     "The talks came six weeks after the HoR-designated prime minister Fathi Bashagha, named in February "
     "to replace Abdul Hamid Dbeiba, entered Tripoli before dawn and withdrew hours later after clashes "
     "between armed groups.\n"
     "Dbeiba, who refuses to hand over power except to an elected government, was not invited.\n"
     "Bashagha had visited Benghazi in the spring, where he met the commander of the eastern-based "
     "forces, Khalifa Hifter, at his Al-Rajma headquarters.",
     [("MET_WITH", AGU, MISH, "concluded two days of talks in Geneva", "2022-06-29"),
      ("MET_WITH", WIL, AGU, "met the two leaders together", "2022-06-28"),
      ("MET_WITH", WIL, MISH, "under the auspices of UN", "2022-06-28"),
      ("LEADS", AGU, HOR, "Speaker of the House of Representatives"),
      ("LEADS", MISH, HCS, "head of the High Council of State"),
      ("VISITED", AGU, "location:geneva", "talks in Geneva on Wednesday", "2022-06-29"),
      ("VISITED", MISH, "location:geneva", "two days of talks in Geneva", "2022-06-29"),
      ("VISITED", BASH, TRI, "entered Tripoli before dawn", "2022-05-17"),
      ("WITHDREW_FROM", BASH, TRI, "withdrew hours later", "2022-05-17"),
      ("VISITED", BASH, "location:benghazi", "had visited Benghazi in the spring", "2022"),
      ("MET_WITH", BASH, HAF, "where he met the commander", "2022"),
      ("VISITED", BASH, "location:al-rajma", "at his Al-Rajma headquarters", "2022"),
      ],
     {"source": "blind set (regional outlet, English)", "published": "2022-06-29"}),

    ("arGB6_saddam_deputy_commander", "ar",
     "بوابة الوسط - بنغازي\n"
     "أصدر القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر قراراً بتعيين الفريق أول "
     "صدام حفتر نائباً للقائد العام، وبتعيين الفريق أول خالد حفتر رئيساً للأركان العامة خلفاً للفريق "
     "أول عبد الرازق الناظوري.\n"
     "وبالتزامن، استقبل المشير حفتر بمقر القيادة العامة في الرجمة رئيسَ المجلس الرئاسي محمد المنفي، "
     "في زيارة تناولت ملف توحيد المؤسسة العسكرية، بحضور نائبه الجديد.\n"
     "وكان صدام قد تلقى اتصالاً هاتفياً من رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة لتهنئته، "
     "بحسب مصدر مقرب من الحكومة، وهو ما لم تؤكده القيادة العامة.\n"
     "ويُعد الناظوري، الذي شغل رئاسة الأركان منذ 2014، من أبرز الوجوه العسكرية في شرق البلاد، ولم "
     "يُعلن عن منصبه الجديد.\n"
     "يذكر أن آمر محاور الصاعقة محمود الورفلي، المطلوب لدى المحكمة الجنائية الدولية، قُتل برصاص "
     "مسلحين مجهولين في بنغازي في مارس 2021.",
     [("LEADS", HAF, LNA, "القائد العام للقوات المسلحة العربية الليبية"),
      ("MEMBER_OF", SAD, LNA, "نائباً للقائد العام"),
      ("MEMBER_OF", KHA, LNA, "رئيساً للأركان العامة"),
      ("SUCCESSOR_OF", KHA, NAD, "خلفاً للفريق", "2025-05"),
      ("MET_WITH", HAF, MEN, "استقبل المشير حفتر", "2025-05"),
      ("MET_WITH", MEN, SAD, "بحضور نائبه الجديد", "2025-05"),
      ("MET_WITH", HAF, SAD, "نائبه الجديد", "2025-05"),
      ("VISITED", MEN, "location:al-rajma", "بمقر القيادة العامة في الرجمة", "2025-05"),
      ("LEADS", MEN, LPC, "رئيسَ المجلس الرئاسي محمد"),
      ("LEADS", DBE, GNU, "رئيس حكومة الوحدة الوطنية عبد الحميد"),
      ],
     {"source": "blind set (regional outlet, Arabic)", "published": "2025-05-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGB")
