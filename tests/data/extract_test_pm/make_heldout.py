"""Blind set PM: Egypt and Libya 2011-2017 (first folder of PM-PN): the National Transitional Council's
election of Abdurrahim el-Keib to replace Mahmoud Jibril after Muammar Gaddafi's death in Sirte (October
2011), Mohamed Morsi's retirement of Field Marshal Tantawi and Sami Anan and the swearing-in of Abdel
Fattah el-Sisi and Sedki Sobhi (August 2012), the attack on the US mission in Benghazi that killed
Ambassador Chris Stevens (September 2012), Ghassan Salame's first meetings with Fayez al-Sarraj and
Khalifa Haftar (August 2017), the Abu Dhabi meeting of Haftar and Sarraj hosted by Mohamed bin Zayed (May
2017), and the first anniversary of prosecutor-general Hisham Barakat's assassination with his successor
Nabil Sadek (June 2016), as a wire writes it in English (Reuters-like: "TRIPOLI, Oct 31 (Reuters) -"),
Egypt's state agency in Arabic (MENA-like: "القاهرة في 12 أغسطس /أ ش أ/"), a US wire in English (AP-like:
"TRIPOLI, Libya (AP) —"), a pro-LNA Libyan TV site in Arabic (Libya Al-Hadath-like: "القيادة العامة",
"القوات المسلحة العربية الليبية"), a Gulf daily in English (The National-like: "ABU DHABI //", "Mr Al
Sarraj") and a Cairo daily in Arabic (Al-Ahram-like: "الشهيد", "جماعة الإخوان الإرهابية").
Pieces: the NTC elects el-Keib to replace Jibril; Clinton had met Jibril alongside Abdel Jalil (English,
PM1); Morsi retires Tantawi and Anan, Sisi succeeds Tantawi and Sobhi succeeds Anan, both sworn in before
Morsi with Qandil present (Arabic, PM2); Stevens, who took over from Gene Cretz, met the Turkish consul
general before the attack (English, PM3); Haftar receives Salame with al-Mismari present, Salame succeeded
Kobler and had met al-Sarraj; Ansar al-Sharia "which assassinated" Stevens (Arabic, PM4); Haftar and Al
Sarraj meet in Abu Dhabi, Mohamed bin Zayed receives each separately, Hegazy had met each separately in
Cairo (English, PM5); Sisi receives Sadek, Barakat's successor, with justice minister Abdel Rahim present,
who had replaced al-Zend; Barakat killed "in an operation carried out by" the Brotherhood (Arabic, PM6).
Excluded on purpose (no relation): Gaddafi and Mutassim, "killed in circumstances that remain unclear" and
"died in custody" (no agent); NATO's strike on the convoy (no named victim of it); Ali Tarhouni, who "could
replace" el-Keib (PM1); Mubarak, who stepped down (PM2); the "heavily armed militants" (no id), Ansar
al-Shariah, at whom Libyan officials "pointed the finger" (a third party's accusation, denied), Obama's and
Clinton's statements (PM3); the phone call to Aguila Saleh and his planned visit (PM4); the talks Haftar
declined in Cairo, Kobler's statement (PM5); Hamas's "support" (not the killer), the funeral (PM6).
Judgement calls: "alongside Abdel Jalil" is a meeting of the three (PM1); a swearing-in "أمام الرئيس" is a
meeting; the two sworn in together are paired with each other, Qandil «بحضور» with all three (PM2); "met
the Turkish consul general ... at the compound" is a meeting (PM3); "وحضر اللقاء" al-Mismari is paired with
both Haftar and Salame (PM4); "received Haftar ... and later received Mr Al Sarraj separately": MBZ with
each, Haftar-Sarraj from the sentence that says they met; Hegazy "met each man separately" (PM5);
"الذي اغتاله/في عملية نفذتها عناصر من جماعة الإخوان" stated by the outlet itself, not attributed, is the
agent (PM4 Ansar al-Sharia, PM6 the Brotherhood); "خلفاً لـ" is a succession (PM2, PM4, PM6); a prime minister
or president LEADS the country; "القائد العام للقوات المسلحة العربية الليبية" is the LNA (PM4).
Filled in for the exercise: Tarhouni's "could replace", the vote count (PM1); Qandil's presence and the
spokesman's wording (PM2); the timing of the consul's departure (PM3); the day of each of Salame's meetings,
al-Mismari's presence, the call to Saleh (PM4); the palace and the order of MBZ's receptions (PM5); the
meeting at the palace on the eve of the anniversary and Abdel Rahim's presence (PM6).
Spellings: "Abdurrahim el-Keib", "Mustafa Abdel Jalil", "Moammar Gadhafi" (PM1); «عبد الفتاح السيسي»,
«صدقي صبحي», «هشام قنديل» (PM2); "J. Christopher Stevens", "Ansar al-Shariah", "Mohammed al-Megarif",
"Hillary Rodham Clinton" (PM3); «غسان سلامة», «فائز السراج», «مارتن كوبلر», «كريستوفر ستيفنز» (PM4);
"Khalifa Haftar", "Fayez Al Sarraj", "Lt Gen Mahmoud Hegazy" (PM5); «نبيل صادق», «محمد حسام عبد الرحيم» (PM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pn import ALL  # noqa: E402

HERE = Path(__file__).parent

EGYPT, LIBYA, US = "country:egypt", "country:libya", "country:united-states"
NTC, GNC, LNA, GNA, PC, UNSMIL = (
    "organization:national-transitional-council", "organization:general-national-congress",
    "organization:libyan-national-army", "organization:government-of-national-accord",
    "organization:libyan-presidential-council", "organization:unsmil")
SCAF, ARMY, MB, ANSAR, JUSTICE, HOR = (
    "organization:supreme-council-of-the-armed-forces", "organization:egyptian-armed-forces",
    "organization:muslim-brotherhood", "organization:ansar-al-sharia-libya", "organization:egyptian-justice-ministry",
    "organization:libyan-house-of-representatives")
KEIB, JIBRIL, JALIL, CLINTON, GADDAFI = (
    "person:abdurrahim-el-keib", "person:mahmoud-jibril", "person:mustafa-abdul-jalil", "person:hillary-clinton",
    "person:muammar-gaddafi")
MORSI, TANTAWI, ANAN, SISI, SOBHI, QANDIL = (
    "person:mohamed-morsi", "person:mohamed-hussein-tantawi", "person:sami-anan", "person:abdel-fattah-el-sisi",
    "person:sedki-sobhi", "person:hisham-qandil")
STEVENS, CRETZ, AKIN, MAGARIAF, OBAMA = (
    "person:chris-stevens", "person:gene-cretz", "person:ali-sait-akin", "person:mohamed-magariaf",
    "person:barack-obama")
HAFTAR, SARRAJ, SALAME, KOBLER, MISMARI, SALEH = (
    "person:khalifa-haftar", "person:fayez-al-sarraj", "person:ghassan-salame", "person:martin-kobler",
    "person:ahmed-al-mismari", "person:aguila-saleh")
MBZ, HEGAZY = "person:mohamed-bin-zayed", "person:mahmoud-hegazy"
BARAKAT, SADEK, ZEND, ABDELRAHIM = (
    "person:hisham-barakat", "person:nabil-sadek", "person:ahmed-al-zend", "person:hossam-abdel-rahim")

REUTERS = "blind set (international news wire, English, Reuters-like)"
MENA = "blind set (Egyptian state news agency, Arabic, MENA-like)"
AP = "blind set (US news wire, English, AP-like)"
HADATH = "blind set (pro-LNA Libyan TV news site, Arabic, Libya Al-Hadath-like)"
NATIONAL = "blind set (Abu Dhabi daily, English, The National-like)"
AHRAM = "blind set (Cairo state daily, Arabic, Al-Ahram-like)"

ARTICLES = [
    ("enPM1_ntc_elects_keib_reuters", "en",
     "Libya's NTC picks exiled academic el-Keib as interim prime minister\n"
     "TRIPOLI, Oct 31 (Reuters) - Libya's National Transitional Council on Monday elected Abdurrahim el-Keib, "
     "an electrical engineering professor who spent decades in exile in the United States, as interim prime "
     "minister, replacing Mahmoud Jibril, who had said he would step down once the country was declared "
     "liberated.\n"
     "El-Keib won 26 of the 51 votes cast in the council's session in Tripoli, NTC chairman Mustafa Abdel Jalil "
     "told a news conference.\n"
     "The vote came 11 days after Moammar Gadhafi was captured near his hometown of Sirte and killed in "
     "circumstances that remain unclear. His son Mutassim also died in custody the same day, and the NTC has "
     "promised an investigation. NATO warplanes had struck the convoy in which the former leader was trying to "
     "flee.\n"
     "Jibril, who met U.S. Secretary of State Hillary Clinton alongside Abdel Jalil during her unannounced visit "
     "to Tripoli on Oct. 18, had faced mounting criticism from Islamist commanders who accused him of "
     "sidelining them.\n"
     "Western diplomats said oil minister Ali Tarhouni could replace el-Keib if the result were challenged, "
     "but no challenge was lodged by Monday evening.\n"
     "NATO's seven-month air campaign ends at midnight.",
     [("SUCCESSOR_OF", KEIB, JIBRIL, "replacing Mahmoud Jibril", "2011-10-31"),
      ("LEADS", KEIB, LIBYA, "on Monday elected Abdurrahim el-Keib"),
      ("LEADS", JALIL, NTC, "NTC chairman Mustafa Abdel Jalil"),
      ] + met_group({JIBRIL: "Jibril, who met U.S. Secretary", CLINTON: "of State Hillary Clinton",
                     JALIL: "alongside Abdel Jalil"}, "2011-10-18"),
     {"source": REUTERS, "published": "2011-10-31"}),

    ("arPM2_morsi_retires_tantawi_mena", "ar",
     "الرئيس مرسي يحيل طنطاوي وعنان إلى التقاعد ويعين السيسي وزيراً للدفاع\n"
     "القاهرة في 12 أغسطس /أ ش أ/\n"
     "أصدر الدكتور محمد مرسي رئيس الجمهورية اليوم الأحد قراراً جمهورياً بإحالة المشير محمد حسين طنطاوي القائد "
     "العام للقوات المسلحة وزير الدفاع والإنتاج الحربي، والفريق سامي عنان رئيس أركان حرب القوات المسلحة، إلى "
     "التقاعد، وتعيين الفريق أول عبد الفتاح السيسي قائداً عاماً للقوات المسلحة ووزيراً للدفاع والإنتاج الحربي "
     "خلفاً للمشير طنطاوي.\n"
     "كما تضمن القرار تعيين الفريق صدقي صبحي رئيساً لأركان حرب القوات المسلحة خلفاً للفريق عنان، وتعيين المشير "
     "طنطاوي والفريق عنان مستشارين لرئيس الجمهورية.\n"
     "وأدى الفريق أول السيسي والفريق صبحي اليمين القانونية أمام الرئيس مرسي مساء اليوم بقصر الاتحادية، بحضور "
     "الدكتور هشام قنديل رئيس مجلس الوزراء.\n"
     "وقال المتحدث الرسمي باسم رئاسة الجمهورية إن الرئيس قرر منح المشير طنطاوي قلادة النيل، والفريق عنان وسام "
     "الجمهورية، تقديراً لدورهما خلال المرحلة الانتقالية.\n"
     "وكان المجلس الأعلى للقوات المسلحة برئاسة المشير طنطاوي قد تولى إدارة شؤون البلاد منذ تنحي الرئيس السابق "
     "حسني مبارك في 11 فبراير 2011، وحتى تسليم السلطة إلى الرئيس المنتخب في 30 يونيو الماضي.",
     [("LEADS", MORSI, EGYPT, "أصدر الدكتور محمد مرسي رئيس الجمهورية"),
      ("SUCCESSOR_OF", SISI, TANTAWI, "خلفاً للمشير طنطاوي", "2012-08-12"),
      ("SUCCESSOR_OF", SOBHI, ANAN, "خلفاً للفريق عنان", "2012-08-12"),
      ("LEADS", SISI, ARMY, "قائداً عاماً للقوات المسلحة ووزيراً"),
      ("LEADS", TANTAWI, SCAF, "المجلس الأعلى للقوات المسلحة برئاسة المشير طنطاوي"),
      ("LEADS", QANDIL, EGYPT, "الدكتور هشام قنديل رئيس مجلس الوزراء"),
      ] + met_group({SISI: "وأدى الفريق أول السيسي", SOBHI: "والفريق صبحي اليمين القانونية",
                     MORSI: "أمام الرئيس مرسي مساء اليوم"}, "2012-08-12") + [
      ("MET_WITH", QANDIL, MORSI, "بحضور الدكتور هشام قنديل", "2012-08-12"),
      ("MET_WITH", QANDIL, SISI, "بقصر الاتحادية، بحضور", "2012-08-12"),
      ("MET_WITH", QANDIL, SOBHI, "مساء اليوم بقصر الاتحادية", "2012-08-12"),
      ],
     {"source": MENA, "published": "2012-08-12"}),

    ("enPM3_stevens_killed_benghazi_ap", "en",
     "US ambassador to Libya killed in attack on Benghazi consulate\n"
     "TRIPOLI, Libya (AP) — The U.S. ambassador to Libya, J. Christopher Stevens, and three other Americans were "
     "killed when heavily armed militants stormed the U.S. consulate in the eastern city of Benghazi and set it "
     "ablaze late Tuesday, U.S. and Libyan officials said Wednesday.\n"
     "Foreign service officer Sean Smith was among the dead, the State Department said. The names of the other "
     "two were withheld pending notification of relatives.\n"
     "Stevens, a career diplomat who served as Washington's envoy to the rebels during last year's uprising, "
     "took over the embassy in May from Gene Cretz. He had arrived in Benghazi on Monday. On Tuesday evening he "
     "met the Turkish consul general, Ali Sait Akin, at the compound and walked him to the gate less than an "
     "hour before the assault began.\n"
     "Libyan officials pointed the finger at Ansar al-Shariah, a militant group based in Benghazi. The group "
     "said it had not taken part as an organization.\n"
     "\"This was a cowardly attack,\" Mohammed al-Megarif, president of Libya's newly elected General National "
     "Congress, told reporters in Tripoli, apologizing to the American people.\n"
     "President Barack Obama condemned the \"outrageous attack\" and ordered increased security at U.S. "
     "diplomatic posts around the world. Secretary of State Hillary Rodham Clinton said Libyans had helped carry "
     "the ambassador to the hospital.",
     [("SUCCESSOR_OF", STEVENS, CRETZ, "took over the embassy in May from Gene Cretz", "2012-05-22"),
      ("MET_WITH", STEVENS, AKIN, "met the Turkish consul general", "2012-09-11"),
      ("LEADS", MAGARIAF, GNC, "president of Libya's newly elected General National"),
      ("LEADS", OBAMA, US, "President Barack Obama condemned"),
      ],
     {"source": AP, "published": "2012-09-12"}),

    ("arPM4_salame_meets_haftar_hadath", "ar",
     "المشير حفتر يستقبل المبعوث الأممي غسان سلامة في الرجمة\n"
     "ليبيا الحدث - بنغازي\n"
     "استقبل القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر، اليوم الأربعاء، بمقر القيادة العامة "
     "في الرجمة، المبعوثَ الأممي الجديد إلى ليبيا الدكتور غسان سلامة، وبحث معه مستجدات العملية السياسية ومساعي "
     "تعديل الاتفاق السياسي.\n"
     "وحضر اللقاء الناطق الرسمي باسم القيادة العامة العميد أحمد المسماري، الذي قال إن الجانبين أكدا أن لا حل "
     "عسكرياً للأزمة في ظل استمرار وجود الميليشيات في العاصمة.\n"
     "وثمّن سلامة، بحسب المسماري، انتصارات الجيش في بنغازي على تنظيم أنصار الشريعة الإرهابي، الذي اغتال السفير "
     "الأمريكي كريستوفر ستيفنز في المدينة عام 2012.\n"
     "وكان سلامة قد تسلّم مهامه مطلع الشهر الجاري خلفاً للألماني مارتن كوبلر، واجتمع يوم الاثنين في العاصمة "
     "طرابلس برئيس المجلس الرئاسي لحكومة الوفاق فائز السراج.\n"
     "كما أجرى المبعوث الأممي اتصالاً هاتفياً برئيس مجلس النواب المستشار عقيلة صالح، على أن يزوره في مدينة "
     "القبة الأسبوع المقبل.",
     [("LEADS", HAFTAR, LNA, "القائد العام للقوات المسلحة العربية الليبية"),
      ("MET_WITH", HAFTAR, SALAME, "المبعوثَ الأممي الجديد", "2017-08-09"),
      ("MET_WITH", MISMARI, HAFTAR, "وحضر اللقاء الناطق الرسمي", "2017-08-09"),
      ("MET_WITH", MISMARI, SALAME, "العميد أحمد المسماري، الذي قال", "2017-08-09"),
      ("MEMBER_OF", MISMARI, LNA, "الناطق الرسمي باسم القيادة العامة"),
      ("ASSASSINATED_BY", STEVENS, ANSAR, "الذي اغتال السفير", "2012-09-11"),
      ("SUCCESSOR_OF", SALAME, KOBLER, "خلفاً للألماني مارتن كوبلر"),
      ("MET_WITH", SALAME, SARRAJ, "برئيس المجلس الرئاسي لحكومة الوفاق", "2017-08-07"),
      ("LEADS", SARRAJ, PC, "فائز السراج"),
      ("LEADS", SALEH, HOR, "برئيس مجلس النواب المستشار عقيلة صالح"),
      ],
     {"source": HADATH, "published": "2017-08-09"}),

    ("enPM5_haftar_sarraj_abu_dhabi_national", "en",
     "Haftar and Al Sarraj meet in Abu Dhabi in first talks for more than a year\n"
     "ABU DHABI // Libya's rival leaders, Field Marshal Khalifa Haftar and Fayez Al Sarraj, head of the "
     "UN-backed Presidential Council, met in Abu Dhabi on Tuesday in their first face-to-face talks since "
     "January last year.\n"
     "Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces, "
     "received Field Marshal Haftar at Al Bahr Palace and later received Mr Al Sarraj separately, state news "
     "agency Wam reported. Sheikh Mohamed stressed the UAE's support for \"a political solution that preserves "
     "Libya's unity\".\n"
     "The talks were seen as a breakthrough after an Egyptian mediation collapsed in February, when the "
     "commander of the Libyan National Army declined to sit down with Mr Al Sarraj in Cairo. Egypt's chief of "
     "staff, Lt Gen Mahmoud Hegazy, met each man separately at the time.\n"
     "Libyan sources said the two sides had agreed in principle to hold presidential and parliamentary "
     "elections by March 2018, but no joint statement was issued.\n"
     "Martin Kobler, the UN envoy, welcomed the meeting as \"a step in the right direction\" in a statement.",
     [("MET_WITH", HAFTAR, SARRAJ, "met in Abu Dhabi on Tuesday", "2017-05-02"),
      ("LEADS", SARRAJ, PC, "head of the UN-backed Presidential Council"),
      ("MET_WITH", MBZ, HAFTAR, "received Field Marshal Haftar at Al Bahr Palace", "2017-05-02"),
      ("MET_WITH", MBZ, SARRAJ, "later received Mr Al Sarraj separately", "2017-05-02"),
      ("LEADS", HAFTAR, LNA, "commander of the Libyan National Army"),
      ("MET_WITH", HEGAZY, HAFTAR, "met each man separately", "2017-02-13"),
      ("MET_WITH", HEGAZY, SARRAJ, "Lt Gen Mahmoud Hegazy, met", "2017-02-13"),
      ("LEADS", KOBLER, UNSMIL, "Martin Kobler, the UN envoy"),
      ],
     {"source": NATIONAL, "published": "2017-05-03"}),

    ("arPM6_barakat_anniversary_ahram", "ar",
     "في الذكرى الأولى لاستشهاده.. السيسي يستقبل النائب العام خليفة المستشار هشام بركات\n"
     "الأهرام\n"
     "استقبل الرئيس عبد الفتاح السيسي، أمس، بقصر الاتحادية، النائب العام المستشار نبيل صادق، بحضور وزير العدل "
     "المستشار محمد حسام عبد الرحيم، وذلك عشية الذكرى الأولى لاستشهاد المستشار هشام بركات.\n"
     "وصرح السفير علاء يوسف المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس أكد دعم الدولة الكامل لاستقلال "
     "القضاء، وحرصها على القصاص لشهداء الوطن.\n"
     "وكان المستشار صادق قد أدى اليمين نائباً عاماً في سبتمبر الماضي خلفاً للشهيد بركات، فيما تولى المستشار "
     "عبد الرحيم حقيبة العدل في مايو الماضي خلفاً للمستشار أحمد الزند.\n"
     "واستشهد المستشار بركات في 29 يونيو 2015 إثر انفجار سيارة مفخخة استهدفت موكبه أثناء خروجه من منزله بحي "
     "مصر الجديدة، في عملية نفذتها عناصر من جماعة الإخوان الإرهابية بدعم من حركة حماس.\n"
     "وتنظر محكمة جنايات القاهرة القضية المتهم فيها 67 متهماً، وتعقد النيابة العامة اليوم مراسم لإحياء الذكرى "
     "بدار القضاء العالي.",
     [("LEADS", SISI, EGYPT, "استقبل الرئيس عبد الفتاح السيسي، أمس"),
      ("MET_WITH", SISI, SADEK, "النائب العام المستشار نبيل صادق، بحضور", "2016-06-28"),
      ("MET_WITH", ABDELRAHIM, SISI, "بحضور وزير العدل", "2016-06-28"),
      ("MET_WITH", ABDELRAHIM, SADEK, "المستشار محمد حسام عبد الرحيم، وذلك", "2016-06-28"),
      ("LEADS", ABDELRAHIM, JUSTICE, "وزير العدل المستشار"),
      ("SUCCESSOR_OF", SADEK, BARAKAT, "خلفاً للشهيد بركات", "2015-09"),
      ("SUCCESSOR_OF", ABDELRAHIM, ZEND, "خلفاً للمستشار أحمد الزند", "2016-05"),
      ("ASSASSINATED_BY", BARAKAT, MB, "في عملية نفذتها عناصر من جماعة الإخوان", "2015-06-29"),
      ],
     {"source": AHRAM, "published": "2016-06-29"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPM")
