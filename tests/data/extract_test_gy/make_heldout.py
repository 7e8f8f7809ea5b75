"""Blind set GY: the wider Middle East 2019-2025 in wire-agency style: Nasrallah's killing and the
commanders killed with him (English); Araghchi's visit to Beirut in October 2024 (Arabic); Haniyeh
killed in Tehran after meeting Khamenei and Pezeshkian (English); Sinwar named to succeed Haniyeh,
his death and Hamas's leadership council (Arabic); the Houthi prime minister killed by Israel and
his replacement (English); Syria's transition, al-Sharaa's guests and trips (Arabic).
Style: wire agency (datelines, short paragraphs), mixing passive voice and lists; titles before
names; a phone call, an expected visit, a "likeliest candidate", a denied meeting, killings with no
stated agent, a third-party accusation left unconfirmed.
Spellings: Nasrullah / نصر الله, Haniya / هنيّة, Ziyad al-Nakhala, Qaani as قآني, عراقجي,
Ahmed al-Sharaa / الشرع.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ha import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRN, LEB, SYR, TUR, EGY = ("country:israel", "country:iran", "country:lebanon", "country:syria",
                                "country:turkey", "country:egypt")
IDF, IRGC, HZB, HAMAS = ("organization:israel-defense-forces", "organization:irgc", "organization:hezbollah",
                         "organization:hamas")
NASR, KARAKI, NILF, SAFI = ("person:hassan-nasrallah", "person:ali-karaki", "person:abbas-nilforoushan",
                            "person:hashem-safieddine")
PEZ, MIK, ARAG, MUSAWI = ("person:masoud-pezeshkian", "person:najib-mikati", "person:abbas-araghchi",
                          "person:abbas-al-musawi")
BERRI, BOUH, QAANI = "person:nabih-berri", "person:abdallah-bou-habib", "person:esmail-qaani"
HAN, KHAM, NAKH, MESH = ("person:ismail-haniyeh", "person:ali-khamenei", "person:ziad-al-nakhalah",
                         "person:khaled-meshaal")
SINW, DARW, HAYYA, JAB, AWAD, RASH = ("person:yahya-sinwar", "person:mohammed-darwish", "person:khalil-al-hayya",
                                      "person:zaher-jabarin", "person:nizar-awadallah", "person:hassan-rashad")
RAHAWI, MIFTAH, MASHAT, ABDM, GHAM = ("person:ahmed-al-rahawi", "person:mohammed-miftah", "person:mahdi-al-mashat",
                                      "person:abdul-malik-al-houthi", "person:mohammed-al-ghamari")
SHARAA, BASHIR, JALALI, FIDAN = ("person:ahmed-al-sharaa", "person:mohammed-al-bashir",
                                 "person:mohammed-ghazi-al-jalali", "person:hakan-fidan")
SHAIB, QASRA, KHATT, MBS, ERD = ("person:asaad-al-shaibani", "person:murhaf-abu-qasra", "person:anas-khattab",
                                 "person:mohammed-bin-salman", "person:recep-tayyip-erdogan")

ARTICLES = [
    ("enGY1_nasrullah_killed", "en",
     "BEIRUT, Sept 28 (Reuters) - Hezbollah on Saturday confirmed that its secretary-general, Sayyed "
     "Hassan Nasrullah, had been killed, a day after Israeli jets struck the group's central "
     "headquarters in Haret Hreik, in Beirut's southern suburbs.\n"
     "The Israeli military said it had killed Nasrullah in the strike, along with the commander of "
     "Hezbollah's southern front, Ali Karaki, and several other commanders.\n"
     "Iran's Revolutionary Guards said their deputy commander for operations, Brigadier General Abbas "
     "Nilforoushan, was also killed in the Israeli attack.\n"
     "No successor was named. Hashem Safieddine, the head of the group's executive council and a "
     "cousin of Nasrullah, is widely seen as the likeliest candidate, sources close to the group said.\n"
     "Iranian President Masoud Pezeshkian spoke by phone with Lebanon's caretaker Prime Minister Najib "
     "Mikati, his office said, and a visit to Beirut by Foreign Minister Abbas Araghchi was expected in "
     "the coming days.\n"
     "Nasrullah had led Hezbollah since 1992, when he took over from Abbas al-Musawi, who was killed in "
     "an Israeli helicopter strike.",
     [("LEADS", NASR, HZB, "confirmed that its secretary-general"),
      ("LOCATED_IN", "location:haret-hreik", "location:dahiyeh", "in Beirut's southern suburbs"),
      ("ASSASSINATED_BY", NASR, IDF, "it had killed Nasrullah in the strike", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, IDF, "southern front, Ali Karaki", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HZB, "the commander of Hezbollah's southern front"),
      ("MEMBER_OF", NILF, IRGC, "their deputy commander for operations"),
      ("ASSASSINATED_BY", NILF, ISR, "was also killed in the Israeli attack", "2024-09-27"),
      ("LEADS", SAFI, "organization:hezbollah-executive-council", "the head of the group's executive council"),
      ("LEADS", PEZ, IRN, "Iranian President Masoud Pezeshkian"),
      ("LEADS", MIK, "organization:lebanese-government", "caretaker Prime Minister Najib"),
      ("LEADS", ARAG, "organization:iranian-foreign-ministry", "Foreign Minister Abbas Araghchi"),
      ("SUCCESSOR_OF", NASR, MUSAWI, "he took over from Abbas al-Musawi", "1992"),
      ("ASSASSINATED_BY", MUSAWI, ISR, "an Israeli helicopter strike", "1992-02"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-09-28"}),

    ("arGY2_araghchi_beirut", "ar",
     "بيروت - (أ ف ب): وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت الجمعة، في زيارة هي الأولى "
     "لمسؤول إيراني رفيع منذ اغتيال الأمين العام لحزب الله حسن نصر الله، وحطت طائرته في المطار رغم "
     "التهديدات الإسرائيلية.\n"
     "والتقى عراقجي رئيس مجلس النواب نبيه بري، ثم اجتمع برئيس حكومة تصريف الأعمال نجيب ميقاتي بحضور "
     "وزير الخارجية اللبناني عبد الله بو حبيب.\n"
     "وقال الوزير الإيراني للصحافيين إن بلاده «تدعم أي وقف لإطلاق النار يقبله لبنان والمقاومة»، فيما "
     "طالب بو حبيب بـ«وقف فوري للعدوان».\n"
     "ولم يتضح ما إذا كان عراقجي التقى قيادات من الحزب، إذ نفت مصادر مقربة منه أن يكون الضيف قد اجتمع "
     "بأي من أعضاء مجلس الشورى.\n"
     "وفي الأثناء، لا يزال مصير رئيس المجلس التنفيذي للحزب هاشم صفي الدين مجهولاً بعد غارات عنيفة "
     "استهدفت ليل الخميس الضاحية الجنوبية، ولم يعلن أي طرف مقتله.\n"
     "كما نفت طهران تقارير عن انقطاع الاتصال بقائد فيلق القدس إسماعيل قآني، الذي قالت وسائل إعلام إنه "
     "كان في الضاحية أثناء الغارات.",
     [("LEADS", ARAG, "organization:iranian-foreign-ministry", "وزير الخارجية الإيراني عباس عراقجي"),
      ("VISITED", ARAG, "location:beirut", "عراقجي إلى بيروت الجمعة", "2024-10-04"),
      ("LEADS", NASR, HZB, "الأمين العام لحزب الله حسن نصر الله"),
      ("MET_WITH", ARAG, BERRI, "والتقى عراقجي رئيس مجلس النواب", "2024-10-04"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", ARAG, MIK, "ثم اجتمع برئيس حكومة", "2024-10-04"),
      ("MET_WITH", ARAG, BOUH, "بحضور وزير الخارجية اللبناني", "2024-10-04"),
      ("MET_WITH", MIK, BOUH, "وزير الخارجية اللبناني عبد الله بو حبيب", "2024-10-04"),
      ("LEADS", MIK, "organization:lebanese-government", "حكومة تصريف الأعمال نجيب ميقاتي"),
      ("LEADS", BOUH, "organization:lebanese-foreign-ministry", "اللبناني عبد الله بو حبيب"),
      ("LEADS", SAFI, "organization:hezbollah-executive-council", "رئيس المجلس التنفيذي للحزب"),
      ("LEADS", QAANI, "organization:quds-force", "بقائد فيلق القدس"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-10-04"}),

    ("enGY3_haniya_killed_tehran", "en",
     "TEHRAN, July 31 (AP) - Ismail Haniya, the head of Hamas's political bureau, was killed early on "
     "Wednesday in a strike on the residence where he was staying in northern Tehran, Iran's "
     "Revolutionary Guards said.\n"
     "One of his bodyguards, Wasim Abu Shaaban, was also killed.\n"
     "Hours earlier, Haniya had attended the swearing-in of President Masoud Pezeshkian at parliament "
     "and then held talks with him.\n"
     "On Tuesday he was received by Supreme Leader Ali Khamenei together with the secretary-general of "
     "Palestinian Islamic Jihad, Ziyad al-Nakhala. Nakhala, who was staying elsewhere in the city, "
     "was unharmed.\n"
     "Hamas blamed Israel for what it called a cowardly assassination and vowed revenge. Israel did "
     "not comment on the killing.\n"
     "Haniya had led the political bureau since 2017, succeeding Khaled Meshaal, and had divided his "
     "time between Doha and Istanbul.",
     [("LEADS", HAN, "organization:hamas-political-bureau", "the head of Hamas's political bureau"),
      ("VISITED", HAN, "location:tehran", "where he was staying in northern Tehran", "2024-07"),
      ("MET_WITH", HAN, PEZ, "then held talks with him", "2024-07-30"),
      ("LEADS", PEZ, IRN, "President Masoud Pezeshkian"),
      ("MET_WITH", HAN, KHAM, "he was received by Supreme Leader", "2024-07-30"),
      ("MET_WITH", NAKH, KHAM, "Supreme Leader Ali Khamenei together", "2024-07-30"),
      ("MET_WITH", HAN, NAKH, "Palestinian Islamic Jihad, Ziyad al-Nakhala", "2024-07-30"),
      ("LEADS", KHAM, IRN, "Supreme Leader Ali"),
      ("LEADS", NAKH, "organization:palestinian-islamic-jihad", "the secretary-general of Palestinian"),
      ("SUCCESSOR_OF", HAN, MESH, "succeeding Khaled Meshaal", "2017"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-07-31"}),

    ("arGY4_sinwar_succeeds_haniya", "ar",
     "الدوحة - (رويترز): أعلنت حركة المقاومة الإسلامية (حماس) في السادس من آب/أغسطس 2024 اختيار يحيى "
     "السنوار رئيساً لمكتبها السياسي خلفاً لإسماعيل هنيّة، الذي اغتيل في طهران قبل أسبوع.\n"
     "وجاء الإعلان بعد مشاورات داخلية، وكان اسم خالد مشعل قد طُرح مرشحاً للمنصب.\n"
     "وبعد شهرين ونيف قُتل السنوار في اشتباك مع قوة إسرائيلية في حي تل السلطان برفح، وأعلن الجيش "
     "الإسرائيلي أنه قتله، فيما أكدت الحركة النبأ لاحقاً.\n"
     "ولم تسمِّ حماس خلفاً له، وأُسندت إدارة الحركة إلى مجلس قيادي يرأسه رئيس مجلس الشورى العام محمد "
     "درويش، ويضم كلاً من خليل الحية وخالد مشعل وزاهر جبارين ونزار عوض الله.\n"
     "وفي القاهرة، التقى الحية رئيسَ جهاز المخابرات العامة المصرية اللواء حسن رشاد لبحث مقترح جديد "
     "لوقف إطلاق النار وتبادل الأسرى.\n"
     "وقالت الحركة في بيان إن وفدها «تعامل بإيجابية» مع الأفكار التي عرضها رشاد.",
     [("SUCCESSOR_OF", SINW, HAN, "خلفاً لإسماعيل هنيّة", "2024-08-06"),
      ("LEADS", SINW, "organization:hamas-political-bureau", "رئيساً لمكتبها السياسي"),
      ("ASSASSINATED_BY", SINW, IDF, "أنه قتله", "2024-10-16"),
      ("LOCATED_IN", "location:tal-al-sultan", "location:rafah", "حي تل السلطان برفح"),
      ("LEADS", DARW, "organization:hamas-leadership-council", "مجلس قيادي يرأسه"),
      ("LEADS", DARW, "organization:hamas-shura-council", "رئيس مجلس الشورى العام محمد"),
      ("MEMBER_OF", HAYYA, "organization:hamas-leadership-council", "ويضم كلاً من خليل الحية"),
      ("MEMBER_OF", MESH, "organization:hamas-leadership-council", "الحية وخالد مشعل"),
      ("MEMBER_OF", JAB, "organization:hamas-leadership-council", "وزاهر جبارين"),
      ("MEMBER_OF", AWAD, "organization:hamas-leadership-council", "ونزار عوض الله"),
      ("VISITED", HAYYA, "location:cairo", "وفي القاهرة، التقى الحية", "2024-11"),
      ("MET_WITH", HAYYA, RASH, "التقى الحية رئيسَ جهاز", "2024-11"),
      ("LEADS", RASH, "organization:egyptian-general-intelligence", "رئيسَ جهاز المخابرات العامة المصرية"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-11-10"}),

    ("enGY5_houthi_premier_killed", "en",
     "SANAA, Aug 30 (AFP) - The prime minister of the Houthi-run government in Sanaa, Ahmed Ghaleb "
     "al-Rahawi, was killed along with several ministers in an Israeli air strike on Thursday, the "
     "group's Supreme Political Council said on Saturday.\n"
     "Israel said it had carried out the strike on a meeting of senior Houthi officials in the capital.\n"
     "Mahdi al-Mashat, who heads the council, named Rahawi's first deputy, Mohammed Miftah, to take over "
     "as prime minister.\n"
     "Miftah, a cleric close to the movement's leader Abdul-Malik al-Houthi, chaired his first cabinet "
     "session on Sunday.\n"
     "The chief of staff of the Houthi forces, Major General Mohammed al-Ghamari, was not at the "
     "meeting, a Houthi official told AFP, denying Israeli media reports that he had been wounded.\n"
     "The Houthis have fired missiles and drones at Israel since November 2023 in what they call "
     "support for Gaza.",
     [("LEADS", RAHAWI, "organization:houthi-government", "The prime minister of the Houthi-run government"),
      ("ASSASSINATED_BY", RAHAWI, ISR, "Israel said it had carried out the strike", "2025-08-28"),
      ("LEADS", MASHAT, "organization:houthi-supreme-political-council", "who heads the council"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "to take over as prime minister", "2025-08"),
      ("LEADS", ABDM, "organization:houthis", "the movement's leader Abdul-Malik"),
      ("LEADS", GHAM, "organization:houthi-general-staff", "The chief of staff of the Houthi forces"),
      ("ATTACKED", "organization:houthis", ISR, "have fired missiles and drones at Israel", "2023-11"),
      ],
     {"source": "blind set (wire, English)", "published": "2025-08-30"}),

    ("arGY6_syria_transition", "ar",
     "دمشق - (سانا): كلّف قائد إدارة العمليات العسكرية أحمد الشرع في العاشر من كانون الأول/ديسمبر 2024 "
     "محمد البشير، رئيس حكومة الإنقاذ في إدلب، تشكيلَ حكومة تصريف أعمال تسلمت السلطة من رئيس الوزراء "
     "السابق محمد غازي الجلالي.\n"
     "وفي 22 من الشهر نفسه استقبل الشرع في دمشق وزيرَ الخارجية التركي هاكان فيدان، في أول زيارة لوزير "
     "خارجية أجنبي بعد سقوط الأسد.\n"
     "وعُيّن أسعد الشيباني وزيراً للخارجية، ومرهف أبو قصرة وزيراً للدفاع، وأنس خطاب رئيساً لجهاز "
     "الاستخبارات العامة.\n"
     "وفي شباط/فبراير 2025 زار الشرع، بصفته رئيساً للمرحلة الانتقالية، الرياض حيث التقى ولي العهد "
     "السعودي الأمير محمد بن سلمان، ثم أنقرة حيث عقد محادثات مع الرئيس التركي رجب طيب أردوغان.\n"
     "ونفت الرئاسة السورية تقارير عن لقاء جمع الشرع بمسؤول إسرائيلي في باكو، مؤكدة أن الاتصالات "
     "«تقتصر على الوسطاء».",
     [("LEADS", SHARAA, "organization:military-operations-command", "قائد إدارة العمليات العسكرية أحمد الشرع"),
      ("LEADS", BASHIR, "organization:syrian-salvation-government", "رئيس حكومة الإنقاذ في إدلب"),
      ("SUCCESSOR_OF", BASHIR, JALALI, "تسلمت السلطة من رئيس الوزراء", "2024-12-10"),
      ("MET_WITH", SHARAA, FIDAN, "استقبل الشرع في دمشق", "2024-12-22"),
      ("VISITED", FIDAN, "location:damascus", "في أول زيارة لوزير", "2024-12-22"),
      ("LEADS", FIDAN, "organization:turkish-foreign-ministry", "وزيرَ الخارجية التركي هاكان فيدان"),
      ("LEADS", SHAIB, "organization:syrian-foreign-ministry", "أسعد الشيباني وزيراً للخارجية"),
      ("LEADS", QASRA, "organization:syrian-defence-ministry", "مرهف أبو قصرة وزيراً للدفاع"),
      ("LEADS", KHATT, "organization:syrian-general-intelligence", "وأنس خطاب رئيساً"),
      ("LEADS", SHARAA, SYR, "بصفته رئيساً للمرحلة الانتقالية"),
      ("VISITED", SHARAA, "location:riyadh", "الرياض حيث التقى", "2025-02"),
      ("MET_WITH", SHARAA, MBS, "حيث التقى ولي العهد", "2025-02"),
      ("VISITED", SHARAA, "location:ankara", "ثم أنقرة حيث", "2025-02"),
      ("MET_WITH", SHARAA, ERD, "عقد محادثات مع الرئيس التركي", "2025-02"),
      ("LEADS", ERD, TUR, "الرئيس التركي رجب طيب أردوغان"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2025-02-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGY")
