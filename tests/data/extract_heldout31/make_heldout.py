"""Blind set AC: Lebanon, Syria, Yemen, Gaza and Iran's network (the Houthi prime minister
killed in Sanaa, Hamas's delegation in Cairo and Doha with Egypt's new intelligence chief,
Haytham Ali Tabatabai killed in Beirut, Ghalibaf in Beirut, Hamas's return to Damascus,
the Qassam Brigades confirm Mohammed Deif's death).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAC/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout31/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC")

ISR, IDF, IRAN = "country:israel", "organization:israel-defense-forces", "country:iran"
HOU, HAM, HEZ = "organization:houthis", "organization:hamas", "organization:hezbollah"
QB = "organization:qassam-brigades"
RAH, MIF = "person:ahmed-al-rahawi", "person:mohammed-miftah"
HAY, RSH = "person:khalil-al-hayya", "person:hassan-rashad"
TAB, GHAL = "person:haytham-ali-tabatabai", "person:mohammad-bagher-ghalibaf"
DEIF, MSIN = "person:mohammed-deif", "person:mohammed-sinwar"

ARTICLES = [
    ("enAC1_houthi_pm_killed_sanaa", "en",
     "DUBAI, Aug 30 (Reuters) - Yemen's Houthis said on Saturday that Ahmed Ghaleb al-Rahawi, "
     "prime minister of the Houthi-run government in Sanaa, had been killed along with several "
     "ministers in an Israeli strike on the capital on Thursday. The group named Mohammed "
     "Miftah, Rahawi's first deputy, as acting prime minister to replace him, according to a "
     "statement carried by the Houthi-run Saba news agency. Israel's military said it had hit "
     "\"a Houthi terrorist regime military target\" in the Sanaa area but did not name any "
     "officials. Houthi leader Abdul-Malik al-Houthi vowed revenge in a televised speech, "
     "saying the Iran-backed movement would press on with its attacks on Israel in support of "
     "Gaza. The Houthis have fired missiles and drones at Israel since the war in Gaza began in "
     "October 2023, and Israel has repeatedly struck the port of Hodeidah and Sanaa's airport "
     "in response. Several ministers who were wounded remain in hospital.",
     [("LEADS", RAH, "organization:houthi-government", "prime minister of the Houthi-run"),
      ("ASSASSINATED_BY", RAH, ISR, "in an Israeli strike on the capital", "2025-08-28"),
      ("ATTACKED", ISR, "location:sanaa", "in an Israeli strike on the capital", "2025-08-28"),
      ("SUCCESSOR_OF", MIF, RAH, "as acting prime minister to replace him", "2025-08-30"),
      ("REPORTED_BY", HOU, "outlet:saba", "statement carried by the Houthi-run Saba"),
      ("ATTACKED", IDF, "location:sanaa", "in the Sanaa area", "2025-08-28"),
      ("LEADS", "person:abdul-malik-al-houthi", HOU, "Houthi leader Abdul-Malik"),
      ("SUPPORTS", IRAN, HOU, "the Iran-backed movement"),
      ("ATTACKED", HOU, ISR, "have fired missiles and drones at Israel"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-08-30"}),

    ("arAC2_hamas_cairo_rashad", "ar",
     "القاهرة – الجزيرة نت\n"
     "التقى وفد من حركة المقاومة الإسلامية (حماس) برئاسة رئيس الحركة في قطاع غزة خليل الحية، مساء "
     "السبت في القاهرة، رئيسَ جهاز المخابرات العامة المصرية اللواء حسن رشاد، لبحث مقترح جديد "
     "لوقف إطلاق النار وتبادل الأسرى. ورشاد، الذي خلف اللواء عباس كامل على رأس الجهاز في أكتوبر/"
     "تشرين الأول الماضي، يتولى ملف الوساطة إلى جانب رئيس الوزراء وزير الخارجية القطري الشيخ "
     "محمد بن عبد الرحمن آل ثاني، الذي اجتمع بالحية في الدوحة الأسبوع الماضي. وقال القيادي في "
     "الحركة طاهر النونو للجزيرة نت إن الوفد «أبدى مرونة كبيرة» لكنه متمسك بانسحاب الاحتلال من "
     "القطاع. ولم يلتقِ الوفد أي مسؤول إسرائيلي، إذ تجري المفاوضات بشكل غير مباشر، فيما يُنتظر "
     "أن يصل المبعوث الأميركي ستيف ويتكوف إلى القاهرة خلال أيام. وكانت الحركة قد رفضت مقترحاً "
     "سابقاً وصفته بأنه «لا يلبي الحد الأدنى».",
     [("MET_WITH", HAY, RSH, "التقى وفد من حركة", "2025-03"),
      ("MET_WITH", RSH, HAM, "التقى وفد من حركة", "2025-03"),
      ("MEMBER_OF", HAY, HAM, "برئاسة رئيس الحركة في قطاع"),
      ("VISITED", HAY, "location:cairo", "السبت في القاهرة", "2025-03"),
      ("LEADS", RSH, "organization:egyptian-general-intelligence",
       "رئيسَ جهاز المخابرات العامة"),
      ("SUCCESSOR_OF", RSH, "person:abbas-kamel", "الذي خلف اللواء", "2024-10"),
      ("LEADS", "person:abbas-kamel", "organization:egyptian-general-intelligence",
       "الذي خلف اللواء"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "country:qatar",
       "رئيس الوزراء وزير الخارجية القطري"),
      ("MET_WITH", HAY, "person:mohammed-bin-abdulrahman-al-thani", "الذي اجتمع بالحية",
       "2025-03"),
      ("MEMBER_OF", "person:taher-al-nunu", HAM, "وقال القيادي في"),
      ("REPORTED_BY", "person:taher-al-nunu", "outlet:al-jazeera", "النونو للجزيرة نت"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2025-03-16"}),

    ("enAC3_tabatabai_killed_beirut", "en",
     "BEIRUT (AP) \u2014 An Israeli airstrike on Beirut's southern suburbs on Sunday killed "
     "Haytham Ali Tabatabai, Hezbollah's chief of staff and the group's most senior military "
     "commander, Hezbollah said. Prime Minister Benjamin Netanyahu's office said he had "
     "personally ordered the strike on the Haret Hreik neighborhood, the first on the Lebanese "
     "capital in months. Tabatabai had taken over Hezbollah's military operations from Ibrahim "
     "Aqil, who was killed in an Israeli strike in September 2024, weeks after Aqil himself "
     "succeeded Fouad Shukr. Shukr died in an attack on the same suburbs that July. Hezbollah "
     "leader Naim Kassem called the killing \"a blatant aggression\" but did not say whether "
     "the group would respond. Lebanese President Joseph Aoun received the commander of the "
     "Lebanese Armed Forces, Gen. Rodolphe Haykal, at the presidential palace hours later to discuss the army's "
     "deployment south of the Litani River.",
     [("ATTACKED", ISR, "location:dahiyeh", "An Israeli airstrike on Beirut's", "2025-11-23"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "An Israeli airstrike on Beirut's"),
      ("ASSASSINATED_BY", TAB, ISR, "An Israeli airstrike on Beirut's", "2025-11-23"),
      ("MEMBER_OF", TAB, HEZ, "Hezbollah's chief of staff"),
      ("ASSASSINATED_BY", TAB, "person:benjamin-netanyahu", "personally ordered the strike",
       "2025-11-23"),
      ("SUCCESSOR_OF", TAB, "person:ibrahim-aqil", "had taken over Hezbollah's military"),
      ("ASSASSINATED_BY", "person:ibrahim-aqil", ISR, "who was killed in an Israeli strike",
       "2024-09"),
      ("SUCCESSOR_OF", "person:ibrahim-aqil", "person:fouad-shukr", "Aqil himself succeeded"),
      ("LEADS", "person:naim-qassem", HEZ, "leader Naim Kassem"),
      ("LEADS", "person:joseph-aoun", "country:lebanon", "Lebanese President Joseph"),
      ("MET_WITH", "person:joseph-aoun", "person:rodolphe-haykal", "Lebanese President Joseph",
       "2025-11-23"),
      ("LEADS", "person:rodolphe-haykal", "organization:lebanese-army",
       "Lebanese Armed Forces, Gen. Rodolphe"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-11-23"}),

    ("arAC4_ghalibaf_beirut", "ar",
     "بيروت – «المنار»\n"
     "وصل رئيس مجلس الشورى الإسلامي في إيران محمد باقر قاليباف إلى بيروت، يوم السبت، على متن "
     "طائرة قادها بنفسه، في زيارة تضامنية هي الأولى لمسؤول إيراني رفيع منذ استشهاد الأمين العام "
     "لحزب الله السيد حسن نصر الله. واستقبله في المطار السفير الإيراني في لبنان مجتبى أماني، الذي "
     "أصيب في تفجيرات أجهزة «البيجر» الشهر الماضي، قبل أن يلتقي رئيس مجلس النواب نبيه بري في عين "
     "التينة، ثم رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي. وجال قاليباف في الضاحية "
     "الجنوبية لبيروت حيث تفقد موقع غارة إسرائيلية دمّرت عدداً من المباني. وأكد أن طهران «ستقف "
     "إلى جانب لبنان»، فيما أجرى اتصالاً هاتفياً بنائب الأمين العام للحزب الشيخ نعيم قاسم. ولم "
     "يُعلن عن لقاء بين قاليباف وأي من قادة المقاومة، في حين ألغيت زيارة كانت مقررة لوزير "
     "الخارجية الإيراني إلى الجنوب.",
     [("LEADS", GHAL, "organization:iranian-parliament", "رئيس مجلس الشورى الإسلامي في إيران"),
      ("VISITED", GHAL, "location:beirut", "قاليباف إلى بيروت", "2024-10-12"),
      ("LEADS", "person:hassan-nasrallah", HEZ, "الأمين العام لحزب الله"),
      ("MET_WITH", GHAL, "person:mojtaba-amani", "واستقبله في المطار", "2024-10-12"),
      ("MET_WITH", GHAL, "person:nabih-berri", "قبل أن يلتقي رئيس", "2024-10-12"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament", "قبل أن يلتقي رئيس"),
      ("MET_WITH", GHAL, "person:najib-mikati", "ثم رئيس حكومة", "2024-10-12"),
      ("VISITED", GHAL, "location:dahiyeh", "وجال قاليباف في الضاحية", "2024-10-12"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "وجال قاليباف في الضاحية"),
      ("ATTACKED", ISR, "location:dahiyeh", "موقع غارة إسرائيلية"),
      ("MEMBER_OF", "person:naim-qassem", HEZ, "بنائب الأمين العام"),
      ],
     {"source": "blind set (Al-Manar-style)", "published": "2024-10-12"}),

    ("enAC5_hamas_delegation_assad", "en",
     "DAMASCUS \u2013 Syrian President Bashar Assad received in Damascus on Wednesday a "
     "delegation of Palestinian factions that included senior Hamas official Khalil al-Hayya, "
     "the first meeting between the Syrian leader and the movement since it left the city a "
     "decade ago. Al-Hayya, who heads Hamas's Arab and Islamic relations office, told "
     "reporters after the meeting that it was \"a glorious day\" and that the movement had "
     "turned the page on the past. The delegation, led by Talal Naji, secretary-general of the "
     "Popular Front for the Liberation of Palestine \u2013 General Command, also held talks with "
     "Foreign Minister Faisal Mekdad. The rapprochement was brokered by Hezbollah chief Hassan "
     "Nasrallah, a Hamas official said on condition of anonymity. Hamas leader Ismail Haniyeh, "
     "who lives in Qatar, did not join the trip. Iran, which backs both Hamas and Hezbollah, "
     "welcomed the move.",
     [("LEADS", "person:bashar-al-assad", "country:syria", "Syrian President Bashar"),
      ("MET_WITH", "person:bashar-al-assad", HAY, "Syrian President Bashar", "2022-10-19"),
      ("MEMBER_OF", HAY, HAM, "senior Hamas official Khalil"),
      ("VISITED", HAY, "location:damascus", "Syrian President Bashar", "2022-10-19"),
      ("MET_WITH", "person:bashar-al-assad", HAM, "the first meeting between", "2022-10-19"),
      ("MET_WITH", "person:bashar-al-assad", "person:talal-naji", "The delegation, led by",
       "2022-10-19"),
      ("LEADS", "person:talal-naji", "organization:pflp-gc", "secretary-general of the Popular"),
      ("MET_WITH", "person:faisal-mekdad", "person:talal-naji", "also held talks with",
       "2022-10-19"),
      ("MET_WITH", "person:faisal-mekdad", HAY, "also held talks with", "2022-10-19"),
      ("LEADS", "person:hassan-nasrallah", HEZ, "Hezbollah chief Hassan"),
      ("LEADS", "person:ismail-haniyeh", HAM, "Hamas leader Ismail"),
      ("SUPPORTS", IRAN, HAM, "which backs both Hamas"),
      ("SUPPORTS", IRAN, HEZ, "which backs both Hamas"),
      ],
     {"source": "blind set (Asharq Al-Awsat English-style)", "published": "2022-10-19"}),

    ("arAC6_qassam_confirms_deif", "ar",
     "غزة ــ العربي الجديد\n"
     "أعلنت كتائب عز الدين القسام، الجناح العسكري لحركة حماس، مساء الخميس، استشهاد قائدها العام "
     "محمد الضيف في غارة إسرائيلية استهدفت منطقة المواصي غربي خان يونس في يوليو/تموز الماضي. وقال "
     "الناطق العسكري باسم الكتائب أبو عبيدة، في كلمة مصورة، إن الضيف «ارتقى» إلى جانب عدد من "
     "أعضاء المجلس العسكري، بينهم نائب قائد الكتائب مروان عيسى، الذي قُتل في قصف على مخيم النصيرات "
     "في مارس/آذار 2024. وكان جيش الاحتلال قد أعلن في أغسطس/آب أنه اغتال الضيف. ولم تعلن الكتائب "
     "رسمياً اسم خليفته، غير أن مصادر في الحركة قالت لـ«العربي الجديد» إن محمد السنوار، شقيق رئيس "
     "المكتب السياسي للحركة الراحل يحيى السنوار، تولى قيادة الكتائب بعد اغتيال الضيف. وقال عضو "
     "المكتب السياسي لحماس باسم نعيم لـ«العربي الجديد» إن «اغتيال القادة لم يوقف المقاومة يوماً».",
     [("PART_OF", QB, HAM, "الجناح العسكري لحركة"),
      ("LEADS", DEIF, QB, "قائدها العام"),
      ("ASSASSINATED_BY", DEIF, ISR, "في غارة إسرائيلية", "2024-07-13"),
      ("ATTACKED", ISR, "location:al-mawasi", "في غارة إسرائيلية", "2024-07-13"),
      ("MEMBER_OF", "person:abu-obeida", QB, "الناطق العسكري باسم"),
      ("MEMBER_OF", "person:marwan-issa", QB, "بينهم نائب قائد"),
      ("ASSASSINATED_BY", DEIF, IDF, "أنه اغتال الضيف", "2024-07-13"),
      ("SUCCESSOR_OF", MSIN, DEIF, "تولى قيادة الكتائب"),
      ("LEADS", MSIN, QB, "تولى قيادة الكتائب"),
      ("LEADS", "person:yahya-sinwar", HAM, "المكتب السياسي للحركة الراحل"),
      ("MEMBER_OF", "person:basem-naim", HAM, "وقال عضو"),
      ("REPORTED_BY", "person:basem-naim", "outlet:al-araby-al-jadeed", "نعيم لـ«العربي الجديد»"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2025-01-30"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAC")
