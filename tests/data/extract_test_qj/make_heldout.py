"""Blind set QJ: the Maghreb and Libya 2019-2024 (second folder of QI-QJ): Yair Lapid's visit to Rabat and
his talks with Nasser Bourita (August 2021) and Benny Gantz's visit (November 2021), Tebboune's appointment of
Nadir Larbaoui in place of Aymen Benabderrahmane (November 2023), Saied's replacement of Ahmed Hachani by Kamel
Maddouri (August 2024), Abdoulaye Bathily's meeting with Khalifa Haftar in Benghazi and Stephanie Koury taking
over after his resignation (2023-2024), the Tunis summit of Saied, Tebboune and Menfi (April 2024) and the
House's suspension of Fathi Bashagha and his replacement by Osama Hammad (May 2023), as Morocco's state agency
writes it in English (MAP-like: "Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan
Expatriates"), Algeria's state agency in Arabic (APS-like: «رئيس الجمهورية، السيد عبد المجيد تبون»), a
Paris-based weekly in English (Jeune Afrique-like: "the head of state", "the former social affairs minister"),
a Libyan news site in Arabic (Libya Observer / Al-Ahrar-like: «المبعوث الأممي»، «القائد العام»), a wire in
English (AFP-like: "TUNIS (AFP) -") and a London-based Arab daily in Arabic (Al Araby al-Jadeed-like).
Pieces: Bourita holds talks with Lapid in Rabat; Gantz to meet Loudiyi later (English, QJ1); Tebboune appoints
Larbaoui, who succeeds Benabderrahmane, and receives him with Boualem present; Attaf, who replaced Lamamra
(Arabic, QJ2); Saied replaces Hachani by Maddouri, who is sworn in before him; Bouden's and Mechichi's earlier
dismissals (English, QJ3); Bathily meets Haftar in Benghazi with Saddam Haftar present, then Saleh; Koury takes
over from Bathily (Arabic, QJ4); Saied hosts Tebboune and Menfi in a trilateral meeting; Saied had met Menfi
before (English, QJ5); the House suspends Bashagha and names Hammad to take his place; Haftar receives Hammad
(Arabic, QJ6).
Excluded on purpose (no relation): the King's audience for Lapid that did not take place, Herzog's invitation
(QJ1); Tebboune's phone call with Saied (QJ2); the UGTT meeting called off (QJ3); Bathily's meeting with Dbeibah
that was postponed, Guterres who "accepted" the resignation (QJ4); Dbeibah, who did not attend; Morocco, not
invited (QJ5); Bashagha's denial that he met Dbeibah (QJ6).
Judgement calls: "held talks with" is a meeting (QJ1); "is to meet ... on Wednesday" is planned (QJ1); «خلفا
لـ» and "replaced" are successions; "named ... in place of" / "takes over from" are successions (QJ3);
«تتولى ... بعد استقالة» of the same post is a succession (QJ4); «بحضور» one attendee: paired with both
principals (QJ2, QJ4); "the three leaders met" is a group meeting (QJ5); «تكليف ... بدلاً من» is a succession
(QJ6); a prime minister / head of government LEADS the country (as NC's Netanyahu); the LNA's commander LEADS
it; Menfi LEADS the Presidential Council.
Filled in for the exercise: the audience that did not take place and Herzog's invitation (QJ1); Boualem's
presence, Tebboune's call (QJ2); the UGTT meeting called off (QJ3); Saddam Haftar's presence, the postponed
Dbeibah meeting (QJ4); Saied's earlier meeting with Menfi in Tunis (QJ5); Haftar's reception of Hammad and
Bashagha's denial (QJ6).
Spellings: "Yair Lapid", "Nasser Bourita" (QJ1); «نذير العرباوي»، «أيمن بن عبد الرحمان» (QJ2); "Kaïs Saïed",
"Kamel Madouri", "Ahmed Hachani" (QJ3); «عبدالله باتيلي»، «المشير خليفة حفتر»، «ستيفاني خوري» (QJ4); "Abdelmadjid
Tebboune", "Mohamed Younes Menfi", "Kais Saied" (QJ5); «فتحي باشاغا»، «أسامة حماد»، «عقيلة صالح» (QJ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qj import ALL  # noqa: E402

HERE = Path(__file__).parent

ALGERIA, TUNISIA, MOROCCO, LIBYA, ISRAEL = (
    "country:algeria", "country:tunisia", "country:morocco", "country:libya", "country:israel")
UNSMIL, LNA, HOR, PC, GNS = (
    "organization:unsmil", "organization:libyan-national-army", "organization:libyan-house-of-representatives",
    "organization:libyan-presidential-council", "organization:government-of-national-stability")
MAFM, DZFM = "organization:moroccan-foreign-ministry", "organization:algerian-foreign-ministry"
TEBBOUNE, BENABDERRAHMANE, LARBAOUI, BOUALEM, ATTAF, LAMAMRA = (
    "person:abdelmadjid-tebboune", "person:aymen-benabderrahmane", "person:nadir-larbaoui",
    "person:boualem-boualem", "person:ahmed-attaf", "person:ramtane-lamamra")
SAIED, MECHICHI, BOUDEN, HACHANI, MADDOURI = (
    "person:kais-saied", "person:hichem-mechichi", "person:najla-bouden", "person:ahmed-hachani",
    "person:kamel-maddouri")
KING, BOURITA, LOUDIYI, LAPID, GANTZ, HERZOG = (
    "person:mohammed-vi", "person:nasser-bourita", "person:abdellatif-loudiyi", "person:yair-lapid",
    "person:benny-gantz", "person:isaac-herzog")
DBEIBAH, BASHAGHA, HAMMAD, HAFTAR, SADDAM, SALEH, MENFI = (
    "person:abdul-hamid-dbeibah", "person:fathi-bashagha", "person:osama-hammad", "person:khalifa-haftar",
    "person:saddam-haftar", "person:aguila-saleh", "person:mohamed-al-menfi")
BATHILY, KOURY, GUTERRES = "person:abdoulaye-bathily", "person:stephanie-koury", "person:antonio-guterres"

MAP = "blind set (Moroccan state news agency, English service, MAP-like)"
APS = "blind set (Algerian state news agency, Arabic, APS-like)"
JA = "blind set (Paris-based pan-African weekly, English edition, Jeune Afrique-like)"
LOAR = "blind set (Libyan news site, Arabic, Libya Observer / Libya al-Ahrar-like)"
AFP = "blind set (international news wire, English, AFP-like)"
ARABY = "blind set (London-based Arab daily, Arabic, Al Araby al-Jadeed-like)"

ARTICLES = [
    ("enQJ1_bourita_lapid_rabat_map", "en",
     "Bourita, Lapid hold talks in Rabat, sign three cooperation agreements\n"
     "Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, held "
     "talks on Wednesday in Rabat with Israel's Foreign Minister Yair Lapid, who is on the first official visit "
     "by an Israeli minister to the Kingdom since the resumption of relations between the two countries.\n"
     "The two ministers signed three agreements on political consultations, air services and culture, and "
     "discussed the implementation of the Joint Declaration signed on 22 December 2020 before His Majesty King "
     "Mohammed VI.\n"
     "The Israeli minister on Thursday inaugurated his country's liaison office in Rabat. No audience with the "
     "Sovereign was scheduled during the visit, sources said.\n"
     "Lapid also conveyed an invitation from President Isaac Herzog to visit Israel.\n"
     "In a separate development, Israel's Defence Minister Benny Gantz is expected in Rabat in the coming months, "
     "where he is to meet Minister Delegate to the Head of Government in charge of National Defence "
     "Administration, Abdellatif Loudiyi.",
     [("LEADS", BOURITA, MAFM, "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates"),
      ("MET_WITH", BOURITA, LAPID, "talks on Wednesday in Rabat with", "2021-08-11"),
      ("VISITED", LAPID, MOROCCO, "the first official visit"),
      ("LEADS", KING, MOROCCO, "His Majesty King"),
      ("LEADS", HERZOG, ISRAEL, "President Isaac Herzog"),
      ],
     {"source": MAP, "published": "2021-08-11"}),

    ("arQJ2_tebboune_appoints_larbaoui_aps", "ar",
     "رئيس الجمهورية يعين السيد نذير العرباوي وزيرا أول\n"
     "الجزائر (واج) - عين رئيس الجمهورية، السيد عبد المجيد تبون، اليوم السبت، السيد نذير العرباوي وزيرا أول، "
     "خلفا للسيد أيمن بن عبد الرحمان، حسب ما أفاد به بيان لرئاسة الجمهورية.\n"
     "وكان السيد العرباوي يشغل منذ سبتمبر الماضي منصب مدير ديوان رئاسة الجمهورية، بعد أن شغل منصب ممثل الجزائر "
     "الدائم لدى الأمم المتحدة بنيويورك.\n"
     "واستقبل رئيس الجمهورية، بمقر رئاسة الجمهورية، الوزير الأول الجديد، بحضور المستشار لدى رئيس الجمهورية "
     "بوعلام بوعلام، حيث أسدى له توجيهاته بخصوص عمل الحكومة.\n"
     "ويحتفظ وزير الشؤون الخارجية والجالية الوطنية بالخارج، السيد أحمد عطاف، الذي خلف رمطان لعمامرة في مارس "
     "الماضي، بحقيبته.\n"
     "وفي سياق آخر، تلقى رئيس الجمهورية اتصالا هاتفيا من أخيه رئيس الجمهورية التونسية قيس سعيد.",
     [("LEADS", TEBBOUNE, ALGERIA, "عين رئيس الجمهورية، السيد عبد المجيد تبون"),
      ("SUCCESSOR_OF", LARBAOUI, BENABDERRAHMANE, "خلفا للسيد أيمن", "2023-11-11"),
      ("LEADS", LARBAOUI, ALGERIA, "السيد نذير العرباوي وزيرا أول، "),
      ("MET_WITH", TEBBOUNE, LARBAOUI, "الوزير الأول الجديد، بحضور", "2023-11-11"),
      ("MET_WITH", BOUALEM, TEBBOUNE, "المستشار لدى رئيس الجمهورية", "2023-11-11"),
      ("MET_WITH", BOUALEM, LARBAOUI, "بوعلام بوعلام، حيث", "2023-11-11"),
      ("LEADS", ATTAF, DZFM, "ويحتفظ وزير الشؤون الخارجية"),
      ("SUCCESSOR_OF", ATTAF, LAMAMRA, "الذي خلف رمطان لعمامرة", "2023-03-16"),
      ("LEADS", SAIED, TUNISIA, "رئيس الجمهورية التونسية قيس سعيد"),
      ],
     {"source": APS, "published": "2023-11-11"}),

    ("enQJ3_saied_names_maddouri_jeune_afrique", "en",
     "Tunisia: Kaïs Saïed sacks Ahmed Hachani, names Kamel Madouri head of government\n"
     "Jeune Afrique\n"
     "Late on Wednesday, the presidency announced that the head of state had dismissed his head of government, "
     "Ahmed Hachani, barely a year after appointing him, and named social affairs minister Kamel Madouri in his "
     "place.\n"
     "Madouri, 50, a former director-general of the national social security fund, was sworn in before the "
     "president at Carthage Palace shortly after midnight.\n"
     "Hachani himself had taken over from Najla Bouden, who was dismissed in August 2023, and Bouden had replaced "
     "Hichem Mechichi, the head of government Saïed sacked on 25 July 2021 when he froze parliament.\n"
     "The reshuffle comes two months before a presidential election in which Saïed is seeking a second term. A "
     "meeting between the new head of government and the UGTT union, announced for Friday, was called off.",
     [("LEADS", HACHANI, TUNISIA, "his head of government"),
      ("SUCCESSOR_OF", MADDOURI, HACHANI, "named social affairs minister Kamel Madouri in his", "2024-08-07"),
      ("MET_WITH", MADDOURI, SAIED, "was sworn in before the", "2024-08-08"),
      ("SUCCESSOR_OF", HACHANI, BOUDEN, "had taken over from Najla Bouden", "2023-08-01"),
      ("SUCCESSOR_OF", BOUDEN, MECHICHI, "Bouden had replaced", "2021-09-29"),
      ],
     {"source": JA, "published": "2024-08-08"}),

    ("arQJ4_bathily_haftar_benghazi_libya_observer", "ar",
     "باتيلي يلتقي حفتر في بنغازي ويبحث معه توحيد المؤسسة العسكرية\n"
     "ليبيا أوبزرفر - بنغازي\n"
     "التقى المبعوث الأممي إلى ليبيا عبدالله باتيلي، اليوم الاثنين، القائد العام للقوات المسلحة المشير خليفة "
     "حفتر، بمقر القيادة العامة في الرجمة، بحضور رئيس أركان القوات البرية الفريق صدام حفتر.\n"
     "وبحث معه مسار توحيد المؤسسة العسكرية وعمل اللجنة العسكرية المشتركة 5+5 والاستعداد للانتخابات، وفق بيان "
     "للبعثة.\n"
     "ثم انتقل باتيلي إلى القبة حيث اجتمع برئيس مجلس النواب عقيلة صالح.\n"
     "وكان من المقرر أن يلتقي المبعوث رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة يوم الأحد في طرابلس، إلا أن "
     "اللقاء أُرجئ.\n"
     "يذكر أن باتيلي قدّم استقالته في أبريل 2024، وقبلها الأمين العام للأمم المتحدة أنطونيو غوتيريش، "
     "لتتولى نائبته الأمريكية ستيفاني خوري رئاسة البعثة بالإنابة بعد استقالته.",
     [("LEADS", BATHILY, UNSMIL, "المبعوث الأممي إلى ليبيا"),
      ("MET_WITH", BATHILY, HAFTAR, "القائد العام للقوات المسلحة المشير", "2023-01-16"),
      ("LEADS", HAFTAR, LNA, "القائد العام للقوات"),
      ("MET_WITH", SADDAM, BATHILY, "بحضور رئيس أركان القوات البرية", "2023-01-16"),
      ("MET_WITH", SADDAM, HAFTAR, "الفريق صدام حفتر", "2023-01-16"),
      ("MEMBER_OF", SADDAM, LNA, "رئيس أركان القوات البرية"),
      ("MET_WITH", BATHILY, SALEH, "حيث اجتمع برئيس مجلس النواب", "2023-01-16"),
      ("LEADS", SALEH, HOR, "برئيس مجلس النواب عقيلة"),
      ("LEADS", DBEIBAH, "organization:government-of-national-unity-libya", "رئيس حكومة الوحدة الوطنية"),
      ("SUCCESSOR_OF", KOURY, BATHILY, "لتتولى نائبته الأمريكية"),
      ("LEADS", KOURY, UNSMIL, "رئاسة البعثة بالإنابة"),
      ],
     {"source": LOAR, "published": "2023-01-16"}),

    ("enQJ5_tunis_maghreb_summit_afp", "en",
     "Tunisia, Algeria, Libya leaders hold first three-way summit\n"
     "TUNIS (AFP) - Tunisian President Kais Saied hosted his Algerian counterpart Abdelmadjid Tebboune and the head "
     "of Libya's Presidential Council, Mohamed Younes Menfi, in Tunis on Monday for what they called the first "
     "\"consultative meeting\" of the three North African neighbours.\n"
     "The three leaders met at Carthage Palace and agreed to form joint teams to secure their common borders "
     "against irregular migration, according to a final statement.\n"
     "Morocco and Mauritania, the two other members of the moribund Arab Maghreb Union, were not invited, fuelling "
     "speculation in Rabat that Algiers was seeking to build a rival bloc.\n"
     "Libya's Tripoli-based prime minister, Abdul Hamid Dbeibah, did not attend.\n"
     "Saied had already received Menfi in Tunis in January, when the two men discussed the reopening of the Ras "
     "Jedir border crossing, the Libyan council's office said at the time.",
     met_group({SAIED: "Tunisian President Kais Saied hosted", TEBBOUNE: "his Algerian counterpart Abdelmadjid",
                MENFI: "Mohamed Younes Menfi, in Tunis"}, "2024-04-22") + [
      ("LEADS", SAIED, TUNISIA, "Tunisian President Kais"),
      ("LEADS", TEBBOUNE, ALGERIA, "Algerian counterpart"),
      ("LEADS", MENFI, PC, "of Libya's Presidential Council"),
      ("LEADS", DBEIBAH, LIBYA, "Tripoli-based prime minister"),
      ],
     {"source": AFP, "published": "2024-04-22"}),

    ("arQJ6_hor_suspends_bashagha_araby", "ar",
     "البرلمان الليبي يوقف باشاغا ويكلف أسامة حماد بدلاً منه\n"
     "طرابلس - العربي الجديد\n"
     "صوّت مجلس النواب الليبي، الثلاثاء، خلال جلسة عقدها في مدينة سرت، على إيقاف رئيس الحكومة المكلفة من "
     "البرلمان فتحي باشاغا عن العمل وإحالته إلى التحقيق، وتكليف وزير المالية في حكومته أسامة حماد بتسيير "
     "مهامه بدلاً منه.\n"
     "وأعلن المتحدث باسم المجلس عبد الله بليحق أن القرار جاء بأغلبية الحاضرين، فيما ترأس الجلسة رئيس المجلس "
     "عقيلة صالح.\n"
     "وفي اليوم التالي، استقبل اللواء المتقاعد خليفة حفتر في الرجمة رئيس الحكومة المكلف أسامة حماد، وبحث معه "
     "أولويات المرحلة.\n"
     "من جهته، نفى باشاغا في تدوينة ما تردد عن لقائه الدبيبة سراً في إسطنبول، مؤكداً أنه لم يلتق رئيس حكومة "
     "الوحدة الوطنية منذ أكثر من عام.",
     [("SUCCESSOR_OF", HAMMAD, BASHAGHA, "مهامه بدلاً منه", "2023-05-16"),
      ("LEADS", BASHAGHA, GNS, "رئيس الحكومة المكلفة من"),
      ("MEMBER_OF", HAMMAD, GNS, "وزير المالية في حكومته"),
      ("LEADS", SALEH, HOR, "ترأس الجلسة رئيس المجلس"),
      ("MET_WITH", HAFTAR, HAMMAD, "رئيس الحكومة المكلف أسامة حماد", "2023-05-17"),
      ("LEADS", HAMMAD, GNS, "المكلف أسامة حماد، وبحث"),
      ],
     {"source": ARABY, "published": "2023-05-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQJ")
