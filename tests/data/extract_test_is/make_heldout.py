"""Blind set IS: Lebanon 2024-2025 as the Lebanese presidency's and government's communiques and the
National News Agency write it (Arabic and English): President Aoun receives President Macron at
Baabda, with Le Drian and Emmanuel Bonne in the expanded meeting and the PM-designate Salam joining,
January 2025 (Arabic); caretaker PM Mikati receives the UNIFIL commander and the US ambassador and
chairs the emergency committee on the first day of the ceasefire, November 2024 (English);
Araghchi received at Baabda, Ain el-Tineh, the Grand Serail and Bustros Palace, and Aoun's
morning audience with the new Internal Security Forces chief appointed in place of Imad Othman,
June 2025 (Arabic); Aoun, Salam and Berri receive Barrack and Ortagus, August 2025 (English); Mikati and
Berri receive Araghchi while an Israeli strike hits Marijeh, October 2024 (Arabic); Aoun, Berri and
Salam receive Le Drian, who also meets Mohammad Raad at the Residence des Pins, July 2025
(English).
Style: protocol: "received at Baabda Palace", "in the presence of", "attended by", lists of
attendees by full title, "the visitor", "the accompanying delegation", NNA datelines. Every named
attendee of a meeting is a participant (paired with everyone present, his own side included).
Excluded on purpose: Macron's congratulatory phone call and an invitation to Paris with no date;
Hochstein's message carried by the ambassador, Mikati's phone contacts with Berri and a postponed
visit to Yarze; Araghchi's preparatory phone call to Rajji; Aoun's phone call with Macron and a
postponed meeting with the defence minister; a strike on Marijeh said to target Safieddine whose
fate the text leaves unconfirmed (no killing stated); a joint meeting with the three presidents
that did not take place.
Spellings: عباس عراقتشي and نبيه برّي (arIS3); otherwise the official forms (جوزاف عون, نواف سلام,
جان إيف لودريان, Thomas Barrack, Nabih Berri).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_it import ALL  # noqa: E402

HERE = Path(__file__).parent

LEB, ISR, USA, FRA, IRAN = "country:lebanon", "country:israel", "country:united-states", "country:france", "country:iran"
HEZ, HEZEXEC, LOYAL, UNIFIL = ("organization:hezbollah", "organization:hezbollah-executive-council",
                               "organization:loyalty-to-the-resistance-bloc", "organization:unifil")
LEBGOV, LEBPARL, LEBARMY, LEBDEF, LEBFM, LEBINT, LEBJUST, LPDC, IRFM = (
    "organization:lebanese-government", "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:lebanese-defence-ministry", "organization:lebanese-foreign-ministry",
    "organization:lebanese-interior-ministry", "organization:lebanese-justice-ministry",
    "organization:lebanese-palestinian-dialogue-committee", "organization:iranian-foreign-ministry")
BEIRUT, SERAIL, AINT, BAABDA, AIRPORT, MARIJEH, DAHIYEH, PINS = (
    "location:beirut", "location:grand-serail", "location:ain-el-tineh", "location:baabda-palace",
    "location:beirut-airport", "location:marijeh", "location:dahiyeh", "location:residence-des-pins")
JAOUN, SALAM, MIKATI, BERRI, KHALIL, HAMDAN, RAAD = (
    "person:joseph-aoun", "person:nawaf-salam", "person:najib-mikati", "person:nabih-berri",
    "person:ali-hassan-khalil", "person:ali-hamdan", "person:mohammad-raad")
SLIM, MAWLAWI, YASSIN, ASSAKER, RAJJI, CHEM, DIMASH, NASSAR, MENASSA = (
    "person:maurice-slim", "person:bassam-mawlawi", "person:nasser-yassin", "person:boutros-assaker",
    "person:youssef-rajji", "person:hani-chemaitelly", "person:ramez-dimashkieh", "person:adel-nassar",
    "person:michel-menassa")
MACRON, LEDRIAN, BONNE, MAGRO = ("person:emmanuel-macron", "person:jean-yves-le-drian", "person:emmanuel-bonne",
                                 "person:herve-magro")
HOCH, ORT, BARRACK, JOHNSON, LAZARO = ("person:amos-hochstein", "person:morgan-ortagus", "person:tom-barrack",
                                       "person:lisa-johnson", "person:aroldo-lazaro")
ARAGHCHI, AMANI, SAFI = "person:abbas-araghchi", "person:mojtaba-amani", "person:hashem-safieddine"

ARTICLES = [
    ("arIS1_aoun_receives_macron", "ar",
     "الرئيس عون استقبل الرئيس ماكرون في بعبدا: فرنسا إلى جانب لبنان في ورشة الإعمار\n"
     "بعبدا — استقبل رئيس الجمهورية العماد جوزاف عون، قبل ظهر اليوم في قصر بعبدا، رئيس الجمهورية الفرنسية "
     "إيمانويل ماكرون والوفد المرافق، في أول زيارة لرئيس دولة إلى لبنان منذ انتخاب الرئيس عون.\n"
     "وعقد الرئيسان خلوة استمرت نحو ساعة، انضمّ بعدها إلى الاجتماع الموسّع عن الجانب الفرنسي الموفد الشخصي "
     "للرئيس ماكرون جان إيف لودريان والمستشار الدبلوماسي في قصر الإليزيه إيمانويل بون.\n"
     "وبعد الاجتماع، انضمّ إلى الرئيسين الرئيس المكلّف تشكيل الحكومة القاضي نواف سلام، وعُقد اجتماع ثلاثي "
     "جرى خلاله عرض الأوضاع العامة والتحضيرات لتأليف الحكومة.\n"
     "وكان الرئيس ماكرون قد أجرى اتصالاً هاتفياً بالرئيس عون غداة انتخابه في التاسع من كانون الثاني، ووجّه "
     "إليه دعوة لزيارة باريس لم يُحدَّد موعدها بعد.\n"
     "وأكد رئيس الجمهورية للضيف أن «لبنان لن ينسى وقوف فرنسا إلى جانبه في أصعب الظروف»، فيما شدّد الرئيس "
     "الفرنسي على «دعم بلاده الكامل للجيش اللبناني ولورشة الإصلاح».",
     [("LEADS", JAOUN, LEB, "رئيس الجمهورية العماد جوزاف عون"),
      ("LEADS", MACRON, FRA, "رئيس الجمهورية الفرنسية إيمانويل"),
      ("MET_WITH", JAOUN, MACRON, "استقبل رئيس الجمهورية العماد", "2025-01-17"),
      ("VISITED", MACRON, BAABDA, "قبل ظهر اليوم في قصر بعبدا", "2025-01-17"),
      ("VISITED", MACRON, LEB, "في أول زيارة لرئيس دولة إلى لبنان", "2025-01-17"),
      ("MET_WITH", LEDRIAN, JAOUN, "الموفد الشخصي للرئيس ماكرون", "2025-01-17"),
      ("MET_WITH", LEDRIAN, MACRON, "الموفد الشخصي للرئيس ماكرون", "2025-01-17"),
      ("MET_WITH", BONNE, JAOUN, "والمستشار الدبلوماسي في قصر الإليزيه", "2025-01-17"),
      ("MET_WITH", BONNE, MACRON, "والمستشار الدبلوماسي في قصر الإليزيه", "2025-01-17"),
      ("MET_WITH", BONNE, LEDRIAN, "والمستشار الدبلوماسي في قصر الإليزيه", "2025-01-17"),
      ("MET_WITH", SALAM, JAOUN, "وعُقد اجتماع ثلاثي", "2025-01-17"),
      ("MET_WITH", SALAM, MACRON, "وعُقد اجتماع ثلاثي", "2025-01-17"),
      ],
     {"source": "blind set (Lebanese presidency communique, Arabic)", "published": "2025-01-17"}),

    ("enIS2_mikati_first_day_of_ceasefire", "en",
     "Mikati receives UNIFIL commander, US ambassador as ceasefire takes hold\n"
     "NNA — Caretaker Prime Minister Najib Mikati received at the Grand Serail on Wednesday the Head of Mission and "
     "Force Commander of the United Nations Interim Force in Lebanon (UNIFIL), Lieutenant General Aroldo Lázaro, in "
     "the presence of Caretaker Minister of National Defence Maurice Slim. Talks dealt with the arrangements for the "
     "deployment of the Lebanese Army south of the Litani River under the ceasefire agreement that entered into "
     "force at 4 a.m.\n"
     "Mikati later received US Ambassador Lisa Johnson, who conveyed a message from Senior Presidential Adviser Amos "
     "Hochstein.\n"
     "The Prime Minister also chaired a meeting of the national emergency committee attended by Caretaker Minister "
     "of Environment Nasser Yassin, the committee's coordinator, and Caretaker Minister of Interior and "
     "Municipalities Bassam Mawlawi, devoted to the return of the displaced to their towns.\n"
     "Mikati had been in contact by telephone with Speaker of Parliament Nabih Berri since the early morning, his "
     "press office said.\n"
     "Earlier, Army Commander General Joseph Aoun ordered units to begin moving south; a visit by Mikati to the "
     "army command in Yarze, planned for the afternoon, was postponed.",
     [("LEADS", MIKATI, LEBGOV, "Caretaker Prime Minister Najib Mikati"),
      ("MET_WITH", MIKATI, LAZARO, "received at the Grand Serail on Wednesday", "2024-11-27"),
      ("LEADS", LAZARO, UNIFIL, "Force Commander of the United Nations Interim Force"),
      ("MET_WITH", MIKATI, SLIM, "in the presence of Caretaker Minister of National Defence", "2024-11-27"),
      ("MET_WITH", LAZARO, SLIM, "in the presence of Caretaker Minister of National Defence", "2024-11-27"),
      ("LEADS", SLIM, LEBDEF, "Caretaker Minister of National Defence Maurice Slim"),
      ("MET_WITH", MIKATI, JOHNSON, "Mikati later received US Ambassador", "2024-11-27"),
      ("MET_WITH", MIKATI, YASSIN, "chaired a meeting of the national emergency committee", "2024-11-27"),
      ("MET_WITH", MIKATI, MAWLAWI, "chaired a meeting of the national emergency committee", "2024-11-27"),
      ("MET_WITH", YASSIN, MAWLAWI, "chaired a meeting of the national emergency committee", "2024-11-27"),
      ("LEADS", YASSIN, "organization:lebanese-environment-ministry", "Caretaker Minister of Environment Nasser"),
      ("LEADS", MAWLAWI, LEBINT, "Municipalities Bassam Mawlawi"),
      ("LEADS", BERRI, LEBPARL, "Speaker of Parliament Nabih Berri"),
      ("LEADS", JAOUN, LEBARMY, "Army Commander General Joseph Aoun"),
      ],
     {"source": "blind set (National News Agency, English)", "published": "2024-11-27"}),

    ("arIS3_araqchi_four_palaces", "ar",
     "عراقتشي في بعبدا وعين التينة والسراي وقصر بسترس\n"
     "بيروت — «الوطنية»: استقبل رئيس الجمهورية العماد جوزاف عون، قبل ظهر اليوم في قصر بعبدا، وزير خارجية "
     "الجمهورية الإسلامية الإيرانية عباس عراقتشي والوفد المرافق، في حضور سفير إيران في لبنان مجتبى أماني، "
     "وجرى عرض للعلاقات الثنائية. وأكد الرئيس عون أن «لبنان يرفض أي تدخل في شؤونه الداخلية».\n"
     "ثم انتقل الوزير الإيراني إلى عين التينة حيث استقبله رئيس مجلس النواب نبيه برّي، في حضور المستشار "
     "الإعلامي علي حمدان.\n"
     "كما استقبله رئيس مجلس الوزراء نواف سلام في السراي الحكومي.\n"
     "وفي قصر بسترس، عقد وزير الخارجية والمغتربين يوسف رجي جلسة محادثات مع نظيره الإيراني، حضرها الأمين "
     "العام للوزارة السفير هاني شميطلي.\n"
     "وكان الرئيس عون قد استقبل صباحاً المدير العام لقوى الأمن الداخلي اللواء رائد عبدالله، الذي عيّنه مجلس "
     "الوزراء في نيسان الماضي خلفاً للواء عماد عثمان، وعرض معه الأوضاع الأمنية في البلاد.\n"
     "وكان عراقتشي قد أجرى اتصالاً هاتفياً برجي الأسبوع الماضي للتحضير للزيارة.",
     [("LEADS", JAOUN, LEB, "رئيس الجمهورية العماد جوزاف"),
      ("MET_WITH", JAOUN, ARAGHCHI, "استقبل رئيس الجمهورية العماد", "2025-06-03"),
      ("VISITED", ARAGHCHI, BAABDA, "قبل ظهر اليوم في قصر بعبدا", "2025-06-03"),
      ("LEADS", ARAGHCHI, IRFM, "وزير خارجية الجمهورية الإسلامية الإيرانية عباس"),
      ("MET_WITH", JAOUN, AMANI, "في حضور سفير إيران في لبنان", "2025-06-03"),
      ("MET_WITH", ARAGHCHI, AMANI, "في حضور سفير إيران في لبنان", "2025-06-03"),
      ("VISITED", ARAGHCHI, AINT, "ثم انتقل الوزير الإيراني إلى عين التينة", "2025-06-03"),
      ("MET_WITH", ARAGHCHI, BERRI, "حيث استقبله رئيس مجلس النواب", "2025-06-03"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه برّي"),
      ("MET_WITH", ARAGHCHI, HAMDAN, "في حضور المستشار الإعلامي", "2025-06-03"),
      ("MET_WITH", BERRI, HAMDAN, "في حضور المستشار الإعلامي", "2025-06-03"),
      ("MET_WITH", ARAGHCHI, SALAM, "كما استقبله رئيس مجلس الوزراء", "2025-06-03"),
      ("LEADS", SALAM, LEBGOV, "رئيس مجلس الوزراء نواف سلام"),
      ("VISITED", ARAGHCHI, SERAIL, "في السراي الحكومي", "2025-06-03"),
      ("MET_WITH", RAJJI, ARAGHCHI, "يوسف رجي جلسة محادثات مع نظيره", "2025-06-03"),
      ("LEADS", RAJJI, LEBFM, "وزير الخارجية والمغتربين يوسف"),
      ("MET_WITH", CHEM, RAJJI, "حضرها الأمين العام للوزارة", "2025-06-03"),
      ("MET_WITH", CHEM, ARAGHCHI, "حضرها الأمين العام للوزارة", "2025-06-03"),
      ("MEMBER_OF", CHEM, LEBFM, "حضرها الأمين العام للوزارة"),
      ("MET_WITH", JAOUN, "person:raed-abdallah", "وكان الرئيس عون قد استقبل صباحاً", "2025-06-03"),
      ("LEADS", "person:raed-abdallah", "organization:lebanese-internal-security-forces",
       "المدير العام لقوى الأمن الداخلي اللواء رائد"),
      ("SUCCESSOR_OF", "person:raed-abdallah", "person:imad-othman", "خلفاً للواء عماد عثمان", "2025-04"),
      ],
     {"source": "blind set (National News Agency, Arabic)", "published": "2025-06-03"}),

    ("enIS4_barrack_ortagus_three_presidents", "en",
     "Aoun, Salam and Berri receive Barrack and Ortagus\n"
     "NNA — President of the Republic General Joseph Aoun received at Baabda Palace on Monday US Ambassador to "
     "Türkiye and Special Envoy Thomas Barrack and Deputy Special Envoy for the Middle East Morgan Ortagus, and "
     "briefed them on the Cabinet decisions of 5 and 7 August on the State's exclusive control of weapons. The "
     "President stressed that Israel must now \"take the steps required of it\".\n"
     "Prime Minister Nawaf Salam then received the two envoys at the Grand Serail, in the presence of the head of "
     "the Lebanese-Palestinian Dialogue Committee, Ambassador Ramez Dimashkieh, and discussed the handover of "
     "weapons in the Palestinian camps.\n"
     "The envoys later visited Ain el-Tineh, where they were received by Speaker of Parliament Nabih Berri.\n"
     "Earlier in the day, the President held a telephone conversation with French President Emmanuel Macron. A "
     "meeting between the US envoys and Minister of National Defence Michel Menassa, announced on Sunday, was "
     "postponed to a later date.",
     [("LEADS", JAOUN, LEB, "President of the Republic General Joseph Aoun"),
      ("MET_WITH", JAOUN, BARRACK, "received at Baabda Palace on Monday", "2025-08-18"),
      ("MET_WITH", JAOUN, ORT, "received at Baabda Palace on Monday", "2025-08-18"),
      ("MET_WITH", BARRACK, ORT, "and Deputy Special Envoy for the Middle East Morgan Ortagus", "2025-08-18"),
      ("VISITED", BARRACK, BAABDA, "received at Baabda Palace on Monday", "2025-08-18"),
      ("VISITED", ORT, BAABDA, "received at Baabda Palace on Monday", "2025-08-18"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam"),
      ("MET_WITH", SALAM, BARRACK, "then received the two envoys at the Grand Serail", "2025-08-18"),
      ("MET_WITH", SALAM, ORT, "then received the two envoys at the Grand Serail", "2025-08-18"),
      ("MET_WITH", DIMASH, SALAM, "in the presence of the head of", "2025-08-18"),
      ("MET_WITH", DIMASH, BARRACK, "in the presence of the head of", "2025-08-18"),
      ("MET_WITH", DIMASH, ORT, "in the presence of the head of", "2025-08-18"),
      ("LEADS", DIMASH, LPDC, "the Lebanese-Palestinian Dialogue Committee, Ambassador Ramez"),
      ("VISITED", BARRACK, AINT, "The envoys later visited Ain el-Tineh", "2025-08-18"),
      ("VISITED", ORT, AINT, "The envoys later visited Ain el-Tineh", "2025-08-18"),
      ("MET_WITH", BERRI, BARRACK, "where they were received by Speaker", "2025-08-18"),
      ("MET_WITH", BERRI, ORT, "where they were received by Speaker", "2025-08-18"),
      ("LEADS", BERRI, LEBPARL, "Speaker of Parliament Nabih Berri"),
      ("LEADS", MACRON, FRA, "French President Emmanuel Macron"),
      ("LEADS", MENASSA, LEBDEF, "Minister of National Defence Michel Menassa"),
      ],
     {"source": "blind set (National News Agency, English)", "published": "2025-08-18"}),

    ("arIS5_mikati_berri_receive_araghchi", "ar",
     "ميقاتي وبري استقبلا عراقجي: وقف إطلاق النار أولوية\n"
     "بيروت — «الوطنية»: استقبل رئيس حكومة تصريف الأعمال نجيب ميقاتي، ظهر اليوم في السراي الحكومي، وزير "
     "خارجية إيران عباس عراقجي والوفد المرافق، في حضور المستشار الدبلوماسي لرئيس الحكومة السفير بطرس عساكر، "
     "وجرى البحث في التطورات الراهنة والعدوان الإسرائيلي على لبنان.\n"
     "وكان الوزير الإيراني قد وصل صباحاً إلى مطار رفيق الحريري الدولي على متن طائرة إيرانية.\n"
     "ثم انتقل عراقجي إلى عين التينة حيث استقبله رئيس مجلس النواب نبيه بري، في حضور المعاون السياسي لرئيس "
     "المجلس النائب علي حسن خليل، وتناول اللقاء الأوضاع العامة ومساعي وقف إطلاق النار.\n"
     "وفي سياق آخر، استهدفت غارة إسرائيلية ليل أمس منطقة المريجة في الضاحية الجنوبية، وتحدثت وسائل إعلام "
     "إسرائيلية عن أن المستهدف رئيس المجلس التنفيذي في «حزب الله» السيد هاشم صفي الدين، من دون أي تأكيد "
     "رسمي لمصيره.\n"
     "ويغادر عراقجي بيروت مساءً متوجهاً إلى دمشق.",
     [("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب"),
      ("MET_WITH", MIKATI, ARAGHCHI, "ظهر اليوم في السراي الحكومي", "2024-10-04"),
      ("VISITED", ARAGHCHI, SERAIL, "ظهر اليوم في السراي الحكومي", "2024-10-04"),
      ("LEADS", ARAGHCHI, IRFM, "خارجية إيران عباس عراقجي"),
      ("MET_WITH", ASSAKER, MIKATI, "في حضور المستشار الدبلوماسي", "2024-10-04"),
      ("MET_WITH", ASSAKER, ARAGHCHI, "في حضور المستشار الدبلوماسي", "2024-10-04"),
      ("VISITED", ARAGHCHI, AIRPORT, "وصل صباحاً إلى مطار رفيق الحريري", "2024-10-04"),
      ("VISITED", ARAGHCHI, AINT, "ثم انتقل عراقجي إلى عين التينة", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, BERRI, "حيث استقبله رئيس مجلس النواب", "2024-10-04"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", KHALIL, ARAGHCHI, "في حضور المعاون السياسي", "2024-10-04"),
      ("MET_WITH", KHALIL, BERRI, "في حضور المعاون السياسي", "2024-10-04"),
      ("ATTACKED", ISR, MARIJEH, "استهدفت غارة إسرائيلية ليل أمس", "2024-10-03"),
      ("LOCATED_IN", MARIJEH, DAHIYEH, "منطقة المريجة في الضاحية الجنوبية"),
      ("LEADS", SAFI, HEZEXEC, "رئيس المجلس التنفيذي في «حزب الله» السيد"),
      ("VISITED", ARAGHCHI, BEIRUT, "ويغادر عراقجي بيروت", "2024-10-04"),
      ],
     {"source": "blind set (National News Agency, Arabic)", "published": "2024-10-04"}),

    ("enIS6_le_drian_three_presidents_raad", "en",
     "President Aoun receives Le Drian; Berri and Salam follow\n"
     "NNA — President of the Republic General Joseph Aoun received at Baabda Palace on Tuesday the French President's "
     "Personal Envoy to Lebanon, Jean-Yves Le Drian, in the presence of French Ambassador Hervé Magro. Talks focused "
     "on the preparations for the international conference for the reconstruction of Lebanon and on financial "
     "reforms.\n"
     "Le Drian then met Speaker of Parliament Nabih Berri at Ain el-Tineh.\n"
     "At the Grand Serail, Prime Minister Nawaf Salam received the French envoy in the presence of Minister of "
     "Justice Adel Nassar. The meeting discussed the draft law on the restructuring of banks and the independence "
     "of the judiciary.\n"
     "Le Drian later met the head of the Loyalty to the Resistance parliamentary bloc, MP Mohammad Raad, at the "
     "Résidence des Pins, according to a statement by the French Embassy.\n"
     "A joint meeting of the French envoy with the three presidents, reported by some media, did not take place.",
     [("LEADS", JAOUN, LEB, "President of the Republic General Joseph Aoun"),
      ("MET_WITH", JAOUN, LEDRIAN, "received at Baabda Palace on Tuesday", "2025-07-15"),
      ("VISITED", LEDRIAN, BAABDA, "received at Baabda Palace on Tuesday", "2025-07-15"),
      ("MET_WITH", MAGRO, JAOUN, "in the presence of French Ambassador", "2025-07-15"),
      ("MET_WITH", MAGRO, LEDRIAN, "in the presence of French Ambassador", "2025-07-15"),
      ("MET_WITH", LEDRIAN, BERRI, "Le Drian then met Speaker", "2025-07-15"),
      ("VISITED", LEDRIAN, AINT, "Nabih Berri at Ain el-Tineh", "2025-07-15"),
      ("LEADS", BERRI, LEBPARL, "Speaker of Parliament Nabih Berri"),
      ("MET_WITH", SALAM, LEDRIAN, "Prime Minister Nawaf Salam received the French envoy", "2025-07-15"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam"),
      ("MET_WITH", NASSAR, SALAM, "in the presence of Minister of", "2025-07-15"),
      ("MET_WITH", NASSAR, LEDRIAN, "in the presence of Minister of", "2025-07-15"),
      ("LEADS", NASSAR, LEBJUST, "Justice Adel Nassar"),
      ("MET_WITH", LEDRIAN, RAAD, "Le Drian later met the head of", "2025-07-15"),
      ("LEADS", RAAD, LOYAL, "the head of the Loyalty to the Resistance parliamentary bloc"),
      ("VISITED", LEDRIAN, PINS, "at the Résidence des Pins", "2025-07-15"),
      ],
     {"source": "blind set (National News Agency, English)", "published": "2025-07-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIS")
