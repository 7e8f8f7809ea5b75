"""Blind set IO: Iraq, Iran and the "axis" 2020-2023 as an Iranian state broadcaster's Arabic and
English websites write it (Al-Alam / Press TV-like): the first anniversary of the airport strike in
Baghdad and an Iranian parliamentary delegation, Jan 2021 (Arabic); Fallahzadeh named deputy of the
Quds Force after Hejazi's death, April 2021 (English); the fifth Saudi-Iranian round in Baghdad,
April 2022 (Arabic); the Leader receives al-Sudani in Tehran, Nov 2022 (English); Shamkhani's border
security pact in Baghdad, March 2023 (Arabic); the judiciary chiefs of Iran and Iraq on the
Soleymani case, Jan 2022 (English).
Style: long official titles ("Leader of the Islamic Revolution", "الأدميرال", "الفريق الحاج"),
"martyr", "the Resistance", "الاحتلال الأمريكي", statements quoted at length, embassy statements,
"مراسل العالم"; excluded on purpose: a spokesman's statement with no meeting; a death from illness
(Hejazi) with no agent, a condolence phone call; a planned meeting of the two foreign ministers
that had no date; a meeting with the parliament speaker that was postponed; a visit to the site of
the "martyrdom" of the two commanders (a killing with no agent stated in that piece) and a meeting
with Masrour Barzani that was not on the programme; arrest warrants and an Interpol request, a
scheduled meeting with the president; a rally and a ceremony (attendance at a commemoration is not
a meeting).
Spellings: الكاظمى, Qa'ani, Qassem Soleymani, Abu Mahdi al-Mohandes, Raeisi, Mohammed Shia'
al-Sudani, Qalibaf, "Popular Mobilization Units", قوة القدس, أبو فدك.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_iq import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF, FATAH = ("organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
                        "organization:fatah-alliance")
IQG, IQPARL, NSA, IQFIN = ("organization:iraqi-government", "organization:iraqi-parliament",
                           "organization:iraqi-national-security-advisory", "organization:iraqi-finance-ministry")
IRFM, SNSC, IRPARL, IRPNSC, IRJUD, IRECON, CBI = (
    "organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
    "organization:iranian-parliament", "organization:iranian-parliament-national-security-committee",
    "organization:iranian-judiciary", "organization:iranian-economy-ministry", "organization:central-bank-of-iran")
SJC, SGIP, SAFM, UTEH = ("organization:supreme-judicial-council", "organization:saudi-general-intelligence-presidency",
                         "organization:saudi-foreign-ministry", "organization:university-of-tehran")
BAGHDAD, TEHRAN, TAHRIR, GOVPAL = ("location:baghdad", "location:tehran", "location:tahrir-square",
                                   "location:government-palace-baghdad")
QAANI, SOL, MUH, KHAM, FADAK = ("person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                                "person:ali-khamenei", "person:abdul-aziz-al-muhammadawi")
HEJAZI, FALLAH, SHIRAZI = ("person:mohammad-hejazi", "person:mohammad-reza-fallahzadeh", "person:ali-shirazi")
KAD, SUD, FAY, ARAJI, AMIRI, HALB = ("person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani",
                                     "person:falih-al-fayyadh", "person:qassim-al-araji", "person:hadi-al-amiri",
                                     "person:mohammed-al-halbousi")
RASHID, SALIH, SAMI, ZAIDAN = ("person:abdul-latif-rashid", "person:barham-salih", "person:taif-sami",
                               "person:faiq-zaidan")
MASJEDI, KHATIBZ, IRAVANI, HUMAIDAN, AMIRABD, FAISAL = (
    "person:iraj-masjedi", "person:saeed-khatibzadeh", "person:saeed-iravani", "person:khalid-al-humaidan",
    "person:hossein-amir-abdollahian", "person:faisal-bin-farhan")
RAISI, SHAMKHANI, FARZIN, EJEI, TRUMP = ("person:ebrahim-raisi", "person:ali-shamkhani",
                                         "person:mohammad-reza-farzin", "person:gholamhossein-mohseni-ejei",
                                         "person:donald-trump")
# new to the tables
ZOLNOUR, MARANDI, AMOUEI, KHANDOUZI, JAYASHI, BAYRAQ = (
    "person:mojtaba-zolnour", "person:mohammad-marandi", "person:abolfazl-amouei", "person:ehsan-khandouzi",
    "person:saeed-al-jayashi", "person:abdul-sattar-bayraqdar")

ARTICLES = [
    ("arIO1_first_anniversary_baghdad", "ar",
     "العراق يحيي الذكرى السنوية الأولى لاستشهاد قادة النصر\n"
     "بغداد (العالم) - أحيت حشود غفيرة من العراقيين، اليوم الأحد، الذكرى السنوية الأولى لاستشهاد قائد قوة "
     "القدس في حرس الثورة الإسلامية الفريق الحاج قاسم سليماني ونائب رئيس هيئة الحشد الشعبي الحاج أبو مهدي "
     "المهندس ورفاقهما، الذين ارتقوا بغارة أمريكية غادرة قرب مطار بغداد الدولي فجر الثالث من كانون الثاني "
     "2020، نُفذت بأمر مباشر من الرئيس الأمريكي دونالد ترامب.\n"
     "واحتشد المشاركون في ساحة التحرير وسط بغداد، رافعين صور الشهداء ومرددين هتافات تطالب بخروج قوات "
     "الاحتلال الأمريكي من العراق.\n"
     "وقال رئيس أركان الحشد الشعبي عبد العزيز المحمداوي (أبو فدك)، الذي تولى المنصب خلفاً للشهيد المهندس، "
     "في كلمة خلال المراسم: «إن دماء القادة لن تذهب هدراً، والمقاومة ماضية حتى خروج آخر جندي أمريكي من أرض "
     "الرافدين».\n"
     "إلى ذلك، وصل إلى بغداد وفد برلماني إيراني برئاسة رئيس لجنة الأمن القومي والسياسة الخارجية في مجلس "
     "الشورى الإسلامي مجتبى ذو النور للمشاركة في المراسم، والتقى رئيس مجلس النواب العراقي محمد الحلبوسي.\n"
     "كما استقبل السفير الإيراني في بغداد إيرج مسجدي رئيس تحالف الفتح هادي العامري، بحضور رئيس هيئة الحشد "
     "الشعبي فالح الفياض، وجرى بحث «سبل تعزيز وحدة الصف في مواجهة المشروع الأمريكي»، بحسب بيان للسفارة.\n"
     "وكان المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده قد أكد أن الجمهورية الإسلامية «لن تتخلى عن ملاحقة "
     "الآمرين والمنفذين لجريمة الاغتيال في المحافل الدولية».",
     [("LEADS", SOL, QF, "قائد قوة القدس في حرس"),
      ("PART_OF", QF, IRGC, "قوة القدس في حرس الثورة الإسلامية"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس هيئة الحشد الشعبي الحاج"),
      ("ASSASSINATED_BY", SOL, USA, "بغارة أمريكية غادرة", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "بغارة أمريكية غادرة", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "بأمر مباشر من الرئيس الأمريكي", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "بأمر مباشر من الرئيس الأمريكي", "2020-01-03"),
      ("LEADS", TRUMP, USA, "الرئيس الأمريكي دونالد ترامب"),
      ("LOCATED_IN", TAHRIR, BAGHDAD, "في ساحة التحرير وسط بغداد"),
      ("MEMBER_OF", FADAK, PMF, "رئيس أركان الحشد الشعبي عبد العزيز"),
      ("SUCCESSOR_OF", FADAK, MUH, "الذي تولى المنصب خلفاً للشهيد المهندس"),
      ("VISITED", ZOLNOUR, BAGHDAD, "وصل إلى بغداد وفد برلماني إيراني", "2021-01-03"),
      ("LEADS", ZOLNOUR, IRPNSC, "برئاسة رئيس لجنة الأمن القومي والسياسة الخارجية"),
      ("PART_OF", IRPNSC, IRPARL, "والسياسة الخارجية في مجلس الشورى الإسلامي"),
      ("MET_WITH", ZOLNOUR, HALB, "والتقى رئيس مجلس النواب العراقي", "2021-01-03"),
      ("LEADS", HALB, IQPARL, "رئيس مجلس النواب العراقي محمد"),
      ("MET_WITH", MASJEDI, AMIRI, "كما استقبل السفير الإيراني في بغداد", "2021-01-03"),
      ("MET_WITH", MASJEDI, FAY, "بحضور رئيس هيئة الحشد", "2021-01-03"),
      ("MET_WITH", AMIRI, FAY, "بحضور رئيس هيئة الحشد", "2021-01-03"),
      ("LEADS", AMIRI, FATAH, "رئيس تحالف الفتح هادي"),
      ("LEADS", FAY, PMF, "بحضور رئيس هيئة الحشد"),
      ("MEMBER_OF", KHATIBZ, IRFM, "المتحدث باسم الخارجية الإيرانية"),
      ],
     {"source": "blind set (Iranian state broadcaster, Arabic website)", "published": "2021-01-03"}),

    ("enIO2_fallahzadeh_quds_deputy", "en",
     "Leader appoints Fallahzadeh deputy commander of IRGC Quds Force\n"
     "TEHRAN (Press TV) - Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has appointed "
     "Brigadier General Mohammad Reza Fallahzadeh as the new deputy commander of the Quds Force of the Islamic "
     "Revolution Guards Corps (IRGC).\n"
     "In a decree issued on Tuesday, the Leader named Fallahzadeh to the post in place of Brigadier General "
     "Mohammad Hejazi, who passed away on Sunday of a heart condition linked to wartime chemical injuries.\n"
     "Hejazi took over as deputy from Major General Esmail Qa'ani in January 2020, when Qa'ani was promoted to "
     "lead the force after the US assassination of Lieutenant General Qassem Soleymani near Baghdad airport.\n"
     "Soleymani was martyred alongside Abu Mahdi al-Mohandes, the deputy head of Iraq's Popular Mobilization "
     "Units, in a drone strike ordered by former US president Donald Trump.\n"
     "On Wednesday, Major General Qa'ani received Fallahzadeh at the force's headquarters in Tehran, in a "
     "meeting also attended by Hojatoleslam Ali Shirazi, the Leader's representative in the Quds Force.\n"
     "Popular Mobilization Units chairman Falih al-Fayyadh phoned Qa'ani to offer condolences.\n"
     "Mohammad Marandi, a professor at the University of Tehran, told Press TV the assassinations 'only "
     "strengthened the Resistance.'",
     [("LEADS", KHAM, IRAN, "Leader of the Islamic Revolution Ayatollah"),
      ("MEMBER_OF", FALLAH, QF, "as the new deputy commander of the Quds Force"),
      ("PART_OF", QF, IRGC, "the Quds Force of the Islamic Revolution Guards Corps"),
      ("SUCCESSOR_OF", FALLAH, HEJAZI, "named Fallahzadeh to the post in place of", "2021-04-20"),
      ("SUCCESSOR_OF", HEJAZI, QAANI, "Hejazi took over as deputy from", "2020-01"),
      ("SUCCESSOR_OF", QAANI, SOL, "was promoted to lead the force", "2020-01"),
      ("LEADS", QAANI, QF, "was promoted to lead the force"),
      ("ASSASSINATED_BY", SOL, USA, "the US assassination of Lieutenant General", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by former US president Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "ordered by former US president Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "ordered by former US president Donald Trump", "2020-01-03"),
      ("LEADS", TRUMP, USA, "former US president Donald Trump"),
      ("MEMBER_OF", MUH, PMF, "the deputy head of Iraq's Popular Mobilization"),
      ("MET_WITH", QAANI, FALLAH, "received Fallahzadeh at the force's headquarters", "2021-04-21"),
      ("MET_WITH", QAANI, SHIRAZI, "meeting also attended by Hojatoleslam", "2021-04-21"),
      ("MET_WITH", FALLAH, SHIRAZI, "meeting also attended by Hojatoleslam", "2021-04-21"),
      ("MEMBER_OF", SHIRAZI, QF, "the Leader's representative in the Quds Force"),
      ("LEADS", FAY, PMF, "Units chairman Falih al-Fayyadh"),
      ("MEMBER_OF", MARANDI, UTEH, "a professor at the University of Tehran"),
      ],
     {"source": "blind set (Iranian state broadcaster, English website)", "published": "2021-04-22"}),

    ("arIO3_fifth_round_baghdad", "ar",
     "بغداد تستضيف الجولة الخامسة من الحوار الإيراني السعودي\n"
     "بغداد (العالم) - استضافت العاصمة العراقية بغداد، الخميس، الجولة الخامسة من المحادثات بين الجمهورية "
     "الإسلامية الإيرانية والمملكة العربية السعودية بعد توقف دام نحو ستة أشهر، وذلك برعاية رئيس الوزراء "
     "العراقي مصطفى الكاظمى.\n"
     "وترأس الوفد الإيراني مساعد أمين المجلس الأعلى للأمن القومي سعيد إيرواني، فيما ترأس الوفد السعودي رئيس "
     "الاستخبارات العامة خالد بن علي الحميدان.\n"
     "وعُقد الاجتماع في القصر الحكومي ببغداد بحضور الكاظمى ومستشار الأمن الوطني قاسم الأعرجي، بحسب مصدر "
     "عراقي مطلع تحدث لمراسل العالم.\n"
     "وقال المتحدث باسم وزارة الخارجية الإيرانية سعيد خطيب زاده في مؤتمره الصحفي الأسبوعي إن «الجولة كانت "
     "إيجابية وجادة، وتناولت ملفات ثنائية وإقليمية»، مضيفاً أن «الجمهورية الإسلامية ترحب دائماً بالحوار مع "
     "جيرانها، والعراق أثبت أنه جسر حقيقي للتقارب بين دول المنطقة».\n"
     "من جهته، قال المتحدث باسم لجنة الأمن القومي والسياسة الخارجية في مجلس الشورى الإسلامي أبو الفضل عموئي "
     "إن «استئناف الحوار رسالة بأن لغة التفاهم هي الطريق الوحيد لحل الخلافات، وأن الكرة الآن في ملعب "
     "الرياض».\n"
     "وكانت أنباء قد تحدثت عن لقاء مرتقب في بغداد بين وزير الخارجية حسين أمير عبد اللهيان ونظيره السعودي "
     "الأمير فيصل بن فرحان، إلا أن أي موعد لم يُحدد بعد.",
     [("LEADS", KAD, IQG, "رئيس الوزراء العراقي مصطفى"),
      ("MET_WITH", IRAVANI, HUMAIDAN, "وترأس الوفد الإيراني", "2022-04-21"),
      ("MEMBER_OF", IRAVANI, SNSC, "مساعد أمين المجلس الأعلى للأمن القومي"),
      ("LEADS", HUMAIDAN, SGIP, "رئيس الاستخبارات العامة خالد"),
      ("MET_WITH", KAD, IRAVANI, "بحضور الكاظمى ومستشار", "2022-04-21"),
      ("MET_WITH", KAD, HUMAIDAN, "بحضور الكاظمى ومستشار", "2022-04-21"),
      ("MET_WITH", ARAJI, IRAVANI, "بحضور الكاظمى ومستشار", "2022-04-21"),
      ("MET_WITH", ARAJI, HUMAIDAN, "بحضور الكاظمى ومستشار", "2022-04-21"),
      ("MET_WITH", KAD, ARAJI, "بحضور الكاظمى ومستشار", "2022-04-21"),
      ("LEADS", ARAJI, NSA, "ومستشار الأمن الوطني قاسم"),
      ("LOCATED_IN", GOVPAL, BAGHDAD, "في القصر الحكومي ببغداد"),
      ("MEMBER_OF", KHATIBZ, IRFM, "المتحدث باسم وزارة الخارجية الإيرانية"),
      ("MEMBER_OF", AMOUEI, IRPNSC, "المتحدث باسم لجنة الأمن القومي"),
      ("PART_OF", IRPNSC, IRPARL, "والسياسة الخارجية في مجلس الشورى الإسلامي"),
      ("LEADS", AMIRABD, IRFM, "وزير الخارجية حسين"),
      ("LEADS", FAISAL, SAFM, "ونظيره السعودي الأمير"),
      ],
     {"source": "blind set (Iranian state broadcaster, Arabic website)", "published": "2022-04-23"}),

    ("enIO4_leader_receives_sudani", "en",
     "Leader: Iraq's security is Iran's security\n"
     "TEHRAN (Press TV) - Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has received visiting "
     "Iraqi Prime Minister Mohammed Shia' al-Sudani and his accompanying delegation, in a meeting also attended "
     "by President Ebrahim Raeisi.\n"
     "Ayatollah Khamenei recalled the assassination of anti-terror commanders Lieutenant General Qassem "
     "Soleymani and Abu Mahdi al-Mohandes by the United States in January 2020. 'They killed your guest in your "
     "own home,' the Leader said on Tuesday. 'This crime must never be forgotten.'\n"
     "Earlier in the day, Raeisi and al-Sudani held talks at the Sa'dabad Palace, stressing that neither "
     "country would allow its soil to be used against the other.\n"
     "Al-Sudani, who took office in late October succeeding Mustafa al-Kadhimi, is on his first visit to "
     "Tehran since forming his government.\n"
     "On the sidelines of the visit, Iraqi Finance Minister Taif Sami met with Iran's Minister of Economic "
     "Affairs and Finance Ehsan Khandouzi to discuss Iraq's gas and electricity debts to the Islamic Republic.\n"
     "Al-Sudani's scheduled talks with Parliament Speaker Mohammad Baqer Qalibaf were postponed, an informed "
     "source said.",
     [("LEADS", KHAM, IRAN, "Leader of the Islamic Revolution Ayatollah"),
      ("MET_WITH", KHAM, SUD, "has received visiting", "2022-11-29"),
      ("MET_WITH", KHAM, RAISI, "in a meeting also attended", "2022-11-29"),
      ("MET_WITH", SUD, RAISI, "Raeisi and al-Sudani held talks", "2022-11-29"),
      ("LEADS", SUD, IQG, "Iraqi Prime Minister Mohammed Shia'"),
      ("LEADS", RAISI, IRAN, "by President Ebrahim Raeisi"),
      ("ASSASSINATED_BY", SOL, USA, "by the United States in January 2020", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "by the United States in January 2020", "2020-01-03"),
      ("SUCCESSOR_OF", SUD, KAD, "succeeding Mustafa al-Kadhimi", "2022-10"),
      ("VISITED", SUD, TEHRAN, "his first visit to Tehran", "2022-11-29"),
      ("MET_WITH", SAMI, KHANDOUZI, "met with Iran's Minister of Economic", "2022-11-29"),
      ("LEADS", SAMI, IQFIN, "Iraqi Finance Minister Taif Sami"),
      ("LEADS", KHANDOUZI, IRECON, "Affairs and Finance Ehsan Khandouzi"),
      ],
     {"source": "blind set (Iranian state broadcaster, English website)", "published": "2022-11-29"}),

    ("arIO5_shamkhani_border_pact", "ar",
     "الأدميرال شمخاني في بغداد: توقيع اتفاق أمني لضبط الحدود المشتركة\n"
     "بغداد (العالم) - وصل أمين المجلس الأعلى للأمن القومي في الجمهورية الإسلامية الإيرانية الأدميرال علي "
     "شمخاني، صباح الأحد، إلى بغداد على رأس وفد رفيع يضم محافظ البنك المركزي الإيراني محمد رضا فرزين.\n"
     "واستقبل رئيس الوزراء العراقي محمد شياع السوداني الأدميرال شمخاني في القصر الحكومي، وبحث الجانبان "
     "العلاقات الثنائية وسبل تعزيز الأمن على الحدود المشتركة.\n"
     "ثم وقّع شمخاني ومستشار الأمن القومي العراقي قاسم الأعرجي اتفاقاً أمنياً بحضور السوداني والمستشار في "
     "مستشارية الأمن القومي سعيد الجياشي، يقضي بتنسيق حماية الحدود ومنع استخدام أراضي إقليم كردستان منطلقاً "
     "لـ«الجماعات المعادية».\n"
     "كما التقى شمخاني رئيس الجمهورية عبد اللطيف رشيد، الذي انتُخب في تشرين الأول الماضي خلفاً لبرهم صالح، "
     "ورئيس تحالف الفتح هادي العامري.\n"
     "وقال شمخاني: «إن أمن العراق من أمن الجمهورية الإسلامية، وهذا الاتفاق سيغلق الطريق أمام الأعداء الذين "
     "يستغلون المناطق الحدودية للتآمر على البلدين».\n"
     "وزار الأدميرال شمخاني موقع استشهاد القائدين سليماني والمهندس قرب مطار بغداد الدولي، ووضع إكليلاً من "
     "الزهور.\n"
     "وكان من المقرر أن يلتقي شمخاني رئيس حكومة إقليم كردستان مسرور بارزاني، غير أن اللقاء لم يُدرج في "
     "برنامج الزيارة.",
     [("LEADS", SHAMKHANI, SNSC, "أمين المجلس الأعلى للأمن القومي في الجمهورية"),
      ("VISITED", SHAMKHANI, BAGHDAD, "صباح الأحد، إلى بغداد", "2023-03-19"),
      ("LEADS", FARZIN, CBI, "محافظ البنك المركزي الإيراني محمد"),
      ("MET_WITH", SUD, SHAMKHANI, "واستقبل رئيس الوزراء العراقي", "2023-03-19"),
      ("LEADS", SUD, IQG, "رئيس الوزراء العراقي محمد"),
      ("MET_WITH", SHAMKHANI, ARAJI, "ثم وقّع شمخاني ومستشار", "2023-03-19"),
      ("MET_WITH", SHAMKHANI, JAYASHI, "بحضور السوداني والمستشار", "2023-03-19"),
      ("MET_WITH", SUD, ARAJI, "بحضور السوداني والمستشار", "2023-03-19"),
      ("MET_WITH", SUD, JAYASHI, "بحضور السوداني والمستشار", "2023-03-19"),
      ("MET_WITH", ARAJI, JAYASHI, "بحضور السوداني والمستشار", "2023-03-19"),
      ("LEADS", ARAJI, NSA, "ومستشار الأمن القومي العراقي قاسم"),
      ("MEMBER_OF", JAYASHI, NSA, "والمستشار في مستشارية الأمن القومي سعيد"),
      ("MET_WITH", SHAMKHANI, RASHID, "كما التقى شمخاني رئيس الجمهورية", "2023-03-19"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية عبد اللطيف"),
      ("SUCCESSOR_OF", RASHID, SALIH, "خلفاً لبرهم صالح", "2022-10"),
      ("MET_WITH", SHAMKHANI, AMIRI, "ورئيس تحالف الفتح هادي", "2023-03-19"),
      ("LEADS", AMIRI, FATAH, "ورئيس تحالف الفتح هادي"),
      ],
     {"source": "blind set (Iranian state broadcaster, Arabic website)", "published": "2023-03-19"}),

    ("enIO6_judiciary_chiefs_soleymani_case", "en",
     "Iran, Iraq judiciary chiefs vow to bring Soleymani's assassins to justice\n"
     "TEHRAN (Press TV) - Iran's Judiciary Chief Hojjatoleslam Gholamhossein Mohseni-Ejei has held talks in "
     "Tehran with the visiting head of Iraq's Supreme Judicial Council, Judge Faiq Zaidan, with both sides "
     "pledging to pursue the case of the assassination of General Qassem Soleymani and Abu Mahdi al-Mohandes.\n"
     "The two commanders and their companions were assassinated in a US drone strike near Baghdad "
     "International Airport on January 3, 2020, on the direct order of then-US president Donald Trump.\n"
     "'The Americans have officially confessed to this crime, and both the perpetrators and those who ordered "
     "it must be punished,' Mohseni-Ejei said during the meeting on Wednesday.\n"
     "Judge Abdul-Sattar Bayraqdar, the spokesman of Iraq's Supreme Judicial Council, who accompanied Zaidan, "
     "also sat in on the talks.\n"
     "Mohseni-Ejei succeeded President Ebrahim Raeisi at the helm of the Judiciary in July 2021.\n"
     "Iran has issued arrest warrants for Trump and dozens of other US officials over the killing, and has "
     "asked Interpol to issue red notices, a request the international police agency has so far declined.\n"
     "Zaidan is also scheduled to meet Raeisi on Thursday.",
     [("LEADS", EJEI, IRJUD, "Iran's Judiciary Chief Hojjatoleslam"),
      ("MET_WITH", EJEI, ZAIDAN, "has held talks in", "2022-01-05"),
      ("LEADS", ZAIDAN, SJC, "head of Iraq's Supreme Judicial Council, Judge"),
      ("VISITED", ZAIDAN, TEHRAN, "Tehran with the visiting head", "2022-01-05"),
      ("ASSASSINATED_BY", SOL, USA, "in a US drone strike near Baghdad", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "in a US drone strike near Baghdad", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "on the direct order of then-US president", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "on the direct order of then-US president", "2020-01-03"),
      ("LEADS", TRUMP, USA, "then-US president Donald Trump"),
      ("MEMBER_OF", BAYRAQ, SJC, "the spokesman of Iraq's Supreme Judicial Council"),
      ("MET_WITH", BAYRAQ, EJEI, "also sat in on the talks", "2022-01-05"),
      ("MET_WITH", BAYRAQ, ZAIDAN, "also sat in on the talks", "2022-01-05"),
      ("SUCCESSOR_OF", EJEI, RAISI, "succeeded President Ebrahim Raeisi at the helm", "2021-07"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raeisi at the helm"),
      ],
     {"source": "blind set (Iranian state broadcaster, English website)", "published": "2022-01-05"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIO")
