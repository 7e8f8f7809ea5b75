"""Blind set IZ: Iraq 2020-2021 as the Iraq desk of an Arabic Gulf-owned pan-Arab daily writes it
(Asharq Al-Awsat-like: "بغداد: «الشرق الأوسط»" bylines, guillemets around every faction and party,
"أمس", long sentences with "في حين" and "في غضون ذلك", Gregorian months glossed; its English edition
with "Baghdad - Asharq Al-Awsat" datelines and analysts quoted at the end): al-Kadhimi's first trip
abroad, to Tehran, with Rouhani and Khamenei, July 2020 (Arabic); Trump receives al-Kadhimi at the
White House, August 2020 (English); Qaani in Baghdad after the drone attack on al-Kadhimi's house,
November 2021 (Arabic); Biden and al-Kadhimi end the US combat mission, July 2021 (English); the Quds
Force and the factions a year after Soleimani, February 2021 (Arabic analysis); al-Kadhimi in Tehran
with Raisi, September 2021 (English).
Excluded on purpose: the postponed Riyadh visit and Khamenei's threat of a "reciprocal blow"; a
meeting with Biden's campaign that was not on the agenda and Kataib Hezbollah's statement; the drone
attack no group claimed, Kataib Hezbollah's denial, Biden's and Sadr's phone calls; an Ain al-Asad
attack no group claimed and a meeting with Austin only scheduled; an Erbil victim not named and
Hezbollah's Kawtharani with no meeting stated; a meeting with Khamenei not reported and an envoy's
visit not confirmed.
Spellings: Qassem Suleimani, Hossein Amirabdollahian, «أبو فدك», خليفة سليماني (title for the name),
الأميركي/الأميركية (the paper's spelling).
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

IRAN, IRAQ, USA, SAUDI = "country:iran", "country:iraq", "country:united-states", "country:saudi-arabia"
QF, IRGC, PMF, KH, AAH, FATAH, CF, HEZ, SAD = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq", "organization:fatah-alliance",
    "organization:coordination-framework", "organization:hezbollah", "organization:saraya-awliya-al-dam")
IQG, IQFM, IQPLAN, IQOIL, IRFM, STATE, DOE, WH, DOD = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iraqi-planning-ministry",
    "organization:iraqi-oil-ministry", "organization:iranian-foreign-ministry", "organization:us-state-department",
    "organization:us-department-of-energy", "organization:white-house", "organization:us-department-of-defense")
CARNEGIE, BROOK, WINEP, LSE, ASHARQ = (
    "organization:carnegie-middle-east-center", "organization:brookings-institution",
    "organization:washington-institute", "organization:london-school-of-economics", "outlet:asharq-al-awsat")
BAGHDAD, TEHRAN, SAADABAD, ERBILAP, ALBUKAMAL = ("location:baghdad", "location:tehran", "location:saadabad-palace",
                                                 "location:erbil-airport", "location:albukamal")
QAANI, SOL, MUH, FADAK, HEJAZI, KAWTHARANI, ASKARI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
    "person:abdul-aziz-al-muhammadawi", "person:mohammad-hejazi", "person:mohammad-kawtharani",
    "person:abu-ali-al-askari")
KAD, ADIL, FUAD, IHSAN, AMIRI, KHAZALI, MALIKI, RASOOL = (
    "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:fuad-hussein", "person:ihsan-abdul-jabbar",
    "person:hadi-al-amiri", "person:qais-al-khazali", "person:nouri-al-maliki", "person:yahya-rasool")
ROUHANI, KHAMENEI, RAISI, AMIRABD, ZARIF, SALMAN = (
    "person:hassan-rouhani", "person:ali-khamenei", "person:ebrahim-raisi", "person:hossein-amir-abdollahian",
    "person:mohammad-javad-zarif", "person:salman-bin-abdulaziz")
TRUMP, POMPEO, BIDEN, BLINKEN, MCGURK, AUSTIN = (
    "person:donald-trump", "person:mike-pompeo", "person:joe-biden", "person:antony-blinken", "person:brett-mcgurk",
    "person:lloyd-austin")
# new to the tables
NAJM, BROUILLETTE, HARITH, RANJ, SMYTH, DODGE = (
    "person:khalid-battal-al-najm", "person:dan-brouillette", "person:harith-hasan", "person:ranj-alaaldin",
    "person:phillip-smyth", "person:toby-dodge")

ARTICLES = [
    ("arIZ1_kadhimi_first_trip_tehran", "ar",
     "الكاظمي في طهران بعد تأجيل محطة الرياض... وخامنئي يتعهد بـ«ضربة مقابلة» للأميركيين\n"
     "طهران - بغداد: «الشرق الأوسط»\n"
     "بدأ رئيس الوزراء العراقي مصطفى الكاظمي، أمس، زيارة رسمية إلى طهران هي الأولى له إلى الخارج منذ "
     "تسلمه منصبه في مايو (أيار) الماضي خلفاً لعادل عبد المهدي، بعد أن أُرجئت زيارة كانت مقررة إلى "
     "الرياض إثر دخول العاهل السعودي الملك سلمان بن عبد العزيز المستشفى.\n"
     "واستقبل الرئيس الإيراني حسن روحاني ضيفه في قصر سعد آباد، حيث عقد الجانبان جلسة مباحثات موسعة "
     "حضرها عن الجانب العراقي وزير الخارجية فؤاد حسين ووزير التخطيط خالد بتال النجم، قبل أن يلتقي "
     "الكاظمي المرشد الإيراني علي خامنئي.\n"
     "ونقل الموقع الرسمي للمرشد عن خامنئي قوله إن إيران «لن تنسى أبداً» مقتل قائد «فيلق القدس» قاسم "
     "سليماني، «وستوجه الضربة المقابلة للأميركيين»، في إشارة إلى الغارة الأميركية التي قتلت سليماني "
     "ونائب رئيس هيئة «الحشد الشعبي» أبو مهدي المهندس قرب مطار بغداد في يناير (كانون الثاني).\n"
     "وقال مصدر في الوفد العراقي إن الكاظمي سعى إلى «إبعاد العراق عن ساحة تصفية الحسابات»، في حين "
     "تركزت المباحثات الاقتصادية على ديون الغاز والكهرباء المستحقة لطهران.",
     [("LEADS", KAD, IQG, "رئيس الوزراء العراقي مصطفى الكاظمي"),
      ("SUCCESSOR_OF", KAD, ADIL, "خلفاً لعادل عبد المهدي", "2020-05"),
      ("VISITED", KAD, TEHRAN, "زيارة رسمية إلى طهران", "2020-07-21"),
      ("LEADS", SALMAN, SAUDI, "العاهل السعودي الملك سلمان"),
      ("MET_WITH", ROUHANI, KAD, "واستقبل الرئيس الإيراني حسن روحاني ضيفه", "2020-07-21"),
      ("LEADS", ROUHANI, IRAN, "الرئيس الإيراني حسن روحاني"),
      ("VISITED", KAD, SAADABAD, "ضيفه في قصر سعد آباد", "2020-07-21"),
      ("MET_WITH", FUAD, ROUHANI, "جلسة مباحثات موسعة حضرها", "2020-07-21"),
      ("MET_WITH", FUAD, KAD, "جلسة مباحثات موسعة حضرها", "2020-07-21"),
      ("MET_WITH", NAJM, ROUHANI, "جلسة مباحثات موسعة حضرها", "2020-07-21"),
      ("MET_WITH", NAJM, KAD, "جلسة مباحثات موسعة حضرها", "2020-07-21"),
      ("MET_WITH", FUAD, NAJM, "جلسة مباحثات موسعة حضرها", "2020-07-21"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية فؤاد حسين"),
      ("LEADS", NAJM, IQPLAN, "ووزير التخطيط خالد"),
      ("MET_WITH", KAD, KHAMENEI, "قبل أن يلتقي الكاظمي المرشد", "2020-07-21"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الإيراني علي خامنئي"),
      ("LEADS", SOL, QF, "قائد «فيلق القدس» قاسم"),
      ("ASSASSINATED_BY", SOL, USA, "الغارة الأميركية التي قتلت سليماني", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "الغارة الأميركية التي قتلت سليماني", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس هيئة «الحشد الشعبي» أبو مهدي"),
      ],
     {"source": "blind set (pan-Arab daily's Iraq desk, Arabic)", "published": "2020-07-22"}),

    ("enIZ2_trump_hosts_kadhimi", "en",
     "Trump hosts Kadhimi, says US troops will be 'leaving' Iraq\n"
     "Washington - Asharq Al-Awsat\n"
     "US President Donald Trump received Iraqi Prime Minister Mustafa al-Kadhimi at the White House on "
     "Thursday, the first visit by an Iraqi premier since Trump ordered the January drone strike that killed "
     "Iranian commander Qassem Suleimani and Iraqi militia leader Abu Mahdi al-Muhandis near Baghdad airport.\n"
     "Secretary of State Mike Pompeo attended the Oval Office meeting, a day after holding talks with Iraqi "
     "Foreign Minister Fuad Hussein at the State Department in a new round of the strategic dialogue.\n"
     "Trump told reporters that Washington had \"very few soldiers\" left in Iraq and would be leaving, "
     "without giving a timetable.\n"
     "On the sidelines of the visit, Energy Secretary Dan Brouillette met Iraqi Oil Minister Ihsan Abdul "
     "Jabbar, and the two attended the signing of agreements with US companies including Chevron that "
     "Iraqi officials valued at up to $8 billion.\n"
     "An Iraqi official said a meeting with Democratic candidate Joe Biden's campaign was not on the "
     "agenda.\n"
     "In Baghdad, Kataib Hezbollah, which Washington blames for rocket attacks on its forces, said the "
     "visit \"gives the occupation a cover\".",
     [("LEADS", TRUMP, USA, "US President Donald Trump"),
      ("MET_WITH", TRUMP, KAD, "received Iraqi Prime Minister Mustafa al-Kadhimi at the White House",
       "2020-08-20"),
      ("LEADS", KAD, IQG, "Iraqi Prime Minister Mustafa al-Kadhimi"),
      ("ASSASSINATED_BY", SOL, TRUMP, "Trump ordered the January drone strike that killed", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "Trump ordered the January drone strike that killed", "2020-01-03"),
      ("MET_WITH", POMPEO, TRUMP, "Pompeo attended the Oval Office meeting", "2020-08-20"),
      ("MET_WITH", POMPEO, KAD, "Pompeo attended the Oval Office meeting", "2020-08-20"),
      ("LEADS", POMPEO, STATE, "Secretary of State Mike Pompeo"),
      ("MET_WITH", POMPEO, FUAD, "holding talks with Iraqi Foreign Minister Fuad Hussein", "2020-08-19"),
      ("LEADS", FUAD, IQFM, "Iraqi Foreign Minister Fuad Hussein"),
      ("MET_WITH", BROUILLETTE, IHSAN, "Energy Secretary Dan Brouillette met Iraqi Oil Minister", "2020-08-20"),
      ("LEADS", BROUILLETTE, DOE, "Energy Secretary Dan Brouillette"),
      ("LEADS", IHSAN, IQOIL, "Iraqi Oil Minister Ihsan Abdul"),
      ],
     {"source": "blind set (pan-Arab daily's English edition, English)", "published": "2020-08-21"}),

    ("arIZ3_qaani_after_drone_attack", "ar",
     "بعد محاولة اغتيال الكاظمي... قاآني في بغداد لتطويق التصعيد\n"
     "بغداد: «الشرق الأوسط»\n"
     "وصل قائد «فيلق القدس» في «الحرس الثوري» الإيراني إسماعيل قاآني إلى بغداد، أمس، غداة استهداف منزل "
     "رئيس الوزراء مصطفى الكاظمي في المنطقة الخضراء بطائرات مسيّرة مفخخة، في هجوم لم تتبنّه أي جهة حتى "
     "الآن.\n"
     "والتقى قاآني الكاظمي في مقر إقامته، ثم عقد اجتماعاً مشتركاً مع قادة في «الإطار التنسيقي»، بينهم "
     "زعيم تحالف «الفتح» هادي العامري والأمين العام لـ«عصائب أهل الحق» قيس الخزعلي، وفق مصادر سياسية.\n"
     "وكان الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول قد أعلن إسقاط مسيّرتين من أصل ثلاث، "
     "في حين نفى المسؤول الأمني لـ«كتائب حزب الله» أبو علي العسكري أي صلة للفصائل بالهجوم.\n"
     "وتلقى الكاظمي اتصالين هاتفيين من الرئيس الأميركي جو بايدن وزعيم «التيار الصدري» مقتدى الصدر.\n"
     "وقاآني هو خليفة قاسم سليماني الذي قُتل بضربة أميركية قرب مطار بغداد مطلع 2020.\n"
     "ويقول الباحث في مركز «كارنيغي» للشرق الأوسط حارث حسن لـ«الشرق الأوسط» إن الزيارة «تكشف أن طهران "
     "تريد إبقاء الخلاف على نتائج الانتخابات تحت سقف السياسة».",
     [("LEADS", QAANI, QF, "قائد «فيلق القدس» في «الحرس الثوري» الإيراني إسماعيل"),
      ("PART_OF", QF, IRGC, "«فيلق القدس» في «الحرس الثوري» الإيراني"),
      ("VISITED", QAANI, BAGHDAD, "إسماعيل قاآني إلى بغداد، أمس", "2021-11-08"),
      ("LEADS", KAD, IQG, "رئيس الوزراء مصطفى الكاظمي في المنطقة"),
      ("MET_WITH", QAANI, KAD, "والتقى قاآني الكاظمي في مقر إقامته", "2021-11-08"),
      ("MET_WITH", QAANI, CF, "ثم عقد اجتماعاً مشتركاً مع قادة", "2021-11-08"),
      ("MET_WITH", QAANI, AMIRI, "ثم عقد اجتماعاً مشتركاً مع قادة", "2021-11-08"),
      ("MET_WITH", QAANI, KHAZALI, "ثم عقد اجتماعاً مشتركاً مع قادة", "2021-11-08"),
      ("MET_WITH", AMIRI, KHAZALI, "ثم عقد اجتماعاً مشتركاً مع قادة", "2021-11-08"),
      ("LEADS", AMIRI, FATAH, "زعيم تحالف «الفتح» هادي"),
      ("LEADS", KHAZALI, AAH, "والأمين العام لـ«عصائب أهل الحق» قيس"),
      ("MEMBER_OF", RASOOL, "organization:iraqi-armed-forces", "الناطق باسم القائد العام للقوات المسلحة"),
      ("MEMBER_OF", ASKARI, KH, "المسؤول الأمني لـ«كتائب حزب الله» أبو علي"),
      ("LEADS", BIDEN, USA, "الرئيس الأميركي جو بايدن"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "وزعيم «التيار الصدري» مقتدى"),
      ("SUCCESSOR_OF", QAANI, SOL, "وقاآني هو خليفة قاسم سليماني", "2020-01"),
      ("ASSASSINATED_BY", SOL, USA, "الذي قُتل بضربة أميركية قرب مطار بغداد", "2020-01-03"),
      ("MEMBER_OF", HARITH, CARNEGIE, "الباحث في مركز «كارنيغي» للشرق الأوسط حارث"),
      ("REPORTED_BY", HARITH, ASHARQ, "حارث حسن لـ«الشرق الأوسط»"),
      ],
     {"source": "blind set (pan-Arab daily's Iraq desk, Arabic)", "published": "2021-11-09"}),

    ("enIZ4_biden_kadhimi_end_combat_mission", "en",
     "Biden, Kadhimi agree to end US combat mission in Iraq by year's end\n"
     "Washington - Asharq Al-Awsat\n"
     "US President Joe Biden and Iraqi Prime Minister Mustafa al-Kadhimi agreed on Monday that the US combat "
     "mission in Iraq will end by the close of 2021, with the troops who remain shifting to training.\n"
     "\"Our role in Iraq will be to be available, to continue to train, to assist, to help and to deal with "
     "ISIS,\" Biden told reporters as he received al-Kadhimi in the Oval Office. Brett McGurk, the White "
     "House coordinator for the Middle East, attended the meeting.\n"
     "The announcement followed a round of the strategic dialogue that Secretary of State Antony Blinken "
     "held with Iraqi Foreign Minister Fuad Hussein at the State Department on Friday.\n"
     "Iran-backed factions, including Kataib Hezbollah, have stepped up attacks on bases hosting US troops. "
     "No group claimed the latest, on Ain al-Asad on July 7.\n"
     "The visit came 18 months after Biden's predecessor, Donald Trump, ordered the drone strike that killed "
     "Iranian commander Qassem Soleimani near Baghdad airport.\n"
     "\"The deal gives al-Kadhimi something to show the factions before the October elections,\" said Ranj "
     "Alaaldin, a fellow at the Brookings Institution.\n"
     "Al-Kadhimi is scheduled to meet Defense Secretary Lloyd Austin later in the week.",
     [("LEADS", BIDEN, USA, "US President Joe Biden"),
      ("LEADS", KAD, IQG, "Iraqi Prime Minister Mustafa al-Kadhimi"),
      ("MET_WITH", BIDEN, KAD, "as he received al-Kadhimi in the Oval Office", "2021-07-26"),
      ("MET_WITH", MCGURK, BIDEN, "attended the meeting", "2021-07-26"),
      ("MET_WITH", MCGURK, KAD, "attended the meeting", "2021-07-26"),
      ("MEMBER_OF", MCGURK, WH, "the White House coordinator for the Middle East"),
      ("MET_WITH", BLINKEN, FUAD, "that Secretary of State Antony Blinken held with Iraqi Foreign Minister",
       "2021-07-23"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken"),
      ("LEADS", FUAD, IQFM, "Iraqi Foreign Minister Fuad Hussein"),
      ("SUPPORTS", IRAN, KH, "Iran-backed factions, including Kataib Hezbollah"),
      ("SUCCESSOR_OF", BIDEN, TRUMP, "Biden's predecessor, Donald Trump", "2021-01"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered the drone strike that killed", "2020-01-03"),
      ("MEMBER_OF", RANJ, BROOK, "a fellow at the Brookings Institution"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin"),
      ],
     {"source": "blind set (pan-Arab daily's English edition, English)", "published": "2021-07-27"}),

    ("arIZ5_quds_force_a_year_after", "ar",
     "بعد عام على غياب سليماني... «فيلق القدس» يدير الفصائل العراقية بأدوات مختلفة\n"
     "بغداد: «الشرق الأوسط»\n"
     "بعد أكثر من عام على مقتل قائد «فيلق القدس» قاسم سليماني ونائب رئيس هيئة «الحشد الشعبي» أبو مهدي "
     "المهندس بضربة أميركية قرب مطار بغداد، تبدو قبضة طهران على الفصائل العراقية أقل إحكاماً.\n"
     "فخليفة سليماني، إسماعيل قاآني، الذي لا يجيد العربية، زار بغداد مرات عدة، والتقى في زيارته الأولى في "
     "مارس (آذار) الماضي زعيم «الفتح» هادي العامري ورئيس الوزراء الأسبق نوري المالكي كلاً على حدة.\n"
     "ويقول مسؤول عراقي إن قاآني يعتمد على نائبه محمد حجازي، الذي خلفه في منصب نائب قائد الفيلق، وعلى "
     "مسؤول الملف العراقي في «حزب الله» اللبناني محمد كوثراني.\n"
     "وفي «الحشد»، حلّ عبد العزيز المحمداوي «أبو فدك» محل المهندس رئيساً لأركان الهيئة في فبراير (شباط) "
     "2020.\n"
     "وتتبنى جماعات جديدة مثل «سرايا أولياء الدم» الهجمات الصاروخية، وآخرها الهجوم على مطار أربيل الدولي في "
     "15 فبراير، الذي قُتل فيه متعاقد مدني أجنبي، فيما ردت واشنطن في 25 فبراير بضربة في البوكمال السورية.\n"
     "ويرى فيليب سميث، الباحث في معهد واشنطن، أن «الأسماء الجديدة واجهات لفصائل قديمة».",
     [("LEADS", SOL, QF, "قائد «فيلق القدس» قاسم"),
      ("ASSASSINATED_BY", SOL, USA, "المهندس بضربة أميركية قرب مطار بغداد", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "المهندس بضربة أميركية قرب مطار بغداد", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس هيئة «الحشد الشعبي» أبو مهدي"),
      ("SUCCESSOR_OF", QAANI, SOL, "فخليفة سليماني، إسماعيل قاآني", "2020-01"),
      ("VISITED", QAANI, BAGHDAD, "زار بغداد مرات عدة"),
      ("MET_WITH", QAANI, AMIRI, "والتقى في زيارته الأولى", "2020-03"),
      ("MET_WITH", QAANI, MALIKI, "والتقى في زيارته الأولى", "2020-03"),
      ("LEADS", AMIRI, FATAH, "زعيم «الفتح» هادي"),
      ("LEADS", MALIKI, IQG, "رئيس الوزراء الأسبق نوري"),
      ("MEMBER_OF", HEJAZI, QF, "يعتمد على نائبه محمد حجازي"),
      ("SUCCESSOR_OF", HEJAZI, QAANI, "الذي خلفه في منصب نائب قائد الفيلق", "2020-01"),
      ("MEMBER_OF", KAWTHARANI, HEZ, "مسؤول الملف العراقي في «حزب الله» اللبناني محمد"),
      ("SUCCESSOR_OF", FADAK, MUH, "محل المهندس رئيساً لأركان الهيئة", "2020-02"),
      ("MEMBER_OF", FADAK, PMF, "محل المهندس رئيساً لأركان الهيئة"),
      ("ATTACKED", SAD, ERBILAP, "وآخرها الهجوم على مطار أربيل الدولي", "2021-02-15"),
      ("ATTACKED", USA, ALBUKAMAL, "ردت واشنطن في 25 فبراير بضربة في البوكمال", "2021-02-25"),
      ("MEMBER_OF", SMYTH, WINEP, "الباحث في معهد واشنطن"),
      ],
     {"source": "blind set (pan-Arab daily's Iraq desk, Arabic analysis)", "published": "2021-03-01"}),

    ("enIZ6_kadhimi_raisi_tehran", "en",
     "Kadhimi in Tehran for first talks with Raisi\n"
     "Tehran - Asharq Al-Awsat\n"
     "Iraqi Prime Minister Mustafa al-Kadhimi held talks in Tehran on Sunday with President Ebrahim Raisi, "
     "who succeeded Hassan Rouhani last month.\n"
     "Raisi welcomed al-Kadhimi at the Saadabad palace, and the two then held a session attended by Iran's "
     "new Foreign Minister Hossein Amirabdollahian and Iraqi Foreign Minister Fuad Hussein.\n"
     "Amirabdollahian, who took over from Mohammad Javad Zarif in late August, was in Baghdad two weeks ago "
     "for the regional conference hosted by al-Kadhimi.\n"
     "The talks covered Iraq's gas and electricity debts to Iran, the Shalamcheh-Basra railway and the "
     "arrangements for Iranian pilgrims during Arbaeen, Iraqi officials said.\n"
     "Iranian media did not report a meeting with Supreme Leader Ali Khamenei. An Iraqi official said a "
     "visit to Baghdad by the Quds Force commander, Esmail Qaani, ahead of the trip \"cannot be confirmed\".\n"
     "\"Al-Kadhimi wants Tehran's blessing for a second term without looking like he asked for it,\" said "
     "Toby Dodge, a professor at the London School of Economics.",
     [("LEADS", KAD, IQG, "Iraqi Prime Minister Mustafa al-Kadhimi"),
      ("MET_WITH", KAD, RAISI, "held talks in Tehran on Sunday with President Ebrahim Raisi", "2021-09-12"),
      ("VISITED", KAD, TEHRAN, "held talks in Tehran on Sunday", "2021-09-12"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi"),
      ("SUCCESSOR_OF", RAISI, ROUHANI, "who succeeded Hassan Rouhani last month", "2021-08"),
      ("VISITED", KAD, SAADABAD, "Raisi welcomed al-Kadhimi at the Saadabad palace", "2021-09-12"),
      ("MET_WITH", AMIRABD, KAD, "held a session attended by", "2021-09-12"),
      ("MET_WITH", AMIRABD, RAISI, "held a session attended by", "2021-09-12"),
      ("MET_WITH", FUAD, KAD, "held a session attended by", "2021-09-12"),
      ("MET_WITH", FUAD, RAISI, "held a session attended by", "2021-09-12"),
      ("MET_WITH", AMIRABD, FUAD, "held a session attended by", "2021-09-12"),
      ("LEADS", AMIRABD, IRFM, "new Foreign Minister Hossein Amirabdollahian"),
      ("LEADS", FUAD, IQFM, "Iraqi Foreign Minister Fuad Hussein"),
      ("SUCCESSOR_OF", AMIRABD, ZARIF, "who took over from Mohammad Javad Zarif", "2021-08"),
      ("VISITED", AMIRABD, BAGHDAD, "was in Baghdad two weeks ago", "2021-08-28"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ali Khamenei"),
      ("LEADS", QAANI, QF, "the Quds Force commander, Esmail Qaani"),
      ("MEMBER_OF", DODGE, LSE, "a professor at the London School of Economics"),
      ],
     {"source": "blind set (pan-Arab daily's English edition, English)", "published": "2021-09-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIZ")
