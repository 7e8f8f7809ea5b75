"""Blind set FJ: Gaza war diplomacy and Hamas 2024-2025 as an Egyptian state daily tells it: Sisi
receiving CIA director Burns before the four-way Cairo talks (Ahram Online-style, Feb 2024);
Sinwar's killing in Rafah announced by the Israeli army, and Abdelatty receiving Qatar's Al-Khulaifi
(Al-Ahram-style Arabic, Oct 2024); a Hamas delegation under the post-Sinwar leadership council
received by intelligence chief Hassan Rashad (Ahram Online-style, Nov 2024); Sisi receiving the
Qatari premier at Ittihadiya (Al-Ahram-style Arabic, Feb 2025); the Sharm El-Sheikh round with
Witkoff, Kushner, Dermer and Al-Hayya (Ahram Online-style, Oct 2025); Saleh al-Arouri killed in
Beirut, Israel declining responsibility (Al-Ahram-style Arabic, Jan 2024).
Style: en/ar alternating; honorifics and long official titles, "استقبل ... بمقر ...", "in the
presence of"; phone calls; a cancelled trip; "no successor named"; candidates; a killing the agent
did not claim.
Spellings: El-Sisi / السيسي, Al-Hayya, Abdelatty / عبد العاطي, Al-Khulaifi, العاروري, المشرفية,
Hassan Mahmoud Rashad.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_fj/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fk import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, QATAR, EGYPT, US = ("country:iran", "country:israel", "country:qatar", "country:egypt",
                                  "country:united-states")
HAMAS, HPB, QASSAM, HLC = ("organization:hamas", "organization:hamas-political-bureau",
                           "organization:qassam-brigades", "organization:hamas-leadership-council")
EGI, MOSSAD, CIA, IDF = ("organization:egyptian-general-intelligence", "organization:mossad",
                         "organization:cia", "organization:israel-defense-forces")
EFM, QFM, PRES = ("organization:egyptian-foreign-ministry", "organization:qatari-foreign-ministry",
                  "organization:egyptian-presidency")
SISI, RASHAD, KAMEL, BURNS, FAHMY = ("person:abdel-fattah-al-sisi", "person:hassan-rashad",
                                     "person:abbas-kamel", "person:william-burns", "person:ahmed-fahmy")
MBAR, BARNEA, NET, BIDEN = ("person:mohammed-bin-abdulrahman-al-thani", "person:david-barnea",
                            "person:benjamin-netanyahu", "person:joe-biden")
SIN, HAN, HAYYA, MESH, HALEVI = ("person:yahya-sinwar", "person:ismail-haniyeh",
                                 "person:khalil-al-hayya", "person:khaled-meshaal", "person:herzi-halevi")
ABDEL, KHUL, SHOUK = "person:badr-abdelatty", "person:mohammed-al-khulaifi", "person:sameh-shoukry"
DARW, JAB, AWAD, NAKH = ("person:mohammed-darwish", "person:zaher-jabarin", "person:nizar-awadallah",
                         "person:ziad-al-nakhalah")
SHEN, TRUMP = "person:mohamed-el-shennawy", "person:donald-trump"
WIT, KUSH, DERMER = "person:steve-witkoff", "person:jared-kushner", "person:ron-dermer"
AROURI, FINDI, AQRAA, REGEV = ("person:saleh-al-arouri", "person:samir-findi", "person:azzam-al-aqraa",
                               "person:mark-regev")
MIK, JOHN, BOU = "person:najib-mikati", "person:lisa-johnson", "person:abdallah-bou-habib"

ARTICLES = [
    ("enFJ1_sisi_receives_burns", "en",
     "President Abdel-Fattah El-Sisi received on Tuesday US Central Intelligence Agency (CIA) Director "
     "William Burns at Al-Ittihadiya Palace in Cairo, in the presence of Head of the General "
     "Intelligence Directorate Major General Abbas Kamel, Presidential Spokesman Ahmed Fahmy said.\n"
     "The meeting tackled Egyptian efforts to reach a ceasefire in the Gaza Strip and to increase the "
     "flow of humanitarian aid through the Rafah crossing, Fahmy added.\n"
     "El-Sisi warned against the \"catastrophic consequences\" of any Israeli military operation in "
     "the city of Rafah, which shelters over a million displaced Palestinians.\n"
     "Burns later joined four-way talks in Cairo with Kamel, Qatari Prime Minister Sheikh Mohammed bin "
     "Abdulrahman Al-Thani and Mossad Director David Barnea, Egyptian sources told Ahram Online.\n"
     "On Sunday, El-Sisi discussed the situation in a phone call with US President Joe Biden.\n"
     "A follow-up round that an Israeli team was due to attend was later called off by Prime Minister "
     "Benjamin Netanyahu.",
     [("MET_WITH", SISI, BURNS, "received on Tuesday US Central", "2024-02-13"),
      ("MET_WITH", SISI, KAMEL, "in the presence of Head", "2024-02-13"),
      ("MET_WITH", BURNS, KAMEL, "in the presence of Head", "2024-02-13"),
      ("LEADS", BURNS, CIA, "Intelligence Agency (CIA) Director"),
      ("LEADS", KAMEL, EGI, "in the presence of Head"),
      ("LOCATED_IN", "location:ittihadiya-palace", "location:cairo", "Al-Ittihadiya Palace in Cairo"),
      ("VISITED", BURNS, "location:cairo", "Al-Ittihadiya Palace in Cairo", "2024-02-13"),
      ("MEMBER_OF", FAHMY, PRES, "Presidential Spokesman Ahmed"),
      ("LEADS", SISI, EGYPT, "President Abdel-Fattah El-Sisi received"),
      ("MET_WITH", BURNS, MBAR, "joined four-way talks", "2024-02-13"),
      ("MET_WITH", BURNS, BARNEA, "joined four-way talks", "2024-02-13"),
      ("MET_WITH", KAMEL, MBAR, "joined four-way talks", "2024-02-13"),
      ("MET_WITH", KAMEL, BARNEA, "joined four-way talks", "2024-02-13"),
      ("MET_WITH", MBAR, BARNEA, "joined four-way talks", "2024-02-13"),
      ("LEADS", MBAR, "organization:qatari-government", "Qatari Prime Minister Sheikh"),
      ("LEADS", BARNEA, MOSSAD, "Mossad Director David"),
      ("REPORTED_BY", BURNS, "outlet:al-ahram", "told Ahram Online"),
      ("LEADS", BIDEN, US, "US President Joe Biden"),
      ("LEADS", NET, "organization:israeli-government", "by Prime Minister"),
      ],
     {"source": "blind set (Ahram Online-style)", "published": "2024-02-14"}),

    ("arFJ2_sinwar_killed_rafah", "ar",
     "أعلن الجيش الإسرائيلي، أمس، مقتل يحيى السنوار رئيس المكتب السياسي لحركة حماس، خلال اشتباك مع "
     "قوة من جنوده في حي تل السلطان بمدينة رفح جنوب قطاع غزة، وهو ما أكده لاحقاً الدكتور خليل الحية "
     "نائب رئيس الحركة في غزة.\n"
     "وقال الفريق هرتسي هاليفي رئيس أركان الجيش الإسرائيلي إن قواته «لم تكن تعلم» بوجود السنوار في "
     "المبنى قبل استهدافه.\n"
     "وكان السنوار قد تولى رئاسة المكتب السياسي في أغسطس الماضي خلفاً لإسماعيل هنية.\n"
     "وفي سياق متصل، استقبل الدكتور بدر عبد العاطي وزير الخارجية والهجرة وشئون المصريين بالخارج، "
     "بمقر الوزارة، الدكتور محمد بن عبد العزيز الخليفي وزير الدولة بوزارة الخارجية القطرية، حيث "
     "تناول اللقاء جهود البلدين للتوصل إلى وقف لإطلاق النار.\n"
     "ولم تعلن الحركة اسم خليفة السنوار حتى الآن، فيما تتداول وسائل إعلام اسمي الحية وخالد مشعل.",
     [("ASSASSINATED_BY", SIN, IDF, "أعلن الجيش الإسرائيلي، أمس، مقتل", "2024-10-16"),
      ("LEADS", SIN, HPB, "رئيس المكتب السياسي لحركة حماس"),
      ("LOCATED_IN", "location:tal-al-sultan", "location:rafah", "حي تل السلطان بمدينة رفح"),
      ("LOCATED_IN", "location:rafah", "location:gaza-strip", "بمدينة رفح جنوب قطاع غزة"),
      ("MEMBER_OF", HAYYA, HAMAS, "نائب رئيس الحركة في غزة"),
      ("LEADS", HALEVI, IDF, "رئيس أركان الجيش الإسرائيلي"),
      ("SUCCESSOR_OF", SIN, HAN, "خلفاً لإسماعيل هنية", "2024-08"),
      ("MET_WITH", ABDEL, KHUL, "استقبل الدكتور بدر عبد العاطي", "2024-10-17"),
      ("LEADS", ABDEL, EFM, "وزير الخارجية والهجرة"),
      ("MEMBER_OF", KHUL, QFM, "وزير الدولة بوزارة الخارجية القطرية"),
      ],
     {"source": "blind set (Al-Ahram-style Arabic)", "published": "2024-10-18"}),

    ("enFJ3_hamas_council_rashad", "en",
     "Head of Egypt's General Intelligence Directorate Hassan Mahmoud Rashad received on Saturday a "
     "Hamas delegation headed by Khalil Al-Hayya and including Zaher Jabarin, as Cairo pressed its "
     "proposal for a short truce in Gaza.\n"
     "Since the killing of Yahya Sinwar last month, Hamas has been run by a leadership council of five "
     "members chaired by Mohammed Darwish, the head of its Shura Council.\n"
     "Al-Hayya, Jabarin, Nizar Awadallah and Khaled Meshaal sit on the council, which the movement "
     "said would serve until elections next year; no new head of the political bureau has been "
     "named.\n"
     "A delegation of the Islamic Jihad movement led by its secretary-general Ziad Al-Nakhalah is "
     "expected in Cairo next week.\n"
     "Foreign Minister Badr Abdelatty discussed the Egyptian proposal by phone with his Qatari "
     "counterpart.",
     [("MET_WITH", RASHAD, HAYYA, "received on Saturday a Hamas", "2024-11-09"),
      ("MET_WITH", RASHAD, JAB, "and including Zaher Jabarin", "2024-11-09"),
      ("MET_WITH", HAYYA, JAB, "and including Zaher Jabarin", "2024-11-09"),
      ("LEADS", RASHAD, EGI, "Head of Egypt's General Intelligence"),
      ("LEADS", DARW, HLC, "chaired by Mohammed Darwish"),
      ("LEADS", DARW, "organization:hamas-shura-council", "the head of its Shura Council"),
      ("PART_OF", HLC, HAMAS, "Hamas has been run by"),
      ("MEMBER_OF", HAYYA, HLC, "Al-Hayya, Jabarin, Nizar"),
      ("MEMBER_OF", JAB, HLC, "Al-Hayya, Jabarin, Nizar"),
      ("MEMBER_OF", AWAD, HLC, "Awadallah and Khaled Meshaal sit"),
      ("MEMBER_OF", MESH, HLC, "Awadallah and Khaled Meshaal sit"),
      ("LEADS", NAKH, "organization:palestinian-islamic-jihad", "its secretary-general Ziad"),
      ("LEADS", ABDEL, EFM, "Foreign Minister Badr Abdelatty"),
      ],
     {"source": "blind set (Ahram Online-style)", "published": "2024-11-10"}),

    ("arFJ4_sisi_receives_qatari_pm", "ar",
     "استقبل الرئيس عبد الفتاح السيسي، أمس، بقصر الاتحادية، معالي الشيخ محمد بن عبد الرحمن آل ثاني "
     "رئيس مجلس الوزراء وزير الخارجية بدولة قطر الشقيقة، بحضور اللواء حسن رشاد رئيس المخابرات "
     "العامة، والدكتور بدر عبد العاطي وزير الخارجية والهجرة.\n"
     "وصرح السفير محمد الشناوي المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس طلب نقل تحياته إلى "
     "أخيه صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر.\n"
     "وتناول اللقاء تثبيت اتفاق وقف إطلاق النار في غزة وبدء مفاوضات المرحلة الثانية، إلى جانب "
     "الخطة المصرية لإعادة إعمار القطاع دون تهجير سكانه، والتي أعرب الجانب القطري عن دعمه لها.\n"
     "وكان الرئيس السيسي قد تلقى اتصالاً هاتفياً من الرئيس الأمريكي دونالد ترامب، تناول الأوضاع في "
     "المنطقة، فيما لم يُحدَّد بعد موعد زيارته المرتقبة إلى واشنطن.",
     [("MET_WITH", SISI, MBAR, "استقبل الرئيس عبد الفتاح السيسي", "2025-02-26"),
      ("MET_WITH", SISI, RASHAD, "بحضور اللواء حسن رشاد", "2025-02-26"),
      ("MET_WITH", SISI, ABDEL, "بحضور اللواء حسن رشاد", "2025-02-26"),
      ("MET_WITH", MBAR, RASHAD, "بحضور اللواء حسن رشاد", "2025-02-26"),
      ("MET_WITH", MBAR, ABDEL, "بحضور اللواء حسن رشاد", "2025-02-26"),
      ("MET_WITH", RASHAD, ABDEL, "بحضور اللواء حسن رشاد", "2025-02-26"),
      ("VISITED", MBAR, "location:ittihadiya-palace", "بقصر الاتحادية", "2025-02-26"),
      ("LEADS", MBAR, "organization:qatari-government", "رئيس مجلس الوزراء وزير الخارجية بدولة"),
      ("LEADS", MBAR, QFM, "رئيس مجلس الوزراء وزير الخارجية بدولة"),
      ("LEADS", RASHAD, EGI, "رئيس المخابرات"),
      ("LEADS", ABDEL, EFM, "وزير الخارجية والهجرة."),
      ("MEMBER_OF", SHEN, PRES, "المتحدث الرسمي باسم رئاسة الجمهورية"),
      ("LEADS", "person:tamim-bin-hamad-al-thani", QATAR, "أمير دولة قطر"),
      ("SUPPORTS", QATAR, EGYPT, "أعرب الجانب القطري عن دعمه"),
      ("LEADS", TRUMP, US, "الرئيس الأمريكي دونالد"),
      ],
     {"source": "blind set (Al-Ahram-style Arabic)", "published": "2025-02-27"}),

    ("enFJ5_sharm_el_sheikh_round", "en",
     "SHARM EL-SHEIKH - Indirect negotiations between Hamas and Israel entered their third day in Sharm "
     "El-Sheikh on Wednesday with the arrival of US Special Envoy Steve Witkoff and Jared Kushner, "
     "President Donald Trump's son-in-law.\n"
     "Israel's delegation is led by Strategic Affairs Minister Ron Dermer, while Hamas's is headed by "
     "Khalil Al-Hayya, who survived last month's Israeli strike on the movement's leaders in Doha.\n"
     "On Tuesday, Egypt's intelligence chief Hassan Rashad met the Hamas delegation and, separately, "
     "the Israeli team.\n"
     "Witkoff and Kushner later held a direct meeting with Al-Hayya, the first of its kind, according "
     "to Axios.\n"
     "Qatar's premier Sheikh Mohammed bin Abdulrahman Al-Thani and Turkish intelligence chief Ibrahim "
     "Kalin are expected to join the talks on Thursday.\n"
     "Netanyahu said he would not travel to Egypt for the signing, and a call between him and El-Sisi "
     "was not confirmed by Cairo.",
     [("VISITED", WIT, "location:sharm-el-sheikh", "with the arrival of US Special Envoy", "2025-10-08"),
      ("VISITED", KUSH, "location:sharm-el-sheikh", "and Jared Kushner,", "2025-10-08"),
      ("LOCATED_IN", "location:sharm-el-sheikh", EGYPT, "travel to Egypt for the signing"),
      ("MEMBER_OF", DERMER, "organization:israeli-government", "Strategic Affairs Minister Ron"),
      ("LEADS", HAYYA, HAMAS, "while Hamas's is headed by"),
      ("ATTACKED", ISRAEL, "location:doha", "Israeli strike on the movement's leaders"),
      ("MET_WITH", RASHAD, HAYYA, "met the Hamas delegation", "2025-10-07"),
      ("MET_WITH", RASHAD, DERMER, "the Israeli team.", "2025-10-07"),
      ("LEADS", RASHAD, EGI, "Egypt's intelligence chief Hassan"),
      ("MET_WITH", WIT, HAYYA, "held a direct meeting", "2025-10-08"),
      ("MET_WITH", KUSH, HAYYA, "held a direct meeting", "2025-10-08"),
      ("MET_WITH", WIT, KUSH, "held a direct meeting", "2025-10-08"),
      ("REPORTED_BY", WIT, "outlet:axios", "according to Axios"),
      ("LEADS", MBAR, "organization:qatari-government", "Qatar's premier Sheikh"),
      ("LEADS", "person:ibrahim-kalin", "organization:turkish-national-intelligence-organization",
       "Turkish intelligence chief Ibrahim"),
      ("LEADS", TRUMP, US, "President Donald Trump's"),
      ],
     {"source": "blind set (Ahram Online-style)", "published": "2025-10-08"}),

    ("arFJ6_arouri_killed_beirut", "ar",
     "بيروت - من مراسل «الأهرام»: لقي الشيخ صالح العاروري نائب رئيس المكتب السياسي لحركة حماس "
     "مصرعه، مساء أمس الأول، في انفجار استهدف مكتباً للحركة في منطقة المشرفية بالضاحية الجنوبية "
     "لبيروت، ومعه القياديان في كتائب القسام سمير فندي وعزام الأقرع.\n"
     "وحمّلت حماس وحزب الله إسرائيلَ المسؤولية، بينما قال مارك ريغيف المستشار برئاسة الوزراء "
     "الإسرائيلية إن بلاده «لم تعلن مسؤوليتها» عن الهجوم.\n"
     "ويعد العاروري من مؤسسي كتائب القسام في الضفة الغربية، وتتردد أسماء لخلافته في قيادة الحركة "
     "بالضفة، بينها زاهر جبارين.\n"
     "واستقبل نجيب ميقاتي رئيس حكومة تصريف الأعمال اللبنانية، بالسراي الحكومي، السفيرة الأمريكية "
     "ليزا جونسون، وبحث معها خطر اتساع الحرب.\n"
     "وأجرى سامح شكري وزير الخارجية اتصالاً هاتفياً بنظيره اللبناني عبد الله بو حبيب، أكد خلاله "
     "تضامن مصر مع لبنان.",
     [("MEMBER_OF", AROURI, HPB, "نائب رئيس المكتب السياسي"),
      ("LOCATED_IN", "location:musharafieh", "location:dahiyeh", "منطقة المشرفية بالضاحية"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "بالضاحية الجنوبية"),
      ("MEMBER_OF", FINDI, QASSAM, "سمير فندي"),
      ("MEMBER_OF", "person:azzam-al-aqraa", QASSAM, "وعزام الأقرع"),
      ("MEMBER_OF", AROURI, QASSAM, "من مؤسسي كتائب القسام"),
      ("MEMBER_OF", REGEV, "organization:israeli-government", "المستشار برئاسة الوزراء"),
      ("MET_WITH", MIK, JOHN, "واستقبل نجيب ميقاتي", "2024-01-03"),
      ("LEADS", MIK, "organization:lebanese-government", "رئيس حكومة تصريف الأعمال"),
      ("LEADS", SHOUK, EFM, "وأجرى سامح شكري وزير الخارجية"),
      ("LEADS", BOU, "organization:lebanese-foreign-ministry", "بنظيره اللبناني"),
      ("SUPPORTS", EGYPT, "country:lebanon", "تضامن مصر مع لبنان"),
      ],
     {"source": "blind set (Al-Ahram-style Arabic)", "published": "2024-01-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFJ")
