"""Blind set IX: Iraq 2020-2021 as an Iraqi Arabic satellite channel's news site writes it (short,
formal, "أفاد مراسلنا", official titles in full, the communique's wording), with English copy as the
channel's English page and a Baghdad English-language outlet would run it: al-Kadhimi names al-Araji
national security adviser and al-Asadi head of the National Security Service in place of al-Fayyadh,
July 2020 (Arabic); Iran's judiciary chief Raisi in Baghdad, February 2021 (English); the security
reshuffle after the Tayaran Square bombings, January 2021 (Arabic); the confession of the police
officer who killed Hisham al-Hashimi, July 2021 (English); Qaani in Baghdad after the US strikes on
the Syrian border, June 2021 (Arabic); a Danish general takes over NATO Mission Iraq from a Canadian,
November 2020 (English).
Style: one-paragraph sentences, "أفاد مراسلنا" / "our correspondent reported", ranks and full
official titles, a closing background paragraph; English with the channel's plain wording.
Excluded on purpose: a phone call in which al-Kadhimi told al-Fayyadh of the decision and a Kataib
Hezbollah site raided with no one named; a meeting with Sadr that was not on Raisi's schedule; the
bombings' victims (no one named); threats from Kataib Hezbollah supporters against al-Hashimi (no
agent of his killing stated but the officer) and Ihab al-Wazni killed by "unknown gunmen"; four PMF
members killed by US strikes (no one named) and a meeting with Qaani that al-Kadhimi's office denied;
Miller's phone call to al-Kadhimi, a ceremony (not a meeting) and a rocket that killed a child with
no group claiming it.
Spellings: Ebrahim Raeisi, Qassem Suleimani, Faiq Zeidan, Husham al-Hashimi, Khaled al-Mohanna,
Qasim al-Araji, عبدالأمير يارالله, أبو علي البصري, قاءاني.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_iz import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF, KH, BADR, KSS, KHORASANI, ISIS = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:badr-organization", "organization:kataib-sayyid-al-shuhada",
    "organization:saraya-al-khorasani", "organization:islamic-state")
IQG, IQAF, IQARMY, IQDEF, IQINT, IQJUS = (
    "organization:iraqi-government", "organization:iraqi-armed-forces", "organization:iraqi-army",
    "organization:iraqi-defense-ministry", "organization:iraqi-interior-ministry", "organization:iraqi-justice-ministry")
NSA, NSS, CTS, BOC, FALCONS, SECCOM, SJC, IRJUD = (
    "organization:iraqi-national-security-advisory", "organization:iraqi-national-security-service",
    "organization:counter-terrorism-service", "organization:baghdad-operations-command", "organization:falcons-cell",
    "organization:iraqi-parliament-security-defence-committee", "organization:supreme-judicial-council",
    "organization:iranian-judiciary")
DOD, NMI, NATO, IHCHR = ("organization:us-department-of-defense", "organization:nato-mission-iraq",
                         "organization:nato", "organization:iraqi-high-commission-for-human-rights")
BAGHDAD, BIAP, DORA, TAYARAN, ZAYOUNA, QAIM, ANBAR, ASHRAF, DIYALA = (
    "location:baghdad", "location:baghdad-international-airport", "location:dora", "location:tayaran-square",
    "location:zayouna", "location:al-qaim", "location:anbar", "location:camp-ashraf", "location:diyala")
QAANI, SOL, MUH, FADAK, FAY, WALAI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
    "person:abdul-aziz-al-muhammadawi", "person:falih-al-fayyadh", "person:abu-alaa-al-walai")
KAD, SALIH, ARAJI, ASADI, JOUHI, GHANIMI, INAD, YARALLAH = (
    "person:mustafa-al-kadhimi", "person:barham-salih", "person:qassim-al-araji", "person:abdul-ghani-al-asadi",
    "person:raed-jouhi", "person:othman-al-ghanimi", "person:juma-inad", "person:abdul-amir-yarallah")
BAHJAT, QMUH, BASRI, ZAIDAN, MAHNA, OWAID, HASHIMI = (
    "person:ahmed-salim-bahjat", "person:qais-al-muhammadawi", "person:abdul-karim-abd-fadhil",
    "person:faiq-zaidan", "person:khalid-al-mahna", "person:ahmed-hamdawi-owaid", "person:hisham-al-hashimi")
RAISI, LARIJANI, MASJEDI, BIDEN, KIRBY, MILLER = (
    "person:ebrahim-raisi", "person:sadegh-amoli-larijani", "person:iraj-masjedi", "person:joe-biden",
    "person:john-kirby", "person:christopher-miller")
# new to the tables
HAIDARI, SALAR, ABURAGHEEF, JAZAERI, OLSEN, CARIGNAN, BAYATI = (
    "person:mohammed-rida-al-haidari", "person:salar-abdul-sattar", "person:ahmed-abu-ragheef",
    "person:hamid-al-jazaeri", "person:per-pugholm-olsen", "person:jennie-carignan", "person:ali-akram-al-bayati")

ARTICLES = [
    ("arIX1_araji_asadi_replace_fayyadh", "ar",
     "أمر ديواني يُبعد الفياض عن منصبين أمنيين.. والأعرجي والأسدي بديلان\n"
     "بغداد - أصدر رئيس مجلس الوزراء القائد العام للقوات المسلحة مصطفى الكاظمي، اليوم السبت، أمراً "
     "ديوانياً بتعيين قاسم الأعرجي مستشاراً للأمن الوطني خلفاً لفالح الفياض، وتكليف الفريق الركن المتقاعد "
     "عبد الغني الأسدي برئاسة جهاز الأمن الوطني بدلاً من الفياض أيضاً.\n"
     "وأفاد مراسلنا بأن الكاظمي استقبل الأعرجي والأسدي معاً في مكتبه عقب صدور الأمر، بحضور مدير مكتبه "
     "رائد جوحي، مؤكداً خلال اللقاء ضرورة «حصر السلاح بيد الدولة».\n"
     "وبحسب نص الأمر، يحتفظ الفياض بمنصبه رئيساً لهيئة الحشد الشعبي.\n"
     "ويُعد الأعرجي، وهو قيادي في منظمة بدر، من الوجوه المقبولة لدى القوى الشيعية، وقد شغل حقيبة الداخلية "
     "بين عامي 2017 و2018، فيما يُعد الأسدي من أبرز قادة جهاز مكافحة الإرهاب في معارك التحرير.\n"
     "من جهته، قال رئيس لجنة الأمن والدفاع النيابية محمد رضا الحيدري إن «التغييرات من صلاحيات القائد "
     "العام، لكن يجب ألا تخضع لضغوط خارجية».\n"
     "وأشار مصدر مطلع إلى أن الكاظمي أبلغ الفياض بالقرار في اتصال هاتفي قبل ساعات من صدوره.\n"
     "وتأتي التغييرات بعد أيام على مداهمة نفذها جهاز مكافحة الإرهاب لموقع تابع لكتائب حزب الله في منطقة "
     "الدورة جنوبي بغداد.",
     [("LEADS", KAD, IQG, "رئيس مجلس الوزراء القائد العام"),
      ("LEADS", KAD, IQAF, "القائد العام للقوات المسلحة مصطفى"),
      ("SUCCESSOR_OF", ARAJI, FAY, "مستشاراً للأمن الوطني خلفاً لفالح الفياض", "2020-07-04"),
      ("LEADS", ARAJI, NSA, "مستشاراً للأمن الوطني خلفاً"),
      ("SUCCESSOR_OF", ASADI, FAY, "برئاسة جهاز الأمن الوطني بدلاً من الفياض", "2020-07-04"),
      ("LEADS", ASADI, NSS, "برئاسة جهاز الأمن الوطني بدلاً"),
      ("MET_WITH", KAD, ARAJI, "استقبل الأعرجي والأسدي معاً", "2020-07-04"),
      ("MET_WITH", KAD, ASADI, "استقبل الأعرجي والأسدي معاً", "2020-07-04"),
      ("MET_WITH", ARAJI, ASADI, "استقبل الأعرجي والأسدي معاً", "2020-07-04"),
      ("MET_WITH", JOUHI, KAD, "بحضور مدير مكتبه", "2020-07-04"),
      ("MET_WITH", JOUHI, ARAJI, "بحضور مدير مكتبه", "2020-07-04"),
      ("MET_WITH", JOUHI, ASADI, "بحضور مدير مكتبه", "2020-07-04"),
      ("LEADS", FAY, PMF, "رئيساً لهيئة الحشد الشعبي"),
      ("MEMBER_OF", ARAJI, BADR, "وهو قيادي في منظمة بدر"),
      ("LEADS", ARAJI, IQINT, "وقد شغل حقيبة الداخلية", "2017"),
      ("MEMBER_OF", ASADI, CTS, "من أبرز قادة جهاز مكافحة الإرهاب"),
      ("LEADS", HAIDARI, SECCOM, "رئيس لجنة الأمن والدفاع النيابية محمد"),
      ("LOCATED_IN", DORA, BAGHDAD, "الدورة جنوبي بغداد"),
      ],
     {"source": "blind set (Iraqi Arabic satellite channel, Arabic)", "published": "2020-07-04"}),

    ("enIX2_raeisi_in_baghdad", "en",
     "Iran's judiciary chief Raeisi arrives in Baghdad, lays wreath at airport strike site\n"
     "Baghdad - The head of Iran's judiciary, Ebrahim Raeisi, arrived in Baghdad on Monday on a three-day "
     "official visit, our correspondent reported.\n"
     "Raeisi was received at Baghdad International Airport by Justice Minister Salar Abdul Sattar and then "
     "headed to the site where Qassem Suleimani, the commander of the IRGC's Quds Force, and Abu Mahdi "
     "al-Muhandis, the deputy head of the Popular Mobilization Forces, were killed in a US drone strike on "
     "January 3, 2020. He laid a wreath there.\n"
     "Later in the day he held talks with Prime Minister Mustafa al-Kadhimi at the government palace, in the "
     "presence of Iran's ambassador Iraj Masjedi, and met separately with President Barham Salih and the "
     "head of the Supreme Judicial Council, Faiq Zeidan.\n"
     "Zeidan's office said the talks covered \"the investigation into the airport crime\" and the transfer "
     "of convicted prisoners between the two countries.\n"
     "Raeisi succeeded Sadegh Amoli Larijani at the head of the judiciary in March 2019 and is widely "
     "tipped to run in Iran's presidential election in June.\n"
     "An Iranian source said a meeting with the Shiite cleric Muqtada al-Sadr, who is in Najaf, had not "
     "been on the schedule.",
     [("LEADS", RAISI, IRJUD, "The head of Iran's judiciary, Ebrahim Raeisi"),
      ("VISITED", RAISI, BAGHDAD, "arrived in Baghdad on Monday", "2021-02-08"),
      ("MET_WITH", RAISI, SALAR, "was received at Baghdad International Airport by Justice Minister",
       "2021-02-08"),
      ("VISITED", RAISI, BIAP, "was received at Baghdad International Airport", "2021-02-08"),
      ("LEADS", SALAR, IQJUS, "Justice Minister Salar Abdul Sattar"),
      ("LEADS", SOL, QF, "the commander of the IRGC's Quds Force"),
      ("PART_OF", QF, IRGC, "the IRGC's Quds Force"),
      ("MEMBER_OF", MUH, PMF, "the deputy head of the Popular Mobilization Forces"),
      ("ASSASSINATED_BY", SOL, USA, "were killed in a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "were killed in a US drone strike", "2020-01-03"),
      ("MET_WITH", RAISI, KAD, "he held talks with Prime Minister Mustafa al-Kadhimi", "2021-02-08"),
      ("LEADS", KAD, IQG, "Prime Minister Mustafa al-Kadhimi"),
      ("MET_WITH", MASJEDI, RAISI, "presence of Iran's ambassador Iraj Masjedi", "2021-02-08"),
      ("MET_WITH", MASJEDI, KAD, "presence of Iran's ambassador Iraj Masjedi", "2021-02-08"),
      ("MET_WITH", RAISI, SALIH, "met separately with President Barham Salih", "2021-02-08"),
      ("MET_WITH", RAISI, ZAIDAN, "met separately with President Barham Salih", "2021-02-08"),
      ("LEADS", SALIH, IRAQ, "President Barham Salih"),
      ("LEADS", ZAIDAN, SJC, "head of the Supreme Judicial Council, Faiq Zeidan"),
      ("SUCCESSOR_OF", RAISI, LARIJANI, "Raeisi succeeded Sadegh Amoli Larijani", "2019-03"),
      ],
     {"source": "blind set (Iraqi satellite channel's English page, English)", "published": "2021-02-08"}),

    ("arIX3_tayaran_security_reshuffle", "ar",
     "الكاظمي يجري تغييرات في القيادات الأمنية بعد تفجيري ساحة الطيران\n"
     "بغداد - أجرى رئيس مجلس الوزراء مصطفى الكاظمي، مساء الخميس، تغييرات في عدد من المناصب الأمنية "
     "والاستخبارية، عقب التفجيرين الانتحاريين اللذين ضربا سوقاً شعبية في ساحة الطيران وسط بغداد.\n"
     "وأفاد مراسلنا بأن الكاظمي ترأس اجتماعاً طارئاً للمجلس الوزاري للأمن الوطني، حضره وزير الداخلية "
     "عثمان الغانمي ووزير الدفاع جمعة عناد ورئيس أركان الجيش الفريق أول ركن عبدالأمير يارالله، خُصص "
     "لبحث الخرق الأمني.\n"
     "وبحسب وثيقة رسمية اطلعت عليها القناة، قرر الكاظمي تعيين الفريق الركن أحمد سليم بهجت قائداً لعمليات "
     "بغداد خلفاً للفريق الركن قيس المحمداوي، وتكليف الفريق أحمد أبو رغيف بمهام وكيل وزارة الداخلية لشؤون "
     "الاستخبارات.\n"
     "كما شملت القرارات إعفاء عبد الكريم عبد فاضل، المعروف بأبي علي البصري، من رئاسة خلية الصقور "
     "الاستخبارية.\n"
     "وتبنى تنظيم داعش، في بيان نشرته حساباته على تطبيق تلغرام، الهجوم المزدوج على ساحة الطيران، وهو "
     "الأعنف في العاصمة منذ نحو ثلاث سنوات.\n"
     "وأعلنت وزارة الصحة ارتفاع حصيلة الضحايا إلى 32 قتيلاً و110 جرحى.",
     [("LEADS", KAD, IQG, "رئيس مجلس الوزراء مصطفى الكاظمي"),
      ("LOCATED_IN", TAYARAN, BAGHDAD, "ساحة الطيران وسط بغداد"),
      ("MET_WITH", KAD, GHANIMI, "ترأس اجتماعاً طارئاً للمجلس الوزاري", "2021-01-21"),
      ("MET_WITH", KAD, INAD, "ترأس اجتماعاً طارئاً للمجلس الوزاري", "2021-01-21"),
      ("MET_WITH", KAD, YARALLAH, "ترأس اجتماعاً طارئاً للمجلس الوزاري", "2021-01-21"),
      ("MET_WITH", GHANIMI, INAD, "حضره وزير الداخلية", "2021-01-21"),
      ("MET_WITH", GHANIMI, YARALLAH, "حضره وزير الداخلية", "2021-01-21"),
      ("MET_WITH", INAD, YARALLAH, "حضره وزير الداخلية", "2021-01-21"),
      ("LEADS", GHANIMI, IQINT, "وزير الداخلية عثمان الغانمي"),
      ("LEADS", INAD, IQDEF, "ووزير الدفاع جمعة عناد"),
      ("LEADS", YARALLAH, IQARMY, "ورئيس أركان الجيش الفريق"),
      ("SUCCESSOR_OF", BAHJAT, QMUH, "خلفاً للفريق الركن قيس المحمداوي", "2021-01-21"),
      ("LEADS", BAHJAT, BOC, "أحمد سليم بهجت قائداً لعمليات"),
      ("MEMBER_OF", ABURAGHEEF, IQINT, "بمهام وكيل وزارة الداخلية لشؤون"),
      ("LEADS", BASRI, FALCONS, "من رئاسة خلية الصقور"),
      ("ATTACKED", ISIS, TAYARAN, "الهجوم المزدوج على ساحة الطيران", "2021-01-21"),
      ],
     {"source": "blind set (Iraqi Arabic satellite channel, Arabic)", "published": "2021-01-21"}),

    ("enIX4_hashimi_killer_confession", "en",
     "Iraq airs confession of police officer over Husham al-Hashimi's killing\n"
     "Baghdad - Iraqi state television on Friday broadcast the confession of a police officer who shot dead "
     "the security analyst Husham al-Hashimi outside his home in Baghdad's Zayouna district a year ago, hours "
     "after Prime Minister Mustafa al-Kadhimi announced his arrest.\n"
     "Interior Ministry spokesman Brig. Gen. Khaled al-Mohanna told a news conference that First Lt. Ahmed "
     "Hamdawi Owaid, an officer in the ministry, \"carried out the assassination with three others who are "
     "still at large\".\n"
     "\"We promised to arrest the killers of al-Hashimi, and we have fulfilled the promise,\" al-Kadhimi "
     "wrote on Twitter.\n"
     "Our correspondent reported that al-Kadhimi later received al-Hashimi's family at his office in the "
     "presence of Interior Minister Othman al-Ghanimi. A day earlier, he had met the head of the National "
     "Security Service, Abdul Ghani al-Asadi, to review the case.\n"
     "The ministry did not name the group behind the cell. Al-Hashimi, killed on July 6, 2020, had received "
     "threats from Kataib Hezbollah supporters.\n"
     "Ali Akram al-Bayati, a member of the Iraqi High Commission for Human Rights, said the killing in May "
     "of the Karbala activist Ihab al-Wazni by unknown gunmen remains unsolved.",
     [("LOCATED_IN", ZAYOUNA, BAGHDAD, "Baghdad's Zayouna district"),
      ("LEADS", KAD, IQG, "Prime Minister Mustafa al-Kadhimi"),
      ("MEMBER_OF", MAHNA, IQINT, "Interior Ministry spokesman"),
      ("ASSASSINATED_BY", HASHIMI, OWAID, "carried out the assassination with three others", "2020-07-06"),
      ("MEMBER_OF", OWAID, IQINT, "an officer in the ministry"),
      ("MET_WITH", KAD, GHANIMI, "in the presence of Interior Minister", "2021-07-16"),
      ("LEADS", GHANIMI, IQINT, "Interior Minister Othman al-Ghanimi"),
      ("MET_WITH", KAD, ASADI, "he had met the head of the National", "2021-07-15"),
      ("LEADS", ASADI, NSS, "the head of the National Security Service, Abdul Ghani"),
      ("MEMBER_OF", BAYATI, IHCHR, "a member of the Iraqi High Commission for Human Rights"),
      ],
     {"source": "blind set (Iraqi satellite channel's English page, English)", "published": "2021-07-16"}),

    ("arIX5_qaani_after_border_strikes", "ar",
     "مصادر: قائد فيلق القدس يلتقي قادة في الحشد ببغداد عقب الضربات الأمريكية على الحدود\n"
     "بغداد - أفاد مراسلنا، نقلاً عن مصادر سياسية مطلعة، بأن قائد فيلق القدس في الحرس الثوري الإيراني "
     "إسماعيل قاءاني وصل إلى بغداد مساء الثلاثاء في زيارة غير معلنة، هي الأولى له منذ الضربات الجوية "
     "الأمريكية الأخيرة على الشريط الحدودي مع سوريا.\n"
     "وبحسب المصادر، التقى قاءاني رئيس هيئة الحشد الشعبي فالح الفياض ورئيس أركان الهيئة عبد العزيز "
     "المحمداوي في اجتماع مشترك، ثم اجتمع على انفراد بالأمين العام لكتائب سيد الشهداء أبو آلاء الولائي، "
     "داعياً إلى «ضبط النفس» لحين استكمال الحوار الاستراتيجي بين بغداد وواشنطن.\n"
     "وكانت الهيئة قد أعلنت مقتل أربعة من منتسبيها في ضربات أمريكية استهدفت مواقع لها قرب قضاء القائم "
     "غربي الأنبار فجر الاثنين، فيما قال المتحدث باسم وزارة الدفاع الأمريكية جون كيربي إن الرئيس جو بايدن "
     "أمر بتنفيذها رداً على هجمات بطائرات مسيّرة.\n"
     "من جهته، توعد القيادي في سرايا الخراساني حامد الجزائري بأن «الرد قادم»، في حين نفى مكتب رئيس "
     "الوزراء مصطفى الكاظمي أن يكون الأخير قد التقى قاءاني خلال الزيارة.\n"
     "وتأتي الزيارة بعد أيام على استعراض عسكري أقامته الهيئة في معسكر أشرف بمحافظة ديالى بحضور الكاظمي.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس في الحرس الثوري الإيراني إسماعيل"),
      ("PART_OF", QF, IRGC, "فيلق القدس في الحرس الثوري الإيراني إسماعيل"),
      ("VISITED", QAANI, BAGHDAD, "وصل إلى بغداد مساء الثلاثاء", "2021-06-29"),
      ("MET_WITH", QAANI, FAY, "التقى قاءاني رئيس هيئة الحشد", "2021-06-29"),
      ("MET_WITH", QAANI, FADAK, "التقى قاءاني رئيس هيئة الحشد", "2021-06-29"),
      ("MET_WITH", FAY, FADAK, "في اجتماع مشترك", "2021-06-29"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركان الهيئة عبد العزيز"),
      ("MET_WITH", QAANI, WALAI, "ثم اجتمع على انفراد", "2021-06-29"),
      ("LEADS", WALAI, KSS, "بالأمين العام لكتائب سيد الشهداء"),
      ("ATTACKED", USA, QAIM, "في ضربات أمريكية استهدفت مواقع لها قرب قضاء القائم", "2021-06-28"),
      ("LOCATED_IN", QAIM, ANBAR, "قضاء القائم غربي الأنبار"),
      ("MEMBER_OF", KIRBY, DOD, "المتحدث باسم وزارة الدفاع الأمريكية جون"),
      ("LEADS", BIDEN, USA, "الرئيس جو بايدن"),
      ("MEMBER_OF", JAZAERI, KHORASANI, "القيادي في سرايا الخراساني حامد"),
      ("LEADS", KAD, IQG, "مكتب رئيس الوزراء مصطفى الكاظمي"),
      ("LOCATED_IN", ASHRAF, DIYALA, "معسكر أشرف بمحافظة ديالى"),
      ("VISITED", KAD, ASHRAF, "في معسكر أشرف بمحافظة ديالى بحضور الكاظمي", "2021-06-26"),
      ],
     {"source": "blind set (Iraqi Arabic satellite channel, Arabic)", "published": "2021-06-30"}),

    ("enIX6_nato_mission_handover", "en",
     "Danish general takes over NATO's Iraq mission, meets al-Araji\n"
     "Baghdad - Danish Maj. Gen. Per Pugholm Olsen took over command of NATO Mission Iraq on Tuesday from "
     "Canadian Maj. Gen. Jennie Carignan at a ceremony in Baghdad, the alliance said in a statement.\n"
     "Olsen then met National Security Adviser Qasim al-Araji, who said Iraq \"needs NATO's advisers, not "
     "its combat troops\", according to a statement from al-Araji's office. The army's chief of staff, Lt. "
     "Gen. Abdul Amir Yarallah, also attended the meeting.\n"
     "Carignan, who had led the non-combat training mission since November 2019, paid a farewell visit to "
     "Prime Minister Mustafa al-Kadhimi on Monday, the premier's office said.\n"
     "The handover comes a week after acting US Defense Secretary Christopher Miller announced that the "
     "number of American troops in Iraq would be cut to 2,500 by mid-January. Iraqi officials said Miller "
     "had informed al-Kadhimi of the decision in a phone call.\n"
     "Last week a rocket fired at the Green Zone landed in a nearby neighbourhood and killed a child. No "
     "group claimed the attack, which the Joint Operations Command blamed on \"outlaw groups\".",
     [("PART_OF", NMI, NATO, "takes over NATO's Iraq mission"),
      ("SUCCESSOR_OF", OLSEN, CARIGNAN, "took over command of NATO Mission Iraq on Tuesday from",
       "2020-11-24"),
      ("LEADS", OLSEN, NMI, "took over command of NATO Mission Iraq on Tuesday from"),
      ("MET_WITH", OLSEN, ARAJI, "Olsen then met National Security Adviser", "2020-11-24"),
      ("LEADS", ARAJI, NSA, "National Security Adviser Qasim al-Araji"),
      ("MET_WITH", YARALLAH, OLSEN, "also attended the meeting", "2020-11-24"),
      ("MET_WITH", YARALLAH, ARAJI, "also attended the meeting", "2020-11-24"),
      ("LEADS", YARALLAH, IQARMY, "The army's chief of staff"),
      ("LEADS", CARIGNAN, NMI, "who had led the non-combat training mission since November 2019"),
      ("MET_WITH", CARIGNAN, KAD, "paid a farewell visit to Prime Minister", "2020-11-23"),
      ("LEADS", KAD, IQG, "Prime Minister Mustafa al-Kadhimi on Monday"),
      ("LEADS", MILLER, DOD, "acting US Defense Secretary Christopher Miller"),
      ],
     {"source": "blind set (Baghdad English-language outlet, English)", "published": "2020-11-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIX")
