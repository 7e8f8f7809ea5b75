"""Blind set HI: Gulf and Levant conflict and diplomacy 2022-2025 as wire-agency copy (dateline,
terse sentences, attribution to officials and statements). Nasrallah's killing and Ali Karaki and
Nilforoushan, Sept 2024 (English); Naim Qassem elected Hezbollah secretary-general, Safieddine's
killing, Hochstein with Berri (Arabic); Fuad Shukr killed in Haret Hreik, al-Arouri's unclaimed
killing and Haniyeh in Tehran (English); the fifth Saudi-Iranian round in Baghdad, April 2022,
al-Humaidan and Iravani with al-Kadhimi (Arabic); Israel's strike on Hamas leaders in Doha, Sept 2025
(English); Amir-Abdollahian's regional tour, Oct 2023: Haniyeh and Tamim in Doha, Mikati and
Nasrallah in Beirut, Assad in Damascus (Arabic).
Excluded on purpose: a "frontrunner" to succeed and a phone call; a "likely successor", an
unconfirmed report of Qassem living in Tehran; a killing Israel never claimed, a killing with no
stated agent in the same text, a denied accusation (Majdal Shams) and a US denial; a planned
foreign-minister round and a phone call; a planned meeting with Witkoff, a phone call and a
security-force death with no agent; an unannounced meeting and a phone call.
Spellings: Araqchi, Fuad Shukr, Hanieh, هوكستين, نصرالله, عبداللهيان, هنيّة, الكاظمى.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hj import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, LEB, ISR, KSA, QAT, SYRIA = (
    "country:iran", "country:iraq", "country:united-states", "country:lebanon", "country:israel",
    "country:saudi-arabia", "country:qatar", "country:syria")
HEZ, HEXEC, IRGC, IDF, ISRDEF, ISRGOV = ("organization:hezbollah", "organization:hezbollah-executive-council",
                                         "organization:irgc", "organization:israel-defense-forces",
                                         "organization:israeli-defense-ministry", "organization:israeli-government")
HAMAS, HPB, LEKH, QGOV = ("organization:hamas", "organization:hamas-political-bureau", "organization:lekhwiya",
                          "organization:qatari-government")
LEBGOV, LEBPARL, IRFM, STATE = ("organization:lebanese-government", "organization:lebanese-parliament",
                                "organization:iranian-foreign-ministry", "organization:us-state-department")
IQG, IQFM, SNSC, SGIP = ("organization:iraqi-government", "organization:iraqi-foreign-ministry",
                         "organization:supreme-national-security-council",
                         "organization:saudi-general-intelligence-presidency")
BEIRUT, DAHIYEH, HARET, MUSH, TEHRAN, DOHA, BAGHDAD, DAMASCUS = (
    "location:beirut", "location:dahiyeh", "location:haret-hreik", "location:musharafieh", "location:tehran",
    "location:doha", "location:baghdad", "location:damascus")
MAJDAL, GOLAN, SAUEMB, SAUCONS, MASHHAD = ("location:majdal-shams", "location:golan-heights",
                                           "location:saudi-embassy-tehran", "location:saudi-consulate-mashhad",
                                           "location:mashhad")
NASR, KARAKI, NILF, SAFI, KHAM, ARAGHCHI, MIKATI, HALEVI = (
    "person:hassan-nasrallah", "person:ali-karaki", "person:abbas-nilforoushan", "person:hashem-safieddine",
    "person:ali-khamenei", "person:abbas-araghchi", "person:najib-mikati", "person:herzi-halevi")
QASSEM, HOCH, BERRI, GALLANT = ("person:naim-qassem", "person:amos-hochstein", "person:nabih-berri",
                                "person:yoav-gallant")
SHUKR, AROURI, HAN, PEZ, BLINKEN = ("person:fouad-shukr", "person:saleh-al-arouri", "person:ismail-haniyeh",
                                    "person:masoud-pezeshkian", "person:antony-blinken")
KAD, HUMAIDAN, IRAVANI, FUAD, AMIR = ("person:mustafa-al-kadhimi", "person:khalid-al-humaidan",
                                      "person:saeed-iravani", "person:fuad-hussein",
                                      "person:hossein-amir-abdollahian")
HAMMAM, HAYYA, LABAD, DOSARI, NETANYAHU, MBAR, WITKOFF, TRUMP, TAMIM = (
    "person:hammam-al-hayya", "person:khalil-al-hayya", "person:jihad-labad", "person:badr-al-dosari",
    "person:benjamin-netanyahu", "person:mohammed-bin-abdulrahman-al-thani", "person:steve-witkoff",
    "person:donald-trump", "person:tamim-bin-hamad-al-thani")
ASSAD = "person:bashar-al-assad"
REUTERS, AFP, AP, IRNA = "outlet:reuters", "outlet:afp", "outlet:ap", "outlet:irna"

ARTICLES = [
    ("enHI1_hezbollah_confirms_nasrallah_killed", "en",
     "Hezbollah confirms leader Nasrallah killed in Israeli strike on Beirut\n"
     "BEIRUT, Sept 28 (Reuters) - Hezbollah on Saturday confirmed that its leader, Sayyed Hassan "
     "Nasrallah, had been killed, hours after Israel said it had killed him in a strike on the group's "
     "central headquarters in Beirut's southern suburbs on Friday evening.\n"
     "The Israeli military said the strike in Haret Hreik also killed Ali Karaki, commander of Hezbollah's "
     "southern front, and several other commanders.\n"
     "Iran's Revolutionary Guards said Brigadier General Abbas Nilforoushan, deputy commander for "
     "operations, was killed in the Israeli strike alongside Nasrallah.\n"
     "Hezbollah did not say who would succeed Nasrallah. Hashem Safieddine, head of its Executive Council "
     "and a cousin of Nasrallah, is widely seen as the frontrunner.\n"
     "Supreme Leader Ayatollah Ali Khamenei declared five days of mourning. Iran's foreign ministry said "
     "Foreign Minister Abbas Araqchi had spoken by phone with Lebanon's caretaker Prime Minister Najib "
     "Mikati.\n"
     "\"This is not the end of our toolbox,\" Israeli military chief of staff Lieutenant General Herzi "
     "Halevi said in a statement.",
     [("LEADS", NASR, HEZ, "its leader, Sayyed Hassan"),
      ("ASSASSINATED_BY", NASR, ISR, "hours after Israel said it had killed him", "2024-09-27"),
      ("ATTACKED", ISR, DAHIYEH, "central headquarters in Beirut's southern suburbs", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, IDF, "strike in Haret Hreik also killed Ali Karaki", "2024-09-27"),
      ("ATTACKED", IDF, HARET, "strike in Haret Hreik", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZ, "commander of Hezbollah's"),
      ("ASSASSINATED_BY", NILF, ISR, "was killed in the Israeli strike alongside Nasrallah", "2024-09-27"),
      ("MEMBER_OF", NILF, IRGC, "Revolutionary Guards said Brigadier General"),
      ("LEADS", SAFI, HEXEC, "head of its Executive Council"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araqchi"),
      ("LEADS", MIKATI, LEBGOV, "caretaker Prime Minister Najib"),
      ("LEADS", HALEVI, IDF, "Israeli military chief of staff"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-09-28",
      "title": "Hezbollah confirms leader Nasrallah killed in Israeli strike on Beirut"}),

    ("arHI2_qassem_elected_hezbollah_leader", "ar",
     "«حزب الله» يختار نعيم قاسم أميناً عاماً خلفاً لنصرالله\n"
     "بيروت، 29 تشرين الأول (أ ف ب) - أعلن «حزب الله» اللبناني، الثلاثاء، انتخاب نائب أمينه العام الشيخ "
     "نعيم قاسم أميناً عاماً للحزب خلفاً لحسن نصرالله، الذي قتلته إسرائيل بغارة على الضاحية الجنوبية "
     "لبيروت في 27 أيلول.\n"
     "وقال الحزب في بيان إن مجلس الشورى اختار قاسم «وفق الآلية المعتمدة».\n"
     "وكان رئيس المجلس التنفيذي هاشم صفي الدين، الذي عُدّ طويلاً الخليفة المرجّح لنصرالله، قد قُتل في "
     "غارة مطلع تشرين الأول، وأعلن الجيش الإسرائيلي في 22 من الشهر نفسه أنه قتله.\n"
     "ويأتي انتخاب قاسم (71 عاماً) فيما يواصل الموفد الأميركي آموس هوكستين مساعيه لوقف إطلاق النار، "
     "بعدما التقى الأسبوع الماضي في بيروت رئيس مجلس النواب نبيه برّي.\n"
     "ونقلت وسائل إعلام عن مصدر مقرّب من الحزب أن قاسم يقيم في طهران منذ مطلع تشرين الأول، وهو ما لم "
     "يؤكده الحزب.\n"
     "وكتب وزير الدفاع الإسرائيلي يوآف غالانت على منصة «إكس» أن تعيين قاسم «مؤقت، ولن يدوم طويلاً».",
     [("SUCCESSOR_OF", QASSEM, NASR, "أميناً عاماً للحزب خلفاً لحسن نصرالله", "2024-10-29"),
      ("LEADS", QASSEM, HEZ, "انتخاب نائب أمينه العام الشيخ"),
      ("ASSASSINATED_BY", NASR, ISR, "الذي قتلته إسرائيل بغارة", "2024-09-27"),
      ("ATTACKED", ISR, DAHIYEH, "بغارة على الضاحية الجنوبية", "2024-09-27"),
      ("LEADS", SAFI, HEXEC, "وكان رئيس المجلس التنفيذي هاشم"),
      ("ASSASSINATED_BY", SAFI, IDF, "وأعلن الجيش الإسرائيلي في 22 من الشهر نفسه أنه قتله", "2024-10"),
      ("MET_WITH", HOCH, BERRI, "بعدما التقى الأسبوع الماضي في بيروت", "2024-10"),
      ("VISITED", HOCH, BEIRUT, "بعدما التقى الأسبوع الماضي في بيروت", "2024-10"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه"),
      ("LEADS", GALLANT, ISRDEF, "وزير الدفاع الإسرائيلي يوآف"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-10-29",
      "title": "«حزب الله» يختار نعيم قاسم أميناً عاماً خلفاً لنصرالله"}),

    ("enHI3_israel_says_it_killed_fuad_shukr", "en",
     "Israel says it killed top Hezbollah commander Fuad Shukr in Beirut\n"
     "BEIRUT, July 31 (AP) - The Israeli military said on Wednesday it had killed Fuad Shukr, Hezbollah's "
     "most senior military commander, in a strike on a building in Beirut's Haret Hreik district the "
     "previous evening.\n"
     "Hezbollah confirmed Shukr's death after rescuers searched the rubble for almost a day.\n"
     "Israel blamed Shukr for a rocket that killed 12 children and teenagers in Majdal Shams, a Druze town "
     "in the Israeli-occupied Golan Heights, an accusation Hezbollah denied.\n"
     "It was the first strike on the Lebanese capital since Jan. 2, when a drone attack on a Hamas office in "
     "Musharafieh killed Saleh al-Arouri, deputy head of the group's political bureau; Israel never claimed "
     "that killing.\n"
     "Hours after the Beirut strike, Hamas said its political leader Ismail Hanieh had been killed in "
     "Tehran, where he had met Iran's new president, Masoud Pezeshkian, on Tuesday.\n"
     "U.S. Secretary of State Antony Blinken told reporters in Singapore that Washington was \"not aware of "
     "or involved in\" the Tehran killing.",
     [("ASSASSINATED_BY", SHUKR, IDF, "it had killed Fuad Shukr", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HEZ, "Fuad Shukr, Hezbollah's"),
      ("ATTACKED", IDF, HARET, "Haret Hreik district", "2024-07-30"),
      ("LOCATED_IN", MAJDAL, GOLAN, "a Druze town"),
      ("MEMBER_OF", AROURI, HPB, "deputy head of the group's political bureau"),
      ("LEADS", HAN, HAMAS, "its political leader Ismail Hanieh"),
      ("VISITED", HAN, TEHRAN, "had been killed in", "2024-07"),
      ("MET_WITH", HAN, PEZ, "where he had met Iran's new president", "2024-07-30"),
      ("LEADS", PEZ, IRAN, "Iran's new president, Masoud"),
      ("LEADS", BLINKEN, STATE, "U.S. Secretary of State Antony Blinken"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-07-31",
      "title": "Israel says it killed top Hezbollah commander Fuad Shukr in Beirut"}),

    ("arHI4_fifth_round_saudi_iran_baghdad", "ar",
     "العراق يستضيف جولة خامسة من المحادثات السعودية الإيرانية\n"
     "بغداد، 23 نيسان (رويترز) - قالت وزارة الخارجية العراقية، السبت، إن بغداد استضافت الخميس جولة خامسة "
     "من المحادثات بين السعودية وإيران، هي الأولى منذ نحو ستة أشهر.\n"
     "وضمّ الاجتماع، الذي عُقد بحضور رئيس الوزراء مصطفى الكاظمى، رئيس الاستخبارات العامة السعودية خالد "
     "بن علي الحميدان ونائب أمين المجلس الأعلى للأمن القومي الإيراني سعيد إيرواني، بحسب مسؤولين عراقيين.\n"
     "وقال وزير الخارجية العراقي فؤاد حسين إن الجولة «كانت إيجابية»، وإن الجانبين اتفقا على عقد الجولة "
     "المقبلة على مستوى وزيري الخارجية في بغداد، من دون تحديد موعد.\n"
     "وكانت طهران قد علّقت المحادثات في آذار بعد إعدام الرياض 81 شخصاً في يوم واحد.\n"
     "وذكرت وكالة الأنباء الإيرانية الرسمية (إرنا) أن وزير الخارجية حسين أمير عبداللهيان بحث نتائج "
     "الجولة في اتصال هاتفي مع نظيره العراقي.\n"
     "وقطعت الرياض علاقاتها مع طهران في كانون الثاني 2016 بعد اقتحام محتجين سفارتها في طهران وقنصليتها "
     "في مشهد.",
     [("MET_WITH", KAD, HUMAIDAN, "وضمّ الاجتماع، الذي عُقد بحضور", "2022-04-21"),
      ("MET_WITH", KAD, IRAVANI, "وضمّ الاجتماع، الذي عُقد بحضور", "2022-04-21"),
      ("MET_WITH", HUMAIDAN, IRAVANI, "السعودية خالد", "2022-04-21"),
      ("LEADS", KAD, IQG, "رئيس الوزراء مصطفى الكاظمى"),
      ("LEADS", HUMAIDAN, SGIP, "رئيس الاستخبارات العامة السعودية"),
      ("MEMBER_OF", IRAVANI, SNSC, "نائب أمين المجلس الأعلى للأمن القومي"),
      ("VISITED", HUMAIDAN, BAGHDAD, "وضمّ الاجتماع، الذي عُقد بحضور", "2022-04-21"),
      ("VISITED", IRAVANI, BAGHDAD, "الإيراني سعيد إيرواني", "2022-04-21"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية العراقي فؤاد"),
      ("LEADS", AMIR, IRFM, "وزير الخارجية حسين أمير"),
      ("REPORTED_BY", AMIR, IRNA, "الرسمية (إرنا)"),
      ("LOCATED_IN", SAUEMB, TEHRAN, "سفارتها في طهران"),
      ("LOCATED_IN", SAUCONS, MASHHAD, "وقنصليتها"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2022-04-23",
      "title": "العراق يستضيف جولة خامسة من المحادثات السعودية الإيرانية"}),

    ("enHI5_israel_strikes_hamas_in_doha", "en",
     "Israel strikes Hamas leaders in Doha; group says negotiators survived\n"
     "DOHA, Sept 9 (Reuters) - Israel said on Tuesday it had struck senior Hamas leaders in Doha, its "
     "first known attack on Qatari soil, as the group's negotiators met to discuss a U.S. ceasefire "
     "proposal.\n"
     "Hamas said the Israeli strike killed five of its members, including Hammam al-Hayya, son of its "
     "exiled Gaza chief and top negotiator Khalil al-Hayya, and Jihad Labad, director of al-Hayya's office, "
     "but that the delegation itself survived.\n"
     "Qatar's interior ministry said a member of its internal security force, Corporal Badr Saad Mohammed "
     "al-Humaidi al-Dosari, was also killed.\n"
     "Prime Minister Benjamin Netanyahu said: \"Israel initiated it, Israel conducted it, and Israel takes "
     "full responsibility.\"\n"
     "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani called the attack \"state terrorism\"; "
     "he had been due to meet U.S. envoy Steve Witkoff later in the week.\n"
     "The White House said President Donald Trump had spoken by phone with Emir Sheikh Tamim bin Hamad Al "
     "Thani to assure him such a strike would not happen again.",
     [("ATTACKED", ISR, QAT, "first known attack on Qatari soil", "2025-09-09"),
      ("ATTACKED", ISR, HAMAS, "it had struck senior Hamas leaders in Doha", "2025-09-09"),
      ("ATTACKED", ISR, DOHA, "senior Hamas leaders in Doha", "2025-09-09"),
      ("ASSASSINATED_BY", HAMMAM, ISR, "the Israeli strike killed five", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, ISR, "and Jihad Labad, director", "2025-09-09"),
      ("MEMBER_OF", HAMMAM, HAMAS, "killed five of its members"),
      ("MEMBER_OF", LABAD, HAMAS, "and Jihad Labad, director"),
      ("MEMBER_OF", HAYYA, HAMAS, "exiled Gaza chief and top negotiator"),
      ("MEMBER_OF", DOSARI, LEKH, "member of its internal security force"),
      ("LEADS", NETANYAHU, ISRGOV, "Prime Minister Benjamin Netanyahu said"),
      ("LEADS", MBAR, QGOV, "Qatar's Prime Minister Sheikh"),
      ("LEADS", TRUMP, USA, "President Donald Trump had spoken"),
      ("LEADS", TAMIM, QAT, "Emir Sheikh Tamim"),
      ],
     {"source": "blind set (wire, English)", "published": "2025-09-09",
      "title": "Israel strikes Hamas leaders in Doha; group says negotiators survived"}),

    ("arHI6_amir_abdollahian_regional_tour", "ar",
     "أمير عبداللهيان يلتقي هنيّة في الدوحة في ختام جولة إقليمية\n"
     "الدوحة، 14 تشرين الأول (أ ف ب) - التقى وزير الخارجية الإيراني حسين أمير عبداللهيان، السبت في "
     "الدوحة، رئيس المكتب السياسي لحركة «حماس» إسماعيل هنيّة، في ختام جولة إقليمية قادته إلى بغداد "
     "وبيروت ودمشق.\n"
     "وذكرت الخارجية الإيرانية أن الجانبين بحثا «جرائم الحرب» في قطاع غزة، فيما استقبل أمير قطر الشيخ "
     "تميم بن حمد آل ثاني الوزير الإيراني في وقت لاحق من اليوم نفسه.\n"
     "وكان أمير عبداللهيان قد التقى في بيروت، الجمعة، رئيس حكومة تصريف الأعمال نجيب ميقاتي، كما اجتمع "
     "بالأمين العام لـ«حزب الله» حسن نصرالله.\n"
     "وفي دمشق، استقبله الرئيس بشار الأسد، بحسب الوكالة العربية السورية للأنباء (سانا).\n"
     "وحذّر الوزير الإيراني من أن «جبهات أخرى» قد تُفتح إذا استمر القصف الإسرائيلي على غزة.\n"
     "ولم يُعلن عن لقاء بينه وبين رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني، الذي أجرى في "
     "اليوم نفسه اتصالاً هاتفياً بوزير الخارجية الأميركي أنتوني بلينكن.",
     [("MET_WITH", AMIR, HAN, "التقى وزير الخارجية الإيراني حسين", "2023-10-14"),
      ("VISITED", AMIR, DOHA, "السبت في ", "2023-10-14"),
      ("VISITED", AMIR, BAGHDAD, "قادته إلى بغداد", "2023-10"),
      ("VISITED", AMIR, BEIRUT, "قادته إلى بغداد", "2023-10"),
      ("VISITED", AMIR, DAMASCUS, "قادته إلى بغداد", "2023-10"),
      ("LEADS", AMIR, IRFM, "التقى وزير الخارجية الإيراني حسين"),
      ("LEADS", HAN, HPB, "رئيس المكتب السياسي لحركة"),
      ("MET_WITH", TAMIM, AMIR, "استقبل أمير قطر الشيخ", "2023-10-14"),
      ("LEADS", TAMIM, QAT, "استقبل أمير قطر الشيخ"),
      ("MET_WITH", AMIR, MIKATI, "قد التقى في بيروت، الجمعة", "2023-10-13"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب"),
      ("MET_WITH", AMIR, NASR, "كما اجتمع", "2023-10-13"),
      ("LEADS", NASR, HEZ, "بالأمين العام لـ«حزب الله»"),
      ("MET_WITH", ASSAD, AMIR, "استقبله الرئيس بشار الأسد", "2023-10"),
      ("LEADS", ASSAD, SYRIA, "استقبله الرئيس بشار الأسد"),
      ("LEADS", MBAR, QGOV, "رئيس الوزراء القطري الشيخ"),
      ("LEADS", BLINKEN, STATE, "بوزير الخارجية الأميركي أنتوني"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2023-10-14",
      "title": "أمير عبداللهيان يلتقي هنيّة في الدوحة في ختام جولة إقليمية"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHI")
