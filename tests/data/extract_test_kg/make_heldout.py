"""Blind set KG: Israel's leaders, their American, Egyptian and Qatari interlocutors and the commanders
Israel killed, 2024-2025, as a Jordanian Arabic daily writes it (Al-Ghad / Al-Rai-like: "عمّان - الغد",
"الاحتلال الإسرائيلي", "بحسب وسائل إعلام عبرية", a line on Jordan's position) and as a US wire writes it
(AP / Reuters-like: "JERUSALEM (AP) -", "said on condition of anonymity", a background paragraph).
Pieces: the Cairo round of August 2024 with Burns, Barnea, Bar, Kamel, Sheikh Mohammed and McGurk, the
Hamas delegation received by the mediators, Huneiti receives Kurilla in Amman (Arabic); Netanyahu names
Gofman to head the Mossad, Raed Saad killed in Gaza City, Netanyahu's meeting with Cooper (English); Israel's
June 2025 strikes on Iran's commanders and their successors, Netanyahu's security meeting (Arabic); Vance in
Jerusalem and Kiryat Gat with Witkoff and Kushner (English); Mohammed Sinwar, Shabana, Hakam al-Issa and
Abu Obeida killed, al-Haddad in Sinwar's place, Rashad and Dermer's meetings (Arabic); Trump receives
Netanyahu at the White House, Leiter in Michael Herzog's place, Hegseth at the Pentagon (English).
Excluded on purpose (no relation): no direct meeting between the Hamas and Israeli delegations, and
Haniyeh's killing, for which "Hamas and Iran blamed Israel" (an accusation, not the event, KG1); Gofman
"will succeed" Barnea in June (expected) and a planned Netanyahu-Trump meeting (KG2); Safadi's phone call
with Araghchi and Ali Shamkhani "targeted" (KG3); Vance's remark on the Knesset annexation vote (reported
speech) and Netanyahu's denial that Israel is a "protectorate" (KG4); Hamas's denial of Abu Obeida's death
and a Netanyahu-Sheikh Mohammed meeting "not confirmed" (KG5); Trump's phone call with King Abdullah and
the Saudi normalization talks "expected" (KG6).
Judgement calls: "Israel's military said it killed X" gives X -> IDF; "killed with him" gives the same
agent; a joint news conference is a meeting of all who held it; the Hamas delegation received by the two
mediators together pairs its head and members with both. Who sat in on meetings is partly filled in for
the exercise.
Spellings: "بيل بيرنز" and "الشيخ محمد بن عبدالرحمن" without Al Thani (KG1), David "Dadi" Barnea (KG2),
"محمد حسين باقري" and "وزير الحرب" for Katz (KG3), "رئيس الوزراء القطري" unnamed for Sheikh Mohammed (KG5).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kg import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, USA, IRAN, JORDAN = "country:israel", "country:united-states", "country:iran", "country:jordan"
IDF, MOSSAD, SHINBET, NSC, CIA, EGI, HAMAS, QASSAM, HEZ, CENTCOM, JAF, DOD = (
    "organization:israel-defense-forces", "organization:mossad", "organization:shin-bet",
    "organization:israeli-national-security-council", "organization:cia", "organization:egyptian-general-intelligence",
    "organization:hamas", "organization:qassam-brigades", "organization:hezbollah", "organization:us-central-command",
    "organization:jordanian-armed-forces", "organization:us-department-of-defense")
IRSTAFF, IRGC, KHATAM, AERO = ("organization:iranian-armed-forces-general-staff", "organization:irgc",
                               "organization:khatam-al-anbiya-central-headquarters", "organization:irgc-aerospace-force")
CAIRO, AMMAN, JERUSALEM, KIRYATGAT, WASHINGTON, GAZACITY, KHANYOUNIS, EUROHOSP, DOHA = (
    "location:cairo", "location:amman", "location:jerusalem", "location:kiryat-gat", "location:washington",
    "location:gaza-city", "location:khan-younis", "location:european-hospital-khan-younis", "location:doha")
BURNS, BARNEA, RBAR, KAMEL, MBAR, MCGURK, ALON, HAYYA, JABARIN, KURILLA = (
    "person:william-burns", "person:david-barnea", "person:ronen-bar", "person:abbas-kamel",
    "person:mohammed-bin-abdulrahman-al-thani", "person:brett-mcgurk", "person:nitzan-alon", "person:khalil-al-hayya",
    "person:zaher-jabarin", "person:michael-kurilla")
NETANYAHU, EZAMIR, ZINI, HANEGBI, COOPER, TABATABAI, KATZ = (
    "person:benjamin-netanyahu", "person:eyal-zamir", "person:david-zini", "person:tzachi-hanegbi",
    "person:brad-cooper", "person:haytham-ali-tabatabai", "person:israel-katz")
BAGHERI, SALAMI, HAJIZADEH, RASHID, TEHRANCHI, ABBASI, AMOUSAVI, PAKPOUR, MMOUSAVI, SHADMANI = (
    "person:mohammad-bagheri", "person:hossein-salami", "person:amir-ali-hajizadeh", "person:gholam-ali-rashid",
    "person:mohammad-mehdi-tehranchi", "person:fereydoun-abbasi", "person:abdolrahim-mousavi",
    "person:mohammad-pakpour", "person:majid-mousavi", "person:ali-shadmani")
WITKOFF, KUSHNER, DERMER, IHERZOG = ("person:steve-witkoff", "person:jared-kushner", "person:ron-dermer",
                                     "person:isaac-herzog")
MSINWAR, YSINWAR, SHABANA, ABUOBEIDA, HADDAD, RASHAD, AWADALLAH = (
    "person:mohammed-sinwar", "person:yahya-sinwar", "person:mohammed-shabana", "person:abu-obeida",
    "person:izz-al-din-al-haddad", "person:hassan-rashad", "person:nizar-awadallah")
TRUMP, RUBIO, LEITER, HEGSETH = ("person:donald-trump", "person:marco-rubio", "person:yechiel-leiter",
                                 "person:pete-hegseth")
# new to the tables
HUNEITI, GOFMAN, SAAD, REICH, MEHRABI, VANCE, ISSA, WALTZ, MHERZOG = (
    "person:yousef-huneiti", "person:roman-gofman", "person:raed-saad", "person:gil-reich",
    "person:gholamreza-mehrabi", "person:jd-vance", "person:hakam-al-issa", "person:mike-waltz",
    "person:michael-herzog")

_CAIRO_GROUP = [BURNS, BARNEA, RBAR, KAMEL, MBAR, MCGURK, ALON]
_CAIRO_NEEDLE = {BURNS: "بيل بيرنز", BARNEA: "دافيد برنياع", RBAR: "رونين بار", KAMEL: "اللواء عباس كامل",
                 MBAR: "الشيخ محمد بن عبدالرحمن", MCGURK: "بريت ماكغورك", ALON: "نيتسان ألون"}


def _cairo_pairs():
    out = []
    for i, a in enumerate(_CAIRO_GROUP):
        for b in _CAIRO_GROUP[i + 1:]:
            out.append(("MET_WITH", a, b, _CAIRO_NEEDLE[b], "2024-08-25"))
    return out


ARTICLES = [
    ("arKG1_cairo_round_huneiti", "ar",
     "جولة مفاوضات جديدة في القاهرة دون اختراق\n"
     "عمّان - الغد - عُقدت في القاهرة الأحد جولة جديدة من مفاوضات وقف إطلاق النار في غزة، شارك فيها مدير "
     "وكالة المخابرات المركزية الأميركية بيل بيرنز، ورئيس الموساد دافيد برنياع، ورئيس الشاباك رونين بار، "
     "ورئيس المخابرات العامة المصرية اللواء عباس كامل، ورئيس الوزراء وزير الخارجية القطري الشيخ محمد بن "
     "عبدالرحمن، ومنسق البيت الأبيض بريت ماكغورك، ومسؤول ملف الأسرى في جيش الاحتلال نيتسان ألون.\n"
     "واستقبل الوسيطان المصري والقطري معاً وفد حركة حماس برئاسة خليل الحية، وضم الوفد زاهر جبارين، ولم "
     "يلتق الوفد الوفد الإسرائيلي.\n"
     "وتأتي الجولة بعد اغتيال رئيس المكتب السياسي للحركة إسماعيل هنية في طهران، وهو ما حمّلت حماس وإيران "
     "إسرائيل مسؤوليته.\n"
     "وفي عمّان، استقبل رئيس هيئة الأركان المشتركة اللواء الركن يوسف الحنيطي قائد القيادة المركزية الأميركية "
     "الجنرال مايكل كوريلا، وبحثا التطورات الإقليمية.",
     _cairo_pairs() + [
      ("LEADS", BURNS, CIA, "مدير وكالة المخابرات المركزية الأميركية"),
      ("LEADS", BARNEA, MOSSAD, "ورئيس الموساد دافيد برنياع"),
      ("LEADS", RBAR, SHINBET, "ورئيس الشاباك رونين بار"),
      ("LEADS", KAMEL, EGI, "ورئيس المخابرات العامة المصرية"),
      ("VISITED", BURNS, CAIRO, "عُقدت في القاهرة الأحد", "2024-08-25"),
      ("MET_WITH", HAYYA, KAMEL, "واستقبل الوسيطان المصري والقطري معاً", "2024-08-25"),
      ("MET_WITH", HAYYA, MBAR, "واستقبل الوسيطان المصري والقطري معاً", "2024-08-25"),
      ("MET_WITH", JABARIN, KAMEL, "وضم الوفد زاهر جبارين", "2024-08-25"),
      ("MET_WITH", JABARIN, MBAR, "وضم الوفد زاهر جبارين", "2024-08-25"),
      ("MET_WITH", HAYYA, JABARIN, "وضم الوفد زاهر جبارين", "2024-08-25"),
      ("MEMBER_OF", HAYYA, HAMAS, "وفد حركة حماس برئاسة خليل الحية"),
      ("MEMBER_OF", JABARIN, HAMAS, "وضم الوفد زاهر جبارين"),
      ("MET_WITH", HUNEITI, KURILLA, "استقبل رئيس هيئة الأركان المشتركة", "2024-08"),
      ("LEADS", HUNEITI, JAF, "استقبل رئيس هيئة الأركان المشتركة"),
      ("LEADS", KURILLA, CENTCOM, "قائد القيادة المركزية الأميركية"),
      ("VISITED", KURILLA, AMMAN, "وفي عمّان", "2024-08"),
      ],
     {"source": "blind set (Jordanian Arabic daily)", "published": "2024-08-26"}),

    ("enKG2_gofman_mossad_saad", "en",
     "Netanyahu taps military secretary to head Mossad as strike kills senior Hamas commander\n"
     "JERUSALEM (AP) - Israeli Prime Minister Benjamin Netanyahu on Thursday named his military secretary, "
     "Maj. Gen. Roman Gofman, as the next director of the Mossad spy agency. Gofman will succeed David \"Dadi\" "
     "Barnea when Barnea's term ends in June.\n"
     "Two days later, Israel's military said it killed Raed Saad, a senior commander of Hamas's armed wing, in "
     "a strike on a car in Gaza City. Hamas called the strike a violation of the ceasefire.\n"
     "Earlier this month Gofman sat in on Netanyahu's meeting in Jerusalem with the head of U.S. Central "
     "Command, Adm. Brad Cooper, together with military chief Eyal Zamir and Shin Bet director David Zini, two "
     "officials said on condition of anonymity.\n"
     "Zini replaced Ronen Bar in October. Netanyahu also replaced his national security adviser, Tzachi "
     "Hanegbi, with Gil Reich as acting head. Last month Israel killed Hezbollah's top military commander, "
     "Haytham Ali Tabatabai, in Beirut.",
     [("MEMBER_OF", GOFMAN, ISR, "named his military secretary"),
      ("ASSASSINATED_BY", SAAD, IDF, "Israel's military said it killed Raed Saad", "2025-12-13"),
      ("MEMBER_OF", SAAD, QASSAM, "a senior commander of Hamas's armed wing"),
      ("ATTACKED", IDF, GAZACITY, "a strike on a car in Gaza City", "2025-12-13"),
      ("MET_WITH", NETANYAHU, COOPER, "Netanyahu's meeting in Jerusalem with the head", "2025-12"),
      ("MET_WITH", GOFMAN, NETANYAHU, "Earlier this month Gofman sat in", "2025-12"),
      ("MET_WITH", GOFMAN, COOPER, "Earlier this month Gofman sat in", "2025-12"),
      ("MET_WITH", EZAMIR, NETANYAHU, "together with military chief Eyal Zamir", "2025-12"),
      ("MET_WITH", EZAMIR, COOPER, "together with military chief Eyal Zamir", "2025-12"),
      ("MET_WITH", EZAMIR, GOFMAN, "together with military chief Eyal Zamir", "2025-12"),
      ("MET_WITH", ZINI, NETANYAHU, "Shin Bet director David Zini, two", "2025-12"),
      ("MET_WITH", ZINI, COOPER, "Shin Bet director David Zini, two", "2025-12"),
      ("MET_WITH", ZINI, GOFMAN, "Shin Bet director David Zini, two", "2025-12"),
      ("MET_WITH", EZAMIR, ZINI, "Shin Bet director David Zini, two", "2025-12"),
      ("LEADS", COOPER, CENTCOM, "Command, Adm. Brad Cooper"),
      ("VISITED", COOPER, JERUSALEM, "Netanyahu's meeting in Jerusalem with the head", "2025-12"),
      ("SUCCESSOR_OF", ZINI, RBAR, "Zini replaced Ronen Bar in October", "2025-10"),
      ("SUCCESSOR_OF", REICH, HANEGBI, "with Gil Reich as acting head", "2025-10"),
      ("ASSASSINATED_BY", TABATABAI, ISR, "Last month Israel killed Hezbollah's top military commander", "2025-11-23"),
      ("MEMBER_OF", TABATABAI, HEZ, "Hezbollah's top military commander"),
      ],
     {"source": "blind set (US wire agency, English)", "published": "2025-12-13"}),

    ("arKG3_iran_commanders_successors", "ar",
     "الاحتلال يغتال قادة الصف الأول في إيران وطهران تعيّن بدلاء\n"
     "عمّان - الغد - أعلن جيش الاحتلال الإسرائيلي أنه قتل في غاراته على إيران فجر الجمعة رئيس هيئة الأركان "
     "العامة للقوات المسلحة محمد حسين باقري، والقائد العام للحرس الثوري حسين سلامي، وقائد القوة الجوفضائية أمير "
     "علي حاجي زاده، وقائد مقر خاتم الأنبياء غلام علي رشيد، ونائب رئيس الاستخبارات في هيئة الأركان العميد "
     "غلام رضا مهرابي، إضافة إلى العالمين النوويين محمد مهدي طهرانجي وفريدون عباسي.\n"
     "وعيّن المرشد الإيراني عبد الرحيم موسوي خلفاً لباقري، ومحمد باكبور خلفاً لسلامي، فيما خلف مجيد موسوي "
     "حاجي زاده، وعلي شادماني رشيد.\n"
     "وبحسب وسائل إعلام عبرية، عقد نتنياهو قبل الغارات اجتماعاً أمنياً بحضور وزير الحرب يسرائيل كاتس ورئيس "
     "الأركان إيال زامير ورئيس الموساد دافيد برنياع.\n"
     "وأفادت تقارير بأن علي شمخاني استُهدف أيضاً دون تأكيد مصيره.\n"
     "وتلقى وزير الخارجية أيمن الصفدي اتصالاً من نظيره الإيراني عباس عراقجي، وأكد أن الأردن لن يسمح "
     "باستخدام أجوائه.",
     [("ASSASSINATED_BY", BAGHERI, IDF, "العامة للقوات المسلحة محمد حسين باقري", "2025-06-13"),
      ("LEADS", BAGHERI, IRSTAFF, "العامة للقوات المسلحة محمد حسين باقري"),
      ("ASSASSINATED_BY", SALAMI, IDF, "والقائد العام للحرس الثوري حسين سلامي", "2025-06-13"),
      ("LEADS", SALAMI, IRGC, "والقائد العام للحرس الثوري حسين سلامي"),
      ("ASSASSINATED_BY", HAJIZADEH, IDF, "وقائد القوة الجوفضائية", "2025-06-13"),
      ("LEADS", HAJIZADEH, AERO, "وقائد القوة الجوفضائية"),
      ("ASSASSINATED_BY", RASHID, IDF, "وقائد مقر خاتم الأنبياء غلام علي رشيد", "2025-06-13"),
      ("LEADS", RASHID, KHATAM, "وقائد مقر خاتم الأنبياء غلام علي رشيد"),
      ("ASSASSINATED_BY", MEHRABI, IDF, "غلام رضا مهرابي", "2025-06-13"),
      ("MEMBER_OF", MEHRABI, IRSTAFF, "ونائب رئيس الاستخبارات في هيئة الأركان"),
      ("ASSASSINATED_BY", TEHRANCHI, IDF, "محمد مهدي طهرانجي", "2025-06-13"),
      ("ASSASSINATED_BY", ABBASI, IDF, "وفريدون عباسي", "2025-06-13"),
      ("ATTACKED", IDF, IRAN, "في غاراته على إيران", "2025-06-13"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "عبد الرحيم موسوي خلفاً لباقري", "2025-06-13"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "ومحمد باكبور خلفاً لسلامي", "2025-06-13"),
      ("SUCCESSOR_OF", MMOUSAVI, HAJIZADEH, "فيما خلف مجيد موسوي", "2025-06-13"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "وعلي شادماني رشيد", "2025-06-13"),
      ("MET_WITH", NETANYAHU, KATZ, "بحضور وزير الحرب يسرائيل كاتس", "2025-06-12"),
      ("MET_WITH", NETANYAHU, EZAMIR, "الأركان إيال زامير", "2025-06-12"),
      ("MET_WITH", NETANYAHU, BARNEA, "ورئيس الموساد دافيد برنياع", "2025-06-12"),
      ("MET_WITH", KATZ, EZAMIR, "الأركان إيال زامير", "2025-06-12"),
      ("MET_WITH", KATZ, BARNEA, "ورئيس الموساد دافيد برنياع", "2025-06-12"),
      ("MET_WITH", EZAMIR, BARNEA, "ورئيس الموساد دافيد برنياع", "2025-06-12"),
      ("LEADS", BARNEA, MOSSAD, "ورئيس الموساد دافيد برنياع"),
      ],
     {"source": "blind set (Jordanian Arabic daily)", "published": "2025-06-14"}),

    ("enKG4_vance_jerusalem_kiryat_gat", "en",
     "Vance, in Israel, says he is optimistic the Gaza ceasefire will hold\n"
     "JERUSALEM (AP) - U.S. Vice President JD Vance met Prime Minister Benjamin Netanyahu in Jerusalem on "
     "Wednesday, joined by special envoy Steve Witkoff and Jared Kushner, President Donald Trump's son-in-law. "
     "Israeli Strategic Affairs Minister Ron Dermer also attended, an Israeli official said.\n"
     "A day earlier, Vance, Witkoff and Kushner held a news conference with Adm. Brad Cooper, the head of U.S. "
     "Central Command, at the new U.S.-led coordination center in Kiryat Gat.\n"
     "Vance later met Israeli President Isaac Herzog.\n"
     "Asked about a preliminary Knesset vote on annexing the West Bank, Vance called it \"a very stupid "
     "political stunt.\" Netanyahu's office rejected claims that Israel had become a U.S. \"protectorate.\"\n"
     "The ceasefire that took effect on Oct. 10 has been shaken by deadly flare-ups.",
     [("MET_WITH", VANCE, NETANYAHU, "met Prime Minister Benjamin Netanyahu in Jerusalem", "2025-10-22"),
      ("MET_WITH", VANCE, WITKOFF, "joined by special envoy Steve Witkoff", "2025-10-22"),
      ("MET_WITH", VANCE, KUSHNER, "and Jared Kushner, President", "2025-10-22"),
      ("MET_WITH", NETANYAHU, WITKOFF, "joined by special envoy Steve Witkoff", "2025-10-22"),
      ("MET_WITH", NETANYAHU, KUSHNER, "and Jared Kushner, President", "2025-10-22"),
      ("MET_WITH", WITKOFF, KUSHNER, "and Jared Kushner, President", "2025-10-22"),
      ("MET_WITH", DERMER, VANCE, "Ron Dermer also attended", "2025-10-22"),
      ("MET_WITH", DERMER, NETANYAHU, "Ron Dermer also attended", "2025-10-22"),
      ("MET_WITH", DERMER, WITKOFF, "Ron Dermer also attended", "2025-10-22"),
      ("MET_WITH", DERMER, KUSHNER, "Ron Dermer also attended", "2025-10-22"),
      ("VISITED", VANCE, JERUSALEM, "met Prime Minister Benjamin Netanyahu in Jerusalem", "2025-10-22"),
      ("MET_WITH", COOPER, VANCE, "held a news conference with Adm. Brad Cooper", "2025-10-21"),
      ("MET_WITH", COOPER, WITKOFF, "held a news conference with Adm. Brad Cooper", "2025-10-21"),
      ("MET_WITH", COOPER, KUSHNER, "held a news conference with Adm. Brad Cooper", "2025-10-21"),
      ("LEADS", COOPER, CENTCOM, "the head of U.S."),
      ("VISITED", VANCE, KIRYATGAT, "coordination center in Kiryat Gat", "2025-10-21"),
      ("MET_WITH", VANCE, IHERZOG, "Vance later met Israeli President", "2025-10-22"),
      ("LEADS", IHERZOG, ISR, "Israeli President Isaac Herzog"),
      ],
     {"source": "blind set (US wire agency, English)", "published": "2025-10-22"}),

    ("arKG5_hamas_commanders_haddad", "ar",
     "الاحتلال يعلن اغتيال قادة في القسام والحداد يتولى قيادة غزة\n"
     "عمّان - الغد - أكد جيش الاحتلال الإسرائيلي أنه قتل محمد السنوار، شقيق يحيى السنوار وقائد كتائب "
     "القسام في غزة، في غارة على محيط المستشفى الأوروبي في خان يونس في أيار الماضي، وقتل معه قائد لواء رفح "
     "محمد شبانة.\n"
     "وتولى عز الدين الحداد قيادة القسام في القطاع خلفاً لمحمد السنوار، بحسب وسائل إعلام عبرية.\n"
     "وفي حزيران أعلن جيش الاحتلال أنه قتل حكم العيسى، أحد مؤسسي الجناح العسكري للحركة.\n"
     "كما أعلن وزير الحرب يسرائيل كاتس أن الجيش قتل الناطق باسم القسام أبو عبيدة في مدينة غزة، فيما لم "
     "تؤكد الحركة ذلك.\n"
     "وفي القاهرة، استقبل رئيس المخابرات المصرية اللواء حسن رشاد وفد حماس برئاسة خليل الحية، بحضور زاهر "
     "جبارين ونزار عوض الله.\n"
     "وفي الدوحة التقى الوزير رون ديرمر، يرافقه رئيس الموساد دافيد برنياع، رئيس الوزراء القطري.",
     [("ASSASSINATED_BY", MSINWAR, IDF, "أنه قتل محمد السنوار", "2025-05-13"),
      ("LEADS", MSINWAR, QASSAM, "وقائد كتائب"),
      ("ATTACKED", IDF, EUROHOSP, "في غارة على محيط المستشفى الأوروبي", "2025-05-13"),
      ("ASSASSINATED_BY", SHABANA, IDF, "وقتل معه قائد لواء رفح", "2025-05-13"),
      ("SUCCESSOR_OF", HADDAD, MSINWAR, "خلفاً لمحمد السنوار", "2025-05"),
      ("LEADS", HADDAD, QASSAM, "وتولى عز الدين الحداد قيادة القسام"),
      ("ASSASSINATED_BY", ISSA, IDF, "أنه قتل حكم العيسى", "2025-06"),
      ("MEMBER_OF", ISSA, QASSAM, "أحد مؤسسي الجناح العسكري للحركة"),
      ("ASSASSINATED_BY", ABUOBEIDA, IDF, "أن الجيش قتل الناطق باسم القسام", "2025-08-30"),
      ("MEMBER_OF", ABUOBEIDA, QASSAM, "الناطق باسم القسام"),
      ("MET_WITH", RASHAD, HAYYA, "استقبل رئيس المخابرات المصرية", "2025-09"),
      ("MET_WITH", RASHAD, JABARIN, "بحضور زاهر", "2025-09"),
      ("MET_WITH", RASHAD, AWADALLAH, "ونزار عوض الله", "2025-09"),
      ("MET_WITH", HAYYA, JABARIN, "بحضور زاهر", "2025-09"),
      ("MET_WITH", HAYYA, AWADALLAH, "ونزار عوض الله", "2025-09"),
      ("MET_WITH", JABARIN, AWADALLAH, "ونزار عوض الله", "2025-09"),
      ("LEADS", RASHAD, EGI, "استقبل رئيس المخابرات المصرية"),
      ("MET_WITH", DERMER, MBAR, "رئيس الوزراء القطري", "2025-09"),
      ("MET_WITH", DERMER, BARNEA, "يرافقه رئيس الموساد", "2025-09"),
      ("MET_WITH", BARNEA, MBAR, "يرافقه رئيس الموساد", "2025-09"),
      ("VISITED", DERMER, DOHA, "وفي الدوحة التقى الوزير", "2025-09"),
      ],
     {"source": "blind set (Jordanian Arabic daily)", "published": "2025-09-01"}),

    ("enKG6_trump_netanyahu_white_house", "en",
     "Trump hosts Netanyahu, first foreign leader of his second term\n"
     "WASHINGTON (AP) - President Donald Trump hosted Israeli Prime Minister Benjamin Netanyahu at the White "
     "House on Tuesday, the first foreign leader to visit since his inauguration.\n"
     "Secretary of State Marco Rubio, national security adviser Mike Waltz and special envoy Steve Witkoff "
     "joined the Oval Office meeting, as did Israel's Strategic Affairs Minister Ron Dermer, a person familiar "
     "with the talks said on condition of anonymity.\n"
     "Israel's new ambassador, Yechiel Leiter, replaced Michael Herzog last month.\n"
     "On Wednesday Netanyahu met Defense Secretary Pete Hegseth at the Pentagon.\n"
     "Trump spoke by phone with Jordan's King Abdullah II later in the week. A Saudi-Israeli normalization deal "
     "is expected to come up again.",
     [("MET_WITH", TRUMP, NETANYAHU, "hosted Israeli Prime Minister Benjamin Netanyahu", "2025-02-04"),
      ("MET_WITH", RUBIO, TRUMP, "Secretary of State Marco Rubio", "2025-02-04"),
      ("MET_WITH", RUBIO, NETANYAHU, "Secretary of State Marco Rubio", "2025-02-04"),
      ("MET_WITH", WALTZ, TRUMP, "national security adviser Mike Waltz", "2025-02-04"),
      ("MET_WITH", WALTZ, NETANYAHU, "national security adviser Mike Waltz", "2025-02-04"),
      ("MET_WITH", WALTZ, RUBIO, "national security adviser Mike Waltz", "2025-02-04"),
      ("MET_WITH", WITKOFF, TRUMP, "special envoy Steve Witkoff", "2025-02-04"),
      ("MET_WITH", WITKOFF, NETANYAHU, "special envoy Steve Witkoff", "2025-02-04"),
      ("MET_WITH", WITKOFF, RUBIO, "special envoy Steve Witkoff", "2025-02-04"),
      ("MET_WITH", WITKOFF, WALTZ, "special envoy Steve Witkoff", "2025-02-04"),
      ("MET_WITH", DERMER, TRUMP, "as did Israel's Strategic Affairs Minister", "2025-02-04"),
      ("MET_WITH", DERMER, NETANYAHU, "as did Israel's Strategic Affairs Minister", "2025-02-04"),
      ("MET_WITH", DERMER, RUBIO, "as did Israel's Strategic Affairs Minister", "2025-02-04"),
      ("MET_WITH", DERMER, WALTZ, "as did Israel's Strategic Affairs Minister", "2025-02-04"),
      ("MET_WITH", DERMER, WITKOFF, "as did Israel's Strategic Affairs Minister", "2025-02-04"),
      ("LEADS", TRUMP, USA, "President Donald Trump hosted"),
      ("VISITED", NETANYAHU, WASHINGTON, "hosted Israeli Prime Minister", "2025-02-04"),
      ("SUCCESSOR_OF", LEITER, MHERZOG, "Yechiel Leiter, replaced Michael Herzog", "2025-01"),
      ("MET_WITH", NETANYAHU, HEGSETH, "Netanyahu met Defense Secretary Pete Hegseth", "2025-02-05"),
      ("LEADS", HEGSETH, DOD, "Defense Secretary Pete Hegseth"),
      ],
     {"source": "blind set (US wire agency, English)", "published": "2025-02-05"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKG")
