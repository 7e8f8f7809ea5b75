"""Blind set QK: the Red Sea and Yemen 2023-2025 (first folder of QK-QL): the Saudi and Omani delegations
received by Mahdi al-Mashat in Sanaa (April 2023), the Israeli strikes that killed the Houthi chief of staff
Mohammed al-Ghamari and the Houthi prime minister Ahmed al-Rahawi (August-October 2025), Hans Grundberg's
round in Riyadh and Muscat before the roadmap announcement (December 2023), the first US and British
strikes on Houthi targets and Kurilla's meeting with Khalid bin Salman (January 2024), the Houthi
succession after al-Rahawi (August 2025) and the Houthi delegation received by Khalid bin Salman in Riyadh
(September 2023), as the Houthi-run state agency writes it in Arabic (Saba Sanaa-like: "فخامة الأخ المشير
الركن", "الوفد الوطني"), an Israeli news site in English (Times of Israel-like: "By TOI STAFF and
AGENCIES"), a Saudi-owned pan-Arab daily in Arabic (Asharq Al-Awsat-like: "الرياض: «الشرق الأوسط»"), a US
military command release in English (CENTCOM-like: "Release Number", "TAMPA, Fla. —"), the Houthi TV site
in Arabic (Al-Masirah-like: "المسيرة نت | صنعاء", "العدو الإسرائيلي") and a wire in English (Reuters-like:
"RIYADH, Sept 19 (Reuters) -").
Pieces: Mashat receives the Saudi ambassador Al Jaber and the Omani delegation with Abdulsalam and
Mohammed Ali al-Houthi present (Arabic, QK1); Ghamari killed, Katz saying the IDF killed him, Rahawi killed
by the Israeli strike of 28 August, Madani named to succeed Ghamari (English, QK2); Grundberg meets Alimi
with Abdullah al-Alimi present, then Abdulsalam and Albusaidi in Muscat (Arabic, QK3); the US and UK strike,
Kurilla meets Khalid bin Salman in Riyadh (English, QK4); Mashat announces that the Israeli enemy killed
Rahawi, Miftah takes over, Rahawi had succeeded bin Habtour, Mashat had met Rahawi (Arabic, QK5); Khalid
bin Salman meets the Houthi delegation headed by Abdulsalam with al-Ajri, Al Jaber attending (English, QK6).
Excluded on purpose (no relation): the unnamed Omani delegation (no person), Abdul-Malik al-Houthi merely
quoted (QK1); the unnamed ministers killed with Rahawi, Abdul-Malik al-Houthi's vow (QK2); Lenderking's
phone call to Alimi, the meeting with Abdul-Malik al-Houthi that did not happen, Al Jaber's tweet (QK3);
the five unnamed Houthi fighters killed, Sunak's and Shapps's statements, Saree's claim (QK4); Mohammed
Ali al-Houthi's accusation against the United States (QK5); Lenderking, who welcomed the talks but did not
meet the delegation, Grundberg's planned meetings in Muscat (QK6).
Judgement calls: attendees of one list «بحضور A وB» are paired with both principals and with each other
(they attended together; QK1, as most dev gold); a single attendee (QK3 Abdullah al-Alimi, QK6 Al Jaber) is
paired with both principals only; a delegation "headed by" Abdulsalam and "including" al-Ajri: both met the
host, the two delegates are not paired with each other, the attending ambassador is paired with the host
and the head of the delegation (QK6); "Katz said the IDF had killed Ghamari" is the agent's own claim as
reported by the outlet: Ghamari -> IDF (QK2); "the Israeli strike ... that killed Rahawi" -> country:israel
(QK2); «إثر استهدافهم من قبل العدو الإسرائيلي» -> country:israel (QK5); «سيتولى القيام بأعمال رئيس
الحكومة خلفاً للشهيد الرهوي» is a succession (QK5); "named ... to succeed Ghamari" (QK2); «وكان ... قد
التقى» a meeting stated as past fact (QK5); "then ... in Muscat, where he met" separate meetings (QK3).
Filled in for the exercise: the presence of Abdulsalam and Mohammed Ali al-Houthi, Mashat's wording (QK1);
the exact wording of Katz's statement and of the Houthi announcement (QK2); Abdullah al-Alimi's presence,
the meeting with Albusaidi and Lenderking's call (QK3); the Kurilla meeting's date and wording (QK4);
Mashat's meeting with Rahawi the week before, Mohammed Ali al-Houthi's wording (QK5); Al Jaber's
attendance, the State Department's wording, Grundberg's planned meetings (QK6).
Spellings: «محمد عبدالسلام», «المشير الركن مهدي المشاط» (QK1); "Muhammad Abdul Karim al-Ghamari",
"Youssef al-Madani", "Ahmed Ghaleb al-Rahawi" (QK2); «هانس غروندبرغ», «الدكتور رشاد العليمي», «عبدالله
العليمي باوزير», «السيد بدر البوسعيدي» (QK3); "Gen. Michael Erik Kurilla", "Prince Khalid bin Salman",
"Yahya Sarea" (QK4); «أحمد غالب ناصر الرهوي», «محمد أحمد مفتاح», «عبد العزيز بن حبتور» (QK5); "Abdulmalik
al-Ejri", "Mohammed Abdulsalam", "Mohammed Al Jaber" (QK6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ql import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, YEMEN = "country:israel", "country:yemen"
HOUTHIS, SPC, PLC, IDF, CENTCOM, OMFM, SADM = (
    "organization:houthis", "organization:supreme-political-council",
    "organization:presidential-leadership-council", "organization:israel-defense-forces",
    "organization:us-central-command", "organization:omani-foreign-ministry", "organization:saudi-defence-ministry")
MASHAT, ABDULSALAM, MAHOUTHI, AJRI, RAHAWI, HABTOOR, MIFTAH, GHAMARI, MADANI = (
    "person:mahdi-al-mashat", "person:mohammed-abdulsalam", "person:mohammed-ali-al-houthi",
    "person:abdulmalik-al-ajri", "person:ahmed-al-rahawi", "person:abdulaziz-bin-habtoor", "person:mohammed-miftah",
    "person:mohammed-al-ghamari", "person:yousef-al-madani")
ALIMI, BAWAZEER, BUSAIDI, KBS, JABER = (
    "person:rashad-al-alimi", "person:abdullah-al-alimi-bawazeer", "person:badr-albusaidi",
    "person:khalid-bin-salman", "person:mohammed-al-jaber")
GRUNDBERG, KURILLA, ABDULMALIK = "person:hans-grundberg", "person:michael-kurilla", "person:abdul-malik-al-houthi"

SABA = "blind set (Houthi-run Yemeni state news agency, Arabic, Saba Sanaa-like)"
TOI = "blind set (Israeli news site, English, Times of Israel-like)"
ASHARQ = "blind set (Saudi-owned pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
CENTCOM_REL = "blind set (US military command press release, English, CENTCOM-like)"
MASIRAH = "blind set (Houthi TV news site, Arabic, Al-Masirah-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"

ARTICLES = [
    ("arQK1_mashat_receives_saudi_omani_saba", "ar",
     "الرئيس المشاط يستقبل الوفدين السعودي والعماني\n"
     "صنعاء - سبأ\n"
     "استقبل فخامة الأخ المشير الركن مهدي المشاط رئيس المجلس السياسي الأعلى، اليوم بالعاصمة صنعاء، الوفد "
     "السعودي برئاسة السفير محمد آل جابر، والوفد العماني الوسيط، بحضور رئيس الوفد الوطني محمد عبدالسلام، "
     "وعضو المجلس السياسي الأعلى محمد علي الحوثي.\n"
     "وفي اللقاء، أكد الرئيس المشاط موقف الجمهورية اليمنية الثابت والمبدئي في رفع العدوان وإنهاء الحصار "
     "بشكل كامل، وصرف مرتبات كافة موظفي الدولة من عائدات الثروات الوطنية، والإفراج عن جميع الأسرى.\n"
     "وأشار إلى أن الشعب اليمني يتطلع إلى سلام عادل ومشرف يحفظ سيادة البلاد ووحدتها واستقلال قرارها، "
     "مثمناً الدور الإيجابي للأشقاء في سلطنة عمان.\n"
     "وكان قائد الثورة السيد عبدالملك بدرالدين الحوثي قد أكد في خطاب سابق أن أي تفاهمات يجب أن تبدأ "
     "بالملف الإنساني.\n"
     "ويأتي اللقاء بعد جولات من النقاش احتضنتها العاصمة العمانية مسقط خلال الأشهر الماضية بين الوفد "
     "الوطني والجانب السعودي.",
     met_group({MASHAT: "استقبل فخامة الأخ المشير الركن", JABER: "برئاسة السفير محمد آل جابر",
                ABDULSALAM: "بحضور رئيس الوفد الوطني", MAHOUTHI: "وعضو المجلس السياسي الأعلى محمد علي"},
               "2023-04-09") + [
      ("LEADS", MASHAT, SPC, "مهدي المشاط رئيس المجلس السياسي"),
      ("MEMBER_OF", MAHOUTHI, SPC, "وعضو المجلس السياسي الأعلى محمد علي"),
      ],
     {"source": SABA, "published": "2023-04-09"}),

    ("enQK2_ghamari_killed_toi", "en",
     "Houthis confirm death of military chief al-Ghamari; Katz says IDF killed him\n"
     "By TOI STAFF and AGENCIES\n"
     "Yemen's Iran-backed Houthi rebels on Thursday announced the death of their military chief of staff, Maj. "
     "Gen. Muhammad Abdul Karim al-Ghamari, saying he was killed \"while performing his jihadist duties\" but "
     "giving no date or location.\n"
     "Defense Minister Israel Katz said the IDF had killed Ghamari, who he said \"joins his comrades from the "
     "axis of evil in the depths of hell.\" Israeli officials had said he was among those targeted in the "
     "Israeli strike on Sanaa on August 28 that killed Houthi Prime Minister Ahmed Ghaleb al-Rahawi and about "
     "a dozen of his ministers.\n"
     "The rebels named Youssef al-Madani, a senior commander already under US sanctions, to succeed Ghamari as "
     "chief of staff.\n"
     "In a televised address, Houthi leader Abdul-Malik al-Houthi vowed that the group would avenge its "
     "\"martyrs\" and said the ceasefire in Gaza would not end the confrontation with Israel.\n"
     "The Houthis have fired hundreds of missiles and drones at Israel since the outbreak of the war in Gaza in "
     "October 2023, and have attacked dozens of merchant ships in the Red Sea and the Gulf of Aden.",
     [("ASSASSINATED_BY", GHAMARI, IDF, "said the IDF had killed Ghamari", "2025-10-16"),
      ("MEMBER_OF", GHAMARI, HOUTHIS, "their military chief of staff"),
      ("ASSASSINATED_BY", RAHAWI, ISRAEL, "that killed Houthi Prime Minister", "2025-08-28"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "to succeed Ghamari", "2025-10-16"),
      ("LEADS", ABDULMALIK, HOUTHIS, "Houthi leader Abdul-Malik"),
      ],
     {"source": TOI, "published": "2025-10-16"}),

    ("arQK3_grundberg_roadmap_asharq", "ar",
     "غروندبرغ يعلن التزام الأطراف اليمنية بخريطة طريق أممية\n"
     "الرياض: «الشرق الأوسط»\n"
     "أعلن المبعوث الأممي إلى اليمن هانس غروندبرغ، مساء السبت، التزام الأطراف اليمنية بمجموعة من التدابير، "
     "بينها تنفيذ وقف لإطلاق النار في عموم البلاد ودفع رواتب القطاع العام، والانخراط في استعدادات لاستئناف "
     "عملية سياسية تحت رعاية الأمم المتحدة.\n"
     "وجاء الإعلان بعد سلسلة لقاءات أجراها المبعوث الأممي خلال الأسبوعين الماضيين، إذ التقى في الرياض رئيس "
     "مجلس القيادة الرئاسي الدكتور رشاد العليمي، بحضور عضو المجلس عبدالله العليمي باوزير، قبل أن ينتقل إلى "
     "مسقط حيث اجتمع بكبير مفاوضي الحوثيين محمد عبد السلام، كما التقى وزير الخارجية العماني السيد بدر "
     "البوسعيدي.\n"
     "وبحسب مصادر مطلعة، أجرى المبعوث الأميركي الخاص إلى اليمن تيم ليندركينغ اتصالاً هاتفياً بالعليمي، "
     "أكد خلاله دعم واشنطن للجهود الأممية.\n"
     "ورحّبت السعودية بالإعلان، فيما كتب السفير السعودي لدى اليمن محمد آل جابر على منصة «إكس» أن المملكة "
     "ستواصل دعمها للشعب اليمني.\n"
     "ولم يتسنَّ لغروندبرغ لقاء زعيم الجماعة عبد الملك الحوثي خلال جولته، وفق المصادر ذاتها.",
     [("MET_WITH", GRUNDBERG, ALIMI, "إذ التقى في الرياض رئيس", "2023-12-21"),
      ("MET_WITH", BAWAZEER, GRUNDBERG, "بحضور عضو المجلس عبدالله", "2023-12-21"),
      ("MET_WITH", BAWAZEER, ALIMI, "العليمي باوزير، قبل", "2023-12-21"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "حيث اجتمع بكبير مفاوضي الحوثيين", "2023-12-22"),
      ("MET_WITH", GRUNDBERG, BUSAIDI, "كما التقى وزير الخارجية العماني", "2023-12-22"),
      ("LEADS", ALIMI, PLC, "مجلس القيادة الرئاسي الدكتور"),
      ("MEMBER_OF", BAWAZEER, PLC, "عضو المجلس عبدالله العليمي"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "بكبير مفاوضي الحوثيين محمد"),
      ("LEADS", BUSAIDI, OMFM, "وزير الخارجية العماني السيد"),
      ],
     {"source": ASHARQ, "published": "2023-12-24"}),

    ("enQK4_us_uk_strikes_centcom", "en",
     "U.S. and U.K. Conduct Strikes on Houthi Targets in Yemen\n"
     "January 12, 2024 | Release Number: 20240112-01\n"
     "TAMPA, Fla. \u2014 At approximately 2:30 a.m. (Sanaa time) Jan. 12, U.S. Central Command forces, in "
     "coordination with the United Kingdom, and support from Australia, Canada, the Netherlands, and Bahrain, "
     "conducted joint strikes on Houthi targets to degrade their ability to continue their illegal and reckless "
     "attacks on U.S. and international vessels and commercial shipping in the Red Sea.\n"
     "This multinational action targeted radar systems, air defense systems, and storage and launch sites for "
     "one way attack unmanned aerial systems, cruise missiles, and ballistic missiles.\n"
     "\"We will not allow the Houthis to threaten freedom of navigation,\" said Gen. Michael Erik Kurilla, "
     "commander of U.S. Central Command.\n"
     "Earlier this week Gen. Kurilla traveled to Riyadh, where he met with the Kingdom of Saudi Arabia's "
     "Minister of Defense, His Royal Highness Prince Khalid bin Salman, to discuss the threat posed by the "
     "Houthis to regional maritime security.\n"
     "Houthi military spokesman Yahya Sarea said five fighters were killed in the strikes. U.K. Defence "
     "Secretary Grant Shapps and Prime Minister Rishi Sunak said the action was limited and necessary.",
     [("LEADS", KURILLA, CENTCOM, "commander of U.S. Central Command"),
      ("MET_WITH", KURILLA, KBS, "where he met with the Kingdom", "2024-01-09"),
      ("LEADS", KBS, SADM, "Minister of Defense, His Royal Highness"),
      ("MEMBER_OF", "person:yahya-saree", HOUTHIS, "Houthi military spokesman Yahya"),
      ],
     {"source": CENTCOM_REL, "published": "2024-01-12"}),

    ("arQK5_rahawi_martyrdom_masirah", "ar",
     "الرئيس المشاط يعلن استشهاد رئيس حكومة التغيير والبناء وعدد من الوزراء\n"
     "المسيرة نت | صنعاء\n"
     "أعلن فخامة الرئيس المشير الركن مهدي المشاط، رئيس المجلس السياسي الأعلى، اليوم السبت، استشهاد رئيس "
     "حكومة التغيير والبناء الأخ أحمد غالب ناصر الرهوي وعدد من رفاقه الوزراء، إثر استهدافهم من قبل العدو "
     "الإسرائيلي أثناء ورشة عمل اعتيادية لتقييم أداء الحكومة يوم الخميس.\n"
     "وأكد الرئيس المشاط أن نائب رئيس الوزراء العلامة محمد أحمد مفتاح سيتولى القيام بأعمال رئيس الحكومة "
     "خلفاً للشهيد الرهوي.\n"
     "وكان الرهوي قد عُيّن رئيساً للحكومة في أغسطس من العام الماضي خلفاً للدكتور عبد العزيز بن حبتور، وكان "
     "الرئيس المشاط قد التقاه وأعضاء حكومته في صنعاء مطلع الأسبوع الماضي.\n"
     "وتوعّد الرئيس المشاط كيان العدو بأيام سوداء، مؤكداً أن دماء الشهداء لن تزيد الشعب اليمني إلا ثباتاً في "
     "موقفه المساند لغزة.\n"
     "من جهته، نعى عضو المجلس السياسي الأعلى محمد علي الحوثي الشهداء، متهماً الولايات المتحدة بالمشاركة في "
     "الجريمة.",
     [("ASSASSINATED_BY", RAHAWI, ISRAEL, "إثر استهدافهم من قبل العدو", "2025-08-28"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "خلفاً للشهيد الرهوي", "2025-08-30"),
      ("SUCCESSOR_OF", RAHAWI, HABTOOR, "خلفاً للدكتور عبد العزيز بن حبتور", "2024-08-10"),
      ("MET_WITH", MASHAT, RAHAWI, "الرئيس المشاط قد التقاه", "2025-08-23"),
      ("LEADS", MASHAT, SPC, "رئيس المجلس السياسي الأعلى، اليوم"),
      ("MEMBER_OF", MAHOUTHI, SPC, "نعى عضو المجلس السياسي الأعلى"),
      ],
     {"source": MASIRAH, "published": "2025-08-30"}),

    ("enQK6_houthi_delegation_riyadh_reuters", "en",
     "Saudi defence minister meets Houthi delegation in Riyadh\n"
     "RIYADH, Sept 19 (Reuters) - Saudi Arabia's defence minister, Prince Khalid bin Salman, met on Tuesday a "
     "delegation of Yemen's Iran-aligned Houthi movement in Riyadh, the first public visit by Houthi officials "
     "to the kingdom since the war in Yemen began.\n"
     "The delegation, headed by Houthi chief negotiator Mohammed Abdulsalam and including politburo member "
     "Abdulmalik al-Ejri, arrived in the Saudi capital on Thursday with Omani mediators.\n"
     "The Saudi ambassador to Yemen, Mohammed Al Jaber, also attended the talks, two sources familiar with the "
     "matter said.\n"
     "Prince Khalid said on X that the kingdom stood with Yemen and its people and hoped the talks would lead "
     "to a \"comprehensive and lasting political solution.\"\n"
     "U.S. special envoy Tim Lenderking, who was in the region, welcomed the talks but did not meet the "
     "delegation, a State Department spokesperson said. U.N. envoy Hans Grundberg is expected to meet both "
     "sides in Muscat next week.",
     [("MET_WITH", KBS, ABDULSALAM, "headed by Houthi chief negotiator", "2023-09-19"),
      ("MET_WITH", KBS, AJRI, "Abdulmalik al-Ejri, arrived", "2023-09-19"),
      ("MET_WITH", JABER, KBS, "also attended the talks", "2023-09-19"),
      ("MET_WITH", JABER, ABDULSALAM, "The Saudi ambassador to Yemen", "2023-09-19"),
      ("LEADS", KBS, SADM, "Saudi Arabia's defence minister"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "Houthi chief negotiator Mohammed"),
      ],
     {"source": REUTERS, "published": "2023-09-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQK")
