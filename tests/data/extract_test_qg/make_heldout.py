"""Blind set QG: Iraq between Iran and the United States, 2023-2024 (first folder of QG-QH): Abbas
Araghchi's visit to Baghdad (October 2024), the CENTCOM strike in Baghdad that killed the Kataib Hezbollah
commander Abu Baqir al-Saadi (February 2024), his funeral, Esmail Qaani's trip to Baghdad after the Tower
22 attack (January 2024), Masoud Pezeshkian's first foreign visit, to Baghdad (September 2024), and
Mohammed Shia al-Sudani's meeting with Ali Khamenei the day after Antony Blinken's visit (November 2023),
as Iraq's state agency writes it in Arabic (INA-like: "بغداد - واع", "تلقته وكالة الأنباء العراقية"), a US
military command's press release in English (CENTCOM-like: "TAMPA, Fla. -", "Gen. Michael Erik Kurilla"),
an Iraqi news site in Arabic (Shafaq News-like: "شفق نيوز/", "وأفادت مصادر"), a Kurdish news site in
English (Rudaw-like: "ERBIL, Kurdistan Region -", "Ghaani"), an Iranian agency's Arabic service
(Tasnim-like: "الرئيس الشهيد", "الجمهورية الإسلامية") and a news wire in English (Reuters-like:
"BAGHDAD/DUBAI, Nov 6 (Reuters) -").
Pieces: Sudani receives Araghchi with the Iranian ambassador present, Fuad Hussein holds talks with his
Iranian counterpart (Arabic, QG1); CENTCOM forces kill a KH commander (al-Saadi), US forces had killed Abu
Taqwa in January (English, QG2); the funeral of al-Saadi, killed by a US air strike, Abu Fadak who
succeeded al-Muhandis, killed with Soleimani by a US strike (Arabic, QG3); Ghaani meets Amiri and Khazali,
Ghaani succeeded Soleimani, killed in a US strike ordered by Trump (English, QG4); Sudani receives
Pezeshkian with Araghchi and Fuad Hussein attending, Pezeshkian meets Rashid, Pezeshkian succeeded Raisi
(Arabic, QG5); Sudani meets Khamenei and Raisi in Tehran, Blinken had met Sudani with Romanowski present
(English, QG6).
Excluded on purpose (no relation): Pezeshkian's phone call to Sudani, Araghchi's next stop (QG1); the three
US soldiers killed at Tower 22 (no name, an attribution by the Pentagon), Austin's directive (QG2); the
funeral attendance of Fayyadh and Abu Fadak (a funeral is not a meeting), Yahya Rasool's charge against
"coalition forces" (a third party's accusation), the called-off meeting of Fayyadh with faction leaders
(QG3); the unnamed armed-group leaders Ghaani met, the meeting with Sudani that did not take place (QG4);
Pezeshkian's planned meeting with Nechirvan Barzani in Erbil, Raisi's death in a helicopter crash (QG5);
the message Sudani is said to have carried, Fuad Hussein's postponed meeting with Faisal bin Farhan, the
Iran-Saudi talks hosted by Baghdad (no named participants) (QG6).
Judgement calls: "بحث ... مع نظيره الإيراني، في مقر الوزارة" is a meeting of Fuad Hussein and Araghchi
(QG1); an ambassador "بحضور" is paired with both principals (QG1, as the brief's convention); "CENTCOM forces
... killing" gives the victim -> organization:us-central-command (QG2, as "the IDF killed"), "U.S. forces
killed" -> country:united-states (QG2); "بغارة جوية أمريكية" -> country:united-states (QG3); Soleimani,
killed "برفقة" al-Muhandis in the same strike, is -> country:united-states too (QG3); "خلف أبو مهدي المهندس
في رئاسة أركان الحشد" is a succession (QG3); "held a meeting with Hadi al-Amiri ... and Qais al-Khazali, at
the residence of al-Amiri" is one meeting of the three (QG4); "a US drone strike ordered by ... Trump" gives
Soleimani -> the United States and -> Trump (QG4); the two attendees of the Sudani-Pezeshkian talks
(Araghchi, Fuad Hussein) are paired with both principals and with each other (they sat in the same talks)
(QG5); "على رأس وفد ... يضم وزير الخارجية عباس عراقجي" makes Araghchi a member met by the host, already
paired (QG5); Romanowski "in attendance" is paired with Blinken and Sudani (QG6); a prime minister or
president LEADS the country, a foreign minister LEADS his ministry where it has an id; a PMF chief of staff is
MEMBER_OF the PMF, its chairman LEADS it.
Filled in for the exercise: Al-e Sadegh's presence, Pezeshkian's phone call, the wording of the statements
(QG1); the naming of al-Saadi in the release, Kurilla's wording (QG2); the guards' number, Fayyadh's and
Abu Fadak's presence at the funeral, the called-off meeting (QG3); the meeting with Amiri and Khazali at
Amiri's home, the meeting with Sudani that did not take place (QG4); the attendance of the talks, the
number of memoranda, the Erbil meeting planned (QG5); Romanowski's attendance, the message, the postponed
Riyadh trip (QG6).
Spellings: "عباس عراقجي", "محمد كاظم آل صادق" (QG1); "Kata'ib Hezbollah", "Wissam Muhammad Sabir
al-Saadi", "Mushtaq Jawad Kazim al-Jawari, also known as Abu Taqwa" (QG2); "وسام محمد صابر الساعدي",
"عبد العزيز المحمداوي «أبو فدك»", "أبو حسين الحميداوي" (QG3); "Esmail Ghaani", "Qassem Soleimani" (QG4);
"مسعود بزشكيان", "عبد اللطيف جمال رشيد", "نيجيرفان بارزاني" (QG5); "Ayatollah Ali Khamenei" (QG6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qh import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
BAGHDAD = "location:baghdad"
IQFM, IRFM, PMF, KH, NUJABA, QUDS, CENTCOM, DOD, BADR, AAH, STATE = (
    "organization:iraqi-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
    "organization:quds-force", "organization:us-central-command", "organization:us-department-of-defense",
    "organization:badr-organization", "organization:asaib-ahl-al-haq", "organization:us-state-department")
SUDANI, FUAD, RASHID, FAYYADH, FADAK, MUHANDIS, SAADI, TAQWA, HAMIDAWI, KAABI, AMIRI, KHAZALI = (
    "person:mohammed-shia-al-sudani", "person:fuad-hussein", "person:abdul-latif-rashid", "person:falih-al-fayyadh",
    "person:abdulaziz-al-mohammedawi", "person:abu-mahdi-al-muhandis", "person:abu-baqir-al-saadi",
    "person:mushtaq-taleb-al-saidi", "person:ahmad-al-hamidawi", "person:akram-al-kaabi", "person:hadi-al-amiri",
    "person:qais-al-khazali")
QAANI, SOLEIMANI, KHAMENEI, RAISI, PEZESHKIAN, ARAGHCHI, SADEGH = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:ali-khamenei", "person:ebrahim-raisi",
    "person:masoud-pezeshkian", "person:abbas-araghchi", "person:mohammad-kazem-al-e-sadegh")
BLINKEN, AUSTIN, KURILLA, ROMANOWSKI, TRUMP = (
    "person:antony-blinken", "person:lloyd-austin", "person:michael-kurilla", "person:alina-romanowski",
    "person:donald-trump")

INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
CENTCOM_PR = "blind set (US military command press release, English, CENTCOM-like)"
SHAFAQ = "blind set (Iraqi news site, Arabic, Shafaq News-like)"
RUDAW = "blind set (Kurdish news site, English, Rudaw-like)"
TASNIM = "blind set (Iranian news agency, Arabic service, Tasnim-like)"
REUTERS = "blind set (news wire, English, Reuters-like)"

ARTICLES = [
    ("arQG1_sudani_araghchi_ina", "ar",
     "السوداني يستقبل وزير الخارجية الإيراني ويؤكد رفض توسيع رقعة الصراع في المنطقة\n"
     "بغداد - واع\n"
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأحد، وزير خارجية الجمهورية الإسلامية الإيرانية "
     "عباس عراقجي والوفد المرافق له، بحضور سفير طهران لدى بغداد محمد كاظم آل صادق.\n"
     "وذكر بيان للمكتب الإعلامي لرئيس الوزراء، تلقته وكالة الأنباء العراقية (واع)، أن \"اللقاء شهد بحث "
     "العلاقات الثنائية بين البلدين، وتطورات الأوضاع في المنطقة، والعدوان المستمر على غزة ولبنان\".\n"
     "وأكد السوداني، بحسب البيان، \"موقف العراق الثابت الداعي إلى وقف العدوان ومنع اتساع رقعة الصراع\"، فيما "
     "نقل عراقجي تحيات الرئيس الإيراني مسعود بزشكيان إلى رئيس الوزراء.\n"
     "من جهته، بحث نائب رئيس مجلس الوزراء وزير الخارجية فؤاد حسين مع نظيره الإيراني، في مقر الوزارة، "
     "آليات التنسيق المشترك، وعقد الوزيران مؤتمراً صحفياً مشتركاً عقب المباحثات.\n"
     "وكان السوداني قد تلقى، مساء السبت، اتصالاً هاتفياً من الرئيس بزشكيان، جرى خلاله بحث مستجدات الأوضاع "
     "في لبنان.\n"
     "ومن المقرر أن يتوجه عراقجي إلى مسقط، في ختام جولة إقليمية شملت الرياض والدوحة.",
     [("MET_WITH", SUDANI, ARAGHCHI, "عباس عراقجي والوفد المرافق له", "2024-10-13"),
      ("MET_WITH", SADEGH, SUDANI, "بحضور سفير طهران لدى بغداد", "2024-10-13"),
      ("MET_WITH", SADEGH, ARAGHCHI, "محمد كاظم آل صادق", "2024-10-13"),
      ("MET_WITH", FUAD, ARAGHCHI, "مع نظيره الإيراني، في مقر الوزارة", "2024-10-13"),
      ("LEADS", SUDANI, IRAQ, "استقبل رئيس مجلس الوزراء محمد شياع السوداني"),
      ("LEADS", ARAGHCHI, IRFM, "وزير خارجية الجمهورية الإسلامية الإيرانية"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس الإيراني مسعود بزشكيان"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية فؤاد حسين"),
      ],
     {"source": INA, "published": "2024-10-13"}),

    ("enQG2_centcom_strike_saadi_release", "en",
     "U.S. Central Command Strike Kills Kata'ib Hezbollah Commander in Baghdad\n"
     "TAMPA, Fla. - At 9:30 p.m. (Iraq time) Feb. 7, U.S. Central Command forces conducted a unilateral strike "
     "in Iraq in response to the attacks on U.S. service members, killing Wissam Muhammad Sabir al-Saadi, a "
     "Kata'ib Hezbollah commander responsible for directly planning and participating in attacks on U.S. forces "
     "in the region.\n"
     "There are no indications of collateral damage or civilian casualties at this time.\n"
     "The strike follows the Jan. 28 one-way drone attack on Tower 22 in Jordan, which killed three U.S. "
     "soldiers and which the Department of Defense has attributed to Iran-backed militia groups.\n"
     "On Jan. 4, U.S. forces killed Mushtaq Jawad Kazim al-Jawari, also known as Abu Taqwa, a Harakat "
     "al-Nujaba leader who was actively involved in planning and carrying out attacks against American "
     "personnel.\n"
     "\"The United States will not hesitate to hold responsible all those who threaten our forces' safety,\" "
     "said Gen. Michael Erik Kurilla, commander of U.S. Central Command. \"We will not tolerate continued "
     "attacks on our service members.\"\n"
     "Secretary of Defense Lloyd J. Austin III has said that the President directed additional actions to "
     "hold the Islamic Revolutionary Guard Corps and affiliated militias responsible.",
     [("ASSASSINATED_BY", SAADI, CENTCOM, "U.S. Central Command forces conducted a unilateral strike", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "a Kata'ib Hezbollah commander responsible"),
      ("ASSASSINATED_BY", TAQWA, US, "U.S. forces killed Mushtaq Jawad Kazim al-Jawari", "2024-01-04"),
      ("MEMBER_OF", TAQWA, NUJABA, "a Harakat al-Nujaba leader"),
      ("LEADS", KURILLA, CENTCOM, "Gen. Michael Erik Kurilla, commander of U.S. Central Command"),
      ("LEADS", AUSTIN, DOD, "Secretary of Defense Lloyd J. Austin III"),
      ],
     {"source": CENTCOM_PR, "published": "2024-02-07"}),

    ("arQG3_saadi_funeral_shafaq", "ar",
     "بمشاركة الفياض.. بغداد تشيّع القيادي في الكتائب \"أبو باقر الساعدي\"\n"
     "شفق نيوز/ شيّع الآلاف في العاصمة بغداد، يوم الخميس، جثمان القيادي في كتائب حزب الله وسام محمد صابر "
     "الساعدي المعروف بـ\"أبو باقر الساعدي\"، الذي قُتل مع اثنين من مرافقيه بغارة جوية أمريكية استهدفت سيارته "
     "في منطقة المشتل شرقي العاصمة مساء الأربعاء.\n"
     "وشارك في التشييع رئيس هيئة الحشد الشعبي فالح الفياض ورئيس أركان الحشد عبد العزيز المحمداوي \"أبو فدك\"، "
     "إلى جانب قيادات في الفصائل، وسط هتافات تطالب بإخراج القوات الأمريكية.\n"
     "والمحمداوي خلف أبو مهدي المهندس في رئاسة أركان الحشد، بعد مقتله بضربة أمريكية قرب مطار بغداد مطلع عام "
     "2020 برفقة قائد فيلق القدس الإيراني قاسم سليماني.\n"
     "من جهته، قال الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول إن \"قوات التحالف الدولي أقدمت على "
     "عملية اغتيال واضحة بضربة جوية وسط حي سكني\"، معتبراً أنها \"تهديد للسلم الأهلي\".\n"
     "وكانت الكتائب قد أعلنت أواخر الشهر الماضي تعليق عملياتها العسكرية ضد القوات الأمريكية \"منعاً لإحراج "
     "الحكومة\"، في بيان حمل توقيع أمينها العام أبو حسين الحميداوي.\n"
     "وأفادت مصادر لشفق نيوز بأن اجتماعاً كان مقرراً بين الفياض وقادة فصائل في مقر الهيئة مساء اليوم أُلغي "
     "لدواعٍ أمنية.",
     [("ASSASSINATED_BY", SAADI, US, "بغارة جوية أمريكية استهدفت سيارته", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "القيادي في كتائب حزب الله وسام"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح الفياض"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركان الحشد عبد العزيز المحمداوي"),
      ("SUCCESSOR_OF", FADAK, MUHANDIS, "والمحمداوي خلف أبو مهدي المهندس"),
      ("ASSASSINATED_BY", MUHANDIS, US, "بعد مقتله بضربة أمريكية قرب مطار بغداد", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "برفقة قائد فيلق القدس الإيراني", "2020-01-03"),
      ("LEADS", SOLEIMANI, QUDS, "قائد فيلق القدس الإيراني قاسم سليماني"),
      ("LEADS", HAMIDAWI, KH, "أمينها العام أبو حسين الحميداوي"),
      ],
     {"source": SHAFAQ, "published": "2024-02-08"}),

    ("enQG4_ghaani_baghdad_rudaw", "en",
     "Quds Force chief met Iraqi armed factions in Baghdad after Jordan attack: report\n"
     "ERBIL, Kurdistan Region - Esmail Ghaani, commander of the Islamic Revolutionary Guard Corps' (IRGC) Quds "
     "Force, travelled to Baghdad on January 29 and met with leaders of several Iraqi armed groups at Baghdad "
     "International Airport, urging them to halt attacks on American troops, Reuters reported on Saturday "
     "citing Iranian and Iraqi sources.\n"
     "The visit came a day after a drone attack on the Tower 22 outpost in northeastern Jordan killed three US "
     "service members, an attack Washington blamed on Iran-backed militias.\n"
     "Kataib Hezbollah announced the suspension of its operations against US forces the next day. Harakat "
     "al-Nujaba, led by Akram al-Kaabi, said it would keep up its attacks.\n"
     "According to one of the sources, Ghaani also held a meeting with Hadi al-Amiri, the head of the Badr "
     "Organization, and Qais al-Khazali, the leader of Asaib Ahl al-Haq, at al-Amiri's residence in Baghdad.\n"
     "A planned meeting between the Iranian general and Prime Minister Mohammed Shia al-Sudani did not take "
     "place, a source in the premier's office told Rudaw.\n"
     "Ghaani succeeded Qassem Soleimani at the head of the Quds Force after Soleimani was killed in a US drone "
     "strike ordered by then-President Donald Trump near Baghdad airport in January 2020.",
     met_group({QAANI: "Ghaani also held a meeting with", AMIRI: "meeting with Hadi al-Amiri",
                KHAZALI: "and Qais al-Khazali, the leader"}, "2024-01-29") + [
      ("LEADS", QAANI, QUDS, "Esmail Ghaani, commander of the Islamic"),
      ("LEADS", KAABI, NUJABA, "led by Akram al-Kaabi"),
      ("LEADS", AMIRI, BADR, "the head of the Badr"),
      ("LEADS", KHAZALI, AAH, "the leader of Asaib Ahl al-Haq"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "Ghaani succeeded Qassem Soleimani"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "killed in a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "ordered by then-President Donald Trump", "2020-01-03"),
      ],
     {"source": RUDAW, "published": "2024-02-03"}),

    ("arQG5_pezeshkian_baghdad_tasnim", "ar",
     "الرئيس بزشكيان في بغداد: العلاقات بين إيران والعراق لا تقارن بأي علاقة أخرى\n"
     "وكالة تسنيم الدولية للأنباء\n"
     "وصل رئيس الجمهورية الإسلامية الإيرانية الدكتور مسعود بزشكيان، صباح اليوم الأربعاء، إلى بغداد في أول "
     "زيارة خارجية له منذ توليه منصبه، على رأس وفد رفيع يضم وزير الخارجية عباس عراقجي وعدداً من الوزراء.\n"
     "وأقيمت للرئيس الإيراني مراسم استقبال رسمية في القصر الحكومي، حيث كان في استقباله رئيس الوزراء العراقي "
     "محمد شياع السوداني، وعقد الجانبان جلسة مباحثات موسعة بحضور عراقجي ووزير الخارجية العراقي فؤاد حسين، "
     "تلاها توقيع 14 مذكرة تفاهم في مختلف المجالات.\n"
     "كما التقى بزشكيان رئيس الجمهورية العراقية عبد اللطيف جمال رشيد في قصر بغداد، وبحث معه سبل تعزيز "
     "التعاون الاقتصادي والتجاري.\n"
     "وأكد الرئيس الإيراني في مؤتمر صحفي مشترك مع السوداني أن \"أمن العراق من أمن إيران\".\n"
     "ويتوجه بزشكيان غداً إلى أربيل للقاء رئيس إقليم كردستان نيجيرفان بارزاني، بعد زيارة مدينتي كربلاء "
     "والنجف.\n"
     "يُذكر أن بزشكيان تولى رئاسة الجمهورية خلفاً للرئيس الشهيد آية الله السيد إبراهيم رئيسي، الذي استشهد في "
     "حادث تحطم مروحية في أيار/مايو الماضي.",
     [("VISITED", PEZESHKIAN, BAGHDAD, "إلى بغداد في أول زيارة خارجية", "2024-09-11"),
      ("LEADS", PEZESHKIAN, IRAN, "وصل رئيس الجمهورية الإسلامية الإيرانية"),
      ("LEADS", ARAGHCHI, IRFM, "يضم وزير الخارجية عباس عراقجي"),
      ("MET_WITH", PEZESHKIAN, SUDANI, "حيث كان في استقباله رئيس الوزراء العراقي", "2024-09-11"),
      ("MET_WITH", ARAGHCHI, SUDANI, "بحضور عراقجي ووزير", "2024-09-11"),
      ("MET_WITH", ARAGHCHI, PEZESHKIAN, "جلسة مباحثات موسعة بحضور", "2024-09-11"),
      ("MET_WITH", FUAD, SUDANI, "ووزير الخارجية العراقي فؤاد حسين", "2024-09-11"),
      ("MET_WITH", FUAD, PEZESHKIAN, "وعقد الجانبان جلسة", "2024-09-11"),
      ("MET_WITH", FUAD, ARAGHCHI, "تلاها توقيع 14 مذكرة", "2024-09-11"),
      ("LEADS", SUDANI, IRAQ, "رئيس الوزراء العراقي محمد شياع"),
      ("LEADS", FUAD, IQFM, "الخارجية العراقي فؤاد حسين"),
      ("MET_WITH", PEZESHKIAN, RASHID, "كما التقى بزشكيان رئيس الجمهورية العراقية", "2024-09-11"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية العراقية عبد اللطيف"),
      ("SUCCESSOR_OF", PEZESHKIAN, RAISI, "خلفاً للرئيس الشهيد"),
      ],
     {"source": TASNIM, "published": "2024-09-11"}),

    ("enQG6_sudani_khamenei_reuters", "en",
     "Iraq's Sudani meets Khamenei in Tehran a day after Blinken visit\n"
     "BAGHDAD/DUBAI, Nov 6 (Reuters) - Iraqi Prime Minister Mohammed Shia al-Sudani met Iran's Supreme Leader "
     "Ayatollah Ali Khamenei in Tehran on Monday, Iranian state media reported, a day after U.S. Secretary of "
     "State Antony Blinken made an unannounced visit to Baghdad.\n"
     "Blinken, who met Sudani at the prime minister's office on Sunday with U.S. Ambassador Alina Romanowski in "
     "attendance, said he had made clear that attacks on U.S. personnel by Iran-aligned militias were "
     "\"totally unacceptable\".\n"
     "Sudani also held talks with President Ebrahim Raisi, Iran's presidency said in a statement.\n"
     "The Iraqi leader has sought to position Baghdad as a go-between for Tehran and Washington, officials in "
     "his office have said. Two Iraqi officials said Sudani carried a message from Blinken to the Iranian "
     "leadership, which Tehran's foreign ministry spokesman declined to confirm.\n"
     "Baghdad hosted five rounds of talks between Iran and Saudi Arabia before the two regional rivals restored "
     "ties in a China-brokered deal in March.\n"
     "Foreign Minister Fuad Hussein was due to meet his Saudi counterpart, Prince Faisal bin Farhan, in Riyadh "
     "later this week, but the trip was postponed, a ministry official said.\n"
     "(Reporting by Timour Azhari in Baghdad and Parisa Hafezi in Dubai; Editing by Toby Chopra)",
     [("MET_WITH", SUDANI, KHAMENEI, "met Iran's Supreme Leader", "2023-11-06"),
      ("LEADS", SUDANI, IRAQ, "Iraqi Prime Minister Mohammed Shia al-Sudani met"),
      ("LEADS", KHAMENEI, IRAN, "Iran's Supreme Leader"),
      ("LEADS", BLINKEN, STATE, "U.S. Secretary of State Antony Blinken"),
      ("VISITED", BLINKEN, BAGHDAD, "unannounced visit to Baghdad", "2023-11-05"),
      ("MET_WITH", BLINKEN, SUDANI, "Blinken, who met Sudani at the prime minister's office", "2023-11-05"),
      ("MET_WITH", ROMANOWSKI, BLINKEN, "U.S. Ambassador Alina Romanowski in", "2023-11-05"),
      ("MET_WITH", ROMANOWSKI, SUDANI, "Romanowski in attendance", "2023-11-05"),
      ("MET_WITH", SUDANI, RAISI, "Sudani also held talks with President Ebrahim Raisi", "2023-11-06"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi, Iran's presidency"),
      ],
     {"source": REUTERS, "published": "2023-11-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQG")
