"""Blind set OD: Syria with Russia, Iran and Turkey, 2015-2020 (second folder of OC-OD): Bashar al-Assad's
surprise visit to Tehran and Zarif's resignation (February 2019), the appointment of Faisal Mekdad as
foreign minister after Walid al-Muallem's death and the posts that moved with it (November 2020), the
killing of Mustafa Badreddine near Damascus airport (May 2016), the Tehran trilateral summit on Idlib
(September 2018), the Ankara trilateral summit and the constitutional committee (September 2019), and
Assad's first trip abroad since 2011, to Moscow (October 2015), as a Gulf TV channel's English site writes
it (Al Arabiya English-like: "Iranian state media reported", "sitting in on"), a Syrian private daily in
Arabic (Al-Watan-like: "أصدر الرئيس بشار الأسد أمس المرسوم", "خلفاً للراحل"), a Washington think-tank
brief in English (PolicyWatch-like: "took over", "the group initially hinted"), a Gulf daily printed in
London in Arabic (Asharq Al-Awsat-like: "طهران - لندن: «الشرق الأوسط»", "إردوغان"), a Turkish pro-government
daily in English (Daily Sabah-like: "Erdoğan", "the presidential complex") and a Beirut TV channel's site
in Arabic (Al Mayadeen-like: "الميادين نت", "أعلن الكرملين").
Pieces: Assad meets Khamenei, then Rouhani, Soleimani present at both; Assad had met Khamenei and
Ahmadinejad in 2010 (English, OD1); Mekdad named to succeed Muallem, Jaafari takes Mekdad's post, Sabbagh
replaces Jaafari; Muallem had met Lavrentiev on the sidelines of the refugee conference (Arabic, OD2);
Badreddine killed (no agent), who had taken over from Imad Mughniyeh; Kuntar, Jihad Mughniyeh and
Allahdadi killed in Israeli strikes (English, OD3); Rouhani, Putin and Erdogan meet in Tehran; Jeffrey
held talks with Kalin in Ankara (Arabic, OD4); Erdogan hosts Putin and Rouhani; Pedersen took over from de
Mistura and met Muallem; Akar replaced Canikli (English, OD5); Assad meets Putin, then a working dinner
with Medvedev, Lavrov, Shoigu and Patrushev (Arabic, OD6).
Excluded on purpose (no relation): Zarif, absent from both meetings, and his Instagram resignation (OD1);
the congratulation calls of Zarif and Lavrov (OD2); Badreddine's killing (Hezbollah blamed "takfiri"
shelling: an accusation, no agent stated by the outlet), Imad Mughniyeh's 2008 killing (no agent), the
Hariri indictment, the men who "could replace" Badreddine (OD3); Putin's planned meeting with Erdogan in
Sochi, de Mistura's briefing (OD4); Erdogan's phone call with Trump, Pedersen's planned convening of the
committee, Jeffrey's trip (no counterpart named) (OD5); Putin's phone calls to Erdogan, King Salman, Sisi
and King Abdullah, Lavrov's planned Vienna meeting (OD6).
Judgement calls: "met ... Khamenei and then ... Rouhani" are two meetings, Khamenei and Rouhani are not
paired; Soleimani, "sitting in on" the first meeting and "present" at the second, is paired with Assad,
Khamenei and Rouhani; "received by Khamenei and then-President Mahmoud Ahmadinejad" (2010) pairs Assad
with each host, not the two hosts with each other (OD1); "ليشغل المنصب الذي كان يشغله المقداد" is a succession (OD2); "killed in an
Israeli airstrike" and "died in an Israeli helicopter strike" give the victim -> country:israel (OD3);
"قمة ثلاثية جمعت" is a meeting of the three (OD4); "hosted his Russian and Iranian counterparts" is a
meeting of the three; "who took over from" and "who replaced" are successions (OD5); the guests of the
working dinner ("بحضور") are attendees paired with Putin and Assad, not with each other (OD6); a minister
LEADS his ministry where it has an id.
Filled in for the exercise: the wording of the photographs' account (OD1); the decree's day, Muallem's
meeting with Lavrentiev on the conference's sidelines and the calls (OD2); the brief's number and wording,
the "could replace" speculation (OD3); Jeffrey's talks with Kalin in Ankara and their day (OD4); Jeffrey's
trip, the call to Trump (OD5); the attendance at the working dinner as far as remembered, the calls'
order (OD6).
Spellings: "Qassem Soleimani", "Hassan Rohani" beside "Rouhani" (OD1); "فيصل المقداد", "الراحل وليد
المعلم", "بسام صباغ", "ألكسندر لافرينتييف" (OD2); "Mustafa Badr al-Din", "Samir Quntar" (OD3); "إردوغان",
"جيمس جيفري" (OD4); "Erdoğan", "Geir O. Pedersen", "Walid al-Moallem" (OD5); "دميتري مدفيديف",
"نيكولاي باتروشيف" (OD6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_od import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, RUSSIA, IRAN, TURKEY, ISRAEL = (
    "country:syria", "country:russia", "country:iran", "country:turkey", "country:israel")
TEHRAN, MOSCOW = "location:tehran", "location:moscow"
HEZ, QUDS, IRGC, UN = "organization:hezbollah", "organization:quds-force", "organization:irgc", \
    "organization:united-nations"
SYRFM, IRFM, RUSFM, RUSDM = (
    "organization:syrian-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:russian-foreign-ministry", "organization:russian-defence-ministry")
ASSAD, MUALLEM, MEKDAD, JAAFARI, SABBAGH = (
    "person:bashar-al-assad", "person:walid-muallem", "person:faisal-mekdad", "person:bashar-al-jaafari",
    "person:bassam-al-sabbagh")
PUTIN, MEDVEDEV, LAVROV, SHOIGU, PATRUSHEV, LAVRENTIEV = (
    "person:vladimir-putin", "person:dmitry-medvedev", "person:sergei-lavrov", "person:sergei-shoigu",
    "person:nikolai-patrushev", "person:alexander-lavrentiev")
KHAMENEI, ROUHANI, ZARIF, SOLEIMANI, AHMADINEJAD, ALLAHDADI = (
    "person:ali-khamenei", "person:hassan-rouhani", "person:mohammad-javad-zarif", "person:qasem-soleimani",
    "person:mahmoud-ahmadinejad", "person:mohammad-ali-allahdadi")
ERDOGAN, AKAR, CANIKLI, KALIN = (
    "person:recep-tayyip-erdogan", "person:hulusi-akar", "person:nurettin-canikli", "person:ibrahim-kalin")
DEMISTURA, PEDERSEN, JEFFREY, POMPEO, TRUMP = (
    "person:staffan-de-mistura", "person:geir-pedersen", "person:james-jeffrey", "person:mike-pompeo",
    "person:donald-trump")
NASRALLAH, KUNTAR, JIHAD, IMAD, BADREDDINE = (
    "person:hassan-nasrallah", "person:samir-kuntar", "person:jihad-mughniyeh", "person:imad-mughniyeh",
    "person:mustafa-badreddine")

ARABIYA = "blind set (Gulf TV channel's English news site, Al Arabiya English-like)"
WATAN = "blind set (Syrian private daily, Arabic, Al-Watan-like)"
POLICYWATCH = "blind set (Washington think-tank brief, English, PolicyWatch-like)"
AWSAT = "blind set (pan-Arab Gulf daily printed in London, Arabic, Asharq Al-Awsat-like)"
SABAH = "blind set (Turkish pro-government daily, English, Daily Sabah-like)"
MAYADEEN = "blind set (Beirut TV channel's news site, Arabic, Al Mayadeen-like)"

ARTICLES = [
    ("enOD1_assad_tehran_visit_arabiya", "en",
     "Assad makes surprise Tehran visit, meets Khamenei and Rohani; Zarif resigns hours later\n"
     "Al Arabiya English - Tuesday, 26 February 2019\n"
     "Syrian President Bashar al-Assad made a surprise visit to Tehran on Monday, his first trip to Iran since "
     "the war in his country began in 2011, meeting Supreme Leader Ali Khamenei and then President Hassan "
     "Rouhani, Iranian state media reported.\n"
     "Photographs released by Khamenei's office showed Major General Qassem Soleimani, the commander of the "
     "Revolutionary Guards' Quds Force, sitting in on the meeting with the Supreme Leader. The Iranian general "
     "was also present when Rouhani received the Syrian leader at the presidential compound.\n"
     "Hours later, Foreign Minister Mohammad Javad Zarif announced his resignation on Instagram. Iranian media "
     "said Zarif had not been informed of the visit and was absent from both meetings, while Soleimani sat at "
     "the table.\n"
     "Khamenei described Assad as a \"hero\" of the Arab world, and Rouhani promised Iran's continued support "
     "for Syria's reconstruction.\n"
     "Assad last travelled to Tehran in October 2010, when he was received by Khamenei and then-President "
     "Mahmoud Ahmadinejad.",
     [("MET_WITH", ASSAD, KHAMENEI, "meeting Supreme Leader Ali Khamenei", "2019-02-25"),
      ("MET_WITH", ASSAD, ROUHANI, "and then President Hassan", "2019-02-25"),
      ("VISITED", ASSAD, TEHRAN, "made a surprise visit to Tehran"),
      ("MET_WITH", SOLEIMANI, ASSAD, "sitting in on the meeting", "2019-02-25"),
      ("MET_WITH", SOLEIMANI, KHAMENEI, "Major General Qassem Soleimani", "2019-02-25"),
      ("MET_WITH", SOLEIMANI, ROUHANI, "The Iranian general was also present", "2019-02-25"),
      ("LEADS", SOLEIMANI, QUDS, "the commander of the Revolutionary Guards' Quds Force"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani"),
      ("LEADS", ZARIF, IRFM, "Foreign Minister Mohammad Javad Zarif"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar al-Assad"),
      ("MET_WITH", ASSAD, AHMADINEJAD, "then-President", "2010-10-02"),
      ],
     {"source": ARABIYA, "published": "2019-02-26"}),

    ("arOD2_mekdad_foreign_minister_watan", "ar",
     "مرسوم بتسمية المقداد وزيراً للخارجية والجعفري نائباً له\n"
     "دمشق - الوطن\n"
     "أصدر الرئيس بشار الأسد أمس المرسوم القاضي بتسمية الدكتور فيصل المقداد وزيراً للخارجية والمغتربين، خلفاً "
     "للراحل وليد المعلم الذي وافته المنية فجر السادس عشر من تشرين الثاني الجاري عن 79 عاماً.\n"
     "كما صدر مرسوم بتسمية مندوب سورية الدائم لدى الأمم المتحدة الدكتور بشار الجعفري نائباً لوزير الخارجية "
     "والمغتربين، ليشغل المنصب الذي كان يشغله المقداد منذ عام 2006.\n"
     "وسمّى مرسوم ثالث الدكتور بسام صباغ مندوباً دائماً لسورية لدى المنظمة الدولية في نيويورك، خلفاً للجعفري.\n"
     "وتلقى المقداد فور صدور المرسوم اتصالين هاتفيين من نظيريه الإيراني محمد جواد ظريف والروسي سيرغي لافروف "
     "هنّآه فيهما بتسلّمه مهامه.\n"
     "وكان الراحل المعلم قد التقى، على هامش المؤتمر الدولي حول عودة اللاجئين الذي استضافته دمشق في 11 "
     "تشرين الثاني، رئيس الوفد الروسي المبعوث الرئاسي ألكسندر لافرينتييف، في آخر نشاط رسمي له قبل أن يدخل "
     "المستشفى.\n"
     "ويُعدّ المقداد من أبرز وجوه الدبلوماسية السورية، وقد رافق المعلم في معظم جولاته، وترأس وفوداً سورية إلى "
     "اجتماعات في موسكو وطهران.",
     [("SUCCESSOR_OF", MEKDAD, MUALLEM, "للراحل وليد المعلم الذي", "2020-11-22"),
      ("LEADS", ASSAD, SYRIA, "أصدر الرئيس بشار الأسد"),
      ("LEADS", MEKDAD, SYRFM, "الدكتور فيصل المقداد وزيراً للخارجية"),
      ("SUCCESSOR_OF", JAAFARI, MEKDAD, "ليشغل المنصب الذي كان يشغله المقداد", "2020-11-22"),
      ("SUCCESSOR_OF", SABBAGH, JAAFARI, "خلفاً للجعفري", "2020-11-22"),
      ("MET_WITH", MUALLEM, LAVRENTIEV, "رئيس الوفد الروسي المبعوث الرئاسي", "2020-11-11"),
      ],
     {"source": WATAN, "published": "2020-11-23"}),

    ("enOD3_badreddine_killed_policywatch", "en",
     "Hezbollah's Military Chief Killed in Syria: What Mustafa Badreddine's Death Means\n"
     "PolicyWatch, May 16, 2016\n"
     "On May 13, Hezbollah announced that Mustafa Badreddine, the commander of its forces in Syria, had been "
     "killed in a large explosion near Damascus International Airport. The group initially hinted at Israel, "
     "then blamed \"takfiri groups\" for artillery shelling of the area; Israel has not commented.\n"
     "Badreddine took over Hezbollah's military wing after the February 2008 killing of his cousin and "
     "brother-in-law, Imad Mughniyeh, by a car bomb in the Kafr Sousa district of Damascus. He was also one of "
     "four Hezbollah members indicted by the Special Tribunal for Lebanon for the 2005 assassination of Rafik "
     "Hariri.\n"
     "His death is the latest in a string of losses in Syria. Samir Quntar was killed in an Israeli airstrike "
     "on Jaramana in December 2015, and Jihad Mughniyeh, Imad's son, died in an Israeli helicopter strike in "
     "Quneitra in January 2015, along with Iranian Brig. Gen. Mohammad Ali Allahdadi of the Revolutionary "
     "Guards.\n"
     "Hezbollah has not named a successor. Veteran commanders such as Fuad Shukr or Ibrahim Aqil could "
     "replace him, according to Lebanese press reports.\n"
     "For Hassan Nasrallah, the killing comes at a delicate moment, as the group's secretary-general seeks to "
     "justify its deepening involvement in Syria to a weary Shiite base.",
     [("MEMBER_OF", BADREDDINE, HEZ, "the commander of its forces in Syria"),
      ("SUCCESSOR_OF", BADREDDINE, IMAD, "Badreddine took over Hezbollah's military wing", "2008-02-12"),
      ("MEMBER_OF", IMAD, HEZ, "brother-in-law, Imad Mughniyeh"),
      ("ASSASSINATED_BY", KUNTAR, ISRAEL, "Samir Quntar was killed in an Israeli airstrike", "2015-12-19"),
      ("ASSASSINATED_BY", JIHAD, ISRAEL, "died in an Israeli helicopter strike", "2015-01-18"),
      ("ASSASSINATED_BY", ALLAHDADI, ISRAEL, "Brig. Gen. Mohammad Ali Allahdadi", "2015-01-18"),
      ("MEMBER_OF", ALLAHDADI, IRGC, "of the Revolutionary Guards"),
      ("LEADS", NASRALLAH, HEZ, "the group's secretary-general seeks"),
      ],
     {"source": POLICYWATCH, "published": "2016-05-16"}),

    ("arOD4_tehran_summit_idlib_awsat", "ar",
     "قمة طهران تنتهي بلا اتفاق على إدلب... وإردوغان إلى سوتشي\n"
     "طهران - لندن: «الشرق الأوسط»\n"
     "اختتمت في طهران أمس قمة ثلاثية جمعت الرئيس الإيراني حسن روحاني ونظيريه الروسي فلاديمير بوتين والتركي "
     "رجب طيب إردوغان، من دون التوصل إلى اتفاق حول مصير محافظة إدلب، آخر معاقل المعارضة السورية.\n"
     "وظهر الخلاف إلى العلن حين دعا إردوغان إلى إعلان هدنة في المحافظة، فرد بوتين بأنه لا يوجد ممثلون عن "
     "المعارضة المسلحة ولا عن «هيئة تحرير الشام» حول الطاولة للتفاوض على هدنة.\n"
     "وأكد البيان الختامي أن الرؤساء الثلاثة اتفقوا على معالجة الوضع في إدلب «بروح التعاون التي ميزت مسار "
     "آستانة».\n"
     "ومن المقرر أن يلتقي بوتين وإردوغان في منتجع سوتشي في السابع عشر من الشهر الجاري لبحث الملف مجدداً.\n"
     "في غضون ذلك، أجرى المبعوث الأميركي الخاص بشأن سوريا جيمس جيفري، الذي عيّنه وزير الخارجية مايك بومبيو "
     "الشهر الماضي، محادثات في أنقرة الثلاثاء مع المتحدث باسم الرئاسة التركية إبراهيم قالن، تناولت إدلب ومنبج.\n"
     "وكان المبعوث الأممي ستافان دي ميستورا قد حذّر من «عاصفة كاملة» في إدلب قد تهدد حياة نحو ثلاثة ملايين "
     "مدني.",
     met_group({ROUHANI: "قمة ثلاثية جمعت الرئيس الإيراني", PUTIN: "ونظيريه الروسي فلاديمير بوتين",
                ERDOGAN: "والتركي رجب طيب إردوغان"}, "2018-09-07") + [
      ("LEADS", ROUHANI, IRAN, "الرئيس الإيراني حسن روحاني"),
      ("MET_WITH", JEFFREY, KALIN, "محادثات في أنقرة الثلاثاء", "2018-09-04"),
      ("LEADS", POMPEO, "organization:us-state-department", "وزير الخارجية مايك بومبيو"),
      ],
     {"source": AWSAT, "published": "2018-09-08"}),

    ("enOD5_ankara_summit_sabah", "en",
     "Erdoğan hosts Putin, Rouhani in Ankara for fifth trilateral summit on Syria\n"
     "ANKARA, Daily Sabah - President Recep Tayyip Erdoğan hosted his Russian and Iranian counterparts, Vladimir "
     "Putin and Hassan Rouhani, at the presidential complex in Ankara on Monday for the fifth trilateral summit "
     "under the Astana format, where the three leaders agreed on the composition of a Syrian constitutional "
     "committee.\n"
     "In a joint statement, the guarantor countries said they were determined to preserve calm in the Idlib "
     "de-escalation zone.\n"
     "The committee is expected to be convened in Geneva by U.N. Special Envoy for Syria Geir O. Pedersen, who "
     "took over from Staffan de Mistura in January. Pedersen met Syrian Foreign Minister Walid al-Moallem in "
     "Damascus during his first visit as envoy that month.\n"
     "Erdoğan also spoke by phone with U.S. President Donald Trump last week about the planned safe zone east "
     "of the Euphrates. U.S. Special Representative for Syria Engagement James Jeffrey was in Ankara for talks "
     "on the zone in early September.\n"
     "Defense Minister Hulusi Akar, the former chief of General Staff who replaced Nurettin Canikli in July 2018, "
     "said joint Turkish-U.S. ground patrols had begun.\n"
     "Syrian President Bashar Assad, whose government is not part of the format, was not invited.",
     met_group({ERDOGAN: "President Recep Tayyip Erdoğan hosted", PUTIN: "counterparts, Vladimir",
                ROUHANI: "Putin and Hassan Rouhani, at the presidential"}, "2019-09-16") + [
      ("SUCCESSOR_OF", PEDERSEN, DEMISTURA, "took over from Staffan de Mistura", "2019-01-07"),
      ("MEMBER_OF", PEDERSEN, UN, "U.N. Special Envoy for Syria Geir"),
      ("MET_WITH", PEDERSEN, MUALLEM, "Pedersen met Syrian Foreign Minister", "2019-01-15"),
      ("LEADS", MUALLEM, SYRFM, "Syrian Foreign Minister Walid al-Moallem"),
      ("SUCCESSOR_OF", AKAR, CANIKLI, "who replaced Nurettin Canikli", "2018-07-09"),
      ("LEADS", TRUMP, "country:united-states", "U.S. President Donald Trump"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar Assad"),
      ],
     {"source": SABAH, "published": "2019-09-17"}),

    ("arOD6_assad_moscow_visit_mayadeen", "ar",
     "الرئيس الأسد في موسكو في أول زيارة خارجية منذ بدء الحرب\n"
     "الميادين نت\n"
     "أعلن الكرملين صباح اليوم الأربعاء أن الرئيس السوري بشار الأسد وصل إلى موسكو مساء أمس الثلاثاء في زيارة "
     "عمل لم يُعلن عنها مسبقاً، التقى خلالها الرئيس الروسي فلاديمير بوتين في الكرملين.\n"
     "وقال المتحدث باسم الرئاسة الروسية دميتري بيسكوف إن الرئيسين عقدا محادثات ثنائية، تلاها عشاء عمل بحضور "
     "رئيس الوزراء دميتري مدفيديف ووزير الخارجية سيرغي لافروف ووزير الدفاع سيرغي شويغو وأمين مجلس الأمن "
     "نيكولاي باتروشيف.\n"
     "وشكر الأسد مضيفه على دعم روسيا، مؤكداً أن \"العمل العسكري يجب أن تتبعه خطوات سياسية\"، فيما أعرب بوتين "
     "عن أمله في التوصل إلى تسوية طويلة الأمد.\n"
     "وأجرى بوتين في اليوم التالي اتصالات هاتفية بالرئيس التركي رجب طيب أردوغان والعاهل السعودي الملك سلمان "
     "بن عبد العزيز والرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني، أطلعهم خلالها على "
     "نتائج المحادثات.\n"
     "وتأتي الزيارة بعد ثلاثة أسابيع من بدء الضربات الجوية الروسية في سوريا في 30 أيلول.\n"
     "ومن المقرر أن يلتقي لافروف يوم الجمعة في فيينا نظراءه الأميركي والسعودي والتركي.",
     [("MET_WITH", ASSAD, PUTIN, "التقى خلالها الرئيس الروسي", "2015-10-20"),
      ("VISITED", ASSAD, MOSCOW, "وصل إلى موسكو مساء"),
      ("MET_WITH", MEDVEDEV, ASSAD, "بحضور رئيس الوزراء", "2015-10-20"),
      ("MET_WITH", MEDVEDEV, PUTIN, "دميتري مدفيديف", "2015-10-20"),
      ("MET_WITH", LAVROV, ASSAD, "ووزير الخارجية سيرغي", "2015-10-20"),
      ("MET_WITH", LAVROV, PUTIN, "سيرغي لافروف ووزير", "2015-10-20"),
      ("MET_WITH", SHOIGU, ASSAD, "ووزير الدفاع سيرغي", "2015-10-20"),
      ("MET_WITH", SHOIGU, PUTIN, "سيرغي شويغو", "2015-10-20"),
      ("MET_WITH", PATRUSHEV, ASSAD, "وأمين مجلس الأمن", "2015-10-20"),
      ("MET_WITH", PATRUSHEV, PUTIN, "نيكولاي باتروشيف", "2015-10-20"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("LEADS", PUTIN, RUSSIA, "الرئيس الروسي فلاديمير بوتين"),
      ("LEADS", MEDVEDEV, RUSSIA, "رئيس الوزراء دميتري"),
      ("LEADS", LAVROV, RUSFM, "وزير الخارجية سيرغي لافروف"),
      ("LEADS", SHOIGU, RUSDM, "وزير الدفاع سيرغي شويغو"),
      ],
     {"source": MAYADEEN, "published": "2015-10-21"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOD")
