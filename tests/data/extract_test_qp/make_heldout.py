"""Blind set QP: Iran in 2024 (second folder of QO-QP): the Israeli strike in Haret Hreik that killed Hassan
Nasrallah and the IRGC general Abbas Nilforoushan (September 27, 2024), Naim Qassem named Hezbollah's
secretary-general (October 29, 2024), Abbas Araghchi's visits to Beirut and Damascus (October 4-5, 2024),
Riyadh (October 9, 2024) and Baghdad (October 13, 2024), and Pezeshkian's week at the UN General Assembly in
New York (September 2024) reviewed after the year's killings, as an Iranian agency writes it in Arabic
(Tasnim Arabic-like: "طهران - تسنيم", "الصهيوني", "سماحة السيد"), a Western wire in English (Reuters-like:
"BEIRUT, Oct 29 (Reuters) -", "Iran-backed"), Syria's state agency in Arabic (SANA-like: "دمشق-سانا", "السيد
الرئيس بشار الأسد", "سورية"), a think-tank brief in English (policy-brief-like, dated headings, cautious
attributions), a Saudi-owned daily in Arabic (Asharq Al-Awsat-like: "الرياض: «الشرق الأوسط»") and an Iraqi
news site in English (Shafaq News-like: "Shafaq News/ ...", "Al-Sudani's media office").
Pieces: Israeli warplanes kill Nasrallah, Nilforoushan and Karaki; Nilforoushan had met Nasrallah in
Beirut (Arabic, QP1); Qassem named to succeed Nasrallah, whom Israel killed; the Israeli military says it
killed Safieddine; Qassem had met Pezeshkian with Haniyeh in July (English, QP2); Assad receives Araghchi
with Sabbagh present, Sabbagh meets his counterpart, Araghchi had met Berri and Mikati in Beirut; Sabbagh
succeeded Mekdad (Arabic, QP3); Pezeshkian meets Macron and Guterres, Araghchi meets Borrell, Raisi had met
Macron in 2022, Sinwar succeeds Haniyeh, Mokhber acting president after Raisi's death (English, QP4);
Mohammed bin Salman receives Araghchi with Faisal bin Farhan present, the two ministers hold talks,
Amir-Abdollahian had met the crown prince in Jeddah (Arabic, QP5); al-Sudani receives Araghchi with Fuad
Hussein present, Araghchi's joint meeting with al-Amiri and al-Maliki (English, QP6).
Excluded on purpose (no relation): Khamenei's statement, Pezeshkian's condolence call to Mikati, Qaani's
unconfirmed presence in Beirut (QP1); Safieddine "expected to succeed" Nasrallah, Gallant's comment,
Baghaei's congratulations, Araghchi's meetings with unnamed "Lebanese officials" (QP2); Pezeshkian's
greetings conveyed to Assad (QP3); Nasrallah "killed in Beirut" (no agent in this piece), Haniyeh's killing
blamed on Israel by Iran and Hamas only, the denied Iravani-Musk meeting (QP4); the condolence call after
Nasrallah's killing, the planned legs in Doha and Muscat (QP5); the dropped meeting with Rashid, Safieddine
killed in "the Beirut strike" (no agent), Ghaani who did not travel (QP6).
Judgement calls: «شنّ الطيران الحربي الصهيوني ... ما أدى إلى استشهاد» gives each named victim ->
country:israel (the warplanes are named by nationality, not as the IDF) (QP1); "Israel killed his
predecessor" gives Nasrallah -> country:israel and Qassem -> Nasrallah (the headline also says "to
succeed") (QP2); "The Israeli military said ... it had killed" is a claim: Safieddine -> IDF (QP2); "met the
new president along with Hamas leader Ismail Haniyeh" is a meeting of the three (QP2); an attendee («بحضور»,
"in the presence of") is paired with both principals (QP3, QP5, QP6); «التقى ... بري و... ميقاتي» is two
separate meetings: Berri and Mikati are not paired (QP3); «خلفاً للدكتور فيصل المقداد» is a succession
(QP3); "served as acting president ... after Raisi's death" is a succession of Raisi (QP4); "named ... to
succeed him" (QP4); "held a joint meeting with leaders ..., among them A and B" is a meeting of the three,
and the two are members of the Coordination Framework (QP6); a minister LEADS his ministry only where it
has an id; a president or prime minister LEADS his country; a Quds Force or IRGC commander LEADS it.
Filled in for the exercise: Nilforoushan's meetings with Nasrallah, Salami's wording (QP1); Qassem's being
seen in Tehran, Baghaei's wording (QP2); the joint press conference (QP3); the brief's date, the wording
of the denial (QP4); the wording of Araghchi's remarks, the Doha and Muscat legs (QP5); the attendance of
Fuad Hussein, the joint meeting's participants, the dropped Rashid meeting, Ghaani's absence (QP6).
Spellings: «سماحة السيد حسن نصرالله»، «اللواء عباس نيلفروشان»، «العميد إسماعيل قآني» (QP1); "Naim Qassem",
"Hashem Safieddine", "Yoav Gallant" (QP2); «الدكتور بسام الصباغ»، «عباس عراقجي»، «فيصل المقداد» (QP3);
"Antonio Guterres", "Amir Saeid Iravani" (QP4); «الأمير محمد بن سلمان»، «عراقجي»، «حسين أمير عبداللهيان»
(QP5); "Mohammed Shia Al-Sudani", "Hadi Al-Amiri", "Esmail Ghaani" (QP6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qp import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, LEBANON, SYRIA, IRAQ, FRANCE = (
    "country:iran", "country:israel", "country:lebanon", "country:syria", "country:iraq", "country:france")
HEZ, HAMAS, IRGC, QUDS, IDF, IRFM, SYFM, IQFM, LBPARL, BADR, CF, UN = (
    "organization:hezbollah", "organization:hamas", "organization:irgc", "organization:quds-force",
    "organization:israel-defense-forces", "organization:iranian-foreign-ministry",
    "organization:syrian-foreign-ministry", "organization:iraqi-foreign-ministry",
    "organization:lebanese-parliament", "organization:badr-organization", "organization:coordination-framework",
    "organization:united-nations")
RAISI, MOKHBER, PEZESHKIAN, ABDOLLAHIAN, ARAGHCHI, SALAMI, QAANI, NILFOROUSHAN = (
    "person:ebrahim-raisi", "person:mohammad-mokhber", "person:masoud-pezeshkian",
    "person:hossein-amir-abdollahian", "person:abbas-araghchi", "person:hossein-salami", "person:esmail-qaani",
    "person:abbas-nilforoushan")
NASRALLAH, QASSEM, SAFIEDDINE, KARAKI, MIKATI, BERRI = (
    "person:hassan-nasrallah", "person:naim-qassem", "person:hashem-safieddine", "person:ali-karaki",
    "person:najib-mikati", "person:nabih-berri")
HANIYEH, SINWAR = "person:ismail-haniyeh", "person:yahya-sinwar"
ASSAD, MEKDAD, SABBAGH = "person:bashar-al-assad", "person:faisal-mekdad", "person:bassam-al-sabbagh"
SUDANI, FUAD, AMIRI, MALIKI = (
    "person:mohammed-shia-al-sudani", "person:fuad-hussein", "person:hadi-al-amiri", "person:nouri-al-maliki")
MBS, FAISAL, MACRON, GUTERRES, BORRELL = (
    "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:emmanuel-macron",
    "person:antonio-guterres", "person:josep-borrell")

TASNIM = "blind set (Iranian news agency, Arabic service, Tasnim-like)"
REUTERS = "blind set (Western news wire, English, Reuters-like)"
SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"
BRIEF = "blind set (think-tank policy brief, English)"
ASHARQ = "blind set (Saudi-owned pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
SHAFAQ = "blind set (Iraqi news site, English, Shafaq News-like)"

ARTICLES = [
    ("arQP1_nilforoushan_nasrallah_tasnim", "ar",
     "حرس الثورة ينعى اللواء نيلفروشان الذي استشهد إلى جانب السيد نصرالله\n"
     "طهران - تسنيم\n"
     "نعى حرس الثورة الإسلامية، اليوم السبت، نائب قائد الحرس للشؤون العملياتية اللواء عباس نيلفروشان، الذي "
     "استشهد مساء الجمعة إلى جانب الأمين العام لحزب الله سماحة السيد حسن نصرالله في الضاحية الجنوبية "
     "لبيروت.\n"
     "وكان الطيران الحربي الصهيوني قد شنّ سلسلة غارات عنيفة بقنابل خارقة للتحصينات على مبانٍ سكنية في حارة "
     "حريك، ما أدى إلى استشهاد السيد نصرالله واللواء نيلفروشان وعدد من قادة الحزب، بينهم قائد جبهة الجنوب "
     "علي كركي.\n"
     "وكان نيلفروشان قد وصل إلى بيروت قبل أيام، والتقى السيد نصرالله أكثر من مرة، بحسب مصادر مطلعة.\n"
     "وأكد قائد الثورة الإسلامية آية الله العظمى السيد علي الخامنئي في بيان أن \"دماء الشهيد لن تذهب "
     "هدراً\"، معلناً الحداد العام خمسة أيام.\n"
     "من جهته، توعّد القائد العام لحرس الثورة اللواء حسين سلامي بأن \"الكيان سيدفع ثمن جريمته\".\n"
     "وفي نيويورك، طالب وزير الخارجية عباس عراقجي مجلس الأمن بعقد جلسة طارئة، فيما أجرى الرئيس مسعود "
     "بزشكيان اتصالاً هاتفياً برئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي معزّياً.\n"
     "ولم يصدر أي تعليق عن قائد فيلق القدس العميد إسماعيل قآني، وسط تقارير غير مؤكدة عن وجوده في بيروت.",
     [("MEMBER_OF", NILFOROUSHAN, IRGC, "نائب قائد الحرس للشؤون العملياتية"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله سماحة السيد"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "ما أدى إلى استشهاد السيد نصرالله", "2024-09-27"),
      ("ASSASSINATED_BY", NILFOROUSHAN, ISRAEL, "واللواء نيلفروشان وعدد", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, ISRAEL, "بينهم قائد جبهة الجنوب", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZ, "وعدد من قادة الحزب"),
      ("MET_WITH", NILFOROUSHAN, NASRALLAH, "والتقى السيد نصرالله أكثر من مرة"),
      ("LEADS", SALAMI, IRGC, "القائد العام لحرس الثورة اللواء حسين سلامي"),
      ("LEADS", ARAGHCHI, IRFM, "طالب وزير الخارجية عباس عراقجي"),
      ("LEADS", MIKATI, LEBANON, "برئيس حكومة تصريف الأعمال اللبنانية"),
      ("LEADS", QAANI, QUDS, "قائد فيلق القدس العميد إسماعيل قآني"),
      ],
     {"source": TASNIM, "published": "2024-09-28"}),

    ("enQP2_qassem_named_reuters", "en",
     "Hezbollah names deputy Naim Qassem as leader to succeed slain Nasrallah\n"
     "BEIRUT, Oct 29 (Reuters) - Lebanon's Iran-backed Hezbollah named its deputy leader Naim Qassem as "
     "secretary-general on Tuesday, more than a month after Israel killed his predecessor Hassan Nasrallah in an "
     "airstrike on Beirut's southern suburbs.\n"
     "The group's Shura Council elected Qassem, 71, \"in accordance with the approved mechanism,\" Hezbollah "
     "said in a statement.\n"
     "The Israeli military said on Oct. 22 it had killed Hashem Safieddine, the head of Hezbollah's executive "
     "council who had been widely expected to succeed Nasrallah, in a strike on Beirut earlier this month.\n"
     "Israeli Defense Minister Yoav Gallant said in a post on X that Qassem's appointment was \"temporary, and "
     "not for long.\"\n"
     "Iran's foreign ministry spokesman Esmaeil Baghaei congratulated the group, saying the choice showed its "
     "resilience. Foreign Minister Abbas Araghchi met Lebanese officials in Beirut earlier this month.\n"
     "Qassem, a cleric who has been Hezbollah's deputy since 1991, was last seen in public in Tehran in July, "
     "when he attended the inauguration of Iranian President Masoud Pezeshkian and met the new president along "
     "with Hamas leader Ismail Haniyeh, who was killed in the Iranian capital hours later.",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "leader to succeed slain Nasrallah", "2024-10-29"),
      ("LEADS", QASSEM, HEZ, "named its deputy leader Naim Qassem"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "Israel killed his predecessor", "2024-09-27"),
      ("ASSASSINATED_BY", SAFIEDDINE, IDF, "The Israeli military said on Oct. 22", "2024-10-03"),
      ("MEMBER_OF", SAFIEDDINE, HEZ, "the head of Hezbollah's executive"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araghchi met"),
      ("LEADS", PEZESHKIAN, IRAN, "Iranian President Masoud Pezeshkian"),
      ("LEADS", HANIYEH, HAMAS, "Hamas leader Ismail Haniyeh"),
      ] + met_group({QASSEM: "was last seen in public in Tehran", PEZESHKIAN: "met the new president along",
                     HANIYEH: "with Hamas leader Ismail"}, "2024-07-30"),
     {"source": REUTERS, "published": "2024-10-29"}),

    ("arQP3_assad_araghchi_sana", "ar",
     "الرئيس الأسد يستقبل وزير الخارجية الإيراني والوفد المرافق\n"
     "دمشق-سانا\n"
     "استقبل السيد الرئيس بشار الأسد اليوم وزير خارجية الجمهورية الإسلامية الإيرانية الدكتور عباس عراقجي "
     "والوفد المرافق له، بحضور وزير الخارجية والمغتربين الدكتور بسام الصباغ.\n"
     "وتناول اللقاء التصعيد الخطير الذي تشهده المنطقة نتيجة استمرار العدوان الإسرائيلي على لبنان وقطاع غزة، "
     "والجهود المبذولة لوقفه.\n"
     "وأكد الرئيس الأسد أن \"دعم المقاومة واجب أخلاقي وإنساني\"، مشيراً إلى أن سورية لن تتخلى عن "
     "ثوابتها.\n"
     "من جهته، نقل الوزير عراقجي تحيات الرئيس الإيراني مسعود بزشكيان إلى الرئيس الأسد، مؤكداً وقوف بلاده "
     "إلى جانب سورية ولبنان.\n"
     "وكان الوزير الصباغ قد التقى نظيره الإيراني في مقر وزارة الخارجية والمغتربين، وعقد الجانبان مؤتمراً "
     "صحفياً مشتركاً.\n"
     "ووصل عراقجي إلى دمشق قادماً من بيروت، حيث التقى أمس رئيس مجلس النواب اللبناني نبيه بري ورئيس حكومة "
     "تصريف الأعمال نجيب ميقاتي.\n"
     "يذكر أن الصباغ تسلّم حقيبة الخارجية في أيلول الماضي خلفاً للدكتور فيصل المقداد الذي عُيّن نائباً "
     "لرئيس الجمهورية.",
     [("MET_WITH", ASSAD, ARAGHCHI, "الإسلامية الإيرانية الدكتور عباس عراقجي", "2024-10-05"),
      ("MET_WITH", SABBAGH, ASSAD, "بحضور وزير الخارجية والمغتربين", "2024-10-05"),
      ("MET_WITH", SABBAGH, ARAGHCHI, "الدكتور بسام الصباغ", "2024-10-05"),
      ("LEADS", SABBAGH, SYFM, "وزير الخارجية والمغتربين الدكتور بسام"),
      ("LEADS", ARAGHCHI, IRFM, "وزير خارجية الجمهورية الإسلامية"),
      ("LEADS", ASSAD, SYRIA, "استقبل السيد الرئيس بشار الأسد"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس الإيراني مسعود بزشكيان"),
      ("MET_WITH", BERRI, ARAGHCHI, "حيث التقى أمس رئيس مجلس النواب", "2024-10-04"),
      ("MET_WITH", MIKATI, ARAGHCHI, "بري ورئيس حكومة", "2024-10-04"),
      ("LEADS", BERRI, LBPARL, "رئيس مجلس النواب اللبناني نبيه بري"),
      ("LEADS", MIKATI, LEBANON, "تصريف الأعمال نجيب ميقاتي"),
      ("SUCCESSOR_OF", SABBAGH, MEKDAD, "خلفاً للدكتور فيصل المقداد", "2024-09-21"),
      ],
     {"source": SANA, "published": "2024-10-05"}),

    ("enQP4_new_york_diplomacy_brief", "en",
     "Policy Brief | 18 November 2024\n"
     "Pezeshkian's New York Overture and the Year of Killings: What Changed in Tehran's Diplomacy?\n"
     "On his first trip to the UN General Assembly in September, President Masoud Pezeshkian sought to present a "
     "softer face of the Islamic Republic. In New York he met French President Emmanuel Macron on September 24, "
     "the first such encounter since Macron met Ebrahim Raisi on the sidelines of the same gathering in 2022. He "
     "also met UN Secretary-General Antonio Guterres, while Foreign Minister Abbas Araghchi held talks with the "
     "EU's foreign policy chief, Josep Borrell.\n"
     "The message of engagement was quickly overtaken by events: three days later, Hezbollah leader Hassan "
     "Nasrallah was killed in Beirut.\n"
     "The new government's line had already been tested at home. Hamas's political chief Ismail Haniyeh was "
     "killed in a guesthouse in Tehran on July 31, hours after attending the inauguration; Iran and Hamas blamed "
     "Israel, which has neither confirmed nor denied involvement. Hamas named Yahya Sinwar on August 6 to "
     "succeed him.\n"
     "Continuity matters as much as change. Mohammad Mokhber, who served as acting president for ten weeks "
     "after Raisi's death in May, is now an adviser to the Supreme Leader.\n"
     "Not every contact in New York has been acknowledged: this month Iran's foreign ministry denied reports "
     "that its UN ambassador, Amir Saeid Iravani, had met Elon Musk.",
     [("MET_WITH", PEZESHKIAN, MACRON, "In New York he met French President", "2024-09-24"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("MET_WITH", MACRON, RAISI, "since Macron met Ebrahim Raisi", "2022-09-20"),
      ("MET_WITH", PEZESHKIAN, GUTERRES, "also met UN Secretary-General"),
      ("LEADS", GUTERRES, UN, "UN Secretary-General Antonio Guterres"),
      ("MET_WITH", ARAGHCHI, BORRELL, "held talks with the"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araghchi held"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah leader Hassan"),
      ("LEADS", HANIYEH, HAMAS, "Hamas's political chief Ismail Haniyeh"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "Hamas named Yahya Sinwar on August 6", "2024-08-06"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "who served as acting president for ten weeks", "2024-05-20"),
      ],
     {"source": BRIEF, "published": "2024-11-18"}),

    ("arQP5_mbs_araghchi_riyadh_asharq", "ar",
     "ولي العهد السعودي يستقبل عراقجي... والرياض وطهران تؤكدان أهمية التهدئة\n"
     "الرياض: «الشرق الأوسط»\n"
     "استقبل الأمير محمد بن سلمان بن عبد العزيز، ولي العهد رئيس مجلس الوزراء السعودي، في الرياض مساء "
     "الأربعاء، وزير الخارجية الإيراني عباس عراقجي، بحضور وزير الخارجية الأمير فيصل بن فرحان.\n"
     "وجرى خلال الاستقبال استعراض العلاقات بين البلدين، ومستجدات الأحداث في المنطقة والجهود المبذولة "
     "بشأنها.\n"
     "وكان الأمير فيصل بن فرحان قد عقد جلسة مباحثات مع نظيره الإيراني في مقر وزارة الخارجية، تناولت "
     "التصعيد في لبنان وغزة.\n"
     "وقال عراقجي عقب اللقاء إن العلاقات بين البلدين \"تسير في الاتجاه الصحيح\"، مضيفاً أن طهران تريد "
     "\"تعاوناً إقليمياً\" لمنع اتساع الحرب.\n"
     "وتأتي الزيارة، وهي الأولى لعراقجي إلى المملكة منذ تسلّمه منصبه في أغسطس (آب)، في ظل مخاوف من رد "
     "إسرائيلي على الهجوم الصاروخي الإيراني مطلع الشهر.\n"
     "وكان وزير الخارجية الإيراني الراحل حسين أمير عبداللهيان قد زار المملكة في أغسطس 2023، والتقى ولي "
     "العهد في جدة، بعد استئناف العلاقات بوساطة صينية.\n"
     "وكان بن فرحان قد تلقى اتصالاً هاتفياً من عراقجي عقب اغتيال حسن نصرالله، فيما يتوجه الوزير الإيراني "
     "من الرياض إلى الدوحة ثم مسقط.",
     [("MET_WITH", MBS, ARAGHCHI, "وزير الخارجية الإيراني عباس عراقجي، بحضور", "2024-10-09"),
      ("MET_WITH", FAISAL, MBS, "بحضور وزير الخارجية الأمير", "2024-10-09"),
      ("MET_WITH", FAISAL, ARAGHCHI, "الأمير فيصل بن فرحان.", "2024-10-09"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس عراقجي"),
      ("MET_WITH", ABDOLLAHIAN, MBS, "والتقى ولي العهد في جدة", "2023-08-18"),
      ],
     {"source": ASHARQ, "published": "2024-10-10"}),

    ("enQP6_araghchi_baghdad_shafaq", "en",
     "Iranian FM Araghchi in Baghdad: Iraq must not be dragged into the war\n"
     "Shafaq News/ Iraqi Prime Minister Mohammed Shia Al-Sudani received on Sunday Iranian Foreign Minister "
     "Abbas Araghchi and his accompanying delegation in Baghdad, in the presence of Deputy Prime Minister and "
     "Foreign Minister Fuad Hussein.\n"
     "According to a statement from Al-Sudani's media office, the meeting discussed \"the need to prevent the "
     "expansion of the war\" and the protection of Iraq's airspace.\n"
     "Araghchi later held a joint meeting with leaders of the Coordination Framework, the Shiite alliance that "
     "backs the government, among them Badr Organization chief Hadi Al-Amiri and former premier Nouri "
     "Al-Maliki.\n"
     "A source told Shafaq News that the Iranian minister had also been scheduled to meet President Abdul Latif "
     "Rashid, but the meeting was dropped for lack of time.\n"
     "The commander of the IRGC's Quds Force, Esmail Ghaani, whose fate was the subject of speculation after "
     "the Beirut strike that killed Hashem Safieddine, did not accompany the minister, the source added.\n"
     "Iraqi armed factions have claimed dozens of drone attacks on Israel since last year.",
     [("MET_WITH", SUDANI, ARAGHCHI, "received on Sunday Iranian Foreign Minister", "2024-10-13"),
      ("LEADS", SUDANI, IRAQ, "Iraqi Prime Minister Mohammed Shia Al-Sudani"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister"),
      ("MET_WITH", FUAD, SUDANI, "in the presence of Deputy Prime Minister", "2024-10-13"),
      ("MET_WITH", FUAD, ARAGHCHI, "Foreign Minister Fuad Hussein", "2024-10-13"),
      ("LEADS", FUAD, IQFM, "Deputy Prime Minister and"),
      ] + met_group({ARAGHCHI: "Araghchi later held a joint meeting", AMIRI: "Badr Organization chief Hadi",
                     MALIKI: "former premier Nouri"}, "2024-10-13") + [
      ("LEADS", AMIRI, BADR, "Organization chief Hadi Al-Amiri"),
      ("MEMBER_OF", AMIRI, CF, "leaders of the Coordination Framework"),
      ("MEMBER_OF", MALIKI, CF, "Al-Maliki."),
      ("LEADS", QAANI, QUDS, "The commander of the IRGC's Quds Force"),
      ],
     {"source": SHAFAQ, "published": "2024-10-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQP")
