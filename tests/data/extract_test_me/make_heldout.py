"""Blind set ME: Iraq 2020-2025 (first folder of ME-MF): the US strike that killed the Nujaba commander
Abu Taqwa in Baghdad, Araghchi's stop in Baghdad in October 2024, al-Kadhimi's first security
appointments of 2020 and the killing of Hisham al-Hashimi, Lloyd Austin's day in Baghdad and Erbil in
March 2023, Kataib Hezbollah's truce, Qaani's airport meeting and the strike that killed Abu Baqir,
and Ali Larijani's first trip as Iran's security chief, as an American wire writes it (UPI-like:
"Jan. 4 (UPI) --"), as Iran's Arabic-language TV site writes it (al-Alam-like: "بغداد - العالم",
"العدوان الصهيوني"), as a think-tank background paragraph writes it (Middle East Institute-like, no
dateline), as a Kurdish TV site writes it in Arabic (Kurdistan24 Arabic-like: "أربيل (كوردستان24) -"),
as an axis-aligned English site writes it (The Cradle-like: "US occupation forces", "martyred") and as
an Iraqi news site writes it in Arabic (al-Masalla-like: "المسلة – بغداد:").
Pieces: a US strike kills Mushtaq Talib al-Saedi (Abu Taqwa) of Nujaba, al-Kaabi leads Nujaba (English,
ME1); Araghchi received by Fuad Hussein, talks with al-Sudani with the Iranian ambassador present,
separate meetings with al-Amiri and al-Maliki (Arabic, ME2); al-Kadhimi after Abdul-Mahdi, al-Saadi after
Shaghati at the CTS, al-Araji after al-Fayyadh as national security adviser, Hashimi killed by Owaid
(English, ME3); Austin with Nechirvan and Masrour Barzani in Erbil, with al-Sudani and al-Abbasi in
Baghdad (Arabic, ME4); Abu Baqir and al-Elayawi killed by a US drone, al-Hamidawi leads Kataib
Hezbollah, Qaani in Baghdad (English, ME5); Larijani after Ahmadian, meets al-Sudani, al-Araji and
al-Fayyadh in Baghdad, al-Araji's earlier meeting with Ahmadian in Tehran (Arabic, ME6).
Excluded on purpose (no relation): al-Sudani's phone call with Austin (ME1); Qaani, who "did not
accompany" Araghchi, and Araghchi's planned meeting in Muscat with Albusaidi ("من المقرر") (ME2); the
drone attack on al-Kadhimi's residence that he survived, no group claiming it; Owaid's alleged Kataib
Hezbollah membership, which the group denied (ME3); Bafel Talabani, who had hoped to meet Austin and
did not (ME4); Qaani's meeting with "representatives of several factions" (no one named), his reported
meeting with al-Kaabi, denied by Nujaba (ME5); the "expected" meeting with Coordination Framework
leaders, Larijani's onward trip to Beirut (ME6).
Judgement calls: "A U.S. military strike ... killed" gives the victim -> country:united-states (ME1,
ME5: "a US drone struck his car"); the ambassador "in the presence" of the talks is paired with both
sides (ME2); "each separately" keeps al-Amiri and al-Maliki apart (ME2); the prime minister who "took
part in the meeting" of the region's president and Austin is paired with both (ME4); "in place of" /
"gave it to" after "removed ... from the post" are successions (ME3); the former head of the
intelligence service still LEADS it as stated (ME3); "signed a memorandum" with someone in Baghdad is a
meeting (ME6); "confessed ... that he had fired the shots" gives the killer (ME3).
Filled in for the exercise: the second man killed with Abu Taqwa, al-Sudani's call with Austin (ME1);
the ambassador's presence, the separate meetings with al-Amiri and al-Maliki, Qaani's absence (ME2);
Bafel Talabani's regret (ME4); the denied meeting with al-Kaabi and the spokesman's name (ME5); the
meeting with al-Fayyadh and al-Araji's March trip to Tehran (ME6).
Spellings: "Mushtaq Talib al-Saedi", "Akram al-Kaabi" (ME1); "عباس عراقتشي", "كاظم آل صادق" (ME2);
"Abdul-Wahab al-Saadi", "Ahmed Hamdawi Oweid", "Qassim al-Araji" (ME3); "نيجيرفان بارزاني", "كوردستان"
(ME4); "Esmail Ghaani", "Abu Hussein al-Hamidawi", "Arkan al-Olayawi" (ME5); "علي أكبر أحمديان" (ME6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mf import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRAQ = "country:united-states", "country:iran", "country:iraq"
BAGHDAD, ERBIL, TEHRAN, KURDREG = ("location:baghdad", "location:erbil", "location:tehran",
                                    "location:kurdistan-region")
PMF, KH, NUJABA, BADR, FATAH, SOL, IRQGOV, IRQFM, IRQDEF, NSA, INIS, CTS, KRG, PUK, QUDS, IRFM, SNSC, OMANFM, DOD = (
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
    "organization:badr-organization", "organization:fatah-alliance", "organization:state-of-law-coalition",
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iraqi-defense-ministry",
    "organization:iraqi-national-security-adviser", "organization:iraqi-national-intelligence-service",
    "organization:counter-terrorism-service", "organization:kurdistan-regional-government",
    "organization:patriotic-union-of-kurdistan", "organization:quds-force", "organization:iranian-foreign-ministry",
    "organization:supreme-national-security-council", "organization:omani-foreign-ministry",
    "organization:us-department-of-defense")
SAIDI, KAABI, RYDER, SUDANI, AUSTIN = (
    "person:mushtaq-taleb-al-saidi", "person:akram-al-kaabi", "person:pat-ryder", "person:mohammed-shia-al-sudani",
    "person:lloyd-austin")
ARAGHCHI, HUSSEIN, ALESADEQ, AMIRI, MALIKI, QAANI, ALBUSAIDI = (
    "person:abbas-araghchi", "person:fuad-hussein", "person:mohammad-kazem-al-e-sadegh", "person:hadi-al-amiri",
    "person:nouri-al-maliki", "person:esmail-qaani", "person:badr-albusaidi")
KADHIMI, ABDULMAHDI, WSAADI, SHAGHATI, FAYYADH, ARAJI, HASHIMI, OWAID = (
    "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:abdul-wahab-al-saadi", "person:talib-shaghati",
    "person:falih-al-fayyadh", "person:qassim-al-araji", "person:hisham-al-hashimi", "person:ahmed-hamdawi-owaid")
NECHIRVAN, MASROUR, ABBASI, BAFEL = (
    "person:nechirvan-barzani", "person:masrour-barzani", "person:thabet-al-abbasi", "person:bafel-talabani")
HAMIDAWI, ABUBAQIR, ELAYAWI, MOUSAWI = (
    "person:ahmad-al-hamidawi", "person:abu-baqir-al-saadi", "person:arkan-al-elayawi", "person:hussein-al-mousawi")
LARIJANI, AHMADIAN = ("person:ali-larijani", "person:ali-akbar-ahmadian")

UPI = "blind set (American wire, English, UPI-like)"
ALAM = "blind set (Iranian Arabic-language TV site, al-Alam-like)"
MEI = "blind set (think-tank background paragraph, English, Middle East Institute-like)"
K24 = "blind set (Kurdish TV site, Arabic service, Kurdistan24-like)"
CRADLE = "blind set (axis-aligned English news site, The Cradle-like)"
MASALLA = "blind set (Iraqi news site, Arabic, al-Masalla-like)"


_ARAGHCHI_SUDANI = {ARAGHCHI: "وأجرى عراقتشي بعد ذلك مباحثات مع رئيس الوزراء العراقي",
                    SUDANI: "وأجرى عراقتشي بعد ذلك مباحثات مع رئيس الوزراء العراقي",
                    ALESADEQ: "بحضور السفير الإيراني لدى بغداد"}
_AUSTIN_ERBIL = {NECHIRVAN: "استقبل رئيس إقليم كوردستان", AUSTIN: "وزير الدفاع الأمريكي لويد أوستن والوفد",
                 MASROUR: "وشارك في اللقاء رئيس حكومة الإقليم"}

ARTICLES = [
    ("enME1_us_strike_kills_abu_taqwa", "en",
     "U.S. strike in Baghdad kills Iraqi militia commander\n"
     "Jan. 4 (UPI) -- A U.S. military strike in central Baghdad on Thursday killed Mushtaq Talib al-Saedi, a "
     "senior commander of the Iran-aligned militia Harakat al-Nujaba, the Pentagon said.\n"
     "Pentagon press secretary Maj. Gen. Pat Ryder told reporters the strike had been carried out in "
     "self-defense against a leader \"actively involved in planning and carrying out attacks\" on American "
     "personnel in Iraq and Syria.\n"
     "Known by his nom de guerre Abu Taqwa, al-Saedi was the group's deputy chief of operations in Baghdad. A "
     "second member of the group died when the vehicle was hit inside a compound on Palestine Street.\n"
     "The movement's secretary-general, Akram al-Kaabi, vowed revenge in a post on X.\n"
     "The office of Iraqi Prime Minister Mohammed Shia al-Sudani called the attack a \"dangerous escalation\" "
     "and said Baghdad would move to end the mission of the U.S.-led coalition. Sudani had spoken by phone "
     "with Defense Secretary Lloyd Austin last month about rocket fire on the U.S. Embassy, Iraqi officials "
     "said.\n"
     "Ryder would not say whether the Iraqi government had been notified in advance.",
     [("ASSASSINATED_BY", SAIDI, US, "A U.S. military strike in central Baghdad", "2024-01-04"),
      ("MEMBER_OF", SAIDI, NUJABA, "senior commander of the Iran-aligned militia"),
      ("MEMBER_OF", RYDER, DOD, "Pentagon press secretary Maj. Gen. Pat Ryder"),
      ("LEADS", KAABI, NUJABA, "The movement's secretary-general, Akram al-Kaabi"),
      ("LEADS", SUDANI, IRQGOV, "Iraqi Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin"),
      ],
     {"source": UPI, "published": "2024-01-04"}),

    ("arME2_araghchi_baghdad_stop", "ar",
     "عراقتشي في بغداد: لا نسعى إلى الحرب لكننا مستعدون لها\n"
     "بغداد - العالم\n"
     "وصل وزير الخارجية الإيراني السيد عباس عراقتشي، مساء الأحد، إلى العاصمة العراقية في محطة جديدة من "
     "جولته الإقليمية، حيث استقبله في المطار نظيره العراقي فؤاد حسين.\n"
     "وأجرى عراقتشي بعد ذلك مباحثات مع رئيس الوزراء العراقي محمد شياع السوداني تناولت العدوان الصهيوني على "
     "لبنان وغزة وخطر اتساع رقعة الحرب، بحضور السفير الإيراني لدى بغداد كاظم آل صادق.\n"
     "وفي مؤتمر صحفي مشترك مع حسين، قال رئيس الدبلوماسية الإيرانية إن طهران «لا تسعى إلى الحرب لكنها "
     "مستعدة لها».\n"
     "كما التقى الوزير الإيراني في مقر إقامته، كلاً على حدة، رئيس تحالف الفتح هادي العامري ورئيس ائتلاف "
     "دولة القانون نوري المالكي.\n"
     "ولم يرافق قائد قوة القدس العميد إسماعيل قاآني الوزير في هذه الجولة، خلافاً لما تداولته وسائل إعلام "
     "عربية.\n"
     "ومن المقرر أن يتوجه عراقتشي غداً الاثنين إلى مسقط للقاء وزير الخارجية العماني بدر البوسعيدي.",
     [("MET_WITH", ARAGHCHI, HUSSEIN, "حيث استقبله في المطار نظيره العراقي", "2024-10-13"),
      ("VISITED", ARAGHCHI, BAGHDAD, "إلى العاصمة العراقية في محطة جديدة", "2024-10-13"),
      ("LEADS", ARAGHCHI, IRFM, "وصل وزير الخارجية الإيراني السيد عباس عراقتشي"),
      ("LEADS", HUSSEIN, IRQFM, "نظيره العراقي فؤاد حسين"),
      ("LEADS", SUDANI, IRQGOV, "رئيس الوزراء العراقي محمد شياع السوداني"),
      ("MET_WITH", ARAGHCHI, AMIRI, "رئيس تحالف الفتح هادي العامري", "2024-10-13"),
      ("LEADS", AMIRI, FATAH, "رئيس تحالف الفتح هادي العامري"),
      ("MET_WITH", ARAGHCHI, MALIKI, "ورئيس ائتلاف دولة القانون نوري المالكي", "2024-10-13"),
      ("LEADS", MALIKI, SOL, "ورئيس ائتلاف دولة القانون نوري المالكي"),
      ("LEADS", QAANI, QUDS, "قائد قوة القدس العميد إسماعيل قاآني"),
      ("LEADS", ALBUSAIDI, OMANFM, "وزير الخارجية العماني بدر البوسعيدي"),
      ] + met_group(_ARAGHCHI_SUDANI, "2024-10-13"),
     {"source": ALAM, "published": "2024-10-13"}),

    ("enME3_kadhimi_security_reshuffle", "en",
     "Background: Kadhimi's first moves on the security file\n"
     "When Mustafa al-Kadhimi, the former head of the Iraqi National Intelligence Service, was sworn in as "
     "prime minister on May 7, 2020, succeeding Adel Abdul-Mahdi, he inherited a security apparatus crowded "
     "with men close to the Fatah bloc. Within days he reinstated Lt. Gen. Abdul-Wahab al-Saadi, the hero of "
     "the Mosul battle whom Abdul-Mahdi had sidelined in 2019, and named him head of the Counter-Terrorism "
     "Service in place of Talib Shaghati.\n"
     "In early July the premier removed Falih al-Fayyadh, the chairman of the Popular Mobilization "
     "Commission, from the post of national security adviser and gave it to Qassim al-Araji, a Badr veteran "
     "and former interior minister. Fayyadh kept the PMF chairmanship.\n"
     "On July 6 the security analyst Hisham al-Hashimi, an adviser to the government, was shot dead outside "
     "his Baghdad home. A year later a police lieutenant, Ahmed Hamdawi Oweid, confessed on state television "
     "that he had fired the shots; officials linked him to Kataib Hezbollah, which denied any role.\n"
     "Kadhimi himself survived an attack by explosive-laden drones on his residence in November 2021. No group "
     "claimed it.",
     [("LEADS", KADHIMI, INIS, "the former head of the Iraqi National Intelligence Service"),
      ("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "succeeding Adel Abdul-Mahdi", "2020-05-07"),
      ("LEADS", KADHIMI, IRQGOV, "was sworn in as prime minister"),
      ("LEADS", WSAADI, CTS, "named him head of the Counter-Terrorism"),
      ("SUCCESSOR_OF", WSAADI, SHAGHATI, "in place of Talib Shaghati", "2020-05"),
      ("LEADS", FAYYADH, PMF, "the chairman of the Popular Mobilization"),
      ("SUCCESSOR_OF", ARAJI, FAYYADH, "and gave it to Qassim al-Araji", "2020-07"),
      ("LEADS", ARAJI, NSA, "and gave it to Qassim al-Araji"),
      ("MEMBER_OF", ARAJI, BADR, "a Badr veteran"),
      ("ASSASSINATED_BY", HASHIMI, OWAID, "confessed on state television", "2020-07-06"),
      ],
     {"source": MEI, "published": "2022-01-20"}),

    ("arME4_austin_baghdad_erbil", "ar",
     "أوستن في أربيل بعد بغداد: التزام أمريكي بأمن إقليم كوردستان\n"
     "أربيل (كوردستان24) - استقبل رئيس إقليم كوردستان، نيجيرفان بارزاني، يوم الثلاثاء، وزير الدفاع الأمريكي "
     "لويد أوستن والوفد المرافق له، في زيارة لم يُعلن عنها مسبقاً.\n"
     "وشارك في اللقاء رئيس حكومة الإقليم مسرور بارزاني، وجرى بحث الهجمات التي تتعرض لها أربيل والحرب ضد "
     "داعش والعلاقات بين أربيل وبغداد.\n"
     "وكان الوزير الأمريكي قد وصل صباح اليوم إلى بغداد، والتقى رئيس مجلس الوزراء العراقي محمد شياع "
     "السوداني، ثم نظيره العراقي ثابت العباسي، في أول زيارة لمسؤول أمريكي بهذا المستوى منذ تشكيل الحكومة "
     "الجديدة.\n"
     "وأكد أوستن، بحسب بيان للبنتاغون، أن القوات الأمريكية باقية في العراق «بدعوة من الحكومة العراقية» "
     "لتقديم المشورة والمساعدة.\n"
     "وفي السليمانية، أعرب رئيس الاتحاد الوطني الكوردستاني بافل طالباني عن أسفه لعدم إدراج المدينة ضمن "
     "برنامج الزيارة، وقال إنه كان يأمل بلقاء الوزير.",
     met_group(_AUSTIN_ERBIL, "2023-03-07") + [
      ("VISITED", AUSTIN, ERBIL, "في زيارة لم يُعلن عنها مسبقاً", "2023-03-07"),
      ("LEADS", NECHIRVAN, KURDREG, "استقبل رئيس إقليم كوردستان"),
      ("LEADS", MASROUR, KRG, "وشارك في اللقاء رئيس حكومة الإقليم"),
      ("LEADS", AUSTIN, DOD, "وزير الدفاع الأمريكي لويد أوستن والوفد"),
      ("VISITED", AUSTIN, BAGHDAD, "قد وصل صباح اليوم إلى بغداد", "2023-03-07"),
      ("MET_WITH", AUSTIN, SUDANI, "والتقى رئيس مجلس الوزراء العراقي", "2023-03-07"),
      ("LEADS", SUDANI, IRQGOV, "والتقى رئيس مجلس الوزراء العراقي"),
      ("MET_WITH", AUSTIN, ABBASI, "ثم نظيره العراقي ثابت العباسي", "2023-03-07"),
      ("LEADS", ABBASI, IRQDEF, "ثم نظيره العراقي ثابت العباسي"),
      ("LEADS", BAFEL, PUK, "رئيس الاتحاد الوطني الكوردستاني بافل طالباني"),
      ],
     {"source": K24, "published": "2023-03-07"}),

    ("enME5_abu_baqir_martyred_truce", "en",
     "Kataib Hezbollah commander martyred in US drone strike in Baghdad\n"
     "Abu Baqir al-Saadi, a senior commander of Iraq's Kataib Hezbollah, was martyred on 7 February when a US "
     "drone struck his car in the Mashtal district of east Baghdad, along with fellow commander Arkan "
     "al-Olayawi.\n"
     "The assassination came a week after the group announced the suspension of its military operations "
     "against US occupation forces. In that statement, its secretary-general, Abu Hussein al-Hamidawi, said "
     "the decision was taken \"to prevent embarrassment to the Iraqi government\".\n"
     "According to Iraqi sources who spoke to The Cradle, the commander of the IRGC's Quds Force, Brigadier "
     "General Esmail Ghaani, was in Baghdad on 29 January, where he met representatives of several resistance "
     "factions at the airport. Tehran has not commented on the visit.\n"
     "Harakat al-Nujaba, led by Sheikh Akram al-Kaabi, said it would press on with operations. Reports "
     "that Ghaani had also met Kaabi were denied by the movement's spokesman, Hussein al-Mousawi.",
     [("ASSASSINATED_BY", ABUBAQIR, US, "when a US drone struck his car", "2024-02-07"),
      ("ASSASSINATED_BY", ELAYAWI, US, "along with fellow commander Arkan", "2024-02-07"),
      ("MEMBER_OF", ABUBAQIR, KH, "a senior commander of Iraq's Kataib Hezbollah"),
      ("MEMBER_OF", ELAYAWI, KH, "along with fellow commander Arkan"),
      ("LEADS", HAMIDAWI, KH, "its secretary-general, Abu Hussein al-Hamidawi"),
      ("LEADS", QAANI, QUDS, "the commander of the IRGC's Quds Force"),
      ("VISITED", QAANI, BAGHDAD, "was in Baghdad on 29 January", "2024-01-29"),
      ("LEADS", KAABI, NUJABA, "led by Sheikh Akram al-Kaabi"),
      ("MEMBER_OF", MOUSAWI, NUJABA, "the movement's spokesman, Hussein al-Mousawi"),
      ],
     {"source": CRADLE, "published": "2024-02-08"}),

    ("arME6_larijani_baghdad_mou", "ar",
     "لاريجاني في بغداد.. مذكرة تفاهم أمنية ولقاءات مع السوداني والفياض\n"
     "المسلة – بغداد: وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني، الاثنين، إلى بغداد في أول "
     "جولة خارجية له منذ تعيينه في منصبه مطلع آب خلفاً لعلي أكبر أحمديان.\n"
     "واستقبل رئيس الوزراء محمد شياع السوداني الضيف الإيراني في القصر الحكومي، وبحث الجانبان العلاقات "
     "الثنائية وأمن الحدود والأوضاع في المنطقة بعد حرب الأيام الاثني عشر.\n"
     "ووقّع لاريجاني ومستشار الأمن القومي العراقي قاسم الأعرجي مذكرة تفاهم أمنية مشتركة، بحسب بيان لمكتب "
     "الأعرجي.\n"
     "وأجرى لاريجاني كذلك مباحثات مع رئيس هيئة الحشد الشعبي فالح الفياض، فيما تحدثت مصادر عن لقاء مرتقب "
     "مع قادة الإطار التنسيقي لم يُحدَّد موعده.\n"
     "وكان الأعرجي قد زار طهران في آذار الماضي حيث التقى سلف لاريجاني، أحمديان.\n"
     "ويغادر المسؤول الإيراني بغداد الثلاثاء متوجهاً إلى بيروت.",
     [("VISITED", LARIJANI, BAGHDAD, "إلى بغداد في أول", "2025-08-11"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("MET_WITH", SUDANI, LARIJANI, "واستقبل رئيس الوزراء محمد شياع السوداني الضيف الإيراني", "2025-08-11"),
      ("LEADS", SUDANI, IRQGOV, "واستقبل رئيس الوزراء محمد شياع السوداني الضيف الإيراني"),
      ("MET_WITH", LARIJANI, ARAJI, "ووقّع لاريجاني ومستشار الأمن القومي العراقي", "2025-08-11"),
      ("LEADS", ARAJI, NSA, "ومستشار الأمن القومي العراقي قاسم الأعرجي"),
      ("MET_WITH", LARIJANI, FAYYADH, "وأجرى لاريجاني كذلك مباحثات مع", "2025-08-11"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح الفياض"),
      ("MET_WITH", ARAJI, AHMADIAN, "حيث التقى سلف لاريجاني", "2025-03"),
      ("VISITED", ARAJI, TEHRAN, "وكان الأعرجي قد زار طهران", "2025-03"),
      ],
     {"source": MASALLA, "published": "2025-08-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setME")
