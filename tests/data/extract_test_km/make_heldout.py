"""Blind set KM: Lebanon and Syria 2024-2025 as a French wire writes it (AFP-like: "بيروت (أ ف ب) -",
"BEIRUT (AFP) -", "told AFP on condition of anonymity", a background paragraph) in its Arabic and English
services, plus a live-blog piece (timestamped GMT entries, newest last).
Pieces: Nasrallah and his aides killed, Aqil, Qaouk and Qubaisi (Arabic); Barrack and Ortagus at Baabda
(English); Syria's transition: al-Bashir's caretaker government, al-Sharaa's agreement with Mazloum Abdi,
the March 2025 ministers' handovers (Arabic); live blog of the Salam government's first day of handovers
(English); Lebanon-Syria defence talks in Jeddah, al-Shaibani and Dermer in Paris, the governor of Sweida
(Arabic); al-Sharaa in Moscow, his White House visit still to come (English).
Excluded on purpose (no relation): Qubaisi "killed in a strike" with no agent stated and Iran's accusation
against the United States (KM1); Berri who "did not receive" the envoys and Salam's phone call with Barrack
(KM2); Mikati's phone call to al-Sharaa and a planned visit of the SDF delegation (KM3); Bouchikian, who "did
not attend" the industry handover (a succession, no meeting), and Hezbollah's statement (KM4); the denial by
Netanyahu's office of any planned meeting with al-Sharaa (KM5); Putin's remark that Assad's case was "not
discussed", Erdogan's phone call and Trump's planned reception of al-Sharaa at the White House (KM6).
Judgement calls: "killed along with" Nasrallah gives the agent the army stated for him (the Israeli army);
the Israeli army "said it killed" Qaouk after Hezbollah confirmed his death counts as a claimed killing;
a cabinet session "chaired by" the president pairs him with the prime minister named at it; a handover at
which the predecessor "handed over the files" is a meeting; "succeeds" in a live-blog line is a succession
whether or not a ceremony is reported; a meeting "hosted by" Khalid bin Salman pairs the host with both
ministers; a talk "mediated by" Barrack in the room pairs him with both sides. Filled in for the exercise:
Moawad's presence at Baabda, Yarub Badr in the Moscow delegation and his meeting with Novak, al-Bakour's
meeting with al-Balous, and some days.
Spellings: "حسن نصرالله" joined and "ابراهيم قبيسي" without hamza (KM1), "أبو محمد الجولاني" for al-Sharaa and "مظلوم عبدي" (KM3), "Youssef Raggi" (KM4), "مرهف ابو قصرة"
and "اسعد الشيباني" without hamza, "توم باراك" (KM5), "Ahmed al-Sharaa", "Assaad al-Shaibani" (KM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_km import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IDF, HEZ, RADWAN, HEZCENTRAL = ("country:israel", "organization:israel-defense-forces",
                                     "organization:hezbollah", "organization:radwan-force",
                                     "organization:hezbollah-central-council")
SYRGOV, SDF, LEBFM, LDEF = ("organization:syrian-government", "organization:syrian-democratic-forces",
                            "organization:lebanese-foreign-ministry", "organization:lebanese-defence-ministry")
BAABDA, DAMASCUS, JEDDAH, PARIS, MOSCOW, WASHINGTON, DAHIYEH = (
    "location:baabda-palace", "location:damascus", "location:jeddah", "location:paris", "location:moscow",
    "location:washington", "location:dahiyeh")
NASRALLAH, KARAKI, JAZINI, AQIL, QAOUK = ("person:hassan-nasrallah", "person:ali-karaki",
                                          "person:ibrahim-jazini", "person:ibrahim-aqil", "person:nabil-qaouk")
BARRACK, ORTAGUS, JAOUN, SALAM, BERRI = ("person:tom-barrack", "person:morgan-ortagus", "person:joseph-aoun",
                                         "person:nawaf-salam", "person:nabih-berri")
SHARAA, BASHIR, JALALI, KHATTAB, ABDULRAHMAN, ABDI = (
    "person:ahmed-al-sharaa", "person:mohammed-al-bashir", "person:mohammed-ghazi-al-jalali",
    "person:anas-khattab", "person:mohammed-abdul-rahman", "person:mazloum-abdi")
RAJJI, BOUHABIB, MENASSA, SLIM = ("person:youssef-rajji", "person:abdallah-bou-habib", "person:michel-menassa",
                                  "person:maurice-slim")
ABUQASRA, KBS, SHAIBANI, DERMER, BAKOUR = ("person:murhaf-abu-qasra", "person:khalid-bin-salman",
                                           "person:asaad-al-shaibani", "person:ron-dermer",
                                           "person:mustafa-al-bakour")
PUTIN, NOVAK, TRUMP = "person:vladimir-putin", "person:alexander-novak", "person:donald-trump"
# new to the tables
DIB, MOAWAD, TURKO, QADRI, BAYRAKDARIAN, KALLAS, KHOURY, BOUCHIKIAN, BALOUS, YBADR = (
    "person:samir-tawfiq-dib", "person:nada-hamadeh-moawad", "person:mohammad-abdul-rahman-turko",
    "person:nazir-al-qadri", "person:nora-bayrakdarian", "person:george-kallas", "person:joe-issa-el-khoury",
    "person:george-bouchikian", "person:laith-al-balous", "person:yarub-badr")

AR, EN, LIVE = ("blind set (French wire agency, Arabic service)", "blind set (French wire agency, English)",
                "blind set (French wire agency, live blog)")

ARTICLES = [
    ("arKM1_nasrallah_aides_killed", "ar",
     "إسرائيل تعلن مقتل نصرالله وكبار مساعديه في غارة على الضاحية الجنوبية\n"
     "بيروت (أ ف ب) - أعلن الجيش الإسرائيلي السبت أنه قتل الأمين العام لحزب الله حسن نصرالله في غارة "
     "عنيفة على الضاحية الجنوبية لبيروت، إلى جانب قائد الجبهة الجنوبية علي كركي ومسؤول أمنه الشخصي إبراهيم "
     "جزيني ومستشاره سمير توفيق ديب.\n"
     "وأكد الحزب مقتل أمينه العام من دون أن يكشف مكان دفنه.\n"
     "وقبل ذلك بأسبوع، اغتالت إسرائيل قائد قوة الرضوان إبراهيم عقيل في غارة على منطقة الجاموس.\n"
     "والأحد، أكد حزب الله مقتل عضو المجلس المركزي الشيخ نبيل قاووق، وقال الجيش الإسرائيلي إنه قتله في ضربة "
     "دقيقة.\n"
     "كما قُتل القيادي ابراهيم قبيسي في غارة على الضاحية الثلاثاء، بحسب مصدر مقرّب من الحزب، من دون تحديد "
     "الجهة التي نفّذتها.\n"
     "واتهمت طهران الولايات المتحدة بالتواطؤ، فيما حذّر خبراء من فراغ في قيادة التنظيم المدعوم من إيران.",
     [("ASSASSINATED_BY", NASRALLAH, IDF, "أنه قتل الأمين العام لحزب الله", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله حسن نصرالله"),
      ("ATTACKED", IDF, DAHIYEH, "عنيفة على الضاحية الجنوبية لبيروت", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, IDF, "إلى جانب قائد الجبهة الجنوبية", "2024-09-27"),
      ("ASSASSINATED_BY", JAZINI, IDF, "ومسؤول أمنه الشخصي", "2024-09-27"),
      ("ASSASSINATED_BY", DIB, IDF, "ومستشاره سمير توفيق ديب", "2024-09-27"),
      ("ASSASSINATED_BY", AQIL, ISR, "اغتالت إسرائيل قائد قوة الرضوان", "2024-09-20"),
      ("LEADS", AQIL, RADWAN, "قائد قوة الرضوان إبراهيم عقيل"),
      ("ASSASSINATED_BY", QAOUK, IDF, "وقال الجيش الإسرائيلي إنه قتله", "2024-09-28"),
      ("MEMBER_OF", QAOUK, HEZCENTRAL, "عضو المجلس المركزي"),
      ],
     {"source": AR, "published": "2024-09-29"}),

    ("enKM2_barrack_ortagus_baabda", "en",
     "US envoys press Lebanon on Hezbollah disarmament timetable\n"
     "BEIRUT (AFP) - US envoy Tom Barrack and deputy Middle East envoy Morgan Ortagus met President Joseph Aoun "
     "at Baabda Palace on Tuesday to discuss the army's plan to disarm Hezbollah, the presidency said.\n"
     "Lebanon's ambassador to the United States, Nada Hamadeh Moawad, who is in Beirut for consultations, "
     "also attended, a Lebanese official told AFP on condition of anonymity.\n"
     "Parliament Speaker Nabih Berri, a Hezbollah ally, did not receive the envoys this time, his office said. "
     "Prime Minister Nawaf Salam discussed the plan with Barrack by phone later in the day.\n"
     "The cabinet tasked the army this month with drawing up a plan to bring all weapons under state control "
     "by the end of the year, prompting Shiite ministers to walk out. Hezbollah chief Naim Qassem has said the "
     "group will not hand over its arsenal while Israel keeps striking Lebanon.",
     [("MET_WITH", BARRACK, JAOUN, "met President Joseph Aoun", "2025-08-26"),
      ("MET_WITH", ORTAGUS, JAOUN, "met President Joseph Aoun", "2025-08-26"),
      ("MET_WITH", BARRACK, ORTAGUS, "Morgan Ortagus met", "2025-08-26"),
      ("VISITED", BARRACK, BAABDA, "at Baabda Palace on Tuesday", "2025-08-26"),
      ("VISITED", ORTAGUS, BAABDA, "at Baabda Palace on Tuesday", "2025-08-26"),
      ("MET_WITH", MOAWAD, JAOUN, "also attended, a Lebanese official", "2025-08-26"),
      ("MET_WITH", MOAWAD, BARRACK, "also attended, a Lebanese official", "2025-08-26"),
      ("MET_WITH", MOAWAD, ORTAGUS, "also attended, a Lebanese official", "2025-08-26"),
      ],
     {"source": EN, "published": "2025-08-26"}),

    ("arKM3_syria_transition_handover", "ar",
     "سوريا: حكومة جديدة تتسلم مهامها بعد ثلاثة أشهر من سقوط الأسد\n"
     "دمشق (أ ف ب) - تسلّم الوزراء السوريون الجدد مهامهم هذا الأسبوع، بعد أن أعلن الرئيس الانتقالي أحمد الشرع "
     "تشكيل حكومة من 23 وزيراً حلّت مكان حكومة تصريف الأعمال.\n"
     "وكان الشرع، المعروف سابقاً بأبي محمد الجولاني، قد كلّف محمد البشير في كانون الأول ترؤس حكومة انتقالية "
     "خلفاً لمحمد غازي الجلالي، آخر رئيس وزراء في عهد بشار الأسد.\n"
     "وفي الحكومة الجديدة، حلّ أنس خطاب، الرئيس السابق لجهاز الاستخبارات، محل محمد عبد الرحمن في وزارة "
     "الداخلية.\n"
     "وفي وزارة التربية، سلّم الوزير السابق نذير القادري خلفه محمد عبد الرحمن تركو ملفات الوزارة خلال لقاء "
     "في دمشق.\n"
     "وفي العاشر من آذار، وقّع الشرع وقائد قوات سوريا الديموقراطية مظلوم عبدي في دمشق اتفاقاً لدمج مؤسسات "
     "الإدارة الذاتية في الدولة. ولم يُحدَّد بعد موعد زيارة وفد من قسد إلى العاصمة.\n"
     "وكان رئيس الوزراء اللبناني نجيب ميقاتي قد أجرى اتصالاً هاتفياً بالشرع قبل زيارته دمشق.",
     [("SUCCESSOR_OF", BASHIR, JALALI, "خلفاً لمحمد غازي الجلالي", "2024-12-10"),
      ("SUCCESSOR_OF", KHATTAB, ABDULRAHMAN, "محل محمد عبد الرحمن في وزارة", "2025-03-29"),
      ("SUCCESSOR_OF", TURKO, QADRI, "خلفه محمد عبد الرحمن تركو", "2025-03"),
      ("MET_WITH", TURKO, QADRI, "سلّم الوزير السابق نذير القادري", "2025-03"),
      ("MEMBER_OF", TURKO, SYRGOV, "خلفه محمد عبد الرحمن تركو"),
      ("MET_WITH", SHARAA, ABDI, "وقّع الشرع وقائد قوات سوريا", "2025-03-10"),
      ("LEADS", ABDI, SDF, "وقائد قوات سوريا الديموقراطية مظلوم عبدي"),
      ("VISITED", ABDI, DAMASCUS, "مظلوم عبدي في دمشق", "2025-03-10"),
      ],
     {"source": AR, "published": "2025-04-02"}),

    ("enKM4_live_salam_cabinet_handovers", "en",
     "LIVE: Lebanon's new government takes office\n"
     "0815 GMT - Prime Minister Nawaf Salam's cabinet holds its first session at Baabda Palace, chaired by "
     "President Joseph Aoun.\n"
     "0940 GMT - Foreign Minister Youssef Raggi takes over from Abdallah Bou Habib at a handover ceremony at "
     "the foreign ministry. Bou Habib wishes him luck.\n"
     "1025 GMT - The new youth and sports minister, Nora Bayrakdarian, receives the ministry's files from her "
     "predecessor George Kallas, an AFP photographer says.\n"
     "1110 GMT - Industry Minister Joe Issa el-Khoury takes office in place of George Bouchikian, who did not "
     "attend; the files were handed over by the ministry's director general.\n"
     "1230 GMT - Defence Minister Michel Menassa succeeds Maurice Slim at the defence ministry in Yarze.\n"
     "1315 GMT - Hezbollah says it will give the new government \"a chance\".",
     [("MET_WITH", JAOUN, SALAM, "chaired by", "2025-02-11"),
      ("SUCCESSOR_OF", RAJJI, BOUHABIB, "Youssef Raggi takes over from Abdallah Bou Habib", "2025-02-11"),
      ("MET_WITH", RAJJI, BOUHABIB, "Bou Habib wishes him luck", "2025-02-11"),
      ("LEADS", RAJJI, LEBFM, "Foreign Minister Youssef Raggi"),
      ("SUCCESSOR_OF", BAYRAKDARIAN, KALLAS, "predecessor George Kallas", "2025-02-11"),
      ("MET_WITH", BAYRAKDARIAN, KALLAS, "receives the ministry's files from her", "2025-02-11"),
      ("SUCCESSOR_OF", KHOURY, BOUCHIKIAN, "in place of George Bouchikian", "2025-02-11"),
      ("SUCCESSOR_OF", MENASSA, SLIM, "Menassa succeeds Maurice Slim", "2025-02-11"),
      ("LEADS", MENASSA, LDEF, "Defence Minister Michel Menassa"),
      ],
     {"source": LIVE, "published": "2025-02-11"}),

    ("arKM5_jeddah_paris_sweida", "ar",
     "سوريا: محادثات أمنية مع لبنان وإسرائيل برعاية إقليمية ودولية\n"
     "باريس (أ ف ب) - التقى وزير الخارجية السوري اسعد الشيباني في باريس الوزير الإسرائيلي للشؤون الاستراتيجية "
     "رون ديرمر، في حضور الموفد الأميركي توم باراك الذي يتوسط بين الجانبين، بحسب مصدر دبلوماسي.\n"
     "ونفى مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو وجود أي ترتيب للقاء مع الشرع.\n"
     "وفي آذار، استضاف وزير الدفاع السعودي الأمير خالد بن سلمان في جدة نظيريه السوري مرهف ابو قصرة "
     "واللبناني ميشال منسى، ووقّع الوزيران اتفاقاً لترسيم الحدود.\n"
     "وفي السويداء، التقى المحافظ مصطفى البكور الزعيم الدرزي الشيخ ليث البلعوس، فيما لا يزال الشيخ حكمت الهجري "
     "يرفض الحوار مع دمشق.",
     [("MET_WITH", SHAIBANI, DERMER, "رون ديرمر", "2025-08-19"),
      ("VISITED", SHAIBANI, PARIS, "اسعد الشيباني في باريس", "2025-08-19"),
      ("MET_WITH", BARRACK, SHAIBANI, "في حضور الموفد الأميركي توم باراك", "2025-08-19"),
      ("MET_WITH", BARRACK, DERMER, "في حضور الموفد الأميركي توم باراك", "2025-08-19"),
      ("MET_WITH", KBS, ABUQASRA, "مرهف ابو قصرة", "2025-03-27"),
      ("MET_WITH", KBS, MENASSA, "واللبناني ميشال منسى", "2025-03-27"),
      ("MET_WITH", ABUQASRA, MENASSA, "ووقّع الوزيران اتفاقاً", "2025-03-27"),
      ("VISITED", ABUQASRA, JEDDAH, "في جدة نظيريه", "2025-03-27"),
      ("MET_WITH", BAKOUR, BALOUS, "التقى المحافظ مصطفى البكور", "2025-08"),
      ],
     {"source": AR, "published": "2025-08-20"}),

    ("enKM6_sharaa_moscow_washington", "en",
     "Syria's Sharaa meets Putin in Moscow weeks before White House visit\n"
     "MOSCOW (AFP) - Syrian President Ahmed al-Sharaa held talks with Vladimir Putin at the Kremlin on "
     "Wednesday, his first visit to Russia since toppling Moscow's ally Bashar al-Assad. Foreign Minister "
     "Assaad al-Shaibani joined the talks.\n"
     "Transport Minister Yarub Badr, who was part of the delegation, met Russian Deputy Prime Minister "
     "Alexander Novak on grain and port deals, a Syrian official told AFP.\n"
     "Putin said the question of Assad, who fled to Moscow in December, was not discussed. Turkish President "
     "Recep Tayyip Erdogan spoke by phone with al-Sharaa the same evening.\n"
     "Al-Sharaa is due in Washington next month, where President Donald Trump will receive him at the White "
     "House, the first visit by a Syrian head of state.",
     [("MET_WITH", SHARAA, PUTIN, "held talks with Vladimir Putin", "2025-10-15"),
      ("VISITED", SHARAA, MOSCOW, "his first visit to Russia", "2025-10-15"),
      ("MET_WITH", SHAIBANI, SHARAA, "al-Shaibani joined the talks", "2025-10-15"),
      ("MET_WITH", SHAIBANI, PUTIN, "al-Shaibani joined the talks", "2025-10-15"),
      ("MET_WITH", YBADR, NOVAK, "met Russian Deputy Prime Minister", "2025-10-15"),
      ("MEMBER_OF", YBADR, SYRGOV, "Transport Minister Yarub Badr"),
      ],
     {"source": EN, "published": "2025-10-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKM")
