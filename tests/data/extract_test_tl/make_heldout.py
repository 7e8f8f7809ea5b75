"""Blind set TL: Iran and its neighbours 2023-2024 (second folder of TK-TL): Masoud Pezeshkian elected to succeed
Ebrahim Raisi and Abbas Araghchi confirmed as foreign minister (July-August 2024), Pezeshkian's first foreign
trip to Baghdad (September 2024), Araghchi received by Crown Prince Mohammed bin Salman in Riyadh (October
2024), Araghchi in Beirut after the killing of Hassan Nasrallah and then in Damascus (October 2024),
Pezeshkian in Doha at the Asia Cooperation Dialogue (October 2024), and the exchange of ambassadors with
Amir-Abdollahian's stop in Muscat (2023), as Iran's English-language daily writes it (Tehran Times-like:
"TEHRAN –"), Iraq's state agency in Arabic (INA-like: "بغداد - واع"), a Saudi English daily (Arab News-like:
"RIYADH:"), an Iranian agency in Arabic (Tasnim-like: "وكالة تسنيم الدولية للأنباء"), a French wire in English
(AFP-like: "DOHA (AFP) -") and a Saudi-owned Arabic TV channel's website (Al Arabiya-like: "العربية.نت").
Pieces: Pezeshkian sworn in to succeed Raisi; Araghchi takes over from Bagheri Kani and is received by
Khamenei with the cabinet; Jalili defeated (English, TL1); Pezeshkian received by al-Sudani in Baghdad and
meets President Rashid; Araghchi meets Fuad Hussein (Arabic, TL2); Araghchi received by the Crown Prince,
meets Faisal bin Farhan; they had met in New York (English, TL3); Araghchi in Beirut meets Berri and then
Mikati; Nasrallah killed by Israel; Araghchi met Assad in Damascus (Arabic, TL4); Pezeshkian meets Emir Tamim
and the Qatari prime minister in Doha (English, TL5); the Saudi ambassador presents his credentials to Raisi;
Enayati in Riyadh; Amir-Abdollahian received by Sultan Haitham in Muscat with Albusaidi present (Arabic, TL6).
Excluded on purpose (no relation): Jalili who "did not meet" Pezeshkian, the calls of congratulation (TL1); the
planned Erbil leg and meeting with Nechirvan Barzani (TL2); a possible visit of the Crown Prince to Tehran,
"not ruled out" (TL3); the meeting with Hezbollah's leadership that Tasnim "could not confirm", the death of
Hashem Safieddine, not confirmed (TL4); the phone call between Araghchi and Albusaidi, the US accusations
(TL5); Raisi's expected visit to Riyadh (TL6).
Judgement calls: "sworn in ... succeeding the late Ebrahim Raisi" is a succession; "took over the ministry
from acting foreign minister Ali Bagheri Kani" is a succession (TL1); "received President Pezeshkian together
with the members of his cabinet, including the new foreign minister": a meeting of the three (Khamenei,
Pezeshkian, Araghchi) (TL1); "كان في
استقباله" at the airport is a meeting (TL2); "استقبل ... بحضور" the minister: paired with both principals
(TL6); "قدّم أوراق اعتماده" to the president in person is a meeting (TL6); "اغتالته إسرائيل" gives
Nasrallah ASSASSINATED_BY Israel (TL4).
Filled in for the exercise: the wording of the handover, the reception by Khamenei (TL1); the wording of the
statements (TL2); the length of the talks, the earlier New York meeting (TL3); the order of the meetings in
Beirut (TL4); the wording of the Qatari agency (TL5); the date of the Muscat stop, Albusaidi's presence (TL6).
Spellings: "Masoud Pezeshkian", "Seyed Abbas Araghchi", "Saeed Jalili" (TL1); «مسعود بزشكيان»، «محمد شياع
السوداني»، «عبد اللطيف جمال رشيد» (TL2); "Abbas Araqchi", "HRH Crown Prince Mohammed bin Salman" (TL3);
«عباس عراقجي»، «نبيه بري»، «نجيب ميقاتي» (TL4); "Masoud Pezeshkian", "Sheikh Tamim bin Hamad Al Thani"
(TL5); «عبدالله بن سعود العنزي»، «علي رضا عنايتي»، «السلطان هيثم بن طارق»، «بدر بن حمد البوسعيدي» (TL6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_tl import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SAUDI, IRAQ, QATAR, OMAN, LEBANON, ISRAEL, SYRIA = (
    "country:iran", "country:saudi-arabia", "country:iraq", "country:qatar", "country:oman", "country:lebanon",
    "country:israel", "country:syria")
BAGHDAD, RIYADH, BEIRUT, DAMASCUS, MUSCAT, TEHRAN = (
    "location:baghdad", "location:riyadh", "location:beirut", "location:damascus", "location:muscat",
    "location:tehran")
HEZBOLLAH = "organization:hezbollah"
KHAMENEI, RAISI, PEZESHKIAN, ARAGHCHI, BAGHERI, ABDOLLAHIAN, JALILI, ENAYATI = (
    "person:ali-khamenei", "person:ebrahim-raisi", "person:masoud-pezeshkian", "person:abbas-araghchi",
    "person:ali-bagheri-kani", "person:hossein-amir-abdollahian", "person:saeed-jalili", "person:alireza-enayati")
MBS, FAISAL, ANAZI = "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:abdullah-al-anazi"
SUDANI, RASHID, FUAD, NECHIRVAN = (
    "person:mohammed-shia-al-sudani", "person:abdul-latif-rashid", "person:fuad-hussein", "person:nechirvan-barzani")
BERRI, MIKATI, NASRALLAH, ASSAD = (
    "person:nabih-berri", "person:najib-mikati", "person:hassan-nasrallah", "person:bashar-al-assad")
TAMIM, MBA, HAITHAM, BUSAIDI = (
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:haitham-bin-tariq",
    "person:badr-albusaidi")

TEHRANTIMES = "blind set (Iranian English-language daily, Tehran Times-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
ARABNEWS = "blind set (Saudi English-language daily, Arab News-like)"
TASNIM = "blind set (Iranian news agency, Arabic service, Tasnim-like)"
AFP = "blind set (French news wire, English, AFP-like)"
ARABIYA = "blind set (Saudi-owned Arabic TV channel's website, Al Arabiya-like)"

ARTICLES = [
    ("enTL1_pezeshkian_araghchi_tehrantimes", "en",
     "Pezeshkian sworn in, Araghchi takes helm at Foreign Ministry\n"
     "TEHRAN – Masoud Pezeshkian was sworn in as Iran's ninth president before the Majlis on Tuesday, "
     "succeeding the late Ebrahim Raisi, who was killed along with seven others in a helicopter crash in "
     "East Azarbaijan province in May.\n"
     "Pezeshkian, a heart surgeon and former health minister, won the July 5 runoff with some 16.3 million "
     "votes against Saeed Jalili, the former nuclear negotiator. Jalili, who conceded defeat, has not met the "
     "president-elect since the vote, his office said, though he congratulated him in a written message.\n"
     "On Wednesday, lawmakers approved all nineteen ministers proposed by the president. Seyed Abbas Araghchi "
     "took over the Foreign Ministry from acting foreign minister Ali Bagheri Kani, who had run the ministry "
     "since the death of Hossein Amir-Abdollahian, at a handover ceremony in Tehran.\n"
     "The following day, the Leader of the Islamic Revolution, Ayatollah Seyed Ali Khamenei, received President "
     "Pezeshkian together with the members of his cabinet, including the new foreign minister.\n"
     "Araghchi has since received congratulatory phone calls from his Omani, Qatari and Iraqi counterparts.",
     [("SUCCESSOR_OF", PEZESHKIAN, RAISI, "succeeding the late Ebrahim Raisi", "2024-07-30"),
      ("LEADS", PEZESHKIAN, IRAN, "sworn in as Iran's ninth president"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERI, "took over the Foreign Ministry from acting", "2024-08-21"),
      ("MET_WITH", KHAMENEI, PEZESHKIAN, "received President", "2024-08-22"),
      ("MET_WITH", KHAMENEI, ARAGHCHI, "including the new foreign minister", "2024-08-22"),
      ("MET_WITH", PEZESHKIAN, ARAGHCHI, "together with the members of his cabinet", "2024-08-22"),
      ("LEADS", KHAMENEI, IRAN, "the Leader of the Islamic Revolution, Ayatollah"),
      ],
     {"source": TEHRANTIMES, "published": "2024-08-22"}),

    ("arTL2_pezeshkian_baghdad_ina", "ar",
     "السوداني يستقبل الرئيس الإيراني في أول زيارة خارجية له\n"
     "بغداد - واع\n"
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأربعاء، رئيس الجمهورية الإسلامية الإيرانية مسعود "
     "بزشكيان والوفد المرافق له، في القصر الحكومي ببغداد، وذلك في أول زيارة خارجية يقوم بها منذ توليه "
     "منصبه.\n"
     "وكان في استقبال الرئيس الإيراني لدى وصوله إلى مطار بغداد الدولي، وزير الخارجية فؤاد حسين.\n"
     "وذكر بيان للمكتب الإعلامي لرئيس الوزراء أن الجانبين بحثا ملفات المياه والطاقة وأمن الحدود، وشهدا "
     "توقيع 14 مذكرة تفاهم بين البلدين.\n"
     "كما التقى بزشكيان رئيس الجمهورية عبد اللطيف جمال رشيد في قصر بغداد، فيما عقد وزير الخارجية الإيراني "
     "عباس عراقجي جلسة مباحثات مع نظيره فؤاد حسين تناولت تنفيذ الاتفاق الأمني.\n"
     "ومن المقرر أن يتوجه الرئيس الإيراني غداً إلى أربيل للقاء رئيس إقليم كردستان نيجيرفان بارزاني، ثم إلى "
     "البصرة.",
     [("MET_WITH", SUDANI, PEZESHKIAN, "الإسلامية الإيرانية مسعود", "2024-09-11"),
      ("LEADS", SUDANI, IRAQ, "رئيس مجلس الوزراء محمد شياع"),
      ("LEADS", PEZESHKIAN, IRAN, "رئيس الجمهورية الإسلامية الإيرانية"),
      ("VISITED", PEZESHKIAN, BAGHDAD, "في القصر الحكومي ببغداد"),
      ("MET_WITH", FUAD, PEZESHKIAN, "وزير الخارجية فؤاد حسين.", "2024-09-11"),
      ("MET_WITH", PEZESHKIAN, RASHID, "كما التقى بزشكيان رئيس", "2024-09-11"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية عبد اللطيف"),
      ("MET_WITH", ARAGHCHI, FUAD, "مع نظيره فؤاد حسين", "2024-09-11"),
      ],
     {"source": INA, "published": "2024-09-11"}),

    ("enTL3_araghchi_crown_prince_arabnews", "en",
     "Crown Prince receives Iranian foreign minister in Riyadh\n"
     "RIYADH: Crown Prince Mohammed bin Salman, the Saudi prime minister, received Iran's Foreign Minister "
     "Abbas Araqchi in Riyadh on Wednesday, the Saudi Press Agency reported.\n"
     "During the meeting, they reviewed relations between the two countries and discussed the latest "
     "developments in the region, as well as efforts made towards them. Prince Faisal bin Farhan, the foreign "
     "minister, attended the meeting.\n"
     "Araqchi later held separate talks with Prince Faisal, which lasted about two hours, according to Iranian "
     "state media. The two ministers had already met on the sidelines of the UN General Assembly in New York "
     "last month.\n"
     "The visit came days after Iran fired around 200 missiles at Israel, and amid fears of an Israeli "
     "retaliation. Araqchi is touring the region and is expected in Doha next.\n"
     "An Iranian official said a visit by the crown prince to Tehran \"was not ruled out\" in the coming "
     "months, but Saudi officials gave no indication of such a plan.",
     [("MET_WITH", MBS, ARAGHCHI, "received Iran's Foreign Minister", "2024-10-09"),
      ("VISITED", ARAGHCHI, RIYADH, "Abbas Araqchi in Riyadh on Wednesday"),
      ("LEADS", MBS, SAUDI, "the Saudi prime minister, received"),
      ("MET_WITH", FAISAL, MBS, "attended the meeting", "2024-10-09"),
      ("MET_WITH", ARAGHCHI, FAISAL, "held separate talks with Prince Faisal", "2024-10-09"),
      ],
     {"source": ARABNEWS, "published": "2024-10-10"}),

    ("arTL4_araghchi_beirut_tasnim", "ar",
     "عراقجي في بيروت: نقف إلى جانب لبنان ومقاومته\n"
     "وكالة تسنيم الدولية للأنباء - وصل وزير الخارجية الإيراني السيد عباس عراقجي، مساء الجمعة، إلى بيروت "
     "على متن طائرة إيرانية، في أول زيارة لمسؤول إيراني رفيع إلى لبنان منذ استشهاد الأمين العام لحزب الله "
     "السيد حسن نصر الله، الذي اغتالته إسرائيل بغارة على الضاحية الجنوبية قبل أسبوع.\n"
     "والتقى عراقجي رئيس مجلس النواب نبيه بري في عين التينة، ثم انتقل إلى السراي الحكومي حيث اجتمع برئيس "
     "حكومة تصريف الأعمال نجيب ميقاتي، وبحث معهما العدوان الإسرائيلي على لبنان.\n"
     "ولم تتمكن تسنيم من التأكد مما إذا كان الوزير سيلتقي قيادة حزب الله خلال الزيارة، فيما لا يزال مصير "
     "رئيس المجلس التنفيذي للحزب مجهولاً بعد غارة إسرائيلية.\n"
     "ومن بيروت انتقل عراقجي برّاً إلى دمشق، حيث استقبله الرئيس السوري بشار الأسد، وجرى بحث تطورات المنطقة.",
     [("VISITED", ARAGHCHI, BEIRUT, "مساء الجمعة، إلى بيروت"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "الذي اغتالته إسرائيل", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZBOLLAH, "الأمين العام لحزب الله"),
      ("MET_WITH", ARAGHCHI, BERRI, "والتقى عراقجي رئيس مجلس النواب", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, MIKATI, "حيث اجتمع برئيس", "2024-10-04"),
      ("LEADS", MIKATI, LEBANON, "حكومة تصريف الأعمال نجيب"),
      ("VISITED", ARAGHCHI, DAMASCUS, "انتقل عراقجي برّاً إلى دمشق"),
      ("MET_WITH", ARAGHCHI, ASSAD, "حيث استقبله الرئيس السوري", "2024-10-05"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار"),
      ],
     {"source": TASNIM, "published": "2024-10-05"}),
]

ARTICLES += [
    ("enTL5_pezeshkian_doha_afp", "en",
     "Iran president in Qatar, says Tehran does not seek war\n"
     "DOHA (AFP) - Iranian President Masoud Pezeshkian held talks with Qatar's ruler Sheikh Tamim bin Hamad Al "
     "Thani in Doha on Wednesday, a day after Iran launched a barrage of missiles at Israel.\n"
     "Pezeshkian, on his first visit to the Gulf emirate since taking office in July, was also due to attend a "
     "summit of the Asia Cooperation Dialogue. \"We are not seeking war,\" he told reporters.\n"
     "The emir and the Iranian president discussed \"the dangerous escalation in the region\", the Qatari news "
     "agency said. Pezeshkian also met Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin "
     "Abdulrahman Al Thani, the agency added.\n"
     "Foreign Minister Abbas Araghchi, who accompanied the president, spoke by telephone with his Omani "
     "counterpart Badr Albusaidi about the situation in Lebanon.\n"
     "Washington has accused Tehran of arming Hezbollah and other groups, a charge Iran rejects.",
     [("MET_WITH", PEZESHKIAN, TAMIM, "held talks with Qatar's ruler", "2024-10-02"),
      ("LEADS", TAMIM, QATAR, "Qatar's ruler Sheikh Tamim"),
      ("LEADS", PEZESHKIAN, IRAN, "Iranian President Masoud Pezeshkian held"),
      ("MET_WITH", PEZESHKIAN, MBA, "Pezeshkian also met Qatari Prime Minister", "2024-10-02"),
      ("LEADS", MBA, QATAR, "Qatari Prime Minister and Foreign Minister"),
      ],
     {"source": AFP, "published": "2024-10-02"}),

    ("arTL6_ambassadors_muscat_arabiya", "ar",
     "السفير السعودي يقدّم أوراق اعتماده لرئيسي.. وعبداللهيان في مسقط\n"
     "العربية.نت\n"
     "قدّم سفير خادم الحرمين الشريفين لدى إيران عبدالله بن سعود العنزي، أوراق اعتماده إلى الرئيس الإيراني "
     "إبراهيم رئيسي، خلال مراسم أقيمت في طهران، الثلاثاء، ليصبح أول سفير سعودي في إيران منذ سبع سنوات.\n"
     "ونقلت وكالة الأنباء الإيرانية عن رئيسي قوله إن \"تطور العلاقات بين البلدين سيصب في مصلحة المنطقة\". "
     "وكان السفير الإيراني الجديد علي رضا عنايتي قد وصل إلى الرياض لتسلم مهامه قبل ذلك بيومين.\n"
     "من جهة أخرى، استقبل السلطان هيثم بن طارق في قصر البركة بمسقط وزيرَ الخارجية الإيراني حسين أمير "
     "عبداللهيان، بحضور وزير الخارجية العُماني السيد بدر بن حمد البوسعيدي، ونقل إليه عبداللهيان رسالة من "
     "رئيسي.\n"
     "وفي حين تحدثت وسائل إعلام إيرانية عن زيارة مرتقبة لرئيسي إلى الرياض، لم يصدر أي تأكيد رسمي سعودي "
     "بشأن موعدها.",
     [("MET_WITH", ANAZI, RAISI, "أوراق اعتماده إلى الرئيس الإيراني", "2023-09-05"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم رئيسي، خلال"),
      ("VISITED", ENAYATI, RIYADH, "قد وصل إلى الرياض"),
      ("MET_WITH", HAITHAM, ABDOLLAHIAN, "الخارجية الإيراني حسين أمير", "2023-09"),
      ("MET_WITH", HAITHAM, BUSAIDI, "بحضور وزير الخارجية العُماني", "2023-09"),
      ("MET_WITH", ABDOLLAHIAN, BUSAIDI, "السيد بدر بن حمد البوسعيدي", "2023-09"),
      ("VISITED", ABDOLLAHIAN, MUSCAT, "في قصر البركة بمسقط"),
      ("LEADS", HAITHAM, OMAN, "السلطان هيثم بن طارق"),
      ],
     {"source": ARABIYA, "published": "2023-09-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTL")
