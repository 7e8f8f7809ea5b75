"""Blind set LC: Syria's transition in 2024-2025 (the UN envoy and the Turkish intelligence chief in the first
days, the Saudi investment delegation, al-Sharaa and Mazloum Abdi under US sponsorship, Washington's
turn in May 2025, the transitional cabinet and whom its ministers replaced) and US and Iraqi strikes on
Islamic State leaders, as a Lebanese Arabic daily writes it (Annahar-like: "دمشق - «النهار»", «» around
group names, "وفق ما أفادت مصادر"), as a Syrian state agency writes it in its post-2024 Arabic style
(SANA-like: "دمشق-سانا", "الرئيس أحمد الشرع"), as an international wire writes it in English (Reuters-like)
and as a Washington think-tank brief writes it (analysis with a "who replaced whom" list).
Pieces: al-Sharaa receives Abdi with Barrack and Cooper, Abu Qasra meets Abdi and Rohilat Afrin, Cooper
after Kurilla (Arabic, Lebanese daily); Trump meets al-Sharaa in Riyadh with the crown prince and Rubio,
Rubio and al-Shaibani hosted by Fidan in Antalya, Barrack and al-Sharaa in Istanbul, two congressmen in
Damascus, the March agreement signed by al-Sharaa and Abdi (English, think tank); al-Sharaa receives
al-Falih's delegation with the Saudi ambassador, Abunayyan and al-Shaar, al-Hilali and al-Falih sign
(Arabic, state agency); a US raid in al-Bab kills al-Hardani, Abu Khadija killed by Iraqi forces and the
coalition, Abu Yusuf killed by a US strike, al-Agal by a US drone, Abu Hafs after Abu al-Hussein
(English, wire); Pedersen and Rochdi meet al-Sharaa and, separately, al-Bashir, who replaced al-Jalali, Kalin met al-Sharaa days
earlier (Arabic, Lebanese daily); the transitional cabinet: al-Bashir after al-Jalali, Khattab after
Abdul Rahman, al-Salameh after Khattab, Barnieh after Abazeid, al-Shaar after Abdul Hannan, al-Mustafa
after al-Omar, Husrieh after Sabrine (English, think tank).
Excluded on purpose (no relation): the two killed in the Aleppo clashes, with no side named, and the
meeting with al-Shaibani that Ilham Ahmed said was "postponed" (LC1); Erdogan, who "joined by phone"
(LC2); al-Sharaa's phone call with the Saudi crown prince (LC3); the Syrian ministry's denial that its
forces took part in the raid, and the women and children "unharmed" (LC4); the SDF, whom Pedersen "did
not meet" (LC5); the swearing-in is not described, so the cabinet's ministers are not paired (LC6).
Judgement calls: those "in the presence of" someone and a visitor's companions are paired with every
participant; a meeting "hosted by" a third minister pairs the host with both guests (LC2); an agreement
"signed" by two men in Damascus is a meeting (LC2), and so is a signing of agreements by two officials
(LC3); "killed in a strike carried out by Iraqi forces and the U.S.-led coalition" gives both agents,
and "Sudani said" / "CENTCOM said" are claimed killings by the killer's side (LC4); "named after the death
of his predecessor" is a succession (LC4); a caretaker who "took over from" the last prime minister and
ministers named "in place of" / "replacing" caretaker ministers are successions (LC5, LC6); the earlier
meeting of Cooper and al-Sharaa in LC1 repeats a pair already stored. `person:michael-kurilla` is used
for the CENTCOM commander (the tables also hold `person:erik-kurilla`). Filled in for the exercise:
Rohilat Afrin's presence and the postponed meeting (LC1), Mills's and Stutzman's reception by al-Sharaa
in one meeting (LC2), al-Mujfel's and Abunayyan's presence (LC3), the Syrian ministry's remark (LC4),
Rochdi's presence (LC5) and some days.
Spellings: "مظلوم كوباني" for Abdi, "توم باراك", "مرهف ابو قصرة" without hamza (LC1); "Ahmed al-Shara",
"Asaad al-Shaybani", "Mohammad bin Salman" (LC2); "خالد بن عبد العزيز الفالح", "نضال الشعار" without
Mohammed (LC3); "Dhiya Zawba al-Hardani", "Abdallah Makki al-Rifai", "Abu Mohammed
al-Golani" (LC4); "غير بيدرسون", "أبي محمد الجولاني", "إبراهيم كالن", "محمد غازي
جلالي" without al- (LC5); "Mohammad al-Bashir", "Hussein al-Salama", "Mohammed Yusr Barnieh", "Abdelkader
Husrieh", "Maysaa Sabreen" (LC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lc import ALL  # noqa: E402

HERE = Path(__file__).parent

US, USAF, ISF, COALITION, IS, SDF, YPJ, CENTCOM, AANES, USHOUSE, UN = (
    "country:united-states", "organization:us-armed-forces", "organization:iraqi-security-forces",
    "organization:international-coalition", "organization:islamic-state", "organization:syrian-democratic-forces",
    "organization:ypj", "organization:us-central-command", "organization:autonomous-administration-nes",
    "organization:us-house-of-representatives", "organization:united-nations")
SYFM, SYDEF, SYINT, SYGI, SYECON, SYFIN, SYINFO, SYCB, SYENERGY, SYINVEST, SAINVEST, SSBC, TRMIT, HTS = (
    "organization:syrian-foreign-ministry", "organization:syrian-defence-ministry", "organization:syrian-interior-ministry",
    "organization:syrian-general-intelligence", "organization:syrian-economy-ministry",
    "organization:syrian-finance-ministry", "organization:syrian-information-ministry",
    "organization:central-bank-of-syria", "organization:syrian-energy-ministry",
    "organization:syrian-investment-authority", "organization:saudi-investment-ministry",
    "organization:saudi-syrian-business-council", "organization:turkish-national-intelligence-organization",
    "organization:hayat-tahrir-al-sham")
DAMASCUS, PALACE, RIYADH, ANTALYA, ISTANBUL, ALBAB, ANBAR, DEIRZOR, SHEIKHMAQSOUD = (
    "location:damascus", "location:peoples-palace", "location:riyadh", "location:antalya", "location:istanbul",
    "location:al-bab", "location:anbar", "location:deir-ez-zor-province", "location:sheikh-maqsoud")
SHARAA, ABDI, BARRACK, COOPER, KURILLA, ABUQASRA, ILHAM, SHAIBANI = (
    "person:ahmed-al-sharaa", "person:mazloum-abdi", "person:tom-barrack", "person:brad-cooper",
    "person:michael-kurilla", "person:murhaf-abu-qasra", "person:ilham-ahmed", "person:asaad-al-shaibani")
TRUMP, MBS, RUBIO, ERDOGAN, FIDAN = ("person:donald-trump", "person:mohammed-bin-salman", "person:marco-rubio",
                                     "person:recep-tayyip-erdogan", "person:hakan-fidan")
FALIH, MUJFEL, SHAAR, HILALI = ("person:khalid-al-falih", "person:faisal-al-mujfel", "person:mohammed-nidal-al-shaar",
                                "person:talal-al-hilali")
HARDANI, ABUKHADIJA, SUDANI, ABUHAFS, ABUHUSSEIN, BABA, AGAL = (
    "person:dhiya-al-hardani", "person:abdullah-makki-al-rifai", "person:mohammed-shia-al-sudani",
    "person:abu-hafs-al-hashimi-al-qurashi", "person:abu-al-hussein-al-husseini-al-qurashi",
    "person:noureddine-al-baba", "person:maher-al-agal")
PEDERSEN, BASHIR, JALALI, KALIN = ("person:geir-pedersen", "person:mohammed-al-bashir",
                                   "person:mohammed-ghazi-al-jalali", "person:ibrahim-kalin")
KHATTAB, ABDULRAHMAN, SALAMEH, BARNIEH, ABAZEID, MUSTAFA, OMAR, HUSRIEH, SABRINE = (
    "person:anas-khattab", "person:mohammed-abdul-rahman", "person:hussein-al-salameh",
    "person:mohammed-yosr-barnieh", "person:mohammed-abazeid", "person:hamza-al-mustafa",
    "person:mohammed-al-omar", "person:abdulkader-husrieh", "person:maysaa-sabrine")
# new to the tables
AFRIN, MILLS, STUTZMAN, HANNAN, ROCHDI, ABUNAYYAN, ABUYUSUF = (
    "person:rohilat-afrin", "person:cory-mills", "person:marlin-stutzman", "person:basel-abdul-hannan",
    "person:najat-rochdi", "person:mohammed-abunayyan", "person:abu-yusuf-islamic-state")

SANA, DAILY, WIRE, BRIEF = ("blind set (Syrian state agency, Arabic)", "blind set (Lebanese daily, Arabic)",
                            "blind set (international wire, English)", "blind set (Washington think tank, English)")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_ABDI = {SHARAA: "استقبل الرئيس السوري أحمد الشرع", ABDI: "مظلوم كوباني", BARRACK: "المبعوث الأميركي إلى سوريا توم باراك",
         COOPER: "الأدميرال براد كوبر"}
_RIYADH = {TRUMP: "President Trump met Syrian President", SHARAA: "Ahmed al-Shara in Riyadh",
           MBS: "in the presence of Saudi Crown Prince", RUBIO: "Marco Rubio also attended"}
_ANTALYA = {RUBIO: "Rubio sat down with", SHAIBANI: "Foreign Minister Asaad al-Shaybani",
            FIDAN: "hosted by Turkish Foreign Minister Hakan Fidan"}
_ISTANBUL = {BARRACK: "he met al-Shara in Istanbul", SHARAA: "he met al-Shara in Istanbul",
             SHAIBANI: "with al-Shaybani also present"}
_HILL = {MILLS: "Cory Mills of Florida", STUTZMAN: "Marlin Stutzman of Indiana",
         SHARAA: "were received together by al-Shara"}
_FALIH = {SHARAA: "استقبل الرئيس أحمد الشرع", FALIH: "خالد بن عبد العزيز الفالح",
          MUJFEL: "بحضور السفير السعودي في دمشق فيصل المجفل", ABUNAYYAN: "محمد أبونيان",
          SHAAR: "ووزير الاقتصاد والصناعة نضال الشعار"}
_UN = {PEDERSEN: "التقى المبعوث الأممي الخاص إلى سوريا غير بيدرسون", SHARAA: "أحمد الشرع المعروف",
       ROCHDI: "ترافقه نائبته نجاة رشدي"}

ARTICLES = [
    ("arLC1_sharaa_abdi_barrack_cooper", "ar",
     "لقاء الشرع - عبدي في دمشق برعاية أميركية... ووقف لإطلاق النار في حلب\n"
     "دمشق - «النهار»\n"
     "استقبل الرئيس السوري أحمد الشرع، أمس، قائد «قوات سوريا الديموقراطية» (قسد) مظلوم كوباني في قصر الشعب، "
     "في حضور المبعوث الأميركي إلى سوريا توم باراك وقائد القيادة المركزية الأميركية الأدميرال براد كوبر، وفق "
     "ما أفادت مصادر مطّلعة «النهار».\n"
     "وجاء اللقاء بعد اشتباكات في حيّي الشيخ مقصود والأشرفية في حلب، قُتل فيها عنصر من الأمن الداخلي ومدني، "
     "من دون أن يُحدَّد مصدر النيران.\n"
     "وفي اجتماع لاحق، التقى وزير الدفاع مرهف ابو قصرة الضيفَ الكردي، ترافقه القائدة العامة لـ«وحدات حماية "
     "المرأة» روهلات عفرين، وأعلن الوزير بعده «وقفاً شاملاً لإطلاق النار» على جميع المحاور.\n"
     "أما كوبر، الذي تسلّم قيادة «سنتكوم» في آب الماضي خلفاً للجنرال مايكل إريك كوريلا، فكان قد زار دمشق "
     "الشهر الماضي والتقى الشرع برفقة باراك.\n"
     "وكانت الرئيسة المشتركة لدائرة العلاقات الخارجية في «الإدارة الذاتية» إلهام أحمد قد أعلنت أن اجتماعاً "
     "مقرراً مع وزير الخارجية أسعد الشيباني أُرجئ.\n"
     "ويُفترض أن يطبّق الطرفان اتفاق العاشر من آذار، القاضي بدمج مؤسسات «قسد» المدنية والعسكرية في الدولة.",
     _group(_ABDI, "2025-10-07") + [
      ("VISITED", ABDI, DAMASCUS, "عبدي في دمشق برعاية", "2025-10-07"),
      ("VISITED", ABDI, PALACE, "مظلوم كوباني في قصر الشعب", "2025-10-07"),
      ("LEADS", ABDI, SDF, "قائد «قوات سوريا الديموقراطية» (قسد)"),
      ("LEADS", COOPER, CENTCOM, "وقائد القيادة المركزية الأميركية"),
      ("MET_WITH", ABUQASRA, ABDI, "الضيفَ الكردي", "2025-10-07"),
      ("MET_WITH", ABUQASRA, AFRIN, "روهلات عفرين", "2025-10-07"),
      ("MET_WITH", ABDI, AFRIN, "ترافقه القائدة العامة", "2025-10-07"),
      ("LEADS", AFRIN, YPJ, "ترافقه القائدة العامة"),
      ("LEADS", ABUQASRA, SYDEF, "وفي اجتماع لاحق، التقى وزير الدفاع"),
      ("SUCCESSOR_OF", COOPER, KURILLA, "خلفاً للجنرال مايكل إريك كوريلا", "2025-08"),
      ("MEMBER_OF", ILHAM, AANES, "في «الإدارة الذاتية» إلهام أحمد"),
      ],
     {"source": DAILY, "published": "2025-10-08"}),

    ("enLC2_washington_syria_reset", "en",
     "Policy Analysis: Washington's Syria Reset in Three Weeks\n"
     "In the space of three weeks in May, the Trump administration went from keeping Syria's new rulers at "
     "arm's length to embracing them. On May 14, President Trump met Syrian President Ahmed al-Shara in Riyadh, "
     "in the presence of Saudi Crown Prince Mohammad bin Salman; Secretary of State Marco Rubio also attended, "
     "while Turkish President Recep Tayyip Erdogan joined by phone.\n"
     "The next day Rubio sat down with Foreign Minister Asaad al-Shaybani on the sidelines of a NATO meeting in "
     "Antalya, in talks hosted by Turkish Foreign Minister Hakan Fidan.\n"
     "On May 23 Tom Barrack, the U.S. ambassador to Turkey, was named special envoy for Syria. The next day he "
     "met al-Shara in Istanbul, with al-Shaybani also present, and on May 29 he raised the flag over the "
     "ambassador's residence in Damascus.\n"
     "Congress had moved first. In April, Republican Representatives Cory Mills of Florida and Marlin Stutzman "
     "of Indiana, the first U.S. lawmakers in Damascus since Assad's fall, were received together by al-Shara.\n"
     "Washington's bet now rests on the SDF commander, Mazloum Abdi, and the integration agreement he and al-Shara "
     "signed in Damascus on March 10, most of which remains unimplemented.",
     _group(_RIYADH, "2025-05-14") + _group(_ANTALYA, "2025-05-15") + _group(_ISTANBUL, "2025-05-24")
     + _group(_HILL, "2025-04-18") + [
      ("VISITED", TRUMP, RIYADH, "Ahmed al-Shara in Riyadh", "2025-05-14"),
      ("VISITED", SHARAA, RIYADH, "Ahmed al-Shara in Riyadh", "2025-05-14"),
      ("VISITED", RUBIO, ANTALYA, "NATO meeting in Antalya", "2025-05-15"),
      ("VISITED", SHAIBANI, ANTALYA, "NATO meeting in Antalya", "2025-05-15"),
      ("VISITED", BARRACK, ISTANBUL, "he met al-Shara in Istanbul", "2025-05-24"),
      ("VISITED", SHARAA, ISTANBUL, "he met al-Shara in Istanbul", "2025-05-24"),
      ("VISITED", BARRACK, DAMASCUS, "ambassador's residence in Damascus", "2025-05-29"),
      ("VISITED", MILLS, DAMASCUS, "the first U.S. lawmakers in Damascus", "2025-04-18"),
      ("VISITED", STUTZMAN, DAMASCUS, "the first U.S. lawmakers in Damascus", "2025-04-18"),
      ("MEMBER_OF", MILLS, USHOUSE, "Republican Representatives Cory Mills"),
      ("MEMBER_OF", STUTZMAN, USHOUSE, "Marlin Stutzman of Indiana"),
      ("LEADS", ABDI, SDF, "the SDF commander, Mazloum Abdi"),
      ("MET_WITH", ABDI, SHARAA, "signed in Damascus on March 10", "2025-03-10"),
      ],
     {"source": BRIEF, "published": "2025-05-30"}),

    ("arLC3_sharaa_falih_investment", "ar",
     "الرئيس الشرع يستقبل وزير الاستثمار السعودي والوفد المرافق\n"
     "دمشق-سانا\n"
     "استقبل الرئيس أحمد الشرع اليوم في قصر الشعب بدمشق وزير الاستثمار في المملكة العربية السعودية المهندس خالد "
     "بن عبد العزيز الفالح، والوفد الاقتصادي المرافق الذي يضم رئيس مجلس الأعمال السوري السعودي محمد أبونيان، "
     "بحضور السفير السعودي في دمشق فيصل المجفل، ووزير الاقتصاد والصناعة نضال الشعار.\n"
     "وجرى خلال اللقاء بحث آفاق الاستثمار في قطاعات الطاقة والعقارات والبنى التحتية.\n"
     "وفي وقت لاحق، وقّع رئيس هيئة الاستثمار السورية طلال الهلالي والوزير الفالح على هامش منتدى الاستثمار "
     "السوري السعودي 47 اتفاقية ومذكرة تفاهم بقيمة نحو 24 مليار ريال.\n"
     "وأكد الفالح أن المملكة ستقف إلى جانب سوريا في مرحلة التعافي.\n"
     "وكان الرئيس الشرع قد أجرى الأسبوع الماضي اتصالاً هاتفياً بولي العهد السعودي الأمير محمد بن سلمان، شكره "
     "خلاله على دعم المملكة لرفع العقوبات.",
     _group(_FALIH, "2025-07-24") + [
      ("VISITED", FALIH, DAMASCUS, "اليوم في قصر الشعب بدمشق", "2025-07-24"),
      ("VISITED", FALIH, PALACE, "اليوم في قصر الشعب بدمشق", "2025-07-24"),
      ("LEADS", FALIH, SAINVEST, "وزير الاستثمار في المملكة العربية السعودية"),
      ("LEADS", ABUNAYYAN, SSBC, "رئيس مجلس الأعمال السوري السعودي"),
      ("LEADS", SHAAR, SYECON, "ووزير الاقتصاد والصناعة نضال الشعار"),
      ("MET_WITH", HILALI, FALIH, "والوزير الفالح على هامش", "2025-07-24"),
      ("LEADS", HILALI, SYINVEST, "رئيس هيئة الاستثمار السورية طلال الهلالي"),
      ],
     {"source": SANA, "published": "2025-07-24"}),

    ("enLC4_us_raid_al_bab_hardani", "en",
     "U.S. raid in northern Syria kills senior Islamic State leader, military says\n"
     "WASHINGTON, July 25 (Reuters) - U.S. forces killed a senior Islamic State leader, Dhiya Zawba al-Hardani, "
     "and his two adult sons in a raid on a house in al-Bab in northern Syria early on Friday, U.S. Central "
     "Command said. Three women and three children at the house were unharmed, it said.\n"
     "A spokesman for Syria's interior ministry, Noureddine al-Baba, said government forces had not taken part.\n"
     "In March, Iraqi Prime Minister Mohammed Shia al-Sudani said Abdallah Makki al-Rifai, known as Abu Khadija, "
     "whom he called one of the most dangerous terrorists in the world, was killed in a strike carried out by "
     "Iraqi forces and the U.S.-led coalition in Anbar province. In December, a U.S. air strike in Deir ez-Zor "
     "province killed an IS leader known as Abu Yusuf, CENTCOM said. In July 2022, Maher al-Agal, then "
     "the group's leader in Syria, was killed by a U.S. drone near Jindires.\n"
     "The group's leader, Abu Hafs al-Hashimi al-Qurashi, was named in August 2023 after the death of his "
     "predecessor, Abu al-Hussein al-Husseini al-Qurashi. Little is known about him.\n"
     "Syrian President Ahmed al-Sharaa, who led al-Qaeda's Syrian branch as Abu Mohammed al-Golani before "
     "breaking with the network, has pledged to fight Islamic State.",
     [("ASSASSINATED_BY", HARDANI, USAF, "U.S. forces killed a senior Islamic State leader", "2025-07-25"),
      ("MEMBER_OF", HARDANI, IS, "U.S. forces killed a senior Islamic State leader"),
      ("ATTACKED", USAF, ALBAB, "in a raid on a house in al-Bab", "2025-07-25"),
      ("MEMBER_OF", BABA, SYINT, "A spokesman for Syria's interior ministry"),
      ("ASSASSINATED_BY", ABUKHADIJA, ISF, "was killed in a strike carried out by", "2025-03-13"),
      ("ASSASSINATED_BY", ABUKHADIJA, COALITION, "Iraqi forces and the U.S.-led coalition", "2025-03-13"),
      ("ASSASSINATED_BY", ABUYUSUF, US, "a U.S. air strike in Deir ez-Zor", "2024-12-19"),
      ("MEMBER_OF", ABUYUSUF, IS, "killed an IS leader known as Abu Yusuf"),
      ("ATTACKED", US, DEIRZOR, "a U.S. air strike in Deir ez-Zor", "2024-12-19"),
      ("ASSASSINATED_BY", AGAL, US, "was killed by a U.S. drone near Jindires", "2022-07-12"),
      ("LEADS", AGAL, IS, "the group's leader in Syria"),
      ("SUCCESSOR_OF", ABUHAFS, ABUHUSSEIN, "after the death of his", "2023-08-03"),
      ("LEADS", ABUHAFS, IS, "The group's leader, Abu Hafs"),
      ],
     {"source": WIRE, "published": "2025-07-25"}),

    ("arLC5_pedersen_sharaa_bashir", "ar",
     "بيدرسون في دمشق: لقاءان مع الجولاني والبشير\n"
     "دمشق - «النهار»\n"
     "التقى المبعوث الأممي الخاص إلى سوريا غير بيدرسون، أمس، قائد «هيئة تحرير الشام» أحمد الشرع المعروف بأبي "
     "محمد الجولاني، ترافقه نائبته نجاة رشدي، في أول لقاء بين الأمم المتحدة والسلطة الجديدة منذ سقوط نظام بشار "
     "الأسد.\n"
     "وقال بيدرسون بعد اللقاء إن «على السوريين أن يكتبوا دستورهم بأنفسهم»، داعياً إلى رفع سريع للعقوبات.\n"
     "ثم انتقل المبعوث ونائبته إلى مقر رئاسة مجلس الوزراء، حيث اجتمعا برئيس حكومة تصريف الأعمال محمد البشير، "
     "الذي كُلّف في العاشر من الشهر الجاري بدلاً من محمد غازي جلالي، آخر رؤساء حكومات الأسد.\n"
     "ولم يلتقِ بيدرسون أي ممثل لـ«قوات سوريا الديموقراطية» خلال الزيارة، بحسب مصادر أممية.\n"
     "وكان رئيس جهاز الاستخبارات التركية إبراهيم كالن أول مسؤول أجنبي رفيع يلتقي الشرع في دمشق، الخميس الماضي، "
     "قبل أن يؤدي الصلاة في الجامع الأموي.",
     _group(_UN, "2024-12-15") + [
      ("VISITED", PEDERSEN, DAMASCUS, "بيدرسون في دمشق: لقاءان", "2024-12-15"),
      ("LEADS", SHARAA, HTS, "قائد «هيئة تحرير الشام»"),
      ("MEMBER_OF", PEDERSEN, UN, "التقى المبعوث الأممي الخاص إلى سوريا غير بيدرسون"),
      ("MEMBER_OF", ROCHDI, UN, "ترافقه نائبته نجاة رشدي"),
      ("MET_WITH", PEDERSEN, BASHIR, "حيث اجتمعا برئيس حكومة تصريف الأعمال", "2024-12-15"),
      ("MET_WITH", ROCHDI, BASHIR, "حيث اجتمعا برئيس حكومة تصريف الأعمال", "2024-12-15"),
      ("SUCCESSOR_OF", BASHIR, JALALI, "بدلاً من محمد غازي جلالي", "2024-12-10"),
      ("MET_WITH", KALIN, SHARAA, "أول مسؤول أجنبي رفيع يلتقي الشرع", "2024-12-12"),
      ("LEADS", KALIN, TRMIT, "وكان رئيس جهاز الاستخبارات التركية"),
      ("VISITED", KALIN, DAMASCUS, "يلتقي الشرع في دمشق", "2024-12-12"),
      ],
     {"source": DAILY, "published": "2024-12-16"}),

    ("enLC6_transitional_cabinet_who_replaced_whom", "en",
     "Syria's Transitional Cabinet at Two Months: Who Replaced Whom\n"
     "When President Ahmed al-Sharaa unveiled a 23-member cabinet on March 29, he ended the caretaker "
     "government that Mohammad al-Bashir had led since December 10, when al-Bashir took over from Mohammed "
     "Ghazi al-Jalali, the last prime minister of the Assad era. The new cabinet has no prime minister; al-Bashir "
     "stayed on as energy minister.\n"
     "Continuity prevailed in the security portfolios. Asaad al-Shaibani kept foreign affairs and Murhaf Abu "
     "Qasra defense. Anas Khattab, the former intelligence chief, became interior minister in place of Mohammed "
     "Abdul Rahman, and in May Hussein al-Salama succeeded him at the General Intelligence Service.\n"
     "The economic team changed more. Mohammed Yusr Barnieh replaced Mohammed Abazeid at finance, and Mohammed "
     "Nidal al-Shaar took over the economy ministry from Basel Abdul Hannan, who ran it during the caretaker "
     "period. Hamza al-Mustafa succeeded Mohammed al-Omar at information. At the central bank, Abdelkader "
     "Husrieh was named governor in April, replacing Maysaa Sabreen, the first woman to hold the post.\n"
     "The lineup suggests al-Sharaa trusts his Idlib circle with security and technocrats with the economy.",
     [("SUCCESSOR_OF", BASHIR, JALALI, "when al-Bashir took over from", "2024-12-10"),
      ("LEADS", BASHIR, SYENERGY, "stayed on as energy minister"),
      ("LEADS", SHAIBANI, SYFM, "Asaad al-Shaibani kept foreign affairs"),
      ("LEADS", ABUQASRA, SYDEF, "Qasra defense"),
      ("SUCCESSOR_OF", KHATTAB, ABDULRAHMAN, "became interior minister in place of", "2025-03-29"),
      ("LEADS", KHATTAB, SYINT, "became interior minister in place of"),
      ("SUCCESSOR_OF", SALAMEH, KHATTAB, "Hussein al-Salama succeeded him", "2025-05"),
      ("LEADS", SALAMEH, SYGI, "at the General Intelligence Service"),
      ("SUCCESSOR_OF", BARNIEH, ABAZEID, "replaced Mohammed Abazeid at finance", "2025-03-29"),
      ("LEADS", BARNIEH, SYFIN, "replaced Mohammed Abazeid at finance"),
      ("SUCCESSOR_OF", SHAAR, HANNAN, "took over the economy ministry from", "2025-03-29"),
      ("LEADS", SHAAR, SYECON, "took over the economy ministry from"),
      ("SUCCESSOR_OF", MUSTAFA, OMAR, "Hamza al-Mustafa succeeded Mohammed al-Omar", "2025-03-29"),
      ("LEADS", MUSTAFA, SYINFO, "Hamza al-Mustafa succeeded Mohammed al-Omar"),
      ("SUCCESSOR_OF", HUSRIEH, SABRINE, "replacing Maysaa Sabreen", "2025-04"),
      ("LEADS", HUSRIEH, SYCB, "At the central bank, Abdelkader"),
      ],
     {"source": BRIEF, "published": "2025-06-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLC")
