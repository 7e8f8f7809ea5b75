"""Blind set IU: Gaza 2023-2025 and the killing of Hamas leaders as a Palestinian news agency writes
it (WAFA / Quds Press-like: official phrasing, "the occupation", delegations, communiques, "received",
"the meeting was attended by"): Hamas mourns Haniyeh after the raid on his residence in Tehran and
recalls his meetings there the evening before (Arabic); Prime Minister Mustafa in Doha with the
Qatari prime minister after the January 2025 ceasefire (English); a Hamas delegation headed by
al-Hayya with Egypt's new intelligence chief Hassan Rashad in Cairo (Arabic); the Qassam Brigades
announce the deaths of their commander and of members of the military council, January 2025
(English); President Abbas with al-Sisi and Starmer on the margins of the Sharm el-Sheikh summit
(Arabic); Hamas names Sinwar head of its political bureau in place of Haniyeh, August 2024, and
al-Hayya's delegation with the Qatari prime minister and Abbas Kamel (English).
Style: agency datelines, "the martyr leader", "the Zionist occupation", protocol sentences with
attendees, statements "a copy of which Quds Press received", Hamas and PA officials by full title.
Excluded on purpose: the IRGC's announced investigation and the occupation government's silence;
a phone call from the Emir of Qatar (twice); a planned meeting with a Fatah delegation; two members
of the Qassam military council whose killing the text gives no agent for; a planned round of talks
Hamas had not decided to attend; a plain list of partners ("met ... with A and B") whose members are
not paired with each other; the vice-president who "accompanies" Abbas on the trip but is not said
to have attended his meetings.
Spellings: هنيّة and the kunya أبو العبد, الحيّة, Mohammad Dief, Marwan Eissa, Rafe' Salameh,
Yehya Sinwar, Ismail Haniya, Khalil al-Hayyah.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_iw import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, QATAR, EGYPT, UK = ("country:iran", "country:israel", "country:qatar", "country:egypt",
                               "country:united-kingdom")
HAMAS, HPB, QASSAM, PIJ, FATAH = ("organization:hamas", "organization:hamas-political-bureau",
                                  "organization:qassam-brigades", "organization:palestinian-islamic-jihad",
                                  "organization:fatah")
IDF, EGI, QGOV, QFM = ("organization:israel-defense-forces", "organization:egyptian-general-intelligence",
                       "organization:qatari-government", "organization:qatari-foreign-ministry")
PA, PALGOV, PALGI, PLOEC = ("organization:palestinian-authority", "organization:palestinian-government",
                            "organization:palestinian-general-intelligence", "organization:plo-executive-committee")
TEHRAN, DOHA, CAIRO, MAWASI, KHY = ("location:tehran", "location:doha", "location:cairo", "location:al-mawasi",
                                    "location:khan-younis")
QPRESS = "outlet:quds-press"
HANIYEH, SHAABAN, MESHAAL, SINWAR, HAYYA = (
    "person:ismail-haniyeh", "person:wasim-abu-shaaban", "person:khaled-meshaal", "person:yahya-sinwar",
    "person:khalil-al-hayya")
KHAMENEI, PEZ, NAKHALAH = "person:ali-khamenei", "person:masoud-pezeshkian", "person:ziad-al-nakhalah"
DEIF, ISSA, SALAMA, SHEHADEH, OBEIDA = ("person:mohammed-deif", "person:marwan-issa", "person:rafa-salama",
                                        "person:salah-shehadeh", "person:abu-obeida")
RASHAD, KAMEL, ALOUL, MBAR, KHULAIFI, TAMIM = (
    "person:hassan-rashad", "person:abbas-kamel", "person:mahmoud-al-aloul",
    "person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-al-khulaifi", "person:tamim-bin-hamad-al-thani")
ABBAS, MUSTAFA, SHTAYYEH, HSHEIKH, SISI, STARMER = (
    "person:mahmoud-abbas", "person:mohammad-mustafa", "person:mohammad-shtayyeh", "person:hussein-al-sheikh",
    "person:abdel-fattah-al-sisi", "person:keir-starmer")
# new to the tables
ABUZUHRI, AGHABEKIAN, NAZZAL, THABET, ABUTAMAA, FARAJ, QANOUA = (
    "person:sami-abu-zuhri", "person:varsen-aghabekian", "person:mohammed-nazzal", "person:raed-thabet",
    "person:ghazi-abu-tamaa", "person:majed-faraj", "person:abdul-latif-al-qanoua")

ARTICLES = [
    ("arIU1_haniyeh_mourned_tehran", "ar",
     "حماس تنعى قائدها أبا العبد هنيّة: اغتيال صهيوني جبان في طهران\n"
     "طهران – قدس برس\n"
     "نعت حركة المقاومة الإسلامية «حماس»، فجر اليوم الأربعاء، رئيس مكتبها السياسي القائد المجاهد إسماعيل "
     "هنيّة «أبو العبد»، الذي ارتقى شهيداً إثر غارة صهيونية غادرة استهدفت مقر إقامته في العاصمة الإيرانية "
     "طهران.\n"
     "وقالت الحركة في بيان إن مرافقه الشخصي وسيم أبو شعبان استشهد معه في الغارة ذاتها.\n"
     "وكان هنيّة قد وصل إلى طهران للمشاركة في مراسم تنصيب الرئيس الإيراني مسعود بزشكيان، والتقى مساء "
     "الثلاثاء المرشد الأعلى علي خامنئي، بحضور الأمين العام لحركة الجهاد الإسلامي زياد النخالة، كما عقد "
     "لقاءً منفصلاً مع الرئيس بزشكيان.\n"
     "ويرأس الشهيد المكتب السياسي للحركة منذ عام 2017 خلفاً لخالد مشعل، وكان قبل ذلك رئيساً للحركة في "
     "قطاع غزة.\n"
     "من جهته، قال القيادي البارز في الحركة سامي أبو زهري لـ«قدس برس» إن «اغتيال الاحتلال للأخ أبي العبد "
     "تصعيد خطير لن يحقق أهدافه»، مؤكداً أن حماس «ماضية في طريقها ولن تنكسر».\n"
     "ولم يصدر أي تعليق رسمي عن حكومة الاحتلال حتى الآن، فيما أعلن الحرس الثوري الإيراني فتح تحقيق في "
     "ملابسات الحادث.",
     [("LEADS", HANIYEH, HPB, "رئيس مكتبها السياسي القائد المجاهد"),
      ("ASSASSINATED_BY", HANIYEH, ISR, "إثر غارة صهيونية غادرة", "2024-07-31"),
      ("ATTACKED", ISR, TEHRAN, "استهدفت مقر إقامته في العاصمة الإيرانية", "2024-07-31"),
      ("ASSASSINATED_BY", SHAABAN, ISR, "استشهد معه في الغارة ذاتها", "2024-07-31"),
      ("VISITED", HANIYEH, TEHRAN, "وكان هنيّة قد وصل إلى طهران", "2024-07-30"),
      ("LEADS", PEZ, IRAN, "تنصيب الرئيس الإيراني مسعود"),
      ("MET_WITH", HANIYEH, KHAMENEI, "والتقى مساء الثلاثاء المرشد الأعلى", "2024-07-30"),
      ("MET_WITH", HANIYEH, NAKHALAH, "بحضور الأمين العام لحركة الجهاد", "2024-07-30"),
      ("MET_WITH", KHAMENEI, NAKHALAH, "بحضور الأمين العام لحركة الجهاد", "2024-07-30"),
      ("LEADS", NAKHALAH, PIJ, "الأمين العام لحركة الجهاد الإسلامي زياد"),
      ("MET_WITH", HANIYEH, PEZ, "لقاءً منفصلاً مع الرئيس بزشكيان", "2024-07-30"),
      ("SUCCESSOR_OF", HANIYEH, MESHAAL, "خلفاً لخالد مشعل", "2017"),
      ("LEADS", HANIYEH, HAMAS, "رئيساً للحركة في قطاع غزة"),
      ("MEMBER_OF", ABUZUHRI, HAMAS, "القيادي البارز في الحركة سامي"),
      ("REPORTED_BY", ABUZUHRI, QPRESS, "سامي أبو زهري لـ«قدس برس»"),
      ],
     {"source": "blind set (Palestinian news agency, Arabic)", "published": "2024-07-31"}),

    ("enIU2_mustafa_doha_ceasefire", "en",
     "PM Mustafa meets Qatari Prime Minister in Doha, calls for full implementation of ceasefire\n"
     "DOHA, January 21, 2025 (WAFA) - Prime Minister Mohammad Mustafa met today in Doha with Qatar's Prime "
     "Minister and Minister of Foreign Affairs, Sheikh Mohammed bin Abdulrahman Al Thani, and "
     "discussed the implementation of the ceasefire agreement in the Gaza Strip, which entered into force on "
     "Sunday.\n"
     "The meeting was attended by Minister of State for Foreign Affairs and Expatriates Varsen Aghabekian "
     "Shahin.\n"
     "Prime Minister Mustafa conveyed the appreciation of President Mahmoud Abbas for the efforts of the "
     "State of Qatar, the Arab Republic of Egypt and the United States that led to the agreement announced "
     "in Doha on January 15.\n"
     "He stressed that the State of Palestine, through its government, is ready to assume its full "
     "responsibilities in the Gaza Strip, including relief, reconstruction and the return of the displaced, "
     "and that Gaza cannot be separated from the West Bank.\n"
     "Mustafa, who took office in March 2024 succeeding Mohammad Shtayyeh, later met Qatar's Minister of "
     "State at the Ministry of Foreign Affairs, Mohammed Al-Khulaifi.\n"
     "On Monday, President Abbas received a phone call from the Emir of Qatar, Sheikh Tamim bin Hamad Al "
     "Thani, who briefed him on the outcome of the negotiations.",
     [("LEADS", MUSTAFA, PALGOV, "Prime Minister Mohammad Mustafa met today"),
      ("VISITED", MUSTAFA, DOHA, "met today in Doha", "2025-01-21"),
      ("MET_WITH", MUSTAFA, MBAR, "met today in Doha with Qatar's Prime", "2025-01-21"),
      ("LEADS", MBAR, QGOV, "Qatar's Prime Minister and Minister of Foreign Affairs"),
      ("LEADS", MBAR, QFM, "Minister of Foreign Affairs, Sheikh Mohammed"),
      ("MET_WITH", AGHABEKIAN, MUSTAFA, "The meeting was attended by", "2025-01-21"),
      ("MET_WITH", AGHABEKIAN, MBAR, "The meeting was attended by", "2025-01-21"),
      ("MEMBER_OF", AGHABEKIAN, PALGOV, "Minister of State for Foreign Affairs and Expatriates"),
      ("LEADS", ABBAS, PA, "President Mahmoud Abbas"),
      ("SUCCESSOR_OF", MUSTAFA, SHTAYYEH, "succeeding Mohammad Shtayyeh", "2024-03"),
      ("MET_WITH", MUSTAFA, KHULAIFI, "later met Qatar's Minister of State", "2025-01-21"),
      ("MEMBER_OF", KHULAIFI, QFM, "Minister of State at the Ministry of Foreign Affairs, Mohammed"),
      ("LEADS", TAMIM, QATAR, "the Emir of Qatar, Sheikh Tamim"),
      ],
     {"source": "blind set (Palestinian news agency, English)", "published": "2025-01-21"}),

    ("arIU3_hayya_rashad_cairo", "ar",
     "وفد من «حماس» برئاسة الحيّة يلتقي رئيس المخابرات المصرية في القاهرة\n"
     "القاهرة – قدس برس\n"
     "التقى وفد قيادي من حركة المقاومة الإسلامية «حماس» برئاسة رئيس الحركة في قطاع غزة الدكتور خليل "
     "الحيّة، مساء الثلاثاء في القاهرة، رئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد، في أول لقاء "
     "يجمع الجانبين منذ تولّي رشاد منصبه في تشرين الأول/أكتوبر الماضي خلفاً للواء عباس كامل.\n"
     "وضمّ الوفد عضو المكتب السياسي للحركة محمد نزال.\n"
     "وقالت الحركة، في بيان تلقت «قدس برس» نسخة منه، إن اللقاء تناول «سبل وقف العدوان الصهيوني على شعبنا "
     "في قطاع غزة، وانسحاب الاحتلال الكامل، وعودة النازحين، وإدخال المساعدات، والتوصل إلى صفقة تبادل "
     "جادة».\n"
     "وأكد الوفد، بحسب البيان، انفتاح الحركة على أي مقترحات «تضع حداً لحرب الإبادة»، محمّلاً حكومة "
     "الاحتلال مسؤولية إفشال جولات التفاوض السابقة.\n"
     "كما بحث الوفد مع الجانب المصري ترتيبات البيت الفلسطيني الداخلي، بما في ذلك مقترح تشكيل «لجنة "
     "الإسناد المجتمعي» لإدارة شؤون القطاع.\n"
     "ومن المقرر أن يلتقي الوفد، الخميس، وفداً من حركة فتح برئاسة عضو لجنتها المركزية محمود العالول، وفق "
     "مصادر في الحركة.",
     [("LEADS", HAYYA, HAMAS, "رئيس الحركة في قطاع غزة الدكتور خليل"),
      ("MET_WITH", HAYYA, RASHAD, "التقى وفد قيادي من حركة", "2024-12-03"),
      ("VISITED", HAYYA, CAIRO, "مساء الثلاثاء في القاهرة", "2024-12-03"),
      ("LEADS", RASHAD, EGI, "رئيس جهاز المخابرات العامة المصرية اللواء حسن"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10"),
      ("MET_WITH", NAZZAL, RASHAD, "وضمّ الوفد عضو المكتب السياسي", "2024-12-03"),
      ("MET_WITH", NAZZAL, HAYYA, "وضمّ الوفد عضو المكتب السياسي", "2024-12-03"),
      ("MEMBER_OF", NAZZAL, HPB, "عضو المكتب السياسي للحركة محمد نزال"),
      ("MEMBER_OF", ALOUL, FATAH, "عضو لجنتها المركزية محمود العالول"),
      ],
     {"source": "blind set (Palestinian news agency, Arabic)", "published": "2024-12-04"}),

    ("enIU4_qassam_announces_dief", "en",
     "Al-Qassam Brigades announce martyrdom of commander-in-chief Mohammad Dief and military council members\n"
     "GAZA (Quds Press) - The Izz al-Din al-Qassam Brigades, the military wing of Hamas, on Thursday "
     "officially announced the martyrdom of their general commander, Mohammad Dief (Abu Khaled), along with "
     "several members of the Brigades' military council.\n"
     "In a recorded speech, the Brigades' spokesman Abu Obeida named among them Dief's deputy Marwan Eissa, "
     "who was assassinated by the occupation in Nuseirat camp in March 2024; Rafe' Salameh, commander of "
     "the Khan Younis Brigade; Ghazi Abu Tama'a, head of the weapons and combat services staff; and Raed "
     "Thabet, head of the manpower staff.\n"
     "The occupation army had claimed in August that its warplanes killed Dief in a raid on al-Mawasi area "
     "west of Khan Younis on July 13, 2024, a raid that also killed Salameh and more than 90 displaced "
     "Palestinians.\n"
     "Dief had led the Brigades since 2002, when he succeeded Salah Shehadeh, who was assassinated by the "
     "occupation with a one-ton bomb dropped on his home in Gaza City.\n"
     "Abu Obeida said the commanders \"fell while leading the battle on all fronts\", vowing that their "
     "blood \"will be a curse on the occupation\".",
     [("PART_OF", QASSAM, HAMAS, "the military wing of Hamas"),
      ("LEADS", DEIF, QASSAM, "their general commander, Mohammad Dief"),
      ("MEMBER_OF", OBEIDA, QASSAM, "the Brigades' spokesman Abu Obeida"),
      ("MEMBER_OF", ISSA, QASSAM, "Dief's deputy Marwan Eissa"),
      ("ASSASSINATED_BY", ISSA, ISR, "assassinated by the occupation in Nuseirat", "2024-03"),
      ("MEMBER_OF", ABUTAMAA, QASSAM, "head of the weapons and combat services staff"),
      ("MEMBER_OF", THABET, QASSAM, "head of the manpower staff"),
      ("ASSASSINATED_BY", DEIF, IDF, "its warplanes killed Dief", "2024-07-13"),
      ("ATTACKED", IDF, MAWASI, "in a raid on al-Mawasi area", "2024-07-13"),
      ("LOCATED_IN", MAWASI, KHY, "al-Mawasi area west of Khan Younis"),
      ("ASSASSINATED_BY", SALAMA, IDF, "a raid that also killed Salameh", "2024-07-13"),
      ("SUCCESSOR_OF", DEIF, SHEHADEH, "when he succeeded Salah Shehadeh", "2002"),
      ("ASSASSINATED_BY", SHEHADEH, ISR, "assassinated by the occupation with a one-ton bomb", "2002"),
      ],
     {"source": "blind set (Palestinian news agency, English)", "published": "2025-01-30"}),

    ("arIU5_abbas_sharm_summit", "ar",
     "سيادة الرئيس يلتقي نظيره المصري على هامش قمة شرم الشيخ للسلام\n"
     "شرم الشيخ 13-10-2025 وفا- التقى رئيس دولة فلسطين محمود عباس، اليوم الإثنين، الرئيس المصري عبد "
     "الفتاح السيسي، على هامش قمة شرم الشيخ للسلام، التي شارك فيها أكثر من عشرين من قادة الدول.\n"
     "وحضر اللقاء رئيس جهاز المخابرات العامة اللواء ماجد فرج.\n"
     "وثمّن سيادته الجهود التي بذلتها جمهورية مصر العربية ودولة قطر والجمهورية التركية والولايات المتحدة "
     "الأميركية، والتي أفضت إلى وقف حرب الإبادة التي يشنها الاحتلال على شعبنا في قطاع غزة، مؤكداً ضرورة "
     "الانسحاب الكامل لقوات الاحتلال من القطاع، وتولي دولة فلسطين مسؤولياتها كاملة فيه.\n"
     "كما التقى سيادته على هامش القمة رئيس الوزراء البريطاني كير ستارمر، وبحث معه الاعتراف البريطاني "
     "بدولة فلسطين وترتيبات اليوم التالي للحرب.\n"
     "وكان سيادة الرئيس قد تلقى، مساء أمس، اتصالاً هاتفياً من أمير دولة قطر الشيخ تميم بن حمد آل ثاني، "
     "جرى خلاله بحث ترتيبات القمة ومراحل تنفيذ الاتفاق.\n"
     "ويرافق سيادته في زيارته نائب رئيس دولة فلسطين، نائب رئيس اللجنة التنفيذية لمنظمة التحرير "
     "الفلسطينية حسين الشيخ.",
     [("LEADS", ABBAS, PA, "رئيس دولة فلسطين محمود عباس"),
      ("MET_WITH", ABBAS, SISI, "التقى رئيس دولة فلسطين", "2025-10-13"),
      ("LEADS", SISI, EGYPT, "الرئيس المصري عبد"),
      ("MET_WITH", FARAJ, ABBAS, "وحضر اللقاء رئيس جهاز المخابرات", "2025-10-13"),
      ("MET_WITH", FARAJ, SISI, "وحضر اللقاء رئيس جهاز المخابرات", "2025-10-13"),
      ("LEADS", FARAJ, PALGI, "رئيس جهاز المخابرات العامة اللواء ماجد"),
      ("MET_WITH", ABBAS, STARMER, "كما التقى سيادته على هامش القمة", "2025-10-13"),
      ("LEADS", STARMER, UK, "رئيس الوزراء البريطاني كير"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر الشيخ تميم"),
      ("MEMBER_OF", HSHEIKH, PLOEC, "نائب رئيس اللجنة التنفيذية لمنظمة التحرير"),
      ],
     {"source": "blind set (Palestinian news agency, Arabic)", "published": "2025-10-13"}),

    ("enIU6_hamas_names_yehya_sinwar", "en",
     "Hamas names Yehya Sinwar head of its political bureau, succeeding martyr Ismail Haniya\n"
     "DOHA (Quds Press) - The Islamic Resistance Movement, Hamas, announced on Tuesday evening the selection "
     "of Yehya Sinwar, its leader in the Gaza Strip, as head of its political bureau, succeeding the martyred "
     "leader Ismail Haniya, who was assassinated by the Zionist occupation in Tehran last Wednesday.\n"
     "In a brief statement, the movement said the decision followed \"extensive consultations within its "
     "leadership institutions\".\n"
     "Hamas spokesman Abdul Latif al-Qanoua said the choice sent \"a message to the occupation that the "
     "movement is united and that the assassination of its leaders will not change its path\".\n"
     "Sources in the movement told Quds Press that a Hamas delegation headed by Khalil al-Hayyah, deputy "
     "head of the movement in Gaza, met in Doha on Monday with Qatar's Prime Minister Sheikh Mohammed bin "
     "Abdulrahman Al Thani and Egypt's intelligence chief Abbas Kamel to discuss the fate of the ceasefire "
     "talks.\n"
     "The mediators have called for a new round of negotiations on August 15, and the movement has not yet "
     "decided whether it will take part, the sources added.\n"
     "Sinwar, who was freed in the 2011 prisoner exchange, has led Hamas in Gaza since 2017.",
     [("SUCCESSOR_OF", SINWAR, HANIYEH, "succeeding the martyred leader Ismail Haniya", "2024-08-06"),
      ("LEADS", SINWAR, HPB, "as head of its political bureau"),
      ("LEADS", SINWAR, HAMAS, "Yehya Sinwar, its leader in the Gaza Strip"),
      ("ASSASSINATED_BY", HANIYEH, ISR, "assassinated by the Zionist occupation in Tehran", "2024-07-31"),
      ("MEMBER_OF", QANOUA, HAMAS, "Hamas spokesman Abdul Latif al-Qanoua"),
      ("MEMBER_OF", HAYYA, HAMAS, "deputy head of the movement in Gaza"),
      ("MET_WITH", HAYYA, MBAR, "met in Doha on Monday with Qatar's Prime Minister", "2024-08-05"),
      ("MET_WITH", HAYYA, KAMEL, "met in Doha on Monday with Qatar's Prime Minister", "2024-08-05"),
      ("LEADS", MBAR, QGOV, "Qatar's Prime Minister Sheikh Mohammed"),
      ("LEADS", KAMEL, EGI, "Egypt's intelligence chief Abbas Kamel"),
      ],
     {"source": "blind set (Palestinian news agency, English)", "published": "2024-08-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIU")
