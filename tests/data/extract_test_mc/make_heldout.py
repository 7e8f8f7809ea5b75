"""Blind set MC: Lebanon, Gaza, Yemen and Jordan, 2018-2025: Hezbollah's succession after Nasrallah, Hamas's
leaders killed by Israel, Islamic Jihad commanders killed and Egypt's mediation, the Houthis' chief of staff and
prime minister killed and replaced, Jordan's talks with Syria's new rulers, Qatar's Gaza mediation; as a
Beirut daily writes it (al-Liwaa-like: "بيروت - «اللواء»", Lebanese month names), an Israeli news site in
English (Ynetnews-like, no dateline), an Egyptian English daily (Egypt Today-like: "CAIRO – 5 January
2025:"), a Yemeni news site ("صنعاء - «المشهد اليمني»"), the Jordanian agency's English service
(Petra-like: "Amman, Jan. 7 (Petra) --", long protocol titles) and an Egyptian TV site (Al Qahera News-like:
"الدوحة - القاهرة الإخبارية").
Pieces: Qassem elected in Nasrallah's place, Nasrallah and Nilforoushan killed by Israel, Safieddine killed
as the Israeli army announced, Araghchi meets Berri and Mikati in Beirut (Arabic); Katz acknowledges Israel
killed Haniyeh, Haniyeh's meetings with Pezeshkian and Khamenei in Tehran, Sinwar in Haniyeh's place and killed
by IDF troops, Nasrallah "eliminated" by Israel (English); Rashad receives al-Nakhalah and al-Hindi in Cairo,
Rashad after Kamel, Kamel had hosted al-Nakhalah, three Al-Quds Brigades commanders killed by Israeli strikes,
al-Jabari and Mansour killed by the Israeli army (English); al-Ghamari killed by Israel and succeeded by
al-Madani, al-Rahawi killed and replaced by Miftah, al-Mashat after al-Sammad, al-Sammad killed by the
coalition (Arabic); Safadi's talks with al-Shaibani, Abu Qasra and Khattab with Husni and Huneiti present,
Safadi's earlier meetings with al-Sharaa and Assad in Damascus (English); the Qatari prime minister meets
al-Hayya with Rashad present, Boehler meets al-Hayya in Doha, the prime minister received Witkoff and Barnea
(Arabic).
Excluded on purpose (no relation): Safieddine, who "was expected to succeed" Nasrallah, and Araghchi's
postponed meeting with Joseph Aoun (MC1); al-Arouri, killed in a drone strike that "Israel has never formally
claimed", and Katz's threat to the Houthi leaders (MC2); the postponed meeting of Rashad with a Hamas
delegation (MC3); the reported wounding of al-Madani, denied, and Grundberg's phone call with Abdulsalam after
his Sanaa visit was cancelled (MC4); al-Sharaa's phone call with King Abdullah and his expected visit to Amman
(MC5); Dermer, who "did not take part", and al-Hayya's planned trip to Cairo (MC6).
Judgement calls: those "in the presence of" / who "attended" a meeting and a delegation's named members are
paired with the host and with each other (MC3, MC5, MC6); a meeting with the members of a visiting delegation
"among them" al-Hayya pairs the envoy with al-Hayya (MC6); Araghchi met Berri and Mikati "each separately", so
Berri and Mikati are not paired (MC1); "died of wounds from Israeli strikes" and "the Israeli army
'liquidated' him", as the Israeli defence minister said, give al-Ghamari -> Israel and -> the IDF (MC4); "the
strikes claimed" a prime minister gives the killer of the strikes named in that sentence (MC4); an acting
prime minister tasked "in his place" succeeds (MC4); "killed in a chance encounter with IDF troops" is a killing
by the IDF (MC2); "Israeli strikes killed three commanders" gives each of them -> Israel (MC3); the second
commander killed "days later" in the same offensive is killed by the Israeli army named in that sentence
(MC3). Filled in for the exercise: Araghchi's postponed meeting (MC1), the day and members of Rashad's meeting
and the postponed Hamas meeting (MC3), the denied report on al-Madani and Grundberg's call (MC4), Husni's and
Huneiti's presence and the phone call (MC5), Rashad's presence in Doha and the day (MC6).
Spellings: "نصرالله" joined, "عباس نيلفروشان", "عراقجي" (MC1); "Ismail Hanieh", "Yehya Sinwar" (MC2); "Ziad
Nakhala" (MC3); "محمد عبد الكريم الغماري", "يوسف حسن المداني", "يسرائيل كاتس", "المشّاط" (MC4); "Asaad Hassan
al-Shibani", "Ahmad al-Sharaa" (MC5); "محمد بن عبد الرحمن بن جاسم آل ثاني", "آدم بولر", "برنياع" (MC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_md import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, IRAN, SYRIA, EGYPT, QATAR, JORDAN = (
    "country:israel", "country:iran", "country:syria", "country:egypt", "country:qatar", "country:jordan")
BEIRUT, DAMASCUS, TEHRAN = "location:beirut", "location:damascus", "location:tehran"
HEZB, HEZBEC, HAMAS, PIJ, HOUTHIS, SPC, COALITION, IRGC, IDF, MOSSAD, EGI, JORFM, SYRFM, QATFM, IRFM, LEBPARL = (
    "organization:hezbollah", "organization:hezbollah-executive-council", "organization:hamas",
    "organization:palestinian-islamic-jihad", "organization:houthis",
    "organization:houthi-supreme-political-council", "organization:saudi-led-coalition", "organization:irgc",
    "organization:israel-defense-forces", "organization:mossad", "organization:egyptian-general-intelligence",
    "organization:jordanian-foreign-ministry", "organization:syrian-foreign-ministry",
    "organization:qatari-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:lebanese-parliament")
NASRALLAH, QASSEM, SAFIEDDINE, NILFOROUSHAN, ARAGHCHI, BERRI, MIKATI = (
    "person:hassan-nasrallah", "person:naim-qassem", "person:hashem-safieddine", "person:abbas-nilforoushan",
    "person:abbas-araghchi", "person:nabih-berri", "person:najib-mikati")
HANIYEH, YSINWAR, PEZESHKIAN, KHAMENEI, KATZ = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:masoud-pezeshkian", "person:ali-khamenei",
    "person:israel-katz")
RASHAD, KAMEL, NAKHALAH, HINDI, SISI, GHANNAM, BAHTINI, EZZEDINE, JABARI, MANSOUR = (
    "person:hassan-rashad", "person:abbas-kamel", "person:ziyad-al-nakhalah", "person:mohammed-al-hindi",
    "person:abdel-fattah-el-sisi", "person:jihad-ghannam", "person:khalil-al-bahtini", "person:tareq-ezzedine",
    "person:tayseer-al-jabari", "person:khaled-mansour")
GHAMARI, MADANI, RAHAWI, MIFTAH, MASHAT, SAMMAD, ABDULMALIK, ABDULSALAM = (
    "person:mohammed-al-ghamari", "person:yousef-al-madani", "person:ahmed-al-rahawi", "person:mohammed-miftah",
    "person:mahdi-al-mashat", "person:saleh-al-sammad", "person:abdul-malik-al-houthi",
    "person:mohammed-abdulsalam")
SAFADI, SHAIBANI, ABUQASRA, KHATTAB, HUSNI, HUNEITI, SHARAA, ASSAD = (
    "person:ayman-safadi", "person:asaad-al-shaibani", "person:murhaf-abu-qasra", "person:anas-khattab",
    "person:ahmad-husni", "person:yousef-huneiti", "person:ahmed-al-sharaa", "person:bashar-al-assad")
MBAR, HAYYA, BOEHLER, WITKOFF, BARNEA = (
    "person:mohammed-bin-abdulrahman-al-thani", "person:khalil-al-hayya", "person:adam-boehler",
    "person:steve-witkoff", "person:david-barnea")


def _group(members: dict, date: str | None = None) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    out = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            out.append(("MET_WITH", a, b, members[b], date) if date else ("MET_WITH", a, b, members[b]))
    return out


_PIJ = {RASHAD: "received in Cairo on Sunday a delegation of the Islamic Jihad movement",
        NAKHALAH: "headed by its secretary-general, Ziad Nakhala",
        HINDI: "the movement's deputy secretary-general, Mohammed al-Hindi"}
_AMMAN = {SAFADI: "Ayman Safadi on Tuesday held talks with",
          SHAIBANI: "Syria's caretaker foreign minister, Asaad Hassan al-Shibani",
          ABUQASRA: "Defence Minister Murhaf Abu Qasra",
          KHATTAB: "General Intelligence chief Anas Khattab",
          HUSNI: "Maj. Gen. Ahmad Husni",
          HUNEITI: "Maj. Gen. Yousef Huneiti attended the talks"}
_DOHA = {MBAR: "الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني",
         HAYYA: "وفد حركة حماس برئاسة رئيس الحركة في قطاع غزة خليل الحية",
         RASHAD: "بحضور رئيس المخابرات العامة المصرية اللواء حسن رشاد"}
_JAN = {MBAR: "قد استقبل في يناير الماضي المبعوث الأمريكي",
        WITKOFF: "ستيف ويتكوف ورئيس",
        BARNEA: "ورئيس الموساد ديفيد برنياع"}

ARTICLES = [
    ("arMC1_qassem_succeeds_nasrallah", "ar",
     "حزب الله ينتخب الشيخ نعيم قاسم أميناً عاماً خلفاً للسيد نصرالله\n"
     "بيروت - «اللواء»\n"
     "أعلن «حزب الله»، أمس الثلاثاء، أن مجلس شوراه انتخب الشيخ نعيم قاسم أميناً عاماً للحزب خلفاً للسيد حسن "
     "نصرالله، الذي اغتالته إسرائيل بسلسلة غارات عنيفة على حارة حريك في الضاحية الجنوبية لبيروت في 27 أيلول "
     "الماضي.\n"
     "وكان قاسم يشغل منصب نائب الأمين العام منذ عام 1991، وتولى إدارة شؤون الحزب بالوكالة منذ استشهاد "
     "نصرالله.\n"
     "وقُتل في الغارة نفسها نائب قائد العمليات في الحرس الثوري الإيراني العميد عباس نيلفروشان، الذي كان في "
     "زيارة للضاحية.\n"
     "أما رئيس المجلس التنفيذي السيد هاشم صفي الدين، الذي كان يُرجَّح أن يخلف نصرالله، فقد أعلن الجيش "
     "الإسرائيلي أنه قتله في غارة على الضاحية مطلع تشرين الأول، قبل أن يؤكد الحزب نبأ استشهاده.\n"
     "وفي السياق، زار وزير الخارجية الإيراني عباس عراقجي بيروت في الرابع من تشرين الأول، والتقى كلاً على حدة "
     "رئيس مجلس النواب نبيه بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي.\n"
     "وكان مقرراً أن يلتقي عراقجي أيضاً قائد الجيش العماد جوزاف عون، غير أن اللقاء أُرجئ لأسباب لوجستية.",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "أميناً عاماً للحزب خلفاً للسيد حسن", "2024-10-29"),
      ("LEADS", QASSEM, HEZB, "أميناً عاماً للحزب خلفاً للسيد حسن"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "الذي اغتالته إسرائيل بسلسلة غارات", "2024-09-27"),
      ("ASSASSINATED_BY", NILFOROUSHAN, ISRAEL, "وقُتل في الغارة نفسها", "2024-09-27"),
      ("MEMBER_OF", NILFOROUSHAN, IRGC, "نائب قائد العمليات في الحرس الثوري الإيراني"),
      ("ASSASSINATED_BY", SAFIEDDINE, IDF, "أعلن الجيش الإسرائيلي أنه قتله", "2024-10"),
      ("LEADS", SAFIEDDINE, HEZBEC, "رئيس المجلس التنفيذي السيد هاشم صفي الدين"),
      ("VISITED", ARAGHCHI, BEIRUT, "عباس عراقجي بيروت في الرابع من تشرين الأول", "2024-10-04"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس عراقجي"),
      ("MET_WITH", ARAGHCHI, BERRI, "رئيس مجلس النواب نبيه بري", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, MIKATI, "ورئيس حكومة تصريف الأعمال نجيب ميقاتي", "2024-10-04"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه بري"),
      ],
     {"source": "blind set (Beirut Arabic daily, al-Liwaa-like)", "published": "2024-10-30"}),

    ("enMC2_katz_haniyeh_sinwar", "en",
     "Katz confirms for first time Israel killed Hamas chief Hanieh in Tehran\n"
     "Defense Minister Israel Katz on Monday publicly acknowledged for the first time that Israel was behind the "
     "assassination of Hamas political chief Ismail Hanieh, who was killed in a Tehran guesthouse on July 31.\n"
     "Hanieh had arrived in the Iranian capital to attend the swearing-in of President Masoud Pezeshkian, and met "
     "him, as well as Supreme Leader Ali Khamenei, hours before the blast.\n"
     "Hamas then named its Gaza chief, Yehya Sinwar, to replace him at the head of the political bureau. Sinwar "
     "was killed in October in a chance encounter with IDF troops in Rafah's Tal al-Sultan neighborhood.\n"
     "Speaking at a ceremony for fallen soldiers, Katz said Israel had eliminated Hezbollah leader Hassan "
     "Nasrallah and vowed to \"cut off the heads\" of the Houthi leadership in Sanaa.\n"
     "Hamas deputy leader Saleh al-Arouri was killed in January in a drone strike on an apartment in Beirut's "
     "Dahiyeh; Israel has never formally claimed that attack.\n"
     "Hamas has not named a single leader since Sinwar's death; a five-member council based in Doha runs the "
     "movement.",
     [("ASSASSINATED_BY", HANIYEH, ISRAEL, "Israel was behind the assassination of Hamas political chief",
       "2024-07-31"),
      ("LEADS", HANIYEH, HAMAS, "Hamas political chief Ismail Hanieh"),
      ("VISITED", HANIYEH, TEHRAN, "had arrived in the Iranian capital", "2024-07-30"),
      ("MET_WITH", HANIYEH, PEZESHKIAN, "and met him, as well as Supreme Leader", "2024-07-30"),
      ("MET_WITH", HANIYEH, KHAMENEI, "as well as Supreme Leader Ali Khamenei", "2024-07-30"),
      ("LEADS", PEZESHKIAN, IRAN, "the swearing-in of President Masoud Pezeshkian"),
      ("LEADS", KHAMENEI, IRAN, "as well as Supreme Leader Ali Khamenei"),
      ("SUCCESSOR_OF", YSINWAR, HANIYEH, "to replace him at the head of the political bureau", "2024-08-06"),
      ("LEADS", YSINWAR, HAMAS, "to replace him at the head of the political bureau"),
      ("ASSASSINATED_BY", YSINWAR, IDF, "in a chance encounter with IDF troops", "2024-10-16"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "Israel had eliminated Hezbollah leader Hassan", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZB, "Hezbollah leader Hassan"),
      ],
     {"source": "blind set (Israeli English news site, Ynetnews-like)", "published": "2024-12-24"}),

    ("enMC3_rashad_islamic_jihad_cairo", "en",
     "Egypt's intelligence chief receives Islamic Jihad delegation\n"
     "CAIRO – 5 January 2025: Head of the General Intelligence Service Hassan Rashad received in Cairo on Sunday "
     "a delegation of the Islamic Jihad movement headed by its secretary-general, Ziad Nakhala, as part of "
     "Egypt's efforts to reach a ceasefire in the Gaza Strip. The delegation included the movement's deputy "
     "secretary-general, Mohammed al-Hindi.\n"
     "Rashad took over the intelligence service in October, replacing Major General Abbas Kamel, who was named an "
     "adviser to President Abdel Fattah El-Sisi.\n"
     "Kamel had hosted Nakhala in Cairo several times, including during the May 2023 escalation, when Israeli "
     "strikes killed three commanders of the group's armed wing, Al-Quds Brigades: Jihad Ghannam, Khalil "
     "al-Bahtini and Tareq Ezzeddine.\n"
     "In August 2022, the Israeli army killed Tayseer al-Jabari, the group's commander in northern Gaza, in the "
     "opening strike of a three-day offensive, and Khaled Mansour, its commander in the south, days later.\n"
     "A planned meeting between Rashad and a Hamas delegation has been postponed to next week, sources said.",
     _group(_PIJ, "2025-01-05") + [
      ("LEADS", RASHAD, EGI, "Head of the General Intelligence Service Hassan Rashad"),
      ("LEADS", NAKHALAH, PIJ, "headed by its secretary-general, Ziad Nakhala"),
      ("VISITED", NAKHALAH, EGYPT, "received in Cairo on Sunday a delegation of the Islamic Jihad movement",
       "2025-01-05"),
      ("VISITED", HINDI, EGYPT, "received in Cairo on Sunday a delegation of the Islamic Jihad movement",
       "2025-01-05"),
      ("MEMBER_OF", HINDI, PIJ, "the movement's deputy secretary-general, Mohammed al-Hindi"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "replacing Major General Abbas Kamel", "2024-10-16"),
      ("LEADS", SISI, EGYPT, "President Abdel Fattah El-Sisi"),
      ("MET_WITH", KAMEL, NAKHALAH, "Kamel had hosted Nakhala in Cairo several times", "2023-05"),
      ("ASSASSINATED_BY", GHANNAM, ISRAEL, "Jihad Ghannam, Khalil", "2023-05-09"),
      ("ASSASSINATED_BY", BAHTINI, ISRAEL, "al-Bahtini and Tareq Ezzeddine", "2023-05-09"),
      ("ASSASSINATED_BY", EZZEDINE, ISRAEL, "and Tareq Ezzeddine", "2023-05-09"),
      ("ASSASSINATED_BY", JABARI, IDF, "the Israeli army killed Tayseer al-Jabari", "2022-08-05"),
      ("ASSASSINATED_BY", MANSOUR, IDF, "and Khaled Mansour, its commander in the south", "2022-08-06"),
      ],
     {"source": "blind set (Egyptian English daily, Egypt Today-like)", "published": "2025-01-05"}),

    ("arMC4_ghamari_madani_rahawi", "ar",
     "الحوثيون يعلنون مقتل رئيس أركانهم الغماري ويعيّنون المداني خلفاً له\n"
     "صنعاء - «المشهد اليمني»\n"
     "أعلنت جماعة الحوثي، الخميس، مقتل رئيس هيئة الأركان العامة في قواتها اللواء محمد عبد الكريم الغماري، "
     "متأثراً بجروح أُصيب بها في غارات إسرائيلية على صنعاء، وعيّنت اللواء يوسف حسن المداني رئيساً للأركان "
     "خلفاً له.\n"
     "وقال وزير الدفاع الإسرائيلي يسرائيل كاتس إن الجيش الإسرائيلي «صفّى» الغماري، متوعداً بقية قادة الجماعة "
     "بالمصير نفسه.\n"
     "وكانت الغارات الإسرائيلية على صنعاء في 28 أغسطس قد أودت برئيس حكومة الجماعة غير المعترف بها أحمد غالب "
     "الرهوي وعدد من وزرائه، وكلّف المجلس السياسي الأعلى نائبه محمد مفتاح بتسيير أعمال الحكومة بدلاً منه.\n"
     "ويرأس المجلس مهدي المشّاط منذ أبريل 2018، حين خلف صالح الصماد الذي قُتل بغارة لطيران التحالف بقيادة "
     "السعودية في الحديدة.\n"
     "ولم يظهر زعيم الجماعة عبد الملك الحوثي علناً منذ سنوات، فيما نفت الجماعة تقارير عن إصابة المداني في "
     "الغارات ذاتها.\n"
     "وكان المبعوث الأممي هانس غروندبرغ قد أجرى اتصالاً هاتفياً بكبير مفاوضي الجماعة محمد عبد السلام، بعد "
     "إلغاء زيارة كانت مقررة له إلى صنعاء.",
     [("ASSASSINATED_BY", GHAMARI, ISRAEL, "متأثراً بجروح أُصيب بها في غارات إسرائيلية", "2025-10"),
      ("ASSASSINATED_BY", GHAMARI, IDF, "إن الجيش الإسرائيلي «صفّى» الغماري", "2025-10"),
      ("MEMBER_OF", GHAMARI, HOUTHIS, "مقتل رئيس هيئة الأركان العامة في قواتها"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "رئيساً للأركان خلفاً له", "2025-10-16"),
      ("MEMBER_OF", MADANI, HOUTHIS, "رئيساً للأركان خلفاً له"),
      ("ASSASSINATED_BY", RAHAWI, ISRAEL, "قد أودت برئيس حكومة الجماعة", "2025-08-28"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "بتسيير أعمال الحكومة بدلاً منه", "2025-08"),
      ("LEADS", MASHAT, SPC, "ويرأس المجلس مهدي المشّاط"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "حين خلف صالح الصماد", "2018-04"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "قُتل بغارة لطيران التحالف بقيادة", "2018-04-19"),
      ("LEADS", ABDULMALIK, HOUTHIS, "زعيم الجماعة عبد الملك الحوثي"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "بكبير مفاوضي الجماعة محمد عبد السلام"),
      ],
     {"source": "blind set (Yemeni Arabic news site)", "published": "2025-10-16"}),

    ("enMC5_safadi_shaibani_amman", "en",
     "Safadi, Syrian counterpart hold talks in Amman\n"
     "Amman, Jan. 7 (Petra) -- Deputy Prime Minister and Minister of Foreign and Expatriates Affairs Ayman Safadi "
     "on Tuesday held talks with Syria's caretaker foreign minister, Asaad Hassan al-Shibani, who arrived in the "
     "Kingdom at the head of a delegation that included Defence Minister Murhaf Abu Qasra and General "
     "Intelligence chief Anas Khattab.\n"
     "Director of the General Intelligence Department Maj. Gen. Ahmad Husni and Chairman of the Joint Chiefs of "
     "Staff Maj. Gen. Yousef Huneiti attended the talks, which focused on border security, the fight against "
     "drug smuggling and the voluntary return of refugees.\n"
     "Safadi had visited Damascus on December 23, becoming the first Arab foreign minister to meet the new Syrian "
     "administration's leader, Ahmad al-Sharaa. In July 2023 he met then-President Bashar al-Assad in the Syrian "
     "capital as part of Arab contacts over the crisis.\n"
     "His Majesty King Abdullah II received a phone call from al-Sharaa last week. The Syrian leader is expected "
     "to visit Amman in the coming weeks.",
     _group(_AMMAN, "2025-01-07") + [
      ("LEADS", SAFADI, JORFM, "Minister of Foreign and Expatriates Affairs Ayman Safadi"),
      ("LEADS", SHAIBANI, SYRFM, "Syria's caretaker foreign minister, Asaad Hassan al-Shibani"),
      ("VISITED", SHAIBANI, JORDAN, "who arrived in the Kingdom", "2025-01-07"),
      ("VISITED", ABUQASRA, JORDAN, "who arrived in the Kingdom", "2025-01-07"),
      ("VISITED", KHATTAB, JORDAN, "who arrived in the Kingdom", "2025-01-07"),
      ("VISITED", SAFADI, DAMASCUS, "Safadi had visited Damascus on December 23", "2024-12-23"),
      ("MET_WITH", SAFADI, SHARAA, "to meet the new Syrian administration's leader", "2024-12-23"),
      ("LEADS", SHARAA, SYRIA, "the new Syrian administration's leader, Ahmad al-Sharaa"),
      ("MET_WITH", SAFADI, ASSAD, "In July 2023 he met then-President Bashar al-Assad", "2023-07-03"),
      ("LEADS", ASSAD, SYRIA, "then-President Bashar al-Assad"),
      ],
     {"source": "blind set (Jordanian agency, English service, Petra-like)", "published": "2025-01-07"}),

    ("arMC6_doha_hayya_rashad", "ar",
     "رئيس الوزراء القطري يلتقي وفد حماس برئاسة الحية بحضور رئيس المخابرات المصرية\n"
     "الدوحة - القاهرة الإخبارية\n"
     "التقى رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني، اليوم الأحد في "
     "الدوحة، وفد حركة حماس برئاسة رئيس الحركة في قطاع غزة خليل الحية، بحضور رئيس المخابرات العامة المصرية "
     "اللواء حسن رشاد.\n"
     "وبحث الاجتماع ترتيبات المرحلة الثانية من اتفاق وقف إطلاق النار في القطاع وتبادل الأسرى.\n"
     "وكان المبعوث الأمريكي لشؤون الرهائن آدم بولر قد عقد في الدوحة الأسبوع الماضي لقاءات مباشرة مع قياديين في "
     "الحركة، بينهم الحية، في سابقة هي الأولى من نوعها.\n"
     "في المقابل، لم يشارك وزير الشؤون الاستراتيجية الإسرائيلي رون ديرمر في جولة المحادثات، واكتفت إسرائيل "
     "بإرسال وفد فني.\n"
     "وكان رئيس الوزراء القطري قد استقبل في يناير الماضي المبعوث الأمريكي إلى الشرق الأوسط ستيف ويتكوف ورئيس "
     "الموساد ديفيد برنياع، قبل ساعات من إعلان الاتفاق.\n"
     "ومن المقرر أن يتوجه الحية إلى القاهرة الأسبوع المقبل للقاء المسؤولين المصريين.",
     _group(_DOHA, "2025-03-09") + _group(_JAN, "2025-01") + [
      ("LEADS", MBAR, QATFM, "رئيس مجلس الوزراء وزير الخارجية القطري"),
      ("VISITED", RASHAD, QATAR, "اليوم الأحد في الدوحة", "2025-03-09"),
      ("LEADS", RASHAD, EGI, "بحضور رئيس المخابرات العامة المصرية اللواء حسن رشاد"),
      ("MEMBER_OF", HAYYA, HAMAS, "وفد حركة حماس برئاسة رئيس الحركة في قطاع غزة خليل الحية"),
      ("MET_WITH", BOEHLER, HAYYA, "بينهم الحية", "2025-03"),
      ("VISITED", BOEHLER, QATAR, "قد عقد في الدوحة الأسبوع الماضي", "2025-03"),
      ("LEADS", BARNEA, MOSSAD, "ورئيس الموساد ديفيد برنياع"),
      ],
     {"source": "blind set (Egyptian Arabic TV site, Al Qahera News-like)", "published": "2025-03-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMC")
