"""Blind set CQ: Iran's presidents and commanders, Omani and Qatari mediation, the Houthis,
2023-2025: Raisi and Amirabdollahian killed in a helicopter crash, Mokhber and Bagheri Kani
acting, the memorial guests (Reuters-style, May 2024), the first Muscat round between Araghchi
and Witkoff with Albusaidi shuttling and a brief face-to-face (Arabic wire, Apr 2025), the
Houthis' chief of staff al-Ghamari, whose killing Israel claimed, replaced by al-Madani, and
Grundberg's Muscat talks (AP-style, Oct 2025), the Saudi ambassador received by al-Mashat in
Sanaa and the Houthi delegation in Riyadh (Arabic daily, 2023), the June 2025 Israeli strikes
that killed Iran's top commanders, their replacements and Araghchi's trips to Istanbul and
Moscow (Reuters-style, June 2025), Israel's strike on Hamas leaders in Doha and the emergency
summit (Arabic web daily, Sept 2025).
Style: en/ar alternating; deaths with no agent (crash), with a stated or claimed agent;
acting holders; chains of successors; indirect talks vs a stated face-to-face meeting;
cancelled rounds, phone calls, a denied meeting. Spellings: Amirabdollahian, Baqeri, Araqchi,
Amirali Hajizadeh.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cq/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cq import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRAN = "country:israel", "country:iran"
RAI, AMA, MOK, BKA = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian",
                      "person:mohammad-mokhber", "person:ali-bagheri-kani")
ROU, BAG, SUD = "person:hassan-rouhani", "person:mohammad-bagheri", "person:mohammed-shia-al-sudani"
SHEH, HAN = "person:shehbaz-sharif", "person:ismail-haniyeh"
ARA, WIT, BUS, HAI = ("person:abbas-araghchi", "person:steve-witkoff", "person:badr-albusaidi",
                      "person:haitham-bin-tarik")
GHAM, MAD, AMH = "person:mohammed-al-ghamari", "person:yousef-al-madani", "person:abdul-malik-al-houthi"
GRU, ABS, SAM, MASH = ("person:hans-grundberg", "person:mohammed-abdulsalam", "person:saleh-al-sammad",
                       "person:mahdi-al-mashat")
BUKH, JAB, KBS = "person:mohammed-al-bukhaiti", "person:mohammed-al-jaber", "person:khalid-bin-salman"
ALI, HADI, EZZI = "person:rashad-al-alimi", "person:abdrabbuh-mansour-hadi", "person:hussein-al-ezzi"
SAL, HAJ, RASH, SHAD = ("person:hossein-salami", "person:amir-ali-hajizadeh", "person:gholam-ali-rashid",
                        "person:ali-shadmani")
AMOU, PAK, MMOU, ABD = ("person:abdolrahim-mousavi", "person:mohammad-pakpour", "person:majid-mousavi",
                        "person:ali-abdollahi")
ERD, PUT = "person:recep-tayyip-erdogan", "person:vladimir-putin"
KHAY, HAM, DOS = "person:khalil-al-hayya", "person:hammam-al-hayya", "person:badr-al-dosari"
TAM, PEZ, ANW = "person:tamim-bin-hamad-al-thani", "person:masoud-pezeshkian", "person:anwar-ibrahim"
TEH, MCT = "location:tehran", "location:muscat"

ARTICLES = [
    ("enCQ1_raisi_crash_acting_president", "en",
     "DUBAI, May 22 (Reuters) - Iranian President Ebrahim Raisi and Foreign Minister Hossein "
     "Amirabdollahian died when their helicopter crashed in fog in the mountains of East Azerbaijan "
     "province on Sunday, and Supreme Leader Ayatollah Ali Khamenei approved First Vice President "
     "Mohammad Mokhber as acting president pending an election within 50 days. The cabinet named "
     "chief nuclear negotiator Ali Bagheri Kani acting foreign minister.\n"
     "Armed forces chief of staff Major General Mohammad Baqeri ordered an inquiry. Some hardline "
     "lawmakers hinted at sabotage, but no official blamed any country, and an Israeli official "
     "said Israel was not involved.\n"
     "On Wednesday Mokhber received Iraqi Prime Minister Mohammed Shia al-Sudani and Pakistan's "
     "Prime Minister Shehbaz Sharif, who flew in for a memorial ceremony in Tehran, and held talks "
     "with Hamas political chief Ismail Haniyeh, who addressed the mourners. Saudi Arabia and the "
     "United Arab Emirates sent ministers, while Egypt's president spoke to Mokhber by phone.\n"
     "Raisi, a hardline cleric, took office in 2021, succeeding the moderate Hassan Rouhani.",
     [("LEADS", RAI, IRAN, "Iranian President Ebrahim Raisi"),
      ("LEADS", "person:ali-khamenei", IRAN, "Supreme Leader Ayatollah Ali Khamenei approved"),
      ("LEADS", SUD, "organization:iraqi-government", "Iraqi Prime Minister Mohammed"),
      ("LEADS", AMA, "organization:iranian-foreign-ministry", "Foreign Minister Hossein"),
      ("SUCCESSOR_OF", MOK, RAI, "as acting president", "2024-05-20"),
      ("SUCCESSOR_OF", BKA, AMA, "acting foreign minister", "2024-05-20"),
      ("LEADS", BAG, "organization:iranian-armed-forces-general-staff", "Armed forces chief of staff"),
      ("MET_WITH", MOK, SUD, "On Wednesday Mokhber received", "2024-05-22"),
      ("MET_WITH", MOK, SHEH, "Prime Minister Shehbaz Sharif", "2024-05-22"),
      ("VISITED", SUD, TEH, "memorial ceremony in Tehran", "2024-05-22"),
      ("VISITED", SHEH, TEH, "memorial ceremony in Tehran", "2024-05-22"),
      ("MET_WITH", MOK, HAN, "held talks with Hamas", "2024-05-22"),
      ("LEADS", HAN, "organization:hamas", "Hamas political chief"),
      ("SUCCESSOR_OF", RAI, ROU, "succeeding the moderate", "2021-08-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-05-22"}),

    ("arCQ2_muscat_first_round", "ar",
     "مسقط - (رويترز) - عقد وزير الخارجية الإيراني عباس عراقجي والمبعوث الأميركي الخاص ستيف ويتكوف، "
     "السبت، جولة أولى من المحادثات غير المباشرة في مسقط، نقل خلالها وزير الخارجية العماني بدر "
     "البوسعيدي الرسائل بين قاعتين منفصلتين. والتقى البوسعيدي كلاً من عراقجي وويتكوف على حدة قبل "
     "بدء الجولة. وفي ختامها، تحدث عراقجي وويتكوف وجهاً لوجه لبضع دقائق بحضور الوزير العماني، "
     "بحسب بيان للخارجية الإيرانية.\n"
     "وكان عراقجي قد استقبله لدى وصوله السلطان هيثم بن طارق في قصر العلم. وقال المتحدث باسم "
     "الخارجية الإيرانية إسماعيل بقائي للتلفزيون الرسمي إن الأجواء كانت «بنّاءة».\n"
     "وتقرر عقد الجولة الثانية في روما السبت المقبل، وأعلن وزير الخارجية الإيطالي أنطونيو تاياني "
     "استعداد بلاده لاستضافتها، فيما أجرى عراقجي مساء اتصالاً هاتفياً بنظيره القطري. ولم يلتقِ "
     "ويتكوف أي مسؤول إيراني آخر خلال وجوده في العاصمة العمانية.\n"
     "ويتولى عراقجي حقيبة الخارجية منذ آب 2024 خلفاً لحسين أمير عبد اللهيان، الذي قضى مع الرئيس "
     "إبراهيم رئيسي في تحطم مروحية.",
     [("LEADS", ARA, "organization:iranian-foreign-ministry", "وزير الخارجية الإيراني عباس"),
      ("VISITED", ARA, MCT, "المحادثات غير المباشرة في مسقط", "2025-04-12"),
      ("VISITED", WIT, MCT, "المحادثات غير المباشرة في مسقط", "2025-04-12"),
      ("LEADS", BUS, "organization:omani-foreign-ministry", "وزير الخارجية العماني بدر"),
      ("MET_WITH", BUS, ARA, "والتقى البوسعيدي كلاً من", "2025-04-12"),
      ("MET_WITH", BUS, WIT, "والتقى البوسعيدي كلاً من", "2025-04-12"),
      ("MET_WITH", ARA, WIT, "وجهاً لوجه", "2025-04-12"),
      ("MET_WITH", HAI, ARA, "استقبله لدى وصوله السلطان", "2025-04-12"),
      ("LEADS", HAI, "country:oman", "السلطان هيثم بن طارق"),
      ("LEADS", RAI, IRAN, "الرئيس إبراهيم رئيسي"),
      ("MEMBER_OF", "person:esmaeil-baghaei", "organization:iranian-foreign-ministry",
       "المتحدث باسم الخارجية"),
      ("SUCCESSOR_OF", ARA, AMA, "خلفاً لحسين أمير عبد اللهيان", "2024-08-21"),
      ],
     {"source": "blind set (Arabic wire-style)", "published": "2025-04-12"}),

    ("enCQ3_ghamari_killed_madani_named", "en",
     "SANAA, Yemen (AP) - Yemen's Houthi rebels said Thursday that their military chief of staff, "
     "Maj. Gen. Mohammed Abdul-Karim al-Ghamari, had died of wounds sustained in recent strikes, "
     "and named Maj. Gen. Yousef al-Madani to replace him. Israeli Defense Minister Israel Katz "
     "said Israel had killed al-Ghamari, writing that he had joined his comrades \"in the depths of "
     "hell\".\n"
     "The group did not say when or where al-Ghamari was wounded. Its leader, Abdul-Malik "
     "al-Houthi, vowed in a televised speech that the Houthis would keep targeting Israel.\n"
     "In Muscat, U.N. envoy Hans Grundberg held talks Wednesday with the Houthis' chief negotiator "
     "Mohammed Abdulsalam, his office said. Grundberg has never met al-Houthi, who has not "
     "appeared in public in years.\n"
     "The Houthis lost their political leader once before: Saleh al-Sammad, head of the Supreme "
     "Political Council, was killed in 2018 in an air strike by the Saudi-led coalition and was "
     "succeeded by Mahdi al-Mashat, who still holds the post. Mohammed al-Bukhaiti, a member of "
     "the Houthi political bureau, told Al Jazeera that al-Ghamari's death would \"change "
     "nothing\".",
     [("ASSASSINATED_BY", GHAM, ISR, "said Israel had killed al-Ghamari", "2025-10"),
      ("SUCCESSOR_OF", MAD, GHAM, "to replace him", "2025-10-16"),
      ("LEADS", AMH, "organization:houthis", "Its leader, Abdul-Malik"),
      ("MET_WITH", GRU, ABS, "held talks Wednesday", "2025-10-15"),
      ("MEMBER_OF", GHAM, "organization:houthis", "their military chief of staff"),
      ("MEMBER_OF", ABS, "organization:houthis", "the Houthis' chief negotiator"),
      ("LEADS", MASH, "organization:houthi-supreme-political-council", "who still holds the post"),
      ("VISITED", GRU, MCT, "In Muscat, U.N. envoy", "2025-10-15"),
      ("LEADS", SAM, "organization:houthi-supreme-political-council", "head of the Supreme"),
      ("ASSASSINATED_BY", SAM, "organization:saudi-led-coalition", "air strike by the Saudi-led",
       "2018-04-19"),
      ("SUCCESSOR_OF", MASH, SAM, "succeeded by Mahdi al-Mashat", "2018-04"),
      ("MEMBER_OF", BUKH, "organization:houthis", "the Houthi political bureau"),
      ("REPORTED_BY", BUKH, "outlet:al-jazeera", "told Al Jazeera"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-10-16"}),

    ("arCQ4_saudi_envoy_in_sanaa", "ar",
     "صنعاء - «العربي الجديد» - استقبل رئيس المجلس السياسي الأعلى مهدي المشاط، الأحد، السفير "
     "السعودي لدى اليمن محمد آل جابر، الذي وصل إلى صنعاء على رأس وفد سعودي يرافقه وفد عماني، في "
     "أول زيارة علنية لمسؤول سعودي إلى العاصمة اليمنية منذ اندلاع الحرب.\n"
     "وبحث الجانبان تثبيت الهدنة ودفع رواتب الموظفين وإعادة فتح المطار والموانئ. وقال كبير المفاوضين "
     "الحوثيين محمد عبد السلام، في تصريح لقناة «المسيرة»، إن المحادثات «جادة». ونفى نائب وزير "
     "الخارجية في حكومة صنعاء حسين العزي أن يكون آل جابر قد التقى زعيم الجماعة عبد الملك الحوثي.\n"
     "وفي أيلول، زار وفد حوثي برئاسة عبد السلام الرياض، حيث استقبله وزير الدفاع السعودي الأمير "
     "خالد بن سلمان، في أول زيارة علنية للجماعة إلى المملكة.\n"
     "من جهته، أكد رئيس مجلس القيادة الرئاسي رشاد العليمي في اتصال هاتفي مع آل جابر دعمه للمسار. "
     "وكان العليمي قد خلف الرئيس عبد ربه منصور هادي في نيسان 2022 بعد أن نقل الأخير صلاحياته إلى "
     "المجلس.",
     [("MET_WITH", MASH, JAB, "استقبل رئيس المجلس السياسي الأعلى", "2023-04-09"),
      ("LEADS", MASH, "organization:houthi-supreme-political-council", "رئيس المجلس السياسي الأعلى مهدي"),
      ("VISITED", JAB, "location:sanaa", "الذي وصل إلى صنعاء", "2023-04-09"),
      ("REPORTED_BY", ABS, "outlet:al-masirah", "تصريح لقناة «المسيرة»"),
      ("MEMBER_OF", ABS, "organization:houthis", "كبير المفاوضين الحوثيين"),
      ("MEMBER_OF", EZZI, "organization:houthi-government", "في حكومة صنعاء حسين"),
      ("LEADS", AMH, "organization:houthis", "زعيم الجماعة عبد الملك"),
      ("VISITED", ABS, "location:riyadh", "برئاسة عبد السلام الرياض", "2023-09-14"),
      ("MET_WITH", KBS, ABS, "حيث استقبله وزير الدفاع السعودي", "2023-09-19"),
      ("LEADS", ALI, "organization:presidential-leadership-council", "رئيس مجلس القيادة الرئاسي"),
      ("SUCCESSOR_OF", ALI, HADI, "خلف الرئيس عبد ربه", "2022-04-07"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2023-04-09"}),

    ("enCQ5_iran_commanders_replaced", "en",
     "DUBAI, June 24 (Reuters) - Israel said it killed Iran's armed forces chief of staff Mohammad "
     "Baqeri, Revolutionary Guards commander Hossein Salami, the head of the Guards' aerospace force "
     "Amirali Hajizadeh and Khatam al-Anbiya commander Gholam Ali Rashid in strikes that began on "
     "June 13. Within hours Supreme Leader Ayatollah Ali Khamenei appointed Major General Abdolrahim "
     "Mousavi to replace Baqeri and named Mohammad Pakpour commander of the Guards, succeeding "
     "Salami. Majid Mousavi later took over the aerospace force from Hajizadeh.\n"
     "Ali Shadmani, whom Khamenei had named to head Khatam al-Anbiya in place of Rashid, was killed "
     "days later in a strike the Israeli military said it carried out. The post went to Ali "
     "Abdollahi.\n"
     "Foreign Minister Abbas Araqchi flew to Istanbul on Sunday, where he was received by "
     "President Tayyip Erdogan on the sidelines of an OIC meeting, and then to Moscow, where he met "
     "Vladimir Putin on Monday. A sixth round of talks with U.S. envoy Steve Witkoff, planned for "
     "June 15 in Muscat, was called off.",
     [("ASSASSINATED_BY", BAG, ISR, "Israel said it killed Iran's", "2025-06-13"),
      ("ASSASSINATED_BY", SAL, ISR, "Revolutionary Guards commander Hossein", "2025-06-13"),
      ("ASSASSINATED_BY", HAJ, ISR, "the head of the Guards' aerospace force", "2025-06-13"),
      ("ASSASSINATED_BY", RASH, ISR, "Khatam al-Anbiya commander Gholam", "2025-06-13"),
      ("LEADS", BAG, "organization:iranian-armed-forces-general-staff", "armed forces chief of staff Mohammad"),
      ("LEADS", SAL, "organization:irgc", "Revolutionary Guards commander Hossein"),
      ("LEADS", HAJ, "organization:irgc-aerospace-force", "the head of the Guards' aerospace force"),
      ("LEADS", RASH, "organization:khatam-al-anbiya-central-headquarters",
       "Khatam al-Anbiya commander Gholam"),
      ("SUCCESSOR_OF", AMOU, BAG, "to replace Baqeri", "2025-06-13"),
      ("LEADS", "person:ali-khamenei", IRAN, "Supreme Leader Ayatollah Ali Khamenei appointed"),
      ("SUCCESSOR_OF", PAK, SAL, "succeeding Salami", "2025-06-13"),
      ("LEADS", PAK, "organization:irgc", "Mohammad Pakpour commander of the Guards"),
      ("SUCCESSOR_OF", MMOU, HAJ, "took over the aerospace force", "2025-06"),
      ("LEADS", MMOU, "organization:irgc-aerospace-force", "took over the aerospace force"),
      ("SUCCESSOR_OF", SHAD, RASH, "in place of Rashid", "2025-06-13"),
      ("ASSASSINATED_BY", SHAD, ISR, "the Israeli military said it carried out", "2025-06-17"),
      ("SUCCESSOR_OF", ABD, SHAD, "The post went to Ali", "2025-06"),
      ("VISITED", ARA, "location:istanbul", "flew to Istanbul", "2025-06-22"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "Foreign Minister Abbas Araqchi"),
      ("LEADS", ERD, "country:turkey", "President Tayyip Erdogan"),
      ("MET_WITH", ARA, ERD, "received by President Tayyip", "2025-06-22"),
      ("VISITED", ARA, "location:moscow", "then to Moscow", "2025-06-23"),
      ("MET_WITH", ARA, PUT, "where he met Vladimir", "2025-06-23"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-06-24"}),

    ("arCQ6_doha_strike_summit", "ar",
     "الدوحة - «الجزيرة نت» - أعلن الجيش الإسرائيلي، الثلاثاء، أنه استهدف قادة في حركة حماس في "
     "العاصمة القطرية الدوحة، في أول ضربة إسرائيلية على الأراضي القطرية. وقالت الحركة إن قادتها "
     "نجوا، وإن خمسة من أعضائها قُتلوا في الغارة الإسرائيلية، بينهم همام الحية نجل رئيس الحركة في "
     "غزة خليل الحية، كما قُتل العريف في قوة الأمن الداخلي (لخويا) بدر سعد الدوسري.\n"
     "ووصف رئيس الوزراء وزير الخارجية الشيخ محمد بن عبد الرحمن آل ثاني الهجوم بأنه «إرهاب دولة»، "
     "فيما أكد الرئيس الأميركي دونالد ترامب في اتصال هاتفي مع أمير قطر أن الضربة «لن تتكرر».\n"
     "واستضافت الدوحة بعد أيام قمة عربية إسلامية طارئة، استقبل على هامشها أمير قطر الشيخ تميم بن "
     "حمد آل ثاني الرئيس الإيراني مسعود بزشكيان، الذي التقى أيضاً رئيس الوزراء العراقي محمد شياع "
     "السوداني ورئيس الوزراء الماليزي أنور إبراهيم.\n"
     "وكانت إيران قد قصفت في حزيران قاعدة العديد الأميركية في قطر رداً على الضربات الأميركية على "
     "منشآتها النووية، من دون أن تقع إصابات.",
     [("ATTACKED", ISR, "organization:hamas", "أنه استهدف قادة في حركة حماس", "2025-09-09"),
      ("ASSASSINATED_BY", HAM, ISR, "قُتلوا في الغارة الإسرائيلية", "2025-09-09"),
      ("LEADS", KHAY, "organization:hamas", "نجل رئيس الحركة في"),
      ("ASSASSINATED_BY", DOS, ISR, "كما قُتل العريف", "2025-09-09"),
      ("MEMBER_OF", DOS, "organization:lekhwiya", "قوة الأمن الداخلي (لخويا)"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "organization:qatari-foreign-ministry",
       "رئيس الوزراء وزير الخارجية الشيخ"),
      ("LEADS", TAM, "country:qatar", "أمير قطر الشيخ تميم"),
      ("MET_WITH", TAM, PEZ, "استقبل على هامشها", "2025-09-15"),
      ("LEADS", PEZ, IRAN, "الرئيس الإيراني مسعود"),
      ("VISITED", PEZ, "location:doha", "واستضافت الدوحة بعد أيام", "2025-09-15"),
      ("MET_WITH", PEZ, SUD, "الذي التقى أيضاً", "2025-09-15"),
      ("MET_WITH", PEZ, ANW, "الذي التقى أيضاً", "2025-09-15"),
      ("LEADS", SUD, "organization:iraqi-government", "رئيس الوزراء العراقي محمد"),
      ("LEADS", "person:donald-trump", "country:united-states", "الرئيس الأميركي دونالد ترامب"),
      ("ATTACKED", "country:united-states", IRAN, "الضربات الأميركية على", "2025-06-22"),
      ("ATTACKED", IRAN, "location:al-udeid-air-base", "قصفت في حزيران قاعدة العديد", "2025-06-23"),
      ("LOCATED_IN", "location:al-udeid-air-base", "country:qatar", "قاعدة العديد الأميركية في قطر"),
      ],
     {"source": "blind set (Arabic web daily-style)", "published": "2025-09-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCQ")
